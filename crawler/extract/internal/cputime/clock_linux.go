package cputime

import (
	"syscall"
	"unsafe"
)

// threadCPU reads CLOCK_THREAD_CPUTIME_ID in nanoseconds (0 where the
// clock cannot be read).
func threadCPU() int64 {
	const clockThreadCPUTime = 3
	var ts syscall.Timespec
	if _, _, e := syscall.Syscall(syscall.SYS_CLOCK_GETTIME, clockThreadCPUTime, uintptr(unsafe.Pointer(&ts)), 0); e != 0 {
		return 0
	}
	return ts.Nano()
}
