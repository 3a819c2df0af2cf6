package claims

// A Kind says what sort of statement a claim is: that something happened,
// was agreed, was offered, is an estimate, or that a figure was withheld.
// The zero value is no kind, which Validate rejects. Kinds beyond the five
// constants are allowed, as lower-case names ("projected", "reported").
type Kind string

// The kinds of the JSON contract. Users may add their own.
const (
	Completed Kind = "completed" // it happened: "have returned", "was transferred"
	Agreed    Kind = "agreed"    // "agreed on", "under the agreement", a formula
	Offered   Kind = "offered"   // "ready to", "prepared to", "will hand over"
	Estimated Kind = "estimated" // an estimate, a count of a crowd or a toll
	Withheld  Kind = "withheld"  // a source declined to give the number
)

// A Scope says whether a figure is about one event or a running total. The
// zero value means the text does not say.
type Scope string

// Scopes. The zero value means not known.
const (
	Event Scope = "event" // "on Saturday … 1,200"
	Total Scope = "total" // "so far", "in total", "have returned"
)

// A Span is a byte range [Start, End) of a document as given, not of a
// normalised copy, so that text[Start:End] is the words. The zero value is
// the empty span at the start of the document, which is also how a claim
// says it has no span.
type Span struct {
	Start, End int
}

// Len returns the number of bytes in s.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether offset i lies in s.
func (s Span) Contains(i int) bool { return s.Start <= i && i < s.End }

// A Speaker is who made a claim: a person, an office or an outlet speaking
// in its own voice. The zero value is an unknown speaker.
type Speaker struct {
	Name        string `json:"name"`
	Role        string `json:"role,omitempty"`
	Affiliation string `json:"affiliation,omitempty"`
}

// A Source is how a claim reached us: the document, the outlet that
// published it, the chain of outlets it came through (Via, nearest origin
// first), where it is and when it was published. It is provenance, kept
// apart from the Speaker. The zero value is an unknown source.
type Source struct {
	Document  string   `json:"document,omitempty"`
	Outlet    string   `json:"outlet,omitempty"`
	Via       []string `json:"via,omitempty"`
	URL       string   `json:"url,omitempty"`
	Published Date     `json:"published,omitzero"`
}

// Origin returns the outlet a story started from: the first of Via, or the
// Outlet when it came through no one else.
func (s Source) Origin() string {
	if len(s.Via) > 0 {
		return s.Via[0]
	}
	return s.Outlet
}

// Evidence is the words that carry a claim: a clause, a sentence or a quote,
// as a byte span of the document and the text of that span. The zero value
// is no evidence.
type Evidence struct {
	Span
	Text string
}

// A Reason names the words that decided one field of a claim, so that a
// reader can see why a figure was read the way it was. In JSON the reasons
// of a claim are its "explain" list. The zero Reason names no field, which
// Validate rejects in a claim's Reasons. A Reason is a plain value.
type Reason struct {
	Field string `json:"field"`           // "measure", "speaker", "direction", "kind", "scope", "as_of"
	Words string `json:"words"`           // the words that decided it
	Start int    `json:"start,omitempty"` // their byte span, when they are in the document
	End   int    `json:"end,omitempty"`
}

// A Claim is one figure as one source stated it.
//
// The zero Claim is empty and fails Validate. Claims are plain values; a
// Claim shares its Via and Reasons slices when copied, so treat them as
// read-only once built.
type Claim struct {
	// ID identifies the claim; ContentID derives a stable one from content.
	ID string
	// Measure is what is counted, canonical ("bodies", "prisoners"); "" when
	// the text does not say.
	Measure string
	// Subject gives and Recipient receives, for a transfer; for a count that
	// is no transfer, Subject is who or what is counted.
	Subject, Recipient string
	// Mutual marks a figure that holds both ways (an exchange, a formula).
	Mutual bool
	// Kind is what sort of statement it is; Scope whether the figure is for
	// one event or a running total.
	Kind  Kind
	Scope Scope
	// Quantity is the figure; the zero Quantity for a withheld one.
	Quantity Quantity
	// QuantitySpan is where the figure itself stands in the document; it
	// lies inside the evidence span.
	QuantitySpan Span
	// AsOf is the day or days the figure holds for (not the day it was
	// published, which is in Source).
	AsOf Period
	// Speaker is who made the claim; Source is how it reached us.
	Speaker Speaker
	Source  Source
	// Evidence is the words that carry the claim.
	Evidence Evidence
	// Reasons explain the reading, field by field (optional).
	Reasons []Reason
	// Confidence says, field by field, whether the reading stands on words
	// that state it, on inference from context, or on a default; the zero
	// value (every field explicit) is how a claim is taken when its
	// producer does not say.
	Confidence FieldConfidence
}
