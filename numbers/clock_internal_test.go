package numbers

import (
	"strings"
	"testing"
)

// TestClockSuffix reads every suffix of a clock time that clockSuffix
// knows, as it is written after "19:00 ", so that the table of the letters
// they begin with (clockInitial) leaves none out; and a plain word after
// the time, which is none.
func TestClockSuffix(t *testing.T) {
	for _, suffix := range []string{"am", "pm", "AM", "PM", "a.m.", "P.M.", "o'clock", "o’clock",
		"GMT", "UTC", "BST", "CET", "CEST", "EET", "EEST", "MSK", "EST", "EDT", "PST", "PDT", "hrs", "h"} {
		s := "19:00 " + suffix + " sharp"
		sc := scanner{s: s}
		if got, want := sc.clockSuffix(5, true), strings.Index(s, " sharp"); got != want {
			t.Errorf("clockSuffix(%q) = %d, want %d", s, got, want)
		}
	}
	for _, word := range []string{"people", "votes", "at", "km", "Monday"} {
		s := "19:00 " + word + " sharp"
		sc := scanner{s: s}
		if got := sc.clockSuffix(5, true); got != 5 {
			t.Errorf("clockSuffix(%q) = %d, want 5", s, got)
		}
	}
}
