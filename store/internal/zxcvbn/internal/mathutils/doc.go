// Package mathutils holds the small number helpers of the estimator.
// Unchanged from github.com/trustelem/zxcvbn v1.0.1 but for import paths.
package mathutils
