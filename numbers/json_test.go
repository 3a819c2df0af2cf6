package numbers

import (
	"bytes"
	"encoding/json"
	"math"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// AppendJSON writes what encoding/json writes for the same fields, with
// HTML left unescaped.
func TestAppendJSON(t *testing.T) {
	text := "On June 9 more than 6,000 people, about 45% of them, and \"<5\" \u2028 x\x01 a third of 2 thousand, $5m, 2024, up 5% \xff 12 km"
	for n := range Scan(text, Options{}) {
		b := n.AppendJSON(nil)
		var m map[string]any
		require.NoError(t, json.Unmarshal(b, &m), string(b))
		require.Equal(t, n.Text, m["text"].(string), string(b))
		require.Equal(t, float64(n.Span.Start), m["start"])
		require.Equal(t, n.Class.String(), m["class"])
		if n.Quantity.IsValid() {
			require.Equal(t, n.Quantity.Value.String(), jsonNumber(t, b, "value"))
		}
	}
	s := string((&Number{Text: "a\"b\\c\n\r\t\b\f\x01<>&\u2028\u2029\xffé"}).AppendJSON(nil))
	require.Equal(t, `{"text":"a\"b\\c\n\r\t\b\f\u0001<>&\u2028\u2029\ufffdé","start":0,"end":0,"class":"count"}`, s)
	for n := range Scan("Dozens were hurt and 40 were missing.", Options{}) {
		if n.Text == "Dozens" {
			require.Contains(t, string(n.AppendJSON(nil)), `"qualifier":"approx","vague":true`)
		} else {
			require.NotContains(t, string(n.AppendJSON(nil)), `"vague"`)
		}
	}
	d := Number{Class: Date}
	d.Date.Year, d.Date.Month, d.Date.Day = 900, 6, 9
	require.Contains(t, string(d.AppendJSON(nil)), `"date":"0900-06-09"`)
	d.Date.Year = 0
	require.Contains(t, string(d.AppendJSON(nil)), `"date":"--06-09"`)
	d.Date.Year, d.Date.Day = 2025, 0
	require.Contains(t, string(d.AppendJSON(nil)), `"date":"2025-06"`)
}

// jsonNumber returns the literal text of the number at key in the object b.
func jsonNumber(t *testing.T, b []byte, key string) string {
	var m map[string]json.RawMessage
	require.NoError(t, json.Unmarshal(b, &m))
	return string(m[key])
}

func BenchmarkAppendJSON(b *testing.B) {
	text := newsText(1 << 20)
	var ns []Number
	for n := range Scan(text, Options{}) {
		ns = append(ns, n)
	}
	buf := make([]byte, 0, 1<<16)
	b.ReportAllocs()
	for b.Loop() {
		for _, n := range ns {
			buf = n.AppendJSON(buf[:0])
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(ns)), "ns/number")
}

func TestAppendOffset(t *testing.T) {
	for _, v := range []int{0, 7, 9, 10, 42, 99, 100, 101, 999, 1000, 1001, 9999, 10000, 10001, 12345, 100000, 999999, 1000000, 4194354, 10000000, 99999999, 100000000, 987654321, 1 << 40, 999_999_999_999_999_999, 1_000_000_000_000_000_000, math.MaxInt64, -1, -120} {
		require.Equal(t, strconv.FormatInt(int64(v), 10), string(appendOffset([]byte{}, v)), "%d", v)
	}
	// Every number of digits, with zeros and nines anywhere.
	var b []byte
	for v := range 100_000 {
		if b = appendOffset(b[:0], v); string(b) != strconv.Itoa(v) {
			t.Fatalf("appendOffset(%d) = %q", v, b)
		}
	}
	for v := 100_000; v < 100_000_000; v += 9_973 {
		if b = appendOffset(b[:0], v); string(b) != strconv.Itoa(v) {
			t.Fatalf("appendOffset(%d) = %q", v, b)
		}
	}
}

// TestAppendString checks the string escaping, which skips eight plain
// bytes at a time, against encoding/json with a byte that needs escaping
// at every place of strings of plain bytes.
func TestAppendString(t *testing.T) {
	for _, odd := range []string{"\"", "\\", "\n", "\x01", "\x1f", "é", "\u2028", "\xff", " ", "~"} {
		for n := range 20 {
			for at := 0; at <= n; at++ {
				s := strings.Repeat("ab c,", 4)[:at] + odd + strings.Repeat("xyZ9.", 4)[:n-at]
				var want bytes.Buffer
				enc := json.NewEncoder(&want)
				enc.SetEscapeHTML(false)
				require.NoError(t, enc.Encode(s))
				require.Equal(t, strings.TrimSuffix(want.String(), "\n"), string(appendString(nil, s)), "%q", s)
				d := make([]byte, 1+6*len(s)) // the least room putEscaped is promised
				d[0] = '"'
				w := putEscaped(d, 1, s)
				require.Equal(t, strings.TrimSuffix(want.String(), "\n"), string(append(d[:w], '"')), "putEscaped %q", s)
			}
		}
	}
}
