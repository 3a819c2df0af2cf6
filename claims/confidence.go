package claims

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
)

// A Confidence says how a field of a claim was read: from words that state
// it, worked out from its context, or filled in by a default because the
// text does not say. The zero value is Explicit, so that a claim whose
// producer says nothing about confidence (a JSON Lines file, a spreadsheet,
// a ClaimReview) is taken at its word.
//
// Confidences are ordered: Explicit is the most confident, Defaulted the
// least.
type Confidence uint8

// Confidences, most confident first.
const (
	// Explicit: words in the text say it ("Russia handed over", "so far",
	// "on June 16", "Putin said"), or the claim's producer gives it.
	Explicit Confidence = iota
	// Inferred: worked out from the context, not said in so many words
	// (a tense read as a running total, a party carried over from the
	// sentence before).
	Inferred
	// Defaulted: the text does not say, and a default stands in: the
	// story's other party, the publication date for the as-of date, the
	// outlet's own voice for the speaker.
	Defaulted
)

var confidenceNames = [...]string{"explicit", "inferred", "defaulted"}

// String returns "explicit", "inferred" or "defaulted".
func (c Confidence) String() string {
	if int(c) < len(confidenceNames) {
		return confidenceNames[c]
	}
	return fmt.Sprintf("Confidence(%d)", c)
}

// AtLeast reports whether c is as confident as floor or more: Explicit is
// at least Inferred, Inferred is not at least Explicit.
func (c Confidence) AtLeast(floor Confidence) bool { return c <= floor }

// IsValid reports whether c is one of the three confidences.
func (c Confidence) IsValid() bool { return int(c) < len(confidenceNames) }

// MarshalText implements encoding.TextMarshaler.
func (c Confidence) MarshalText() ([]byte, error) {
	if !c.IsValid() {
		return nil, fmt.Errorf("claims: invalid confidence %d", c)
	}
	return []byte(c.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler; it reads the names
// String returns, in any case.
func (c *Confidence) UnmarshalText(b []byte) error {
	x, err := ParseConfidence(string(b))
	if err != nil {
		return err
	}
	*c = x
	return nil
}

// ParseConfidence reads "explicit", "inferred" or "defaulted" (in any case,
// spaces around ignored).
func ParseConfidence(s string) (Confidence, error) {
	t := strings.ToLower(strings.TrimSpace(s))
	for i, n := range confidenceNames {
		if n == t {
			return Confidence(i), nil
		}
	}
	return 0, fmt.Errorf("claims: unknown confidence %q: want explicit, inferred or defaulted", s)
}

// FieldConfidence says, field by field, how confidently a claim was read:
// its measure, its parties (subject, recipient, and whether it is mutual),
// its kind, its scope, its as-of date and its speaker. The figure itself is
// always read from the text and has no confidence of its own.
//
// The zero value is every field Explicit. In JSON it is the claim's
// "confidence" object, which names only the fields that are not explicit:
// {"subject": "defaulted", "as_of": "defaulted"}.
type FieldConfidence struct {
	Measure, Subject, Recipient, Kind, Scope, AsOf, Speaker Confidence
}

// ConfidenceFields returns the names of the fields a FieldConfidence
// covers, as the JSON contract names them, in its order.
func ConfidenceFields() []string {
	return []string{"measure", "subject", "recipient", "kind", "scope", "as_of", "speaker"}
}

// ptr returns the confidence of the field called name, or nil.
func (f *FieldConfidence) ptr(name string) *Confidence {
	switch name {
	case "measure":
		return &f.Measure
	case "subject":
		return &f.Subject
	case "recipient":
		return &f.Recipient
	case "kind":
		return &f.Kind
	case "scope":
		return &f.Scope
	case "as_of":
		return &f.AsOf
	case "speaker":
		return &f.Speaker
	}
	return nil
}

// Get returns the confidence of the field called name ("as_of",
// "subject"), and whether there is such a field.
func (f FieldConfidence) Get(name string) (Confidence, bool) {
	if p := f.ptr(name); p != nil {
		return *p, true
	}
	return Explicit, false
}

// Set sets the confidence of the field called name; it returns an error
// for a name that is none of ConfidenceFields or an invalid confidence.
func (f *FieldConfidence) Set(name string, c Confidence) error {
	p := f.ptr(name)
	if p == nil {
		return fmt.Errorf("claims: confidence: unknown field %q: want one of %s", name, strings.Join(ConfidenceFields(), ", "))
	}
	if !c.IsValid() {
		return fmt.Errorf("claims: confidence of %s: invalid confidence %d", name, c)
	}
	*p = c
	return nil
}

// values returns the confidences in the order of ConfidenceFields.
func (f FieldConfidence) values() [7]Confidence {
	return [7]Confidence{f.Measure, f.Subject, f.Recipient, f.Kind, f.Scope, f.AsOf, f.Speaker}
}

// Least returns the least confident of the fields: Explicit when every field
// is.
func (f FieldConfidence) Least() Confidence {
	return max(f.Measure, f.Subject, f.Recipient, f.Kind, f.Scope, f.AsOf, f.Speaker)
}

// IsZero reports whether every field is Explicit.
func (f FieldConfidence) IsZero() bool { return f == FieldConfidence{} }

// String returns the fields that are not explicit, as
// "subject=defaulted; as_of=defaulted" in the order of ConfidenceFields,
// or "" when every field is explicit. ParseFieldConfidence reads it back.
func (f FieldConfidence) String() string {
	var b strings.Builder
	names := ConfidenceFields()
	for i, c := range f.values() {
		if c == Explicit {
			continue
		}
		if b.Len() > 0 {
			b.WriteString("; ")
		}
		b.WriteString(names[i])
		b.WriteByte('=')
		b.WriteString(c.String())
	}
	return b.String()
}

// ParseFieldConfidence reads what String writes: "field=confidence" pairs
// separated by ";" or ",", in any order, spaces ignored ("as_of=defaulted;
// subject=inferred"). Fields it does not name are explicit; "" is every
// field explicit.
func ParseFieldConfidence(s string) (FieldConfidence, error) {
	var f FieldConfidence
	for part := range strings.FieldsFuncSeq(s, func(r rune) bool { return r == ';' || r == ',' }) {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		name, level, ok := strings.Cut(part, "=")
		if !ok {
			return FieldConfidence{}, fmt.Errorf("claims: confidence %q: want field=confidence, as in as_of=defaulted", part)
		}
		c, err := ParseConfidence(level)
		if err != nil {
			return FieldConfidence{}, err
		}
		if err := f.Set(strings.ToLower(strings.TrimSpace(name)), c); err != nil {
			return FieldConfidence{}, err
		}
	}
	return f, nil
}

// MarshalJSON writes the fields that are not explicit as a JSON object,
// in the order of ConfidenceFields: {"subject": "defaulted"}; {} when every
// field is explicit.
func (f FieldConfidence) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	names := ConfidenceFields()
	for i, c := range f.values() {
		if c == Explicit {
			continue
		}
		if !c.IsValid() {
			return nil, fmt.Errorf("claims: confidence of %s: invalid confidence %d", names[i], c)
		}
		if b.Len() > 1 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, "%q:%q", names[i], c.String())
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

// UnmarshalJSON reads an object of field names and confidences; fields it
// does not name are explicit, and null is every field explicit. An unknown
// field or confidence is an error.
func (f *FieldConfidence) UnmarshalJSON(b []byte) error {
	*f = FieldConfidence{}
	if string(bytes.TrimSpace(b)) == "null" {
		return nil
	}
	var m map[string]string
	if err := json.Unmarshal(b, &m); err != nil {
		return fmt.Errorf("claims: confidence: want an object of field names and confidences: %w", err)
	}
	for name, level := range m {
		c, err := ParseConfidence(level)
		if err != nil {
			return &fieldError{"confidence." + name, fmt.Errorf("claims: confidence of %s: %w", name, err)}
		}
		if err := f.Set(name, c); err != nil {
			return &fieldError{"confidence", err}
		}
	}
	return nil
}
