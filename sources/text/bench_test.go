package text

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// newsLike returns about n bytes of news-like text: the test articles'
// paragraphs, with their figures changed so that no two copies are the
// same; dense puts them back to back (a figure every 100 bytes or so),
// otherwise each is followed by two paragraphs of background without
// figures, about the density of the seed article (one every 250 bytes).
func newsLike(tb testing.TB, n int, dense bool) []byte {
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
			if bytes.HasPrefix(para, []byte("date:")) {
				continue // a header
			}
			paras = append(paras, para)
		}
	}
	bg, err := os.ReadFile("testdata/bench/background.txt")
	if err != nil {
		tb.Fatal(err)
	}
	background := bytes.Split(bytes.TrimSpace(bg), []byte("\n\n"))
	var buf bytes.Buffer
	buf.WriteString("date: 2025-06-20\noutlet: Bench Times\n\n")
	for i := 0; buf.Len() < n; i++ {
		p := paras[i%len(paras)]
		buf.Write(bytes.ReplaceAll(p, []byte("000"), fmt.Appendf(nil, "%03d", i%1000)))
		buf.WriteString("\n\n")
		if !dense {
			for j := range 2 {
				buf.Write(background[(2*i+j)%len(background)])
				buf.WriteString("\n\n")
			}
		}
	}
	return buf.Bytes()
}

// BenchmarkExtract reads 1 MB of news-like text as one document.
func BenchmarkExtract(b *testing.B) {
	text := newsLike(b, 1<<20, false)
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
	text := newsLike(b, 1<<20, false)
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
	extractEach(b, docs)
}

// BenchmarkExtractDense reads 1 MB of the test articles' paragraphs back to
// back: a figure every 100 bytes or so, the worst case.
func BenchmarkExtractDense(b *testing.B) {
	text := newsLike(b, 1<<20, true)
	x := New(Options{})
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := x.Extract("bench", text); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkExtractPages reads 1 MB of scraped pages of about 4 KB each: the
// news-like text of BenchmarkExtractArticles inside page furniture (menus,
// a stale timestamp, a ticker, a byline, share counts, a caption, teasers,
// a headline printed twice, words glued to figures).
func BenchmarkExtractPages(b *testing.B) {
	text := newsLike(b, 1<<20, false)
	text = text[bytes.Index(text, []byte("\n\n"))+2:] // without the header
	var docs [][]byte
	for i := 0; len(text) > 0; i++ {
		n := min(len(text), 3000)
		if k := bytes.Index(text[n:], []byte("\n\n")); k >= 0 {
			n += k
		} else {
			n = len(text)
		}
		var d bytes.Buffer
		fmt.Fprintf(&d, "date: 2025-06-20\n\nHome | World | Europe | Business | Sport\nEnglish | Français | Español\n"+
			"Monday, 4 March 2024\nKSE-100 ▲ 0.%d%%\nUpdated 14:%02d GMT\n\n", i%100, i%60)
		fmt.Fprintf(&d, "Toll climbs to %d in the north\n\nToll climbs to %d in the north\n\nBy Ana Silva and Tom Hale\nShare %d | Comments %d\n\n", i, i, 3*i, i%90)
		fmt.Fprintf(&d, "This handout picture taken on June %d shows %d rescuers at work.\n\n", 1+i%28, i%50)
		d.Write(text[:n])
		fmt.Fprintf(&d, "\n\nOfficials said the army was transferring%d trucks to Lyon%d,000 people.\n\n", i%40, i%90)
		fmt.Fprintf(&d, "Related\nStorm kills %d on the coast\nMarch 3, 2021 — Bridge collapse leaves %d dead\n\nAdvertisement\n", i%300, i%20)
		docs = append(docs, d.Bytes())
		text = text[n:]
	}
	extractEach(b, docs)
}

// extractEach runs one Extractor over every document of docs, as one
// benchmark operation of their summed size.
func extractEach(b *testing.B, docs [][]byte) {
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
