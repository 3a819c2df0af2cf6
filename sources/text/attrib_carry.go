// The attribution stage, part 5: carry. Which voice a sentence with no
// attribution of its own goes on in: the one before it in its paragraph
// that leads its sentence, a list's head, the results or the poll cited
// before, a source named after the figures ("This was stated by X"), or the
// story's report carried across paragraphs.

package text

import (
	"strings"
	"unicode"

	"github.com/crosscheck/crosscheck/claims"
)

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
	t := &d.toks[k]
	if t.kind != tFig || d.figs[t.fig].q.Unit != claims.Percent && d.figs[t.fig].q.Unit != claims.Count {
		return nil
	}
	vote := false
	if d.figs[t.fig].q.Unit == claims.Percent {
		for j := d.sents[si].first; j <= d.sents[si].last && !vote; j++ {
			vote = d.toks[j].kind == tWord && voteWords[d.toks[j].low]
		}
	} else {
		// "the Green Party got 44 seats", "the Farmers' League 168
		// votes": a count of the results' own units, right after it.
		vote = k+1 < len(d.toks) && resultUnits[d.toks[k+1].low]
		for j := d.sents[si].first; j < k && vote; j++ {
			vote = d.gram(j)&gModal == 0 && d.toks[j].low != "if" // not "If confirmed, that would mean 52 seats": the outlet reckons
		}
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
		if a.ent >= 0 && a.kind == cueAccording && !d.ents[a.ent].person && d.sharesOfVote(sj) && !d.backdated(si) {
			// "According to Halden Radio, … the Greens led with 41%. The
			// Farmers got 10%.": a body or an agency that read the shares
			// out goes on reading them (a person quoted on one share does
			// not).
			return a
		}
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

// sharesOfVote reports a sentence that gives shares of the vote: a
// percentage in a sentence that speaks of votes.
func (d *document) sharesOfVote(si int) bool {
	vote, share := false, false
	for j := d.sents[si].first; j <= d.sents[si].last; j++ {
		if t := &d.toks[j]; t.kind == tWord && voteWords[t.low] {
			vote = true
		} else if t.kind == tFig && d.figs[t.fig].q.Unit == claims.Percent {
			share = true
		}
	}
	return vote && share
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
	j := d.openerEnd(si)
	if d.outletTells(si) || d.reckons(si) {
		// "Ukraine subsequently returned three …": a party acts, the
		// outlet tells it; "Under the deal, 40 are to go free": the
		// outlet tells what the deal says
		return nil
	}
	// "Those arrivals took the tally to 8,796" opening a paragraph points
	// back to the figures of the paragraph before, and to their source.
	// So does "This is 8% less than a year before", which sets the figure
	// before against another.
	back := si > 0 && d.paraOf[si-1] != d.paraOf[si] && demonstratives[d.toks[j].low] && j+1 <= d.sents[si].last &&
		d.toks[j+1].kind == tWord && !d.toks[j+1].capital && (d.cls(j+1)&cBreaker == 0 || d.gram(j+1)&gBe != 0 && d.figureIn(si-1)) ||
		si > 0 && d.paraOf[si-1] != d.paraOf[si] && d.theFigureBefore(j, d.sents[si]) && d.figureIn(si-1) ||
		si > 0 && d.paraOf[si-1] != d.paraOf[si] && (d.restOpener(j, d.sents[si]) || d.partOpener(j, d.sents[si])) && d.figureIn(si-1) && d.figureIn(si) && d.oneLine(si-1)
	for sj := si - 1; sj >= 0 && si-sj <= carryWindow && (d.paraOf[sj] == d.paraOf[si] || back && sj == si-1); sj-- {
		if !back && d.lineBreak(sj+1) {
			return nil // a line break after a full stop: a paragraph, in a text with blank lines too
		}
		d.speakerOfSent(sj)
		as := d.attrs[sj]
		if len(as) == 0 {
			if d.hasQuote(sj) || d.figureIn(sj) && d.outletTells(sj) {
				return nil // "Ukraine has returned 900 bodies. This figure includes …": the outlet's own figures between
			}
			continue
		}
		a, rest := &as[0], as[1:] // the one that opens the sentence: "Belhaj clarified that …"
		if len(as) > 1 && d.agentInSource(a, &as[1]) {
			a, rest = &as[1], as[2:] // "The figures compiled by the board show …": the figures, with their body
		}
		if a.ent < 0 || a.wire || !d.leads(a, d.sents[sj]) && !d.pollSource(a, d.sents[sj]) || d.closedCue(a, d.sents[sj]) {
			return nil
		}
		if len(rest) == 1 && rest[0].ent >= 0 && !rest[0].wire && d.closes(&rest[0], d.sents[sj]) {
			// "The report also showed that …, the paper said. Overall, …":
			// the voice that closes the sentence tells all of it, and
			// goes on.
			return &rest[0]
		}
		for _, b := range rest {
			if w := d.toks[b.verb].low; !nestingCues[w] && w != "in" && w != "per" {
				return nil // another voice in the sentence: "(32,000 counted the authorities)"
			}
		}
		return a
	}
	return nil
}

// reckons reports a sentence that opens on what the figures before it
// come to, "This means that …", "That implies …": the outlet reckons from
// what it told, in its own voice.
func (d *document) reckons(si int) bool {
	s := d.sents[si]
	j := d.openerEnd(si)
	if j+1 > s.last || !demonstratives[d.toks[j].low] && d.toks[j].low != "it" {
		return false
	}
	return d.inference(j+1, s.last+1)
}

// restOpener reports a sentence that opens at token j on more of a set
// counted just before it, within its first words and before its verb:
// "Others were hurt in …", "Another 40 were …", "Dozens of other people
// died in …", "The rest …". A new paragraph so opened goes on with the
// account of the one before.
func (d *document) restOpener(j int, s sentence) bool {
	for k := j; k <= s.last && k <= j+3; k++ {
		t := &d.toks[k]
		if t.kind == tWord && restWords[t.low] {
			return true
		}
		if t.kind == tPunct || t.kind == tWord && (d.gram(k)&(gVerb|gBe) != 0 || t.capital && k > j) {
			return false
		}
	}
	return false
}

// partOpener reports a sentence that opens at token j on a part of the set
// counted just before it, set off by a comma: "Among the injured, 40 …",
// "Of them, 12 …", "Of those hurt, …". A new paragraph so opened breaks
// down the figure of the one before, in its voice.
func (d *document) partOpener(j int, s sentence) bool {
	if j+2 > s.last || !partWords[d.toks[j].low] || !partHeads[d.toks[j+1].low] {
		return false
	}
	for k := j + 1; k <= s.last && k <= j+4; k++ {
		if t := &d.toks[k]; t.low == "," {
			return true
		} else if t.kind != tWord || d.gram(k)&(gVerb|gBe) != 0 {
			return false
		}
	}
	return false
}

// oneLine reports a sentence written on one line: not a list's head and
// its items run together.
func (d *document) oneLine(si int) bool {
	for k := d.sents[si].first + 1; k <= d.sents[si].last; k++ {
		if d.toks[k].line {
			return false
		}
	}
	return true
}

// theFigureBefore reports a sentence that opens at token j on the figure
// told just before it, named by its noun alone and followed by its verb:
// "The number included 12 women", "The total covers …", not "The number
// of voters was …", which names a figure of its own.
func (d *document) theFigureBefore(j int, s sentence) bool {
	if j+2 > s.last || d.toks[j].low != "the" || !backFigureNouns[d.toks[j+1].low] {
		return false
	}
	t := &d.toks[j+2]
	return t.kind == tWord && !t.capital && t.cls&(cPrep|cBreaker) == 0 && t.low != "of" && t.low != ","
}

// findingAhead returns the finding that a paragraph of its own sets over
// the figures after it: "Figures from the land registry show sales are
// still falling.\n There were 9,100 sales in May, 7,400 in June." The
// finding names figures, holds none itself and closes its paragraph; every
// sentence from it to si, at most two paragraphs on, gives figures with
// no voice of its own.
func (d *document) findingAhead(si int) *attribution {
	j := d.sents[si].first
	for j < d.sents[si].last && (openers[d.toks[j].low] || sentenceAdverbWords[d.toks[j].low] || d.toks[j].low == ",") {
		j++
	}
	if p, _, _ := d.partyAt(j); p != "" || d.underTerms(j, d.sents[si]) {
		return nil // a party acts, a deal's terms: the outlet tells them
	}
	for sj := si - 1; sj >= 0 && si-sj <= 8 && d.paraOf[si]-d.paraOf[sj] <= 2; sj-- {
		if d.hasQuote(sj) {
			return nil
		}
		d.speakerOfSent(sj)
		as := d.attrs[sj]
		if len(as) == 0 {
			if !d.figureIn(sj) {
				return nil // the outlet's own word between
			}
			continue
		}
		a := &as[0]
		if len(as) > 1 || a.kind != cueFinding || a.ent < 0 || a.wire || d.figureIn(sj) || !d.leads(a, d.sents[sj]) ||
			d.paraOf[sj] == d.paraOf[si] || sj+1 < len(d.sents) && d.paraOf[sj+1] == d.paraOf[sj] {
			return nil
		}
		for k := a.np0; k <= a.np1; k++ {
			if statNouns[trimPossessive(d.toks[k].low)] {
				return a
			}
		}
		return nil
	}
	return nil
}

// agentInSource reports an agent's cue inside the source phrase of f:
// "published by the Home Office" in "The figures published by the Home
// Office show …".
func (d *document) agentInSource(a, f *attribution) bool {
	return a.kind == cueAgent && f.kind == cueFinding && f.np0 < a.verb && a.np1 <= f.np1
}

// openerEnd returns the first token of sentence si past its openers and
// sentence adverbs ("And meanwhile, …").
func (d *document) openerEnd(si int) int {
	j := d.sents[si].first
	for j < d.sents[si].last && (openers[d.toks[j].low] || sentenceAdverbWords[d.toks[j].low] || d.toks[j].low == ",") {
		j++
	}
	return j
}

// outletTells reports a sentence with no voice of its own that the outlet
// tells in its own voice whatever came before: a party acts in it
// ("Ukraine returned three …"), or it tells a deal's terms ("Under the
// deal, 40 are to go free").
func (d *document) outletTells(si int) bool {
	j := d.openerEnd(si)
	if p, _, _ := d.partyAt(j); p != "" {
		return true
	}
	return d.underTerms(j, d.sents[si])
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

// listHead returns the attribution that introduces the list whose item
// sentence si is: "He said 255,490 were closed for these reasons:\n a)
// 158,533 whose whereabouts are unknown; b) …". The sentence before the
// items ends with a colon, and its attribution leads it.
func (d *document) listHead(si int) *attribution {
	item := d.listItem
	if !item(si) {
		if !d.figureLine(si) {
			return nil
		}
		item = d.figureLine // lines with no marks: "…, statistics show there were:\n 410 orders signed in 2021.\n 388 in 2022."
	}
	sj := si - 1
	for sj >= 0 && si-sj <= 12 && item(sj) {
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

// figureLine reports a sentence that is a line of its own and opens on a
// figure that can be a claim: an item of a list written without marks,
// "2,410 orders were signed in 2021, 388 carried out."
func (d *document) figureLine(si int) bool {
	s := d.sents[si]
	if !d.toks[s.first].para || s.first >= s.last || si+1 < len(d.sents) && d.paraOf[si+1] == d.paraOf[si] {
		return false
	}
	t := &d.toks[s.first]
	return t.kind == tFig && d.figs[t.fig].claim && !d.figs[t.fig].isDate
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
	if len(d.attrs[si]) > 0 || d.conversion(k) || d.placeGloss(k) || d.hasQuote(si) || d.backdated(si) || d.reckons(si) {
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
		if a.ent >= 0 && !d.figureIn(sj) && d.goesOnTelling(a.ent, sj) {
			figures = true // "It said the largest falls were in the south.": the body goes on with its report
		} else if a.ent >= 0 && !d.figureIn(sj) && sj == si-1 && a.kind == cueAccording && d.statsNamed(a) {
			figures = true // "More crossed this year than last, according to Home Office figures.": the figures come next
		} else if !d.figureIn(sj) {
			return nil
		}
		if a.ent < 0 || a.wire || a.own || d.ents[a.ent].person || !d.putsOutReport(a.ent, sj) && !(sj == si-1 && d.opensOnFigure(si) && d.toldFigures(a.ent, sj)) {
			return nil // a person's words, or a body's without a report of figures: the outlet goes on
		}
		if !d.leadVoice(a.ent) {
			return nil // a source the story's lead does not credit: one voice among others
		}
		if name := strings.Fields(strings.ToLower(d.ents[a.ent].sp.Name)); len(name) == 0 || bareDocument(d.ents[a.ent].sp.Name) ||
			bareDocument(d.text[d.toks[a.np0].start:d.toks[a.np1].end]) || runOnPolls[name[len(name)-1]] {
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

// statsNamed reports a source named as figures or statistics with a
// body's name to them: "Home Office figures", "official data" is none.
func (d *document) statsNamed(a *attribution) bool {
	if !statNouns[d.toks[a.np1].low] {
		return false
	}
	for j := a.np0; j < a.np1; j++ {
		if d.toks[j].capital {
			return true
		}
	}
	return false
}

// goesOnTelling reports sentence sj, voiced by entity e and with no
// figure of its own, right after a sentence in which e gave figures: "The
// board said 4,000 crossed in May. It said most came by sea." The body is
// still telling the report.
func (d *document) goesOnTelling(e, sj int) bool {
	if sj == 0 || !d.figureIn(sj-1) {
		return false
	}
	d.speakerOfSent(sj - 1)
	for i := range d.attrs[sj-1] {
		if d.attrs[sj-1][i].ent == e {
			return true
		}
	}
	return false
}

// figureIn reports a figure that can be a claim in sentence si: a count
// or a share, not a date, a year or a duration.
func (d *document) figureIn(si int) bool {
	s := d.sents[si]
	for j := s.first; j <= s.last; j++ {
		if j = d.nextFig(j, s.last); j > s.last {
			break
		}
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
			if w := d.toks[a.verb].low; reportVerbs[w] || announceVerbs[w] && a.kind == cueSpeech && a.np1 < a.verb {
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

// toldFigures reports entity e giving the figures of sentence si and of
// one in an earlier paragraph: "The toll has reached 98, the agency said.
// The agency added that 69 were hurt." A body that gave the figures of
// two paragraphs is telling a report of its own.
func (d *document) toldFigures(e, si int) bool {
	toldIn := -1 // the paragraph of the last sentence with figures e gave
	for sj := si; sj >= 0; sj-- {
		if !d.figureIn(sj) {
			continue
		}
		for i := range d.attrs[sj] {
			if d.attrs[sj][i].ent != e {
				continue
			}
			if toldIn < 0 {
				if sj != si {
					return false
				}
				toldIn = d.paraOf[sj]
			} else if d.paraOf[sj] != toldIn {
				return true
			}
			break
		}
	}
	return false
}

// opensOnFigure reports sentence si opening on a figure that can be a
// claim: "Some 2.4 million homes lost power."
func (d *document) opensOnFigure(si int) bool {
	t := &d.toks[d.sents[si].first]
	return t.kind == tFig && d.figs[t.fig].claim && !d.figs[t.fig].isDate
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

// sandwiched returns the attribution that sentence si, which has no voice
// of its own, stands between: the sentence before it and the one after it
// both speak in one body's voice and in no other ("The board said 54% had
// voted for her. Her rival won 30%, a third candidate 9%. The board also
// said …"). The body is still telling its report; a person's words, speech
// in quotation marks on either side, or a sentence told as background are
// left to the outlet.
func (d *document) sandwiched(si, k int) *attribution {
	if si == 0 || si+1 >= len(d.sents) || len(d.attrs[si]) > 0 || d.conversion(k) || d.placeGloss(k) || d.backdated(si) || d.reckons(si) ||
		d.headline(si-1) || d.paraOf[si+1]-d.paraOf[si-1] > 2 {
		return nil
	}
	var a *attribution
	e := -1
	for _, sj := range [...]int{si - 1, si + 1} {
		d.speakerOfSent(sj)
		if len(d.attrs[sj]) == 0 || d.speechIn(sj) {
			return nil
		}
		whole := false // a voice over the whole sentence: "The agency said that …", "…, the agency said."
		for i := range d.attrs[sj] {
			b := &d.attrs[sj][i]
			if b.wire {
				continue
			}
			if b.ent < 0 || b.own || d.ents[b.ent].person || e >= 0 && b.ent != e {
				return nil
			}
			if e < 0 {
				e, a = b.ent, b
			}
			s := d.sents[sj]
			whole = whole || d.leads(b, s) && d.leadsSentence(min(b.np0, b.verb), s) || d.closes(b, s)
		}
		if !whole {
			return nil
		}
	}
	if d.speechIn(si) {
		return nil
	}
	return a
}

// speechIn reports quoted words in sentence si longer than a name: a
// quotation of more than six words.
func (d *document) speechIn(si int) bool {
	s := d.sents[si]
	n := 0
	for j := s.first; j <= s.last; j++ {
		if d.toks[j].quote == 0 {
			n = 0
		} else if n++; n > 6 {
			return true
		}
	}
	return false
}
