package compare_test

import (
	"bytes"
	"flag"
	"io"
	"path/filepath"
	"testing"

	"github.com/crosscheck/crosscheck/internal/golden"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/compare"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata")

func TestReports(t *testing.T) {
	sets := map[string][]spec{"seed": seedSpecs(), "cross": crossSpecs()}
	writers := map[string]func(io.Writer, []compare.Finding) error{
		"txt": compare.WriteText, "md": compare.WriteMarkdown, "json": compare.WriteJSON,
	}
	for set, specs := range sets {
		fs := compare.Check(build(t, specs), compare.Options{})
		for ext, write := range writers {
			t.Run(set+"."+ext, func(t *testing.T) {
				var buf bytes.Buffer
				require.NoError(t, write(&buf, fs))
				golden.Check(t, filepath.Join("testdata", set+"."+ext+".golden"), buf.Bytes(), *update)
			})
		}
	}
}

// TestJSONRoundTrip checks that findings read back from WriteJSON equal
// the findings written.
func TestJSONRoundTrip(t *testing.T) {
	fs := compare.Check(build(t, crossSpecs()), compare.Options{})
	var buf bytes.Buffer
	require.NoError(t, compare.WriteJSON(&buf, fs))
	got, err := compare.ReadJSON(&buf)
	require.NoError(t, err)
	if diff := cmp.Diff(fs, got, cmp.AllowUnexported(compare.Finding{}), cmp.Comparer(func(a, b interface{ String() string }) bool { return a.String() == b.String() })); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
}

func TestWriteJSONEmpty(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, compare.WriteJSON(&buf, nil))
	require.JSONEq(t, `{"claims": [], "findings": [], "review": []}`, buf.String())
}
