// Package claims is crosscheck's model of a figure as a source stated it: an
// exact Decimal, a hedged Quantity, and a Claim that says what was counted,
// between which parties, of what kind, as of when, by whom and through which
// outlets, with the span of text that is its evidence. It also holds the
// JSON contract that every other part of crosscheck, and every other tool,
// reads and writes.
//
// # What it is for, and what it is not for
//
// Package claims is the leaf every other package stands on: it imports only
// the standard library and golang.org/x/text. It says what a claim is, reads
// and writes claims (JSON, JSON Lines), checks that a claim is well formed
// (Claim.Validate), reads a figure's phrase (ParseQuantity: "more than
// 6,000", "nearly 3,000", "tens of thousands"; ParseQuantityIn for other
// languages' separators, "6.000,5" in German) and says whether two figures
// can both be true (Quantity.Overlaps).
//
// It does not find figures in running text (package numbers does), read
// articles, spreadsheets or feeds (package sources and its sub-packages do),
// or decide which claims disagree and why (package compare does). It reads
// no files and keeps no state between calls.
//
// # Numbers
//
// A Decimal is an exact number, a coefficient of up to 18 digits times a
// power of ten: "6.2 million" is exactly 6,200,000 and "3.5%" is exactly 3.5.
// Add, Sub and Mul are exact and report ErrRange rather than round; Quo and
// Ratio are for derived shares and say so. A stored figure is never a
// float64.
//
// A Quantity is a figure as it was written: its words (Text), the number
// (Value), its hedge (Qualifier: exact, approx, more_than, at_least,
// less_than, at_most, range), the interval it claims (Lower and Upper
// Bounds, each inclusive, exclusive or unbounded), the precision its writing
// implies ("6,000" is written to the thousand, "6,060" to the ten), its Unit
// (a count or a percentage), two marks: Reciprocal for a formula
// ("6,000-for-6,000": 6,000 each way) and Vague for an amount written
// without digits ("dozens": at least 12), and its Change: Up or Down for a
// figure that states a change ("up 5%", "rose by 11", "a 20% increase"),
// whose value is then the amount of the change, and Level, the zero value,
// for a level ("211", "rose to 211"). Overlaps and Distance compare values
// alone: a caller comparing figures keeps changes and levels apart.
//
// # Comparing figures
//
// Two figures can both be true when their intervals overlap once hedges and
// written precision are taken into account. A Tolerance is that policy:
// Approx widens approximate and vague figures by a share of their size, and
// Rounding lets a round figure stand for anything that rounds to it.
// DefaultTolerance (±10%, rounding on) is what a careful reader applies; the
// zero Tolerance is the literal reading. Under the default:
//
//	"nearly 3,000"    and "3,000"             overlap
//	"more than 6,000" and "6,000"             overlap (an exclusive threshold at a round figure is inclusive)
//	"6,000"           and "6,060"             overlap (6,000 stands for 5,500 up to 6,500)
//	"6,000"           and "7,000"             do not: 6,500, halfway, rounds up to 7,000
//	"57"              and "78"                do not: 57 is written to the unit and is exact
//	"3,600"           and "more than 6,000"   do not; Distance is 2,350
//	"60"              and "57"                overlap: 60 may be a rounded 57 (55 to 65)
//
// Quantity.Interval gives the widened interval, Overlaps whether two meet,
// Distance the gap when they do not, and Contains whether a value fits.
//
// # Claims
//
// A Claim is one figure as one source stated it: Measure (what is counted,
// canonical: "bodies", "prisoners"), Subject and Recipient (who gives and who
// receives, for a transfer), Mutual (both ways), Kind (completed, agreed,
// offered, estimated, withheld, or a kind of the user's own), Scope (one
// event or a running total), the Quantity with its own byte span, AsOf (a
// Date or a Period of days), the Speaker (who said it), the Source (the
// document, the outlet and the outlets it came through; provenance, kept
// apart from the speaker), the Evidence (the words that carry the claim, as a
// byte span of the document as given) and optional Reasons that name the
// words behind each field. A withheld figure is a claim of kind Withheld
// whose Quantity is the zero, invalid Quantity.
//
// Claim.Validate reports every way a claim is malformed, as ValidationErrors
// that name the field and say why. Claim.ContentID derives an ID from what
// the claim says, the same on every run and machine.
//
// # The JSON contract
//
// A claim is one JSON object; claims travel as JSON Lines, one object per
// line (NewEncoder, ReadJSONL). Extra fields are welcome and ignored on
// reading:
//
//	{"id": "…", "measure": "bodies", "subject": "Russia", "recipient": "Ukraine", "mutual": false,
//	 "kind": "completed", "scope": "total",
//	 "quantity": {"text": "more than 6,000", "value": 6000, "lower": 6000, "upper": null,
//	              "lower_exclusive": true, "qualifier": "more_than", "precision": 1000,
//	              "start": 2127, "end": 2142},
//	 "as_of": "2025-06-19",
//	 "speaker": {"name": "…", "role": "President", "affiliation": "Russia"},
//	 "source": {"document": "…", "outlet": "…", "via": ["…"], "url": "…", "published": "2025-06-20"},
//	 "evidence": {"start": 2127, "end": 2199, "text": "…"},
//	 "explain": [{"field": "measure", "words": "bodies", "start": 2150, "end": 2156}],
//	 "confidence": {"recipient": "defaulted"}}
//
// Numbers are written exactly, as JSON numbers ("value": 6.2e6 reads as
// 6,200,000; a string holding a number is read too). "upper": null is an
// open end; a quantity given with neither "lower" nor "upper" gets the bounds
// its qualifier implies, and one without "precision" the precision its
// numbers imply. Optional quantity keys: "lower_exclusive",
// "upper_exclusive", "precision", "unit" ("percent"), "reciprocal", "vague".
// "as_of" is a date or an ISO 8601 interval of dates
// ("2025-06-09/2025-06-14"). A withheld claim has "quantity": null. Offsets
// are bytes into the document as given.
//
// "confidence" says which fields of the reading are not stated in so many
// words: each of "measure", "subject", "recipient", "kind", "scope",
// "as_of" and "speaker" may be "inferred" (worked out from the context) or
// "defaulted" (the text does not say; a default stands in: the story's
// other party, the publication date, the outlet's own voice). A field it
// does not name is "explicit", and a claim without "confidence" is explicit
// throughout: that is how claims from files and feeds are taken unless
// their producer says otherwise. See Confidence and FieldConfidence.
//
// # Vocabularies
//
// A Vocabulary maps the words of a text to canonical measures ("POWs",
// "captives" → "prisoners") and parties ("Moscow", "the Kremlin" →
// "Russia"). It is data: DefaultVocabulary returns a fresh copy of the
// built-in terms for the caller to extend, and there is no global one.
//
// # Zero values and concurrency
//
// Every type is useful or clearly invalid at its zero value: the zero
// Decimal is 0, the zero Bound is unbounded, the zero Quantity is no figure
// (IsValid is false), the zero Date and Period are no date, the zero
// Tolerance is the literal reading, the zero Vocabulary is empty and ready
// for terms, the zero Claim fails Validate. Every type but Vocabulary and
// Encoder is a plain value, safe for concurrent use (a copied Claim shares
// its Via and Reasons slices: treat them as read-only). A Vocabulary may be read from several goroutines
// but not changed while it is read; an Encoder and a ReadJSONL iterator
// belong to one goroutine.
package claims
