//go:build unix

// Package cputime reads the CPU time the process has used, for benchmarks
// that report it beside the wall clock: a busy shared machine disturbs it
// less. It is for tests and benchmarks of this module, not a public API.
package cputime

import (
	"syscall"
	"time"
)

// Used returns the CPU time (user and system) the process has used so far,
// or 0 where it cannot be read.
func Used() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
