// Package golden compares what a test produced with a golden file under
// testdata, and rewrites the file when the test is run with its -update
// flag. It is for this module's own tests; it is not a public API.
package golden

import (
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// Check reports a test error with a (-want +got) diff when got differs from
// the contents of the file at path. With update it first writes got to
// path, so that the test passes and the change shows in version control,
// where it should be read before it is committed. A missing file is an
// error that says how to create it.
func Check(tb testing.TB, path string, got []byte, update bool) {
	tb.Helper()
	if update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			tb.Fatalf("golden: %v", err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		tb.Fatalf("golden: %v (run the test with its -update flag to create it)", err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		tb.Errorf("%s (-want +got):\n%s", path, diff)
	}
}
