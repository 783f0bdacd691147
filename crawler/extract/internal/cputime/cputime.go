// Package cputime lets the extractor's benchmarks report the CPU time of
// their own thread beside the wall clock: on a shared machine the wall clock
// also counts the time other processes hold the CPU, the thread's clock does
// not.
package cputime

import (
	"runtime"
	"testing"
)

// Start locks the benchmark to its OS thread and returns a func that, when
// the benchmark ends, reports the thread's CPU time per op as "cpu-ns/op"
// (nothing where the thread's clock cannot be read) and unlocks the thread.
// Use it as `defer cputime.Start(b)()`.
func Start(b *testing.B) (stop func()) {
	runtime.LockOSThread()
	start := threadCPU()
	return func() {
		if end := threadCPU(); b.N > 0 && end > 0 {
			b.ReportMetric(float64(end-start)/float64(b.N), "cpu-ns/op")
		}
		runtime.UnlockOSThread()
	}
}
