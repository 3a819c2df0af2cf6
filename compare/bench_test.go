package compare_test

import (
	"fmt"
	"testing"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/compare"
	"github.com/crosscheck/crosscheck/internal/cputime"
	synth "github.com/crosscheck/crosscheck/internal/synthetic"
)

// synthetic returns n claims as a corpus of news reports would give them
// (see synthetic.Corpus): groups of about 32 claims spread over 60 days.
func synthetic(n int) []claims.Claim {
	return synth.Corpus{Groups: max(1, n/32), Speakers: 200, Outlets: 50}.Claims(n)
}

// oneGroup returns n claims as synthetic does, all in one group (one
// measure, one pair of parties) and from many speakers and outlets: the
// shape that would expose a rule doing pairwise work within a group.
func oneGroup(n int) []claims.Claim {
	return synth.Corpus{Groups: 1, Speakers: max(200, n/8), Outlets: max(50, n/40)}.Claims(n)
}

func BenchmarkCheck(b *testing.B) {
	for _, n := range []int{10_000, 100_000, 1_000_000} {
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			cs := synthetic(n)
			b.ReportAllocs()
			var found, loops int
			start := cputime.Used()
			for b.Loop() {
				found = len(compare.Check(cs, compare.Options{}))
				loops++
			}
			b.ReportMetric(float64(found), "findings")
			if cpu := cputime.Used() - start; cpu > 0 {
				b.ReportMetric(float64(cpu.Nanoseconds())/float64(loops), "cpu-ns/op")
			}
		})
	}
}

// BenchmarkCheckOneGroup checks one group of many claims, which must cost
// no more than many small groups of as many claims in all.
func BenchmarkCheckOneGroup(b *testing.B) {
	for _, n := range []int{10_000, 100_000} {
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			cs := oneGroup(n)
			b.ReportAllocs()
			var found, loops int
			start := cputime.Used()
			for b.Loop() {
				found = len(compare.Check(cs, compare.Options{}))
				loops++
			}
			b.ReportMetric(float64(found), "findings")
			if cpu := cputime.Used() - start; cpu > 0 {
				b.ReportMetric(float64(cpu.Nanoseconds())/float64(loops), "cpu-ns/op")
			}
		})
	}
}

// BenchmarkGroups measures the grouping alone: sorting claims into groups
// and statements, with no rules.
func BenchmarkGroups(b *testing.B) {
	for _, n := range []int{10_000, 100_000, 1_000_000} {
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			cs := synthetic(n)
			b.ReportAllocs()
			loops := 0
			start := cputime.Used()
			for b.Loop() {
				compare.Check(cs, compare.Options{Rules: []compare.Rule{}})
				loops++
			}
			if cpu := cputime.Used() - start; cpu > 0 {
				b.ReportMetric(float64(cpu.Nanoseconds())/float64(loops), "cpu-ns/op")
			}
		})
	}
}

// BenchmarkCheckOneDayFall checks a running total that peaks on one day
// and is given lower by n other reports the next day, each value its own:
// a day of many lower figures must cost one pass over the day, not one per
// figure (the regression rule asks whether each one's report holds the
// peak that day).
func BenchmarkCheckOneDayFall(b *testing.B) {
	for _, n := range []int{2_000, 16_000} {
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			specs := []spec{held("peak", "prisoners", "900000", "2026-03-01", "Ministry", "0")}
			for i := 1; i < n; i++ {
				specs = append(specs, held(fmt.Sprint("low", i), "prisoners", fmt.Sprint(1000+i), "2026-03-02",
					fmt.Sprint("Speaker ", i), fmt.Sprint(i)))
			}
			cs := build(b, specs)
			b.ReportAllocs()
			for b.Loop() {
				compare.Check(cs, compare.Options{})
			}
		})
	}
}
