//go:build !unix

package benchcpu

import "time"

// cpuTime is not measured here: Report then reports nothing.
func cpuTime() time.Duration { return -1 }
