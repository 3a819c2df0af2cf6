package sources_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/sources"
	"github.com/crosscheck/crosscheck/sources/sourcetest"
)

func TestDir(t *testing.T) {
	root := t.TempDir()
	write := func(name, text string) {
		path := filepath.Join(root, name)
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
		require.NoError(t, os.WriteFile(path, []byte(text), 0o644))
	}
	write("b.lines", "2\n")
	write("a.lines", "1\nmany\n")
	write("sub/c.lines", "3\n")
	write("notes.pdf", "ignored: no format claims it")
	write(".hidden/d.lines", "4\n")
	write(".e.lines", "5\n")
	// A link to nowhere is a file that cannot be read.
	require.NoError(t, os.Symlink(filepath.Join(root, "gone"), filepath.Join(root, "broken.lines")))

	var got []string
	for c, err := range sources.Dir(root, lines()).Claims(context.Background()) {
		if err != nil {
			rel, _ := filepath.Rel(root, err.(*sources.Error).Name)
			got = append(got, "error in "+rel)
			continue
		}
		got = append(got, c.Quantity.String())
	}
	want := []string{"1", "error in a.lines", "2", "error in broken.lines", "3"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Dir (-want +got):\n%s", diff)
	}
	sourcetest.Run(t, func(*testing.T) sources.Source { return sources.Dir(root, lines()) })
}

func TestDirRoot(t *testing.T) {
	root := t.TempDir()
	file := filepath.Join(root, "a.lines")
	require.NoError(t, os.WriteFile(file, []byte("1\n"), 0o644))
	tests := []struct {
		name, root, want string
	}{
		{"missing", filepath.Join(root, "nope"), "lstat: no such file or directory"},
		{"a file", file, "open: not a directory"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, errs := sources.Collect(context.Background(), sources.Dir(tt.root, lines()))
			require.Len(t, errs, 1)
			require.EqualError(t, errs[0], "sources: "+tt.root+": "+tt.want)
		})
	}
}
