package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/cputime"
	"github.com/crosscheck/crosscheck/internal/demo"
	"github.com/crosscheck/crosscheck/numbers"
	"github.com/stretchr/testify/require"
)

// denseText is about size bytes of figure-dense news copy: a figure every
// few words (counts, hedges, shares, changes, money, dates, ranges, units).
func denseText(size int) string {
	templates := []string{
		"Turnout was %d.%d%%, up %d.%d points from %d, with more than %d,%03d votes cast on June %d.",
		"Shares fell %d.%d%% to $%d.%02d, while the index rose by %d points to %d,%03d.",
		"Between %d and %d people, about a third of them children, fled %d villages in %d days.",
		"The toll rose by %d to %d; police said %d,%03d were hurt and %d were missing.",
		"The budget of £%d.%dbn covers %d km of road, %d bridges and %d tonnes of steel.",
		"A %d%% increase left %d,%03d families, or one in %d, paying €%d a month.",
	}
	var b strings.Builder
	for n := 0; b.Len() < size; n++ {
		t := templates[n%len(templates)]
		args := make([]any, strings.Count(t, "%")-strings.Count(t, "%%")*2)
		for k := range args {
			args[k] = 1 + (n*7+k*13)%28
		}
		fmt.Fprintf(&b, t, args...)
		b.WriteByte(' ')
	}
	return b.String()
}

// sentenceText is about size bytes of the sentence tables of package
// numbers (testdata/sentences.tsv and quantities.tsv: news sentences, each
// with one figure or more), one after another.
func sentenceText(tb testing.TB, size int) string {
	var sents []string
	for _, name := range []string{"sentences.tsv", "quantities.tsv"} {
		data, err := os.ReadFile(filepath.Join("..", "..", "numbers", "testdata", name))
		if err != nil {
			tb.Fatal(err)
		}
		for _, line := range strings.Split(string(data), "\n") {
			if text, _, ok := strings.Cut(line, "\t"); ok && !strings.HasPrefix(line, "#") {
				sents = append(sents, text)
			}
		}
	}
	var b strings.Builder
	for n := 0; b.Len() < size; n++ {
		b.WriteString(sents[n%len(sents)])
		b.WriteByte(' ')
	}
	return b.String()
}

// BenchmarkNumbersOutput is "crosscheck numbers" on figure-dense text,
// scanning and writing every figure as a JSON line ("stream"), beside the
// scanner alone ("scan-only") and the same lines through encoding/json as
// the command wrote them before ("encoding-json"). Two texts: the sentence
// tables of package numbers (a figure every 55 bytes or so) and generated
// copy with a figure every 20 bytes or so ("dense").
func BenchmarkNumbersOutput(b *testing.B) {
	for _, tt := range []struct {
		name string
		text string
	}{
		{"sentences", sentenceText(b, 4<<20)},
		{"dense", denseText(4 << 20)},
	} {
		text := tt.text
		path := filepath.Join(b.TempDir(), tt.name+".txt")
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			b.Fatal(err)
		}
		figures := 0
		for range numbers.Scan(text, numbers.Options{}) {
			figures++
		}
		// cpuRate reports the bytes per second of CPU time: the machine
		// is shared, and CPU time says more than wall time.
		cpuRate := func(b *testing.B, run func()) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			ops, cpu0 := 0, cputime.Used()
			for b.Loop() {
				run()
				ops++
			}
			if cpu := cputime.Used() - cpu0; cpu > 0 {
				b.ReportMetric(float64(len(text)*ops)/1e6/cpu.Seconds(), "MB/cpu-s")
			}
			b.ReportMetric(float64(figures), "figures/op")
		}
		b.Run(tt.name+"/stream", func(b *testing.B) {
			cpuRate(b, func() {
				if code := runNumbers([]string{path}, io.Discard, io.Discard); code != 0 {
					b.Fatal("exit", code)
				}
			})
		})
		b.Run(tt.name+"/scan-only", func(b *testing.B) {
			cpuRate(b, func() {
				for range numbers.Scan(text, numbers.Options{}) {
				}
			})
		})
		b.Run(tt.name+"/encoding-json", func(b *testing.B) {
			cpuRate(b, func() {
				w := bufio.NewWriter(io.Discard)
				enc := json.NewEncoder(w)
				enc.SetEscapeHTML(false)
				for n := range numbers.Scan(text, numbers.Options{}) {
					if err := enc.Encode(struct {
						File string `json:"file"`
						numbers.Number
					}{path, n}); err != nil {
						b.Fatal(err)
					}
				}
				w.Flush()
			})
		})
	}
}

func TestDenseText(t *testing.T) {
	text := denseText(1 << 14)
	if strings.Contains(text, "%!") {
		t.Fatalf("bad template: %.300q", text)
	}
	figures := 0
	for range numbers.Scan(text, numbers.Options{}) {
		figures++
	}
	if per := len(text) / figures; per > 20 {
		t.Errorf("one figure every %d bytes: not dense", per)
	}
}

// TestNumbersChunksAgree checks that scanning a large text in pieces writes
// the lines one scan writes, on the sentence tables, the demo articles and
// generated copy, with small pieces so that there are many cuts.
func TestNumbersChunksAgree(t *testing.T) {
	texts := []string{sentenceText(t, 1<<19), denseText(1 << 19)}
	var demoText strings.Builder
	for _, f := range demo.Files() {
		demoText.Write(f.Data)
		demoText.WriteString("\n\n")
	}
	for demoText.Len() < 1<<19 {
		demoText.WriteString(demoText.String())
	}
	texts = append(texts, demoText.String())
	heldout, _ := filepath.Glob(filepath.Join("..", "..", "sources", "text", "testdata", "heldout", "*.txt"))
	var h strings.Builder
	for _, p := range heldout {
		b, err := os.ReadFile(p)
		require.NoError(t, err)
		h.Write(b)
		h.WriteString("\n")
	}
	for h.Len() < 1<<19 {
		h.WriteString(h.String())
	}
	texts = append(texts, h.String())
	for k, text := range texts {
		var one bytes.Buffer
		w := &numberWriter{w: &one}
		w.file("x")
		for n := range numbers.Scan(text, numbers.Options{}) {
			require.NoError(t, w.write(n))
		}
		require.NoError(t, w.flush())
		for _, size := range []int{4 << 10, 64 << 10} {
			cuts := cutsOf(text, size)
			require.Greater(t, len(cuts), 3, "text %d: too few cuts", k)
			var got bytes.Buffer
			w := &numberWriter{w: &got}
			w.file("x")
			for c := 0; c+1 < len(cuts); c++ {
				for n := range numbers.Scan(text[cuts[c]:cuts[c+1]], numbers.Options{}) {
					n.Span.Start += cuts[c]
					n.Span.End += cuts[c]
					w.append(n)
				}
			}
			require.NoError(t, w.flush())
			if !bytes.Equal(one.Bytes(), got.Bytes()) {
				a, b := strings.Split(one.String(), "\n"), strings.Split(got.String(), "\n")
				for i := range min(len(a), len(b)) {
					if a[i] != b[i] {
						t.Fatalf("text %d, pieces of %d: line %d differs:\n one scan: %s\n pieces:   %s", k, size, i, a[i], b[i])
					}
				}
				t.Fatalf("text %d, pieces of %d: %d lines, want %d", k, size, len(b), len(a))
			}
		}
	}
	// And through the command, which cuts pieces of chunkSize on every core.
	big := strings.Repeat(texts[0], 3)
	path := filepath.Join(t.TempDir(), "big.txt")
	require.NoError(t, os.WriteFile(path, []byte(big), 0o644))
	var out, errb bytes.Buffer
	require.Equal(t, 0, runNumbers([]string{path}, &out, &errb), errb.String())
	var one bytes.Buffer
	w := &numberWriter{w: &one}
	w.file(path)
	for n := range numbers.Scan(big, numbers.Options{}) {
		require.NoError(t, w.write(n))
	}
	require.NoError(t, w.flush())
	require.Equal(t, one.String(), out.String())
}
