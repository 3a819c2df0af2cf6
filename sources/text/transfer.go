package text

import (
	"strings"

	"github.com/crosscheck/crosscheck/claims"
)

// Transfers, part of the party stage (direction.go reads who gives and who
// receives): whether one goes both ways, whether it is the transfer told
// just before, what was done to people after it, and who the people handed
// over are (prisoners, hostages taken by force, civilians).

// bothWays reports words that make the transfer of the figure at k an
// exchange in the clause: "each side handed over 1,000", "freed by each
// side", "in the largest prisoner swap". When the verb goes one way
// (oneWay), a swap that only names the exchange the transfer was part of
// does not ("Kyiv handed over 19 bodies as part of the exchange": one side
// of it), unless the clause's subject is both sides. perSide reports words
// that give the figure for each side, not both ways together: "each side
// handed over 1,000", "swapped 75 prisoners each", "40 from each side",
// "84 apiece", "500 per side"; "both sides", "an exchange" do not say.
func (d *document) bothWays(s sentence, k, cl0, cl1 int, oneWay bool) (mutual, perSide bool) {
	for j := cl0; j <= cl1; j++ {
		w := d.toks[j].low
		if w == "each" && j+1 <= s.last && d.cueAt(j+1, s.last) != 0 {
			return true, true // "Kyiv and Moscow each released 84"
		}
		if w == "each" && j > s.first && d.toks[j-1].kind == tWord && (d.cls(j-1)&cPerson != 0 || d.x.measures[d.toks[j-1].low] != "") {
			return true, true // "swapped 75 prisoners each"
		}
		if d.gram(j)&gSide != 0 && d.lx.perSide[w] && j > s.first && (d.toks[j-1].kind == tFig || d.toks[j-1].kind == tWord && (d.cls(j-1)&cPerson != 0 || d.x.measures[d.toks[j-1].low] != "")) {
			return true, true // "84 apiece", "released 84 prisoners apiece"
		}
		if j+1 <= s.last && d.gram(j+1)&gSide != 0 {
			two := d.key(j, j+2)
			if d.lx.eachSide[string(two)] {
				return true, true // "40 from each side", "500 per side", "60 each way"
			}
			if d.lx.bothSides[string(two)] {
				return true, false // "both sides freed 300": in all or each, the words do not say
			}
		}
		if (w == "swap" || w == "exchange" || w == "swaps" || w == "exchanges") && j > s.first && d.toks[j-1].low != "in" {
			if oneWay && d.namesEvent(j, k) && !d.bothSidesAct(k) {
				continue
			}
			return true, false
		}
	}
	return false, false
}

// noteFigure keeps the transfer t read with the exact figure f for
// sameFigure.
func (d *document) noteFigure(t transfer, f figure) {
	if f.q.Qualifier != claims.Exact || f.q.Vague || f.q.Reciprocal || f.q.Unit != claims.Count {
		return
	}
	if d.recent == nil {
		d.recent = make([]figureTransfer, 8) // most stories transfer nothing
	}
	d.recent[d.nRecent%len(d.recent)] = figureTransfer{transfer: t, value: f.q.Value}
	d.nRecent++
}

// recentTransfer returns the last transfer of the measure, among the
// last ones read: the whole whose people a part is counted of ("the freed
// hostages included …" names them, however far back they were freed).
func (d *document) recentTransfer(measure string) (transfer, bool) {
	if measure == "" {
		return transfer{}, false
	}
	if lt := d.lastTransfer; lt.ok && sameCount(lt.measure, measure) && !lt.mutual {
		return lt, true
	}
	for i := d.nRecent - 1; i >= max(0, d.nRecent-len(d.recent)); i-- {
		r := &d.recent[i%len(d.recent)]
		if sameCount(r.measure, measure) && !r.mutual {
			return r.transfer, true
		}
	}
	return transfer{}, false
}

// sameFigure returns the transfer told shortly before with the exact
// figure at k, when k stands in a clause with no verb and counts what that
// transfer did: "… 146 soldiers had been handed back on Sunday. \"They
// are with us again. 146 heroes,\" she wrote": the same handover, told
// again.
func (d *document) sameFigure(k int, f figure, measure string, para int) (transfer, bool) {
	if f.q.Qualifier != claims.Exact || f.q.Vague || f.q.Unit != claims.Count || !d.verbless(k) {
		return transfer{}, false
	}
	for i := d.nRecent - 1; i >= max(0, d.nRecent-len(d.recent)); i-- {
		r := &d.recent[i%len(d.recent)]
		if para-r.para > 1 {
			break
		}
		if r.value.Cmp(f.q.Value) == 0 && (measure == "" || sameCount(measure, r.measure) || !d.x.canon[measure]) {
			return r.transfer, true
		}
	}
	return transfer{}, false
}

// partsOfTransfer returns the transfer told shortly before whose exact
// figure the figures of the sentence s (k's) add up to, when they are two
// or more: "… 32 freed. \"Twenty-nine soldiers and three civilians are
// home,\" he said" breaks the release down, and each part is its people
// (the caller asks that the part count people).
func (d *document) partsOfTransfer(k int, s sentence, para int) (transfer, bool) {
	if d.nRecent == 0 {
		return transfer{}, false
	}
	var sum claims.Decimal
	n := 0
	for j := s.first; j <= s.last; j++ {
		t := &d.toks[j]
		if t.kind != tFig || !d.figs[t.fig].claim {
			continue
		}
		q := d.figs[t.fig].q
		if q.Qualifier != claims.Exact || q.Vague || q.Unit != claims.Count {
			return transfer{}, false
		}
		v, err := sum.Add(q.Value)
		if err != nil {
			return transfer{}, false
		}
		sum, n = v, n+1
	}
	if n < 2 {
		return transfer{}, false
	}
	for i := d.nRecent - 1; i >= max(0, d.nRecent-len(d.recent)); i-- {
		r := &d.recent[i%len(d.recent)]
		if para-r.para > 1 {
			break
		}
		if r.value.Cmp(sum) == 0 && (!r.mutual || r.subject != "" && r.recipient != "") {
			return r.transfer, true // one side of an exchange, told with its way
		}
	}
	return transfer{}, false
}

// verbless reports a figure at k in a clause with no verb, or in the part
// of a quotation, within its sentence, that has none: "146 heroes," she wrote.
func (d *document) verbless(k int) bool {
	if d.clist[d.clauseAt(k)].verb0 < 0 {
		return true
	}
	q := d.toks[k].quote
	if q == 0 {
		return false
	}
	s := d.sents[d.sentOf[k]]
	for j := s.first; j <= s.last; j++ {
		if d.toks[j].quote == q && d.toks[j].kind == tWord && (d.verbWord(j) || d.gram(j)&(gBe|gHave|gModal) != 0) {
			return false
		}
	}
	return true
}

// countsExchanges gives the noun of a figure at k that is a word of
// exchanging in the plural, or -1: "48 prisoner swaps", "37 separate exchanges" count
// exchanges, not prisoners, whatever verb the clause has ("brought home
// 900 soldiers in 41 swaps").
func (d *document) countsExchanges(k int, s sentence) int {
	for j := k + 1; j <= k+3 && j <= s.last; j++ {
		if d.toks[j].kind != tWord || d.isPrep(j) || d.isDet(j) || d.verbWord(j) || d.breaker(j) {
			return -1 // "40 of the exchanges", "300 in two swaps"
		}
		if d.cls(j)&cMutual != 0 {
			if strings.HasSuffix(d.toks[j].low, "s") && d.isNoun(j, s) {
				return j
			}
			return -1
		}
	}
	return -1
}

// namesEvent reports a noun at j inside an attachment of its clause that
// neither holds the figure at k nor takes it as its complement: "released
// in the exchange", "as part of the swap", but not "in a swap of 300
// prisoners".
func (d *document) namesEvent(j, k int) bool {
	ats := d.attachOf(d.clauseAt(j))
	for i, a := range ats {
		if j < int(a.np0) || j > int(a.np1) {
			continue
		}
		if int(a.np0) <= k && k <= int(a.np1) {
			return false
		}
		if i+1 < len(ats) {
			n := ats[i+1]
			if n.prep == a.np1+1 && int(n.np0) <= k && k <= int(n.np1) {
				return false // "a swap of 300 prisoners", "a swap involving 300"
			}
		}
		return true
	}
	return false
}

// bothSidesAct reports a clause of the figure at k whose subject names two
// parties: "Russia and Ukraine freed 300 prisoners in a swap".
func (d *document) bothSidesAct(k int) bool {
	c := &d.clist[d.clauseAt(k)]
	if c.subj0 < 0 {
		return false
	}
	first := ""
	for i := int(c.subj0); i <= int(c.subj1); i++ {
		if p, n, _ := d.partyAt(i); p != "" {
			if first != "" && p != first {
				return true
			}
			first = p
			i += max(n, 1) - 1
		}
	}
	return false
}

// sameKind reports a transfer at k whose kind is that of the transfer
// told before, lt: what is still to be freed ("another 14 are due to be
// freed") is not the release just told, told again.
func (d *document) sameKind(lt transfer, k int, cu cue, s sentence, cl1 int) bool {
	scratch := &builder{d: d}
	switch {
	case d.modal(k, cu, s, scratch):
		return lt.kind == claims.Offered || lt.kind == claims.Agreed
	case d.agreed(k, cu, s, cl1, scratch):
		return lt.kind == claims.Agreed
	}
	return lt.kind == claims.Completed
}

// passiveAfter reports a figure that is the subject of a passive or a
// past perfect passive right after it: "14 had been detained", "seven
// were deported", "twelve have been held".
func (d *document) passiveAfter(k, cl1 int) bool {
	j := k + 1
	if j <= cl1 && d.toks[j].kind == tWord && d.x.measures[d.toks[j].low] != "" {
		j++ // "14 people had been detained"
	}
	switch {
	case j+1 <= cl1 && (d.toks[j].low == "were" || d.toks[j].low == "was"):
		j++
	case j+2 <= cl1 && (d.toks[j].low == "had" || d.toks[j].low == "have" || d.toks[j].low == "has") && d.toks[j+1].low == "been":
		j += 2
	default:
		return false
	}
	w := d.toks[j].low
	return d.toks[j].kind == tWord && (strings.HasSuffix(w, "ed") || isIrregularPast(w))
}

// takenPeople reports a figure whose people a relative clause says were
// abducted or kidnapped: "142 pupils who were abducted", "13 people who
// had been kidnapped".
func (d *document) takenPeople(k int, s sentence) bool {
	for i := k + 1; i <= s.last && i <= k+4; i++ {
		if w := d.toks[i].low; w != "who" && w != "that" {
			continue
		}
		for j := i + 1; j <= s.last && j <= i+4; j++ {
			if m, _ := d.measureAt(j); m == "hostages" {
				return true
			}
		}
		return false
	}
	return false
}

// namesHostages reports a story that names hostages somewhere
// ("hostages", "taken hostage").
func (d *document) namesHostages() bool {
	if d.hostageStory == 0 {
		d.hostageStory = -1
		for j := range d.toks {
			if m, _ := d.measureAt(j); m == "hostages" {
				d.hostageStory = 1
				break
			}
		}
	}
	return d.hostageStory > 0
}

// aboutCaptives reports a story that names prisoners or hostages
// somewhere ("prisoners", "POWs", "captives"): only there is a bare
// figure handed over ("Kyiv got back 95") a count of prisoners, not in a
// flood story where "we received figures in the thousands".
func (d *document) aboutCaptives() bool {
	if d.captives == 0 {
		d.captives = -1
		for j := range d.toks {
			if m, _ := d.measureAt(j); captiveMeasure(m) || m == "hostages" {
				d.captives = 1
				break
			}
		}
	}
	return d.captives > 0
}

// captiveMeasure reports a measure of people held by the other side and
// handed over in a swap, whichever word the story gives them: prisoners,
// or detainees (a measure of its own, so that a story that says
// "detainees" is read in its own word).
func captiveMeasure(m string) bool { return m == "prisoners" || m == "detainees" }

// armedMeasure reports a measure of armed people: troops, or fighters in
// the word a report uses for an armed group's members. Freed, they are
// prisoners; lost, they are the dead.
func armedMeasure(m string) bool { return m == "troops" || m == "fighters" }

// sameCount reports two measures that count the same people, so that a
// part, a giver or a transfer told before in one word is found from the
// other: the same measure, or the two words for captives.
func sameCount(a, b string) bool { return a == b || captiveMeasure(a) && captiveMeasure(b) }

// noncombatant reports a figure at k that counts civilians: its noun, or
// the noun after a demonym ("40 civilians", "two Ukrainian civilians").
func (d *document) noncombatant(k int, s sentence) bool {
	for i := k + 1; i <= s.last && i <= k+2; i++ {
		t := &d.toks[i]
		if t.kind != tWord {
			return false
		}
		if noncombatants[t.low] {
			return true
		}
		if t.cls&cDemonym == 0 {
			return false
		}
	}
	return false
}

// recipientTo returns who receives what clause c gives at k, named after
// "to" beyond what partyAfter reads: a place the vocabulary does not know
// ("sent 12 ambulances to the Kunar district"), or several parties at
// once ("$20 million in aid to Chile and Peru"). A go-between ("to the
// Red Cross") or a figure ("raised it to $50 million") names none.
func (d *document) recipientTo(c, k int) (string, claims.Span, bool) {
	for _, a := range d.attachOf(c) {
		if int(a.prep) <= k {
			continue
		}
		if w := d.toks[a.prep].low; w != "to" {
			if w == "in" || w == "of" {
				continue // "$20 million in aid to", "40 tonnes of flour to"
			}
			break // "at ports of entry as exceptions to …": another phrase's "to"
		}
		if a.np1 < a.np0 || d.figureBetween(k, int(a.prep)) {
			break // "… in exchange for 2,000 prisoners, and aid to …": another figure's
		}
		np0, np1 := int(a.np0), int(a.np1)
		first, last, n := -1, -1, 0
		joined := true
		for i := np0; i <= np1; i++ {
			t := &d.toks[i]
			if t.kind == tFig {
				return "", claims.Span{}, false
			}
			p, m, dem := d.partyAt(i)
			switch {
			case p != "" && isIntermediary(p):
				return "", claims.Span{}, false
			case p != "" && !dem:
				if first < 0 {
					first = i
				}
				last, n = i+max(m, 1)-1, n+1
				i = last
			case t.low == "and" || t.low == "," || d.lx.g.det[t.low]:
			default:
				joined = joined && first < 0 // words before the first party are its own ("the people of Chile")
			}
		}
		switch {
		case n > 1 && joined:
			return d.text[d.toks[first].start:d.toks[last].end], d.span(first, last), true // both receive
		case n > 0:
			p, _, _ := d.partyAt(first)
			return p, d.span(first, last), true
		}
		for i := np0; i <= np1; i++ {
			if t := &d.toks[i]; t.kind == tWord && t.capital && !isWeekdayOrMonth(t.low) && !d.lx.months[t.low] && d.x.demonyms[t.low] == "" {
				if name, sp := d.placeName(a); name != "" {
					return name, sp, true
				}
				break
			}
		}
		break
	}
	return "", claims.Span{}, false
}

// givenBy returns the recipient of what the givers counted at k give: the
// figure in the subject of an active verb of giving, pledging or granting,
// and the party named after its "to" ("64 countries have sent rescue teams
// to Chile", "40 charities delivered blankets to Nepal").
func (d *document) givenBy(k int) (string, claims.Span, bool) {
	c := d.clauseAt(k)
	cl := &d.clist[c]
	if cl.verb0 < 0 || cl.subj0 < 0 || int(cl.subj0) > k || int(cl.subj1) < k || cl.vg&vgPassive != 0 || d.cls(int(cl.verb1))&cPledge == 0 {
		return "", claims.Span{}, false
	}
	return d.recipientTo(c, int(cl.verb1))
}

// grantedTo returns the recipient of a figure that no transfer cue moves
// but that its clause's verb gives, pledges or grants ("pledged $20
// million in aid to Chile", "will provide 40 tents to the Kunar
// district"): the one named after "to".
func (d *document) grantedTo(k int) (string, claims.Span, bool) {
	c := d.clauseAt(k)
	cl := &d.clist[c]
	if cl.verb0 < 0 || int(cl.verb0) > k {
		return "", claims.Span{}, false
	}
	for j := int(cl.verb0); j < k; j++ {
		// The verb group, or a verb the word lists do not take for one
		// ("will provide"): a word of giving before the figure.
		if d.cls(j)&cPledge != 0 {
			return d.recipientTo(c, k)
		}
	}
	return "", claims.Span{}, false
}

// convoySides returns who hands over and who receives the captives a
// vehicle carries at k ("a bus carrying 30 prisoners left the jail for
// the border", "the flight from the Saudi city of Abha carrying 120
// detainees"), in a story of captives: the party its route starts from
// and the one it goes to, else the sides of the story's release of such
// people told without a figure ("Israel began freeing Palestinian
// prisoners"), else the only side seen giving them. The prison or the town
// a convoy leaves or reaches is no party of the count.
func (d *document) convoySides(k int, s sentence, m string) (giver, recipient string, ok bool) {
	if m == "" || !d.aboutCaptives() {
		return "", "", false
	}
	for j := s.first; j < s.last; j++ {
		var into *string
		switch d.toks[j].low {
		case "from", "left":
			into = &giver
		case "for", "to":
			if j > s.first && (d.toks[j-1].low == "according" || d.toks[j-1].low == "exchange") {
				continue // "according to Israeli officials", "in exchange for two soldiers"
			}
			into = &recipient
		case "in":
			if j > s.first && d.lx.g.convey[d.toks[j-1].low] {
				into = &recipient // "arrived in Ramallah"
			}
		}
		if into == nil || *into != "" || d.toks[j].quote != d.toks[k].quote {
			continue
		}
		for i := j + 1; i <= s.last && i <= j+4 && d.toks[i].kind == tWord; i++ {
			if p, _, _ := d.partyAt(i); p != "" {
				*into = p
				break
			}
		}
	}
	if giver == "" {
		if g, r := d.toldRelease(m, s.first); g != "" {
			giver = g
			if recipient == "" {
				recipient = r
			}
		}
	}
	if giver == "" {
		giver = d.soleGiver(m)
	}
	if giver == "" || giver == recipient {
		return "", "", false
	}
	if recipient == "" {
		recipient = d.counterpart(giver)
	}
	return giver, recipient, true
}

// toldRelease returns the sides of the first handover of people counted
// as m that the story tells with no figure, before token before: "Israel
// has begun releasing Palestinian prisoners" gives Israel and the
// Palestinians.
func (d *document) toldRelease(m string, before int) (giver, recipient string) {
	for j := 0; j < before; j++ {
		s := d.sents[d.sentOf[j]]
		if d.toks[j].kind != tWord || d.cueAt(j, s.last) != cueGive || d.isNoun(j, s) {
			continue
		}
		r := ""
		for i := j + 1; i <= s.last && i <= j+8; i++ {
			t := &d.toks[i]
			if t.kind == tFig || d.boundary(i) {
				break
			}
			if p, _, _ := d.partyAt(i); p != "" && r == "" {
				r = p
			}
			if w, _ := d.measureAt(i); sameCount(w, m) {
				if g, _ := d.agentBefore(j, s, claims.Speaker{}); g != "" && d.isParty(g) && g != r {
					return g, r
				}
				break
			}
		}
	}
	return "", ""
}

// relativeCaptor returns the party that a relative clause right after the
// people at k says took or holds them: "40 villagers whom Kyiv captured",
// "the 300 soldiers that Russian forces hold". Whoever holds people is
// the side that hands them over, whatever way the exchange they are part
// of goes.
func (d *document) relativeCaptor(k, last int) (string, claims.Span, bool) {
	for j := k + 1; j <= last && j <= k+6; j++ {
		t := &d.toks[j]
		if t.kind != tWord {
			return "", claims.Span{}, false
		}
		if t.low != "that" && t.low != "whom" && t.low != "who" {
			if d.verbWord(j) || d.cueAt(j, last) != 0 || d.cls(j)&cPrep != 0 {
				return "", claims.Span{}, false // "40 freed in …", "40 of the …": no relative right after the people
			}
			continue
		}
		i := j + 1
		if i <= last && d.gram(i)&gDet != 0 {
			i++
		}
		p, n, dem := d.partyAt(i)
		if p == "" || i+n > last {
			return "", claims.Span{}, false
		}
		e := i + n
		if dem {
			if !isAgentNoun(d.toks[e].low) {
				return "", claims.Span{}, false
			}
			e++
		}
		for e <= last && d.gram(e)&(gHave|gBe|gInner) != 0 {
			e++ // "that Kyiv still holds", "whom Moscow had captured"
		}
		if e <= last && (d.lx.capture[d.toks[e].low] || d.lx.g.holdVerb[d.toks[e].low]) {
			return p, d.span(i, e-1), true
		}
		return "", claims.Span{}, false
	}
	return "", claims.Span{}, false
}

// forBetween reports "for" between tokens a and b: what comes after it
// in "a swap of 200 soldiers for 90 captives" goes the other way.
func (d *document) forBetween(a, b int) bool {
	for j := a + 1; j < b; j++ {
		if d.toks[j].low == "for" {
			return true
		}
	}
	return false
}
