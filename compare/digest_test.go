package compare_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	synth "github.com/crosscheck/crosscheck/internal/synthetic"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/compare"
)

// TestSyntheticDigest pins what Check finds in the synthetic corpora of the
// benchmarks, many small groups and one large group, by the SHA-256 of the
// JSON report: a change that makes Check faster must not change a single
// finding, claim or word. Run with -update only for a change of behaviour
// that is meant.
func TestSyntheticDigest(t *testing.T) {
	if testing.Short() {
		t.Skip("builds synthetic corpora")
	}
	sets := []struct {
		name string
		n    int
		make func(int) []compare.Finding
	}{
		{"synthetic", 20_000, func(n int) []compare.Finding { return compare.Check(synthetic(n), compare.Options{}) }},
		{"onegroup", 4_000, func(n int) []compare.Finding { return compare.Check(oneGroup(n), compare.Options{}) }},
		{"mixed", 20_000, func(n int) []compare.Finding {
			return compare.Check(synth.News(n), compare.Options{})
		}},
		{"mixed onegroup", 4_000, func(n int) []compare.Finding {
			return compare.Check(synth.Corpus{Groups: 1, Speakers: n / 8, Outlets: n / 40, Mixed: true}.Claims(n), compare.Options{})
		}},
	}
	var got strings.Builder
	for _, s := range sets {
		var buf bytes.Buffer
		fs := s.make(s.n)
		require.NoError(t, compare.WriteJSON(&buf, fs))
		sum := sha256.Sum256(buf.Bytes())
		got.WriteString(s.name + " " + hex.EncodeToString(sum[:]) + "\n")
	}
	path := filepath.Join("testdata", "synthetic.sha256.golden")
	if *update {
		require.NoError(t, os.WriteFile(path, []byte(got.String()), 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run go test -update to create the golden files")
	if got.String() != string(want) {
		t.Errorf("%s: the findings on the synthetic corpora changed:\ngot  %swant %s", path, got.String(), want)
	}
}
