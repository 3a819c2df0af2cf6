package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/numbers"
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
			ops, cpu0 := 0, cpuTime()
			for b.Loop() {
				run()
				ops++
			}
			if cpu := cpuTime() - cpu0; cpu > 0 {
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
