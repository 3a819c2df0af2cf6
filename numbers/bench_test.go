package numbers

import (
	"fmt"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/cputime"
)

// newsText generates about size bytes of news-like prose from sentence
// templates: mostly words, with counts, hedges, dates, percentages, money
// and ordinals at the density of wire copy.
func newsText(size int) string {
	templates := []func(n int) string{
		func(n int) string {
			return fmt.Sprintf("Officials in the region said on Tuesday that %d people had been evacuated from their homes as the river rose.", 10+n%900)
		},
		func(n int) string {
			return fmt.Sprintf("The ministry said more than %d,000 soldiers had returned home under the agreement reached in Istanbul on June %d.", 1+n%9, 1+n%28)
		},
		func(n int) string {
			return fmt.Sprintf("According to the latest figures, turnout reached %d.%d%% across the country, slightly lower than in %d.", 40+n%50, n%10, 1990+n%30)
		},
		func(int) string {
			return "Witnesses described a chaotic scene in which police fired tear gas at the crowd and several people were hurt."
		},
		func(n int) string {
			return fmt.Sprintf("The government has promised $%d million in emergency aid, although critics say the money will arrive too late.", 5+n%300)
		},
		func(n int) string {
			return fmt.Sprintf("It was the %dth round of talks since the start of the conflict, and neither side expected a breakthrough.", 4+n%16)
		},
		func(n int) string {
			return fmt.Sprintf("Nearly %d,%03d residents remain without electricity, the utility company said in a statement late on Sunday.", 1+n%60, n%1000)
		},
		func(n int) string {
			return fmt.Sprintf("The union claimed that between %d and %d workers joined the strike, while management put the figure far lower.", 100+n%100, 300+n%500)
		},
		func(int) string {
			return "Prices for basic goods have risen sharply over the past year, and many families say they can no longer cope."
		},
		func(int) string {
			return "A spokesman for the regional governor declined to comment on the reports, citing the ongoing investigation."
		},
		func(int) string {
			return "The opposition said the count was flawed and called on its supporters to gather in the main square on Saturday."
		},
		func(int) string {
			return "Dozens of volunteers spent the weekend clearing debris from the streets of the old town, some of them for two days."
		},
	}
	var b strings.Builder
	b.Grow(size + 200)
	for n := 0; b.Len() < size; n++ {
		b.WriteString(templates[n%len(templates)](n))
		if n%5 == 4 {
			b.WriteString("\n\n")
		} else {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

func BenchmarkScan(b *testing.B) {
	text := newsText(10 << 20)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	figures, ops := 0, 0
	cpu0 := cputime.Used()
	for b.Loop() {
		figures = 0
		ops++
		for range Scan(text, Options{}) {
			figures++
		}
	}
	// The machine is shared: CPU time says more than wall time.
	if cpu := cputime.Used() - cpu0; cpu > 0 {
		b.ReportMetric(float64(len(text)*ops)/1e6/cpu.Seconds(), "MB/cpu-s")
	}
	b.ReportMetric(float64(figures), "figures/op")
}

// BenchmarkScanPlainWords is the fast path alone: prose without figures.
func BenchmarkScanPlainWords(b *testing.B) {
	text := strings.Repeat("Witnesses described a chaotic scene in which police fired tear gas at the crowd and the people ran. ", 100_000)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		for range Scan(text, Options{}) {
			b.Fatal("no figures expected")
		}
	}
}

func TestNewsText(t *testing.T) {
	text := newsText(1 << 16)
	if len(text) < 1<<16 || !strings.Contains(text, ",000") || strings.Contains(text, "%!") || !strings.Contains(text, "%") {
		t.Fatalf("bad generated text: %.300q", text)
	}
	checkInvariants(t, text, Options{})
}
