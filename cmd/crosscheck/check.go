package main

import (
	"fmt"
	"io"
)

// runCheck is the check subcommand.
func runCheck(args []string, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "crosscheck check: not yet")
	return 2
}
