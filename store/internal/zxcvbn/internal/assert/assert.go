// Package assert holds the few assertions of github.com/test-go/testify
// that the upstream tests of this copy use, with testify's meaning
// (reflect.DeepEqual; EqualValues converts first), so that the tests are
// kept as upstream wrote them without bringing testify and its
// dependencies into kring's go.mod. kring added this package.
package assert

import (
	"fmt"
	"reflect"
	"testing"
)

// Equal reports whether expected and actual are deeply equal, and fails
// the test when not.
func Equal(t testing.TB, expected, actual any, msgAndArgs ...any) bool {
	t.Helper()
	if reflect.DeepEqual(expected, actual) {
		return true
	}
	return fail(t, fmt.Sprintf("not equal:\nexpected: %#v\nactual:   %#v", expected, actual), msgAndArgs)
}

// EqualValues is Equal after converting expected to actual's type, where
// Go can convert it.
func EqualValues(t testing.TB, expected, actual any, msgAndArgs ...any) bool {
	t.Helper()
	if reflect.DeepEqual(expected, actual) {
		return true
	}
	ev, av := reflect.ValueOf(expected), reflect.ValueOf(actual)
	if ev.IsValid() && av.IsValid() && ev.Type().ConvertibleTo(av.Type()) &&
		reflect.DeepEqual(ev.Convert(av.Type()).Interface(), actual) {
		return true
	}
	return fail(t, fmt.Sprintf("not equal values:\nexpected: %#v\nactual:   %#v", expected, actual), msgAndArgs)
}

// Empty reports whether v is nil or its type's zero value, or a slice,
// map, string or channel of length zero.
func Empty(t testing.TB, v any, msgAndArgs ...any) bool {
	t.Helper()
	if isEmpty(v) {
		return true
	}
	return fail(t, fmt.Sprintf("should be empty: %#v", v), msgAndArgs)
}

// Len reports whether v has n elements.
func Len(t testing.TB, v any, n int, msgAndArgs ...any) bool {
	t.Helper()
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Slice, reflect.Map, reflect.String, reflect.Array, reflect.Chan:
		if rv.Len() == n {
			return true
		}
		return fail(t, fmt.Sprintf("should have %d item(s), has %d", n, rv.Len()), msgAndArgs)
	}
	return fail(t, fmt.Sprintf("%#v has no length", v), msgAndArgs)
}

// True reports whether b holds.
func True(t testing.TB, b bool, msgAndArgs ...any) bool {
	t.Helper()
	if b {
		return true
	}
	return fail(t, "should be true", msgAndArgs)
}

// NoError reports whether err is nil.
func NoError(t testing.TB, err error, msgAndArgs ...any) bool {
	t.Helper()
	if err == nil {
		return true
	}
	return fail(t, fmt.Sprintf("unexpected error: %v", err), msgAndArgs)
}

func isEmpty(v any) bool {
	if v == nil {
		return true
	}
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Slice, reflect.Map, reflect.String, reflect.Array, reflect.Chan:
		return rv.Len() == 0
	case reflect.Pointer:
		return rv.IsNil() || isEmpty(rv.Elem().Interface())
	}
	return rv.IsZero()
}

func fail(t testing.TB, what string, msgAndArgs []any) bool {
	t.Helper()
	if len(msgAndArgs) > 0 {
		if f, ok := msgAndArgs[0].(string); ok {
			what += "\n" + fmt.Sprintf(f, msgAndArgs[1:]...)
		}
	}
	t.Error(what)
	return false
}
