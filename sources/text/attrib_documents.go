// The attribution stage, part 1b: sources that are no people and cues
// that are no speech verbs. Documents, data and polls speak ("a poll …
// found", "official figures show", "as per the final results"); figures
// are put out as objects ("gave a figure of"); rival counts name theirs
// ("112,000 for the police").

package text

import "strings"

// objectCue reads the cues that are no speech verbs: a verb putting out a
// figure as its object ("the agency gave a first estimate of 210", "the
// ministry put out fresh figures on Tuesday showing …") and the "for" of
// rival counts ("420,000 for the unions, 65,000 for the prefecture").
func (d *document) objectCue(s sentence, v int) (attribution, bool) {
	t := &d.toks[v]
	b := v - 1 // the word the participle follows, past an adverb: "the figures since published by …"
	if b > s.first && agentAdverbs[d.toks[b].low] {
		b--
	}
	if v+2 <= s.last && v > s.first && d.toks[v+1].low == "by" && agentParticiples[t.low] &&
		(d.toks[b].kind == tFig || (d.cls(b)&cDataObject != 0) || (d.cls(b)&cSource != 0) || d.dataSubject(b, s.first) ||
			d.toks[b].low == "," && b-1 >= s.first && ((d.cls(b-1)&cDataObject != 0) || (d.cls(b-1)&cSource != 0))) { // not "pictures released by …"
		// "the figure given by police", "a tally compiled by the group",
		// "the figures were published by the electoral board"
		np0, np1, ok := d.forwardNP(v+2, s.last)
		if !ok || d.wireName(np0, np1) != "" {
			return attribution{}, false
		}
		np0, np1, appos := d.namedRole(np0, np1, s.last)
		return attribution{verb: v, cue1: v + 1, np0: np0, np1: np1, appos: appos, ent: -2, kind: cueAgent}, true
	}
	switch {
	case t.low == "based" && v+1 < s.last && d.toks[v+1].low == "on" && d.opensSentence(s, v):
		// "Based on the data the board supplied, …": the document frames
		// the sentence, as "In the latest poll, …" does.
		return d.framing(s, v+1)
	case (t.low == "in" || t.low == "under") && d.opensSentence(s, v):
		// "In the latest poll, 44% …", "Under the governor's plan, …"
		if t.low == "under" {
			return attribution{}, false // the noun after it is the cue
		}
		return d.framing(s, v)
	case t.cls&cClaimNoun != 0:
		return d.nounCue(s, v)
	case dataVerbs[t.low]:
		np0, np1, ok := d.backwardNP(v, s.first)
		switch {
		case d.dataObjectAfter(v, s.last):
		case ok && np0 > s.first && d.toks[np0-1].kind == tFig:
			// "the 20,000 a Red Crescent spokesperson gave on Thursday"
		default:
			// "the preliminary results issued by the authority gave
			// Tebboune 95 percent": a document as the subject.
			if np0, np1, ok = d.sourceNP(v, s.first); !ok || d.saidIn(np0, s.first) {
				return attribution{}, false
			}
			return attribution{verb: v, cue1: v, np0: np0, np1: np1, ent: -2, kind: cueFinding}, true
		}
		if !ok || d.wireName(np0, np1) != "" {
			return attribution{}, false
		}
		return attribution{verb: v, cue1: v, np0: np0, np1: np1, ent: -2, kind: cueData}, true
	case t.low == "per" || t.low == "in":
		// "61.8% of the ballots, as per the certified count", "the 71.2%
		// given in the first tally": a document after a figure.
		if j := d.skipDateTail(v-1, s.first); t.low == "in" && j > s.first && d.cls(j)&cSpeech != 0 {
			if _, _, ok := d.backwardNP(j, s.first); ok {
				// "the office said in its April report": where the speaker
				// said it, no other source (not "the 88% reported in the
				// preliminary results")
				return attribution{}, false
			}
		}
		np0, np1, ok := d.forwardSourceNP(v+1, s.last)
		if !ok || np1 < s.last && d.toks[np1+1].kind != tPunct {
			return attribution{}, false
		}
		if t.low == "in" && pollNouns[d.toks[np1].low] && np1 < s.last && d.toks[np1+1].low == "," && d.leadsSentence(v, s) {
			// "In the Marist poll, 48% back Harris", "In a survey,
			// conducted by Emerson College, 39% …": the poll frames the
			// sentence.
			return attribution{verb: v, cue1: v, np0: np0, np1: d.pollBy(np1, s.last), ent: -2, kind: cueAccording}, true
		}
		fig := false
		for k := v - 1; k >= s.first && k >= v-12; k-- {
			if u := d.toks[k]; u.kind == tFig && !d.figs[u.fig].isDate {
				fig = true
				break
			}
		}
		if !fig {
			return attribution{}, false
		}
		return attribution{verb: v, cue1: v, np0: np0, np1: np1, ent: -2, kind: cueAccording}, true
	case t.low == "for":
		fig := false
		for k := v - 1; k >= s.first && k >= v-5; k-- { // "800,000 marchers in the country for the FNU"
			if u := d.toks[k]; u.kind == tFig {
				fig = !d.figs[u.fig].isDate
				break
			} else if u.kind != tWord {
				break
			}
		}
		np0, np1, ok := d.forwardNP(v+1, s.last)
		if !fig && ok && v > s.first && d.toks[v-1].low == "," && np1+1 < s.last && d.toks[np1+1].low == "," {
			// "Rates that, for the unions, reach 40% and 55%": the
			// source set off before the figures it gives.
			for k := np1 + 2; k <= s.last && k <= np1+5; k++ {
				if u := d.toks[k]; u.kind == tFig {
					fig = d.figs[u.fig].claim
					break
				}
			}
			if fig {
				h := d.toks[np1]
				if hw := strings.TrimSuffix(h.low, "'s"); !forSources[hw] && (!isUpperWord(d.text[h.start:h.end]) || d.x.parties[hw] != "") {
					return attribution{}, false
				}
				return attribution{verb: v, cue1: v, np0: np0, np1: np1, ent: -2, kind: cueAccording}, true
			}
		}
		if !fig {
			return attribution{}, false
		}
		if !ok || np1 < s.last && d.toks[np1+1].kind != tPunct {
			return attribution{}, false
		}
		h := d.toks[np1]
		if hw := strings.TrimSuffix(h.low, "'s"); !forSources[hw] && (!isUpperWord(d.text[h.start:h.end]) || d.x.parties[hw] != "") {
			return attribution{}, false
		}
		n := 0 // rival counts: another figure in the sentence
		for k := s.first; k <= s.last; k++ {
			if u := d.toks[k]; u.kind == tFig && !d.figs[u.fig].isDate {
				n++
			}
		}
		if n < 2 {
			return attribution{}, false
		}
		return attribution{verb: v, cue1: v, np0: np0, np1: np1, ent: -2, kind: cueFor}, true
	}
	return attribution{}, false
}

// dataObjectAfter reports a figure's noun ("toll", "figures", "estimate")
// among the words right after verb v: "gave a preliminary figure of".
func (d *document) dataObjectAfter(v, last int) bool {
	reach := v + 5
	if v+1 <= last && (d.toks[v+1].low == "on" || d.toks[v+1].low == "in" || d.toks[v+1].low == "via") {
		reach = v + 9 // "published on its website a list of …": where it was put out, then what
	}
	for k := v + 1; k <= min(last, reach); k++ {
		u := d.toks[k]
		if u.kind != tWord || u.quote != 0 {
			return false
		}
		if u.cls&cDataObject != 0 {
			return true
		}
	}
	return false
}

// sourceNP reads a document or a data set that speaks before cue v: "a
// Norland survey found", "official border agency figures show", "the
// report stated", "research printed in a medical journal last month
// estimated": the nearest source noun in the clause before the cue, with
// the modifiers before it and what qualifies it after.
func (d *document) sourceNP(v, first int) (int, int, bool) {
	end := d.skipDateTail(v-1, first)
	if end > first && (d.toks[end].low == "and" || d.toks[end].low == "but") {
		// "The authors … combed through the filings and found": the
		// clause's subject finds, not the object before "and".
		return d.coordSubject(first, end)
	}
	capped := false
	for j := end; j >= first && v-j <= 12; j-- {
		u := d.toks[j]
		if u.quote != 0 || u.closeQ || u.openQ {
			return 0, 0, false
		}
		if u.kind == tFig && !d.figs[u.fig].isDate && d.figs[u.fig].claim { // a year or a duration is a label: "his 1995 tax return", "polls taken over two weeks"
			if capped || j == first || d.toks[j-1].low != "of" {
				return 0, 0, false
			}
			capped = true // "a poll of 1,000 adults found": the figure is no part of the name
			continue
		}
		if u.kind == tPunct && u.low != "." && u.low != "'" && u.low != "’" && u.low != "(" && u.low != ")" {
			return 0, 0, false // "…, the report said" reads no further back than its clause
		}
		if u.kind != tWord {
			continue
		}
		if u.low == "that" || u.low == "which" || u.low == "who" || u.cls&cPronoun != 0 && u.cls&cDeterminer == 0 {
			return 0, 0, false // not "documents from his tax return"
		}
		// A possessive ("the survey's") is looked up without its "'s", any
		// other word by its class bit.
		if w := strings.TrimSuffix(strings.TrimSuffix(u.low, "'s"), "’s"); len(w) == len(u.low) && u.cls&cSource == 0 || len(w) < len(u.low) && !sourceNouns[w] {
			continue
		}
		if u.capital && j > first && (d.toks[j-1].capital && d.toks[j-1].kind == tWord || d.toks[j-1].low == "of") {
			continue // "data from the Bureau of Labor Statistics show": a word of a name, no document
		}
		if visualNouns[u.low] && strings.HasPrefix(d.toks[v].low, "show") {
			return 0, 0, false // "videos showed hundreds in the streets": a picture, the outlet counts
		}
		a := d.sourceStart(j, first)
		for a-2 >= first && d.toks[a-1].low == "of" && (sourceNouns[trimPossessive(d.toks[a-2].low)] || moreTitles[d.toks[a-2].low]) {
			a = d.sourceStart(a-2, first) // "a Herald analysis of campaign-finance reports", "the average of polls", "the authors of the report"
		}
		for a < j && openers[d.toks[a].low] {
			a++
		}
		if d.ofDocument(a, first) {
			continue // "figures from the land registry show": the figures speak, with the body that keeps them
		}
		if end < j || capped || j+1 <= end && d.cls(j+1)&cPrep == 0 && !(j+2 <= end && d.cls(j+2)&cPrep != 0) {
			end = j // "a Pew survey released Tuesday showed": no name after the noun
		}
		return a, end, true
	}
	return 0, 0, false
}

// ofDocument reports a source noun phrase starting at a that qualifies a
// document named just before it, after "from" or "by": "figures from the
// land registry", "data released by the port authority", "a report by
// the audit office".
func (d *document) ofDocument(a, first int) bool {
	p := a - 1
	if p <= first || d.toks[p].low != "from" && d.toks[p].low != "by" {
		return false
	}
	if d.toks[p].low == "by" && p-1 > first && strings.HasSuffix(d.toks[p-1].low, "ed") {
		p-- // "released by"
	}
	for k := p - 1; k >= first && k >= p-3; k-- {
		if w := trimPossessive(d.toks[k].low); statNouns[w] || dataObjects[w] || sourceNouns[w] {
			return true
		}
		if d.toks[k].kind != tWord {
			return false
		}
	}
	return false
}

// saidIn reports a document at np0 that a speaker said something in: "the
// office said in a weekly note released on Friday that …", "the agency
// said in an update put out overnight that …". The participle after such a
// document tells of the speaker's own document; it is no cue of a source
// of its own.
func (d *document) saidIn(np0, first int) bool {
	j := np0 - 1
	for j >= first && (d.cls(j)&cDeterminer != 0 || d.toks[j].low == "its" || d.lx.g.possPron[d.toks[j].low]) {
		j--
	}
	if j <= first || d.toks[j].low != "in" {
		return false
	}
	j = d.skipDateTail(j-1, first)
	return j >= first && d.cls(j)&cSpeech != 0
}

// skipDateTail steps back from token j over a date and the adverbs said
// between a source and its cue: "the court on Saturday said", "Afghan
// authorities on Wednesday significantly lowered".
func (d *document) skipDateTail(j, first int) int {
	for j > first {
		t := &d.toks[j]
		if t.quote != 0 {
			break
		}
		if t.kind == tFig && d.figs[t.fig].isDate || t.kind == tWord && t.cls&cDateTail != 0 {
			j--
			continue
		}
		break
	}
	return j
}

// skipDateAhead steps on from token j over a date said after a verb: "on
// Sunday", "late on Monday", "overnight". It returns the first token past
// it.
func (d *document) skipDateAhead(j, last int) int {
	for start := j; j <= last && j-start < 6; j++ {
		t := &d.toks[j]
		if t.quote != 0 || !(t.kind == tFig && d.figs[t.fig].isDate || t.kind == tWord && t.cls&cDateTail != 0) {
			break
		}
	}
	return j
}

// forwardSourceNP reads a document or data set named after a cue: "citing
// customs data", "according to official figures", "according to a poll".
func (d *document) forwardSourceNP(i, last int) (int, int, bool) {
	for i <= last && (d.toks[i].low == "the" || d.toks[i].low == "a" || d.toks[i].low == "an") {
		i++
	}
	a := i
	for k := i; k <= last && k-i < 5; k++ {
		t := &d.toks[k]
		if d.figModifier(k) && k < last {
			continue // "according to a 30-count complaint"
		}
		if t.kind != tWord || t.quote != 0 {
			return 0, 0, false
		}
		if t.cls&cSource != 0 {
			return a, k, true
		}
		if t.cls&cBreaker != 0 || d.cls(k)&cSpeech != 0 {
			return 0, 0, false
		}
	}
	return 0, 0, false
}

// figModifier reports a figure at token k joined by a hyphen to the word
// that makes it a modifier: "30-count", "46-page", "10-year".
func (d *document) figModifier(k int) bool {
	t := &d.toks[k]
	if t.kind != tFig || t.quote != 0 {
		return false
	}
	w := d.text[t.start:t.end]
	i := strings.LastIndexByte(w, '-')
	return i > 0 && i+1 < len(w) && w[i+1] >= 'a' && w[i+1] <= 'z'
}

// dataSubject reports a passive's auxiliary at token j whose subject is
// figures, results or data: "the figures were", "these preliminary results
// were".
func (d *document) dataSubject(j, first int) bool {
	switch d.toks[j].low {
	case "was", "were", "been", "is", "are", "being":
	default:
		return false
	}
	for k := j - 1; k >= first && j-k <= 4; k-- {
		u := d.toks[k]
		if u.kind != tWord || u.quote != 0 {
			return false
		}
		if w := u.low; sourceNouns[w] || dataObjects[w] {
			return true
		}
		if k < j-1 && (u.low == "have" || u.low == "has") {
			continue
		}
	}
	return false
}

// namedRole reads a role with the name of who holds it after a comma:
// "the head of the regional administration, Oleh Syniehubov": the name
// speaks and the role is its appositive. Else it returns the phrase as
// given.
func (d *document) namedRole(np0, np1, last int) (int, int, [2]int) {
	if q := d.nameAfter(np1, last); q > 0 && d.cls(np1)&(cTitle|cOrg) != 0 {
		return np1 + 2, q, [2]int{np0, np1}
	}
	return np0, np1, [2]int{}
}

// leadsSentence reports a token that opens its sentence, after openers
// only: "In the poll, …", "But in the survey, …".
func (d *document) leadsSentence(v int, s sentence) bool {
	for j := s.first; j < v; j++ {
		if !openers[d.toks[j].low] && !sentenceAdverbWords[d.toks[j].low] && d.toks[j].low != "," {
			return false
		}
	}
	return true
}

// sourceStart steps back from a document's noun at j over the words that
// qualify it, to its determiner: "a Pew survey", "official trade figures".
func (d *document) sourceStart(j, first int) int {
	a := j
	for a-1 >= first && j-a < 5 {
		p := d.toks[a-1]
		if p.kind != tWord || p.quote != 0 {
			break
		}
		if p.low == "the" || p.low == "a" || p.low == "an" {
			a--
			break
		}
		if !p.capital && (p.cls&cBreaker != 0 || d.cls(a-1)&cSpeech != 0) {
			break
		}
		a--
	}
	return a
}

// mannerAdverb reports an adverb of manner between a source and its cue:
// "the state incorrectly stated", "the agency quietly revised".
func mannerAdverb(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "ly") && !lyWords[w]
}

// coordSubject reads the subject that opens the sentence at first for a
// verb coordinated after token end ("and found"): a document ("The
// study collected … and found") or the people who wrote one ("The
// authors of the report, which include …, combed through … and found").
func (d *document) coordSubject(first, end int) (int, int, bool) {
	a := first
	for a < end && (openers[d.toks[a].low] || d.toks[a].low == ",") {
		a++
	}
	for h := a; h < end && h-a < 6; h++ {
		t := &d.toks[h]
		if t.kind != tWord || t.quote != 0 || h > a && d.cls(h)&(cSpeech|cAux) != 0 {
			return 0, 0, false
		}
		if t.cls&cSource == 0 && !moreTitles[t.low] {
			continue
		}
		e := h
		if h+2 < end && d.toks[h+1].low == "of" {
			for k := h + 2; k < end && k-h <= 5; k++ {
				if d.cls(k)&cSource != 0 {
					e = k // "the authors of the report"
					break
				}
				if d.toks[k].kind != tWord {
					break
				}
			}
		}
		return a, e, true
	}
	return 0, 0, false
}
