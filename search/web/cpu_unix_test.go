//go:build unix

package web

import (
	"syscall"
	"time"
)

// processCPU is the CPU time the process has used (user and system), a
// latency figure that the machine's other load does not inflate.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
