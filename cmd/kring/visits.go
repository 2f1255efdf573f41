package main

import "fmt"

// noVisitError is kring export --visit N for a session without visit N.
type noVisitError struct {
	id        string
	visit, of int
}

func (e *noVisitError) Error() string {
	return fmt.Sprintf("session %s has no visit %d (it has %d)", e.id, e.visit, e.of)
}
