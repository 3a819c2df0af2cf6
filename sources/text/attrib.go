package text

import (
	"strings"
	"unicode"

	"github.com/crosscheck/crosscheck/claims"
)

// An attribution is who a sentence's narrative says is speaking: a speech
// verb ("said", "told", "according to") and the noun phrase of its speaker.
type attribution struct {
	verb     int // token of the speech verb
	np0, np1 int // the speaker's noun phrase, tokens [np0, np1]
	appos    [2]int
	when     claims.Period // the date said with the verb ("said on Thursday")
	whenSpan claims.Span
	estimate bool // a verb of counting: "estimated", "counted", "put … at"
	ent      int  // the speaker's entity once resolved; -2 before
	wire     bool // a wire service's credit, speaking for want of anyone else
}

// attribute finds the sentence's attributions in its narrative (outside
// speech quotes), in order. Wires ("Xinhua news agency reported") are
// credits, not speakers: they go to via.
func (d *document) attribute(s sentence) ([]attribution, []string) {
	var as, wires []attribution
	var via []string
	for v := s.first; v <= s.last; v++ {
		t := d.toks[v]
		if t.kind != tWord || t.quote != 0 || d.cls(v)&cSpeech == 0 || t.capital && v != s.first {
			continue // "the United States" holds no speech verb
		}
		var np0, np1 int
		var appos [2]int
		found := false
		if t.low == "according" || t.low == "citing" || t.low == "quoting" {
			i := v + 1
			if t.low == "according" {
				if i > s.last || d.toks[i].low != "to" {
					continue
				}
				i++
			}
			// "according to figures from the interior ministry", "citing
			// a tally by the health ministry": the source behind the figures.
			j := i
			for j <= s.last && j < i+5 && d.toks[j].kind == tWord && !d.toks[j].capital && !d.lx.breaker[d.toks[j].low] || j <= s.last && (d.toks[j].low == "the" || d.toks[j].low == "a" || d.toks[j].low == "an") && j < i+5 {
				j++
			}
			if j > i && j <= s.last && (d.toks[j].low == "from" || d.toks[j].low == "by" || d.toks[j].low == "of" || d.toks[j].low == "released") {
				for j <= s.last && (d.toks[j].low == "from" || d.toks[j].low == "by" || d.toks[j].low == "of" || d.toks[j].low == "released") {
					j++
				}
				i = j
			}
			np0, np1, found = d.forwardNP(i, s.last)
		} else {
			if (t.low == "put" || t.low == "puts") && !d.followedBy(v, s.last, "at", 12) {
				continue
			}
			agent := v+1 < s.last && d.toks[v+1].low == "by" && strings.HasSuffix(t.low, "ed")
			if v > s.first && !agent {
				switch d.toks[v-1].low {
				case "was", "were", "been", "be", "being", "is", "are":
					continue // "hits were recorded": a passive, not a speaker
				}
			}
			if agent {
				// "the 500,000 claimed by the organisers", "300 were
				// counted by the police": the passive's agent speaks.
				// "the 500,000 claimed by the organisers"
				np0, np1, found = d.forwardNP(v+2, s.last)
				if !found {
					continue
				}
			} else if isFindingVerb(t.low) {
				// "A poll published by broadcaster ZDF found that …": the
				// poll and who made it.
				np0, found = -1, false
				for j := v - 1; j >= s.first && j >= v-9; j-- {
					if d.toks[j].kind == tWord && isStudyNoun(d.toks[j].low) {
						np0, np1, found = j, v-1, true
						for np1 > np0 && d.toks[np1].kind != tWord {
							np1--
						}
						break
					}
				}
				if !found {
					continue
				}
			} else {
				np0, np1, found = d.backwardNP(v, s.first)
			}
			if !found && v > s.first && d.toks[v-1].kind == tWord {
				np0, np1, found = d.relativeNP(v, s.first)
			}
			if !found && v > s.first && d.toks[v-1].low == "," {
				np0, np1, appos, found = d.appositive(v, s.first)
				if found && appos[0] > np0 && inverts(t.low) {
					// "NAME, the aide to …, said": unless a speaker follows
					// the verb ("put the national turnout at" has its
					// object there).
					if f0, f1, ok := d.forwardNP(v+1, s.last); ok {
						np0, np1, appos = f0, f1, [2]int{}
					}
				}
			}
			if !found && (v == s.first || d.toks[v-1].kind == tPunct) && inverts(t.low) {
				np0, np1, found = d.forwardNP(v+1, s.last)
				if found && np1+2 <= s.last && d.toks[np1+1].low == "," {
					// "said Claire Dumont, a spokeswoman for the union"
					if w := d.toks[np1+2].low; w == "a" || w == "an" || w == "the" || d.lx.title[w] {
						e := np1 + 2
						for e+1 <= s.last && !d.boundary(e+1) {
							e++
						}
						appos = [2]int{np1 + 2, e}
					}
				}
			}
		}
		if !found {
			continue
		}
		if np1 < v && np0 > s.first {
			switch d.toks[np0-1].low {
			case "by", "of", "to", "from", "with", "on", "under":
				continue // "by official estimates": a noun, no speaker
			}
		}
		a := attribution{verb: v, np0: np0, np1: np1, appos: appos, ent: -2}
		if w := d.wireName(np0, np1); w != "" {
			// A wire's credit says through whom the story came; it speaks
			// only where no one else in the sentence does.
			via = append(via, w)
			a.wire = true
			wires = append(wires, a)
			continue
		}
		a.estimate = d.lx.estimate[t.low]
		a.when, a.whenSpan = d.speechDate(s, a)
		as = append(as, a)
	}
	if len(as) == 0 {
		for _, w := range wires {
			w.when, w.whenSpan = d.speechDate(s, w)
			as = append(as, w)
		}
	}
	return as, via
}

// speechDate finds the date said with the verb: "said on Thursday", "told
// reporters on June 19", "Speaking on Thursday, Putin said"; the nearest
// after the verb first (up to "that" or a quotation), then before it.
func (d *document) speechDate(s sentence, a attribution) (claims.Period, claims.Span) {
	v := a.verb
	for k := v + 1; k <= min(s.last, v+6); k++ {
		if k >= a.np0 && k <= a.np1 {
			continue
		}
		if d.toks[k].low == "that" || d.toks[k].openQ || d.toks[k].quote != 0 {
			break
		}
		if p, sp, ok := d.dateAt(k); ok {
			return p, sp
		}
	}
	lo := max(s.first, min(a.np0, v)-12)
	for k := v - 1; k >= lo; k-- {
		if k >= a.np0 && k <= a.np1 {
			continue
		}
		if d.toks[k].quote != 0 || d.toks[k].closeQ {
			break
		}
		if p, sp, ok := d.dateAt(k); ok {
			return p, sp
		}
	}
	return claims.Period{}, claims.Span{}
}

// followedBy reports whether word w comes within n tokens after v.
func (d *document) followedBy(v, last int, w string, n int) bool {
	for k := v + 1; k <= min(last, v+n); k++ {
		if d.toks[k].low == w {
			return true
		}
	}
	return false
}

// npWord reports whether token k may stand in a speaker's noun phrase.
func (d *document) npWord(k int) bool {
	t := d.toks[k]
	if t.kind != tWord || t.quote != 0 {
		return false
	}
	return t.capital || d.cls(k)&(cTitle|cOrg|cDemonym) != 0
}

// backwardNP reads the speaker's noun phrase that ends just before the
// speech verb v: "Russian President Vladimir Putin said", "the ministry
// said", "it added", "a spokesman for the ministry said".
func (d *document) backwardNP(v, first int) (int, int, bool) {
	// "the National Disaster Management Authority (NDMA) said"
	if v-3 > first && d.toks[v-1].low == ")" && d.toks[v-3].low == "(" && d.toks[v-2].capital {
		if a, _, ok := d.backwardNP(v-3, first); ok {
			return a, v - 4, true
		}
	}
	j := v - 1
	for j >= first && d.toks[j].kind == tWord && d.toks[j].quote == 0 && isAdverbBeforeSpeech(d.toks[j].low) {
		j--
	}
	if j < first || d.toks[j].kind != tWord || d.toks[j].quote != 0 {
		return 0, 0, false
	}
	end := j
	if d.lx.pronoun[d.toks[j].low] {
		return j, j, true
	}
	if !d.npWord(j) && j == v-1 && plainSpeaker(d.toks[j].low) && (d.toks[v].low == "say" || d.toks[v].low == "said" || d.toks[v].low == "says") &&
		(j == first || isConjunction(d.toks[j-1].low) || d.toks[j-1].low == "," || d.toks[j-1].low == "the" || d.toks[j-1].low == "many" || d.toks[j-1].low == "some") {
		// "while rectors say", "and residents said": a plural noun
		// that no word list names, right before "say" after a clause
		// boundary.
		return j, j, true
	}
	if !d.npWord(j) {
		// "officials on both sides said": a head noun, then a short
		// prepositional phrase.
		for p := j - 1; p > first && j-p <= 4; p-- {
			w := d.toks[p].low
			if d.toks[p].kind != tWord || d.toks[p].quote != 0 {
				break
			}
			if (w == "on" || w == "in" || w == "from" || w == "at" || w == "of") && d.npWord(p-1) && !d.toks[p-1].capital {
				if a, _, ok := d.backwardNP(p, first); ok {
					return a, j, true
				}
				return p - 1, j, true
			}
		}
		return 0, 0, false
	}
	head := false
	ew := strings.TrimSuffix(d.toks[end].low, "'s")
	common := d.lx.org[ew] || d.lx.title[ew] // a common-noun head takes modifiers: "the regional emergency services"
	k := j
	for ; k >= first && end-k < 15; k-- {
		t := d.toks[k]
		if t.kind == tPunct && t.low == "." && k > first && d.toks[k-1].end == t.start && d.lx.abbrev[d.toks[k-1].low] {
			continue // "Lt. Gen."
		}
		if t.kind == tPunct && (t.low == "'" || t.low == "’") && k > first && k < end && d.toks[k-1].end == t.start &&
			(d.npWord(k-1) || common && d.toks[k-1].kind == tWord && strings.HasSuffix(d.toks[k-1].low, "s")) {
			continue // "the Palestinian Prisoners' Club", "the tenants' unions"
		}
		if t.kind == tFig && head && common && k < end && (d.lx.org[d.toks[k+1].low] || d.lx.title[d.toks[k+1].low]) && t.quote == 0 {
			continue // "the two sides said"
		}
		if t.kind != tWord || t.quote != 0 {
			break
		}
		w := strings.TrimSuffix(t.low, "'s")
		switch {
		case d.npWord(k):
			head = true
			if k < end && (d.lx.title[w] || d.lx.org[w]) && !t.capital {
				common = true // "UN human rights chief Volker Turk": modifiers before a title
			}
			continue
		case w == "the" && k-2 >= first && (d.toks[k-1].low == "of" || d.toks[k-1].low == "for") && d.npWord(k-2):
			continue // "Headquarters for the Treatment of Prisoners"
		case w == "the" || w == "a" || w == "an":
			k--
		case (w == "of" || w == "for" || w == "and" || w == "in" || w == "at") && k > first && (d.npWord(k-1) || k-2 >= first && d.toks[k-1].low == "the" && d.npWord(k-2)) && k < end:
			continue
		case head && common && k < end && !d.lx.breaker[w] && !strings.HasSuffix(w, "ed") && end-k < 6 &&
			(d.npWord(k+1) || k+2 <= end && d.npWord(k+2)):
			continue // a modifier: "defence" in "the defence ministry"
		}
		break
	}
	start := k + 1
	for start <= end && (d.toks[start].low == "of" || d.toks[start].low == "for" || d.toks[start].low == "and" || d.toks[start].low == "in" || d.toks[start].low == "at") {
		start++
	}
	if !head || start > end {
		return 0, 0, false
	}
	// "Officials in neighbouring Syria said", "officials on both sides
	// said": a speaker noun, a preposition, a place or a side.
	p := start - 1
	for n := 0; n < 2 && p > first && d.toks[p].kind == tWord && !d.toks[p].capital && d.toks[p].quote == 0 &&
		!d.lx.prep[d.toks[p].low] && !d.npWord(p); n++ {
		p--
	}
	if p > first && d.toks[p].kind == tWord && (d.toks[p].low == "in" || d.toks[p].low == "on" || d.toks[p].low == "from" || d.toks[p].low == "of") {
		if w := strings.TrimSuffix(d.toks[p-1].low, "'s"); d.lx.org[w] || d.lx.title[w] {
			if a, _, ok := d.backwardNP(p, first); ok {
				return a, end, true
			}
		}
	}
	return start, end, true
}

func isFindingVerb(w string) bool {
	switch w {
	case "found", "finds", "showed", "shows", "suggested", "suggests":
		return true
	}
	return false
}

func isStudyNoun(w string) bool {
	switch w {
	case "poll", "survey", "study", "census", "report", "analysis", "count", "tally", "investigation", "audit",
		"polls", "surveys", "studies":
		return true
	}
	return false
}

// inverts reports the speech verbs that may come before their speaker:
// "…, said the ministry".
func inverts(w string) bool {
	switch w {
	case "said", "says", "added", "adds", "wrote", "writes", "reported", "stated", "announced", "noted",
		"explained", "confirmed", "insisted", "declared", "stressed", "warned", "continued", "tweeted", "posted":
		return true
	}
	return false
}

// isAdverbBeforeSpeech reports words that may stand between a speaker and
// the verb: "the ministry also said", "officials have said".
func isAdverbBeforeSpeech(w string) bool {
	switch w {
	case "there", "here", "themselves", "itself", "alone", "now", "today", "yesterday", "on", "separately,":
		return true
	case "not", "did", "does", "didn't", "doesn't", "would", "could", "will", "to", "declined", "refused",
		"never", "would not", "also not", "cannot", "can't", "won't", "wouldn't":
		return true
	case "also", "later", "further", "separately", "previously", "earlier", "had", "has", "have", "was", "were",
		"then", "again", "reportedly", "quickly", "told", "publicly", "officially", "initially", "first":
		return true
	}
	return false
}

// forwardNP reads the speaker's noun phrase starting at token i: "said the
// Russian defence ministry", "according to Putin".
func (d *document) forwardNP(i, last int) (int, int, bool) {
	for i <= last && d.toks[i].kind == tWord && (d.toks[i].low == "the" || d.toks[i].low == "a" || d.toks[i].low == "an") {
		i++
	}
	if i > last {
		return 0, 0, false
	}
	if d.toks[i].kind == tWord && d.lx.pronoun[d.toks[i].low] && d.toks[i].quote == 0 {
		return i, i, true
	}
	end := -1
	for k := i; k <= last && k-i < 15; k++ {
		t := d.toks[k]
		if t.kind != tWord || t.quote != 0 {
			break
		}
		w := t.low
		if d.npWord(k) {
			if isWeekdayOrMonth(w) {
				break
			}
			end = k
			continue
		}
		if (w == "of" || w == "for" || w == "and" || w == "the") && end >= 0 && k+1 <= last && (d.npWord(k+1) ||
			d.toks[k+1].low == "the" && k+2 <= last && d.npWord(k+2)) {
			continue
		}
		if w == "in" && end == k-1 && d.toks[end].capital && k+1 <= last && d.toks[k+1].capital && d.toks[k+1].kind == tWord &&
			d.orgNamed(i, end) {
			continue // "the Centre for Studies in Public Policy": one name
		}
		if !d.lx.breaker[w] && !strings.HasSuffix(w, "ed") && k+1 <= last && (d.npWord(k+1) || (k+2 <= last && d.npWord(k+2) && !d.lx.breaker[d.toks[k+1].low])) {
			continue // modifiers before the head: "regional emergency services"
		}
		break
	}
	if end < 0 {
		return 0, 0, false
	}
	// "the national rail operator": a modifier is no head; take the nouns after it.
	for n := 0; n < 3 && (isModifier(d.toks[end].low) || d.x.demonyms[d.toks[end].low] != "") && end+1 <= last && d.toks[end+1].kind == tWord &&
		d.toks[end+1].quote == 0 && !d.lx.breaker[d.toks[end+1].low] && !isWeekdayOrMonth(d.toks[end+1].low); n++ {
		end++
	}
	return i, end, true
}

// isModifier reports words that qualify a speaker's head noun without being
// one: "national", "regional", "senior".
func isModifier(w string) bool {
	switch w {
	case "national", "regional", "local", "federal", "state", "senior", "top", "former", "acting", "vice",
		"deputy", "emergency", "health", "election", "electoral", "interior", "foreign", "defence", "defense",
		"presidential", "press", "civil", "public", "military", "general", "chief", "central", "provincial",
		"municipal", "city", "district", "county":
		return true
	}
	return false
}

// appositive reads "Vladimir Medinsky, the aide to President Vladimir
// Putin, said": the name before the appositive is the speaker.
func (d *document) appositive(v, first int) (int, int, [2]int, bool) {
	for p := v - 2; p > first && v-p < 25; p-- {
		t := d.toks[p]
		if t.quote != 0 || t.closeQ || t.openQ {
			break
		}
		if t.low != "," {
			continue
		}
		// "Russia's human rights commissioner, Tatyana Moskalkova, said":
		// the name between the commas speaks, the phrase before gives the role.
		if name := v - 1 - (p + 1); name >= 1 && name <= 4 {
			all := true
			for k := p + 1; k <= v-2; k++ {
				if d.toks[k].kind != tWord || !d.toks[k].capital || d.lx.pronoun[d.toks[k].low] {
					all = false
				}
			}
			if all {
				if r0, r1, ok := d.backwardNP(p, first); ok && (d.lx.title[d.toks[r1].low] || d.lx.org[d.toks[r1].low]) {
					return p + 1, v - 2, [2]int{r0, r1}, true
				}
			}
		}
		if w := d.toks[p+1].low; w != "the" && w != "a" && w != "an" && !d.lx.title[w] && d.x.demonyms[w] == "" &&
			!isParenthetical(w) {
			return 0, 0, [2]int{}, false
		}
		np0, np1, ok := d.backwardNP(p, first)
		if !ok || d.lx.pronoun[d.toks[np1].low] {
			return 0, 0, [2]int{}, false
		}
		return np0, np1, [2]int{p + 1, v - 2}, true
	}
	return 0, 0, [2]int{}, false
}

// isParenthetical reports words that open a clause set off between a
// speaker and the verb: "The group, which keeps a register, said", "The
// ministry, in a statement, put …".
func isParenthetical(w string) bool {
	switch w {
	case "which", "who", "whose", "that", "in", "citing", "quoting", "speaking", "according", "writing", "meanwhile",
		"however", "also", "for", "on":
		return true
	}
	return false
}

// relativeNP reads a speaker before a relative clause with no commas: "the
// unions that called the march said".
func (d *document) relativeNP(v, first int) (int, int, bool) {
	for r := v - 2; r > first && v-r <= 12; r-- {
		t := d.toks[r]
		if t.kind != tWord || t.quote != 0 {
			return 0, 0, false
		}
		if t.low == "that" || t.low == "which" || t.low == "who" {
			a, b, ok := d.backwardNP(r, first)
			if ok && (d.lx.org[strings.TrimSuffix(d.toks[b].low, "'s")] || d.lx.title[d.toks[b].low] || d.toks[b].capital) {
				return a, b, true
			}
			return 0, 0, false
		}
	}
	return 0, 0, false
}

// wireName returns the wire service the noun phrase names ("Xinhua news
// agency", "Reuters"), or "".
func (d *document) wireName(a, b int) string {
	for i := a; i <= b; i++ {
		for n := min(3, b-i+1); n >= 1; n-- {
			if d.lx.wires[string(d.key(i, i+n))] {
				return d.text[d.toks[i].start:d.toks[i+n-1].end]
			}
		}
	}
	if b-a >= 1 && d.toks[b].low == "agency" && d.toks[b-1].low == "news" && b-2 >= a {
		return d.text[d.toks[a].start:d.toks[b-2].end]
	}
	return ""
}

func isWeekdayOrMonth(w string) bool {
	if _, ok := weekdays[w]; ok {
		return true
	}
	switch w {
	case "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december":
		return true
	}
	return false
}

// speakerOf resolves the noun phrase [a, b] of an attribution to an entity
// of the document, creating one when it names someone new: pronouns and
// descriptions ("he", "it", "the ministry", "the Russian leader") point
// back to speakers met before; titles give the role and affiliation.
func (d *document) speakerOf(at attribution) int {
	a, b := at.np0, at.np1
	for a < b && (d.toks[a].low == "the" || d.toks[a].low == "a" || d.toks[a].low == "an") {
		a++
	}
	first := d.toks[a].low
	if a == b && d.lx.pronoun[first] {
		switch first {
		case "he", "she", "him", "her":
			return d.lastPerson
		case "it", "they", "them":
			if d.lastOrg >= 0 {
				return d.lastOrg
			}
		}
		return d.lastE
	}
	for a < b && d.sents[d.sentOf[a]].first == a && isSentenceAdverb(d.toks[a].low) {
		a++ // "Later Zelensky wrote", "Meanwhile the ministry said"
	}
	definite := at.np0 < a && d.toks[at.np0].low == "the"
	// Affiliation: the first party named in the phrase.
	affil := ""
	for k := a; k <= b; k++ {
		if p, n, _ := d.partyAt(k); p != "" {
			affil = p
			break
		} else if n > 1 {
			k += n - 1
		}
	}
	// The head: the last word before "of"/"for".
	head := b
	for k := a + 1; k <= b; k++ {
		if w := d.toks[k].low; w == "of" || w == "for" || w == "in" || w == "at" || w == "on" || w == "from" {
			head = k - 1
			break
		}
	}
	if head < a {
		head = a
	}
	hw := strings.TrimSuffix(d.toks[head].low, "'s")
	ht := d.toks[head]
	acronym := len(hw) >= 2 && isUpperWord(d.text[ht.start:ht.end])
	isParty := false
	for k := a; k <= head; k++ {
		if p, n, _ := d.partyAt(k); p != "" && k+n-1 == head {
			isParty = true // "Ukraine", "the United Nations"
		}
	}
	person := ht.capital && !d.lx.org[hw] && !d.lx.title[hw] && !acronym && !isParty && d.x.demonyms[hw] == "" && d.wireName(head, head) == ""
	if person && definite {
		// "the Darfur Emergency Rooms", "the Palestinian Prisoners' Club":
		// a name with "the" before it is no person's, unless a title
		// comes first ("the Russian President Vladimir Putin").
		titled := false
		for k := a; k < head; k++ {
			if d.lx.title[d.toks[k].low] {
				titled = true
			}
		}
		person = titled
	}
	if person {
		// A capitalised name with an organisation's word in it is no
		// person: "the Electoral Reform Society", "Peace for Ukraine".
		for k := a; k < head; k++ {
			if p, _, _ := d.partyAt(k); p != "" {
				continue // "Kremlin aide Vladimir Medinsky"
			}
			if w := d.toks[k].low; d.lx.org[w] && d.toks[k].capital && !isPersonRole(w) || w == "for" || w == "of" {
				person = false
			}
			// "Riverside Emergency Rooms", "the National Rifle
			// Association": a capitalised word that qualifies an
			// institution, followed by a capitalised word that is no
			// title, is part of a name, and the name no person's.
			if t := d.toks[k]; t.capital && nameModifier(t.low) && k+1 <= head && d.toks[k+1].capital && !d.lx.title[d.toks[k+1].low] {
				person = false
			}
		}
	}
	if person {
		// Name: the capitalised words ending at the head; role: the titles before.
		n0 := head
		for n0-1 >= a && d.toks[n0-1].capital && !d.lx.title[d.toks[n0-1].low] && d.x.demonyms[d.toks[n0-1].low] == "" {
			if p, _, _ := d.partyAt(n0 - 1); p != "" {
				break
			}
			n0--
		}
		name := d.text[d.toks[n0].start:ht.end]
		var role []string
		r0, r1 := -1, -1
		for k := a; k < n0; k++ {
			w := d.toks[k].low
			if p, _, _ := d.partyAt(k); p != "" {
				continue
			}
			if d.lx.title[w] {
				if r0 < 0 {
					r0 = k
				}
				r1 = k
			}
		}
		if r0 >= 0 {
			role = append(role, d.text[d.toks[r0].start:d.toks[r1].end]) // "Lt. Gen.", "Foreign Minister"
		}
		if len(role) == 0 && at.appos[1] >= at.appos[0] && at.appos[1] > 0 {
			for k := at.appos[0]; k <= at.appos[1]; k++ {
				w := d.toks[k].low
				if w == "to" || w == "of" || w == "who" || w == "for" || w == "at" || w == "in" {
					break
				}
				if p, _, _ := d.partyAt(k); p != "" {
					continue
				}
				if d.lx.title[w] {
					role = append(role, d.text[d.toks[k].start:d.toks[k].end])
				}
			}
		}
		if affil == "" && at.appos[1] > 0 {
			for k := at.appos[0]; k <= at.appos[1]; k++ {
				if p, _, _ := d.partyAt(k); p != "" {
					affil = p
					break
				}
			}
		}
		last := d.toks[head].low
		if affil == "" {
			affil = d.sideOfName(strings.TrimSuffix(last, "'s"), n0, a)
		}
		for i := len(d.ents) - 1; i >= max(0, len(d.ents)-entityWindow); i-- {
			e := &d.ents[i]
			if !e.person {
				continue
			}
			if e.last == last {
				if len(name) > len(e.sp.Name) {
					e.sp.Name = name
					e.low = strings.ToLower(e.sp.Name + " " + e.sp.Role)
				}
				if e.sp.Role == "" {
					e.sp.Role = strings.Join(role, " ")
					e.low = strings.ToLower(e.sp.Name + " " + e.sp.Role)
				}
				if e.sp.Affiliation == "" {
					e.sp.Affiliation = affil
				}
				return i
			}
		}
		return d.newEntity(claims.Speaker{Name: name, Role: strings.Join(role, " "), Affiliation: affil}, true)
	}
	// A description or an organisation.
	phrase := d.text[d.toks[a].start:d.toks[b].end]
	others := false
	for k := a + 1; k <= b; k++ {
		others = others || d.toks[k].capital
	}
	if ft := d.toks[a]; ft.capital && !others && d.sents[d.sentOf[a]].first == at.np0 && (d.lx.org[ft.low] || d.lx.title[ft.low]) &&
		!isUpperWord(d.text[ft.start:ft.end]) && len(phrase) > 0 && phrase[0] < 0x80 {
		phrase = strings.ToLower(phrase[:1]) + phrase[1:] // "Police said": a common noun at the start of a sentence
	}
	if p, n, _ := d.partyAt(a); p != "" && a+n-1 == b {
		affil = p // "Ukraine said", "Moscow says"
	}
	if ft := d.toks[a]; affil == "" && a < b && ft.capital && (strings.HasSuffix(ft.low, "'s") || strings.HasSuffix(ft.low, "’s")) {
		// "Zelensky's office said": the side of the one whose office it is.
		affil = d.sideOfName(strings.TrimSuffix(strings.TrimSuffix(ft.low, "'s"), "’s"), a, a)
	}
	if definite || a == b || hw == "statement" {
		if hw == "statement" || hw == "report" || hw == "release" {
			return d.lastE
		}
		for i := len(d.ents) - 1; i >= max(0, len(d.ents)-entityWindow); i-- {
			e := &d.ents[i]
			if affil != "" && e.sp.Affiliation != "" && e.sp.Affiliation != affil {
				continue
			}
			if strings.Contains(e.low, hw) && d.allWordsIn(a, b, e.low, affil) {
				return i
			}
			if e.person && isPersonRole(hw) && affil != "" {
				if e.sp.Affiliation == "" {
					e.sp.Affiliation = affil // "the Russian leader" tells Putin's side
				}
				return i
			}
		}
	}
	if (definite || a > 0 && d.toks[a-1].low == "the") && a == b && d.lx.org[hw] { // "according to the group"
		// "the group said": the group named before, even if it has not
		// spoken yet ("the rights group Dzvon", "Emergency Rooms, a
		// volunteer group").
		if name, ok := d.namedBefore(a, hw); ok {
			return d.newEntity(claims.Speaker{Name: name, Affiliation: affil}, false)
		}
		if isGroupNoun(hw) {
			// "the group said", "the organisation said" with no group
			// named as such: the organisation with a name of its own
			// that spoke last ("the Riverside Emergency Rooms, a volunteer
			// network, said …").
			for i := len(d.ents) - 1; i >= max(0, len(d.ents)-entityWindow); i-- {
				if e := &d.ents[i]; !e.person && e.sp.Role != "outlet" && e.sp.Name != "" && isUpperStart(e.sp.Name) && isUpperStart(lastWordOf(e.sp.Name)) &&
					(affil == "" || e.sp.Affiliation == "" || e.sp.Affiliation == affil) && d.x.parties[strings.ToLower(e.sp.Name)] == "" {
					return i
				}
			}
		}
	}
	if isPersonRole(hw) {
		return d.newEntity(claims.Speaker{Name: phrase, Role: d.text[ht.start:ht.end], Affiliation: affil}, true)
	}
	return d.newEntity(claims.Speaker{Name: phrase, Affiliation: affil}, false)
}

// namedBefore finds the name that a common noun stood for earlier in the
// text: "the rights group Dzvon" or "Emergency Rooms, a volunteer group".
func (d *document) namedBefore(at int, noun string) (string, bool) {
	for j := at - 1; j >= 0 && at-j < 400; j-- {
		if d.toks[j].low != noun {
			continue
		}
		// The noun followed by a name.
		e := j + 1
		for e < len(d.toks) && d.toks[e].kind == tWord && d.toks[e].capital {
			e++
		}
		if e > j+1 && e-1 < at {
			return d.text[d.toks[j+1].start:d.toks[e-1].end], true
		}
		// A name, then ", a … noun".
		i := j - 1
		for i > 0 && j-i <= 4 && d.toks[i].kind == tWord && !d.toks[i].capital {
			i--
		}
		if i > 0 && d.toks[i].low == "," && d.toks[i-1].capital {
			n := i - 1
			for n-1 >= 0 && d.toks[n-1].kind == tWord && d.toks[n-1].capital {
				n--
			}
			return d.text[d.toks[n].start:d.toks[i-1].end], true
		}
	}
	return "", false
}

// entityWindow is how many of the speakers met last a pronoun, a
// description or a surname may point back to.
const entityWindow = 64

// newEntity adds a speaker and returns its index.
func (d *document) newEntity(sp claims.Speaker, person bool) int {
	d.ents = append(d.ents, entity{sp: sp, person: person, low: strings.ToLower(sp.Name + " " + sp.Role), last: lastWordLower(sp.Name)})
	return len(d.ents) - 1
}

// allWordsIn reports whether every word of the phrase [a, b] that says
// which one is meant ("health" and "Gaza" in "the health ministry in
// Gaza") is in the entity's lowercased name low; articles, prepositions and
// the entity's own side do not count.
func (d *document) allWordsIn(a, b int, low, affil string) bool {
	for k := a; k <= b; k++ {
		t := d.toks[k]
		if t.kind != tWord {
			continue
		}
		w := strings.TrimSuffix(t.low, "'s")
		switch w {
		case "the", "a", "an", "of", "for", "in", "at", "on", "and":
			continue
		}
		if p := d.x.demonyms[w]; p != "" && p == affil {
			continue
		}
		if !strings.Contains(low, w) {
			return false
		}
	}
	return true
}

func isPersonRole(w string) bool {
	switch w {
	case "leader", "president", "minister", "official", "spokesman", "spokeswoman", "spokesperson", "aide",
		"governor", "mayor", "chief", "commander", "ambassador", "envoy", "negotiator", "premier", "chancellor",
		"ombudsman", "adviser", "advisor", "head", "director", "secretary", "administrator", "coroner", "magistrate",
		"judge", "attorney", "warden", "manager", "surgeon", "doctor", "nurse", "priest", "bishop", "imam", "activist",
		"researcher", "economist", "professor", "correspondent", "reporter", "journalist", "editor", "prosecutor",
		"superintendent", "inspector", "commissioner", "sheriff", "prefect", "organiser", "organizer", "witness":
		return true
	}
	return false
}

func isUpperWord(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n >= 2
}

func lastWordLower(s string) string {
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		s = s[i+1:]
	}
	return strings.ToLower(s)
}

// nameModifier reports the words of isModifier that qualify an institution
// rather than a person's rank: "national", "emergency", "federal". A rank
// ("general", "chief", "deputy") comes before a person's name.
func nameModifier(w string) bool {
	switch w {
	case "general", "chief", "vice", "deputy", "acting", "former", "senior", "top":
		return false
	}
	return isModifier(w)
}

// isSentenceAdverb reports words that open a sentence before its speaker
// and are no part of the speaker's name: "Later Zelensky wrote".
func isSentenceAdverb(w string) bool {
	switch w {
	case "later", "earlier", "meanwhile", "separately", "also", "then", "now", "today", "yesterday", "however",
		"still", "finally", "afterwards", "previously", "instead", "again":
		return true
	}
	return false
}

// sideOfName finds the side a person named by surname (lowercased) stands
// for from what the document says of them: the speaker met before with
// that surname and a side ("Ukrainian President Volodymyr Zelensky said"),
// else an earlier mention of the name with a party or demonym among the
// capitalised words and titles just before it ("Ukrainian President
// Volodymyr Zelensky visited …", "Russia's Vladimir Putin"), else the
// same within the name's own phrase [a, at). No table of officials is
// consulted: a name the text never places gets no side.
func (d *document) sideOfName(surname string, at, a int) string {
	if surname == "" {
		return ""
	}
	for i := len(d.ents) - 1; i >= max(0, len(d.ents)-entityWindow); i-- {
		if e := &d.ents[i]; e.person && e.last == surname && e.sp.Affiliation != "" {
			return e.sp.Affiliation
		}
	}
	for j := at - 1; j >= 0 && at-j < 1500; j-- {
		t := d.toks[j]
		if !t.capital || t.kind != tWord || len(t.low) < len(surname) || strings.TrimSuffix(strings.TrimSuffix(t.low, "'s"), "’s") != surname {
			continue
		}
		comma := false
		for i := j - 1; i >= 0 && j-i <= 7; i-- {
			u := d.toks[i]
			if u.low == "," && !comma && i > 0 && d.lx.title[d.toks[i-1].low] {
				comma = true // "Russia's foreign minister, Anna Lind"
				continue
			}
			if u.kind != tWord || !u.capital && !d.lx.title[u.low] {
				break
			}
			if p, n, _ := d.partyAt(i); p != "" && i+n <= j {
				return p
			}
		}
	}
	return ""
}

// orgNamed reports a capitalised organisation word ("Centre", "Institute",
// "Association") among tokens [a, b]: a name that may go on past "in".
func (d *document) orgNamed(a, b int) bool {
	for j := a; j <= b; j++ {
		if t := d.toks[j]; t.capital && d.lx.org[t.low] {
			return true
		}
	}
	return false
}

// isGroupNoun reports the common nouns by which a story points back to a
// named organisation that is no state body: "the group", "the charity".
func isGroupNoun(w string) bool {
	switch w {
	case "group", "organisation", "organization", "network", "charity", "association", "movement", "coalition",
		"alliance", "watchdog", "monitor", "ngo", "federation", "collective", "campaign":
		return true
	}
	return false
}

// isUpperStart reports a name that starts with a capital letter.
func isUpperStart(s string) bool {
	for _, r := range s {
		return unicode.IsUpper(r)
	}
	return false
}

// lastWordOf returns the last word of s as written.
func lastWordOf(s string) string {
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		return s[i+1:]
	}
	return s
}

// plainSpeaker reports a lowercase plural noun that may say something:
// "rectors", "residents", "witnesses"; not a pronoun, a number word or a
// word of time.
func plainSpeaker(w string) bool {
	if len(w) < 4 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "'s") {
		return false
	}
	switch w {
	case "others", "years", "months", "weeks", "days", "hours", "results", "figures", "numbers", "data", "reports",
		"this", "thus", "was", "has", "is", "as", "its", "his", "hers", "ours", "yours", "theirs", "always", "sometimes",
		"perhaps", "besides", "afterwards", "towards", "nevertheless":
		return false
	}
	return true
}
