// Package model holds what an intake is: a Session with its youths, the
// people of their network, the relations between them, the needs with the
// steps of the network-first investigation, JIM candidates and agreements.
//
// The package is pure: it does no I/O and imports nothing else of kring,
// so that every rule can be tested on values alone. Codes are stable
// lowercase English strings for storage and export; the words people read
// live in the UI catalogue.
//
// Text enters through Normalize (or CleanLine and CleanText), which strips
// escape sequences, control characters and bidi overrides, so that a name
// typed or imported can never move the cursor or recolour a terminal.
//
// The interchange format kring/v1 is JSON: {"format": "kring/v1",
// "session": {...}}. Encode writes it; Decode reads, cleans and validates
// it and rejects a bad file whole. Every field is described in
// docs/FORMAT.md at the top of the repository.
//
// How a session flows through the package, and where each rule lives:
//
//	kring/v1 JSON ──► Decode ──► Normalize (clean.go, normalize.go)
//	                               └─► Validate (validate.go) ── bad: rejected whole
//	                                         │
//	                                         ▼
//	                              *Session (session.go, youth.go, relations.go)
//	   edits, each a method that keeps the rules:
//	     people and ties ........ session.go, relations.go, codes.go
//	     needs and checklist .... need.go, needs_edit.go
//	     JIM candidates ......... jim.go, jim_rules.go
//	     agreements, reviews .... agreement.go, participation.go, reviews.go
//	                                         │
//	           ┌─────────────────────────────┼─────────────────────┐
//	           ▼                             ▼                     ▼
//	   Evaluate (check.go):         Count (counts.go),     Encode ──► kring/v1
//	   the network-first check      marks.go: initials,    (interchange.go)
//	   per need, step by step       glyphs, JIM mark
//
// Clone (clone.go) gives the deep copy that a save or an export works on,
// so that nothing outside Update ever reads a session Update changes.
package model
