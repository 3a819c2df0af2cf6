package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestCheckHTML checks that check --format html writes one page over the
// demo articles, with the findings and the timelines.
func TestCheckHTML(t *testing.T) {
	var stdout, stderr bytes.Buffer
	require.Equal(t, 0, run([]string{"check", "--format", "html"}, &stdout, &stderr), "stderr: %s", stderr.String())
	require.Empty(t, stderr.String())
	out := stdout.String()
	require.True(t, strings.HasPrefix(out, "<!DOCTYPE html>"), "starts %q", out[:min(len(out), 40)])
	require.True(t, strings.HasSuffix(out, "</html>\n"))
	for _, want := range []string{`id="finding-1"`, `<svg class="timeline`, `id="echoes"`} {
		require.Contains(t, out, want)
	}
}
