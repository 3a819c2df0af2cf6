// The attribution stage, part 2: the source phrase, the noun phrase of
// who or what speaks, read backward or forward from the cue.

package text

import (
	"strings"
)

// npWord reports whether token k may stand in a speaker's noun phrase.
func (d *document) npWord(k int) bool {
	t := &d.toks[k]
	if t.kind != tWord || t.quote != 0 {
		return false
	}
	if t.capital && d.sentenceCapital(k) || d.isWeekday(k) {
		return false // "The registered voter sample", "Among registered voters": no name
	}
	return t.capital || d.cls(k)&(cTitle|cOrg|cDemonym) != 0 || d.particleName(k)
}

// particleName reports a surname written with a lowercase particle joined
// to it: "el-Drese", "al-Hakim".
func (d *document) particleName(k int) bool {
	t := &d.toks[k]
	w := d.text[t.start:t.end]
	i := strings.IndexByte(w, '-')
	return i > 0 && i+1 < len(w) && namePrefixes[w[:i]] && w[i+1] >= 'A' && w[i+1] <= 'Z'
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
	if p := d.contactClause(v, first); p > first {
		// "the economists I interviewed said": the speaker before the clause.
		if a, e, ok := d.backwardNP(p, first); ok && d.cls(a)&cPronoun == 0 {
			return a, e, true
		}
	}
	j := d.skipDateTail(v-1, first)
	if j < first || d.toks[j].kind != tWord || d.toks[j].quote != 0 {
		return 0, 0, false
	}
	end := j
	if d.cls(j)&cPronoun != 0 {
		return j, j, true
	}
	if d.toks[j].low == "latter" && j > first && d.toks[j-1].low == "the" {
		return j - 1, j, true // "the latter had counted"
	}
	if !d.npWord(j) && plainSpeaker(d.toks[j].low) && (j == v-1 && d.sayThat(v) || j > first && d.toks[j-1].low == "some") &&
		(j == first || isConjunction(d.toks[j-1].low) || d.toks[j-1].low == "," || d.toks[j-1].low == "the" || d.toks[j-1].low == "many" || d.toks[j-1].low == "some") {
		// "while rectors say", "and residents said": a plural noun
		// that no word list names, right before "say" after a clause
		// boundary.
		return j, j, true
	}
	if m := j - 1; m >= first && !d.npWord(j) && plainSpeaker(d.toks[j].low) && j == v-1 && d.sayThat(v) && d.whichWord(m, first) {
		// "Aid workers said", "and hospital workers say", "Gaza residents
		// said": the same, with the word that says which.
		return m, j, true
	}
	if w := d.toks[j].low; !d.npWord(j) && !d.toks[j].capital && !d.lx.breaker[w] && !sourceNouns[w] && !strings.HasSuffix(w, "ly") {
		// "the treasury said", ", the company said": a definite common
		// noun that no word list names, as a clause's whole subject.
		k := j - 1
		for n := 0; n < 2 && k > first && d.toks[k].kind == tWord && !d.toks[k].capital && d.cls(k)&cBreaker == 0 && d.cls(k)&cDeterminer == 0; n++ {
			k--
		}
		if k > first && d.cls(k)&cDeterminer != 0 && d.shareWord(k-1) && (k-1 == first || d.toks[k-2].low == "," || isConjunction(d.toks[k-2].low)) {
			return k - 1, j, true // "all the economists said"
		}
		if k-1 > first && d.cls(k)&cDeterminer != 0 && d.toks[k-1].low == "of" && d.shareWord(k-2) && (k-2 == first || d.toks[k-3].low == "," || isConjunction(d.toks[k-3].low)) {
			return k - 2, j, true // "several of the pollsters said"
		}
		if k >= first && d.cls(k)&cDeterminer != 0 && (k == first || d.toks[k-1].low == "," || isConjunction(d.toks[k-1].low) || d.toks[k-1].closeQ) {
			return k, j, true // also right after a quotation closes: ’…,’ the harbour master said
		}
	}
	if !d.npWord(j) {
		// "officials on both sides said", "the state commission for
		// captives said": a head noun, then a short prepositional phrase.
		for p := j - 1; p > first && j-p <= 6; p-- {
			w := d.toks[p].low
			if d.toks[p].kind != tWord || d.toks[p].quote != 0 {
				break
			}
			if (w == "on" || w == "in" || w == "from" || w == "at" || w == "of" || w == "for" || w == "behind") &&
				(d.npWord(p-1) && !d.toks[p-1].capital || p-1 == first && d.cls(p-1)&(cOrg|cTitle) != 0) { // "Groups behind the march estimate"
				if a, _, ok := d.backwardNP(p, first); ok {
					return a, j, true
				}
				return p - 1, j, true
			}
			if (w == "on" || w == "in" || w == "at" || w == "from") && p-1 > first && !d.npWord(p-1) && plainSpeaker(d.toks[p-1].low) && d.sayThat(v) {
				// "Rescue workers on the scene confirmed that …": a plain
				// plural, with the word that says which, then where.
				a := p - 1
				if m := p - 2; m >= first && d.whichWord(m, first) {
					a = m // "Rescue workers"
				}
				if a == first || isConjunction(d.toks[a-1].low) || d.toks[a-1].low == "," || d.cls(a-1)&cDeterminer != 0 {
					return a, j, true
				}
			}
		}
		return 0, 0, false
	}
	head := false
	ew := strings.TrimSuffix(d.toks[end].low, "'s")
	common := d.lx.org[ew] || d.lx.title[ew] // a common-noun head takes modifiers: "the regional emergency services"
	k := j
	for ; k >= first && end-k < 15; k-- {
		t := &d.toks[k]
		if t.kind == tPunct && t.low == "." && k > first && d.toks[k-1].end == t.start && d.lx.abbrev[d.toks[k-1].low] {
			continue // "Lt. Gen."
		}
		if t.kind == tPunct && (t.low == "'" || t.low == "’") && k > first && k < end && (d.toks[k-1].end == t.start || d.toks[k+1].low == "s" && d.toks[k+1].start == t.end) && // "Tsikhanouskaya 's headquarters"
			(d.npWord(k-1) || common && d.toks[k-1].kind == tWord && strings.HasSuffix(d.toks[k-1].low, "s")) {
			continue // "the Palestinian Prisoners' Club", "the tenants' unions"
		}
		if t.kind == tFig && head && common && k < end && (d.lx.org[d.toks[k+1].low] || d.lx.title[d.toks[k+1].low]) && t.quote == 0 {
			continue // "the two sides said"
		}
		if t.kind == tFig && head && k > first && k < end && t.quote == 0 && d.text[t.start] >= 'A' && d.text[t.start] <= 'Z' && d.toks[k+1].capital {
			continue // "Nine Elms", "Seven Sisters": a number word in a name
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
		case w == "the" && k-2 >= first && (d.toks[k-1].low == "of" || d.toks[k-1].low == "for" || d.toks[k-1].low == "to" && d.cls(k-2)&cTitle != 0) && d.npWord(k-2):
			continue // "Headquarters for the Treatment of Prisoners"
		case w == "the" || w == "a" || w == "an" || (w == "his" || w == "her" || w == "its" || w == "their") && k < end:
			k-- // "his office said"
		case (w == "of" || w == "for" || w == "and" || w == "in" || w == "at") && k > first && (d.npWord(k-1) || k-2 >= first && d.toks[k-1].low == "the" && d.npWord(k-2)) && k < end:
			continue
		case w == "to" && k > first && k < end && d.cls(k-1)&cTitle != 0:
			continue // "Libya's ambassador to the UN"
		case head && common && k < end && !d.lx.breaker[w] && !strings.HasSuffix(w, "ed") && end-k < 6 && !d.isWeekday(k) &&
			(d.npWord(k+1) || k+2 <= end && d.npWord(k+2)):
			continue // a modifier: "defence" in "the defence ministry"
		}
		break
	}
	if k >= first && k+1 < end && d.shareWord(k) && d.cls(k+1)&cDeterminer != 0 && (k == first || d.toks[k-1].low == "," || isConjunction(d.toks[k-1].low)) {
		k-- // "all the economists said"
	} else if k-1 >= first && k+1 < end && d.toks[k].low == "of" && d.shareWord(k-1) && d.cls(k+1)&cDeterminer != 0 &&
		(k-1 == first || d.toks[k-2].low == "," || isConjunction(d.toks[k-2].low)) {
		k -= 2 // "several of the pollsters said"
	}
	start := k + 1
	for start <= end && (d.toks[start].low == "of" || d.toks[start].low == "for" || d.toks[start].low == "and" || d.toks[start].low == "in" || d.toks[start].low == "at") {
		start++
	}
	for start < end && openers[d.toks[start].low] && (start == first || d.toks[start-1].kind != tWord || d.toks[start].capital) {
		start++ // "While the ministry says"
	}
	if head && start > first+1 && (d.toks[start-1].low == "in" || d.toks[start-1].low == "at" || d.toks[start-1].low == "of") {
		// "Organisers of the climate march in Berlin said", "A man using
		// a loudspeaker at the end of the march in Mitte said": the
		// place qualifies a speaker named before it.
		far := -1 // the farthest head: "a woman using a speaker system at …"
		for p := start - 2; p >= first && start-p <= 18; p-- {
			t := &d.toks[p]
			if t.kind != tWord || t.quote != 0 || t.capital && p > first || d.cls(p)&(cSpeech|cAux) != 0 {
				break
			}
			if w := strings.TrimSuffix(t.low, "'s"); d.lx.org[w] || d.lx.title[w] || personNouns[w] {
				m := p // "the Ostian-led coalition fighting in …": capitalised words that qualify the head
				for m-1 > first && p-m < 3 && d.toks[m-1].kind == tWord && d.toks[m-1].capital && d.toks[m-1].quote == 0 && d.cls(m-1)&cDeterminer == 0 {
					m--
				}
				if m == first || d.toks[m-1].kind != tWord || d.cls(m-1)&cDeterminer != 0 || d.toks[m-1].low == "a" || d.toks[m-1].low == "an" {
					far = p
					if m > first && d.toks[m-1].kind == tWord {
						far = m - 1
					} else if m < p {
						far = m
					}
				}
			}
		}
		if far >= 0 {
			return far, end, true
		}
	}
	if !head || start > end {
		return 0, 0, false
	}
	// "Officials in neighbouring Syria said", "officials on both sides
	// said": a speaker noun, a preposition, a place or a side.
	p := start - 1
	for n := 0; n < 2 && p > first && d.toks[p].kind == tWord && !d.toks[p].capital && d.toks[p].quote == 0 &&
		d.cls(p)&cPrep == 0 && !d.npWord(p); n++ {
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

// shareWord reports a share word at token k, a word or a vague count
// ("several" is read as a figure).
func (d *document) shareWord(k int) bool { return shareWords[strings.ToLower(d.toks[k].low)] }

// contactClause finds the contact clause that ends just before the cue v
// ("I interviewed", "we spoke to") and returns the token of its "I" or
// "we", or -1.
func (d *document) contactClause(v, first int) int {
	k := v - 1
	if k > first && (d.toks[k].low == "to" || d.toks[k].low == "with") {
		k--
	}
	if k-1 <= first || !contactVerbs[d.toks[k].low] || d.toks[k].quote != 0 {
		return -1
	}
	if w := d.toks[k-1].low; w == "i" || w == "we" {
		return k - 1
	}
	return -1
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
	if d.toks[i].kind == tWord && d.cls(i)&cPronoun != 0 && d.toks[i].quote == 0 {
		return i, i, true
	}
	end := -1
	for k := i; k <= last && k-i < 15; k++ {
		t := &d.toks[k]
		if t.kind == tPunct && t.low == "." && end == k-1 && k+1 <= last && d.toks[k-1].end == t.start &&
			d.lx.abbrev[d.toks[k-1].low] && d.toks[k+1].capital {
			continue // "said Mr. Larkin", "said Lt. Gen. Ortiz": the stop of a title
		}
		if t.kind != tWord || t.quote != 0 {
			break
		}
		w := t.low
		if end >= 0 && t.cls&cDate != 0 && isWeekdayOrMonth(w) {
			break // "announced by the board Saturday": the day the source spoke, no part of its name
		}
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
		if (w == "from" || w == "at" || w == "with") && end == k-1 && !d.toks[end].capital && d.cls(end)&(cTitle|cOrg) != 0 && k+1 <= last {
			// "said officials from the interior ministry", "said doctors
			// at the city hospital": the body that says whose they are.
			if _, e, ok := d.forwardNP(k+1, last); ok && d.cls(e)&(cOrg|cTitle) != 0 || ok && d.toks[e].capital {
				if e+2 <= last && d.toks[e+1].low == "and" {
					// "the interior and public health ministries": the
					// head the two share comes after the second.
					for m := e + 2; m <= last && m <= e+5 && d.toks[m].kind == tWord && d.cls(m)&cBreaker == 0; m++ {
						if d.cls(m)&cOrg != 0 {
							e = m
							break
						}
					}
				}
				return i, e, true
			}
		}
		if w == "in" && end == k-1 && d.toks[end].capital && k+1 <= last && d.toks[k+1].capital && d.toks[k+1].kind == tWord &&
			d.orgNamed(i, end) {
			continue // "the Centre for Studies in Public Policy": one name
		}
		if !d.lx.breaker[w] && !strings.HasSuffix(w, "ed") && k+1 <= last && (d.npWord(k+1) || (k+2 <= last && d.npWord(k+2) && d.cls(k+1)&cBreaker == 0)) {
			continue // modifiers before the head: "regional emergency services"
		}
		break
	}
	if end < 0 {
		return 0, 0, false
	}
	// "the national rail operator": a modifier is no head; take the nouns after it.
	for n := 0; n < 3 && (isModifier(d.toks[end].low) || d.x.demonyms[d.toks[end].low] != "") && end+1 <= last && d.toks[end+1].kind == tWord &&
		d.toks[end+1].quote == 0 && d.cls(end+1)&cBreaker == 0 && !isWeekdayOrMonth(d.toks[end+1].low); n++ {
		end++
	}
	return i, end, true
}

// isModifier reports words that qualify a speaker's head noun without being
// one: "national", "regional", "senior".
func isModifier(w string) bool { return modifierWords[w] }

// appositive reads "Vladimir Medinsky, the aide to President Vladimir
// Putin, said": the name before the appositive is the speaker.
func (d *document) appositive(v, first int) (int, int, [2]int, bool) {
	for p := v - 2; p > first && v-p < 25; p-- {
		t := &d.toks[p]
		if t.quote != 0 || t.closeQ || t.openQ {
			break
		}
		if t.low != "," {
			continue
		}
		// "Russia's human rights commissioner, Tatyana Moskalkova, said":
		// the name between the commas speaks, the phrase before gives the role.
		if name := v - 1 - (p + 1); name >= 1 && name <= 6 {
			n := p + 1
			for n < v-3 && d.toks[n].kind == tWord && !d.toks[n].capital && (d.lx.title[d.toks[n].low] || isModifier(d.toks[n].low) || d.toks[n].low == "former") {
				n++ // "the plan's chief author, economist Dana Whitfield, said": a role before the name
			}
			if n == p+1 && d.toks[n].low == "the" && v-2 > n+1 && v-2-n <= 5 && d.orgNamed(n+1, v-2) {
				n++ // "the march's organiser, the Civil Liberty Front, said": a body's name with its article
			}
			all := v-2-n <= 3 && (n == p+1 || v-2 > n)
			for k := n; k <= v-2; k++ {
				if d.toks[k].kind != tWord || !d.toks[k].capital || d.cls(k)&cPronoun != 0 {
					all = false
				}
			}
			if all {
				r0, r1, ok := d.backwardNP(p, first)
				if ok {
					r1 = d.roleBeforePlace(r0, r1) // "the Red Cross spokesperson in Yemen, Ali Hassan, said"
				}
				if ok && (d.lx.title[d.toks[r1].low] || d.lx.org[d.toks[r1].low] || d.titleOf(r0, r1)) {
					return p + 1, v - 2, [2]int{r0, r1}, true
				}
			}
		}
		if w := d.toks[p+1].low; w != "the" && w != "a" && w != "an" && !d.lx.title[w] && d.x.demonyms[w] == "" &&
			!isParenthetical(w) && !partyLabels[w] && !d.roleOpens(p+1, v-2) && !d.memberOf(p+1, v-2) {
			return 0, 0, [2]int{}, false
		}
		np0, np1, ok := d.backwardNP(p, first)
		if e := d.setOff(p, first); e < p-1 && e > first && d.toks[e].kind == tWord {
			// "Rep. Tom Hale, R-Ind., the chairman of …, said": the
			// speaker before a tag set off before the appositive.
			if n0, n1, ok2 := d.backwardNP(e+1, first); ok2 {
				np0, np1, ok = n0, n1, true
			}
		}
		if !ok || d.cls(np1)&cPronoun != 0 {
			return 0, 0, [2]int{}, false
		}
		return np0, np1, [2]int{p + 1, v - 2}, true
	}
	return 0, 0, [2]int{}, false
}

// nameBeforeRole reads an appositive whose closing comma was left out:
// "Ana Ruiz, the head of the board said". The role [np0, np1] right before
// the cue opens with an article or a title and is headed by one, and the
// full name before its comma, opening the sentence or set off by a comma or
// a quotation, speaks. It returns the name's span.
func (d *document) nameBeforeRole(np0, np1, first int) (int, int, bool) {
	c := np0 - 1
	if c-first < 2 || d.toks[c].low != "," {
		return 0, 0, false
	}
	n := c - 1
	for n > first && c-n < 4 && d.toks[n-1].kind == tWord && d.toks[n-1].capital {
		n--
	}
	if c-n < 2 || n > first && d.toks[n-1].low != "," && !d.toks[n-1].closeQ {
		return 0, 0, false // a full name, opening the sentence or after a comma
	}
	if w := d.toks[np0].low; w != "the" && w != "a" && w != "an" && !d.lx.title[w] {
		return 0, 0, false
	}
	if d.cls(np1)&cTitle == 0 && !d.titleOf(np0, np1) {
		return 0, 0, false
	}
	for k := n; k < c; k++ {
		t := &d.toks[k]
		if t.kind != tWord || !t.capital || t.quote != 0 || d.cls(k)&(cPronoun|cBreaker|cTitle|cOrg) != 0 || d.isWeekday(k) ||
			isWeekdayOrMonth(t.low) || d.isPlaceName(k) {
			return 0, 0, false
		}
	}
	return n, c - 1, true
}

// quotedAsSaying reads the one quoted after cue v, "quoted the ministry as
// saying": whom the outlet before the cue quotes speaks, not the outlet.
// It returns the noun phrase between the cue and "as".
func (d *document) quotedAsSaying(v, last int) (int, int, bool) {
	if !quotingCues[d.toks[v].low] {
		return 0, 0, false
	}
	n0, n1, ok := d.forwardNP(v+1, last)
	if !ok || n1+2 > last || d.toks[n1+1].low != "as" || !asSaying[d.toks[n1+2].low] || d.cls(n0)&cPronoun != 0 {
		return 0, 0, false
	}
	return n0, n1, true
}

// quotedBySaying reads the one quoted in the passive, "the mayor was
// quoted by the radio as saying": the subject before "was" speaks, not
// the agent that relays the words, whose noun phrase ends at a1. It
// returns the subject's noun phrase.
func (d *document) quotedBySaying(s sentence, v, a1 int) (int, int, bool) {
	if !quotingCues[d.toks[v].low] || v-2 < s.first || d.gram(v-1)&gBe == 0 || a1+2 > s.last ||
		d.toks[a1+1].low != "as" || !asSaying[d.toks[a1+2].low] {
		return 0, 0, false
	}
	n0, n1, ok := d.backwardNP(v-1, s.first)
	if !ok || d.cls(n0)&cPronoun != 0 {
		return 0, 0, false
	}
	return n0, n1, true
}

// memberOf reports an appositive [a, b] that makes the speaker one of a
// group named by a role or a body: "one of the organisers", "one of the
// march's stewards".
func (d *document) memberOf(a, b int) bool {
	if a+2 > b || d.toks[a].low != "one" || d.toks[a+1].low != "of" {
		return false
	}
	return d.cls(b)&(cTitle|cOrg) != 0 || moreTitles[d.toks[b].low]
}

// roleOpens reports a role with no article opening the appositive [a, b]:
// a title after at most two lowercase words that qualify it ("information
// minister for the province", "senior field officer"), after a name.
func (d *document) roleOpens(a, b int) bool {
	if a < 2 || !d.toks[a-2].capital {
		return false
	}
	for k := a; k <= b && k <= a+2; k++ {
		t := &d.toks[k]
		if t.kind != tWord || t.capital || t.quote != 0 || d.cls(k)&cBreaker != 0 {
			return false
		}
		if d.lx.title[t.low] {
			return true
		}
	}
	return false
}

// roleBeforePlace returns the end of a role whose noun phrase [r0, r1]
// ends in the place or the matter it serves ("spokesperson in Yemen",
// "envoy for Syria"): the title before the preposition; else r1.
func (d *document) roleBeforePlace(r0, r1 int) int {
	for i := r1; i > r0+1 && i >= r1-4; i-- {
		switch d.toks[i].low {
		case "in", "for", "at", "to":
			if w := d.toks[i-1].low; d.lx.title[w] || d.lx.org[w] {
				return i - 1
			}
			return r1
		}
	}
	return r1
}

// isParenthetical reports words that open a clause set off between a
// speaker and the verb: "The group, which keeps a register, said", "The
// ministry, in a statement, put …".
func isParenthetical(w string) bool { return parentheticalWords[w] }

// relativeNP reads a speaker before a relative clause with no commas: "the
// unions that called the march said".
func (d *document) relativeNP(v, first int) (int, int, bool) {
	for r := v - 2; r > first && v-r <= 12; r-- {
		t := &d.toks[r]
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

// sayThat reports a verb of speech at v that a plain plural may speak
// with ("Aid workers said"): "say", "said", "says", or any verb of speech
// followed by "that" ("Rescue workers confirmed that …").
func (d *document) sayThat(v int) bool {
	switch d.toks[v].low {
	case "say", "said", "says":
		return true
	}
	return d.cls(v)&cSpeech != 0 && v+1 < len(d.toks) && d.toks[v+1].low == "that" && d.toks[v].low != "according"
}

// whichWord reports a word at m that says which plain plural speaks ("Aid"
// workers, "Gaza" residents): a word outside quotations, no breaker or
// verb, opening its phrase (the sentence's first word, or after a
// conjunction or a comma).
func (d *document) whichWord(m, first int) bool {
	return d.toks[m].kind == tWord && d.toks[m].quote == 0 && d.cls(m)&cBreaker == 0 && d.gram(m)&gVerb == 0 &&
		(m == first || isConjunction(d.toks[m-1].low) || d.toks[m-1].low == ",")
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
