package compare

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/claims"
)

// breakdownRule: the parts of a whole that one report gives for the same
// day (a toll by province, the prisoners released by where they go: the
// measure of the whole with a part's name after it, "deaths (Taroudant)",
// as the article reader names the items of a breakdown) that add up to
// more than the whole it gives for those parties and that day, or one
// part that alone is more: they cannot all hold (High). A whole and parts
// that state different scopes (a day's deaths, the tolls by province so
// far) are not one count. Parts below the
// whole say nothing, since a report need not list every part. When the
// report gives the whole (or one part) as figures that disagree, it has no
// one reading of it and nothing is said.
type breakdownRule struct{}

func (breakdownRule) Name() string { return "breakdown" }

// side is who a figure is of: its subject and recipient as given, and
// whether it is mutual. A part and its whole are of the same side.
type side struct {
	subject, recipient string
	mutual             bool
}

func sideOf(c *claims.Claim) side { return side{c.Subject, c.Recipient, c.Mutual} }

func (breakdownRule) Check(d *Document, emit func(Finding)) {
	p := d.e.pr
	type whole struct {
		measure string
		side    side
		day     claims.Date
	}
	byWhole := map[whole][]*claims.Claim{}
	var order []whole
	for _, c := range d.Claims {
		m, ok := wholeOf(c.Measure)
		if !ok || c.Quantity.Unit != claims.Count || !docFigure(c) || c.Subject == "" && c.Recipient == "" {
			continue
		}
		w := whole{m, sideOf(c), c.AsOf.End()}
		if _, ok := byWhole[w]; !ok {
			order = append(order, w)
		}
		byWhole[w] = append(byWhole[w], c)
	}
	for _, w := range order {
		// One figure per part; two readings of one part are none.
		var parts []*claims.Claim
		ok := true
		for _, c := range byWhole[w] {
			i := slices.IndexFunc(parts, func(o *claims.Claim) bool { return o.Measure == c.Measure })
			switch {
			case i < 0:
				parts = append(parts, c)
			case !sameInterval(d, parts[i], c):
				ok = false
			}
		}
		if !ok {
			continue
		}
		// The whole: the report's figures for it that day, all meeting; a
		// day's event is no whole of running totals, nor the reverse.
		var wholes []*claims.Claim
		for _, o := range d.Claims {
			if o.Measure == w.measure && sideOf(o) == w.side && o.AsOf.End() == w.day && o.Quantity.Unit == claims.Count && docFigure(o) &&
				scopeFits(o, parts) {
				wholes = append(wholes, o)
			}
		}
		if len(wholes) == 0 || !allMeet(d, wholes) {
			continue
		}
		// Parts of distinct places add up; groups of people ("deaths
		// (children)", "deaths (women)") may overlap, so each stands
		// alone against the whole.
		var miss *claims.Claim
		var sumLo claims.Bound
		var terms []claims.Decimal
		var exact bool
		for _, set := range partSets(parts) {
			sumLo, _, terms, exact = sumParts(d, set)
			for _, o := range wholes {
				if _, hi := d.Interval(o.Quantity); below(hi, sumLo) && (miss == nil || d.sure(o, onMeasure|onParties|onAsOf) && !d.sure(miss, onMeasure|onParties|onAsOf)) {
					miss = o
				}
			}
			if miss != nil {
				parts = set
				break
			}
		}
		if miss == nil {
			continue
		}
		used := append([]*claims.Claim{miss}, parts...)
		var named []string
		for _, o := range parts {
			named = append(named, partName(p, o))
		}
		f := Finding{Type: Arithmetic, Severity: High, Key: KeyOf(miss), Claims: used}
		var sum string
		f.Arithmetic, sum = partsSum(p, miss, sumLo, terms, exact)
		dir := None
		if w.side.subject != "" && w.side.recipient != "" {
			dir = Forward
			if w.side.mutual {
				dir = Both
			}
		}
		what := thing(p, Key{Measure: w.measure, A: w.side.subject, B: w.side.recipient}, dir)
		f.Explanation = p.Sprints("%s %s, as %s gives them as of %s, are fewer than their parts in the same report: %s, %s together.",
			quantity(p, miss.Quantity), what, who(miss), date(w.day), list(p, named), sum)
		d.reviewClaims(&f, onMeasure|onParties|onAsOf, used...)
		emit(f)
	}
}

// partSets returns the sets of parts whose sum the whole must hold: the
// parts named by a place (a capitalised name, "deaths (Taroudant)")
// together, and each part named by a group of people (in small letters,
// "deaths (children)", as the article reader names the people set in
// after "including") alone, since groups may overlap (the women and the
// civilians among the dead).
func partSets(parts []*claims.Claim) [][]*claims.Claim {
	var places []*claims.Claim
	var sets [][]*claims.Claim
	for _, c := range parts {
		name := c.Measure[strings.LastIndex(c.Measure, " (")+2:]
		if r, _ := utf8.DecodeRuneInString(name); unicode.IsLower(r) {
			sets = append(sets, []*claims.Claim{c})
		} else {
			places = append(places, c)
		}
	}
	if len(places) > 0 {
		sets = append([][]*claims.Claim{places}, sets...)
	}
	return sets
}

// scopeFits reports whether no part of parts states a scope other than
// the one whole states.
func scopeFits(whole *claims.Claim, parts []*claims.Claim) bool {
	for _, c := range parts {
		if whole.Scope != "" && c.Scope != "" && c.Scope != whole.Scope {
			return false
		}
	}
	return true
}

// allMeet reports whether the figures of cs all meet each other.
func allMeet(d *Document, cs []*claims.Claim) bool {
	for i, a := range cs {
		alo, ahi := d.Interval(a.Quantity)
		for _, b := range cs[i+1:] {
			blo, bhi := d.Interval(b.Quantity)
			if !overlaps(alo, ahi, blo, bhi) {
				return false
			}
		}
	}
	return true
}

// wholeOf returns the measure of the whole that a part's measure names,
// "deaths" of "deaths (Taroudant)", and whether m names a part: a measure
// in a unit ("distance (km)", "money (USD)") or a share ("voters
// (share)") is none (amountMeasures, shareSuffix).
func wholeOf(m string) (string, bool) {
	if !strings.HasSuffix(m, ")") {
		return "", false
	}
	i := strings.LastIndex(m, " (")
	if i <= 0 {
		return "", false
	}
	if _, unit := amountMeasures[m[:i]]; unit || m[i+2:len(m)-1] == shareSuffix {
		return "", false
	}
	return m[:i], true
}
