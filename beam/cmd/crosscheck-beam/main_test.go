package main

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	beamlog "github.com/apache/beam/sdks/v2/go/pkg/beam/log"

	"github.com/crosscheck/crosscheck/internal/demo"
)

func TestMain(m *testing.M) {
	flag.Parse()
	beamlog.LogLevel = "warn"
	beam.Init()
	os.Exit(m.Run())
}

// TestRun runs the command on the demo articles and a file it cannot read:
// the report is written, the error comes back on standard error in
// process, and the status is 1.
func TestRun(t *testing.T) {
	dir := t.TempDir()
	if err := os.CopyFS(filepath.Join(dir, "demo"), demo.FS()); err != nil {
		t.Fatal(err)
	}
	bad := filepath.Join(dir, "notes.xyz")
	if err := os.WriteFile(bad, []byte("6,000 bodies."), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "findings.json")
	input = inputs{filepath.Join(dir, "demo"), bad}
	*output = out
	var stderr bytes.Buffer
	if code := run(context.Background(), &stderr); code != 1 {
		t.Errorf("status %d, want 1; stderr:\n%s", code, &stderr)
	}
	if !strings.Contains(stderr.String(), "crosscheck-beam: crosscheck: "+bad+": unknown format") ||
		!strings.Contains(stderr.String(), " findings, 1 errors") {
		t.Errorf("stderr:\n%s", &stderr)
	}
	b, err := os.ReadFile(out)
	if err != nil || !bytes.HasPrefix(b, []byte("{\"claims\": [\n")) || !bytes.Contains(b, []byte("\"findings\": [")) {
		t.Errorf("report: %v\n%.200s", err, b)
	}

	input, *output = nil, ""
	if code := run(context.Background(), &stderr); code != 2 {
		t.Errorf("no input: status %d, want 2", code)
	}
}
