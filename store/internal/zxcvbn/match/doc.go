// Package match is the type of one pattern found in a password. Unchanged
// from github.com/trustelem/zxcvbn v1.0.1 but for import paths; see
// ../README.md.
package match
