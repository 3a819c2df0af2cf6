package demo

import (
	"bytes"
	"io/fs"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"
)

func TestGlob(t *testing.T) {
	tests := []struct {
		pattern string
		want    []string
	}{
		{"prisonerswap", []string{"demo/prisonerswap.txt"}},
		{"exchanges-2025-06-21-wire-*", []string{
			"demo/exchanges-2025-06-21-wire-coastal-courier.txt",
			"demo/exchanges-2025-06-21-wire-lakeside-gazette.txt",
			"demo/exchanges-2025-06-21-wire-riverside-chronicle.txt",
		}},
		{"no-such-article", nil},
		{"[", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, f := range Glob(tt.pattern) {
			got = append(got, f.Name)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Glob(%q) (-want +got):\n%s", tt.pattern, diff)
		}
	}
}

// TestArticles checks every article's header: a date, an outlet, a blank
// line, and a body.
func TestArticles(t *testing.T) {
	files := Files()
	require.GreaterOrEqual(t, len(files), 10)
	require.Len(t, Names(), len(files))
	for _, f := range files {
		head, body, ok := bytes.Cut(f.Data, []byte("\n\n"))
		require.True(t, ok, "%s: no blank line after the header", f.Name)
		keys := map[string]bool{}
		for _, line := range strings.Split(string(head), "\n") {
			k, v, ok := strings.Cut(line, ": ")
			require.True(t, ok && v != "", "%s: header line %q is not key: value", f.Name, line)
			keys[k] = true
		}
		require.True(t, keys["date"] && keys["outlet"], "%s: header lacks date or outlet", f.Name)
		require.NotEmpty(t, bytes.TrimSpace(body), "%s: empty body", f.Name)
	}
}

// TestWireEcho checks that the three wire reprints carry the same body, which
// the echo examples rely on.
func TestWireEcho(t *testing.T) {
	wire := Glob("exchanges-2025-06-21-wire-*")
	require.Len(t, wire, 3)
	_, first, _ := bytes.Cut(wire[0].Data, []byte("\n\n"))
	for _, f := range wire[1:] {
		_, body, _ := bytes.Cut(f.Data, []byte("\n\n"))
		if diff := cmp.Diff(string(first), string(body)); diff != "" {
			t.Errorf("%s body differs from %s (-want +got):\n%s", f.Name, wire[0].Name, diff)
		}
	}
}

func TestFS(t *testing.T) {
	b, err := fs.ReadFile(FS(), "prisonerswap.txt")
	require.NoError(t, err)
	require.Equal(t, Glob("prisonerswap")[0].Data, b)
}
