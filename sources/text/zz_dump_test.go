package text

import (
	"fmt"
	"os"
	"testing"
)

func TestDumpDates(t *testing.T) {
	b, err := os.ReadFile(os.Getenv("DUMPFILE"))
	if err != nil {
		t.Skip()
	}
	x := New(Options{})
	d := x.read("x", string(b), new(scratch))
	for k := range d.toks {
		if p, _, ok := d.dateAt(k); ok {
			fmt.Printf("%d %q -> %s\n", k, string(b)[d.toks[k].start:d.toks[k].end], p)
		}
	}
}
