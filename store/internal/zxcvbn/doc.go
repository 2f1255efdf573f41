// Package zxcvbn estimates how many guesses a password takes (0-4 score),
// by pattern matching against dictionaries, keyboard walks, dates,
// repeats, sequences and l33t substitutions.
//
// It is a copy of github.com/trustelem/zxcvbn v1.0.1 (MIT, LICENSE.txt),
// changed only so that its dictionaries are built on first use instead of
// at program start; README.md lists every change and why.
package zxcvbn
