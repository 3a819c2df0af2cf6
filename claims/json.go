package claims

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"strconv"
)

// jsonQuantity is the quantity object of the JSON contract.
type jsonQuantity struct {
	Text       string    `json:"text"`
	Value      *Decimal  `json:"value"`
	Lower      *Decimal  `json:"lower"`
	Upper      *Decimal  `json:"upper"`
	LowerExcl  bool      `json:"lower_exclusive,omitempty"`
	UpperExcl  bool      `json:"upper_exclusive,omitempty"`
	Qualifier  Qualifier `json:"qualifier"`
	Precision  *Decimal  `json:"precision,omitempty"`
	Unit       string    `json:"unit,omitempty"`
	Reciprocal bool      `json:"reciprocal,omitempty"`
	Vague      bool      `json:"vague,omitempty"`
	Start      int       `json:"start"`
	End        int       `json:"end"`
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
}

func ptr(d Decimal) *Decimal { return &d }

// MarshalJSON writes c as one object of the JSON contract. A withheld claim
// (no valid Quantity) has "quantity": null.
func (c Claim) MarshalJSON() ([]byte, error) {
	j := jsonClaim{
		ID: c.ID, Measure: c.Measure, Subject: c.Subject, Recipient: c.Recipient, Mutual: c.Mutual,
		Kind: c.Kind, Scope: c.Scope, AsOf: c.AsOf, Speaker: c.Speaker, Source: c.Source,
		Evidence: jsonEvidence{c.Evidence.Start, c.Evidence.End, c.Evidence.Text}, Reasons: c.Reasons,
	}
	if q := c.Quantity; q.IsValid() {
		jq := &jsonQuantity{Text: q.Text, Value: ptr(q.Value), Qualifier: q.Qualifier, Precision: ptr(q.Precision),
			Reciprocal: q.Reciprocal, Vague: q.Vague, Start: c.QuantitySpan.Start, End: c.QuantitySpan.End}
		if q.Lower.Set {
			jq.Lower, jq.LowerExcl = ptr(q.Lower.Value), !q.Lower.Inclusive
		}
		if q.Upper.Set {
			jq.Upper, jq.UpperExcl = ptr(q.Upper.Value), !q.Upper.Inclusive
		}
		if q.Unit == Percent {
			jq.Unit = "percent"
		}
		j.Quantity = jq
	}
	return json.Marshal(j)
}

// UnmarshalJSON reads one object of the JSON contract. Unknown fields are
// ignored; missing ones stay zero.
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
	if jq := j.Quantity; jq != nil {
		if jq.Value == nil {
			return fmt.Errorf("claims: quantity %q has no value", jq.Text)
		}
		q := Quantity{Text: jq.Text, Qualifier: jq.Qualifier, Value: *jq.Value, Reciprocal: jq.Reciprocal, Vague: jq.Vague, valid: true}
		if jq.Lower != nil {
			q.Lower = Bound{Value: *jq.Lower, Inclusive: !jq.LowerExcl, Set: true}
		}
		if jq.Upper != nil {
			q.Upper = Bound{Value: *jq.Upper, Inclusive: !jq.UpperExcl, Set: true}
		}
		if jq.Precision != nil {
			q.Precision = *jq.Precision
		} else {
			q.Precision = impliedPrecision(q.Value)
		}
		switch jq.Unit {
		case "", "count":
		case "percent":
			q.Unit = Percent
		default:
			return fmt.Errorf("claims: quantity %q: unknown unit %q", jq.Text, jq.Unit)
		}
		c.Quantity = q
		c.QuantitySpan = Span{jq.Start, jq.End}
	}
	return nil
}

// ContentID returns an identifier derived from the claim's content (its
// document, spans, figure and reading, not its ID), stable across runs and
// machines: 16 hex digits.
func (c Claim) ContentID() string {
	h := sha256.New()
	for _, s := range []string{
		c.Source.Document, c.Source.Outlet, c.Source.URL,
		strconv.Itoa(c.QuantitySpan.Start), strconv.Itoa(c.QuantitySpan.End),
		strconv.Itoa(c.Evidence.Start), strconv.Itoa(c.Evidence.End),
		c.Quantity.Text, c.Quantity.Value.String(), c.Quantity.Qualifier.String(),
		c.Measure, c.Subject, c.Recipient, strconv.FormatBool(c.Mutual), string(c.Kind), string(c.Scope),
		c.AsOf.String(), c.Speaker.Name, c.Evidence.Text,
	} {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil)[:8])
}
