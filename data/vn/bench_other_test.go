//go:build !unix

package vn

// userNanos is 0 where the user CPU time is not at hand.
func userNanos() int64 { return 0 }
