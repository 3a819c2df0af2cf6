// Package compare finds where attributed figures do not add up: two sources
// giving different numbers for the same count on the same day, a running
// total that shrinks, an exchange whose two directions differ, an agreement
// that is not fulfilled or is exceeded, events that do not sum to a stated
// total, one story reprinted by several outlets, a figure a source withheld.
//
// Check takes claims from any source (package sources, a JSON Lines file, a
// user's own feed) and returns Findings, each with a type, a severity, the
// claims involved, the arithmetic and one plain sentence a reader can check
// against the evidence. WriteText, WriteMarkdown, WriteJSON and WriteHTML
// render them.
//
// Claims are grouped by a Key (the measure and the unordered pair of
// parties), so that every Group can be checked on its own, and on its own
// machine if need be. Within a group, claims that say the same thing (one
// speaker restating a figure, one wire story reprinted by several outlets)
// are gathered into one Statement before any rule runs, so a figure said
// three times is one claim, not three. Rules see one Group at a time through
// the Rule interface; the built-in rules use the same interface as users'.
// After them, document rules (DocRule) see the claims of one document at a
// time, for figures of different groups one report gives: a combined count
// ("dead or injured") against its parts, a whole against its breakdown
// ("deaths (Taroudant)"), the shares of one vote.
//
// Figures are compared as intervals under a tolerance (see Options): hedges
// ("nearly", "more than") and written precision ("6,000" is a round figure)
// widen them. Dates matter: running totals are checked across as-of dates,
// figures of different dates are not conflicts merely for differing, and a
// figure with no date is compared as of its publication, which the finding
// says.
//
// The built-in rules skip claims that do not say what they count (an empty
// Measure): two such figures have nothing to agree or disagree about. They
// compare like with like: the running-total rules take only figures read as
// running totals; an event is never set against a total; agreed and offered
// figures meet completed ones only in shortfall and exceeds; figures that
// name no party or place give no discrepancy. A discrepancy is one Finding,
// however often it occurs: its occurrences are its Instances. And however
// many rules it trips: after a group's rules have run, its serious findings
// of the types regression, conflict, arithmetic and jump whose claims are
// the same, or one's all among the other's, are folded into the one whose
// type reads the discrepancy best (regression > conflict > arithmetic >
// jump), with the highest severity among them; the others are listed in its
// Also, each with its type, sentence and claims. Findings that share only
// some claims stay apart, and a finding of several instances folds only
// when another finding tells each of them.
//
// Sources say how confidently they read each field of a claim
// (claims.FieldConfidence). A finding that stands on a field that was
// inferred or filled in by a default (the story's other party, the
// publication date) is for review: its Confidence says how sure it is, its
// Review why, it ranks after every other finding with a severity of at most
// Low, and the reports show it apart. AtLeast leaves such findings out.
//
// WriteJSON writes {"claims": [...], "findings": [...], "review": [...]}:
// each claim once, the findings (and those folded into them, "also")
// referring to it by ID; ReadJSON reads it back.
//
// Package compare does not read documents or files and does not decide what
// a sentence means: that is the work of the sources. It trusts the claims it
// is given, canonical measures and party names included (see
// claims.Vocabulary).
package compare
