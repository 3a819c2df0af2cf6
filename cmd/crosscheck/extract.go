package main

import (
	"fmt"
	"io"
)

// runExtract is the extract subcommand.
func runExtract(args []string, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "crosscheck extract: not yet")
	return 2
}
