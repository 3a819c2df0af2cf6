package golden

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// recorder is a testing.TB that records failures instead of failing.
type recorder struct {
	testing.TB
	errors, fatals []string
}

func (r *recorder) Helper() {}
func (r *recorder) Errorf(format string, args ...any) {
	r.errors = append(r.errors, format)
}
func (r *recorder) Fatalf(format string, args ...any) {
	r.fatals = append(r.fatals, format)
}

func TestCheck(t *testing.T) {
	path := filepath.Join(t.TempDir(), "out.golden")

	r := &recorder{TB: t}
	Check(r, path, []byte("a\n"), false)
	if len(r.fatals) != 1 || !strings.Contains(r.fatals[0], "-update") {
		t.Errorf("missing file: fatals %q, want one naming -update", r.fatals)
	}

	r = &recorder{TB: t}
	Check(r, path, []byte("a\n"), true)
	if b, err := os.ReadFile(path); err != nil || string(b) != "a\n" || len(r.errors)+len(r.fatals) != 0 {
		t.Errorf("update: file %q, %v; errors %q %q", b, err, r.errors, r.fatals)
	}

	r = &recorder{TB: t}
	Check(r, path, []byte("a\n"), false)
	if len(r.errors)+len(r.fatals) != 0 {
		t.Errorf("same output: errors %q %q", r.errors, r.fatals)
	}

	r = &recorder{TB: t}
	Check(r, path, []byte("b\n"), false)
	if len(r.errors) != 1 {
		t.Errorf("different output: errors %q, want one", r.errors)
	}
}
