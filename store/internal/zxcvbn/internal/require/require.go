// Package require is assert's NoError that stops the test, as
// kring/store/internal/zxcvbn/internal/require does, for the upstream tests of this
// copy. kring added this package.
package require

import (
	"testing"

	"kring/store/internal/zxcvbn/internal/assert"
)

// NoError stops the test when err is not nil.
func NoError(t testing.TB, err error, msgAndArgs ...any) {
	t.Helper()
	if !assert.NoError(t, err, msgAndArgs...) {
		t.FailNow()
	}
}
