package claimreview_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/crosscheck/crosscheck/sources/claimreview"
)

// TestLinearTime guards against reading a long claim text in quadratic
// time: each of these took seconds when the figure search rescanned the
// rest of the text at every candidate, and takes milliseconds now.
func TestLinearTime(t *testing.T) {
	for _, body := range []string{strings.Repeat("1 ", 20000), strings.Repeat("1,", 20000), strings.Repeat("more than ", 10000),
		strings.Repeat("between 1 and ", 5000), strings.Repeat("a", 40000), strings.Repeat("June 1 ", 10000)} {
		in := `{"@type": "ClaimReview", "claimReviewed": "` + body + `"}`
		start := time.Now()
		for range claimreview.Reader("in", strings.NewReader(in)).Claims(context.Background()) {
		}
		if d := time.Since(start); d > 2*time.Second {
			t.Errorf("%q…: %v", body[:12], d)
		}
	}
}
