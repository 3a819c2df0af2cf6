// The party stage, part 3: who holds a share of the vote or of the seats.

package text

import (
	"strings"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/numbers"
)

// holderBefore returns the capitalised name just before a share in its
// clause, skipping the verb of winning: "Homeland Union had 27.4%".
//
// A list entry sets the name off by a dash, a colon or a bracket ("the
// Civic Party – 9.8%", "Green Alliance: 21.5 percent", "Greece (29%)"),
// and a bracketed acronym after
// the name spells how many of its words the name holds ("the Rural
// People's Party (RPP) had 12%").
func (d *document) holderBefore(k int, s sentence, cl0 int) (claims.Span, bool) {
	j := k - 1
	if j-1 >= cl0 && d.toks[j].kind == tPunct && (d.toks[j].low == "'" || d.toks[j].low == "’") && d.toks[j-1].end == d.toks[j].start &&
		d.toks[j-1].capital && strings.HasSuffix(d.toks[j-1].low, "s") {
		// "Tomas Reis’ 193,900": the possessive of a name ending in s.
		if sp, ok := d.nameEndingAt(j-1, cl0, 0); ok {
			return sp, true
		}
	}
	if j > s.first && d.toks[j].kind == tPunct && (isDash(d.toks[j].low) || d.spacedHyphen(j) || d.toks[j].low == ":" || d.toks[j].low == "(") && d.toks[j-1].capital {
		// The dash or colon closes the clause; the name before it is
		// the entry's.
		j--
		lo := j
		for lo > s.first && !d.boundary(lo-1) {
			lo--
		}
		return d.nameEndingAt(j, lo, 0)
	}
	for j >= cl0 && (d.toks[j].kind == tWord && !d.toks[j].capital || d.ordinal(j)) && j >= k-5 {
		if d.ordinal(j) {
			j-- // "Fabre second with 35%", "came third on 9.4%": the place it came in
			continue
		}
		if placeWords[d.toks[j].low] {
			j-- // where it came in: "came in third on 9.4%", "finished last with 2%", "placing second at 41%"
			continue
		}
		switch d.toks[j].low {
		case "had", "has", "won", "took", "got", "received", "secured", "garnered", "polled", "with", "on", "at", "winner",
			"win", "would", "will", "could", "to", "take", "get", "between", "carried", "beat", "swept",
			"scored", "obtained", "captured", "claimed", "gained", "was", "is", "stood", "reached", "about", "nearly",
			"some", "around", "over", "almost", "just", "amassed":
			j--
			continue
		case "the":
			if d.toks[j+1].low == "winner" {
				j--
				continue
			}
		}
		if isPartyNoun(d.toks[j].low) {
			break // "the ruling party won 48.2%"
		}
		if allyNouns[d.toks[j].low] && j-1 >= cl0 && d.toks[j-1].capital && d.toks[j-1].kind == tWord {
			// "its Farmers ally had 9 percent": the ally named, not the
			// party "its" points back to.
			return d.nameEndingAt(j-1, cl0, 0)
		}
		return claims.Span{}, false
	}
	if j == cl0-1 && j > s.first && d.toks[j].low == "," {
		// "Ivo Ek, who had called the count rigged, came second with
		// 30%": the clause resumes after the relative clause set off
		// after its subject; the share is that name's.
		p := j - 1
		for p > s.first && j-p < 24 && d.toks[p].low != "," && d.toks[p].quote == d.toks[k].quote {
			p--
		}
		if p > s.first && d.toks[p].low == "," && d.gram(p+1)&gRelative != 0 && d.toks[p-1].kind == tWord && d.toks[p-1].capital {
			lo := p - 1
			for lo > s.first && !d.boundary(lo-1) {
				lo--
			}
			return d.nameEndingAt(p-1, lo, 0)
		}
	}
	if n := d.acronymBefore(j); n > 0 && j-3 >= s.first {
		// "(CHP) had 23 percent": the name before the brackets.
		lo := j - 2
		for lo > s.first && !d.boundary(lo-1) {
			lo--
		}
		return d.nameEndingAt(j-3, lo, n)
	}
	if j >= cl0 && d.toks[j].kind == tWord && !d.toks[j].capital && isPartyNoun(d.toks[j].low) { // the loop stopped here
		// "the governing party", "the ruling coalition"; a candidate told
		// by role is the name the story gives them ("the candidate of the
		// Unity Bloc"), which the later readers look for, or nobody ("no
		// candidate won over 50%").
		if candidateNouns[d.toks[j].low] {
			return claims.Span{}, false
		}
		e := j
		for j-1 >= cl0 && d.toks[j-1].kind == tWord && d.cls(j-1)&cBreaker == 0 {
			j--
		}
		return d.span(j, e), true
	}
	return d.nameEndingAt(j, cl0, 0)
}

// spacedHyphen reports a hyphen at token j with a space on each side,
// typed for a dash: "Ana Lenz - 7%".
func (d *document) spacedHyphen(j int) bool {
	return d.toks[j].low == "-" && j > 0 && j+1 < len(d.toks) && d.toks[j-1].end < d.toks[j].start && d.toks[j].end < d.toks[j+1].start
}

// ordinal reports an ordinal figure at token j: "second", "3rd".
func (d *document) ordinal(j int) bool {
	return d.toks[j].kind == tFig && d.figs[d.toks[j].fig].class == numbers.Ordinal
}

// acronymBefore reports how many letters the bracketed acronym that ends
// at token r (the ")") has, 0 if there is none: "(CHP)" has 3.
func (d *document) acronymBefore(r int) int {
	if r < 2 || r >= len(d.toks) || d.toks[r].low != ")" || d.toks[r-2].low != "(" {
		return 0
	}
	t := &d.toks[r-1]
	w := d.text[t.start:t.end]
	if t.kind != tWord || len(w) < 2 || len(w) > 6 || strings.ToUpper(w) != w {
		return 0
	}
	return len(w)
}

// nameEndingAt reads the capitalised name whose last word is token j,
// from no earlier than cl0. With acronym > 0 it holds as many capitalised
// words as the acronym has letters, "and" between them, and keeps a
// possessive inside ("Rural People's Party" for RPP); without, a
// possessive marks its owner, who is no part of the name ("Ana Lind's
// Farmers Party").
func (d *document) nameEndingAt(j, cl0, acronym int) (claims.Span, bool) {
	if j < cl0 || d.toks[j].kind != tWord || !d.toks[j].capital {
		return claims.Span{}, false
	}
	e := j
	if acronym > 0 {
		caps := 1
		for caps < acronym && j-1 >= cl0 && d.toks[j-1].kind == tWord && (d.toks[j-1].capital || d.toks[j-1].low == "of" || d.toks[j-1].low == "and" || d.toks[j-1].low == "for") ||
			caps < acronym && j-2 >= cl0 && (d.toks[j-1].low == "'" || d.toks[j-1].low == "’") && d.toks[j-2].capital {
			j--
			if d.toks[j].capital {
				caps++
			}
		}
		for j < e && !d.toks[j].capital {
			j++
		}
		if w := d.toks[j].low; j < e && (strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")) {
			j++ // "Ivanov's Rural People's Party": the owner is none of the name
		}
		return d.teller(j, cl0, d.span(j, e)), true
	}
	party := isPartyNoun(d.toks[e].low)
	for j-1 >= cl0 && d.toks[j-1].kind == tWord && (d.toks[j-1].capital || d.toks[j-1].low == "of" || d.toks[j-1].low == "for") ||
		j-2 >= cl0 && (d.toks[j-1].low == "'" || d.toks[j-1].low == "’") && d.toks[j-2].capital || // "Workers' League"
		party && j-2 >= cl0 && d.toks[j-1].low == "and" && d.toks[j].capital && d.toks[j-2].capital && d.toks[j-2].kind == tWord { // "the Law and Order Party"
		j--
	}
	for j < e && (!d.toks[j].capital || d.toks[j].low == "the") {
		j++
	}
	if isWeekdayOrMonth(d.toks[e].low) || d.cls(e)&cPronoun != 0 || j == e && d.x.measures[d.toks[e].low] != "" {
		return claims.Span{}, false // "Turnout stood at 40%"
	}
	if r, a := d.roleOf(e); r == rolePrep && d.toks[d.attaches[a].prep].low == "according" {
		return claims.Span{}, false // "which according to Judge Arlen stood at 38%": who said it
	}
	for i := e - 1; i >= j; i-- {
		if w := d.toks[i].low; (strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")) && !nameGenitives[w] {
			j = i + 1 // "Ana Lind's Farmers Party had 28%": the party
			break
		}
	}
	return d.teller(j, cl0, d.span(j, e)), true
}

// teller returns the one a phrase "X from the … party" tells of when the
// name at token j is the party it names, else name: "Ivo Petrov from the
// Homeland Front polled 12.5%" is Petrov's.
func (d *document) teller(j, cl0 int, name claims.Span) claims.Span {
	i := j - 1
	for i > cl0 && d.toks[i].kind == tWord && !d.toks[i].capital && d.cls(i)&cBreaker == 0 || i > cl0 && d.toks[i].low == "the" {
		i--
	}
	if i > cl0 && d.toks[i].low == "from" && d.toks[i-1].kind == tWord && d.toks[i-1].capital {
		e2, j2 := i-1, i-1
		for j2-1 >= cl0 && d.toks[j2-1].kind == tWord && d.toks[j2-1].capital && !d.lx.title[d.toks[j2-1].low] {
			j2--
		}
		return d.span(j2, e2)
	}
	return name
}

// winner names who won a share of the vote or of the seats from the
// figure's clause when the share does not follow the name at once:
//
//   - the clause's subject before a verb of winning: "the Greens held on
//     with 40 councillors", "The Farmers' League is expected to take 31
//     of the seats", "the New Path party tripled its share to 18.4%";
//   - "he", "she", "it" or "they" as that subject: who won the share
//     before, in the same paragraph ("where she won 61%");
//   - the one declared the winner: "declared Ana Silva the winner … with
//     54.1%";
//   - a race between two: "Hill led Cole by 510,300 votes (50.2%) to
//     480,100 (47.3%)" gives the figures after "to" to the one led;
//   - "down from 45", "up from 30": the holder of the figure before.
//
// The clause runs back to a comma, semicolon, colon or dash; brackets do
// not end it.
func (d *document) winner(k int, s sentence) (string, claims.Span, bool) {
	si := d.sentOf[k]
	if k-2 >= s.first && d.toks[k-1].low == "the" && d.toks[k-2].low == "of" {
		return "", claims.Span{}, false // "31 of the 120 seats": the whole is nobody's
	}
	r0 := k
	for r0 > s.first {
		t := &d.toks[r0-1]
		if t.quote != d.toks[k].quote || t.kind == tPunct && t.low != "(" && t.low != ")" && d.boundary(r0-1) {
			break
		}
		r0--
	}
	r0 = d.overApposition(r0, s)
	if r0+1 < k && (d.toks[r0].low == "down" || d.toks[r0].low == "up") && d.toks[r0+1].low == "from" ||
		r0 < k && d.toks[r0].low == "from" || r0+1 < k && d.toks[r0].low == "rather" && d.toks[r0+1].low == "than" ||
		d.resultAnaphor(r0, k) {
		// "down from 45", "rather than the 70.4% announced that night",
		// "This result marks a drop of 12 points": the holder of the share before.
		if d.lastHolder != "" && d.lastHolderPara == d.paraOf[si] {
			return d.lastHolder, d.span(r0, r0), true
		}
		return "", claims.Span{}, false
	}
	// "declared X the winner": the name before "the winner".
	for j := r0 + 2; j < k; j++ {
		if d.toks[j].low == "winner" && d.toks[j-1].low == "the" && d.toks[j-2].capital && d.toks[j-2].kind == tWord {
			e := j - 2
			a := e
			for a-1 >= r0 && d.toks[a-1].kind == tWord && d.toks[a-1].capital && !d.lx.title[d.toks[a-1].low] {
				a--
			}
			return d.text[d.toks[a].start:d.toks[e].end], d.span(a, e), true
		}
	}
	// The subject: a name or a party at the clause's start or after a
	// conjunction, then a verb of winning within a few words ("is
	// projected to win", "held on with"); the last such before the figure.
	a, e, v, pron := 0, -1, -1, false
	for i := r0; i < k; i++ {
		// A clause opens at r0, after a conjunction, or after "that" in
		// reported speech ("announced that Tebboune has won … 84.3%").
		if i > r0 && !isConjunction(d.toks[i-1].low) && d.toks[i-1].low != "that" || isConjunction(d.toks[i].low) {
			continue
		}
		i0 := i
		for i0 < k && d.toks[i0].kind == tWord && (d.lx.title[d.toks[i0].low] || d.toks[i0].low == "and") && i0+1 < k && d.toks[i0+1].kind == tWord {
			i0++ // "Former journalist and senator Youssef Aouchiche": the titles before the name
		}
		a1, e1, p1 := d.holderNP(i0, k)
		if e1 < 0 || d.inSpeakerPhrase(si, a1) {
			continue
		}
		j0 := e1 + 1
		if j0+1 < k && d.toks[j0].low == "," && a1 > 1 && d.toks[a1-1].low == "," && candidateNouns[d.toks[a1-2].low] {
			j0++ // "the third contender, Ivo Ek, took": the apposition closes
		} else if j0 < k && d.toks[j0].low == "," {
			// "Hassani, leader of the MSP, managed to garner": past the
			// apposition to the verb.
			for j0++; j0 < k && d.toks[j0].low != ","; j0++ {
			}
			j0++
		}
		if j0 < k && (d.toks[j0].low == "from" || d.toks[j0].low == "of") {
			// "Mira Lenz from the Party of Rural Workers (PRW) received
			// 7.3%": a phrase that tells which one the subject is.
			for j0 < k && j0 <= e1+12 && !isWinVerb(d.toks[j0].low) && !d.boundary(j0) || j0 < k && (d.toks[j0].low == "(" || d.toks[j0].low == ")") {
				j0++
			}
		}
		for j := j0; j < k && j <= j0+5; j++ {
			t := &d.toks[j]
			if t.kind != tWord || t.capital || isConjunction(t.low) {
				break
			}
			if isWinVerb(t.low) {
				a, e, v, pron = a1, e1, j, p1
				break
			}
		}
	}
	if v < 0 {
		return "", claims.Span{}, false
	}
	name, sp := d.text[d.toks[a].start:d.toks[e].end], d.span(a, e)
	if pron {
		if d.lastHolder == "" || d.lastHolderPara != d.paraOf[si] {
			return "", claims.Span{}, false
		}
		name = d.lastHolder
	}
	switch d.toks[v].low {
	case "led", "leads", "beat", "beats", "defeated", "defeats", "edged", "trounced", "outpolled":
		// The one led or beaten is named after the verb; figures after
		// "to" are theirs.
		to := -1
		for j := v + 1; j < k; j++ {
			if d.toks[j].low == "to" && j > v+1 {
				for f := v + 1; f < j; f++ {
					if d.toks[f].kind == tFig {
						to = j
					}
				}
			}
		}
		if to >= 0 {
			o0 := v + 1
			for o0 < to && !d.toks[o0].capital {
				o0++
			}
			o1 := o0
			for o1+1 < to && d.toks[o1+1].kind == tWord && d.toks[o1+1].capital {
				o1++
			}
			if o0 < to && d.toks[o0].capital {
				for o0+1 < o1 && d.x.parties[strings.ToLower(d.text[d.toks[o0].start:d.toks[o0].end])] == "" && isAffiliationWord(d.toks[o0].low) {
					o0++ // "Democrat Sam Cole"
				}
				return d.text[d.toks[o0].start:d.toks[o1].end], d.span(o0, o1), true
			}
			return "", claims.Span{}, false
		}
	}
	if !pron && !d.toks[a].capital {
		// "The incumbent president received 94.9%": the one the story
		// names so, else the words.
		h := e
		if e+1 < v && candidateNouns[d.toks[e+1].low] {
			h = e + 1 // "incumbent president"
		}
		if n, nsp, ok := d.describedHolder(a, h); ok {
			return n, nsp, true
		}
		if noneWords[d.toks[a].low] {
			return "", claims.Span{}, false // "no candidate won": nobody holds it
		}
	}
	if !pron {
		for j := e - 1; j >= a; j-- {
			if w := d.toks[j].low; (strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")) && !nameGenitives[w] {
				a = j + 1 // "Prime Minister Ana Lind's Farmers Party": the party
				break
			}
		}
		for a+1 < e && isAffiliationWord(d.toks[a].low) && d.toks[a+1].capital {
			a++ // "Republican Jane Hill", not "Green League"
		}
		name, sp = d.text[d.toks[a].start:d.toks[e].end], d.span(a, e)
	}
	return name, sp, true
}

// restatedFigure returns the figure a share at k restates, set off by ", or"
// after it ("310,200 votes, or 61.5%"), or the one a bracket that opens on
// it follows ("41.2 percent (88 seats)", "12 percent of the vote (19
// seats)": the same party's result in other terms), -1 if there is none.
func (d *document) restatedFigure(k int, s sentence) int {
	j, reach := k-1, 2
	if j-1 >= s.first && d.toks[j].low == "(" {
		j, reach = k, 3 // the bracket stands where ", or" does
	} else if j-2 < s.first || d.toks[j].low != "or" || d.toks[j-1].low != "," {
		return -1
	}
	for i := j - 2; i >= s.first && i >= j-2-reach; i-- {
		t := &d.toks[i]
		if t.kind == tFig && d.figs[t.fig].claim {
			return i
		}
		if t.kind != tWord || t.capital {
			return -1
		}
	}
	return -1
}

// ageHolder returns who won a share whose clause's subject is told by age
// ("The 70-year-old secured 310,200 votes"): the first name of a person
// in the sentence before.
func (d *document) ageHolder(k int, s sentence) (string, claims.Span, bool) {
	i := s.first
	if i+2 >= k || !d.lx.g.det[d.toks[i].low] || !strings.HasSuffix(d.toks[i+1].low, "-year-old") {
		return "", claims.Span{}, false
	}
	win := false
	for j := i + 2; j < k && !win; j++ {
		if d.toks[j].kind != tWord || d.toks[j].capital {
			return "", claims.Span{}, false
		}
		win = isWinVerb(d.toks[j].low)
	}
	si := d.sentOf[k]
	if !win || si == 0 {
		return "", claims.Span{}, false
	}
	p := d.sents[si-1]
	for j := p.first; j <= p.last; j++ {
		if d.toks[j].kind != tWord || !d.toks[j].capital {
			continue
		}
		e := j
		for e+1 <= p.last && d.toks[e+1].kind == tWord && d.toks[e+1].capital {
			e++
		}
		if e > j {
			if a, b, ok := d.nameIn(j, e); ok && b > a && d.cls(a)&cOrg == 0 {
				if pt, n, _ := d.partyAt(a); pt == "" || a+n-1 != b {
					return d.text[d.toks[a].start:d.toks[b].end], d.span(a, b), true
				}
			}
		}
		j = e
	}
	return "", claims.Span{}, false
}

// overApposition moves a clause start r0 that follows a comma back over
// an apposition set off by commas or brackets ("Hassani, leader of the
// MSP, managed to garner 9.56%"), to the start of the clause the
// apposition's noun stands in. An apposition opens on a lower-case word
// or a title and holds no verb of its own; the name before it ends in a
// capital.
func (d *document) overApposition(r0 int, s sentence) int {
	for n := 0; n < 2; n++ {
		if r0-1 <= s.first || d.toks[r0-1].low != "," || isConjunction(d.toks[r0].low) {
			return r0
		}
		p := r0 - 2
		for p > s.first && d.toks[p].low != "," && r0-2-p < 24 {
			if t := &d.toks[p]; t.kind == tPunct && t.low != "(" && t.low != ")" && t.low != "\"" && !t.openQ && !t.closeQ {
				return r0
			}
			p--
		}
		if p <= s.first || d.toks[p].low != "," {
			return r0
		}
		if !candidateNouns[d.toks[p-1].low] || !d.capitalRun(p+1, r0-2) {
			// (", the third contender, Ivo Ek, took 8%": a name set off
			// after the words that tell who she is passes too.)
			if !d.toks[p-1].capital {
				return r0
			}
			first := d.toks[p+1]
			if first.kind != tWord || first.capital && !d.lx.title[first.low] || isConjunction(first.low) || first.gram&gRelative != 0 {
				return r0
			}
		}
		for j := p + 1; j <= r0-2; j++ {
			if w := d.toks[j].low; d.lx.aux[w] && w != "also" && w != "now" && w != "former" || d.lx.speech[w] {
				return r0 // "…, who has led since 2019, …" says something of its own
			}
		}
		r0 = p
		for r0 > s.first {
			t := &d.toks[r0-1]
			if t.quote != d.toks[p].quote || t.kind == tPunct && t.low != "(" && t.low != ")" && d.boundary(r0-1) {
				break
			}
			r0--
		}
	}
	return r0
}

// capitalRun reports tokens i..e all capitalised words.
func (d *document) capitalRun(i, e int) bool {
	if e < i {
		return false
	}
	for j := i; j <= e; j++ {
		if t := &d.toks[j]; t.kind != tWord || !t.capital {
			return false
		}
	}
	return true
}

// holderNP reads the subject that may hold a share, from token i before
// k: a capitalised name ("the Farmers' League", "Labour"), a party
// described ("the centrist New Path party", "the ruling party"), or a
// pronoun (pron). It returns the name's first and last tokens, e < 0 if
// there is none.
func (d *document) holderNP(i, k int) (a, e int, pron bool) {
	if i >= k || d.toks[i].kind != tWord {
		return 0, -1, false
	}
	switch d.toks[i].low {
	case "he", "she", "it", "they":
		return i, i, true
	}
	for i < k && (d.toks[i].low == "the" || d.toks[i].low == "a" || d.toks[i].low == "an") {
		i++
	}
	a = i
	for n := 0; n < 3 && i < k && (d.toks[i].kind == tWord || d.ordinal(i)) && !d.toks[i].capital && (!isPartyNoun(d.toks[i].low) || d.roleBeforeName(i, k)) && d.cls(i)&cBreaker == 0; n++ {
		i++ // "the centrist", "the ruling"; "incumbent Ana Silva", "opposition candidate Ivo Ek": the name
	}
	if i+1 < k && i > a && d.toks[i].low == "," && candidateNouns[d.toks[i-1].low] && d.toks[i+1].capital {
		i++ // "the third contender, Ivo Ek": the name set off after the words
		a = i
	}
	e = -1
	for i < k {
		t := &d.toks[i]
		if e >= 0 && e+1 == i && i+2 < k && candidateNouns[t.low] && noPossessive(d.toks[e].low) != d.toks[e].low &&
			d.toks[i+1].low == "," && d.toks[i+2].capital {
			// "Lind's rival, Tomas Berg": the one set off, not the owner
			i += 2
			a, e = i, -1
			continue
		}
		if t.kind == tWord && t.capital && !isWeekdayOrMonth(t.low) {
			e = i
			i++
			continue
		}
		if t.kind == tPunct && (t.low == "'" || t.low == "’") && e >= 0 {
			i++
			continue
		}
		if (t.low == "of" || t.low == "for") && e >= 0 && i+1 < k && d.toks[i+1].capital {
			i++
			continue
		}
		break
	}
	if i < k && d.toks[i].kind == tWord && isPartyNoun(d.toks[i].low) {
		e = i // "the New Path party", "the ruling party"
	}
	if e < 0 {
		return 0, -1, false
	}
	for j := a; j <= e; j++ {
		if d.toks[j].capital {
			a = j // "the centrist New Path party": the name
			break
		}
	}
	if a == e && d.toks[a].capital && (d.x.measures[d.toks[a].low] != "" || d.lx.title[d.toks[a].low] || d.lx.org[d.toks[a].low]) {
		return 0, -1, false // "Turnout", "Police" open the sentence
	}
	return a, e, false
}

// roleBeforeName reports a word of a candidate's standing at i that stands
// before the candidate's name as a title does, before k: "incumbent Ana
// Silva", "opposition candidate Ivo Ek"; not "the opposition party".
func (d *document) roleBeforeName(i, k int) bool {
	if !isAffiliationWord(d.toks[i].low) {
		return false
	}
	for j := i + 1; j < k && j <= i+2; j++ {
		t := &d.toks[j]
		if t.kind != tWord {
			return false
		}
		if t.capital {
			return true
		}
		if !isAffiliationWord(t.low) {
			return false
		}
	}
	return false
}

// isWinVerb reports verbs by which a party or candidate holds a share of
// the vote or of the seats.
func isWinVerb(w string) bool { return winVerbs[w] }

// isAffiliationWord reports capitalised words that say which side a
// candidate stands for and are no part of the name: "Democrat Sam Cole".
func isAffiliationWord(w string) bool { return affiliationWords[w] }

func isEventNoun(w string) bool { return eventNouns[w] }

func isPlaceNoun(w string) bool { return placeNouns[w] }

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

func isPartyNoun(w string) bool { return partyNouns[w] }

func isPlatform(w string) bool { return platforms[w] }

// holderAfter returns the capitalised name after "for" that a figure
// belongs to: "34 seats for the Social Democrats".
func (d *document) holderAfter(k, cl1 int) (claims.Span, bool) {
	for j := k + 1; j <= cl1 && j <= k+3; j++ {
		if d.toks[j].low != "for" {
			continue
		}
		i := j + 1
		if e := i; e <= cl1 && d.lx.g.det[d.toks[e].low] {
			// "4.4 million votes for her rival, the former mayor
			// Jonas Ek", "for the incumbent"
			for e+1 <= cl1 && e+1 <= i+3 && d.toks[e+1].kind == tWord && !d.toks[e+1].capital && !candidateNouns[d.toks[e].low] {
				e++
			}
			if _, sp, ok := d.describedHolder(i+1, e); ok {
				return sp, true
			}
		}
		if i <= cl1 && d.toks[i].low == "the" {
			i++
		}
		e := i
		for e <= cl1 && d.toks[e].kind == tWord && d.toks[e].capital {
			e++
		}
		if e > i {
			return d.span(i, e-1), true
		}
		// "45.9% for the governing party's candidate"
		for e = i; e <= cl1 && e <= i+3 && d.toks[e].kind == tWord && d.cls(e)&cBreaker == 0; e++ {
			if w := strings.TrimSuffix(strings.TrimSuffix(d.toks[e].low, "'s"), "’s"); isPartyNoun(w) {
				for e+1 <= cl1 && d.toks[e+1].kind == tWord && isPartyNoun(d.toks[e+1].low) {
					e++
				}
				return d.span(i, e), true
			}
		}
	}
	return claims.Span{}, false
}

// clauseHolder returns who holds a share of the vote from the figure's
// clause: the subject of a verb of winning ("Lukashenko is gaining 80
// percent", "Silva won with 54%"), of "is" ("his rival Petrov is about 10
// percent"), or the name after "for" a verb of voting names ("voted for
// Lukashenko").
func (d *document) clauseHolder(k int) (string, claims.Span, bool) {
	c := d.clauseAt(k)
	cl := &d.clist[c]
	for _, a := range d.attachOf(c) {
		if d.toks[a.prep].low == "for" && int(a.prep) > k && cl.verb1 >= 0 && strings.HasPrefix(d.toks[cl.verb1].low, "vot") {
			if a0, e0, ok := d.nameIn(int(a.np0), int(a.np1)); ok {
				return d.text[d.toks[a0].start:d.toks[e0].end], d.span(a0, e0), true
			}
		}
	}
	if k-3 >= int(cl.first) && d.toks[k-1].low == "the" && d.toks[k-2].low == "of" && d.toks[k-3].kind == tFig {
		return "", claims.Span{}, false // "winning 116 of the 270 seats": the whole is nobody's
	}
	won := false // the share is won in the participle, whatever the host's verb
	if cl.kind == clParticiple && cl.parent >= 0 {
		won = cl.verb1 >= 0 && int(cl.verb1) < k && isWinVerb(d.toks[cl.verb1].low)
		host := &d.clist[cl.parent] // ", securing 54%": the host's subject
		if pc := &d.clist[c-1]; won && c-1 != int(cl.parent) && pc.subj0 >= 0 && pc.verb1 >= 0 && int(pc.last) >= int(cl.first)-2 {
			// "results in which the PTI emerged as the largest party,
			// winning 116 seats": the clause the participle follows
			// wins, not the one that holds it.
			host = pc
		}
		cl = host
	}
	if cl.verb1 >= 0 && cl.subj0 < 0 && int(cl.verb1) < k && isWinVerb(d.toks[cl.verb1].low) {
		// "Her rival, the former banker Tomas Ibarra, took 43.2%": a
		// subject the apposition hides from the clause layer.
		if j := int(cl.first); j+1 < k && d.lx.g.det[d.toks[j].low] && candidateNouns[d.toks[j+1].low] {
			return d.describedHolder(j, j+1)
		}
	}
	if cl.verb1 < 0 || cl.subj0 < 0 || int(cl.verb1) > k {
		return "", claims.Span{}, false
	}
	v := d.toks[cl.verb1].low
	switch v {
	case "led", "leads", "beat", "beats", "defeated", "defeats", "edged", "trounced", "outpolled", "lead":
		return "", claims.Span{}, false // a race of two: winner reads it
	}
	if !won && !isWinVerb(v) && !d.lx.g.be[v] && !d.lx.g.have[v] {
		return "", claims.Span{}, false // "emerged as the largest party, winning 116 seats" passes
	}
	if h, sp, ok := d.reportedHolder(cl); ok {
		return h, sp, true
	}
	if sw := d.toks[cl.subj1].low; cl.subj0 == cl.subj1 && (sw == "he" || sw == "she") {
		if d.lastHolder != "" && d.lastHolderPara == d.paraOf[d.sentOf[k]] {
			return d.lastHolder, d.span(int(cl.subj0), int(cl.subj1)), true
		}
		return "", claims.Span{}, false
	}
	a0, e0, ok := d.nameIn(int(cl.subj0), int(cl.subj1))
	if !ok {
		// "the incumbent kept his post by taking 71.5%": the one the
		// story names so.
		return d.describedHolder(int(cl.subj0), int(cl.subj1))
	}
	for j := e0 - 1; j > a0; j-- {
		if w := d.toks[j].low; (strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")) && !nameGenitives[w] {
			a0 = j + 1 // "Ana Lind's Farmers Party won": the party, not its leader
			break
		}
	}
	return d.text[d.toks[a0].start:d.toks[e0].end], d.span(a0, e0), true
}

// nameIn returns the last run of capitalised words in tokens [i, j] that
// names someone: no title, no measure, no place; the name must end the
// phrase.
func (d *document) nameIn(i, j int) (int, int, bool) {
	e := j
	if d.toks[e].kind != tWord || !d.toks[e].capital {
		return 0, 0, false
	}
	a := e
	for a-1 >= i && d.toks[a-1].kind == tWord && d.toks[a-1].capital && !d.lx.title[d.toks[a-1].low] && !d.lx.g.det[d.toks[a-1].low] {
		a--
	}
	for a < e && (d.lx.title[d.toks[a].low] || isAffiliationWord(d.toks[a].low)) {
		a++
	}
	// A body's name is no holder ("the Electoral Commission"), but a party's
	// is, though its last word names a body too ("the Civic Front").
	body := d.lx.org[d.toks[e].low] && !(a < e && isPartyNoun(d.toks[e].low))
	if m, _ := d.measureAt(a); m != "" || d.lx.title[d.toks[a].low] || body || isWeekdayOrMonth(d.toks[e].low) {
		return 0, 0, false
	}
	if p, n, _ := d.partyAt(a); p != "" && a+n-1 == e && d.x.countries[p] {
		return 0, 0, false // "Belarus": a place, not who won
	}
	return a, e, true
}

// describedHolder resolves a candidate named by role in tokens [a, e]
// ("the incumbent", "his rival", "the opposition candidate") to the name
// the story gives them: the name set off right after ("her rival, the
// former mayor Jonas Ek"), else the first name the story puts after
// the same role word ("opposition candidate Ana Ruiz"), and for the
// incumbent, the story's president.
func (d *document) describedHolder(a, e int) (string, claims.Span, bool) {
	if e >= len(d.toks) {
		return "", claims.Span{}, false
	}
	a0 := a
	if a >= 0 && a < len(d.toks) && noneWords[d.toks[a].low] {
		return "", claims.Span{}, false // "no candidate won": nobody
	}
	for a >= 0 && a < e && d.lx.g.det[d.toks[a].low] {
		a++ // "Her rival" opening a sentence
	}
	if a < 0 || e < a || e-a > 3 || !candidateNouns[d.toks[e].low] || d.toks[e].capital {
		return "", claims.Span{}, false
	}
	if i := a - 1; i >= 1 && i < len(d.toks) && d.lx.g.det[d.toks[i].low] {
		// "Ek, the candidate of the Unity Bloc, who won 6%": the name the
		// role is set off after, when the role is closed off by a comma
		// or "who" ("In Oslo, the incumbent won …" sets off no role).
		if i--; i >= 1 && d.toks[i].low == "," && d.closedRole(e) {
			if n0, n1, ok := d.nameIn(max(i-4, 0), i-1); ok {
				return d.text[d.toks[n0].start:d.toks[n1].end], d.span(n0, n1), true
			}
		}
	}
	for j := a; j < e; j++ {
		if d.toks[j].kind != tWord && d.toks[j].kind != tFig || d.toks[j].capital {
			return "", claims.Span{}, false // "his two rivals" has a number
		}
	}
	// The apposition: ", the former mayor Jonas Ek".
	if e+2 < len(d.toks) && d.toks[e+1].low == "," {
		if n0, n1, ok := d.nameAfterRole(e+2, e+6); ok {
			return d.text[d.toks[n0].start:d.toks[n1].end], d.span(n0, n1), true
		}
	}
	role, mod := d.toks[e].low, ""
	if e > a && !d.lx.g.det[d.toks[e-1].low] && !candidateNouns[d.toks[e-1].low] {
		mod = d.toks[e-1].low // "the opposition candidate" is not "the ruling party's candidate"; "the incumbent president" is the president
	}
	for _, w := range [2]string{role, "president"} {
		if w == "president" && role != "incumbent" && role != "president" {
			break
		}
		for j := 0; j+1 < len(d.toks); j++ {
			if strings.TrimSuffix(d.toks[j].low, "s") != strings.TrimSuffix(w, "s") || j == e || w == role && mod != "" && (j == 0 || d.toks[j-1].low != mod) {
				continue
			}
			if n0, n1, ok := d.nameAfterRole(j+1, j+3); ok {
				return d.text[d.toks[n0].start:d.toks[n1].end], d.span(n0, n1), true
			}
		}
	}
	if a0 >= 0 && a0 < a && d.lx.g.possPron[d.toks[a0].low] {
		// "his two rivals" whom the story never names: the rivals of the
		// one "his" points back to, the name whose result the sentence
		// told before ("cut Ortiz's share and found his two rivals had
		// won …").
		if owner := d.possessorBefore(a0); owner != "" {
			return owner + "'s " + d.text[d.toks[a].start:d.toks[e].end], d.span(a0, e), true
		}
	}
	return "", claims.Span{}, false
}

// possessorBefore returns the name a possessive pronoun at i points back
// to: the nearest name in the possessive before it in its sentence
// ("Ortiz's share … his rivals"), else the holder of the last share told
// in its paragraph.
func (d *document) possessorBefore(i int) string {
	s := d.sents[d.sentOf[i]]
	for j := i - 1; j >= s.first; j-- {
		t := &d.toks[j]
		if t.kind != tWord || !t.capital || noPossessive(t.low) == t.low || d.x.demonyms[noPossessive(t.low)] != "" {
			continue
		}
		a := j
		for a-1 >= s.first && d.toks[a-1].kind == tWord && d.toks[a-1].capital && !d.lx.title[d.toks[a-1].low] && !d.lx.g.det[d.toks[a-1].low] {
			a--
		}
		if p, _, _ := d.partyAt(a); p != "" && d.x.countries[p] {
			return "" // "Peru's vote … its rivals": a country's
		}
		return noPossessive(d.text[d.toks[a].start:t.end])
	}
	if d.lastHolder != "" && d.lastHolderPara == d.paraOf[d.sentOf[i]] {
		return d.lastHolder
	}
	return ""
}

// nameAfterRole reads a person's name that opens within tokens [i, max]
// after a role word: past lower-case words and titles ("the former mayor
// Jonas Ek", "President Tomas Varga"), two capitalised
// words at least, and no place or organisation.
func (d *document) nameAfterRole(i, last int) (int, int, bool) {
	for i <= last && i < len(d.toks) && d.toks[i].kind == tWord && (!d.toks[i].capital || d.lx.title[d.toks[i].low]) && !isConjunction(d.toks[i].low) &&
		(d.cls(i)&cBreaker == 0 || d.lx.g.det[d.toks[i].low]) {
		i++
	}
	if i > last || i >= len(d.toks) || d.toks[i].kind != tWord || !d.toks[i].capital {
		return 0, 0, false
	}
	e := i
	for e+1 < len(d.toks) && d.toks[e+1].kind == tWord && d.toks[e+1].capital && d.toks[e+1].start == d.toks[e].end+1 {
		e++
	}
	if e == i || d.lx.org[d.toks[e].low] {
		return 0, 0, false
	}
	if p, n, _ := d.partyAt(i); p != "" && n >= e-i+1 {
		return 0, 0, false
	}
	if w := d.toks[e].low; strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
		return 0, 0, false
	}
	return i, e, true
}

// possessiveHolder returns the name whose possessive holds a result noun
// before the share at k in its clause: "the court raised Ivan Sorel's
// victory margin to 62.4%", "Silva's win with 54%".
func (d *document) possessiveHolder(k, cl0 int) (string, claims.Span, bool) {
	lo := k - 8
	if cl := &d.clist[d.clauseAt(k)]; cl.subj0 >= 0 && int(cl.subj1) < k {
		lo = min(lo, int(cl.subj0)) // "X's share of the vote in the city fell to 34%": the clause's subject, however long
	}
	for j := k - 1; j >= cl0 && j >= lo; j-- {
		t := d.toks[j]
		w := t.low
		if t.kind != tWord || !t.capital || !(strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")) {
			continue
		}
		res := false
		for i := j + 1; i < k && i <= j+3; i++ {
			if resultNouns[d.toks[i].low] {
				res = true
			}
		}
		if !res {
			continue
		}
		if p, _, _ := d.partyAt(j); p != "" && d.x.countries[p] {
			return "", claims.Span{}, false // "Peru's vote": the country's
		}
		a := j
		for a-1 >= cl0 && d.toks[a-1].kind == tWord && d.toks[a-1].capital && !d.lx.title[d.toks[a-1].low] {
			a--
		}
		name := d.text[d.toks[a].start:t.end]
		return strings.TrimSuffix(strings.TrimSuffix(name, "'s"), "’s"), d.span(a, j), true
	}
	return "", claims.Span{}, false
}

// winnerAfter returns the name a clause after the share at k says won it:
// "the 3.8 million votes the commission said Orlov had won".
func (d *document) winnerAfter(k, cl1 int) (string, claims.Span, bool) {
	for j := k + 2; j <= cl1 && j <= k+12; j++ {
		t := d.toks[j]
		if t.kind == tFig {
			return "", claims.Span{}, false
		}
		if t.kind != tWord || !isWinVerb(t.low) || t.capital {
			continue
		}
		e := j - 1
		for e > k && (d.toks[e].low == "had" || d.toks[e].low == "has" || d.toks[e].low == "have") {
			e--
		}
		if e == j-1 && (t.low == "had" || t.low == "has" || t.low == "have") {
			continue
		}
		if e <= k || !d.toks[e].capital || d.toks[e].kind != tWord {
			continue
		}
		if a, e2, ok := d.nameIn(k+1, e); ok {
			return d.text[d.toks[a].start:d.toks[e2].end], d.span(a, e2), true
		}
	}
	return "", claims.Span{}, false
}

// resultAnaphor reports a clause from r0 that opens on a result told
// before ("This result marks a drop of 12 points", "The tally shows a
// gain of 4%"), before the figure at k.
func (d *document) resultAnaphor(r0, k int) bool {
	if r0+1 >= k {
		return false
	}
	switch d.toks[r0].low {
	case "this", "that", "the", "his", "her", "its", "their":
	default:
		return false
	}
	return resultNouns[d.toks[r0+1].low] && d.cueAt(r0+1, k) == 0
}

// elidedHolder returns the name whose possessive stands for a share with
// its noun left out, when an aside parts it from its verb: "Garcia's,
// according to the exit poll, was about 9 percent" is Garcia's share, not
// that of the winner named in the clause before (the aside hides the
// clause from the clause layer). A possessive written apart ("Garcia 's")
// is one too.
func (d *document) elidedHolder(k int, s sentence) (string, claims.Span, bool) {
	j := k - 1
	for n := 0; n < 2 && j > s.first && d.toks[j].kind == tWord && !d.lx.g.be[d.toks[j].low] && !d.toks[j].capital; n++ {
		j-- // "about", "just over"
	}
	if j <= s.first || !d.lx.g.be[d.toks[j].low] {
		return "", claims.Span{}, false
	}
	j--
	if d.toks[j].low == "," {
		// The aside: back to the comma that opens it.
		i := j - 1
		for i > s.first && i > j-10 && d.toks[i].low != "," && d.toks[i].kind != tFig {
			i--
		}
		if d.toks[i].low != "," || i == j-1 {
			return "", claims.Span{}, false
		}
		j = i - 1
	}
	e := j
	switch {
	case j >= s.first && d.toks[j].kind == tWord && d.toks[j].capital && noPossessive(d.toks[j].low) != d.toks[j].low:
	case j-2 >= s.first && d.toks[j].low == "s" && (d.toks[j-1].low == "'" || d.toks[j-1].low == "’") && d.toks[j-2].capital:
		j -= 2 // "Garcia 's"
		e = j
	default:
		return "", claims.Span{}, false
	}
	a := j
	for a-1 >= s.first && d.toks[a-1].kind == tWord && d.toks[a-1].capital && !d.lx.title[d.toks[a-1].low] && !d.lx.g.det[d.toks[a-1].low] {
		a--
	}
	if p, _, _ := d.partyAt(a); p != "" && d.x.countries[p] {
		return "", claims.Span{}, false // "Peru's was 40 percent": a country's
	}
	return noPossessive(d.text[d.toks[a].start:d.toks[e].end]), d.span(a, e), true
}

// reportedHolder returns the one who says it holds a share: the subject of
// the clause of saying when the clause that holds the share opens on "it",
// "they" or "we" ("the ruling party said it had won 55 percent", "the
// opposition said it had about 40 percent of the tally sheets").
func (d *document) reportedHolder(cl *clause) (string, claims.Span, bool) {
	if cl.kind != clComplement || cl.parent < 0 || !d.lx.g.groupPron[d.toks[cl.subj0].low] {
		return "", claims.Span{}, false
	}
	p := &d.clist[cl.parent]
	if p.subj0 < 0 || p.verb1 < 0 || d.gram(int(p.verb1))&gReport == 0 {
		return "", claims.Span{}, false
	}
	a, e := int(p.subj0), int(p.subj1)
	for a < e && d.lx.g.det[d.toks[a].low] {
		a++
	}
	if d.cls(a)&cPronoun != 0 || d.toks[e].kind != tWord {
		return "", claims.Span{}, false // "they said it had …": nothing named
	}
	if a0, e0, ok := d.nameIn(a, e); ok {
		return d.text[d.toks[a0].start:d.toks[e0].end], d.span(a0, e0), true
	}
	return d.text[d.toks[a].start:d.toks[e].end], d.span(a, e), true
}

// closedRole reports a role noun at e set off as an aside: a comma or
// "who" after it, past the phrase that names whose it is ("the candidate
// of the Unity Bloc, who …"), before any verb or other mark.
func (d *document) closedRole(e int) bool {
	for j := e + 1; j < len(d.toks) && j <= e+8; j++ {
		if w := d.toks[j].low; w == "," || w == "who" {
			return true
		}
		if d.toks[j].kind == tPunct || d.gram(j)&(gVerb|gBe|gHave) != 0 {
			return false
		}
	}
	return false
}
