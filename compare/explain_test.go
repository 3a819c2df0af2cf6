package compare

import (
	"fmt"
	"testing"

	"golang.org/x/text/language"
	"golang.org/x/text/message"

	"github.com/crosscheck/crosscheck/claims"
)

// TestNumMatchesMessage checks the fast number formatting against
// x/text/message for languages with different separators and groupings.
func TestNumMatchesMessage(t *testing.T) {
	langs := []language.Tag{language.English, language.German, language.French, language.Russian,
		language.Ukrainian, language.Hindi, language.Arabic, language.Make("de-CH"), language.Make("en-IN")}
	values := []int64{0, 7, 57, 999, 1000, 6057, 12345, 123456, 1234567, 1_000_000_000, -6060, -123}
	for _, lang := range langs {
		mp := message.NewPrinter(lang)
		p := newPrinter(mp, false)
		for _, v := range values {
			if got, want := num(p, claims.DecimalOf(v)), mp.Sprintf("%d", v); got != want {
				t.Errorf("%s: num(%d) = %q, want %q", lang, v, got, want)
			}
		}
	}
}

func TestSubstitute(t *testing.T) {
	for _, tt := range []struct {
		format string
		args   []any
		ok     bool
	}{
		{"%s and %s give %d%%", []any{"A", "B", 3}, true},
		{"plain", nil, true},
		{"%v", []any{1}, false},
		{"%s", []any{1}, false},
		{"%d", []any{"x"}, false},
		{"%s %s", []any{"a"}, false},
		{"%s", []any{"a", "b"}, false},
		{"50%", nil, false},
	} {
		got, ok := substitute(tt.format, tt.args)
		if ok != tt.ok {
			t.Errorf("substitute(%q, %v): ok = %v, want %v", tt.format, tt.args, ok, tt.ok)
		}
		if want := fmt.Sprintf(tt.format, tt.args...); ok && got != want {
			t.Errorf("substitute(%q, %v) = %q, want %q", tt.format, tt.args, got, want)
		}
	}
}
