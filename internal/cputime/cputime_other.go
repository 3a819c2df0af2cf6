//go:build !unix

// Package cputime reads the CPU time the process has used, for benchmarks
// that report it beside the wall clock: a busy shared machine disturbs it
// less. It is for tests and benchmarks of this module, not a public API.
package cputime

import "time"

// Used returns 0: the CPU time is not measured on this system.
func Used() time.Duration { return 0 }
