package claims

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"strconv"
)

// optDecimal is a Decimal field of the JSON contract that may be absent,
// null or a number; the three mean different things for a bound.
type optDecimal struct {
	d       Decimal
	present bool // the key was in the object
	null    bool // its value was null
}

func (o *optDecimal) UnmarshalJSON(b []byte) error {
	o.present = true
	if string(b) == "null" {
		o.null = true
		return nil
	}
	return o.d.UnmarshalJSON(b)
}

func (o optDecimal) MarshalJSON() ([]byte, error) {
	if !o.present || o.null {
		return []byte("null"), nil
	}
	return o.d.MarshalJSON()
}

func some(d Decimal) optDecimal { return optDecimal{d: d, present: true} }

// jsonQuantity is the quantity object of the JSON contract.
type jsonQuantity struct {
	Text       string     `json:"text"`
	Value      optDecimal `json:"value"`
	Lower      optDecimal `json:"lower"`
	Upper      optDecimal `json:"upper"`
	LowerExcl  bool       `json:"lower_exclusive,omitempty"`
	UpperExcl  bool       `json:"upper_exclusive,omitempty"`
	Qualifier  Qualifier  `json:"qualifier"`
	Precision  optDecimal `json:"precision,omitzero"`
	Unit       string     `json:"unit,omitempty"`
	Reciprocal bool       `json:"reciprocal,omitempty"`
	Vague      bool       `json:"vague,omitempty"`
	Approx     bool       `json:"approximate,omitempty"`
	Change     string     `json:"change,omitempty"`
	Start      int        `json:"start"`
	End        int        `json:"end"`
}

type jsonEvidence struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// jsonClaim is a Claim in the JSON contract of DESIGN.md.
type jsonClaim struct {
	ID        string        `json:"id"`
	Measure   string        `json:"measure"`
	Subject   string        `json:"subject"`
	Recipient string        `json:"recipient"`
	Mutual    bool          `json:"mutual"`
	Kind      Kind          `json:"kind"`
	Scope     Scope         `json:"scope"`
	Quantity  *jsonQuantity `json:"quantity"`
	AsOf      Period        `json:"as_of"`
	Speaker   Speaker       `json:"speaker"`
	Source    Source        `json:"source"`
	Evidence  jsonEvidence  `json:"evidence"`
	Reasons   []Reason      `json:"explain,omitempty"`
	// Confidence is omitted when every field is explicit.
	Confidence *FieldConfidence `json:"confidence,omitempty"`
}

// MarshalJSON writes c as one object of the JSON contract (see the package
// documentation). A withheld claim, whose Quantity is not valid, has
// "quantity": null. Text is written as is: "<", ">" and "&" are not escaped
// by the Encoder, though json.Marshal escapes them as it does for every
// value.
func (c Claim) MarshalJSON() ([]byte, error) {
	j := jsonClaim{
		ID: c.ID, Measure: c.Measure, Subject: c.Subject, Recipient: c.Recipient, Mutual: c.Mutual,
		Kind: c.Kind, Scope: c.Scope, AsOf: c.AsOf, Speaker: c.Speaker, Source: c.Source,
		Evidence: jsonEvidence{c.Evidence.Start, c.Evidence.End, c.Evidence.Text}, Reasons: c.Reasons,
	}
	if !c.Confidence.IsZero() {
		j.Confidence = &c.Confidence
	}
	if q := c.Quantity; q.IsValid() {
		if int(q.Qualifier) >= len(qualifierNames) {
			return nil, fmt.Errorf("claims: claim %q: quantity %q: invalid qualifier %d", c.ID, q.Text, q.Qualifier)
		}
		jq := &jsonQuantity{Text: q.Text, Value: some(q.Value), Qualifier: q.Qualifier, Precision: some(q.Precision),
			Reciprocal: q.Reciprocal, Vague: q.Vague, Approx: q.Approximate, Start: c.QuantitySpan.Start, End: c.QuantitySpan.End}
		if q.Lower.Set {
			jq.Lower, jq.LowerExcl = some(q.Lower.Value), !q.Lower.Inclusive
		}
		if q.Upper.Set {
			jq.Upper, jq.UpperExcl = some(q.Upper.Value), !q.Upper.Inclusive
		}
		switch q.Unit {
		case Count:
		case Percent:
			jq.Unit = "percent"
		default:
			return nil, fmt.Errorf("claims: claim %q: quantity %q: invalid unit %d", c.ID, q.Text, q.Unit)
		}
		switch q.Change {
		case Level:
		case Up, Down:
			jq.Change = q.Change.String()
		default:
			return nil, fmt.Errorf("claims: claim %q: quantity %q: invalid change direction %d", c.ID, q.Text, q.Change)
		}
		j.Quantity = jq
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(j); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}

// UnmarshalJSON reads one object of the JSON contract. Unknown fields are
// ignored and missing ones stay zero, with two exceptions that make
// hand-written input work: a quantity with no "lower" and no "upper" key
// gets the bounds its qualifier implies (as NewQuantity gives them), and a
// quantity with no "precision" gets the precision its numbers imply. A
// present "lower" or "upper" of null is unbounded. "quantity": null (or no
// quantity at all) leaves the Quantity invalid, as for a withheld figure.
// UnmarshalJSON checks the quantity's own fields; see Validate for the rest.
func (c *Claim) UnmarshalJSON(b []byte) error {
	var j jsonClaim
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	*c = Claim{
		ID: j.ID, Measure: j.Measure, Subject: j.Subject, Recipient: j.Recipient, Mutual: j.Mutual,
		Kind: j.Kind, Scope: j.Scope, AsOf: j.AsOf, Speaker: j.Speaker, Source: j.Source,
		Evidence: Evidence{Span{j.Evidence.Start, j.Evidence.End}, j.Evidence.Text}, Reasons: j.Reasons,
	}
	if j.Confidence != nil {
		c.Confidence = *j.Confidence
	}
	// An empty list reads as none, so that decoding is canonical.
	if len(c.Source.Via) == 0 {
		c.Source.Via = nil
	}
	if len(c.Reasons) == 0 {
		c.Reasons = nil
	}
	jq := j.Quantity
	if jq == nil {
		return nil
	}
	if !jq.Value.present || jq.Value.null {
		return &fieldError{"quantity.value", fmt.Errorf("claims: claim %q: quantity %q has no value", j.ID, jq.Text)}
	}
	var q Quantity
	switch {
	case !jq.Lower.present && !jq.Upper.present && jq.Qualifier == Range:
		return &fieldError{"quantity", fmt.Errorf("claims: claim %q: quantity %q: a range needs \"lower\" and \"upper\"", j.ID, jq.Text)}
	case !jq.Lower.present && !jq.Upper.present:
		q = NewQuantity(jq.Text, jq.Qualifier, jq.Value.d)
	default:
		q = Quantity{Text: jq.Text, Qualifier: jq.Qualifier, Value: jq.Value.d, valid: true}
		if jq.Lower.present && !jq.Lower.null {
			q.Lower = Bound{Value: jq.Lower.d, Inclusive: !jq.LowerExcl, Set: true}
		}
		if jq.Upper.present && !jq.Upper.null {
			q.Upper = Bound{Value: jq.Upper.d, Inclusive: !jq.UpperExcl, Set: true}
		}
		q.Precision = impliedPrecision(q.Value)
		for _, b := range []Bound{q.Lower, q.Upper} {
			if p := impliedPrecision(b.Value); b.Set && p.Cmp(q.Precision) < 0 {
				q.Precision = p
			}
		}
	}
	q.Reciprocal, q.Vague = jq.Reciprocal, jq.Vague
	q.Approximate = jq.Approx && q.Qualifier == Range
	if jq.Precision.present && !jq.Precision.null {
		if jq.Precision.d.Sign() <= 0 {
			return &fieldError{"quantity.precision", fmt.Errorf("claims: claim %q: quantity %q: precision %s is not positive", j.ID, jq.Text, jq.Precision.d)}
		}
		q.Precision = jq.Precision.d
	}
	switch jq.Unit {
	case "", "count":
	case "percent":
		q.Unit = Percent
	default:
		return &fieldError{"quantity.unit", fmt.Errorf("claims: claim %q: quantity %q: unknown unit %q", j.ID, jq.Text, jq.Unit)}
	}
	d, err := ParseDirection(jq.Change)
	if err != nil {
		return &fieldError{"quantity.change", fmt.Errorf("claims: claim %q: quantity %q: %w", j.ID, jq.Text, err)}
	}
	q.Change = d
	c.Quantity = q
	c.QuantitySpan = Span{jq.Start, jq.End}
	return nil
}

// ContentID returns an identifier derived from the claim's content, not
// from its ID: the source (document, outlet, URL), the spans, the figure
// (its words, value, qualifier, bounds and change) and the reading (measure,
// parties, kind, scope, as-of date, speaker, evidence text). It is 16
// lower-case hex digits (the first 64 bits of a SHA-256), the same on every
// run, machine and version of Go, and it changes when any of those fields
// changes. Provenance that does not change what was claimed (Via,
// Published, the speaker's role), the Reasons and the Confidence are left
// out: how sure a reader is of a claim does not make it another claim.
func (c Claim) ContentID() string {
	// The fields, each length-prefixed so that no two field lists hash
	// alike, go into one buffer hashed at once, on the stack for a claim
	// of ordinary size.
	var arr [512]byte
	b := arr[:0]
	q := c.Quantity
	b = idField(b, "crosscheck claim v1")
	b = idField(b, c.Source.Document)
	b = idField(b, c.Source.Outlet)
	b = idField(b, c.Source.URL)
	for _, n := range [...]int{c.QuantitySpan.Start, c.QuantitySpan.End, c.Evidence.Start, c.Evidence.End} {
		at := len(b)
		b = idShort(strconv.AppendInt(append(b, 0), int64(n), 10), at)
	}
	b = idField(b, strconv.FormatBool(q.valid))
	b = idField(b, q.Text)
	at := len(b)
	b = idShort(q.Value.appendTo(append(b, 0)), at)
	b = idField(b, q.Qualifier.String())
	for _, x := range [...]Bound{q.Lower, q.Upper} {
		if !x.Set {
			b = idField(b, "-")
			continue
		}
		at := len(b)
		b = idShort(strconv.AppendBool(append(x.Value.appendTo(append(b, 0)), '/'), x.Inclusive), at)
	}
	at = len(b)
	b = idShort(strconv.AppendInt(append(b, 0), int64(q.Unit), 10), at)
	b = idField(b, strconv.FormatBool(q.Reciprocal))
	b = idField(b, c.Measure)
	b = idField(b, c.Subject)
	b = idField(b, c.Recipient)
	b = idField(b, strconv.FormatBool(c.Mutual))
	b = idField(b, string(c.Kind))
	b = idField(b, string(c.Scope))
	b = idField(b, c.AsOf.String())
	b = idField(b, c.Speaker.Name)
	b = idField(b, c.Evidence.Text)
	if q.Change != Level {
		// Only for a change, so that the IDs of levels stay what they were.
		b = idField(b, "change "+q.Change.String())
	}
	if q.Approximate {
		b = idField(b, "approximate") // as for a change: other IDs stay
	}
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:8])
}

// idField appends s to b with its length before it (a uvarint).
func idField(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

// idShort makes what was appended to b after the byte at at a field: the
// byte holds its length, which a short text (a number) keeps under 128,
// the one-byte uvarint.
func idShort(b []byte, at int) []byte {
	n := len(b) - at - 1
	if n < 0x80 {
		b[at] = byte(n)
		return b
	}
	val := string(b[at+1:])
	return idField(b[:at], val)
}
