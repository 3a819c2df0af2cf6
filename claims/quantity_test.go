package claims_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/claims"
)

func TestQuantityConstructors(t *testing.T) {
	tests := []struct {
		name      string
		q         claims.Quantity
		qual      claims.Qualifier
		lo, hi    claims.Bound
		precision string
		str       string
	}{
		{"exact round", claims.ExactQuantity(mdec("6000")), claims.Exact, claims.Incl(mdec("6000")), claims.Incl(mdec("6000")), "1000", "6000"},
		{"exact small", claims.ExactQuantity(mdec("57")), claims.Exact, claims.Incl(mdec("57")), claims.Incl(mdec("57")), "1", "57"},
		{"exact fraction", claims.ExactQuantity(mdec("3.5")), claims.Exact, claims.Incl(mdec("3.5")), claims.Incl(mdec("3.5")), "0.1", "3.5"},
		{"exact zero", claims.ExactQuantity(claims.Decimal{}), claims.Exact, claims.Incl(claims.Decimal{}), claims.Incl(claims.Decimal{}), "1", "0"},
		{"approx", claims.NewQuantity("", claims.Approx, mdec("5000")), claims.Approx, claims.Incl(mdec("5000")), claims.Incl(mdec("5000")), "1000", "about 5000"},
		{"more than", claims.NewQuantity("more than 6,000", claims.MoreThan, mdec("6000")), claims.MoreThan, claims.Excl(mdec("6000")), claims.Unbounded, "1000", "more than 6,000"},
		{"at least", claims.NewQuantity("", claims.AtLeast, mdec("1000")), claims.AtLeast, claims.Incl(mdec("1000")), claims.Unbounded, "1000", "at least 1000"},
		{"less than", claims.NewQuantity("", claims.LessThan, mdec("50")), claims.LessThan, claims.Unbounded, claims.Excl(mdec("50")), "10", "fewer than 50"},
		{"at most", claims.NewQuantity("", claims.AtMost, mdec("700")), claims.AtMost, claims.Unbounded, claims.Incl(mdec("700")), "100", "at most 700"},
		{"range", claims.RangeQuantity("", mdec("500"), mdec("650")), claims.Range, claims.Incl(mdec("500")), claims.Incl(mdec("650")), "10", "500–650"},
		{"vague", claims.VagueQuantity("", mdec("12"), claims.Unbounded), claims.Approx, claims.Incl(mdec("12")), claims.Unbounded, "1", "about 12"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := tt.q
			require.True(t, q.IsValid())
			got := []any{q.Qualifier, q.Lower, q.Upper, q.Precision.String(), q.String()}
			want := []any{tt.qual, tt.lo, tt.hi, tt.precision, tt.str}
			if diff := cmp.Diff(want, got, quantityCmp); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
	var zero claims.Quantity
	require.False(t, zero.IsValid())
	require.Equal(t, "<no quantity>", zero.String())
	r := claims.ExactQuantity(mdec("6000"))
	r.Text, r.Reciprocal = "", true
	require.Equal(t, "6000-for-6000", r.String())
	p := claims.ExactQuantity(mdec("45"))
	p.Text, p.Unit = "", claims.Percent
	require.Equal(t, "45%", p.String())
}

func TestQualifierText(t *testing.T) {
	for _, q := range []claims.Qualifier{claims.Exact, claims.Approx, claims.MoreThan, claims.AtLeast, claims.LessThan, claims.AtMost, claims.Range} {
		b, err := q.MarshalText()
		require.NoError(t, err)
		var back claims.Qualifier
		require.NoError(t, back.UnmarshalText(b))
		require.Equal(t, q, back)
		require.Equal(t, string(b), q.String())
	}
	require.Equal(t, "more_than", claims.MoreThan.String())
	require.Equal(t, "Qualifier(9)", claims.Qualifier(9).String())
	_, err := claims.Qualifier(9).MarshalText()
	require.EqualError(t, err, "claims: invalid qualifier 9")
	_, err = claims.ParseQualifier("More_Than")
	require.EqualError(t, err, `claims: unknown qualifier "More_Than"`)
}

func TestBound(t *testing.T) {
	require.Equal(t, claims.Bound{Value: mdec("5"), Inclusive: true, Set: true}, claims.Incl(mdec("5")))
	require.Equal(t, claims.Bound{Value: mdec("5"), Set: true}, claims.Excl(mdec("5")))
	require.Equal(t, claims.Bound{}, claims.Unbounded)
}
