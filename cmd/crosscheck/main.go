// Command crosscheck reads the figures in news articles and claim files as
// attributed claims and reports where they do not add up.
package main

import (
	"fmt"
	"io"
	"os"
)

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

// run is the command; it returns the exit status.
func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprintln(stderr, "crosscheck: not yet")
		return 2
	}
	fmt.Fprintf(stderr, "crosscheck: %s: not yet\n", args[0])
	return 2
}
