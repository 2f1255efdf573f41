// Package frequency holds the ranked word lists (passwords, names,
// English words). From github.com/trustelem/zxcvbn v1.0.1, with each list
// a variable of its own so nothing is built at program start; see
// ../README.md.
package frequency
