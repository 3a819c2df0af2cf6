// Package sources is where claims come from: the Source interface that the
// built-in readers implement and that users implement for feeds of their own,
// the Error type that says where an input went wrong, and a few helpers that
// combine sources (Concat), drain them (Collect) and read files and
// directories by their extension (Open, File, Dir).
//
// The built-in sources live in sub-packages: sources/jsonl (claims in the
// JSON contract, one per line), sources/csv (claims kept in a spreadsheet),
// sources/claimreview (schema.org ClaimReview JSON-LD as fact-checkers
// publish it) and sources/text (news articles read by the extractor).
// Package sources/sourcetest checks that any implementation keeps the
// contract below.
//
// This package imports none of the format packages, which import it: a
// caller chooses the formats it wants and passes them to Open or Dir
// (there is no registry). The root package crosscheck does so for the
// built-in formats.
//
// Package sources reads and yields claims; it does not compare them (that is
// package compare) and it does not find figures in prose (that is the text
// extractor).
//
// # The Source contract
//
// A Source's Claims method returns an iterator over pairs. Each pair is
// either a claim and a nil error, or the zero Claim and a non-nil error.
// Implementations must keep the rules below; sourcetest.Run checks them.
//
// Passes. Each call of Claims starts a new, independent pass over the input.
// Unless its documentation says it is single-pass, a Source yields the same
// pairs in the same order on every pass over unchanged input, and Claims may
// be called again, and from several goroutines at once, with each pass
// unaffected by the others. A single-pass Source (one that reads an
// io.Reader, for example) yields its claims on its first pass only; every
// later pass yields a single error that wraps ErrConsumed. OnePass builds
// such a Source from a function that reads the format, and keeps these
// rules and those of cancellation for it.
//
// Retention. The consumer owns every Claim it receives: it may keep it,
// change it and pass it to other goroutines after the iteration has moved
// on. A Source must therefore not reuse a Claim's slices (Source.Via,
// Reasons) or any buffer whose bytes a Claim's strings share. A Source must
// not keep or change a Claim after yielding it.
//
// Errors. A bad record (a malformed line, a row with a bad number, an item
// without the fields it needs) yields one (zero Claim, error) pair, and the
// stream goes on with the next record: a bad record never loses the good
// ones. An error after which nothing more can be read (the file cannot be
// opened, the input is not the format at all, a read fails) is the last pair
// of the stream. Every error but the cancellation error below says where it
// happened: it is or wraps an *Error that names the input and, when known,
// the line, column or record.
// The stream says nothing of its own about whether an error was fatal: a
// consumer that wants to stop at the first error simply stops iterating.
//
// Cancellation. A Source checks the context before it yields each pair. Once
// the context is done, the next pair it yields is (zero Claim, err) with
// errors.Is(err, ctx.Err()) true, and that pair is the last. A Source whose
// context is already done when the pass starts yields that one pair and
// nothing else.
//
// Early break. The consumer may stop at any pair (a break out of a range
// loop). The Source then returns without yielding anything further and
// releases what the pass held: files are closed and goroutines end before
// the iterator function returns.
//
// Identity. Sources fill a Claim's ID with Claim.ContentID when their input
// gives none, so that claims keep their identity across runs.
package sources
