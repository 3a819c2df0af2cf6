package compare_test

import (
	"testing"

	"github.com/crosscheck/crosscheck/claims"

	"github.com/crosscheck/crosscheck/compare"
	synth "github.com/crosscheck/crosscheck/internal/synthetic"
)

func TestZZCount(t *testing.T) {
	for _, cs := range [][]any{{"plain", synthetic(100_000)}, {"news", synth.News(100_000)}} {
		fs := compare.Check(cs[1].([]claims.Claim), compare.Options{})
		m := map[string]int{}
		for _, f := range fs {
			k := string(f.Type)
			if f.ForReview() {
				k = "review " + k
			}
			m[k]++
		}
		t.Log(cs[0], m)
	}
}
