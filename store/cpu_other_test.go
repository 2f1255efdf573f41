//go:build !unix

package store_test

import (
	"testing"
	"time"
)

// cpuTime is not measured here (see cpu_unix_test.go).
func cpuTime() time.Duration { return 0 }

// reportCPU reports nothing where cpuTime is not measured.
func reportCPU(*testing.B, time.Duration) {}
