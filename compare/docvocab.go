package compare

import (
	"strings"

	"github.com/crosscheck/crosscheck/claims"
)

// The measures the document rules relate, as data: which measures count
// several others at once, and which give, in percent, shares of one whole.

// combinedMeasures names the parts of the measures that count several
// others at once: a report's "4,000 dead or injured" is its deaths and its
// injured together. A measure not listed here whose name joins measures
// with combinedJoin ("deaths or injured", as the extractor names "dead or
// injured") counts the sum of the measures it joins.
var combinedMeasures = map[string][]string{
	"casualties": {"deaths", "injured"},
}

// combinedJoin joins the names of the measures a combined measure counts.
const combinedJoin = " or "

// partsOf returns the measures m counts together, or nil when m counts
// one thing.
func partsOf(m string) []string {
	if ps, ok := combinedMeasures[m]; ok {
		return ps
	}
	if !strings.Contains(m, combinedJoin) {
		return nil
	}
	ps := strings.Split(m, combinedJoin)
	for _, p := range ps {
		if p == "" {
			return nil
		}
	}
	return ps
}

// shareMeasures are the measures whose figures in percent, one per party,
// are shares of one whole: the candidates' shares of one vote. The value
// names the whole in explanations.
var shareMeasures = map[string]string{
	"votes": "the vote",
	"seats": "the seats",
}

// docTrigger reports whether c may start a built-in document rule: a
// combined count, a part of a whole, or a share in percent of a measure of
// shares. Only the documents that hold such a claim are gathered for the
// built-in rules.
func docTrigger(c *claims.Claim) bool { return triggers(c.Measure, c.Quantity.Unit) }

// triggers reports whether a figure of measure m in unit u may start a
// built-in document rule (see docTrigger). It looks up no map for a count
// whose measure joins no measures and names no part.
func triggers(m string, u claims.Unit) bool {
	if u == claims.Percent {
		_, ok := shareMeasures[m]
		_, based := shareBases[m]
		return ok || based
	}
	if strings.IndexByte(m, ' ') >= 0 && strings.Contains(m, combinedJoin) {
		return true
	}
	if _, part := wholeOf(m); part {
		return true
	}
	for _, n := range combinedNames {
		if n == m {
			return true
		}
	}
	return false
}

// measureTriggers returns the units of measure m whose figures may start a
// built-in document rule, as bits: triggersPercent for figures in percent,
// triggersCount for the others. A grouping asks it once per key rather
// than docTrigger once per claim.
func measureTriggers(m string) uint8 {
	var t uint8
	if triggers(m, claims.Count) {
		t |= triggersCount
	}
	if triggers(m, claims.Percent) {
		t |= triggersPercent
	}
	return t
}

// Bits of measureTriggers.
const (
	triggersCount   uint8 = 1 << iota // figures not in percent
	triggersPercent                   // figures in percent
)

// triggerBit is the bit of measureTriggers for a figure of unit u.
func triggerBit(u claims.Unit) uint8 {
	if u == claims.Percent {
		return triggersPercent
	}
	return triggersCount
}

// combinedNames are the measures combinedMeasures lists.
var combinedNames = func() []string {
	var out []string
	for m := range combinedMeasures {
		out = append(out, m)
	}
	return out
}()

// shareBases names, for a measure whose figures in percent are shares of a
// whole, the measures that count that whole: a candidate's share of the
// votes is of the voters, a strike's rate of the workers. A report that
// gives a party's count, its share and the whole lets the share be worked
// out (shareOfRule).
var shareBases = map[string][]string{
	"votes":    {"voters", "ballots", "valid votes", "votes cast"},
	"strikers": {"workers", "workforce", "employees", "economically active people", "labor force", "labour force"},
}

// amountMeasures are the measures of an amount in a unit, which the
// article reader names with the unit after them ("distance (km)", "money
// (USD)"); shareSuffix names a share of a group ("voters (share)"). Such a
// name is no part of a whole; a measure named with any other name after
// it is ("deaths (Taroudant)", the deaths of a breakdown in Taroudant).
var amountMeasures = map[string]struct{}{
	"distance": {}, "area": {}, "temperature": {}, "weight": {}, "volume": {}, "money": {},
}

// shareSuffix is the name after a measure that makes it a share.
const shareSuffix = "share"

// resultMeasures are the measures whose figures in percent, one per party
// or place, are a result fixed once it is counted (a candidate's share of
// the vote, the turnout): figures of days close together are one result,
// the later revising the earlier (revisionRule). A result that grows while
// it is counted (the turnout, told hour by hour on polling day) is revised
// only when it falls.
var resultMeasures = [...]struct {
	measure string
	grows   bool
}{{"votes", false}, {"seats", false}, {"turnout", true}}

// resultMeasure reports whether m is one of resultMeasures, and whether it
// grows while it is counted.
func resultMeasure(m string) (ok, grows bool) {
	for _, r := range resultMeasures {
		if r.measure == m {
			return true, r.grows
		}
	}
	return false, false
}

// baseOf reports whether m counts a whole that shares of measure of are of.
func baseOf(of, m string) bool {
	for _, b := range shareBases[of] {
		if b == m {
			return true
		}
	}
	return false
}
