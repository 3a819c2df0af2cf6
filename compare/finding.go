package compare

import (
	"encoding/json"
	"fmt"

	"github.com/crosscheck/crosscheck/claims"
)

// A Type names what kind of discrepancy (or agreement) a Finding reports.
// Users' rules may use types of their own.
type Type string

// The types of the built-in rules.
const (
	// Conflict: two figures for the same count as of the same day whose
	// intervals cannot both hold.
	Conflict Type = "conflict"
	// Regression: a running total that shrinks from one as-of date to a
	// later one.
	Regression Type = "regression"
	// Jump: one document gives two running totals for the same count whose
	// rise between their dates is steep and unexplained.
	Jump Type = "jump"
	// Shortfall: less completed than was agreed, with the share fulfilled.
	Shortfall Type = "shortfall"
	// Imbalance: the two directions of an exchange differ.
	Imbalance Type = "imbalance"
	// Exceeds: what was completed and offered goes beyond what was agreed.
	Exceeds Type = "exceeds"
	// Arithmetic: events that do not sum to a stated total.
	Arithmetic Type = "arithmetic"
	// Echo: one origin (a speaker's statement, a wire story) carried by
	// several outlets; it counts once.
	Echo Type = "echo"
	// Corroboration: independent origins that agree on a figure.
	Corroboration Type = "corroboration"
	// Withheld: a source declined to give a figure.
	Withheld Type = "withheld"
)

// A Severity ranks findings for a reader: High before Info. The zero value
// is Info.
type Severity uint8

// Severities, lowest first.
const (
	Info   Severity = iota // worth knowing: an echo, a corroboration, a withheld figure
	Low                    // likely explained by time or process: a shortfall, a jump
	Medium                 // a difference a reader should ask about
	High                   // figures that cannot all be true
)

var severityNames = [...]string{"info", "low", "medium", "high"}

// String returns the severity's name: "info", "low", "medium" or "high".
func (s Severity) String() string {
	if int(s) < len(severityNames) {
		return severityNames[s]
	}
	return fmt.Sprintf("Severity(%d)", s)
}

// MarshalText implements encoding.TextMarshaler.
func (s Severity) MarshalText() ([]byte, error) {
	if int(s) >= len(severityNames) {
		return nil, fmt.Errorf("compare: invalid severity %d", s)
	}
	return []byte(s.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (s *Severity) UnmarshalText(b []byte) error {
	for i, n := range severityNames {
		if n == string(b) {
			*s = Severity(i)
			return nil
		}
	}
	return fmt.Errorf("compare: unknown severity %q", b)
}

// A Key names a group of claims that can be checked on its own: the measure
// and the parties. For a transfer the parties are the two sides in
// alphabetical order (A < B), whichever way the figure goes; for a count of
// one party, B is ""; for a figure that names only its recipient, A is "".
// The zero Key groups claims that name no measure and no party.
type Key struct {
	Measure string
	A, B    string
}

// KeyOf returns the group key of c. A claim that names only who receives
// ("Ukraine received 6,057") keys as Key{Measure, "", recipient}, apart
// from counts of that party, whose keys are Key{Measure, party, ""}.
func KeyOf(c *claims.Claim) Key {
	a, b := c.Subject, c.Recipient
	if a != "" && b != "" && b < a {
		a, b = b, a
	}
	return Key{Measure: c.Measure, A: a, B: b}
}

// String returns "bodies: Russia–Ukraine", "deaths: Gaza", "bodies: to
// Ukraine" (only the recipient known) or "deaths".
func (k Key) String() string {
	switch {
	case k.A == "" && k.B == "":
		return k.Measure
	case k.A == "":
		return k.Measure + ": to " + k.B
	case k.B == "":
		return k.Measure + ": " + k.A
	}
	return k.Measure + ": " + k.A + "–" + k.B
}

// Compare orders keys by measure, then parties.
func (k Key) Compare(l Key) int {
	switch {
	case k.Measure != l.Measure:
		return cmpString(k.Measure, l.Measure)
	case k.A != l.A:
		return cmpString(k.A, l.A)
	}
	return cmpString(k.B, l.B)
}

func cmpString(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// Numbers is the arithmetic behind a finding: the figures compared and what
// separates them. Figures are exact Decimals; only the derived Ratio and
// Share are float64. A field that does not apply is zero and is left out of
// JSON. The zero value is no arithmetic.
type Numbers struct {
	// Left and Right are the two figures compared (for a regression the
	// earlier and the later; for a shortfall or an excess what was agreed and
	// what was done; for an imbalance the two directions; for arithmetic the
	// stated total and the sum of events).
	Left, Right claims.Decimal
	// Difference is Right − Left.
	Difference claims.Decimal
	// Gap is the distance between the two figures' intervals under the
	// tolerance: the least difference the figures allow. Zero when they meet.
	Gap claims.Decimal
	// Ratio is Right / Left.
	Ratio float64
	// Share is the part of an agreement fulfilled, 0 to 1 (a shortfall).
	Share float64
	// Sum is the total of the event figures (arithmetic, exceeds).
	Sum claims.Decimal
	// Terms are the figures summed, in date order.
	Terms []claims.Decimal
	// Origins is the number of independent origins (corroboration, echo),
	// as in UCDP GED's number_of_sources.
	Origins int
	// Outlets is the number of outlets that carried the figure (echo).
	Outlets int
	// Days is the number of days between the two figures' dates.
	Days int
}

// IsZero reports whether n holds no arithmetic.
func (n Numbers) IsZero() bool {
	return n.Left.IsZero() && n.Right.IsZero() && n.Difference.IsZero() && n.Gap.IsZero() && n.Ratio == 0 &&
		n.Share == 0 && n.Sum.IsZero() && len(n.Terms) == 0 && n.Origins == 0 && n.Outlets == 0 && n.Days == 0
}

type jsonNumbers struct {
	Left       *claims.Decimal  `json:"left,omitempty"`
	Right      *claims.Decimal  `json:"right,omitempty"`
	Difference *claims.Decimal  `json:"difference,omitempty"`
	Gap        *claims.Decimal  `json:"gap,omitempty"`
	Ratio      *float64         `json:"ratio,omitempty"`
	Share      *float64         `json:"share,omitempty"`
	Sum        *claims.Decimal  `json:"sum,omitempty"`
	Terms      []claims.Decimal `json:"terms,omitempty"`
	Origins    int              `json:"origins,omitempty"`
	Outlets    int              `json:"outlets,omitempty"`
	Days       int              `json:"days,omitempty"`
}

func decOrNil(d claims.Decimal) *claims.Decimal {
	if d.IsZero() {
		return nil
	}
	return &d
}

func floatOrNil(f float64) *float64 {
	if f == 0 {
		return nil
	}
	return &f
}

// MarshalJSON writes the fields that apply, figures as exact JSON numbers.
func (n Numbers) MarshalJSON() ([]byte, error) {
	return json.Marshal(jsonNumbers{
		Left: decOrNil(n.Left), Right: decOrNil(n.Right), Difference: decOrNil(n.Difference), Gap: decOrNil(n.Gap),
		Ratio: floatOrNil(n.Ratio), Share: floatOrNil(n.Share), Sum: decOrNil(n.Sum), Terms: n.Terms,
		Origins: n.Origins, Outlets: n.Outlets, Days: n.Days,
	})
}

// UnmarshalJSON reads what MarshalJSON writes.
func (n *Numbers) UnmarshalJSON(b []byte) error {
	var j jsonNumbers
	if err := json.Unmarshal(b, &j); err != nil {
		return fmt.Errorf("compare: arithmetic: %w", err)
	}
	*n = Numbers{Terms: j.Terms, Origins: j.Origins, Outlets: j.Outlets, Days: j.Days}
	for _, p := range []struct {
		dst *claims.Decimal
		src *claims.Decimal
	}{{&n.Left, j.Left}, {&n.Right, j.Right}, {&n.Difference, j.Difference}, {&n.Gap, j.Gap}, {&n.Sum, j.Sum}} {
		if p.src != nil {
			*p.dst = *p.src
		}
	}
	if j.Ratio != nil {
		n.Ratio = *j.Ratio
	}
	if j.Share != nil {
		n.Share = *j.Share
	}
	return nil
}

// A Finding is one discrepancy (or one agreement worth knowing) among the
// claims of one group: its type, how much it matters, the claims involved
// with their evidence, the arithmetic, and a sentence that explains it.
//
// The zero Finding is empty. A Finding holds copies of its claims; it is a
// plain value, safe to share once built.
type Finding struct {
	Type     Type
	Severity Severity
	// Rule is the name of the rule that found it.
	Rule string
	// Key is the group the claims belong to.
	Key Key
	// Claims are the claims involved, the ones the explanation names first.
	Claims []claims.Claim
	// Arithmetic is the arithmetic behind the finding.
	Arithmetic Numbers
	// Explanation is one plain sentence a reader can check against the
	// claims' evidence, in the language of Options.Language.
	Explanation string
}

type jsonFinding struct {
	Type        Type           `json:"type"`
	Severity    Severity       `json:"severity"`
	Rule        string         `json:"rule,omitempty"`
	Key         jsonKey        `json:"key"`
	Explanation string         `json:"explanation"`
	Claims      []claims.Claim `json:"claims"`
	Arithmetic  *Numbers       `json:"arithmetic,omitempty"`
}

type jsonKey struct {
	Measure string   `json:"measure"`
	Parties []string `json:"parties"`
}

// MarshalJSON writes f as one finding of the JSON contract: type, severity,
// explanation, the claims as claim objects, and the arithmetic.
func (f Finding) MarshalJSON() ([]byte, error) {
	j := jsonFinding{Type: f.Type, Severity: f.Severity, Rule: f.Rule, Explanation: f.Explanation, Claims: f.Claims,
		Key: jsonKey{Measure: f.Key.Measure, Parties: []string{}}}
	for _, p := range []string{f.Key.A, f.Key.B} {
		if p != "" {
			j.Key.Parties = append(j.Key.Parties, p)
		}
	}
	if j.Claims == nil {
		j.Claims = []claims.Claim{}
	}
	if !f.Arithmetic.IsZero() {
		j.Arithmetic = &f.Arithmetic
	}
	return json.Marshal(j)
}

// UnmarshalJSON reads what MarshalJSON writes.
func (f *Finding) UnmarshalJSON(b []byte) error {
	var j jsonFinding
	if err := json.Unmarshal(b, &j); err != nil {
		return fmt.Errorf("compare: finding: %w", err)
	}
	*f = Finding{Type: j.Type, Severity: j.Severity, Rule: j.Rule, Explanation: j.Explanation, Claims: j.Claims,
		Key: Key{Measure: j.Key.Measure}}
	if len(j.Key.Parties) > 0 {
		f.Key.A = j.Key.Parties[0]
	}
	if len(j.Key.Parties) > 1 {
		f.Key.B = j.Key.Parties[1]
	}
	if j.Arithmetic != nil {
		f.Arithmetic = *j.Arithmetic
	}
	return nil
}
