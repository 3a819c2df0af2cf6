package crosscheck_test

import (
	"context"
	"testing"

	"github.com/crosscheck/crosscheck"
	"github.com/crosscheck/crosscheck/internal/demo"
	"github.com/crosscheck/crosscheck/sources/text"
)

// BenchmarkRun measures the whole path over the demo articles: extraction,
// grouping, the rules.
func BenchmarkRun(b *testing.B) {
	var docs []text.Document
	size := 0
	for _, f := range demo.Files() {
		docs = append(docs, text.Document{Name: f.Name, Text: f.Data})
		size += len(f.Data)
	}
	src := text.Documents(docs...)
	ctx := context.Background()
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		r, err := crosscheck.Run(ctx, crosscheck.Options{}, src)
		if err != nil || len(r.Findings) == 0 {
			b.Fatalf("Run: %v, %d findings", err, len(r.Findings))
		}
	}
}

// BenchmarkOpenDirectory measures reading a directory of mixed files.
func BenchmarkOpenDirectory(b *testing.B) {
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		src, err := crosscheck.Open("testdata/mixed", crosscheck.Options{})
		if err != nil {
			b.Fatal(err)
		}
		r, err := crosscheck.Run(ctx, crosscheck.Options{}, src)
		if err != nil || len(r.Claims) != 3 {
			b.Fatalf("Run: %v, %d claims", err, len(r.Claims))
		}
	}
}
