package claims

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestDirection(t *testing.T) {
	for _, d := range []Direction{Level, Up, Down} {
		b, err := d.MarshalText()
		require.NoError(t, err)
		var back Direction
		require.NoError(t, back.UnmarshalText(b))
		require.Equal(t, d, back)
	}
	_, err := Direction(9).MarshalText()
	require.Error(t, err)
	require.Equal(t, "Direction(9)", Direction(9).String())
	_, err = ParseDirection("sideways")
	require.Error(t, err)
}

// A change renders as "up"/"down" before its amount, reads back through
// ParseQuantity, and round-trips through the JSON contract as "change".
func TestChangeRoundTrip(t *testing.T) {
	q := ExactQuantity(DecimalOf(5))
	q.Unit, q.Change, q.Text = Percent, Down, ""
	require.Equal(t, "down 5%", q.String())
	back, err := ParseQuantity(q.String())
	require.NoError(t, err)
	require.Equal(t, Down, back.Change)
	require.Equal(t, Percent, back.Unit)

	c := Claim{ID: "x", Measure: "turnout", Kind: Completed, Quantity: back}
	b, err := json.Marshal(c)
	require.NoError(t, err)
	require.True(t, strings.Contains(string(b), `"change":"down"`), string(b))
	var c2 Claim
	require.NoError(t, json.Unmarshal(b, &c2))
	require.Equal(t, Down, c2.Quantity.Change)

	// A level has no "change" key, and its content ID is what it was.
	level := c
	level.Quantity.Change = Level
	b, err = json.Marshal(level)
	require.NoError(t, err)
	require.NotContains(t, string(b), `"change"`)
	require.NotEqual(t, level.ContentID(), c.ContentID())

	require.Error(t, json.Unmarshal([]byte(`{"id":"x","quantity":{"text":"5","value":5,"qualifier":"exact","change":"sideways"}}`), &c2))
	bad := c
	bad.Quantity.Change = 7
	require.Error(t, bad.Validate())
	_, err = json.Marshal(bad)
	require.Error(t, err)
}

func TestDecimalAppendText(t *testing.T) {
	for _, s := range []string{"0", "6000", "-3.5", "0.0025", "1e40", "-1e-40", "123456789012345678"} {
		d := MustParseDecimal(s)
		b, err := d.AppendText([]byte("x"))
		require.NoError(t, err)
		require.Equal(t, "x"+d.String(), string(b))
	}
	d := MustParseDecimal("6000.25")
	buf := make([]byte, 0, 64)
	require.Zero(t, testing.AllocsPerRun(100, func() { buf, _ = d.AppendText(buf[:0]) }))
}

// TestVocabulary checks that the filter before lookupWord lets through
// every word the grammar knows, and only those.
func TestVocabulary(t *testing.T) {
	known := map[string]bool{}
	for _, w := range strings.Fields(vocabulary) {
		known[w] = true
		got, _ := lookupWord([]byte(w))
		require.NotEqual(t, wNone, got, w)
	}
	// Every word lookupWord knows is in the list: try all the words of the
	// grammar's documentation and tests.
	for _, w := range strings.Fields(strings.ToLower(strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' {
			return r
		}
		return ' '
	}, readSource(t)))) {
		if got, _ := lookupWord([]byte(w)); got != wNone {
			require.True(t, known[w], "%q is in lookupWord but not in vocabulary", w)
		}
	}
}

func readSource(t *testing.T) string {
	b, err := os.ReadFile("parse.go")
	require.NoError(t, err)
	return string(b)
}

// An approximate range round-trips through the JSON contract as
// "approximate", absent for other ranges, and tells its content ID apart.
func TestApproximateRoundTrip(t *testing.T) {
	q, err := ParseQuantity("about 30 to 45")
	require.NoError(t, err)
	c := Claim{ID: "x", Measure: "guests", Kind: Completed, Quantity: q}
	b, err := json.Marshal(c)
	require.NoError(t, err)
	require.Contains(t, string(b), `"approximate":true`)
	var c2 Claim
	require.NoError(t, json.Unmarshal(b, &c2))
	require.True(t, c2.Quantity.Approximate)
	plain := c
	plain.Quantity.Approximate = false
	b, err = json.Marshal(plain)
	require.NoError(t, err)
	require.NotContains(t, string(b), `"approximate"`)
	require.NotEqual(t, plain.ContentID(), c.ContentID())
}
