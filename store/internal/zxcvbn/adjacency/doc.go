// Package adjacency holds the keyboard layouts (qwerty, dvorak, keypads)
// for spotting keyboard walks. Unchanged from github.com/trustelem/zxcvbn
// v1.0.1 but for import paths; see ../README.md.
package adjacency
