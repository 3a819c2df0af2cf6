package pipeline

import (
	"slices"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"

	"github.com/crosscheck/crosscheck/compare"
)

// TestComparePaths checks that paths sort as a directory walk meets them.
func TestComparePaths(t *testing.T) {
	want := []string{"a/b.txt", "a/c/d.txt", "a-c.txt", "a.txt", "b/a.txt"}
	got := slices.Clone(want)
	slices.Reverse(got)
	slices.SortFunc(got, comparePaths)
	if !slices.Equal(got, want) {
		t.Errorf("sorted: %q, want %q", got, want)
	}
}

func TestGroupKey(t *testing.T) {
	for _, k := range []compare.Key{{}, {Measure: "bodies", A: "Russia", B: "Ukraine"}, {Measure: `a"b`, B: "x\x00y"}} {
		got, err := parseGroupKey(GroupKey(k))
		if err != nil || got != k {
			t.Errorf("parseGroupKey(GroupKey(%q)) = %q, %v", k, got, err)
		}
	}
	if GroupKey(compare.Key{Measure: "a", A: "b"}) == GroupKey(compare.Key{Measure: "a", B: "b"}) {
		t.Error("two keys, one group key")
	}
}

// TestKeep checks which matched files are read: those a format claims,
// not those under a name starting with "." below the glob's fixed part.
func TestKeep(t *testing.T) {
	f := &keepFn{Glob: "gs://bucket/.corpus/**"}
	if err := f.Setup(); err != nil {
		t.Fatal(err)
	}
	var kept []string
	for _, p := range []string{"gs://bucket/.corpus/a.txt", "gs://bucket/.corpus/b.jsonl", "gs://bucket/.corpus/.c.txt",
		"gs://bucket/.corpus/.git/d.txt", "gs://bucket/.corpus/e.pdf", "gs://bucket/.corpus/sub/f.csv"} {
		if err := f.ProcessElement(fileio.FileMetadata{Path: p}, func(s string) { kept = append(kept, s) }); err != nil {
			t.Fatal(err)
		}
	}
	want := []string{"gs://bucket/.corpus/a.txt", "gs://bucket/.corpus/b.jsonl", "gs://bucket/.corpus/sub/f.csv"}
	if !slices.Equal(kept, want) {
		t.Errorf("kept %q, want %q", kept, want)
	}
}
