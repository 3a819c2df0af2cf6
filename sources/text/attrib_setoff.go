// The attribution stage, part 2b: what stands between a source and its
// cue, or after the cue, and is no part of the source: dates and adverbs,
// appositives and relative clauses, brackets and dashes, the subject of
// what was said.

package text

import "strings"

// prepBetween reports a preposition among tokens (a, b): the name at b
// qualifies the noun at a ("research published in the journal …").
func (d *document) prepBetween(a, b int) bool {
	for k := a + 1; k < b; k++ {
		if d.cls(k)&cPrep != 0 {
			return true
		}
	}
	return false
}

// setOff steps back from token j over what is set off before a cue: a
// bracketed group, a pair of dashes, ", who", and returns the token before
// it (j itself when nothing is set off).
func (d *document) setOff(j, first int) int {
	if j <= first {
		return j
	}
	switch t := d.toks[j]; {
	case t.low == ")":
		for k := j - 1; k > first && j-k <= 12; k-- {
			if d.toks[k].low == "(" {
				return k - 1
			}
		}
	case t.low == "—" || t.low == "–" || t.low == "--":
		for k := j - 1; k > first && j-k <= 14; k-- {
			if w := d.toks[k].low; w == t.low {
				return k - 1
			}
		}
	case t.low == "who" && j > first && d.toks[j-1].low == ",":
		return j - 1
	case t.low == ",":
		// "Leader Dana Cole, D-N.Y., said", "Smith, 45, said", "The
		// report, released by the GAO on Tuesday, found", "The navy,
		// sending 40 ships, said"
		for k := j - 1; k > first && j-k <= 14; k-- {
			if d.toks[k].low != "," {
				continue
			}
			tight := j-k <= 6
			for i := k + 2; i < j && tight; i++ {
				tight = d.toks[i].start == d.toks[i-1].end
			}
			if w := &d.toks[k+1]; tight || w.kind == tWord && (strings.HasSuffix(w.low, "ed") || strings.HasSuffix(w.low, "ing") && !w.capital) {
				return k - 1
			}
			break
		}
		return d.relativeAside(j, first) // "The poll, which follows 3,000 voters, showed"
	}
	return j
}

// subjectNP reads the subject that opens sentence s, before cue v: "the
// new peer-reviewed study used data … to estimate" gives "the new
// peer-reviewed study". It holds a document's noun or a name.
func (d *document) subjectNP(s sentence, v int) (int, int, bool) {
	a := s.first
	for a < v && (openers[d.toks[a].low] || d.toks[a].low == ",") {
		a++
	}
	j := a
	for j < v && j-a < 6 {
		t := &d.toks[j]
		if t.kind != tWord || t.quote != 0 || t.cls&cBreaker != 0 && t.cls&cDeterminer == 0 || d.cls(j)&(cSpeech|cAux) != 0 {
			break
		}
		j++
		if t.cls&cSource != 0 {
			break // "the new peer-reviewed study"
		}
	}
	h := j - 1
	if h < a || d.cls(h)&cSource == 0 && !d.npWord(h) {
		return 0, 0, false
	}
	if d.npWord(h) {
		return d.backwardNP(h+1, a)
	}
	return a, h, true
}

// clauseOpener reads the subject that opens sentence s when a verb follows
// it before cue v: "Ortiz defended the plan, saying" gives "Ortiz", "The
// ministry later raised the toll, adding" gives "The ministry".
func (d *document) clauseOpener(s sentence, v int) (int, int, bool) {
	a := s.first
	for a < v && (openers[d.toks[a].low] || d.toks[a].low == ",") {
		a++
	}
	n0, n1, ok := d.forwardNP(a, v-1)
	if !ok || n0 > a+1 || n1+1 >= v {
		return 0, 0, false
	}
	if t := &d.toks[n1+1]; t.kind != tWord || t.capital || t.quote != 0 || t.cls&cBreaker != 0 || t.cls&cPrep != 0 {
		return 0, 0, false // a verb must follow: "Ortiz defended", not "Ortiz, the mayor," nor "In Lyon, …"
	}
	return n0, n1, true
}

// trailingAppositive returns the appositive after a source phrase ending at
// np1: "according to the CGT, one of the eight union centres, …".
func (d *document) trailingAppositive(np1, last int) [2]int {
	p := np1 + 1
	if p+2 <= last && d.toks[p].low == "(" && d.toks[p+2].low == ")" {
		p += 3 // "(CGT)"
	}
	if p+1 > last || d.toks[p].low != "," {
		return [2]int{}
	}
	if p+2 > last || d.toks[p+1].low != "one" || d.toks[p+2].low != "of" {
		return [2]int{}
	}
	e := p + 1
	for e+1 <= last && d.toks[e+1].low != "," && !d.boundary(e+1) {
		e++
	}
	return [2]int{p + 1, e}
}

// clauseSubject reports a noun phrase after a cue, ending at np1, that is
// the subject of what was said rather than the speaker: a verb follows it
// ("said the company would cut …", "said Yerevan believed …", "said it had
// confirmed …"), not a date, a preposition or punctuation ("said the
// ministry on Friday", "said Putin, who …").
func (d *document) clauseSubject(np1, last int) bool {
	if np1 >= last {
		return false
	}
	t := &d.toks[np1+1]
	if t.kind != tWord || t.capital || t.quote != 0 {
		return false
	}
	if d.cls(np1+1)&(cAux|cSpeech) != 0 {
		return true
	}
	return t.cls&cPrep == 0 && !dateTail[t.low] && !isWeekdayOrMonth(t.low) && !isConjunction(t.low) && t.cls&cBreaker == 0
}

// nameAfter returns the end of a name set off by commas right after token
// np1 (", Oleh Syniehubov,"): one to four capitalised words and a comma
// or the sentence's end; else 0.
func (d *document) nameAfter(np1, last int) int {
	if np1+2 > last || d.toks[np1+1].low != "," {
		return 0
	}
	q := np1 + 2
	for q <= last && q-np1 <= 5 && d.toks[q].kind == tWord && d.toks[q].capital && !d.lx.title[d.toks[q].low] {
		q++
	}
	if q == np1+2 || q <= last && d.toks[q].low != "," && d.toks[q].low != "." {
		return 0
	}
	return q - 1
}

// subjectHead reports whether token h can head a reporting subject: a word
// in small letters, no pronoun, mark, preposition, verb or day.
func (d *document) subjectHead(h int) bool {
	t := &d.toks[h]
	return t.kind == tWord && !t.capital && d.cls(h)&(cPronoun|cBreaker|cPrep) == 0 && t.gram&gVerb == 0 && !d.isWeekday(h)
}

// reportingSubject reads, for a cue v that reports (a "that" after it, a
// clause of its own after it, or a verb of counting), the subject the
// clause layer read for the clause whose verb v is, when it ends right
// before v and opens its clause: "The uploader of the clip claimed that …",
// "Three geographers from the institute estimated the total was …". A
// subject that is a pronoun, that holds a quotation, or whose head is no
// noun (a figure, a date) gives none.
func (d *document) reportingSubject(s sentence, v int) (int, int, bool) {
	if v <= s.first {
		return 0, 0, false
	}
	// The subject ends at the word before the cue (past a date): a mark or
	// a quotation there ends none, and the clauses need not be read
	// ("…, said the ministry").
	e0 := d.skipDateTail(v-1, s.first)
	if e := &d.toks[e0]; e.quote != 0 || e.kind == tPunct && e.low != "'" && e.low != "’" {
		return 0, 0, false
	}
	// Nor when no word the subject could end in is a head (below): its
	// last word, unless a preposition stands among the words before.
	if !d.subjectHead(e0) {
		prep := false
		for k := e0; k >= s.first && k >= e0-12 && !prep; k-- {
			if t := &d.toks[k]; t.quote != 0 || t.kind == tPunct && t.low != "'" && t.low != "’" {
				break
			}
			prep = d.cls(k)&cPrep != 0
		}
		if !prep {
			return 0, 0, false
		}
	}
	ci := d.clauseAt(v)
	c := &d.clist[ci]
	if c.verb1 != int32(v) || c.subj0 < 0 || c.kind != clMain && c.kind != clCoord && c.kind != clSub {
		return 0, 0, false
	}
	a, e := int(c.subj0), int(c.subj1)
	if e >= v || e0 != e || a < s.first || e-a > 12 {
		return 0, 0, false
	}
	if v+1 <= s.last && d.toks[v+1].low != "that" && d.cls(v)&cEstimate == 0 {
		report := false
		for k := v + 1; k <= s.last && !report; k++ {
			report = d.clist[d.clauseAt(k)].kind == clComplement
		}
		if !report {
			return 0, 0, false
		}
	}
	hd := e // the head: the word before the first preposition
	for k := a + 1; k <= e; k++ {
		if d.cls(k)&cPrep != 0 {
			hd = k - 1
			break
		}
	}
	if !d.subjectHead(hd) {
		return 0, 0, false // a noun for who speaks: "geographers", "the uploader"
	}
	for k := a; k <= e; k++ {
		if t := &d.toks[k]; t.quote != 0 || t.kind == tPunct && t.low != "'" && t.low != "’" {
			return 0, 0, false
		}
	}
	if d.cls(a)&cDeterminer != 0 && a+1 <= e && d.toks[a].low == "the" {
		a++
	}
	return a, e, true
}
