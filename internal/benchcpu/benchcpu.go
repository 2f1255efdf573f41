// Package benchcpu measures the CPU time of a benchmark: on a machine
// shared with other builds the wall time per operation moves with their
// load, the process's own CPU time much less.
package benchcpu

import (
	"testing"
	"time"
)

// Start is the process's CPU time now, to pass to Report after the loop.
func Start() time.Duration { return cpuTime() }

// Report reports the CPU time per operation since start as cpu-ms/op:
// user and system time of every thread of the process, so work done by
// helper goroutines counts too.
func Report(b *testing.B, start time.Duration) {
	if start < 0 {
		return
	}
	b.ReportMetric(float64(cpuTime()-start)/float64(time.Millisecond)/float64(b.N), "cpu-ms/op")
}
