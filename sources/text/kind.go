package text

import (
	"strings"

	"github.com/crosscheck/crosscheck/claims"
)

// The kind stage for figures that count rather than transfer: a toll, a
// crowd, a tally of votes or arrivals. What a figure counts decides the
// default, and the words of its clause override it:
//
//   - a crowd is always somebody's estimate ("police counted 80,000");
//   - what is pledged or to be given is offered ("pledging 10.6 billion
//     euros", "would provide $85 million");
//   - what somebody will do is planned, so offered ("a second train will
//     carry 950 bodies"), unless it is a toll or a level ("will rise to");
//   - anything else is a count of what happened (completed), unless the
//     figure is rounded ("about 8,000", "some 36%", "thousands"; a vague
//     handful such as "several" or "dozens" is a loose count, not an
//     estimate, and so is a hedge over a figure written to the unit,
//     "some 317"), the clause says it is an estimate or a projection ("an
//     estimated 20,000", "as many as 900 may have died", "a study
//     estimates", up to a semicolon), or the speaker's verb is one of
//     estimating ("put the number at", "counted");
//   - a toll (deaths, injured, missing, homes destroyed, people displaced
//     or arrested) is a running total as of its date: each new figure
//     replaces the one before, so that a toll that falls is worth a look.
//     A part of it ("including 51 children", "of whom 12") is no total;
//     the places it covers ("homes destroyed in 20 villages") are.
//
// The classes of measures and the words of estimation are data in the
// lexicon (measureClass, estimateCue).

// Classes of measures, as the kind stage sees them.
const (
	mcCrowd  uint8 = 1 << iota // counted by eye: an estimate
	mcToll                     // a running total that only grows, as of its date
	mcCount                    // counted, never handed over
	mcEvent                    // counted at one event: a rally, a disaster
	mcPeople                   // counts people (or their bodies)
	mcResult                   // a result counted once, when a vote closes: "a total of" it is the whole count, no running total
	mcHeld                     // held captive: how many are still held is somebody's estimate
)

// countKind returns the kind of the count at token k whose clause is
// [cl0, cl1]: estimated for a crowd or where the sentence says so, else
// completed.
func (d *document) countKind(k int, s sentence, cl0, cl1 int, measure string, b *builder) claims.Kind {
	if d.lx.measureClass[measure]&mcCrowd != 0 {
		if j, ok := d.crowdToCome(k); ok {
			// "organisers were targeting 500,000": people aimed at, not
			// counted.
			b.why("kind", d.span(j, j))
			return claims.Offered
		}
		b.whyText("kind", "a crowd is counted by estimate")
		return claims.Estimated
	}
	if j, ok := d.offerIn(k, s); ok {
		b.why("kind", d.span(j, j)) // "pledging 10.6 billion euros", "would provide $85 million"
		return claims.Offered
	}
	if j, ok := d.intendedIn(k, s); ok {
		b.why("kind", d.span(j, j)) // "40 rallies planned", "invited them to set up two offices"
		return claims.Offered
	}
	if f := d.figs[d.toks[k].fig]; containsFold(d.text[f.span.Start:f.span.End], "estimat") ||
		f.q.Qualifier == claims.Approx && (!f.q.Vague || f.q.Lower.Value.Float64() >= 1000) && !countedToUnit(f.q) || f.q.Approximate {
		// "an estimated 20,000", "about 8,000", "some 36%", "thousands",
		// "about 20 to 25" (an approximate range);
		// not "several" or "dozens", which tell loosely what was counted
		// one by one, nor "some 417", written to the unit.
		b.why("kind", f.span)
		return claims.Estimated
	}
	if j, ok := d.estimateCueIn(k, s, cl0, cl1); ok {
		b.why("kind", d.span(j, j))
		if d.plannedDeed(j, measure) {
			return claims.Offered // "the train will carry 1,200 bodies", "charges will be filed against 35"
		}
		return claims.Estimated
	}
	if j, ok := d.stillHeldIn(k, cl0, cl1, measure); ok {
		b.why("kind", d.span(j, j)) // "41 hostages remain in tunnels", "still holds 214 prisoners"
		return claims.Estimated
	}
	if a := d.attributionFor(d.sentOf[k], k); a != nil && a.estimate && a.verb >= 0 && d.estimatingVerb(a.verb) {
		// "Kyiv put the number held by Russia at about 8,000", "police
		// counted 30,000": the speaker's verb makes the figure an estimate.
		b.why("kind", d.span(a.verb, a.verb))
		return claims.Estimated
	}
	b.whyText("kind", "a count of what happened")
	return claims.Completed
}

// crowdToCome returns the word that makes a crowd at token k one still to
// come: a verb of aiming right before it, its subject the crowd's own side
// ("organisers were targeting 500,000", "hoping for a million"), or a noun
// of aiming with "of" right before the figure ("a goal of 100,000").
func (d *document) crowdToCome(k int) (int, bool) {
	if j := k - 2; j >= 0 && d.toks[k-1].low == "of" && d.lx.aimNoun[d.toks[j].low] {
		return j, true // "a goal of 100,000"; not "the goal of the 20,000 marchers"
	}
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		t := &d.toks[j]
		if t.kind != tWord {
			break
		}
		if d.lx.aim[t.low] {
			if j+1 < k && d.toks[j+1].low != "for" || !d.aimersSide(j) {
				return 0, false // "targeting 5,000" as police do; "hoping to" is no aim at a crowd
			}
			return j, true
		}
		if w := t.low; w != "for" && !isArticle(w) {
			break
		}
	}
	return 0, false
}

// aimersSide reports that the subject of the verb of aiming at token j is
// the crowd's own side (crowdSide: "organisers", "the union") or a
// pronoun, or that its clause names none ("hoping for a million").
func (d *document) aimersSide(j int) bool {
	c := &d.clist[d.clauseAt(j)]
	if c.subj0 < 0 || int(c.subj0) > j {
		return true
	}
	for i := int(c.subj0); i <= int(c.subj1) && i < j; i++ {
		if d.lx.crowdSide[d.toks[i].low] || d.cls(i)&cPronoun != 0 {
			return true
		}
	}
	return false
}

// listOf reports a figure that counts the entries of a list: "a list of
// 500 names", "the first list of 300 prisoners".
func (d *document) listOf(k int, s sentence) bool {
	return k-2 >= s.first && d.toks[k-1].low == "of" && d.lx.listNoun[d.toks[k-2].low]
}

// countedToUnit reports a hedged count written to its last unit, of 100 or
// more: "some 417 migrants", "about 19,864 dead". Nobody rounds an estimate
// to 417; the hedge is the writer's manner over a count, where "about 8,000"
// or "some 36%" is rounded.
func countedToUnit(q claims.Quantity) bool {
	return q.Unit == claims.Count && !q.Vague && q.Precision.Cmp(claims.DecimalOf(1)) == 0 && q.Value.Float64() >= 100
}

// estimateCueIn finds a word of estimation that governs the figure at k:
// in its clause, or before it in its sentence on the same side of any
// quotation mark ("A study estimates that …, including 64,260 …"). "May"
// with a capital is the month.
func (d *document) estimateCueIn(k int, s sentence, cl0, cl1 int) (int, bool) {
	q := d.toks[k].quote
	for j := s.first; j <= cl1; j++ {
		t := &d.toks[j]
		if t.kind != tWord || t.quote != q || t.cls&cEstimateCue == 0 {
			continue
		}
		if t.capital && j > s.first && t.low == "may" {
			continue
		}
		if j < cl0 && !d.lx.estimateVerb[t.low] {
			continue // a modal governs only its own clause
		}
		if j < cl0 && d.semicolonBetween(j, cl0) {
			continue // "Organisers estimate 150,000 at the rally; 2 arrested": a clause of its own
		}
		return j, true
	}
	return 0, false
}

// plannedDeed reports a modal of the future at j before a deed, of a
// count that is no toll: "the second convoy will carry 1,200 bodies",
// "charges will be brought against 35 people", "the agency will fly them
// to six cities". What somebody will do is planned; what a toll or a
// level will come to ("will rise to 500", "will be more than 6,000",
// "3,000 will die") is a projection.
func (d *document) plannedDeed(j int, measure string) bool {
	if !d.lx.pureFuture[d.toks[j].low] || d.mclass(measure)&(mcToll|mcCrowd) != 0 {
		return false
	}
	last := d.sents[d.sentOf[j]].last
	i := j + 1
	for i <= last && i <= j+3 && perfectFillers[d.toks[i].low] && d.toks[i].low != "been" {
		if d.gram(i)&gNeg != 0 || d.toks[i].low == "not" || d.toks[i].low == "never" {
			return false // "will not hand over": no plan
		}
		i++ // "will also carry", "will now fly"
	}
	if i > last || d.toks[i].kind != tWord || d.cls(i)&cEstimateCue != 0 || d.gram(i)&(gDet|gPrep|gNeg) != 0 {
		return false
	}
	if d.gram(i)&gBe != 0 {
		// A passive tells a deed: "will be filed"; "will be more than" a level.
		return i+1 <= last && d.toks[i+1].kind == tWord && (strings.HasSuffix(d.toks[i+1].low, "ed") || isIrregularPast(d.toks[i+1].low))
	}
	return d.gram(i)&gHave == 0 && !d.lx.levelVerb[d.toks[i].low]
}

// stillHeldIn finds the word that makes a count of captives (measure of
// class mcHeld) a state that goes on, in the figure's clause [cl0, cl1] and
// on its side of any quotation mark: "41 hostages remain in tunnels", "the
// militia still holds 214 prisoners". Those still held are no count of what
// happened but somebody's estimate of how many are held now.
func (d *document) stillHeldIn(k, cl0, cl1 int, measure string) (int, bool) {
	if d.mclass(measure)&mcHeld == 0 {
		return 0, false
	}
	q := d.toks[k].quote
	for j := cl0; j <= cl1; j++ {
		if t := &d.toks[j]; t.kind == tWord && t.quote == q && (t.gram&gStay != 0 || d.lx.persist[t.low]) {
			return j, true
		}
	}
	return 0, false
}

// estimatingVerb reports a speaker's verb of estimating: "estimated", "put
// … at"; not "counted" or "tallied", which count.
func (d *document) estimatingVerb(v int) bool {
	w := d.toks[v].low
	return d.lx.estimateVerb[w] || w == "put" || w == "puts" || w == "putting"
}

// tollScope reports whether a count of measure is a running total: a toll
// that is not a part of another figure, or the places a toll covers ("3,400
// houses were flattened across 14 villages").
func (d *document) tollScope(measure string, k, cl0, cl1 int) bool {
	if d.mclass(measure)&mcToll != 0 {
		return !d.partOf(k, cl0, cl1)
	}
	if w := d.toks[max(k-1, 0)].low; !d.lx.place[measure] || k-1 < cl0 || !d.lx.prep[w] && w != "across" && w != "throughout" {
		return false
	}
	for j := cl0; j < k-1; j++ {
		if m, _ := d.measureAt(j); m != "" && d.lx.measureClass[m]&mcToll != 0 {
			return true
		}
	}
	return false
}

// eventMeasure reports measures counted at an event: the crowd of a rally,
// the toll of a disaster.
func (d *document) eventMeasure(m string) bool { return d.mclass(m)&mcEvent != 0 }

// countMeasure reports measures of things that are counted and never
// handed over.
func (d *document) countMeasure(m string) bool { return d.mclass(m)&mcCount != 0 }

// mclass returns the classes of a measure; a combined one ("deaths or
// injured") has the classes both its parts have.
func (d *document) mclass(m string) uint8 {
	if m == d.mcMeasure {
		return d.mcClass // the stages ask of one figure's measure again and again
	}
	c, ok := d.lx.measureClass[m]
	if a, b, or := strings.Cut(m, " or "); !ok && or {
		c = d.lx.measureClass[a] & d.lx.measureClass[b]
	}
	d.mcMeasure, d.mcClass = m, c
	return c
}

// containsFold reports whether s holds sub, which is lower case, in any
// case.
func containsFold(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		j := 0
		for j < len(sub) && s[i+j]|0x20 == sub[j] {
			j++
		}
		if j == len(sub) {
			return true
		}
	}
	return false
}

// semicolonBetween reports a semicolon among tokens [i, j): it ends the
// reach of a verb over the clauses after it.
func (d *document) semicolonBetween(i, j int) bool {
	for ; i < j; i++ {
		if d.toks[i].kind == tPunct && d.toks[i].low == ";" {
			return true
		}
	}
	return false
}

// offerIn finds the words that make the figure at k a thing promised
// rather than done, shortly before it in its clause (a bracket does not
// end it): a verb of
// pledging ("pledging 10.6 billion euros (about $11.4 billion)"), or a
// modal before a verb of giving ("would provide $85 million in aid").
func (d *document) offerIn(k int, s sentence) (int, bool) {
	q := d.toks[k].quote
	for j := k - 1; j >= s.first && j >= k-12; j-- {
		t := &d.toks[j]
		if t.quote != q || t.kind == tPunct && (t.low == ";" || t.low == "." || t.low == ",") ||
			t.low == "and" || t.low == "but" || t.low == "while" {
			break // its own clause: "China has pledged 20 million yuan, and a team of 82 arrived"
		}
		if t.kind != tWord {
			continue
		}
		if t.cls&cPledge == 0 {
			continue // neither pledged, given nor granted
		}
		if d.lx.pledge[t.low] {
			return j, true
		}
		if t.cls&cGive != 0 || d.lx.grant[t.low] {
			for i := j - 1; i >= s.first && i >= j-2; i-- {
				if w := d.toks[i].low; w == "will" || w == "would" || w == "shall" || w == "'ll" {
					return i, true
				}
			}
			return 0, false // a verb of giving without a modal: given
		}
	}
	return 0, false
}

// intendedIn finds a verb of planning, proposing or inviting (lexicon's
// intend) that governs the count at k: a participle after its noun ("250
// protests planned", "90 marches were planned for Sunday"), or a verb before
// it, past the party invited and the verb of what is to be set up ("unions
// plan 40 sit-ins", "invited both camps to create four commissions",
// "proposed setting up two offices"). The word as an adjective ("the
// planned sit-in drew 6,000") or people who plan ("12 people who had
// planned", "35 lawmakers have planned to vote") do not.
func (d *document) intendedIn(k int, s sentence) (int, bool) {
	q := d.toks[k].quote
	i, n := k+1, 0
	for i <= s.last && n < 3 && d.toks[i].kind == tWord && d.toks[i].quote == q && d.cls(i)&cBreaker == 0 && d.gram(i)&gIntend == 0 {
		i, n = i+1, n+1
	}
	for i+1 <= s.last && (d.gram(i)&gBe != 0 || d.gram(i)&gHave != 0 && d.gram(i+1)&gBe != 0) {
		i++
	}
	if n > 0 && i <= s.last && d.gram(i)&gIntend != 0 && d.toks[i].quote == q &&
		!(i+1 <= s.last && (d.toks[i+1].low == "to" || d.gram(i+1)&gDet != 0 || d.pluralObject(i+1))) {
		return i, true
	}
	for j := k - 1; j >= s.first && j >= k-6; j-- {
		t := &d.toks[j]
		if t.quote != q || t.kind != tWord {
			break
		}
		if t.gram&gIntend != 0 {
			if j > s.first && d.gram(j-1)&gDet != 0 {
				break // "the planned sit-in"
			}
			return j, true
		}
		switch {
		case t.low == "to" || t.low == "up" || t.low == "that" || strings.HasSuffix(t.low, "ing"):
			// "to create", "setting up", "proposed that Kyiv form"
		case j > s.first && d.toks[j-1].low == "to":
			// "to create"
		case t.capital || d.gram(j)&(gVerb|gBe|gHave|gModal|gPrep|gCoord|gSubord|gRelative) == 0:
			// the party invited: "Kyiv", "both camps", "them"
		default:
			return 0, false
		}
	}
	return 0, false
}

// pluralObject reports a plural noun at j, right after a verb, that is its
// object: "9,000 travellers booked seats", "79,000 people scheduled
// appointments"; the people counted are the ones who planned, and what
// they planned is not the count.
func (d *document) pluralObject(j int) bool {
	t := &d.toks[j]
	return t.kind == tWord && !t.capital && len(t.low) > 3 && strings.HasSuffix(t.low, "s") && !strings.HasSuffix(t.low, "ss") &&
		d.gram(j)&(gPrep|gCoord|gSubord|gRelative|gVerb|gBe|gHave|gModal|gDet) == 0 && d.cls(j)&cBreaker == 0
}

// begunWhole reports a transfer cue at cu told as the size of something
// begun: a participle hung on a clause whose verb begins ("have started
// their biggest swap, trading 880 each"), a verb right after one ("began
// handing over 2,000 bodies") or after the thing begun ("started an
// operation to repatriate 640"), or a swap that is itself the subject of
// a verb that begins ("a swap of 600 detainees began on Sunday"). What was
// begun is agreed; how much of it is done the text tells apart ("the first
// 300 came home").
func (d *document) begunWhole(cu cue) bool {
	j := cu.tok
	if j < 1 || d.toks[j].kind != tWord {
		return false
	}
	if d.toks[j-1].low == "to" && d.begunBefore(j-1) {
		return true // "started a three-day operation to repatriate"
	}
	ci := d.clauseAt(j)
	if d.begunAfter(j, ci) {
		return true // "a swap of 600 detainees began on Sunday"
	}
	if !strings.HasSuffix(d.toks[j].low, "ing") {
		return false
	}
	if p := j - 1; d.lx.inceptive[d.toks[p].low] || d.toks[p].low == "to" && p > 0 && d.lx.inceptive[d.toks[p-1].low] {
		return true // "began exchanging", "started to hand over" is no -ing cue
	}
	if d.clist[ci].kind != clParticiple {
		return false
	}
	// The clause the participle tells of: the nearest main or coordinated
	// one before it, past "since the war began" and the like.
	si := d.sentOf[j]
	for p := ci - 1; p >= int(d.sentCl[2*si]); p-- {
		if h := &d.clist[p]; h.kind == clMain || h.kind == clCoord {
			return h.verb1 >= 0 && d.lx.inceptive[d.toks[h.verb1].low]
		}
	}
	return false
}

// begunAfter reports a swap named by the noun at j, the subject that opens
// its clause ci, whose verb begins: "A swap of 600 detainees held by both
// sides began on Sunday". The verb is found by its word, past the phrases
// that hang on the noun, up to a comma.
func (d *document) begunAfter(j, ci int) bool {
	s := d.sents[d.sentOf[j]]
	if !d.isNoun(j, s) {
		return false
	}
	for i := j - 1; i >= int(d.clist[ci].first); i-- {
		if d.gram(i)&gDet == 0 && d.toks[i].kind == tWord && d.verbWord(i) {
			return false // "Kyiv says a swap …": the swap is no subject opening it
		}
	}
	for i := j + 1; i <= s.last && i <= j+16; i++ {
		t := &d.toks[i]
		if t.kind == tPunct && t.low != "-" || t.quote != d.toks[j].quote {
			return false
		}
		if t.kind == tWord && d.lx.inceptive[t.low] && !strings.HasSuffix(t.low, "ing") && d.gram(i-1)&gDet == 0 {
			return true
		}
		if d.gram(i)&(gBe|gHave|gModal|gSubord|gRelative|gCoord) != 0 {
			return false // "50 swaps had taken place since Moscow launched": another verb's clause
		}
	}
	return false
}

// begunBefore reports a verb that begins right before the "to" at p, past
// the noun phrase of what is begun: "started to", "launched an operation
// to", "began a three-day effort to".
func (d *document) begunBefore(p int) bool {
	first := d.sents[d.sentOf[p]].first
	for i := p - 1; i >= first && i >= p-6; i-- {
		t := &d.toks[i]
		if t.kind != tWord && !(t.kind == tFig && i < p-1) {
			return false
		}
		if d.lx.inceptive[t.low] {
			return true
		}
		if i < p-1 && d.verbWord(i) || d.cls(i)&cBreaker != 0 && d.gram(i)&gDet == 0 {
			return false
		}
	}
	return false
}
