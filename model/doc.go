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
package model
