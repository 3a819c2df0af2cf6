package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

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
	golden := filepath.Join("testdata", "output.golden")
	if *update {
		require.NoError(t, os.WriteFile(golden, b.Bytes(), 0o644))
	}
	want, err := os.ReadFile(golden)
	require.NoError(t, err)
	if diff := cmp.Diff(string(want), b.String()); diff != "" {
		t.Errorf("output (-want +got):\n%s", diff)
	}
}

// TestReading checks, apart from the layout, how the article's key figures
// are read: what each counts, between whom, and of what kind.
func TestReading(t *testing.T) {
	article := demo.Glob("prisonerswap")[0]
	cs, err := text.Extract(article.Name, article.Data, text.Options{})
	require.NoError(t, err)
	type reading struct{ Figure, Measure, Subject, Recipient, Kind string }
	got := map[string]reading{}
	for _, c := range cs {
		r := reading{c.Quantity.String(), c.Measure, c.Subject, c.Recipient, string(c.Kind)}
		got[r.Figure] = r
	}
	for _, want := range []reading{
		{"more than 6,000", "bodies", "Russia", "Ukraine", "completed"},
		{"57", "bodies", "Ukraine", "Russia", "completed"}, // "has received 57 from the Ukrainian side": the bodies, left out
		{"about 3,000", "bodies", "Russia", "Ukraine", "offered"},
		{"1,200", "prisoners", "Russia", "Ukraine", "agreed"},
		{"500", "prisoners", "Russia", "Ukraine", "completed"},
		{"400", "prisoners", "Ukraine", "Russia", "completed"},
		{"3,600", "bodies", "Russia", "Ukraine", "completed"},
	} {
		if diff := cmp.Diff(want, got[want.Figure]); diff != "" {
			t.Errorf("%s (-want +got):\n%s", want.Figure, diff)
		}
	}
}
