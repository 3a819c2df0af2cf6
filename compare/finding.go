package compare

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"

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
	// later one (but for a fall one sentence tells: "fell from 120 to 80").
	Regression Type = "regression"
	// Jump: one document gives two running totals for the same count whose
	// rise between their dates is steep and unexplained (one sentence that
	// tells the rise, "rose from 300 to 450", explains it).
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
	// Drift: one report gives one figure under different hedges ("at least
	// 4,000" and a flat "4,000"), which meet but do not say the same.
	Drift Type = "drift"
	// Revision: a result fixed once counted (a share of the vote, the
	// turnout) given days later as a figure it cannot be: a preliminary
	// result and the final one.
	Revision Type = "revision"
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
// from counts of that party, whose keys are Key{Measure, party, ""}. A
// measure that counts the same people as another in other words keys as
// that other ("detainees" as "prisoners"; kin.go).
func KeyOf(c *claims.Claim) Key {
	k, _ := keyOf(c)
	return k
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
// A discrepancy is reported once, however many times it occurs: a running
// total that falls below its peak in three later reports is one regression
// with three Instances.
//
// A finding that stands on a reading the text does not state (a field of
// one of its claims that the source inferred or filled in by a default,
// such as the publication date taken for the as-of date) is for review:
// its Confidence is below Explicit, Review says why, it ranks below every
// finding that stands on explicit readings, and its Severity is at most
// Low. It is a lead for a person to check, not a discrepancy asserted.
//
// The zero Finding is empty. A Finding points at its claims (see Claims); it is
// safe to share and to read concurrently once built.
type Finding struct {
	Type     Type
	Severity Severity
	// Confidence is the least confident reading the finding stands on:
	// Explicit when every field it relies on was read from words that
	// state it.
	Confidence claims.Confidence
	// Rule is the name of the rule that found it.
	Rule string
	// Key is the group the claims belong to.
	Key Key
	// Claims are the claims involved, the ones the explanation names first.
	// They point at the claims Check (or Groups) was given, not copies: a
	// report of many findings holds each claim once, and the caller must
	// not change those claims while it uses the findings.
	Claims []*claims.Claim
	// Arithmetic is the arithmetic behind the finding; for a finding of
	// several instances, that of the largest.
	Arithmetic Numbers
	// Explanation is one plain sentence a reader can check against the
	// claims' evidence, in the language of Options.Language.
	Explanation string
	// Instances are the occurrences of the discrepancy when there are more
	// than one (each later figure below a running total's peak, each pair
	// of figures that cannot both hold); nil for a finding of one.
	Instances []Instance
	// Review says, when Confidence is below Explicit, which readings the
	// finding stands on that the texts do not state, and of which claims.
	Review string
	// Also are the findings of other types folded into this one because
	// they report the same discrepancy over the same claims (a stale total
	// that is also a conflict and an arithmetic finding; see the package
	// documentation), each with its type, sentence and claims; nil when
	// none was folded.
	Also []Related
}

// ForReview reports whether the finding stands on a reading the texts do
// not state (its Confidence is below Explicit).
func (f *Finding) ForReview() bool { return f.Confidence != claims.Explicit }

// An Instance is one occurrence of the discrepancy a Finding reports: the
// claims it involves and its arithmetic.
type Instance struct {
	// Claims are indices into the Finding's Claims.
	Claims []int
	// Arithmetic is the arithmetic of this occurrence.
	Arithmetic Numbers
}

// AtLeast returns the findings of fs whose Confidence is at least min, in
// order: AtLeast(fs, claims.Explicit) leaves out every finding for review,
// AtLeast(fs, claims.Defaulted) keeps them all. It reuses fs's storage.
func AtLeast(fs []Finding, min claims.Confidence) []Finding {
	out := fs[:0]
	for _, f := range fs {
		if f.Confidence.AtLeast(min) {
			out = append(out, f)
		}
	}
	return out
}

type jsonFinding struct {
	Type        Type              `json:"type"`
	Severity    Severity          `json:"severity"`
	Rule        string            `json:"rule,omitempty"`
	Key         jsonKey           `json:"key"`
	Explanation string            `json:"explanation"`
	Confidence  claims.Confidence `json:"confidence,omitzero"`
	Review      string            `json:"review,omitempty"`
	Claims      json.RawMessage   `json:"claims"`
	Arithmetic  *Numbers          `json:"arithmetic,omitempty"`
	Instances   []jsonInstance    `json:"instances,omitempty"`
	Also        []jsonRelated     `json:"also,omitempty"`
}

type jsonRelated struct {
	Type        Type            `json:"type"`
	Explanation string          `json:"explanation"`
	Claims      json.RawMessage `json:"claims"`
}

type jsonInstance struct {
	Claims     []string `json:"claims"`
	Arithmetic *Numbers `json:"arithmetic,omitempty"`
}

type jsonKey struct {
	Measure string   `json:"measure"`
	Parties []string `json:"parties"`
}

// claimID is the ID a report gives a claim: its own, or its content ID
// when it has none.
func claimID(c *claims.Claim) string {
	if c.ID != "" {
		return c.ID
	}
	return c.ContentID()
}

// toJSON returns f in the JSON contract's form with claims, the JSON of its
// claims, and also, that of the claims of each finding folded into it: an
// array of claim objects (MarshalJSON) or of IDs (WriteJSON).
func (f *Finding) toJSON(claimsJSON json.RawMessage, also []json.RawMessage) jsonFinding {
	j := jsonFinding{Type: f.Type, Severity: f.Severity, Rule: f.Rule, Explanation: f.Explanation, Claims: claimsJSON,
		Confidence: f.Confidence, Review: f.Review, Key: jsonKey{Measure: f.Key.Measure, Parties: []string{}}}
	for _, p := range []string{f.Key.A, f.Key.B} {
		if p != "" {
			j.Key.Parties = append(j.Key.Parties, p)
		}
	}
	if !f.Arithmetic.IsZero() {
		a := f.Arithmetic
		j.Arithmetic = &a
	}
	for _, in := range f.Instances {
		ji := jsonInstance{Claims: f.claimIDs(in.Claims)}
		if !in.Arithmetic.IsZero() {
			a := in.Arithmetic
			ji.Arithmetic = &a
		}
		j.Instances = append(j.Instances, ji)
	}
	for i, r := range f.Also {
		j.Also = append(j.Also, jsonRelated{Type: r.Type, Explanation: r.Explanation, Claims: also[i]})
	}
	return j
}

// claimIDs returns the IDs of the claims of f at the indices ks.
func (f *Finding) claimIDs(ks []int) []string {
	out := make([]string, 0, len(ks))
	for _, k := range ks {
		if k >= 0 && k < len(f.Claims) {
			out = append(out, claimID(f.Claims[k]))
		}
	}
	return out
}

// claimIndices returns the indices in f.Claims of the claims with the IDs
// ids.
func (f *Finding) claimIndices(ids []string) []int {
	var out []int
	for _, id := range ids {
		for k := range f.Claims {
			if claimID(f.Claims[k]) == id {
				out = append(out, k)
				break
			}
		}
	}
	return out
}

// MarshalJSON writes f as one self-contained finding of the JSON contract:
// type, severity, explanation, confidence and review reason (when it is for
// review), the claims as claim objects, the arithmetic, the instances
// (their claims by ID) and the findings folded into it (their claims as
// claim objects too). WriteJSON writes a report's findings with their
// claims by ID instead, each claim once.
func (f Finding) MarshalJSON() ([]byte, error) {
	objects := func(cs []*claims.Claim) (json.RawMessage, error) {
		if cs == nil {
			cs = []*claims.Claim{}
		}
		return json.Marshal(cs)
	}
	b, err := objects(f.Claims)
	if err != nil {
		return nil, err
	}
	var also []json.RawMessage
	for _, r := range f.Also {
		rb, err := objects(r.Claims)
		if err != nil {
			return nil, err
		}
		also = append(also, rb)
	}
	return marshalNoEscape(f.toJSON(b, also))
}

// idsJSON appends to b the JSON array of the IDs of cs.
func idsJSON(b []byte, cs []*claims.Claim) []byte {
	b = append(b, '[')
	for k, c := range cs {
		if k > 0 {
			b = append(b, ',')
		}
		b = strconv.AppendQuote(b, claimID(c))
	}
	return append(b, ']')
}

// marshalNoEscape is json.Marshal without escaping <, > and &.
func marshalNoEscape(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}

// UnmarshalJSON reads what MarshalJSON writes. Claims given by ID (as in
// WriteJSON's report) are read as claims with only their ID; ReadJSON
// resolves them.
func (f *Finding) UnmarshalJSON(b []byte) error {
	var j jsonFinding
	if err := json.Unmarshal(b, &j); err != nil {
		return fmt.Errorf("compare: finding: %w", err)
	}
	*f = Finding{Type: j.Type, Severity: j.Severity, Rule: j.Rule, Explanation: j.Explanation,
		Confidence: j.Confidence, Review: j.Review, Key: Key{Measure: j.Key.Measure}}
	if len(j.Key.Parties) > 0 {
		f.Key.A = j.Key.Parties[0]
	}
	if len(j.Key.Parties) > 1 {
		f.Key.B = j.Key.Parties[1]
	}
	if j.Arithmetic != nil {
		f.Arithmetic = *j.Arithmetic
	}
	var err error
	if f.Claims, err = readClaimsJSON(j.Claims); err != nil {
		return fmt.Errorf("compare: finding: %w", err)
	}
	for _, ji := range j.Instances {
		in := Instance{Claims: f.claimIndices(ji.Claims)}
		if ji.Arithmetic != nil {
			in.Arithmetic = *ji.Arithmetic
		}
		f.Instances = append(f.Instances, in)
	}
	for _, jr := range j.Also {
		cs, err := readClaimsJSON(jr.Claims)
		if err != nil {
			return fmt.Errorf("compare: finding: also: %w", err)
		}
		f.Also = append(f.Also, Related{Type: jr.Type, Explanation: jr.Explanation, Claims: cs})
	}
	return nil
}

// readClaimsJSON reads a finding's claims: claim objects, or IDs read as
// claims with only their ID.
func readClaimsJSON(b json.RawMessage) ([]*claims.Claim, error) {
	var raw []json.RawMessage
	if len(b) > 0 {
		if err := json.Unmarshal(b, &raw); err != nil {
			return nil, fmt.Errorf("claims: %w", err)
		}
	}
	if raw == nil {
		return nil, nil
	}
	out := make([]*claims.Claim, len(raw))
	cs := make([]claims.Claim, len(raw))
	for i, r := range raw {
		out[i] = &cs[i]
		var id string
		if err := json.Unmarshal(r, &id); err == nil {
			cs[i].ID = id
			continue
		}
		if err := json.Unmarshal(r, &cs[i]); err != nil {
			return nil, fmt.Errorf("claim %d: %w", i+1, err)
		}
	}
	return out, nil
}
