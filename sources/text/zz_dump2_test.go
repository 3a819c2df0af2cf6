package text

import (
	"fmt"
	"os"
	"testing"
)

func TestDumpSents2(t *testing.T) {
	b, err := os.ReadFile(os.Getenv("DUMPFILE"))
	if err != nil {
		t.Skip()
	}
	x := New(Options{})
	d := x.read("x", string(b), new(scratch))
	for _, s := range d.sents {
		fmt.Printf("[%d] %q\n", d.paraOf[d.sentOf[s.first]], string(b)[d.toks[s.first].start:d.toks[s.last].end])
	}
}
