package claims

import (
	"fmt"
)

// A Qualifier says how a figure was hedged when it was written. The zero
// value is Exact. Its text form is the contract's name ("more_than").
type Qualifier uint8

// The qualifiers of the JSON contract. The zero value is Exact.
const (
	Exact    Qualifier = iota // "6,000"
	Approx                    // "about 6,000", "nearly 3,000", "dozens"
	MoreThan                  // "more than 6,000", "over 6,000"
	AtLeast                   // "at least 1,000", "6,000 or more"
	LessThan                  // "fewer than 50", "under 25"
	AtMost                    // "up to 700", "as many as 6,000"
	Range                     // "between 500 and 600", "500-600"
)

var qualifierNames = [...]string{"exact", "approx", "more_than", "at_least", "less_than", "at_most", "range"}

// String returns the qualifier's name in the JSON contract ("more_than").
func (q Qualifier) String() string {
	if int(q) < len(qualifierNames) {
		return qualifierNames[q]
	}
	return fmt.Sprintf("Qualifier(%d)", q)
}

// ParseQualifier returns the Qualifier named s ("exact", "more_than", …).
func ParseQualifier(s string) (Qualifier, error) {
	for i, n := range qualifierNames {
		if n == s {
			return Qualifier(i), nil
		}
	}
	return 0, fmt.Errorf("claims: unknown qualifier %q", s)
}

// MarshalText implements encoding.TextMarshaler.
func (q Qualifier) MarshalText() ([]byte, error) {
	if int(q) >= len(qualifierNames) {
		return nil, fmt.Errorf("claims: invalid qualifier %d", q)
	}
	return []byte(q.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (q *Qualifier) UnmarshalText(b []byte) error {
	v, err := ParseQualifier(string(b))
	if err != nil {
		return err
	}
	*q = v
	return nil
}

// A Unit says what a quantity's number is: a count of things (the zero
// value) or a percentage. Quantities of different units never overlap.
type Unit uint8

// Units.
const (
	Count   Unit = iota // things counted
	Percent             // "45%", "45 percent": Value 45
)

// A Bound is one end of a quantity's interval: a value, whether the value
// itself is in the interval, and whether the end is set at all. The zero
// value, Unbounded, is an open end (−∞ below, +∞ above): crosscheck never
// uses a huge number, −1 or NaN as a stand-in. Bounds are comparable with ==.
type Bound struct {
	Value     Decimal
	Inclusive bool // whether Value itself is inside the interval
	Set       bool // false: unbounded on this side
}

// Unbounded is the zero Bound, an open end. It is a variable only because Go
// has no struct constants; never assign to it.
var Unbounded = Bound{}

// Incl returns an inclusive bound at v: v is in the interval.
func Incl(v Decimal) Bound { return Bound{Value: v, Inclusive: true, Set: true} }

// Excl returns an exclusive bound at v: the interval comes up to v but
// leaves it out, as in "more than 6,000".
func Excl(v Decimal) Bound { return Bound{Value: v, Set: true} }

// A Quantity is a figure as it was written: a stated value, the interval it
// claims, how it was hedged, and the precision its writing implies.
//
// The zero Quantity is invalid (see IsValid); a withheld figure is a claim
// whose Quantity is the zero value. Quantities are values: copy them freely;
// they are safe for concurrent use. Build them with ParseQuantity or the
// constructors (ExactQuantity, …) so that the fields agree with each other.
type Quantity struct {
	// Text is the phrase the figure was written as ("more than 6,000").
	Text string
	// Qualifier is the hedge.
	Qualifier Qualifier
	// Value is the number stated: 6000 for "more than 6,000", the lower end
	// for a range, the count each way for a reciprocal formula.
	Value Decimal
	// Lower and Upper bound the interval the writer claims, before any
	// Tolerance widens it: "6,000" is [6000, 6000]; "more than 6,000" is
	// (6000, ∞); "about 5,000" is [5000, 5000] approximately; "nearly 3,000"
	// is (−∞, 3000] approximately; "dozens" is [12, ∞) approximately.
	Lower, Upper Bound
	// Precision is the unit of the last significant digit as written: 1000
	// for "6,000", 10 for "6,060", 100000 for "6.2 million", 0.1 for "3.5%".
	Precision Decimal
	// Unit is what the number measures.
	Unit Unit
	// Reciprocal marks a formula such as "6,000-for-6,000": Value each way.
	Reciprocal bool
	// Vague marks a figure written without digits or number words ("dozens",
	// "hundreds of", "tens of thousands").
	Vague bool
	// Approximate marks a range hedged as a whole ("about 20 to 25",
	// "~25–40 min", "roughly 14-18"): Qualifier stays Range with the ends
	// written in Lower and Upper, and a Tolerance widens both ends as it
	// widens an Approx figure. It is false for every other qualifier, whose
	// own name says whether it is approximate.
	Approximate bool
	// Change is Up or Down when the figure is a change rather than a level
	// ("up 5%", "rose by 11", "a 20% increase"): the rest of the quantity
	// is then the amount of the change. The zero value, Level, is a level
	// ("211", "rose to 211").
	Change Direction
	valid  bool
}

// IsValid reports whether q was built by a constructor, a parser or
// UnmarshalJSON. The zero Quantity is not valid: it is how a claim holds a
// figure that was withheld. Changing a valid Quantity's exported fields
// keeps it valid; Claim.Validate checks that they still agree.
func (q Quantity) IsValid() bool { return q.valid }

// ExactQuantity returns the quantity v, stated exactly: Text is v.String(),
// both bounds are v inclusive, and the precision is the one its digits imply
// (trailing zeros of an integer count as rounding: 1000 for 6000, 1 for 57,
// 0.1 for 3.5).
func ExactQuantity(v Decimal) Quantity {
	return Quantity{Text: v.String(), Qualifier: Exact, Value: v, Lower: Incl(v), Upper: Incl(v), Precision: impliedPrecision(v), valid: true}
}

// impliedPrecision is the unit of the last nonzero digit of v (1 for 57,
// 1000 for 6000, 0.1 for 3.5).
func impliedPrecision(v Decimal) Decimal {
	if v.IsZero() {
		return DecimalOf(1)
	}
	d, _ := NewDecimal(1, v.Exponent())
	return d
}

// NewQuantity returns a quantity with the given hedge around value v, with
// the bounds the hedge implies: Approx [v, v] (a Tolerance widens it),
// MoreThan (v, ∞), AtLeast [v, ∞), LessThan (−∞, v), AtMost (−∞, v], and
// Exact (or Range, which needs RangeQuantity for its upper end) [v, v].
// text is the phrase as written; the precision is the one v's digits imply.
func NewQuantity(text string, qual Qualifier, v Decimal) Quantity {
	return hedged(text, qual, v, impliedPrecision(v))
}

// RangeQuantity returns the quantity "between lo and hi", both ends
// inclusive, with Value lo and the finer of the two ends' precisions. It
// does not reorder lo and hi: Validate reports a range whose hi is below lo.
func RangeQuantity(text string, lo, hi Decimal) Quantity {
	q := ExactQuantity(lo)
	q.Text, q.Qualifier, q.Upper = text, Range, Incl(hi)
	if p := impliedPrecision(hi); p.Cmp(q.Precision) < 0 {
		q.Precision = p
	}
	return q
}

// VagueQuantity returns a figure written without digits ("dozens",
// "hundreds of", "tens of thousands"): the interval from lo (inclusive) to
// hi, which is Unbounded when the phrase sets no upper end ("dozens" is at
// least 12, as ACLED codes it). Its Qualifier is Approx, Vague is set, Value
// is lo and the precision is the one lo's digits imply.
func VagueQuantity(text string, lo Decimal, hi Bound) Quantity {
	q := ExactQuantity(lo)
	q.Text, q.Qualifier, q.Vague, q.Upper = text, Approx, true, hi
	return q
}

// String returns the phrase the quantity was written as, or, when Text is
// empty, a canonical English rendering ("more than 6000", "500–600",
// "3.5%", "up 5%" for a change); "<no quantity>" for an invalid Quantity.
func (q Quantity) String() string {
	if q.Text != "" {
		return q.Text
	}
	if !q.valid {
		return "<no quantity>"
	}
	if q.Change == Up || q.Change == Down {
		r := q
		r.Change = Level
		return changeWords[q.Change] + r.String()
	}
	num := func(d Decimal) string {
		if q.Unit == Percent {
			return d.String() + "%"
		}
		return d.String()
	}
	switch q.Qualifier {
	case Range:
		if q.Approximate {
			return "about " + num(q.Lower.Value) + "–" + num(q.Upper.Value)
		}
		return num(q.Lower.Value) + "–" + num(q.Upper.Value)
	case Exact:
		if q.Reciprocal {
			return num(q.Value) + "-for-" + num(q.Value)
		}
		return num(q.Value)
	}
	if int(q.Qualifier) < len(qualifierWords) {
		return qualifierWords[q.Qualifier] + " " + num(q.Value)
	}
	return q.Qualifier.String() + " " + num(q.Value)
}

// qualifierWords are the words String writes before a hedged value.
var qualifierWords = [...]string{Approx: "about", MoreThan: "more than", AtLeast: "at least", LessThan: "fewer than", AtMost: "at most"}
