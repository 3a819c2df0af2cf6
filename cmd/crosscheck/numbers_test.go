package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/golden"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"
)

func TestRunNumbers(t *testing.T) {
	dir := t.TempDir()
	article := filepath.Join(dir, "a.txt")
	require.NoError(t, os.WriteFile(article, []byte("On June 9 more than 6,000 people marched, police said; about 45% were students."), 0o644))

	var out, errb bytes.Buffer
	code := runNumbers([]string{article, filepath.Join(dir, "missing.txt")}, &out, &errb)
	require.Equal(t, 1, code, "a missing file is exit status 1")
	require.Contains(t, errb.String(), "missing.txt")

	type line struct {
		File      string `json:"file"`
		Text      string `json:"text"`
		Start     int    `json:"start"`
		End       int    `json:"end"`
		Class     string `json:"class"`
		Qualifier string `json:"qualifier"`
	}
	var got []line
	for _, l := range strings.Split(strings.TrimSpace(out.String()), "\n") {
		var x line
		require.NoError(t, json.Unmarshal([]byte(l), &x), l)
		got = append(got, x)
	}
	want := []line{
		{File: article, Text: "June 9", Start: 3, End: 9, Class: "date"},
		{File: article, Text: "more than 6,000", Start: 10, End: 25, Class: "count", Qualifier: "more_than"},
		{File: article, Text: "about 45%", Start: 55, End: 64, Class: "percentage", Qualifier: "approx"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("numbers output (-want +got):\n%s", diff)
	}
	require.True(t, strings.HasPrefix(out.String(), `{"file":`), "file comes first: %s", out.String())
}

var updateNumbers = flag.Bool("update-numbers", false, "rewrite testdata/numbers-demo.golden")

// TestRunNumbersDemo checks the figures of the built-in articles against a
// golden file; run with -update-numbers to rewrite it after a deliberate
// change, and read the diff.
func TestRunNumbersDemo(t *testing.T) {
	var out, errb bytes.Buffer
	require.Equal(t, 0, runNumbers(nil, &out, &errb), errb.String())
	require.Contains(t, out.String(), `"class":"count"`)
	require.Contains(t, out.String(), `"file":"demo/`)
	golden.Check(t, filepath.Join("testdata", "numbers-demo.golden"), out.Bytes(), *updateNumbers)
}

func TestRunNumbersBadFlag(t *testing.T) {
	var out, errb bytes.Buffer
	require.Equal(t, 2, runNumbers([]string{"--nope"}, &out, &errb))
	require.Equal(t, 2, runNumbers([]string{"--lang", "!!"}, &out, &errb))
}

func TestRunNumbersFlagAfterFile(t *testing.T) {
	p := filepath.Join(t.TempDir(), "de.txt")
	require.NoError(t, os.WriteFile(p, []byte("Es kamen 6.000,5 Leute.\n"), 0o644))
	var out, errOut bytes.Buffer
	require.Equal(t, 0, runNumbers([]string{p, "--lang", "de"}, &out, &errOut), errOut.String())
	require.Contains(t, out.String(), `"text":"6.000,5"`)
}
