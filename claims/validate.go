package claims

import (
	"errors"
	"fmt"
	"strconv"
)

// A ValidationError says which field of a claim is wrong and why. Validate
// returns one for each fault it finds, joined with errors.Join; use
// errors.As to reach the first, or the Unwrap() []error method of the
// joined error to reach them all. A ValidationError is a plain value, safe
// for concurrent use once built; its zero value says nothing useful.
type ValidationError struct {
	ID     string // the claim's ID, "" when it has none
	Field  string // the field as the JSON contract names it: "kind", "quantity.lower", "as_of"
	Reason string // why, in a few words
}

// Error returns `claims: claim "ab12": kind: is empty`.
func (e *ValidationError) Error() string {
	if e.ID == "" {
		return "claims: claim: " + e.Field + ": " + e.Reason
	}
	return "claims: claim " + strconv.Quote(e.ID) + ": " + e.Field + ": " + e.Reason
}

// Validate reports whether c is a well-formed claim, and if not, every way
// it is not, as *ValidationError values joined with errors.Join. It checks
// the form of a claim, not its truth:
//
//   - kind is a non-empty lower-case name ([a-z][a-z0-9_]*); kinds beyond
//     the five of the contract are allowed;
//   - scope is "", "event" or "total";
//   - a withheld claim has no quantity, and every other claim has a valid
//     one (built by a constructor, a parser or UnmarshalJSON);
//   - the quantity's qualifier is known, its bounds are the ones its
//     qualifier needs (a range both, "more than" a lower one, …), its
//     interval is not empty, its value lies in it (or on an exclusive
//     threshold), and its precision is positive;
//   - spans are not negative and do not end before they start, and a
//     quantity span lies inside a non-empty evidence span;
//   - the as-of period and the publication date are real calendar days,
//     and the period does not end before it starts;
//   - subject and recipient are not the same party, and Via names no empty
//     outlet; each reason names its field; each field's confidence is
//     Explicit, Inferred or Defaulted.
//
// A mutual claim may leave a party empty: a text often names a formula
// ("a 1,000-for-1,000 swap") before, or without, naming the sides. Validate
// does not look a measure or a party up in a Vocabulary.
func (c Claim) Validate() error {
	var errs []error
	bad := func(field, format string, args ...any) {
		errs = append(errs, &ValidationError{ID: c.ID, Field: field, Reason: fmt.Sprintf(format, args...)})
	}

	switch {
	case c.Kind == "":
		bad("kind", "is empty")
	case !isName(string(c.Kind)):
		bad("kind", "%q is not a lower-case name", c.Kind)
	}
	switch c.Scope {
	case "", Event, Total:
	default:
		bad("scope", "%q is not %q, %q or empty", c.Scope, Event, Total)
	}

	q := c.Quantity
	switch {
	case c.Kind == Withheld && q.IsValid():
		bad("quantity", "a withheld claim has no figure, but it has %q", q.String())
	case c.Kind != Withheld && !q.IsValid():
		bad("quantity", "is missing (only a withheld claim has no figure)")
	case q.IsValid():
		for _, r := range q.faults() {
			bad(r.field, "%s", r.reason)
		}
	}

	checkSpan := func(field string, s Span) bool {
		switch {
		case s.Start < 0:
			bad(field, "starts at %d, before the document", s.Start)
		case s.End < s.Start:
			bad(field, "ends at %d, before it starts at %d", s.End, s.Start)
		default:
			return true
		}
		return false
	}
	evOK := checkSpan("evidence", c.Evidence.Span)
	qOK := checkSpan("quantity.start", c.QuantitySpan)
	if evOK && qOK && q.IsValid() && c.QuantitySpan.Len() > 0 && c.Evidence.Len() > 0 &&
		(c.QuantitySpan.Start < c.Evidence.Start || c.QuantitySpan.End > c.Evidence.End) {
		bad("quantity.start", "figure at %d-%d lies outside its evidence at %d-%d",
			c.QuantitySpan.Start, c.QuantitySpan.End, c.Evidence.Start, c.Evidence.End)
	}
	if !q.IsValid() && c.QuantitySpan != (Span{}) {
		bad("quantity.start", "a claim with no figure has a figure span %d-%d", c.QuantitySpan.Start, c.QuantitySpan.End)
	}

	if p := c.AsOf; !p.IsZero() {
		switch {
		case !p.From.IsValid():
			bad("as_of", "%v is not a calendar day", p.From)
		case p.To != (Date{}) && !p.To.IsValid():
			bad("as_of", "%v is not a calendar day", p.To)
		case p.To != (Date{}) && p.To.Compare(p.From) < 0:
			bad("as_of", "%v ends before it starts", p)
		}
	}
	if d := c.Source.Published; d != (Date{}) && !d.IsValid() {
		bad("source.published", "%v is not a calendar day", d)
	}

	if c.Subject != "" && c.Subject == c.Recipient {
		bad("recipient", "is the subject, %q, again", c.Subject)
	}
	for i, v := range c.Source.Via {
		if v == "" {
			bad("source.via", "outlet %d is empty", i+1)
		}
	}
	for i, r := range c.Reasons {
		if r.Field == "" {
			bad("explain", "reason %d names no field", i+1)
		}
		if r.End < r.Start || r.Start < 0 {
			bad("explain", "reason %d has span %d-%d", i+1, r.Start, r.End)
		}
	}
	for i, v := range c.Confidence.values() {
		if !v.IsValid() {
			bad("confidence."+ConfidenceFields()[i], "invalid confidence %d", v)
		}
	}
	return errors.Join(errs...)
}

// isName reports whether s is a lower-case name: [a-z][a-z0-9_]*.
func isName(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('a' <= c && c <= 'z' || i > 0 && ('0' <= c && c <= '9' || c == '_')) {
			return false
		}
	}
	return s != ""
}

type fault struct{ field, reason string }

// faults returns what is wrong with a valid-flagged quantity's fields.
func (q Quantity) faults() []fault {
	var fs []fault
	add := func(field, format string, args ...any) {
		fs = append(fs, fault{field, fmt.Sprintf(format, args...)})
	}
	if int(q.Qualifier) >= len(qualifierNames) {
		add("quantity.qualifier", "%d is not a qualifier", q.Qualifier)
		return fs
	}
	if q.Unit > Percent {
		add("quantity.unit", "%d is not a unit", q.Unit)
	}
	if q.Change > Down {
		add("quantity.change", "%d is not a change direction", q.Change)
	}
	if q.Precision.Sign() <= 0 {
		add("quantity.precision", "%s is not positive", q.Precision)
	}
	lo, hi := q.Lower, q.Upper
	needLo, needHi := false, false
	switch q.Qualifier {
	case Exact, Range:
		needLo, needHi = true, true
	case MoreThan, AtLeast:
		needLo = true
	case LessThan, AtMost:
		needHi = true
	}
	if needLo && !lo.Set {
		add("quantity.lower", "%s needs a lower bound", q.Qualifier)
	}
	if needHi && !hi.Set {
		add("quantity.upper", "%s needs an upper bound", q.Qualifier)
	}
	if below(hi, lo) || lo.Set && hi.Set && lo.Value.Cmp(hi.Value) > 0 {
		add("quantity.upper", "interval from %s to %s is empty", lo.Value, hi.Value)
		return fs
	}
	// The value is in the interval, or is the threshold it excludes.
	v := Incl(q.Value)
	if below(v, Incl(lo.Value)) && lo.Set || hi.Set && below(Incl(hi.Value), v) {
		add("quantity.value", "%s lies outside its interval", q.Value)
	}
	return fs
}
