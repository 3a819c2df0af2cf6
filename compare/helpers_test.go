package compare_test

import (
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/compare"
)

// spec is a claim written briefly for tests.
type spec struct {
	id        string
	measure   string
	from, to  string // subject, recipient
	mutual    bool
	kind      claims.Kind
	scope     claims.Scope
	qty       string // a quantity phrase, "" for a withheld figure
	asOf      string // "2025-06-19" or "2025-06-09/2025-06-14"
	speaker   string
	aff       string
	doc       string
	outlet    string
	via       string
	published string
	// confidence is the fields read less than explicitly, as
	// claims.ParseFieldConfidence reads them.
	confidence string
	change     claims.Direction // a change rather than a level
	sentence   claims.Span      // the evidence's span in its document
}

func (s spec) claim(tb testing.TB) claims.Claim {
	tb.Helper()
	c := claims.Claim{
		ID: s.id, Measure: s.measure, Subject: s.from, Recipient: s.to, Mutual: s.mutual, Kind: s.kind, Scope: s.scope,
		Speaker: claims.Speaker{Name: s.speaker, Affiliation: s.aff},
		Source:  claims.Source{Document: s.doc, Outlet: s.outlet},
	}
	if s.via != "" {
		c.Source.Via = []string{s.via}
	}
	if s.qty != "" {
		q, err := claims.ParseQuantity(s.qty)
		if err != nil {
			tb.Fatalf("claim %s: %v", s.id, err)
		}
		c.Quantity = q
		c.Quantity.Change = s.change
	}
	if s.asOf != "" {
		p, err := claims.ParsePeriod(s.asOf)
		if err != nil {
			tb.Fatalf("claim %s: %v", s.id, err)
		}
		c.AsOf = p
	}
	if s.published != "" {
		d, err := claims.ParseDate(s.published)
		if err != nil {
			tb.Fatalf("claim %s: %v", s.id, err)
		}
		c.Source.Published = d
	}
	if s.confidence != "" {
		fc, err := claims.ParseFieldConfidence(s.confidence)
		if err != nil {
			tb.Fatalf("claim %s: %v", s.id, err)
		}
		c.Confidence = fc
	}
	c.Evidence.Text = s.qty
	c.Evidence.Span = s.sentence
	return c
}

func build(tb testing.TB, specs []spec) []claims.Claim {
	tb.Helper()
	out := make([]claims.Claim, len(specs))
	for i, s := range specs {
		out[i] = s.claim(tb)
	}
	return out
}

// ids returns the sorted IDs of a finding's claims, joined by commas.
func ids(f compare.Finding) string {
	var xs []string
	for _, c := range f.Claims {
		xs = append(xs, c.ID)
	}
	return strings.Join(xs, ",")
}

// summary is "type: ids" for each finding.
func summary(fs []compare.Finding) []string {
	var out []string
	for _, f := range fs {
		out = append(out, string(f.Type)+": "+ids(f))
	}
	return out
}

func has(f compare.Finding, id string) bool {
	for _, c := range f.Claims {
		if c.ID == id {
			return true
		}
	}
	return false
}

func hasAny(f compare.Finding, ids ...string) bool {
	for _, id := range ids {
		if has(f, id) {
			return true
		}
	}
	return false
}

// onlyAmong reports whether every claim of f is one of ids.
func onlyAmong(f compare.Finding, ids ...string) bool {
	for _, c := range f.Claims {
		found := false
		for _, id := range ids {
			found = found || c.ID == id
		}
		if !found {
			return false
		}
	}
	return true
}

// checked returns the findings Check makes of the claims of specs that keep
// accepts, in Check's order.
func checked(tb testing.TB, specs []spec, keep func(*compare.Finding) bool) []compare.Finding {
	tb.Helper()
	var got []compare.Finding
	for _, f := range compare.Check(build(tb, specs), compare.Options{}) {
		if keep(&f) {
			got = append(got, f)
		}
	}
	return got
}

// ofRule keeps the findings of one rule, ofType those of one type.
func ofRule(name string) func(*compare.Finding) bool {
	return func(f *compare.Finding) bool { return f.Rule == name }
}

func ofType(typ compare.Type) func(*compare.Finding) bool {
	return func(f *compare.Finding) bool { return f.Type == typ }
}
