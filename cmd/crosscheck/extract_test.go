package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestExtractDemo(t *testing.T) {
	var out, errOut bytes.Buffer
	require.Equal(t, 0, runExtract(nil, &out, &errOut), errOut.String())
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	require.NotEmpty(t, lines)
	for _, l := range lines {
		var c map[string]any
		require.NoError(t, json.Unmarshal([]byte(l), &c), l)
		for _, k := range []string{"id", "measure", "subject", "recipient", "kind", "quantity", "as_of", "speaker", "source", "evidence"} {
			require.Contains(t, c, k, l)
		}
		require.NotContains(t, c, "explain", "explain only with --explain")
	}
}

func TestExtractFileExplain(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "a.txt")
	require.NoError(t, os.WriteFile(p, []byte("date: 2025-06-20\n\nPolice said 40 people were hurt on Thursday.\n"), 0o644))
	var out, errOut bytes.Buffer
	require.Equal(t, 0, runExtract([]string{"--explain", p}, &out, &errOut), errOut.String())
	var c struct {
		Measure string `json:"measure"`
		AsOf    string `json:"as_of"`
		Speaker struct {
			Name string `json:"name"`
		} `json:"speaker"`
		Explain []struct {
			Field string `json:"field"`
		} `json:"explain"`
	}
	require.NoError(t, json.Unmarshal(out.Bytes(), &c), out.String())
	require.Equal(t, "injured", c.Measure)
	require.Equal(t, "2025-06-19", c.AsOf)
	require.Equal(t, "police", c.Speaker.Name)
	require.NotEmpty(t, c.Explain)
}

func TestExtractErrors(t *testing.T) {
	var out, errOut bytes.Buffer
	require.Equal(t, 1, runExtract([]string{filepath.Join(t.TempDir(), "missing.txt")}, &out, &errOut))
	require.Contains(t, errOut.String(), "missing.txt")
	errOut.Reset()
	require.Equal(t, 2, runExtract([]string{"--date", "yesterday"}, &out, &errOut))
	require.Contains(t, errOut.String(), "--date")
}

func TestExtractClaimFile(t *testing.T) {
	// A claim file comes out in the same form as an article's claims.
	file := filepath.Join("testdata", "check-june-2025.jsonl")
	data, err := os.ReadFile(file)
	require.NoError(t, err)
	var out, errOut bytes.Buffer
	require.Equal(t, 0, runExtract([]string{file}, &out, &errOut), errOut.String())
	require.Equal(t, strings.Count(strings.TrimSpace(string(data)), "\n")+1, strings.Count(strings.TrimSpace(out.String()), "\n")+1)

	// --type reads a file of another name as that type; an unknown type is a usage error.
	name := filepath.Join(t.TempDir(), "claims.log")
	require.NoError(t, os.WriteFile(name, data, 0o644))
	out.Reset()
	require.Equal(t, 0, runExtract([]string{"--type", "jsonl", name}, &out, &errOut), errOut.String())
	require.NotEmpty(t, out.String())
	errOut.Reset()
	require.Equal(t, 2, runExtract([]string{"--type", "xml", name}, &out, &errOut))
	require.Contains(t, errOut.String(), "xml")
}
