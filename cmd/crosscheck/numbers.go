package main

import (
	"fmt"
	"io"
)

// runNumbers is the numbers subcommand.
func runNumbers(args []string, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "crosscheck numbers: not yet")
	return 2
}
