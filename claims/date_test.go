package claims_test

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/claims"
)

func mday(y int, m time.Month, d int) claims.Date { return claims.Date{Year: y, Month: m, Day: d} }

// parseDateTests is the table of TestParseDate; it seeds FuzzParseDate and
// FuzzParsePeriod.
var parseDateTests = []struct {
	in      string
	want    claims.Date
	wantErr bool
}{
	{"2025-06-19", mday(2025, 6, 19), false},
	{"2024-02-29", mday(2024, 2, 29), false},
	{"2025-02-29", claims.Date{}, true},
	{"2025-02-30", claims.Date{}, true},
	{"2025-13-01", claims.Date{}, true},
	{"2025-6-19", claims.Date{}, true},
	{"0000-01-01", claims.Date{}, true},
	{"19 June 2025", claims.Date{}, true},
	{"2025-06-19T10:00:00Z", claims.Date{}, true},
	{"", claims.Date{}, true},
}

func TestParseDate(t *testing.T) {
	for _, tt := range parseDateTests {
		got, err := claims.ParseDate(tt.in)
		if tt.wantErr {
			require.Error(t, err, tt.in)
			require.Contains(t, err.Error(), `claims: parsing date "`+tt.in+`"`)
			continue
		}
		require.NoError(t, err, tt.in)
		require.Equal(t, tt.want, got)
		require.Equal(t, tt.in, got.String())
		require.True(t, got.IsValid())
	}
}

func TestDate(t *testing.T) {
	d := mday(2025, 6, 20)
	require.Equal(t, time.Friday, d.Weekday())
	require.Equal(t, mday(2025, 6, 19), d.AddDays(-1))
	require.Equal(t, mday(2025, 7, 1), d.AddDays(11))
	require.Equal(t, -1, mday(2024, 12, 31).Compare(d))
	require.Equal(t, 1, d.Compare(mday(2025, 6, 19)))
	require.Equal(t, 0, d.Compare(d))
	require.Equal(t, d, claims.DateOf(time.Date(2025, 6, 20, 23, 59, 0, 0, time.FixedZone("x", 5*3600))))
	require.False(t, claims.Date{}.IsValid())
	require.True(t, claims.Date{}.IsZero())
	require.False(t, mday(2025, 2, 29).IsValid())
	require.Equal(t, "", claims.Date{}.String())
}

func TestPeriod(t *testing.T) {
	a, b := mday(2025, 6, 9), mday(2025, 6, 14)
	p := claims.Between(a, b)
	require.Equal(t, "2025-06-09/2025-06-14", p.String())
	require.Equal(t, claims.On(a), claims.Between(a, a))
	require.Equal(t, b, p.End())
	require.Equal(t, a, claims.On(a).End())
	require.True(t, p.Contains(mday(2025, 6, 12)))
	require.False(t, p.Contains(mday(2025, 6, 15)))
	require.False(t, claims.Period{}.Contains(a))
	require.True(t, p.Overlaps(claims.On(b)))
	require.False(t, p.Overlaps(claims.On(b.AddDays(1))))
	require.False(t, p.Overlaps(claims.Period{}))
	require.True(t, p.IsValid())
	require.True(t, claims.Period{}.IsValid())
	require.False(t, claims.Between(b, a).IsValid())
	require.False(t, claims.On(mday(2025, 2, 30)).IsValid())

	for _, tt := range []struct {
		in      string
		want    claims.Period
		wantErr string
	}{
		{"", claims.Period{}, ""},
		{"2025-06-19", claims.On(mday(2025, 6, 19)), ""},
		{"2025-06-09/2025-06-14", p, ""},
		{"2025-06-09/2025-06-09", claims.On(a), ""},
		{"2025-06-14/2025-06-09", claims.Period{}, `claims: period "2025-06-14/2025-06-09" ends before it starts`},
		{"2025-06-09/", claims.Period{}, `claims: parsing date ""`},
		{"2025-06-09/2025-06-31", claims.Period{}, `claims: parsing date "2025-06-31"`},
		{"June 2025", claims.Period{}, `claims: parsing date "June 2025"`},
	} {
		got, err := claims.ParsePeriod(tt.in)
		if tt.wantErr != "" {
			require.ErrorContains(t, err, tt.wantErr, tt.in)
			continue
		}
		require.NoError(t, err, tt.in)
		require.Equal(t, tt.want, got, tt.in)
		if tt.in != "2025-06-09/2025-06-09" {
			require.Equal(t, tt.in, got.String())
		}
	}
}

func TestPeriodJSON(t *testing.T) {
	type doc struct {
		AsOf      claims.Period `json:"as_of"`
		Published claims.Date   `json:"published,omitzero"`
	}
	for _, tt := range []struct {
		in   string
		want doc
	}{
		{`{"as_of":"2025-06-19","published":"2025-06-20"}`, doc{claims.On(mday(2025, 6, 19)), mday(2025, 6, 20)}},
		{`{"as_of":"2025-06-09/2025-06-14"}`, doc{claims.Between(mday(2025, 6, 9), mday(2025, 6, 14)), claims.Date{}}},
		{`{"as_of":""}`, doc{}},
	} {
		var got doc
		require.NoError(t, json.Unmarshal([]byte(tt.in), &got))
		require.Equal(t, tt.want, got)
		out, err := json.Marshal(got)
		require.NoError(t, err)
		require.JSONEq(t, tt.in, string(out))
	}
	for _, in := range []string{`{"as_of":"2025-02-30"}`, `{"as_of":"2025-06-14/2025-06-09"}`, `{"published":"yesterday"}`, `{"as_of":20250619}`} {
		var got doc
		require.Error(t, json.Unmarshal([]byte(in), &got), in)
	}
}

func FuzzParseDate(f *testing.F) {
	for _, tt := range parseDateTests {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := claims.ParseDate(s)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "claims: parsing date ") {
				t.Fatalf("ParseDate(%q): error %q lacks its prefix", s, err)
			}
			return
		}
		// Only the canonical form parses, and it is a calendar day.
		if !d.IsValid() || d.String() != s {
			t.Fatalf("ParseDate(%q) = %v (valid %v)", s, d, d.IsValid())
		}
		var u claims.Date
		if err := u.UnmarshalText([]byte(s)); err != nil || u != d {
			t.Fatalf("UnmarshalText(%q) = %v, %v; ParseDate gave %v", s, u, err, d)
		}
	})
}

func FuzzParsePeriod(f *testing.F) {
	for _, tt := range parseDateTests {
		f.Add(tt.in)
		f.Add(tt.in + "/" + tt.in)
	}
	for _, s := range []string{"2025-06-09/2025-06-14", "2025-06-14/2025-06-09", "0000-01-01/9999-12-31", "/", "2025-06-09/"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, err := claims.ParsePeriod(s)
		if err != nil {
			return
		}
		if !p.IsValid() {
			t.Fatalf("ParsePeriod(%q) = %v, not valid", s, p)
		}
		q, err := claims.ParsePeriod(p.String())
		if err != nil || q != p {
			t.Fatalf("ParsePeriod(%q) = %v; String %q parses as %v, %v", s, p, p.String(), q, err)
		}
	})
}

// TestDateIsValidMatchesTime checks IsValid against the round trip through
// package time, for every day number of every month of years around the
// edges of its fast path and the leap-year rules.
func TestDateIsValidMatchesTime(t *testing.T) {
	for _, y := range []int{-401, -4, -1, 1, 4, 100, 1900, 1999, 2000, 2024, 2025, 2100, 2400, 9996, 9999, 10000, 10400} {
		for m := time.Month(0); m <= 13; m++ {
			for day := -1; day <= 32; day++ {
				d := claims.Date{Year: y, Month: m, Day: day}
				want := m >= 1 && m <= 12 && day >= 1 && d == claims.DateOf(d.Time())
				if got := d.IsValid(); got != want {
					t.Errorf("%+v: IsValid() = %v, want %v", d, got, want)
				}
			}
		}
	}
}
