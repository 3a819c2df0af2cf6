package text

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// newsLike returns about n bytes of news-like text: the test articles'
// paragraphs again and again, with their figures changed so that no two
// copies are the same.
func newsLike(tb testing.TB, n int) []byte {
	paths, err := filepath.Glob("testdata/articles/*.txt")
	if err != nil || len(paths) == 0 {
		tb.Fatal("no test articles")
	}
	var paras [][]byte
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		for _, para := range bytes.Split(b, []byte("\n\n")) {
			if bytes.Contains(para, []byte(": ")) && bytes.HasPrefix(para, []byte("date:")) {
				continue // a header
			}
			paras = append(paras, para)
		}
	}
	var buf bytes.Buffer
	buf.WriteString("date: 2025-06-20\noutlet: Bench Times\n\n")
	for i := 0; buf.Len() < n; i++ {
		p := paras[i%len(paras)]
		buf.Write(bytes.ReplaceAll(p, []byte("000"), fmt.Appendf(nil, "%03d", i%1000)))
		buf.WriteString("\n\n")
	}
	return buf.Bytes()
}

// BenchmarkExtract reads 1 MB of news-like text as one document.
func BenchmarkExtract(b *testing.B) {
	text := newsLike(b, 1<<20)
	x := New(Options{})
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := x.Extract("bench", text); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkExtractArticles reads 1 MB of news-like text as articles of
// about 3 KB each: the memory used is that of one article at a time.
func BenchmarkExtractArticles(b *testing.B) {
	text := newsLike(b, 1<<20)
	var docs [][]byte
	for len(text) > 0 {
		n := min(len(text), 3000)
		if i := bytes.Index(text[n:], []byte("\n\n")); i >= 0 {
			n += i
		} else {
			n = len(text)
		}
		docs = append(docs, text[:n])
		text = text[n:]
	}
	total := 0
	for _, d := range docs {
		total += len(d)
	}
	x := New(Options{})
	b.SetBytes(int64(total))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			if _, err := x.Extract("bench", d); err != nil {
				b.Fatal(err)
			}
		}
	}
}
