package main

import (
	"bytes"
	"flag"
	"path/filepath"
	"testing"

	"github.com/crosscheck/crosscheck/internal/golden"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/internal/demo"
	"github.com/crosscheck/crosscheck/sources/text"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// TestRun checks the program's whole output against testdata/output.golden;
// run with -update to rewrite it after a deliberate change, and read the
// diff.
func TestRun(t *testing.T) {
	var b bytes.Buffer
	require.NoError(t, run(&b))
	golden.Check(t, filepath.Join("testdata", "output.golden"), b.Bytes(), *update)
}

// TestReading checks, apart from the layout, how the article's key figures
// are read: what each counts, between whom, and of what kind.
func TestReading(t *testing.T) {
	article := demo.Glob("prisonerswap")[0]
	cs, err := text.Extract(article.Name, article.Data, text.Options{})
	require.NoError(t, err)
	type reading struct {
		Figure, Measure, Subject, Recipient, Kind string
		Mutual                                    bool
	}
	got := map[string]reading{}
	for _, c := range cs {
		r := reading{c.Quantity.String(), c.Measure, c.Subject, c.Recipient, string(c.Kind), c.Mutual}
		if r.Mutual && r.Recipient < r.Subject { // a mutual figure has no direction
			r.Subject, r.Recipient = r.Recipient, r.Subject
		}
		got[r.Figure] = r
	}
	for _, want := range []reading{
		{"more than 6,000", "bodies", "Russia", "Ukraine", "completed", false},
		{"57", "bodies", "Ukraine", "Russia", "completed", false}, // "has received 57 from the Ukrainian side": the bodies, left out
		{"about 3,000", "bodies", "Russia", "Ukraine", "offered", false},
		{"1,200", "prisoners", "Russia", "Ukraine", "agreed", true}, // "the exchange deal"
		{"500", "prisoners", "Russia", "Ukraine", "completed", false},
		{"400", "prisoners", "Ukraine", "Russia", "completed", false},
		{"3,600", "bodies", "Russia", "Ukraine", "completed", false},
	} {
		if diff := cmp.Diff(want, got[want.Figure]); diff != "" {
			t.Errorf("%s (-want +got):\n%s", want.Figure, diff)
		}
	}
}
