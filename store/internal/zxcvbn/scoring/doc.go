// Package scoring picks the sequence of matches that is cheapest to guess
// and counts its guesses. Unchanged from github.com/trustelem/zxcvbn
// v1.0.1 but for import paths; see ../README.md.
package scoring
