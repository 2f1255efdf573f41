// Package matching finds every pattern in a password. From
// github.com/trustelem/zxcvbn v1.0.1, with the ranked dictionaries built
// on first use instead of at program start; see ../README.md.
package matching
