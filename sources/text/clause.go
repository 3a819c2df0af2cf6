package text

import "strings"

// The clause layer: between sentences and the fields of a claim. Each
// sentence is split into clauses (the main one, coordinated ones, relative
// clauses, participial phrases, brackets and dashes, what a verb of saying
// reports), and each clause gets its subject phrase, its verb group (tense,
// voice, negation, modality) and its prepositional attachments. A figure
// then has a place in that structure: its clause and its role there
// (subject, object, inside an attachment, in brackets after a name).
//
// It is read from closed-class words (the grammar word lists in
// lexicon.go), capitalisation and punctuation only, once per sentence and
// only for the sentences asked about; the clauses of a document share one
// slice.

// clauseKind says how a clause hangs on its host.
type clauseKind uint8

const (
	clMain       clauseKind = iota // the sentence's first clause
	clCoord                        // "and", "but", "while", "whereas", ";" before a new subject and verb
	clSub                          // "because", "although", "when", "after" before a new subject and verb
	clRelative                     // "who", "which", "where", "of whom", "that" after a noun
	clParticiple                   // ", bringing the total to 4,000", ", including 339 children"
	clParen                        // brackets, or a pair of dashes (or one dash to the end)
	clComplement                   // what a verb of saying reports: "said (that) 15 people died"
)

func (k clauseKind) String() string {
	return [...]string{"main", "coord", "sub", "relative", "participle", "paren", "complement"}[k]
}

// Verb-group flags.
const (
	vgPassive     uint8 = 1 << iota // "were handed over", "has been returned"
	vgNegated                       // "were not freed", "didn't return"
	vgModal                         // "will release", "could be", "are to be released"
	vgPerfect                       // "has died", "had been held"
	vgPast                          // "returned", "were", "had"
	vgProgressive                   // "is gaining"
	vgSeen                          // while splitting: the clause has a verb so far
)

// A clause of a sentence. Its tokens are [first, last] less those of the
// clauses set inside it: clauseOf tells which clause each token is in.
type clause struct {
	first, last  int32
	parent       int32 // the host clause (an index into document.clauses), -1 for none
	link         int32 // the word or mark that opens it, -1 for none
	subj0, subj1 int32 // the subject phrase, subj0 < 0 when none is read
	verb0, verb1 int32 // the verb group, from its first auxiliary to its main verb; verb0 < 0 when none
	at0, at1     int32 // its attachments: document.attaches[at0:at1]
	kind         clauseKind
	vg           uint8 // verb-group flags
	antecedent   bool  // the subject is what the relative word stands for
}

// An attachment is a prepositional phrase: the preposition and its noun
// phrase [np0, np1] (np1 < np0 when nothing follows it).
type attachment struct {
	prep, np0, np1 int32
}

// figRole is a figure's role in its clause.
type figRole uint8

const (
	roleNone    figRole = iota // a clause with no verb read: "Caen 24,000"
	roleSubject                // before the verb: "1,200 bodies were returned"
	roleObject                 // after the verb: "Russia returned 1,200 bodies"
	rolePrep                   // inside an attachment: "the return of 1,200 bodies", "to 4,000"
	roleParen                  // in brackets or dashes right after a name: "Sete (4500)", "Caen – 24,000"
)

func (r figRole) String() string {
	return [...]string{"none", "subject", "object", "attachment", "parenthesis"}[r]
}

// Grammar classes of a token, cached per token (gram).
const (
	gBe uint32 = 1 << iota
	gHave
	gDo
	gModal
	gInner
	gNeg
	gDet
	gCoord
	gPrep
	gVerb // a form the lists know as a verb, or a past in -ed
	gBreaker
	gReport
	gRelative
	gSubord
	gKnown
	gSubjPron // a word that may be a clause's subject (g.subjPron): "he", "they", "some"
	gRelQuant // a quantity before a relative (g.relQuant): "some", "most"
	gCarry    // a verb of carrying (g.carry): "ferrying"
	gStay     // a verb of staying where one is held (g.stay): "remain"
	gEvent    // a noun of a disaster (g.event): "typhoon", "flood"
	gSide     // a word that gives a transfer's figure per side, or ends a phrase naming a side (the lexicon's perSide, eachSide, bothSides): "apiece", "side", "way"
	gBring    // a verb that brings a count to a figure (the lexicon's bringing): "bringing", "raised"
	gAgreed   // a verb of agreeing (the lexicon's agreedVerb): "agreed", "brokered"
	gDeal     // a noun of a deal (the lexicon's agreedNoun): "deal", "accord", "terms"
	gIntend   // a word of intending (the lexicon's intend): "planned", "slated"
	gHold     // a verb of holding or having (the lexicon's hold): "holds", "kept"
	gArmed    // a noun for the members of an armed group (the lexicon's armedNoun): "rebels", "militia"
	gLacking  // a word of lacking (the lexicon's lacking): "without", "unable"
	// Word lists that stages test token by token, a bit each so that the
	// test is one of the token's bits, not a map look-up.
	gMediation  // a word of mediating (the lexicon's mediation): "mediator", "brokered"
	gHoldVerb   // a verb of holding captives (g.holdVerb): "held", "detains"
	gPeopleWord // the first word of a phrase that says what state people are in (the lexicon's peopleState, crossVerb): "treated", "made", "crossed"
)

// buildClasses fills g.cls, the classes of each word the grammar lists
// know, for gram: one look-up per token.
func (g *grammar) buildClasses(lx *lexicon) {
	g.cls = map[string]uint32{}
	for _, m := range [...]struct {
		set map[string]bool
		bit uint32
	}{{g.be, gBe}, {g.have, gHave}, {g.do, gDo}, {g.modal, gModal}, {g.inner, gInner}, {g.neg, gNeg}, {g.det, gDet},
		{g.coord, gCoord}, {g.prep, gPrep}, {g.report, gReport}, {g.relative, gRelative}, {g.subord, gSubord},
		{g.verbs, gVerb}, {g.past, gVerb}, {g.subjPron, gSubjPron}, {g.relQuant, gRelQuant}, {g.carry, gCarry},
		{g.stay, gStay}, {g.event, gEvent}} {
		for w := range m.set {
			g.cls[w] |= m.bit
		}
	}
	for w := range lx.perSide {
		g.cls[w] |= gSide
	}
	for w := range lx.bringing {
		g.cls[w] |= gBring
	}
	for w := range lx.agreedVerb {
		g.cls[w] |= gAgreed
	}
	for w := range lx.agreedNoun {
		g.cls[w] |= gDeal
	}
	for _, m := range [...]struct {
		set map[string]bool
		bit uint32
	}{{lx.intend, gIntend}, {lx.hold, gHold}, {lx.armedNoun, gArmed}, {lx.lacking, gLacking}, {lx.mediation, gMediation},
		{g.holdVerb, gHoldVerb}} {
		for w := range m.set {
			g.cls[w] |= m.bit
		}
	}
	for p := range lx.peopleState {
		w, _, _ := strings.Cut(p, " ")
		g.cls[w] |= gPeopleWord
	}
	for w := range lx.crossVerb {
		g.cls[w] |= gPeopleWord
	}
	for _, ps := range [...]map[string]bool{lx.eachSide, lx.bothSides} {
		for p := range ps {
			g.cls[p[strings.LastIndexByte(p, ' ')+1:]] |= gSide
		}
	}
	for _, m := range []map[string]bool{lx.give, lx.receive} {
		for w := range m {
			if !strings.HasSuffix(w, "s") {
				g.cls[w] |= gVerb
			}
		}
	}
	for w := range lx.speech {
		if w != "according" && !strings.HasSuffix(w, "ing") {
			g.cls[w] |= gVerb
		}
	}
	for _, w := range [...]string{"met", "went", "came", "took", "got", "gave", "made", "said", "left", "held", "fell", "rose", "stood",
		"ran", "saw", "told", "found", "kept", "brought", "fled", "won", "lost", "hit", "put", "set", "became",
		"began", "drew", "swept", "sought", "spent", "thought", "sent", "built", "fought", "flew", "grew", "led",
		"remain", "remained", "are", "were", "is", "was", "have", "had", "has", "will", "would"} {
		if isIrregularPast(w) {
			g.cls[w] |= gVerb
		}
	}
}

// gram returns the grammar classes of token j, read with its word.
func (d *document) gram(j int) uint32 { return d.toks[j].gram }

// nextGram returns the first token from i to last that has one of the
// grammar classes bits, or last+1 (nextCls for grammar classes).
func (d *document) nextGram(i, last int, bits uint32) int {
	if i > last {
		return i
	}
	toks := d.toks[i : last+1]
	for k := range toks {
		if toks[k].gram&bits != 0 {
			return i + k
		}
	}
	return last + 1
}

// isPrep reports a preposition of the grammar (g.prep) at token j: a
// word by its class bit, a figure by its text; a mark is none.
func (d *document) isPrep(j int) bool {
	if t := &d.toks[j]; t.kind != tFig {
		return t.gram&gPrep != 0
	}
	return d.lx.g.prep[d.toks[j].low]
}

// breaker reports a word of the lexicon's breaker list at token j, by its
// class bit (a figure or a mark by its text).
func (d *document) breaker(j int) bool {
	if t := &d.toks[j]; t.kind == tWord {
		return t.cls&cBreaker != 0
	}
	return d.cls(j)&cBreaker != 0
}

// isDet reports a determiner of the grammar (g.det) at token j, as isPrep.
func (d *document) isDet(j int) bool {
	if t := &d.toks[j]; t.kind != tFig {
		return t.gram&gDet != 0
	}
	return d.lx.g.det[d.toks[j].low]
}

// clauses returns the clauses of sentence si, reading them the first time.
func (d *document) clauses(si int) []clause {
	if d.sentCl == nil {
		d.sentCl = make([]int32, 2*len(d.sents))
		d.clauseOf = grow(d.clauseOf, len(d.toks))
	}
	if d.sentCl[2*si+1] == 0 {
		from := len(d.clist)
		d.parseClauses(d.sents[si])
		d.sentCl[2*si], d.sentCl[2*si+1] = int32(from), int32(len(d.clist))
	}
	return d.clist[d.sentCl[2*si]:d.sentCl[2*si+1]]
}

// clauseAt returns the index in d.clauses of the clause token k is in.
func (d *document) clauseAt(k int) int {
	d.clauses(d.sentOf[k])
	return int(d.clauseOf[k])
}

// roleOf returns the role of the figure at token k in its clause and, for
// rolePrep, the index in d.attaches of the attachment that holds it.
func (d *document) roleOf(k int) (figRole, int) {
	c := &d.clist[d.clauseAt(k)]
	for a := c.at0; a < c.at1; a++ {
		if at := d.attaches[a]; int(at.np0) <= k && k <= int(at.np1) {
			return rolePrep, int(a)
		}
	}
	if c.kind == clParen && c.link >= 0 && int(c.link) < k && c.link > 0 {
		if p := d.toks[c.link-1]; p.kind == tWord && p.capital {
			own := true
			for j := int(c.link) + 1; j < k; j++ {
				if d.toks[j].kind != tPunct {
					own = false
				}
			}
			if own {
				return roleParen, -1
			}
		}
	}
	switch {
	case c.verb0 < 0:
		return roleNone, -1
	case k < int(c.verb0):
		return roleSubject, -1
	case k > int(c.verb1):
		return roleObject, -1
	}
	return roleNone, -1
}

// parseClauses splits sentence s into clauses and reads each one.
func (d *document) parseClauses(s sentence) {
	g := &d.lx.g
	base := int32(len(d.clist))
	stack := d.clStack[:0]
	open := func(kind clauseKind, at, link int, parent int32) int32 {
		d.clist = append(d.clist, clause{first: int32(at), last: int32(at) - 1, parent: parent, link: int32(link),
			subj0: -1, subj1: -1, verb0: -1, verb1: -1, kind: kind})
		return int32(len(d.clist) - 1)
	}
	top := func() int32 { return stack[len(stack)-1] }
	// closeSetOff pops the clauses a comma ends: relative clauses and
	// participial phrases opened inside the current one.
	closeSetOff := func() {
		for len(stack) > 1 {
			switch d.clist[top()].kind {
			case clRelative, clParticiple:
				stack = stack[:len(stack)-1]
				continue
			}
			break
		}
	}
	// sibling replaces the clause on top (with the set-off ones above it)
	// by a new one joined to the same host.
	sibling := func(kind clauseKind, at, link int) {
		closeSetOff()
		host := d.clist[top()].parent
		if d.clist[top()].kind == clParen || d.clist[top()].kind == clComplement {
			host = top() // a coordination inside brackets or a report stays there
		} else {
			stack = stack[:len(stack)-1]
		}
		stack = append(stack, open(kind, at, link, host))
	}
	// closeParen closes, at token i, the innermost bracket or dash pair
	// whose opening token opens satisfies, with the clauses above it, and
	// reports whether there was one.
	closeParen := func(i int, opens func(string) bool) bool {
		for n := len(stack) - 1; n > 0; n-- {
			if c := d.clist[stack[n]]; c.kind == clParen && opens(d.toks[c.link].low) {
				d.clauseOf[i] = stack[n]
				d.clist[stack[n]].last = int32(i)
				stack = stack[:n]
				return true
			}
		}
		return false
	}
	stack = append(stack, open(clMain, s.first, -1, -1))
	for i := s.first; i <= s.last; i++ {
		t := &d.toks[i]
		cur := top()
		switch {
		case t.kind == tPunct && (t.low == "(" || t.low == "["):
			stack = append(stack, open(clParen, i, i, cur))
		case t.kind == tPunct && (t.low == ")" || t.low == "]"):
			if closeParen(i, func(w string) bool { return w == "(" || w == "[" }) {
				continue
			}
		case t.kind == tPunct && isDash(t.low) && i > s.first:
			if closeParen(i, isDash) {
				continue
			}
			closeSetOff()
			stack = append(stack, open(clParen, i, i, top()))
		case t.openQ || t.closeQ || i > s.first && t.quote != d.toks[i-1].quote:
			// Speech and the words around it are clauses of their own:
			// '"We lost 140 people," the minister told reporters in
			// Islamabad.'
			closeSetOff()
			if d.clist[top()].vg&vgSeen != 0 && i < s.last {
				d.clauseOf[i] = top()
				d.clist[top()].last = int32(i)
				sibling(clCoord, i+1, i)
				continue
			}
		case t.kind == tPunct && t.low == "," && d.clist[cur].kind == clParen && d.toks[d.clist[cur].link].low == ",":
			// The comma that ends an aside set between a relative word
			// and its verb: the relative clause goes on after it.
			if closeParen(i, func(w string) bool { return w == "," }) {
				continue
			}
		case t.kind == tPunct && t.low == "," && d.clist[cur].kind == clRelative && d.clist[cur].last == d.clist[cur].link && i < s.last:
			// "which, according to the police, drew 9,000": an aside
			// right after the relative word; its clause waits for the
			// verb after the aside.
			d.clauseOf[i] = cur
			stack = append(stack, open(clParen, i, i, cur))
			continue
		case t.kind == tPunct && (t.low == "," || t.low == ";"):
			closeSetOff()
			cur = top()
			if t.low == ";" && i < s.last {
				d.clauseOf[i] = cur
				d.clist[cur].last = int32(i)
				sibling(clCoord, i+1, i)
				continue
			}
			if i+1 <= s.last {
				if n := d.relativeAt(i+1, s.last); n > 0 && d.toks[i+1].low != "that" {
					d.clauseOf[i] = cur
					d.clist[cur].last = int32(i)
					c := open(clRelative, i+1, i+n, cur)
					stack = append(stack, c)
					for j := i + 1; j <= i+n; j++ {
						d.clauseOf[j] = c // "of whom"
					}
					d.clist[c].last = int32(i + n)
					i += n
					continue
				}
				if w := d.toks[i+1]; w.kind == tWord && !w.capital && len(w.low) > 5 && strings.HasSuffix(w.low, "ing") && !g.prep[w.low] || w.low == "including" ||
					w.low == "with" && d.clist[cur].vg&vgSeen != 0 {
					// ", bringing the total to …"; ", with the most reported
					// in El Paso": a phrase set off from the clause.
					d.clauseOf[i] = cur
					d.clist[cur].last = int32(i)
					stack = append(stack, open(clParticiple, i+1, i+1, cur))
					continue
				}
				if d.clist[cur].vg&vgSeen != 0 && d.startsClause(i+1, s.last) {
					// "…, the ministry said": a clause of its own after one
					// that has its verb.
					d.clauseOf[i] = cur
					d.clist[cur].last = int32(i)
					sibling(clCoord, i+1, i)
					continue
				}
				if w := d.toks[i+1]; w.kind == tWord && !w.capital && len(w.low) > 5 && strings.HasSuffix(w.low, "ing") && !g.prep[w.low] || w.low == "including" {
					d.clauseOf[i] = cur
					d.clist[cur].last = int32(i)
					stack = append(stack, open(clParticiple, i+1, i+1, cur))
					continue
				}
			}
		case t.kind == tWord && d.gram(i)&(gCoord|gSubord) != 0 && i > s.first && i < s.last:
			if d.clist[cur].first < int32(i) && d.clist[cur].vg&vgSeen != 0 && d.startsClause(i+1, s.last) {
				// Only after a verb: "arrivals from Chad and Sudan were
				// registered" joins two names, not two clauses.
				kind := clCoord
				if g.subord[t.low] {
					kind = clSub
				}
				d.clauseOf[i] = cur
				d.clist[cur].last = int32(i)
				sibling(kind, i+1, i)
				continue
			}
		case t.kind == tWord && t.low != "that" && d.gram(i)&gRelative != 0 && i > s.first && d.toks[i-1].kind != tPunct:
			// "people who took part", "the town where 40 died"
			if n := d.relativeAt(i, s.last); n > 0 {
				c := open(clRelative, i, i+n-1, cur)
				stack = append(stack, c)
				for j := i; j < i+n; j++ {
					d.clauseOf[j] = c
				}
				d.clist[c].last = int32(i + n - 1)
				i += n - 1
				continue
			}
		case t.kind == tWord && t.low == "that" && i > s.first && i < s.last:
			if d.reportBefore(i, s) {
				d.clauseOf[i] = cur
				d.clist[cur].last = int32(i)
				stack = append(stack, open(clComplement, i+1, i, cur))
				continue
			}
			if p := d.toks[i-1]; p.kind == tWord && !p.capital && !g.report[p.low] && d.finiteAt(i+1, s.last) > 0 {
				stack = append(stack, open(clRelative, i, i, cur)) // "the figures that were released"
			}
		case t.kind == tWord && !t.capital && d.clist[cur].vg&vgSeen != 0 && d.reducedAt(i, s):
			// "the protest organized to coincide with a parade in
			// Washington", "39 prisoners held by Israel": a participle
			// after a noun, in a clause that has its verb, opens a
			// relative clause of its own.
			c := open(clRelative, i, -1, cur)
			stack = append(stack, c)
			d.clauseOf[i] = c
			d.clist[c].last = int32(i)
			continue
		case t.kind == tWord && d.gram(i)&gReport != 0 && i < s.last && i > s.first:
			// "said 15 people died": a report with no "that".
			if n := d.toks[i+1]; n.kind != tPunct && n.low != "that" && !g.prep[n.low] && d.startsClause(i+1, s.last) {
				d.clauseOf[i] = cur
				d.clist[cur].last = int32(i)
				stack = append(stack, open(clComplement, i+1, i, cur))
				continue
			}
		}
		c := top()
		d.clauseOf[i] = c
		d.clist[c].last = int32(i)
		if t.kind == tWord && (d.gram(i)&(gBe|gHave|gModal) != 0 || d.verbWord(i)) {
			d.clist[c].vg |= vgSeen
		}
	}
	d.clStack = stack[:0]
	// A host runs as far as the clauses set inside it.
	for c := int32(len(d.clist)) - 1; c > base; c-- {
		if p := d.clist[c].parent; p >= 0 && d.clist[p].last < d.clist[c].last && d.clist[c].kind != clCoord && d.clist[c].kind != clSub {
			d.clist[p].last = d.clist[c].last
		}
	}
	for c := base; c < int32(len(d.clist)); c++ {
		d.readClause(c)
	}
}

// isDash reports a dash token: "–", "—", "--" (isDashOrHyphen takes a
// hyphen standing alone too).
func isDash(w string) bool { return w == "—" || w == "–" || w == "--" }

// relativeAt returns the number of tokens of a relative opener at i ("which",
// "where", "of whom", "some of whom", "most of which"), or 0.
func (d *document) relativeAt(i, last int) int {
	for n := 0; n < 3 && i+n <= last; n++ {
		w := d.toks[i+n]
		if w.kind == tWord && w.gram&gRelative != 0 && w.low != "that" {
			if w.low == "which" || w.low == "whom" || n == 0 {
				return n + 1
			}
			return 0
		}
		if !(w.kind == tWord && w.gram&gRelQuant != 0 || w.kind == tFig) {
			return 0
		}
	}
	return 0
}

// reportBefore reports a verb of saying or thinking within the few words
// before "that" at i: "said that", "told reporters that", "estimated on
// Monday that".
func (d *document) reportBefore(i int, s sentence) bool {
	for j := i - 1; j >= s.first && j >= i-4; j-- {
		t := &d.toks[j]
		if t.kind == tPunct && t.low != "," {
			return false
		}
		if t.kind == tWord && d.lx.g.report[t.low] {
			return true
		}
	}
	return false
}

// startsClause reports a subject phrase at i followed by a finite verb:
// "Ukraine received 1,200", "the police counted", "they were".
func (d *document) startsClause(i, last int) bool {
	if i > last {
		return false
	}
	if t := &d.toks[i]; t.kind == tWord && t.gram&gSubjPron != 0 && t.low != "that" && t.low != "which" {
		return d.finiteAt(i+1, last) > 0
	}
	j := i
	for ; j <= last && j < i+8; j++ {
		if j > i && j < last && d.gram(j)&gPrep != 0 && d.toks[j].low != "according" && d.nounWord(j+1) {
			continue // "officials in Kyiv said"
		}
		if !d.nounWord(j) {
			break
		}
	}
	if j == i || d.finiteAt(j, last) == 0 {
		return false
	}
	// A bare past after a bare noun phrase ("current and former leaders
	// arrested following …") is a participle more often than a new
	// clause; a new clause opens on a determiner, a name, a figure.
	if t := &d.toks[i]; d.gram(j)&(gBe|gHave|gModal|gDo|gReport) == 0 && t.kind == tWord && !t.capital && d.gram(i)&gDet == 0 {
		return false
	}
	return true
}

// nounWord reports a token that may stand in a noun phrase: a figure, a
// determiner, a name, a noun or an adjective, "of" between two of them.
func (d *document) nounWord(j int) bool {
	t := &d.toks[j]
	switch t.kind {
	case tFig:
		return true
	case tPunct:
		return t.low == "'" || t.low == "’"
	}
	gr := d.gram(j)
	if gr&gDet != 0 || t.capital && gr&(gBe|gHave) == 0 {
		return true
	}
	if t.low == "of" {
		return j+1 < len(d.toks) && d.toks[j+1].kind != tPunct
	}
	if gr&(gBreaker|gBe|gHave|gModal|gDo|gCoord) != 0 {
		return false
	}
	return !d.verbWord(j)
}

// verbWord reports a word that reads as a verb where it stands: a form the
// lists know, or a past in -ed, unless a determiner makes it a noun
// ("the return", "the injured").
func (d *document) verbWord(j int) bool {
	t := &d.toks[j]
	if t.kind != tWord || t.capital && j > 0 && !t.brk && !t.para {
		return false
	}
	if j > 0 && d.gram(j-1)&gDet != 0 {
		return false
	}
	return t.gram&gVerb != 0
}

// openingParticiples takes the verb class from a capitalised past
// participle that opens a sentence or a line before the noun it qualifies
// ("Detected irregular crossings fell 42%", "Registered voters numbered
// …"): there it is no verb. It runs once, as the sentences are cut, so
// that verbWord stays a test of bits.
func (d *document) openingParticiples() {
	for _, s := range d.sents {
		j := s.first // a line or a paragraph starts a sentence
		t := &d.toks[j]
		if !t.capital || t.kind != tWord || t.gram&gVerb == 0 || j > 0 && !t.brk && !t.para || j+1 >= len(d.toks) || !strings.HasSuffix(t.low, "ed") {
			continue
		}
		if n := &d.toks[j+1]; n.kind == tWord && !n.capital &&
			n.gram&(gDet|gPrep|gBreaker|gBe|gHave|gModal|gDo|gCoord|gVerb) == 0 && n.cls&cPronoun == 0 {
			t.gram &^= gVerb
		}
	}
}

// finiteAt returns the token after the verb group that starts at i, or 0
// when no verb group starts there.
func (d *document) finiteAt(i, last int) int {
	_, end, _ := d.verbGroup(i, last)
	return end
}

// verbGroup reads the verb group starting at i: its main verb, the token
// after it, and its flags. end is 0 when none starts at i.
func (d *document) verbGroup(i, last int) (main, end int, vg uint8) {
	g := &d.lx.g
	aux, be := false, false
	main = -1
	j := i
	for ; j <= last && j < i+8; j++ {
		t := &d.toks[j]
		if t.kind != tWord {
			break
		}
		w := t.low
		gr := d.gram(j)
		switch {
		case gr&gModal != 0:
			vg |= vgModal
			aux = true
		case gr&gHave != 0:
			if main < 0 && !aux {
				vg |= vgPast * b2u(w == "had")
			}
			vg |= vgPerfect
			aux = true
		case gr&gBe != 0:
			be = true
			aux = true
			if w == "was" || w == "were" || w == "wasn't" || w == "weren't" {
				vg |= vgPast
			}
		case gr&gDo != 0:
			aux = true
			if w == "did" || w == "didn't" {
				vg |= vgPast
			}
		case gr&gNeg != 0 && (aux || j == i && (w == "not" || w == "never")):
			vg |= vgNegated
			continue
		case aux && gr&gInner != 0:
			continue
		case aux && w == "to" && j+1 <= last:
			vg |= vgModal // "are to be released", "is expected to return"
			continue
		case aux && strings.HasSuffix(w, "ing") && len(w) > 4:
			if be {
				vg |= vgProgressive
			}
			main = j
		case d.verbWord(j) || aux && (d.lx.give[w] || d.lx.receive[w] || d.lx.mutual[w]):
			if be && (strings.HasSuffix(w, "ed") || d.participle(w)) {
				vg |= vgPassive
			}
			if !aux && (strings.HasSuffix(w, "ed") || isIrregularPast(w) || g.past[w]) {
				vg |= vgPast
			}
			main = j
			// "is expected to return", "plans to free": the infinitive
			// belongs to the group.
			if j+2 <= last && d.toks[j+1].low == "to" && (d.lx.modal[w] || d.lx.wantTo[w]) {
				vg = vg&^vgPassive | vgModal // "is expected to free": the freeing is active
				be = false
				main = -1
				j++
				continue
			}
			if j+1 <= last && isParticle(d.toks[j+1].low) {
				j++ // "handed over", "took back"
			}
			j++
		default:
			if !aux {
				return -1, 0, 0
			}
			main = j - 1 // "there were", "is": the auxiliary is the verb
			for main > i && d.gram(main)&(gInner|gNeg) != 0 {
				main--
			}
			return main, j, vg
		}
		if main >= 0 {
			break
		}
	}
	if main < 0 && aux {
		main = j - 1
		for main > i && d.gram(main)&(gInner|gNeg) != 0 {
			main--
		}
	}
	if main < 0 {
		return -1, 0, 0
	}
	return main, max(j, main+1), vg
}

func isParticle(w string) bool {
	switch w {
	case "over", "back", "up", "out", "off", "home", "away":
		return true
	}
	return false
}

func b2u(b bool) uint8 {
	if b {
		return 1
	}
	return 0
}

// participle reports the irregular past participles a passive is made of.
func (d *document) participle(w string) bool {
	switch w {
	case "taken", "given", "held", "sent", "brought", "found", "kept", "made", "seen", "shown", "told", "put",
		"hit", "set", "led", "left", "freed", "won", "lost", "said", "thought", "known", "drawn", "built", "caught",
		"killed", "hurt", "cut", "struck", "stricken", "begun", "born", "swept", "beaten", "gotten", "got":
		return true
	}
	return false
}

// readClause finds the verb group, the subject and the attachments of
// clause c.
func (d *document) readClause(c int32) {
	cl := &d.clist[c]
	cl.vg = 0
	from := int(cl.first)
	if cl.link >= cl.first && cl.kind != clParticiple {
		from = int(cl.link) + 1
	}
	// The verb group: the first finite verb among the clause's own
	// words, after a subject phrase (or a relative word).
	for j := from; j <= int(cl.last); j++ {
		if d.clauseOf[j] != c {
			continue
		}
		t := &d.toks[j]
		if t.kind != tWord {
			continue
		}
		if cl.kind == clParticiple && j == from && d.toks[j].low != "with" {
			// "bringing the total to 4,000": the participle is the verb.
			cl.verb0, cl.verb1 = int32(j), int32(j)
			break
		}
		main, end, vg := d.verbGroup(j, int(cl.last))
		if end == 0 {
			continue
		}
		if j > from && d.isDet(j-1) {
			continue
		}
		cl.verb0, cl.verb1, cl.vg = int32(j), int32(main), vg
		break
	}
	// The attachments: each preposition of the clause's own and the noun
	// phrase after it.
	cl.at0 = int32(len(d.attaches))
	for j := from; j <= int(cl.last); j++ {
		if j = d.nextGram(j, int(cl.last), gPrep); j > int(cl.last) {
			break
		}
		if d.clauseOf[j] != c || d.toks[j].kind != tWord || d.toks[j].gram&gPrep == 0 {
			continue
		}
		if cl.verb0 >= 0 && j >= int(cl.verb0) && j <= int(cl.verb1) || cl.verb1 >= 0 && j == int(cl.verb1)+1 && isParticle(d.toks[j].low) &&
			(j == int(cl.last) || d.toks[j+1].kind == tPunct || d.isPrep(j+1) || d.cls(int(cl.verb1))&cGive != 0 || d.cls(int(cl.verb1))&cReceive != 0) {
			continue // "handed over to Ukraine": a particle of the verb
		}
		p := j
		if d.toks[j].low == "according" && j+1 <= int(cl.last) && d.toks[j+1].low == "to" {
			j++
		}
		k := j + 1
		e := j
		for ; k <= int(cl.last) && d.clauseOf[k] == c && k < j+10; k++ {
			t := &d.toks[k]
			if t.kind == tWord && t.gram&gPrep != 0 && t.low != "of" && !t.capital {
				break // "on Gran Via" is one name
			}
			if t.low == "of" && !(k+1 <= int(cl.last) && d.toks[k+1].kind != tPunct && (d.toks[k+1].capital || d.isDet(k+1))) {
				break
			}
			if (t.low == "and" || t.low == "or") && k > j+1 && d.toks[k-1].capital && k+1 <= int(cl.last) && d.toks[k+1].capital && d.toks[k+1].kind == tWord {
				continue // "from the Central African Republic and Sudan"
			}
			if k > j+1 && t.kind == tFig && !d.isDet(k-1) && d.toks[k-1].kind != tPunct {
				break // "on Friday 390 prisoners": a figure opens a noun phrase of its own
			}
			if d.abbrevDot(k) {
				continue // "St. Elizabeth", "Mt. Kenya": one name
			}
			if !d.nounWord(k) && !(k == j+1 && t.kind == tWord && d.cls(k)&(cBreaker|cAux) == 0) {
				break // the first word after a preposition is a noun: "in exchange for"
			}
			e = k
		}
		d.attaches = append(d.attaches, attachment{prep: int32(p), np0: int32(j + 1), np1: int32(e)})
	}
	cl.at1 = int32(len(d.attaches))
	// The subject: what stands before the verb group, back to a comma of
	// the clause's own ("In Nantes, in western France, there were …").
	if cl.verb0 >= 0 && cl.kind != clParticiple {
		e := int(cl.verb0) - 1
		a := from
		for e >= from && (d.clauseOf[e] != c || d.toks[e].low == "," && (e-1 >= from && d.clauseOf[e-1] != c || d.clauseOf[e+1] != c)) {
			e-- // "Sete (4500) saw …", "The army, which …, says": the subject is before the clause set inside
		}
		for j := e; j >= from; j-- {
			if d.clauseOf[j] != c || d.toks[j].low == "," && j+1 <= e && d.clauseOf[j+1] != c {
				continue // a clause set inside the subject, and the comma that opens it
			}
			if t := &d.toks[j]; t.kind == tPunct && t.low != "'" && t.low != "’" {
				a = j + 1
				break
			}
		}
		// A subject that opens on an attachment starts after it: "On
		// Friday 390 prisoners were …", "which according to X stood at".
		for _, at := range d.attaches[cl.at0:cl.at1] {
			if int(at.prep) == a && a <= e {
				a = max(a, int(at.np1)+1)
			}
		}
		if cl.kind == clRelative && a > e {
			// "…, who returned …": the relative word stands for the noun
			// before it.
			cl.antecedent = true
			if a0, e0 := d.antecedentOf(int(cl.first)); e0 >= a0 {
				a, e = a0, e0
			}
		}
		if a <= e {
			cl.subj0, cl.subj1 = int32(a), int32(e)
		}
	}
}

// antecedentOf returns the noun phrase before the relative clause that
// opens at i: back over a comma to the words of a noun phrase.
func (d *document) antecedentOf(i int) (int, int) {
	e := i - 1
	if e >= 0 && d.toks[e].low == "," {
		e--
	}
	a := e + 1
	for j := e; j >= 0 && j > e-6 && d.sentOf[j] == d.sentOf[i]; j-- {
		if !d.nounWord(j) || d.toks[j].low == "of" && j == e {
			break
		}
		a = j
	}
	return a, e
}

// abbrevDot reports the period of an abbreviation inside a name at k:
// "St. Elizabeth", "Mt. Kenya".
func (d *document) abbrevDot(k int) bool {
	return d.toks[k].low == "." && k > 0 && k+1 < len(d.toks) && d.toks[k-1].kind == tWord && d.toks[k-1].capital &&
		d.lx.abbrev[d.toks[k-1].low] && d.toks[k+1].kind == tWord && d.toks[k+1].capital
}

// attachOf returns the attachments of clause c.
func (d *document) attachOf(c int) []attachment {
	cl := &d.clist[c]
	return d.attaches[cl.at0:cl.at1]
}

// reducedAt reports a past participle at i right after a noun: "the deal
// brokered on May 16", "prisoners held by Israel".
func (d *document) reducedAt(i int, s sentence) bool {
	if i <= s.first || i >= s.last {
		return false
	}
	w := d.toks[i].low
	if !strings.HasSuffix(w, "ed") && !d.participle(w) || d.gram(i)&gVerb == 0 {
		return false
	}
	p := d.toks[i-1]
	if p.kind != tWord || p.capital && !strings.HasSuffix(p.low, "s") ||
		d.gram(i-1)&(gBe|gHave|gModal|gDo|gInner|gNeg|gDet|gPrep|gCoord|gBreaker) != 0 || d.verbWord(i-1) || p.cls&cPronoun != 0 {
		return false
	}
	// What follows is no object: a preposition, "to", a date or the end.
	n := d.toks[i+1]
	return n.kind == tPunct || d.gram(i+1)&gPrep != 0 || isParticle(n.low)
}
