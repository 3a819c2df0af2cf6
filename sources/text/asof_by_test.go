package text_test

import (
	"testing"

	"github.com/crosscheck/crosscheck/sources/text"
	"github.com/stretchr/testify/require"
)

// TestAsOfBy: a figure "by" or "as of" a day holds as of that day, not as of
// the day it was said.
func TestAsOfBy(t *testing.T) {
	for _, tc := range []struct{ body, figure, want string }{
		{"By Monday, Ukraine had received the bodies of 6,057 soldiers from Russia, officials said on Tuesday.", "6,057", "2025-06-16"},
		{"Officials said on Tuesday that 6,057 bodies had been returned by Monday.", "6,057", "2025-06-16"},
		{"As of Sunday, 212 people had been evacuated, the mayor said on Tuesday.", "212", "2025-06-15"},
		{"The ministry said on Tuesday that as of 12 June the toll stood at 48 dead.", "48", "2025-06-12"},
	} {
		t.Run(tc.body, func(t *testing.T) {
			doc := "date: 2025-06-17\noutlet: Test Wire\n\n" + tc.body + "\n"
			cs, err := text.Extract("t.txt", []byte(doc), text.Options{})
			require.NoError(t, err)
			found := false
			for _, c := range cs {
				if c.Quantity.Text == tc.figure || (c.QuantitySpan.End > c.QuantitySpan.Start && doc[c.QuantitySpan.Start:c.QuantitySpan.End] == tc.figure) {
					found = true
					require.Equal(t, tc.want, c.AsOf.String(), "%q", tc.body)
				}
			}
			require.True(t, found, "no claim for %q in %q", tc.figure, tc.body)
		})
	}
}
