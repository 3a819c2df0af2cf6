package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestExtractAttributions(t *testing.T) {
	dir := t.TempDir()
	body := "date: 2025-06-20\noutlet: Test Times\n\nA poll by the Norland Institute found that 61% oppose the plan. " +
		"\"We counted 9,000 marchers,\" police said.\n"
	p := filepath.Join(dir, "a.txt")
	require.NoError(t, os.WriteFile(p, []byte(body), 0o644))
	var out, errOut bytes.Buffer
	require.Equal(t, 0, runExtract([]string{"--attributions", p}, &out, &errOut), errOut.String())
	var recs []attributionJSON
	for _, line := range strings.Split(strings.TrimSpace(out.String()), "\n") {
		var r attributionJSON
		require.NoError(t, json.Unmarshal([]byte(line), &r), line)
		recs = append(recs, r)
	}
	require.NotEmpty(t, recs)
	assert.Equal(t, "finding", recs[0].Kind)
	assert.Equal(t, "A poll by the Norland Institute", recs[0].Source.Text)
	assert.Equal(t, "found", recs[0].Cue.Text)
	assert.Equal(t, "61% oppose the plan", recs[0].Content.Text)
	assert.Len(t, recs[0].Claims, 1)
	var quote bool
	for _, r := range recs {
		assert.Equal(t, body[r.Content.Start:r.Content.End], r.Content.Text)
		if r.Kind == "quote" {
			quote = true
			assert.Equal(t, "police", r.Speaker.Name)
			assert.Equal(t, "\"We counted 9,000 marchers,\"", r.Content.Text)
		}
	}
	assert.True(t, quote, out.String())

	// The demo articles, with no FILE.
	out.Reset()
	require.Equal(t, 0, runExtract([]string{"--attributions"}, &out, &errOut), errOut.String())
	assert.Contains(t, out.String(), `"kind":"speech"`)
}
