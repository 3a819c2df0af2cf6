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
		return runCheck(nil, stdout, stderr)
	}
	switch args[0] {
	case "numbers":
		return runNumbers(args[1:], stdout, stderr)
	case "extract":
		return runExtract(args[1:], stdout, stderr)
	case "check":
		return runCheck(args[1:], stdout, stderr)
	case "-h", "--help", "help":
		fmt.Fprint(stdout, usage)
		return 0
	}
	fmt.Fprintf(stderr, "crosscheck: unknown command %q\n%s", args[0], usage)
	return 2
}

const usage = `usage: crosscheck [numbers|extract|check] [flags] [FILE...]
`
