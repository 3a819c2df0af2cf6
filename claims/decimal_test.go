package claims_test

import (
	"errors"
	"math"
	"math/big"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/claims"
)

// parseDecimalTests is the table of TestParseDecimal; it seeds
// FuzzParseDecimal.
var parseDecimalTests = []struct {
	in         string
	coef       int64
	exp        int
	str        string
	wantErr    string
	isRangeErr bool
}{
	{in: "6000", coef: 6, exp: 3, str: "6000"},
	{in: "6060", coef: 606, exp: 1, str: "6060"},
	{in: "57", coef: 57, exp: 0, str: "57"},
	{in: "-3.5", coef: -35, exp: -1, str: "-3.5"},
	{in: "+3.50", coef: 35, exp: -1, str: "3.5"},
	{in: "0.25", coef: 25, exp: -2, str: "0.25"},
	{in: ".5", coef: 5, exp: -1, str: "0.5"},
	{in: "5.", coef: 5, exp: 0, str: "5"},
	{in: "0", str: "0"},
	{in: "-0.000", str: "0"},
	{in: "1.2e6", coef: 12, exp: 5, str: "1200000"},
	{in: "6.2E+6", coef: 62, exp: 5, str: "6200000"},
	{in: "1e-3", coef: 1, exp: -3, str: "0.001"},
	{in: "1e40", coef: 1, exp: 40, str: "1e40"},
	{in: "1e-40", coef: 1, exp: -40, str: "1e-40"},
	{in: "000123000", coef: 123, exp: 3, str: "123000"},
	{in: "999999999999999999", coef: 999999999999999999, exp: 0, str: "999999999999999999"},
	{in: "1000000000000000000000", coef: 1, exp: 21, str: "1000000000000000000000"},
	{in: "", wantErr: `claims: parsing decimal "": no digits`},
	{in: "-", wantErr: `claims: parsing decimal "-": no digits`},
	{in: ".", wantErr: `claims: parsing decimal ".": no digits`},
	{in: "e5", wantErr: `claims: parsing decimal "e5": no digits`},
	{in: "1e", wantErr: `claims: parsing decimal "1e": bad exponent`},
	{in: "1e99999", wantErr: `claims: parsing decimal "1e99999": bad exponent`},
	{in: "6,000", wantErr: `claims: parsing decimal "6,000": unexpected ',' at byte 2`},
	{in: "1.2.3", wantErr: `claims: parsing decimal "1.2.3": unexpected '.' at byte 4`},
	{in: "--1", wantErr: `claims: parsing decimal "--1": unexpected '-' at byte 2`},
	{in: "1 000", wantErr: `claims: parsing decimal "1 000": unexpected ' ' at byte 2`},
	{in: "٣", wantErr: `claims: parsing decimal "٣": unexpected '٣' at byte 1`},
	{in: "1234567890123456789", isRangeErr: true, wantErr: `claims: parsing decimal "1234567890123456789": more than 18 significant digits: number out of range`},
	{in: "9e10000", coef: 9, exp: 10000, str: "9e10000"},
	{in: "90e10000", isRangeErr: true, wantErr: "out of range"},
}

func TestParseDecimal(t *testing.T) {
	for _, tt := range parseDecimalTests {
		t.Run(tt.in, func(t *testing.T) {
			d, err := claims.ParseDecimal(tt.in)
			if tt.wantErr != "" {
				require.Error(t, err)
				require.Contains(t, err.Error(), tt.wantErr)
				require.Equal(t, tt.isRangeErr, errors.Is(err, claims.ErrRange), "errors.Is(err, ErrRange) for %v", err)
				return
			}
			require.NoError(t, err)
			if d.Coefficient() != tt.coef || d.Exponent() != tt.exp {
				t.Errorf("ParseDecimal(%q) = %d×10^%d, want %d×10^%d", tt.in, d.Coefficient(), d.Exponent(), tt.coef, tt.exp)
			}
			if got := d.String(); got != tt.str {
				t.Errorf("ParseDecimal(%q).String() = %q, want %q", tt.in, got, tt.str)
			}
		})
	}
}

func TestNewDecimal(t *testing.T) {
	d, err := claims.NewDecimal(62000, 2)
	require.NoError(t, err)
	require.Equal(t, claims.MustParseDecimal("6200000"), d)
	_, err = claims.NewDecimal(math.MaxInt64, 0)
	require.ErrorIs(t, err, claims.ErrRange)
	_, err = claims.NewDecimal(1, 10001)
	require.ErrorIs(t, err, claims.ErrRange)
	_, err = claims.NewDecimal(1000, 9998) // 1×10^10001 once normalised
	require.ErrorIs(t, err, claims.ErrRange)
	d, err = claims.NewDecimal(-1000, 9997)
	require.NoError(t, err)
	require.Equal(t, "-1e10000", d.String())
}

func TestDecimalOf(t *testing.T) {
	for _, tt := range []struct {
		n    int64
		want string
	}{
		{0, "0"}, {57, "57"}, {-6000, "-6000"},
		{math.MaxInt64, "9223372036854775810"},             // rounded to 18 digits
		{math.MinInt64, "-9223372036854775810"},            // and never overflows
		{1_000_000_000_000_000_000, "1000000000000000000"}, // exact after normalising
	} {
		if got := claims.DecimalOf(tt.n).String(); got != tt.want {
			t.Errorf("DecimalOf(%d) = %s, want %s", tt.n, got, tt.want)
		}
	}
}

func TestDecimalCmp(t *testing.T) {
	ordered := []string{"-1e40", "-6000", "-5999.99", "-0.001", "0", "1e-40", "0.001", "0.25", "0.3", "3.5", "57", "60", "6.2e6", "999999999999999999", "1e18", "1.00000000000000001e18", "1e40"}
	for i, a := range ordered {
		for j, b := range ordered {
			da, db := mdec(a), mdec(b)
			want := 0
			switch {
			case i < j:
				want = -1
			case i > j:
				want = 1
			}
			if got := da.Cmp(db); got != want {
				t.Errorf("%s.Cmp(%s) = %d, want %d", a, b, got, want)
			}
		}
	}
}

func TestDecimalArithmetic(t *testing.T) {
	tests := []struct {
		a, b          string
		sum, dif, pro string
	}{
		{"6000", "60", "6060", "5940", "360000"},
		{"3.5", "0.25", "3.75", "3.25", "0.875"},
		{"-1.5", "1.5", "0", "-3", "-2.25"},
		{"1e18", "1", "", "999999999999999999", "1e18"},
		{"999999999999999999", "1", "1000000000000000000", "999999999999999998", "999999999999999999"},
		{"1e9999", "1e9999", "2e9999", "0", ""},
		{"12345678912345", "123456789", "12345802369134", "12345555455556", ""},
	}
	for _, tt := range tests {
		a, b := mdec(tt.a), mdec(tt.b)
		check := func(op string, got claims.Decimal, err error, want string) {
			t.Helper()
			if want == "" {
				if !errors.Is(err, claims.ErrRange) {
					t.Errorf("%s %s %s = %v, %v; want ErrRange", tt.a, op, tt.b, got, err)
				}
				return
			}
			if err != nil || got != mdec(want) {
				t.Errorf("%s %s %s = %v, %v; want %s", tt.a, op, tt.b, got, err, want)
			}
		}
		s, err := a.Add(b)
		check("+", s, err, tt.sum)
		d, err := a.Sub(b)
		check("-", d, err, tt.dif)
		p, err := a.Mul(b)
		check("×", p, err, tt.pro)
	}
}

func TestDecimalQuo(t *testing.T) {
	tests := []struct {
		a, b   string
		digits int
		want   string
	}{
		{"1", "3", 4, "0.3333"},
		{"2", "3", 4, "0.6667"},
		{"6000", "1200", 18, "5"},
		{"1", "8", 2, "0.12"}, // half to even
		{"3", "8", 2, "0.38"},
		{"-1", "3", 3, "-0.333"},
		{"99.96", "1", 3, "100"},
		{"1e40", "3", 2, "3.3e39"},
		{"1", "7", 30, "0.142857142857142857"}, // clamped to 18 digits
		{"5", "1", 0, "5"},                     // clamped to 1 digit
	}
	for _, tt := range tests {
		got, err := mdec(tt.a).Quo(mdec(tt.b), tt.digits)
		require.NoError(t, err)
		if got != mdec(tt.want) {
			t.Errorf("%s.Quo(%s, %d) = %s, want %s", tt.a, tt.b, tt.digits, got, tt.want)
		}
	}
	_, err := mdec("1").Quo(claims.Decimal{}, 5)
	require.EqualError(t, err, "claims: 1 ÷ 0: division by zero")
}

func TestDecimalRatioFloat(t *testing.T) {
	require.InDelta(t, 0.5, mdec("3000").Ratio(mdec("6000")), 1e-15)
	require.Equal(t, 0.0, mdec("1").Ratio(claims.Decimal{}))
	require.Equal(t, 3.5, mdec("3.5").Float64())
	require.Equal(t, 1e40, mdec("1e40").Float64())
}

func TestDecimalInt64(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want int64
		ok   bool
	}{
		{"6000", 6000, true}, {"-57", -57, true}, {"3.5", 0, false}, {"1e18", 1e18, true}, {"1e19", 0, false}, {"-9e18", -9e18, true},
	} {
		got, ok := mdec(tt.in).Int64()
		if got != tt.want || ok != tt.ok {
			t.Errorf("%s.Int64() = %d, %v; want %d, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestDecimalText(t *testing.T) {
	var d claims.Decimal
	require.NoError(t, d.UnmarshalJSON([]byte(`"6.2e6"`)))
	require.Equal(t, mdec("6200000"), d)
	require.NoError(t, d.UnmarshalText([]byte("3.5")))
	b, err := d.MarshalJSON()
	require.NoError(t, err)
	require.Equal(t, "3.5", string(b))
	require.Error(t, d.UnmarshalJSON([]byte(`"6,000"`)))
	require.Error(t, d.UnmarshalJSON([]byte(`"unterminated`)))
	require.Equal(t, mdec("3.5"), d, "a failed unmarshal leaves d alone")
	require.True(t, strings.HasPrefix(mdec("-1e-50").String(), "-1e-50"))
}

func FuzzParseDecimal(f *testing.F) {
	for _, tt := range parseDecimalTests {
		f.Add(tt.in)
	}
	for _, s := range []string{"0e-99999", "1.0000000000000000000e3"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := claims.ParseDecimal(s)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "claims: ") {
				t.Fatalf("error %q lacks the package prefix", err)
			}
			return
		}
		// String → ParseDecimal is the identity, and so is a JSON round trip.
		e, err := claims.ParseDecimal(d.String())
		if err != nil || e != d {
			t.Fatalf("ParseDecimal(%q) = %v; its String %q parses as %v, %v", s, d, d.String(), e, err)
		}
		b, _ := d.MarshalJSON()
		var j claims.Decimal
		if err := j.UnmarshalJSON(b); err != nil || j != d {
			t.Fatalf("JSON round trip of %v: %s → %v, %v", d, b, j, err)
		}
		if d.Cmp(e) != 0 || d.Cmp(d.Neg()) != d.Sign() {
			t.Fatalf("Cmp inconsistent for %v", d)
		}
		if sum, err := d.Add(d.Neg()); err != nil || !sum.IsZero() {
			t.Fatalf("%v + −%v = %v, %v", d, d, sum, err)
		}
	})
}

func BenchmarkParseDecimal(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		_, _ = claims.ParseDecimal("6200000.5")
	}
}

func BenchmarkDecimalCmp(b *testing.B) {
	x, y := mdec("6060"), mdec("6.2e3")
	b.ReportAllocs()
	for b.Loop() {
		x.Cmp(y)
	}
}

func BenchmarkDecimalAdd(b *testing.B) {
	x, y := mdec("6060"), mdec("0.5")
	b.ReportAllocs()
	for b.Loop() {
		_, _ = x.Add(y)
	}
}

// FuzzDecimalArithmetic checks Add, Sub, Mul and Cmp against math/big.
func FuzzDecimalArithmetic(f *testing.F) {
	for _, p := range [][2]string{{"6000", "60"}, {"3.5", "-0.25"}, {"999999999999999999", "1"}, {"1e9999", "1e-9999"}, {"12345678912345", "123456789"}, {"0", "5"}} {
		f.Add(p[0], p[1])
	}
	f.Fuzz(func(t *testing.T, as, bs string) {
		a, err := claims.ParseDecimal(as)
		if err != nil {
			return
		}
		b, err := claims.ParseDecimal(bs)
		if err != nil {
			return
		}
		ra, _ := new(big.Rat).SetString(a.String())
		rb, _ := new(big.Rat).SetString(b.String())
		if got, want := a.Cmp(b), ra.Cmp(rb); got != want {
			t.Fatalf("%v.Cmp(%v) = %d, want %d", a, b, got, want)
		}
		for _, op := range []struct {
			name string
			f    func(claims.Decimal) (claims.Decimal, error)
			want *big.Rat
		}{
			{"+", a.Add, new(big.Rat).Add(ra, rb)},
			{"-", a.Sub, new(big.Rat).Sub(ra, rb)},
			{"×", a.Mul, new(big.Rat).Mul(ra, rb)},
		} {
			got, err := op.f(b)
			if err != nil {
				if !errors.Is(err, claims.ErrRange) {
					t.Fatalf("%v %s %v: %v, not ErrRange", a, op.name, b, err)
				}
				continue
			}
			rg, _ := new(big.Rat).SetString(got.String())
			if rg.Cmp(op.want) != 0 {
				t.Fatalf("%v %s %v = %v, want %v", a, op.name, b, got, op.want.FloatString(20))
			}
		}
	})
}
