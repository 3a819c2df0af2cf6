package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestBadInput: a .txt that is not text gives a warning naming the file and
// the place, and exit status 1, from extract and from check; a figure too
// long to be a quantity is reported beside the claims read; an empty
// article is fine.
func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, b []byte) string {
		p := filepath.Join(dir, name)
		require.NoError(t, os.WriteFile(p, b, 0o644))
		return p
	}
	random := make([]byte, 2048)
	for i := range random {
		random[i] = byte(i*131+7) | 0x80 // mostly invalid UTF-8
	}
	tests := []struct {
		name   string
		data   []byte
		status int
		want   []string // in the warnings
		claims int
	}{
		{"paper.txt", []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\n"), 1, []string{"paper.txt:1:1:", "not text", "PDF"}, 0},
		{"noise.txt", random, 1, []string{"noise.txt:1:1:", "not text"}, 0},
		{"nul.txt", []byte("Police said 40 people\nwere hurt.\x00\x00\x00"), 1, []string{"nul.txt:2:11:", "NUL"}, 0},
		{"long.txt", []byte("Police said 40 people were hurt and " + strings.Repeat("7", 100000) + " were counted.\n"), 1,
			[]string{"long.txt:1:37:", "100000 digits", "too long"}, 1},
		{"empty.txt", nil, 0, nil, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := write(tc.name, tc.data)
			var out, errOut bytes.Buffer
			require.Equal(t, tc.status, runExtract([]string{p}, &out, &errOut), errOut.String())
			for _, w := range tc.want {
				require.Contains(t, errOut.String(), w)
			}
			if tc.status == 0 {
				require.Empty(t, errOut.String())
			}
			require.Equal(t, tc.claims, strings.Count(out.String(), "\n"), out.String())
			errOut.Reset()
			out.Reset()
			require.Equal(t, tc.status, runCheck([]string{p}, &out, &errOut), errOut.String())
			for _, w := range tc.want {
				require.Contains(t, errOut.String(), w)
			}
		})
	}
}
