// The attribution stage, part 4: cover. Which attribution, if any, gives
// the speaker of a figure: the one of its sentence, of its quotation, or
// none (the outlet's own voice).

package text

import (
	"strings"
	"unicode"

	"github.com/crosscheck/crosscheck/claims"
)

// speakerOfSent resolves the speakers of sentence si's narrative, in
// order, and returns the first (-1 when it has none).
func (d *document) speakerOfSent(si int) int {
	if !d.sentDone[si] {
		d.sentDone[si] = true
		for i := range d.attrs[si] {
			a := &d.attrs[si][i]
			a.ent = d.speakerOf(*a)
			if a.ent >= 0 && !a.when.IsZero() {
				d.ents[a.ent].said = a.when
			}
			d.noteSpeaker(a.ent, si)
		}
	}
	if len(d.attrs[si]) == 0 {
		return -1
	}
	return d.attrs[si][0].ent
}

// attributionFor returns the attribution of sentence si that covers the
// narrative token k: the last before it whose speaker stands before its
// verb ("police counted 81,000"), else the first after it ("…, the ministry
// said"), else the last before it. It returns nil when there is none.
func (d *document) attributionFor(si, k int) *attribution {
	if d.conversion(k) || d.placeGloss(k) {
		// "10.6 billion euros ($11.4 billion)": the outlet converts; "in
		// Meru, about 200km east of Nairobi": the outlet places
		return nil
	}
	if d.earlierFigure(k) {
		if a := d.earlierReport(); a != nil {
			return a // "from the initially reported 48%": who reported the first results
		}
	}
	d.speakerOfSent(si)
	as := d.attrs[si]
	s := d.sents[si]
	var before, after, lastBefore, final *attribution
	cut := false // an attribution of the sentence ends before k: k is the outlet's
	for i := range as {
		if a := &as[i]; a.kind == cueAccording && a.appos[1] > 0 && k >= a.appos[0] && k <= a.appos[1] {
			return nil // "the CGT, one of the eight union centres": the outlet describes the source
		}
	}
	for i := range as {
		if a := &as[i]; a.gapped && a.ent >= 0 && a.np1+1 == k {
			return a // "and the prefecture 5,200": the source set before the figure, with the cue left out
		}
	}
	for i := range as {
		a := &as[i]
		if a.ent < 0 || a.gapped {
			continue // a pronoun with nothing to point back to; a gapped source speaks only for its own figure
		}
		if a.verb > k && a.kind == cueAgent && d.compared(k, a.verb) {
			continue // "down 8 points on the first count published by the board"
		}
		if a.verb > k && d.subordinate(k, a) {
			continue // "hundreds were freed after the crash of a plane that Moscow claimed …"
		}
		if d.bracketedAway(a, k, s) {
			continue // "180,000 in Varn according to the unions (40,000 according to the police), 90,000 in Ostel": the police count only its own
		}
		if a.verb < k && d.cutOff(a, k) {
			cut = true
			continue // "X estimate 150,000 at the rally; 2 arrested"
		}
		if a.verb > k && a.np0 > k && d.closes(a, s) && (final == nil || !nestingCues[d.toks[a.verb].low] && !(a.wire && final.wire)) {
			// "…, Vereshchuk said, citing data from …": the outer one; of
			// two wires' credits ("…, Ukrinform reported, AFP reports"),
			// the first, which the second relays.
			final = a
		}
		if a.verb < k {
			lastBefore = a
			if a.np1 < a.verb || a.kind == cueAccording && a.np1 < k {
				before = a // "police counted 81,000"; "– according to the CGT – 300,000"
			}
		} else if after == nil && !d.forwardOnly(a) {
			after = a
		}
	}
	for i := range as {
		if as[i].gapped {
			continue
		}
		if a := &as[i]; a.ent >= 0 && a.verb > k && a.np0 == k+1 && a.kind == cueData {
			return a // "the 20,000 a Red Crescent spokesperson gave"
		}
		if a := &as[i]; a.ent >= 0 && a.verb > k && a.np0 > a.verb && (a.verb <= k+3 || i+1 < len(as) && d.toks[a.verb].low == "according") && !d.compared(k, a.verb) && !d.subordinate(k, a) && !d.bracketedAway(a, k, s) &&
			!(before != nil && a.kind == cueAccording && d.document(a) && !(k+1 < a.verb && givenWords[d.toks[k+1].low]) && !(a.verb == k+2 && d.toks[k+1].low == ",")) {
			// "against 420,000 by the unions' count"; "150 in the north,
			// the navy said, and …"; "rather than the 71.2% given in the
			// first tally", where X said it.
			return a
		}
	}
	switch {
	case final != nil && before != nil && before.np1 < before.verb && !before.wire && final.np0 > before.verb && nestingCues[d.toks[final.verb].low]:
		// "Earlier reports indicated 217 deaths, Caliber.Az reports,
		// citing Russian media": the source that states the figure, not
		// the one a wire's credit cites for the story ("…, Machado said"
		// still speaks for "the tallies showed …" before it).
		return before
	case final != nil && d.selfCredit(final):
		for i := range as {
			if a := &as[i]; a.verb > final.verb && a.ent >= 0 && nestingCues[d.toks[a.verb].low] {
				return a // "…, Test Times reports, citing local television": the outlet has it from them
			}
		}
		return final
	case final != nil:
		return final // "…, officials from both countries said on Friday": the whole sentence
	case before != nil:
		if a := d.tellerOfFinding(as, before); a != nil {
			return a
		}
		return before
	case after != nil:
		return after
	case lastBefore != nil:
		return lastBefore
	}
	if cut || len(as) > 0 {
		return nil // the sentence has voices of its own, and none states k
	}
	if a := d.namedAfter(si); a != nil {
		return a
	}
	if a := d.statedAfter(si); a != nil {
		return a
	}
	if a := d.carried(si); a != nil {
		return a
	}
	if a := d.pollCarried(si, k); a != nil {
		return a
	}
	if a := d.creditAfter(si); a != nil {
		return a
	}
	return d.resultsCarried(si, k)
}

// headline reports sentence si as the story's headline: the line over
// the story set apart by a blank line, before its lead.
func (d *document) headline(si int) bool {
	return d.m.lead > d.m.body && d.toks[d.sents[si].first].start < d.m.lead
}

// tellerOfFinding returns the speaker who tells of the finding f inside
// what they say: "the chairman told reporters the partial results showed
// …" is the chairman's, who states what the results show; nil when no one
// tells of it.
func (d *document) tellerOfFinding(as []attribution, f *attribution) *attribution {
	if f.kind != cueFinding {
		return nil
	}
	for i := range as {
		if a := &as[i]; a != f && a.kind == cueSpeech && a.ent >= 0 && !a.wire && !a.own && a.np1 < a.verb && a.verb < f.np0 {
			return a
		}
	}
	return nil
}

// creditAfter returns the source that the outlet's own credit, closing the
// paragraph of sentence si, cites for it: "The toll has climbed to 73.
// Another 40 are missing. …, Test Times reports, citing local television."
// The outlet tells through whom it has the paragraph's figures; those with
// a voice of their own keep it.
func (d *document) creditAfter(si int) *attribution {
	sj := si + 1
	for sj+1 < len(d.sents) && d.paraOf[sj+1] == d.paraOf[si] && !d.lineBreak(sj+1) {
		sj++
	}
	if sj >= len(d.sents) || d.paraOf[sj] != d.paraOf[si] || sj-si > carryWindow || d.lineBreak(sj) {
		return nil
	}
	d.speakerOfSent(sj)
	as := d.attrs[sj]
	n := len(as)
	if n < 2 {
		return nil
	}
	cite, host := &as[n-1], &as[n-2]
	if cite.ent < 0 || !nestingCues[d.toks[cite.verb].low] || cite.verb < host.verb || cite.np1 < d.sents[sj].last-1 || !d.selfCredit(host) {
		return nil
	}
	return cite
}

// selfCredit reports an attribution to the outlet that publishes the text,
// by the name it goes by or by its web address ("Caliber.Az reports").
func (d *document) selfCredit(a *attribution) bool {
	i := a.np0
	for i > 0 && d.toks[i-1].end == d.toks[i].start && d.toks[i-1].kind != tFig && d.sentOf[i-1] == d.sentOf[a.np0] {
		i-- // "Caliber.Az": the parts of a web name
	}
	if d.toks[i].low == "the" {
		i++
	}
	name := strings.ToLower(d.text[d.toks[i].start:d.toks[a.np1].end])
	if own := d.ownVoice(); own != "" && strings.EqualFold(name, strings.TrimPrefix(own, "The ")) {
		return true
	}
	host := d.source.URL
	if _, rest, ok := strings.Cut(host, "://"); ok {
		host = rest
	}
	host, _, _ = strings.Cut(host, "/")
	host = strings.TrimPrefix(strings.ToLower(host), "www.")
	return host != "" && (name == host || strings.HasPrefix(host, name+"."))
}

// earlierFigure reports a figure told as the one first reported, since
// corrected: "down from the initially reported 48%", "the originally
// announced 2,100": it is the first report's, not the voice that corrects
// it.
func (d *document) earlierFigure(k int) bool {
	s := d.sents[d.sentOf[k]]
	for j := k - 1; j > s.first && j >= k-3; j-- {
		if d.cls(j)&cReported != 0 && earlierWords[d.toks[j-1].low] {
			return true
		}
		if d.toks[j].kind != tWord {
			return false
		}
	}
	return false
}

// earlierReport returns the attribution that names who put out the first
// results of the story: "the provisional count reported by the election
// board", "the board announced preliminary results on Monday". It
// returns nil when the story names none.
func (d *document) earlierReport() *attribution {
	for sj := range d.sents {
		for i := range d.attrs[sj] {
			a := &d.attrs[sj][i]
			first := false
			switch {
			case a.kind == cueAgent && a.verb >= 2:
				// "the provisional count reported by …"
				first = isFigures(d.toks[a.verb-1].low) && earlierWords[d.toks[a.verb-2].low]
			case a.kind == cueSpeech || a.kind == cueData:
				// "… announced preliminary results", "… published its first figures"
				for j := a.cue1 + 1; j+1 < len(d.toks) && j <= a.cue1+3 && !first; j++ {
					first = earlierWords[d.toks[j].low] && isFigures(d.toks[j+1].low)
				}
			}
			if !first {
				continue
			}
			d.speakerOfSent(sj)
			if a.ent >= 0 && !a.wire {
				return a
			}
		}
	}
	return nil
}

// isFigures reports a noun of figures put out: "figures", "results",
// "returns".
func isFigures(w string) bool { return dataObjects[w] || resultDocs[w] }

// resultsCarried returns the results that the shares of an election go on
// giving: "…, with 52% in the official results." and, in the sentences
// after with no one else speaking, "Her rival won 31% of the vote." or
// "Turnout stood at 64%." Only a share of the vote or the turnout (a
// percentage in a sentence that speaks of votes) is carried, over at most
// carryWindow sentences, and the last voice before it must be the
// results'.
func (d *document) resultsCarried(si, k int) *attribution {
	if t := &d.toks[k]; t.kind != tFig || d.figs[t.fig].q.Unit != claims.Percent {
		return nil
	}
	vote := false
	for j := d.sents[si].first; j <= d.sents[si].last && !vote; j++ {
		vote = d.toks[j].kind == tWord && voteWords[d.toks[j].low]
	}
	if !vote || d.ownCountStage(si) {
		return nil
	}
	for sj := si - 1; sj >= 0 && si-sj <= carryWindow; sj-- {
		if d.headline(sj) {
			return nil // "Early results show …" over the story: a title, no voice that goes on
		}
		d.speakerOfSent(sj)
		as := d.attrs[sj]
		if len(as) == 0 {
			if d.hasQuote(sj) {
				return nil // a voice unnamed
			}
			continue
		}
		a := &as[len(as)-1] // the last voice; a name in quotation marks ("the \"Party of Labour\"") is none
		if a.ent < 0 || a.wire || a.kind != cueAccording && a.kind != cueFinding {
			return nil
		}
		if framingCue[d.toks[a.verb].low] && a.verb == d.sents[sj].first {
			return nil // "In the first results, …" frames its own sentence only
		}
		for j := a.np0; j <= a.np1; j++ {
			if resultDocs[d.toks[j].low] {
				if t := d.tellerOfFinding(as, a); t != nil {
					return t // the one who told of the results goes on telling them
				}
				return a
			}
		}
		return nil // another voice spoke last
	}
	return nil
}

// ownCountStage reports a sentence that opens on the stage of the count
// it reads ("With 60% of the ballots tallied, …", "With most precincts
// reporting, …"): the outlet's reading of a later or other count, which
// results cited before do not go on giving.
func (d *document) ownCountStage(si int) bool {
	s := d.sents[si]
	if d.toks[s.first].low != "with" {
		return false
	}
	for j := s.first + 1; j <= s.last && j <= s.first+10; j++ {
		if t := &d.toks[j]; t.low == "," {
			return false
		} else if countStages[t.low] {
			return true
		}
	}
	return false
}

// pollCarried returns the poll that the shares of a poll story go on
// giving: "…, according to a new Harlow poll." and, paragraphs below with
// no one else speaking, "Of likely voters, 45 percent back Ortiz." Only a share (a percentage) in a sentence of answers or leads
// is carried, over at most pollWindow paragraphs, from a poll cited or
// found (not one framing its sentence: "In the poll, …"), and the last
// voice before it must be the poll's.
func (d *document) pollCarried(si, k int) *attribution {
	if t := &d.toks[k]; t.kind != tFig || d.figs[t.fig].q.Unit != claims.Percent {
		return nil
	}
	share := false // "45 percent back Ortiz", "leads by 47 percent to 41": what respondents answer, not "turnout was 38%"
	for j := d.sents[si].first; j <= d.sents[si].last && !share; j++ {
		share = d.toks[j].kind == tWord && pollAnswers[d.toks[j].low]
	}
	if !share {
		return nil
	}
	for sj := si - 1; sj >= 0 && d.paraOf[sj] >= d.paraOf[si]-pollWindow; sj-- {
		if d.hasQuote(sj) {
			return nil
		}
		d.speakerOfSent(sj)
		as := d.attrs[sj]
		for i := len(as) - 1; i >= 0; i-- {
			a := &as[i]
			if a.ent < 0 || a.wire {
				continue
			}
			if (a.kind == cueAccording || a.kind == cueFinding) && runOnPolls[trimPossessive(d.toks[a.np1].low)] && !framingCue[d.toks[a.verb].low] {
				// "according to a new Harlow poll", "a Harlow poll found",
				// not "In the Harlow poll, …", which frames its sentence only
				return a
			}
			return nil // another voice spoke last
		}
	}
	return nil
}

// bracketedAway reports an attribution set in brackets that do not hold
// token k: "(17,000 according to the police)" speaks for its own figure,
// not for those of the sentence around it.
func (d *document) bracketedAway(a *attribution, k int, s sentence) bool {
	open := -1
	for j := a.verb - 1; j >= s.first && a.verb-j <= 12; j-- {
		if w := d.toks[j].low; w == ")" {
			return false
		} else if w == "(" {
			open = j
			break
		}
	}
	if open < 0 {
		return false
	}
	for j := max(a.verb, a.np1); j <= s.last && j-a.verb <= 16; j++ {
		if d.toks[j].low == ")" {
			return k < open || k > j
		}
		if d.toks[j].low == "(" {
			return false
		}
	}
	return false
}

// namedAfter returns the attribution that the sentence after si, in its
// paragraph, gives the figures of si: "Turnout was 61%. The figures were
// published by the electoral board on Monday." That sentence holds no
// figure of its own and opens with the figures, results or data it
// attributes.
func (d *document) namedAfter(si int) *attribution {
	sj := si + 1
	if sj >= len(d.sents) || d.paraOf[sj] != d.paraOf[si] {
		return nil
	}
	s := d.sents[sj]
	if d.cls(s.first)&cDeterminer == 0 && !demonstratives[d.toks[s.first].low] {
		return nil
	}
	data := false
	for k := s.first + 1; k <= s.last && k <= s.first+4 && d.toks[k].kind == tWord; k++ {
		if w := d.toks[k].low; sourceNouns[w] || dataObjects[w] {
			data = true
			break
		}
	}
	if !data {
		return nil
	}
	for k := s.first; k <= s.last; k++ {
		if t := &d.toks[k]; t.kind == tFig && !d.figs[t.fig].isDate || t.quote != 0 {
			return nil
		}
	}
	d.speakerOfSent(sj)
	for i := range d.attrs[sj] {
		if a := &d.attrs[sj][i]; a.ent >= 0 && !a.wire {
			return a
		}
	}
	return nil
}

// statedAfter returns who a sentence after si names as the source of
// what came before it, later in si's paragraph or opening the next one:
// "This was stated by the president", "That was reported by the
// ministry's press service", as translated Ukrainian and Russian copy
// credits a paragraph after it.
func (d *document) statedAfter(si int) *attribution {
	for sj := si + 1; sj < len(d.sents) && sj <= si+4; sj++ {
		next := d.paraOf[sj] != d.paraOf[si]
		if next && (d.paraOf[sj] != d.paraOf[si]+1 || d.paraOf[sj-1] == d.paraOf[sj]) {
			return nil
		}
		s := d.sents[sj]
		if w := d.toks[s.first].low; (w == "this" || w == "that") && s.first+1 <= s.last && d.gram(s.first+1)&gBe != 0 {
			d.speakerOfSent(sj)
			for i := range d.attrs[sj] {
				if a := &d.attrs[sj][i]; a.ent >= 0 && !a.wire && a.kind == cueAgent && a.verb <= s.first+3 {
					return a
				}
			}
			return nil
		}
		if next {
			return nil
		}
	}
	return nil
}

// carried returns the attribution that sentence si, which has none of its
// own, continues: "According to the daily, 40 were jailed for life. Another
// 25 were sent abroad …". The nearest sentence before it in its paragraph
// that has an attribution gives it, when that attribution leads its
// sentence (source and cue before what is said) and nothing after it
// closes the sentence in another voice.
func (d *document) carried(si int) *attribution {
	if a := d.listHead(si); a != nil {
		return a
	}
	j := d.sents[si].first
	for j < d.sents[si].last && (openers[d.toks[j].low] || sentenceAdverbWords[d.toks[j].low] || d.toks[j].low == ",") {
		j++
	}
	if p, _, _ := d.partyAt(j); p != "" {
		return nil // "Ukraine subsequently returned three …": a party acts, the outlet tells it
	}
	if d.underTerms(j, d.sents[si]) {
		return nil // "Under the deal, 40 are to go free": the outlet tells what the deal says
	}
	// "Those arrivals took the tally to 8,796" opening a paragraph points
	// back to the figures of the paragraph before, and to their source.
	back := si > 0 && d.paraOf[si-1] != d.paraOf[si] && demonstratives[d.toks[j].low] && j+1 <= d.sents[si].last &&
		d.toks[j+1].kind == tWord && !d.toks[j+1].capital && d.cls(j+1)&cBreaker == 0
	for sj := si - 1; sj >= 0 && si-sj <= carryWindow && (d.paraOf[sj] == d.paraOf[si] || back && sj == si-1); sj-- {
		if !back && d.lineBreak(sj+1) {
			return nil // a line break after a full stop: a paragraph, in a text with blank lines too
		}
		d.speakerOfSent(sj)
		as := d.attrs[sj]
		if len(as) == 0 {
			if d.hasQuote(sj) {
				return nil
			}
			continue
		}
		a := &as[0] // the one that opens the sentence: "Belhaj clarified that …"
		if a.ent < 0 || a.wire || !d.leads(a, d.sents[sj]) && !d.pollSource(a, d.sents[sj]) || d.closedCue(a, d.sents[sj]) {
			return nil
		}
		for _, b := range as[1:] {
			if w := d.toks[b.verb].low; !nestingCues[w] && w != "in" && w != "per" {
				return nil // another voice in the sentence: "(32,000 counted the authorities)"
			}
		}
		return a
	}
	return nil
}

// underTerms reports a sentence that opens at token j on the deal it
// reports, "Under the terms of the truce", "Under the agreement": the
// outlet states what the deal says, in its own voice.
func (d *document) underTerms(j int, s sentence) bool {
	if d.toks[j].low != "under" {
		return false
	}
	for i := j + 1; i <= s.last && i <= j+4; i++ {
		if t := &d.toks[i]; t.gram&gDeal != 0 && t.low != "under" {
			return true
		}
		if d.boundary(i) {
			return false
		}
	}
	return false
}

// leads reports an attribution whose source and cue come before what it
// attributes, which runs to the end of its sentence: "CBP said overall
// encounters were up 10%", "According to Ynet, 71 …".
func (d *document) leads(a *attribution, s sentence) bool {
	if a.kind == attrCue(cueFor) || a.kind == cueAgent {
		return false
	}
	lead := max(a.cue1, a.verb)
	if a.np0 > a.verb {
		lead = max(lead, a.np1)
	}
	for j := s.first; j < min(a.np0, a.verb); j++ {
		if t := &d.toks[j]; t.kind == tFig && !d.figs[t.fig].isDate {
			return false // figures before the cue: "300 died, police said"
		}
	}
	return lead < s.last
}

// hasQuote reports a sentence holding quoted words.
func (d *document) hasQuote(si int) bool {
	s := d.sents[si]
	for j := s.first; j <= s.last; j++ {
		if d.toks[j].quote != 0 {
			return true
		}
	}
	return false
}

// closes reports an attribution set off at the end of its sentence: a
// comma before it, and after it only its date or place ("…, the ministry
// said on Friday.").
func (d *document) closes(a *attribution, s sentence) bool {
	start := min(a.np0, a.verb)
	if start <= s.first || d.toks[start-1].low != "," {
		return false
	}
	for j := max(a.np1, a.verb, a.appos[1]) + 1; j <= s.last; j++ {
		t := &d.toks[j]
		if t.kind == tPunct {
			if t.low == "." || t.low == "!" || t.closeQ {
				continue
			}
			if t.low == "," && j+1 <= s.last && nestingCues[d.toks[j+1].low] {
				return true // "…, X said, citing figures from Y"
			}
			if t.low == "," && j+1 <= s.last && d.cls(j+1)&cPrep != 0 && d.plainTail(j+2, s.last) {
				return true // "…, the minister wrote, on her Telegram channel": where it was said
			}
			return false
		}
		if t.kind == tFig && !d.figs[t.fig].isDate {
			return false
		}
		switch t.low {
		case "on", "in", "a", "statement", "late", "earlier", "told", "reporters", "said", "telegram", "x":
			continue
		}
		if t.cls&cPrep != 0 && d.plainTail(j+1, s.last) {
			return true // "…, X said in a speech shown on state television"
		}
		if _, ok := weekdays[t.low]; ok || t.kind == tFig || t.capital {
			continue
		}
		return false
	}
	return true
}

// cutOff reports a break between attribution a, before figure k, and k
// that ends what a attributes: a semicolon, the outlet's own inference
// (", meaning …"), or for an "according to" inside its sentence a
// relative clause after it (", in which more than 24 million …").
func (d *document) cutOff(a *attribution, k int) bool {
	from := max(a.verb, a.cue1, a.np1) + 1
	s := d.sents[d.sentOf[a.verb]]
	for j := from; j < k; j++ {
		w := d.toks[j].low
		if w == "," && contrastOpeners[d.toks[s.first].low] && a.np0 > s.first && d.figureBetween(a.verb, j) {
			// "While the ministry says 150 were swapped, Kyiv welcomes
			// 189 home": the clause set against the main one has its own
			// voice and its own figure; the main clause is not its.
			return true
		}
		if w == ";" && !(j+1 < k && d.listMark(j+1)) || d.cls(j)&cInference != 0 && j > from && d.toks[j-1].low == "," {
			return true // not the ";" between the items of a list said: "a) …;\nb) …"
		}
		if w == "which" && j > from && d.toks[j-1].low == "," && d.cls(a.verb)&cDataObject == 0 && d.inference(j+1, k) {
			// "X said 20% struck, which would mean 11 million": the
			// outlet reckons from what X said (not from a study's
			// "best estimate was …, which would mean", the estimate's own
			// comparison).
			return true
		}
		if w == "," && j+1 < k && j > a.np1+1 && a.kind == cueAccording && a.np0 > d.sents[d.sentOf[a.verb]].first+1 {
			if n := d.toks[j+1].low; (n == "which" || n == "where" || n == "in" && j+2 < k && d.toks[j+2].low == "which") && d.cls(j+2)&cSpeech == 0 {
				return true
			}
		}
	}
	return false
}

// document reports an attribution whose source is a document or data
// ("according to final results"): nested in a speaker's words, it backs
// them, and the speaker speaks.
func (d *document) document(a *attribution) bool {
	return sourceNouns[strings.TrimSuffix(d.toks[a.np1].low, "'s")]
}

// plainTail reports whether tokens [j, last] hold no figure but dates, no
// quotation and no clause of their own ("that", a speech verb).
func (d *document) plainTail(j, last int) bool {
	for ; j <= last; j++ {
		t := &d.toks[j]
		if t.kind == tFig && !d.figs[t.fig].isDate || t.quote != 0 || t.openQ || t.low == "that" || t.low == ";" ||
			t.kind == tWord && d.cls(j)&cSpeech != 0 {
			return false
		}
	}
	return true
}

// compared reports a comparison between figure k and cue v: "40 percent
// higher than recorded by the ministry", where the cue's source gives the
// figure compared with, not figure k.
func (d *document) compared(k, v int) bool {
	for j := k + 1; j < v; j++ {
		if compareWords[d.toks[j].low] {
			return true
		}
	}
	return false
}

func (d *document) noteSpeaker(e, si int) {
	if e < 0 {
		return
	}
	d.lastE = e
	if d.ents[e].person {
		d.lastPerson, d.lastPersonSent = e, si
	} else {
		d.lastOrg = e
	}
}

// speakerOfQuote resolves who speaks quotation q: the attribution after it
// in the sentence that closes it ("…," he said), else the one before it in
// the sentence that opens it (Putin said: "…"), else the speaker of the
// quotation before it, else the last speaker.
func (d *document) speakerOfQuote(q int) (int, claims.Period) {
	if d.quoteEnt[q] != -2 {
		return d.quoteEnt[q], d.quoteDate[q]
	}
	qt := d.quotes[q]
	e, when := -1, claims.Period{}
	endTok := qt.last
	if qt.close >= 0 {
		endTok = qt.close
	}
	cs, os := d.sentOf[endTok], d.sentOf[qt.open]
	var at *attribution
	d.speakerOfSent(cs)
	for i := range d.attrs[cs] {
		if a := &d.attrs[cs][i]; a.verb > endTok {
			at = a
			break
		}
	}
	if at == nil {
		at = d.leadInBefore(os, qt.open) // "He said:" and the quotation below
	}
	if at == nil {
		d.speakerOfSent(os)
		for i := range d.attrs[os] {
			if a := &d.attrs[os][i]; a.verb < qt.open {
				at = a
			}
		}
	}
	var opener int
	if at == nil {
		// "Lind urged the council to “find the money this year”": a
		// person who opens the sentence speaks its quotation.
		if p, sj := d.subjectPersonBefore(qt.open); p >= 0 && sj == os {
			opener = p + 1
		}
	}
	switch {
	case at != nil:
		e, when = at.ent, at.when
		d.quoteAttr[q] = at
	case opener > 0:
		e = opener - 1
	case q > 0 && d.quoteEnt[q-1] >= 0:
		e = d.quoteEnt[q-1]
	default:
		e = d.lastE
	}
	if e >= 0 && when == (claims.Period{}) {
		when = d.ents[e].said
	}
	d.quoteEnt[q], d.quoteDate[q] = e, when
	d.noteSpeaker(e, cs)
	return e, when
}

// inference reports the outlet's own reckoning opening at token j, before
// figure k: "(which) would mean", "(which) amounts to", "(which) means".
func (d *document) inference(j, k int) bool {
	for i := j; i < k && i < j+3; i++ {
		w := d.toks[i].low
		if inferenceVerbs[w] {
			return true
		}
		switch w {
		case "would", "could", "may", "might", "will":
			continue
		}
		return false
	}
	return false
}

// subordinate reports an attribution after figure k that stands in a
// clause of its own opened between them, and so attributes only that
// clause: "…, where, according to official protocols, …", "a plane that
// Moscow claimed was carrying 65", "…, while the ministry says …".
func (d *document) subordinate(k int, a *attribution) bool {
	if d.closes(a, d.sents[d.sentOf[a.verb]]) {
		return false // "…, while the government will free 706, the office said": the whole sentence
	}
	end := min(a.np0, a.verb)
	for j := k + 1; j < end; j++ {
		t := &d.toks[j]
		if t.quote != 0 {
			return false
		}
		w := t.low
		if w == "," && j+1 < end+1 && subordinators[d.toks[j+1].low] {
			return true
		}
		if w == "," && j+1 < end && d.toks[j+1].low == "as" && d.statesOwn(a) {
			return true // "…, as organisers expect a million to take part": the clause's own figure
		}
		if w == "," && j+2 < end && (partitives[d.toks[j+1].low] || d.toks[j+1].low == "the" && partitives[d.toks[j+2].low]) && !d.commaIn(j+1, end) {
			// "three lists, the first provided by the ministry": a part
			// of them (not "311 people, most of them civilians, …, a
			// monitor said", where the part is closed before the cue)
			return true
		}
		if relatives[w] && j+1 == a.np0 && a.np1 < a.verb {
			return true // "that Moscow claimed"
		}
	}
	return false
}

// statesOwn reports an attribution whose verb has a figure of its own
// after it in its clause: "organisers expect a million to take part"
// states that million.
func (d *document) statesOwn(a *attribution) bool {
	s := d.sents[d.sentOf[a.verb]]
	for j := a.verb + 1; j <= s.last && !d.boundary(j); j++ {
		if t := &d.toks[j]; t.kind == tFig && d.figs[t.fig].claim {
			return true
		}
	}
	return false
}

// closedCue reports an attribution whose figure is its verb's object ("The
// ministry estimated the crowd at 250,000", "Police put the number at
// 9,000"): it says one thing, and the sentences after it are not its.
func (d *document) closedCue(a *attribution, s sentence) bool {
	if !a.estimate && d.toks[a.verb].low != "put" && d.toks[a.verb].low != "puts" {
		return false
	}
	for k := a.verb + 1; k <= s.last && k <= a.verb+12; k++ {
		switch w := d.toks[k].low; {
		case w == "that" || w == ":" || d.toks[k].quote != 0:
			return false
		case putWords[w]:
			return true
		}
	}
	return false
}

// listHead returns the attribution that introduces the list whose item
// sentence si is: "He said 255,490 were closed for these reasons:\n a)
// 158,533 whose whereabouts are unknown; b) …". The sentence before the
// items ends with a colon, and its attribution leads it.
func (d *document) listHead(si int) *attribution {
	if !d.listItem(si) {
		return nil
	}
	sj := si - 1
	for sj >= 0 && si-sj <= 12 && d.listItem(sj) {
		sj--
	}
	if sj < 0 || d.toks[d.sents[sj].last].low != ":" {
		return nil
	}
	d.speakerOfSent(sj)
	if as := d.attrs[sj]; len(as) > 0 && as[0].ent >= 0 && !as[0].wire && d.leads(&as[0], d.sents[sj]) {
		return &as[0]
	}
	return nil
}

// listItem reports a sentence that opens a paragraph as an item of a
// list: "a) …", "2. …", "• …", "- …".
func (d *document) listItem(si int) bool {
	s := d.sents[si]
	return d.toks[s.first].para && s.first < s.last && d.listMark(s.first)
}

// listMark reports the mark of a list's item at token i, at the start of a
// line: "a)", "2.", "•", "-".
func (d *document) listMark(i int) bool {
	t := &d.toks[i]
	if !t.line || i+1 >= len(d.toks) {
		return false
	}
	switch t.low {
	case "•", "-", "–", "*", "·", "▪":
		return true
	}
	n := d.toks[i+1]
	if n.low != ")" && n.low != "." || n.start != t.end {
		return false
	}
	return t.kind == tWord && len(t.low) == 1 || t.kind == tFig && t.end-t.start <= 2
}

// conversion reports a sum in brackets right after a sum in another
// money: "10.6 billion euros ($11.4 billion)", "£40m ($51m)". The outlet
// converts; the source said the first.
func (d *document) conversion(k int) bool {
	if k < 2 || d.toks[k-1].low != "(" || !d.money(k) {
		return false
	}
	j := k - 2
	if d.toks[j].kind == tWord && currencyWords[d.toks[j].low] && j > 0 {
		j--
	}
	return d.toks[j].kind == tFig && d.money(j)
}

// money reports a figure token that is a sum of money: a currency sign
// in it or a currency's name after it.
func (d *document) money(k int) bool {
	t := &d.toks[k]
	if t.kind != tFig {
		return false
	}
	w := d.text[t.start:t.end]
	if strings.ContainsAny(w, "$£€¥₹₽₴₪") || currencyWords[strings.ToLower(lastWordOf(w))] {
		return true
	}
	return k+1 < len(d.toks) && currencyWords[d.toks[k+1].low]
}

// lineBreak reports a sentence that starts a line after a line that ends
// with a full stop: in a text whose paragraphs are mostly set apart by
// blank lines, such a break still ends a paragraph.
func (d *document) lineBreak(si int) bool {
	f := d.sents[si].first
	return f > 0 && d.toks[f].line && !d.toks[f].para && d.stopped(si-1)
}

// placeGloss reports a distance that places somewhere for the reader, set
// off after the place it glosses: "in Meru, about 200km east of Nairobi",
// "(30 miles north of the capital)". A distance that a verb takes ("the
// quake struck 35 km north of Herat") is what the source says happened.
func (d *document) placeGloss(k int) bool {
	if p := k - 1; p < 0 || d.sentOf[p] != d.sentOf[k] || d.toks[p].low != "," && d.toks[p].low != "(" && !isDash(d.toks[p].low) {
		return false
	}
	j := k + 1
	if j < len(d.toks) && distanceUnits[d.toks[j].low] {
		j++
	} else if w := d.text[d.toks[k].start:d.toks[k].end]; !strings.HasSuffix(w, "km") && !strings.HasSuffix(w, "miles") {
		return false
	}
	return j+1 < len(d.toks) && compassWords[d.toks[j].low] && d.toks[j+1].low == "of"
}

// commaIn reports a comma among tokens [i, j).
func (d *document) commaIn(i, j int) bool {
	for ; i < j; i++ {
		if d.toks[i].low == "," {
			return true
		}
	}
	return false
}

// reportCarried returns the source of the report a story goes on telling
// when sentence si, with no voice of its own, lists more of its figures
// in a later paragraph: "The toll rose to 90, according to the ministry's
// update. … In the north, 12 died and 40 were hurt." The nearest
// sentence before si with a voice gives it, when that voice is one body
// (not a person, a wire's credit, a poll or a bare document) that the
// story's lead credits and that puts out a report of figures, and nothing
// between breaks the telling: a quotation, a paragraph without figures, a
// sentence without figures outside the report's paragraph, or another
// voice. Sentences that recall the past ("Four years ago, …", "a previous
// toll of 16") stay the outlet's. The speaker found so is inferred.
func (d *document) reportCarried(si, k int) *attribution {
	if len(d.attrs[si]) > 0 || d.conversion(k) || d.placeGloss(k) || d.hasQuote(si) || d.backdated(si) {
		return nil
	}
	j := d.sents[si].first
	for j < d.sents[si].last && (openers[d.toks[j].low] || sentenceAdverbWords[d.toks[j].low] || d.toks[j].low == ",") {
		j++
	}
	if p, _, _ := d.partyAt(j); p != "" || d.underTerms(j, d.sents[si]) {
		return nil // a party acts, a deal's terms: the outlet tells them
	}
	for j := max(d.sents[si].first, k-3); j < k; j++ {
		if recalledWords[d.toks[j].low] {
			return nil // "up from a previous toll of 16": the outlet recalls an older figure
		}
	}
	figures := true // the paragraph just stepped back over holds figures
	var bare []int  // sentences stepped back over with neither voice nor figure
	for sj := si - 1; sj >= 0 && si-sj <= reportWindow; sj-- {
		if d.paraOf[sj] != d.paraOf[sj+1] {
			if !figures {
				return nil // a paragraph of background between
			}
			figures = false
		}
		if d.hasQuote(sj) {
			return nil
		}
		if d.figureIn(sj) {
			figures = true
		}
		d.speakerOfSent(sj)
		as := d.attrs[sj]
		if len(as) == 0 {
			if !d.figureIn(sj) {
				bare = append(bare, sj)
			}
			continue
		}
		a := &as[0]
		if a.ent < 0 || a.wire || a.own || d.ents[a.ent].person || !d.figureIn(sj) || !d.putsOutReport(a.ent, sj) {
			return nil // a person's words, or a body's without a report of figures: the outlet goes on
		}
		if !d.leadVoice(a.ent) {
			return nil // a source the story's lead does not credit: one voice among others
		}
		if name := strings.Fields(strings.ToLower(d.ents[a.ent].sp.Name)); len(name) == 0 || bareDocument(d.ents[a.ent].sp.Name) || runOnPolls[name[len(name)-1]] {
			return nil // "according to these first results": the outlet goes on reading the document itself
		}
		if a.verb > 0 && earlierWords[d.toks[a.verb-1].low] {
			return nil // "the unit earlier reported …": a report told as background
		}
		for _, b := range bare {
			if d.paraOf[b] != d.paraOf[sj] {
				return nil // "The count leaves out remote valleys.": the outlet's own word, outside the report's paragraph
			}
		}
		for _, b := range as[1:] {
			if b.ent != a.ent && !b.wire {
				return nil // two voices: which one the story goes on with is not told
			}
		}
		return a
	}
	return nil
}

// figureIn reports a figure that can be a claim in sentence si: a count
// or a share, not a date, a year or a duration.
func (d *document) figureIn(si int) bool {
	s := d.sents[si]
	for j := s.first; j <= s.last; j++ {
		if t := &d.toks[j]; t.kind == tFig && d.figs[t.fig].claim && !d.figs[t.fig].isDate {
			return true
		}
	}
	return false
}

// putsOutReport reports entity e credited, in sentence si or before it,
// with a report of figures: "according to the ministry's latest update",
// "the agency's data showed", "the authority reported 35 more deaths".
func (d *document) putsOutReport(e, si int) bool {
	for sj := si; sj >= 0; sj-- {
		for i := range d.attrs[sj] {
			a := &d.attrs[sj][i]
			if a.ent != e {
				continue
			}
			if reportVerbs[d.toks[a.verb].low] {
				return true
			}
			for j := max(d.sents[sj].first, a.np0-3); j <= a.np1; j++ {
				if w := trimPossessive(d.toks[j].low); sourceNouns[w] || dataObjects[w] {
					return true
				}
			}
			in := false // "said in its daily report"
			for j := max(a.verb, a.cue1) + 1; j <= d.sents[sj].last && j <= a.cue1+4; j++ {
				w := d.toks[j].low
				if in && (sourceNouns[w] || dataObjects[w]) {
					return true
				}
				in = in || w == "in"
			}
		}
	}
	return false
}

// bareDocument reports a source named as a document alone, with no body's
// name to it: "these first results", "election board returns", not "the
// NDMA's figures" or "Home Office data".
func bareDocument(name string) bool {
	w := strings.Fields(name)
	if len(w) == 0 || !sourceNouns[strings.ToLower(w[len(w)-1])] {
		return false
	}
	for _, x := range w[:len(w)-1] {
		if strings.ToLower(x) != x {
			return false
		}
	}
	return true
}

// backdated reports a sentence that opens on a time before the story's,
// set off by a comma: "Four years ago, turnout stood at 48%", "In the
// previous election, …": the outlet recalls the past ("Since earlier this
// week, …" runs up to now, and is not).
func (d *document) backdated(si int) bool {
	s := d.sents[si]
	if runUpWords[d.toks[s.first].low] {
		return false
	}
	prior := false
	for j := s.first; j <= s.last && j <= s.first+7; j++ {
		if d.toks[j].low == "," {
			return prior
		}
		prior = prior || priorWords[d.toks[j].low]
	}
	return false
}

// leadVoice reports entity e credited in the story's lead: the first
// leadParas paragraphs that hold figures.
func (d *document) leadVoice(e int) bool {
	n, para := 0, -1
	for si := range d.sents {
		if d.paraOf[si] != para {
			if n >= leadParas {
				return false
			}
			para = -1
		}
		if para < 0 && d.figureIn(si) {
			para = d.paraOf[si]
			n++
		}
		d.speakerOfSent(si)
		for i := range d.attrs[si] {
			if f := d.attrs[si][i].ent; f == e || f >= 0 && sameBody(d.ents[f].sp.Name, d.ents[e].sp.Name) {
				return true
			}
		}
	}
	return false
}

// sameBody reports two names of sources that share a body's acronym: "the
// NDMA's figures" and "National Disaster Management Authority (NDMA)".
func sameBody(a, b string) bool {
	acr := func(s string) map[string]bool {
		m := map[string]bool{}
		for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }) {
			if len(w) >= 2 && strings.ToUpper(w) == w && w != "S" {
				m[w] = true
			}
		}
		return m
	}
	x := acr(a)
	for w := range acr(b) {
		if x[w] {
			return true
		}
	}
	return false
}
