// The party stage, part 2: a count's place read from the clause layer.

package text

import (
	"slices"
	"strings"
	"unicode"

	"github.com/crosscheck/crosscheck/claims"
)

// A count's place from the clause layer: what the figure's clause says
// where or of what event it happened. The figure's own clause comes first
// (a place in another clause of the sentence is another count's: "12,000
// in Lyon, while the unions in Paris said …"), then, for a clause set
// inside another (a relative clause, a participial phrase, brackets), the
// clause it hangs on. A clause of saying is not the count's: "told
// reporters in Kabul".

// placeRole says how a clause named a count's place, for --explain.
type placeRole uint8

const (
	placeNone  placeRole = iota
	placeOwn             // a place attached to the figure's own clause
	placeHost            // a place of the clause the figure's clause hangs on
	placeEvent           // the event the clause names: "during the Hajj", "in the quake"
)

func (r placeRole) String() string {
	return [...]string{"", "a place in the figure's clause", "a place in the clause it hangs on", "the event of the figure's clause"}[r]
}

// clausePlace returns the place or event of the count at token k, the
// words that name it and how it was found; ok is false when the clauses
// name none.
func (d *document) clausePlace(k int) (name string, sp claims.Span, role placeRole, ok bool) {
	c := d.clauseAt(k)
	for hop := 0; hop < 3 && c >= 0; hop++ {
		cl := &d.clist[c]
		if a, ok := d.placeAttachment(c, k); ok {
			name, sp := d.placeName(a)
			if name != "" {
				role := placeOwn
				if hop > 0 {
					role = placeHost
				}
				return name, sp, role, true
			}
		}
		if hop == 0 {
			if name, sp, ok := d.whereAntecedent(c); ok {
				return name, sp, placeOwn, true
			}
			if name, sp, ok := d.nationalIn(c, k); ok {
				return name, sp, placeOwn, true
			}
			if name, sp, ok := d.placesOfACountry(k); ok {
				return name, sp, placeOwn, true
			}
			if r := d.relativeAfter(c, k); r >= 0 {
				// "the 6,691 who crossed the Channel": the relative clause
				// tells of the figure's people.
				if a, ok := d.placeAttachment(r, k); ok {
					if name, sp := d.placeName(a); name != "" {
						return name, sp, placeOwn, true
					}
				}
				if name, sp, ok := d.routeObject(r, k); ok {
					return name, sp, placeOwn, true
				}
			}
			if name, sp, ok := d.theCity(c, k); ok {
				return name, sp, placeOwn, true
			}
			if name, sp, ok := d.eventOf(c, d.figs[d.toks[k].fig].q.Unit == claims.Percent); ok {
				return name, sp, placeEvent, true
			}
			if name, sp, ok := d.routeObject(c, k); ok {
				return name, sp, placeOwn, true
			}
		}
		switch cl.kind {
		case clRelative, clParticiple, clParen:
			c = int(cl.parent)
		default:
			c = -1
		}
	}
	return "", claims.Span{}, placeNone, false
}

// subordinateBetween reports a comma and a subordinating word between
// tokens a and b (", as", ", while", ", because"): what follows is
// another clause, which the clause layer may not have told apart.
func (d *document) subordinateBetween(a, b int) bool {
	for m := a + 1; m+1 < b; m++ {
		if d.toks[m].low == "," && d.gram(m+1)&gSubord != 0 {
			return true
		}
	}
	return false
}

// whereAntecedent returns the place a relative clause opened by "where"
// tells of, the name right before it: "Marseille, where the prefecture
// counted 16,000": the count is Marseille's.
func (d *document) whereAntecedent(c int) (string, claims.Span, bool) {
	cl := &d.clist[c]
	l := int(cl.link)
	if cl.kind != clRelative || l < 1 || d.toks[l].low != "where" {
		return "", claims.Span{}, false
	}
	e := l - 1
	if e > 0 && d.toks[e].low == "," {
		e--
	}
	i := e
	for i >= 0 && d.toks[i].kind == tWord && d.toks[i].capital && d.sentOf[i] == d.sentOf[l] && d.gram(i)&gDet == 0 && d.cls(i)&cPrep == 0 {
		i--
	}
	if i == e {
		return "", claims.Span{}, false
	}
	i++
	if p, n, dem := d.partyAt(i); p != "" && i+n-1 == e && !dem && d.lx.capitals[strings.ToLower(d.text[d.toks[i].start:d.toks[e].end])] == "" {
		return p, d.span(i, e), true
	}
	if d.lx.title[d.toks[e].low] || d.cls(e)&cPerson != 0 {
		return "", claims.Span{}, false
	}
	return d.text[d.toks[i].start:d.toks[e].end], d.span(i, e), true
}

// placeAttachment picks the attachment of clause c that names the place
// of the figure at k: a locative preposition ("in", "at", "across", …)
// before a name, or "the streets of Madrid"; the nearest to the figure,
// after it first. A place set off after another by a comma ("In Nantes,
// in western France, …", "in Mecca, Saudi Arabia") describes the first:
// the first is the count's.
func (d *document) placeAttachment(c, k int) (attachment, bool) {
	ats := d.attachOf(c)
	best, bestDist := -1, 1<<30
	si := d.sentOf[k]
	for i, a := range ats {
		if !d.locative(a) || d.toks[a.prep].quote != d.toks[k].quote {
			continue
		}
		if d.inSpeakerAppos(si, int(a.prep)) {
			continue // "Reis, a lecturer at a university in Britain, reckons …": where the speaker works
		}
		if d.inSpeakerName(si, int(a.prep)) {
			if p, _, _ := d.partyAt(int(a.np0)); p == "" {
				continue // "the Institute for Research in Public Health": a name, not a place
			} // "officials in Haiti reported 25 deaths": the speaker's country
		}
		if int(a.prep) > k && (d.figureBetweenOutsideAside(k, int(a.prep)) || d.nextItem(k, a)) {
			continue // "12,000 in Lyon and 40,000 in Paris": the other figure's place
		}
		if int(a.prep) > k && d.subordinateBetween(k, int(a.prep)) {
			continue // "… rose to 440,000, as fighting spread across Syria": the other clause's place
		}
		dist := int(a.prep) - k
		if dist < 0 {
			dist = -dist + 1 // after the figure first: "9,000 in Paris"
		}
		if k >= int(a.np0) && k <= int(a.np1) {
			dist = 0
		}
		if dist < bestDist {
			best, bestDist = i, dist
		}
	}
	if best < 0 {
		return attachment{}, false
	}
	for best > 0 {
		p := ats[best-1]
		if !d.locative(p) || int(p.np1)+2 != int(ats[best].prep) && int(p.np1)+1 != int(ats[best].prep) || d.toks[p.np1+1].low != "," ||
			!d.widerPlace(ats[best]) {
			break // "15,000 in Lille, in Amiens 6,000": a list, not an apposition
		}
		best-- // the apposition's head
	}
	return ats[best], true
}

// locative reports an attachment that says where: a place preposition
// and a name in its noun phrase.
func (d *document) locative(a attachment) bool {
	if a.np1 < a.np0 {
		return false
	}
	switch d.toks[a.prep].low {
	case "in", "at", "across", "throughout", "near", "outside", "around", "through", "into", "off", "inside", "on", "along":
	case "of":
		// "the streets of Madrid", "the city of Bukavu"
		if a.prep == 0 || !isPlaceNoun(d.toks[a.prep-1].low) {
			return false
		}
	default:
		return false
	}
	if a.np1 > a.np0 && isPlatform(d.toks[a.np0].low) || isPlatform(d.toks[a.np1].low) {
		return false // "on X", "on state television"
	}
	if t := &d.toks[a.np0]; a.np0 == a.np1 && d.toks[a.prep].low == "on" && t.kind == tWord && isUpperWord(d.text[t.start:t.end]) {
		return false // "said on CNN", "… on BFMTV": a channel, an island is no acronym
	}
	for j := a.np0 + 1; j <= a.np1 && j <= a.np0+4; j++ {
		if d.lx.mediaHead[d.toks[j].low] || isPlatform(d.toks[j].low) && d.toks[j].capital && j < a.np1 {
			return false // "on his Facebook page", "on the ministry's website": where it was posted
		}
	}
	for j := a.np0; j < a.np1; j++ {
		if w := d.toks[j].low; resultNouns[d.toks[j+1].low] && noPossessive(w) != w {
			return false // "the fall in Ortiz's share": a result, not a place
		}
	}
	for j := a.np0; j <= a.np1; j++ {
		t := &d.toks[j]
		if t.kind == tWord && t.capital && isPersonRole(t.low) && j+1 <= a.np1 && d.toks[j+1].capital {
			// "in the race featuring President Lund": a titled person's
			// name, no place.
			for j+1 <= a.np1 && d.toks[j+1].capital {
				j++
			}
			continue
		}
		if t.kind == tWord && t.capital && !isWeekdayOrMonth(strings.TrimSuffix(t.low, "'s")) && !d.lx.months[t.low] && !d.lx.g.calendar[t.low] &&
			!d.bodyByKind(int(j), a) {
			return true
		}
	}
	// "at the southwest border", "off the coast": a place named by its
	// kind.
	return d.toks[a.np1].kind == tWord && d.lx.g.placeHead[d.toks[a.np1].low] && d.toks[a.np1-1].kind == tWord && !d.lx.g.det[d.toks[a.np1-1].low]
}

// bodyByKind reports a noun phrase that is a determiner and one
// capitalised noun of a kind of place, at token j: "at the Centre", "the
// State" name a government by its seat, no place a count is in.
func (d *document) bodyByKind(j int, a attachment) bool {
	return j == int(a.np1) && j == int(a.np0)+1 && d.lx.g.det[d.toks[a.np0].low] && placeNouns[d.toks[j].low]
}

// nextItem reports an attachment after the figure at k that opens the
// next item of a list: "there were 30,000, in Caen – 24,000".
func (d *document) nextItem(k int, a attachment) bool {
	comma := false
	for j := k + 1; j < int(a.prep); j++ {
		switch d.toks[j].low {
		case ",", ";", "and", "or", "while":
			comma = true
		}
	}
	if !comma {
		return false
	}
	for j := int(a.np1) + 1; j < len(d.toks) && j <= int(a.np1)+4; j++ {
		t := &d.toks[j]
		if t.kind == tFig && d.figs[t.fig].claim {
			return true
		}
		if t.kind == tWord && (itemLinks[t.low] || isNumberModifier(t.low)) {
			continue // "… and in Ulm at around 12,000": the item's own figure
		}
		if t.kind == tWord || t.low == "," || t.low == "." {
			return false
		}
	}
	return false
}

// placeName reads the name an attachment gives: the capitalised words
// of its noun phrase ("in neighbouring Syria", "in the city of El
// Fasher"); a country's alias as the country; a site in a town ("Liberty
// Square") as the town the story counted in before, when there is one.
func (d *document) placeName(a attachment) (string, claims.Span) {
	j, e := int(a.np0), int(a.np1)
	for j <= e && !(d.toks[j].capital && d.toks[j].kind == tWord) {
		j++
	}
	if j+2 <= e && d.toks[j+1].low == "of" {
		j += 2 // "the City of Bukavu"
	}
	if j > int(a.np1) {
		// "at the southwest border": the words after the determiner
		j = int(a.np0)
		for j < int(a.np1) && d.lx.g.det[d.toks[j].low] {
			j++
		}
		return d.text[d.toks[j].start:d.toks[a.np1].end], d.span(j, int(a.np1))
	}
	e = j
	for e+1 <= int(a.np1) && (d.toks[e+1].kind == tWord || e+2 <= int(a.np1) && d.abbrevDot(e+1)) {
		if d.abbrevDot(e + 1) {
			e += 2 // "St. Elizabeth"
			continue
		}
		if d.toks[e+1].capital {
			if isWeekdayOrMonth(noPossessive(d.toks[e+1].low)) {
				break // "in western India Tuesday": when, no word of the place
			}
			e++
			continue
		}
		n := e + 1
		for n <= int(a.np1) && d.lx.g.nameLink[d.toks[n].low] {
			n++ // "Place de la Nation", "Plaza del Sol"
		}
		if n == e+1 || n > int(a.np1) || !d.toks[n].capital {
			break
		}
		e = n
	}
	if isWeekdayOrMonth(d.toks[j].low) || j == e && d.recurringName(j) {
		return "", claims.Span{} // "in the Mayday" of a story that tells of "a Mayday": an event, no place
	}
	if j == e && leaderAdjective(d.toks[j].low) {
		return "", claims.Span{} // "in the U.S.-led coalition's strike": who led it, not where
	}
	if p, n, _ := d.partyAt(j); p != "" && j+n-1 > e && j+n-1 <= int(a.np1) {
		e = j + n - 1 // "on the Israeli side": a party's name that runs on in lower case
	}
	sp := d.span(j, e)
	if e+1 <= int(a.np1) && strings.HasSuffix(d.toks[e].low, "'s") && (d.toks[e+1].low == "country" || d.toks[e+1].low == "nation") {
		if c := d.storyCountry(); c != "" {
			return c, d.span(j, e+1) // "in North Africa's country": the country the story is about
		}
	}
	if p, n, dem := d.partyAt(j); p != "" && j+n-1 == e && d.lx.capitals[strings.ToLower(d.text[sp.Start:sp.End])] == "" {
		if dem && e+1 <= int(a.np1) && d.attackNounFrom(e+1, int(a.np1)) {
			// "hurt in Ukrainian shelling of Belgorod": the people's
			// adjective names who struck; the place is the target, when an
			// attachment right after names it.
			return d.attackTarget(a)
		}
		if dem && e+1 <= int(a.np1) && territoryNouns[d.toks[e+1].low] {
			if n, nsp, ok := d.placeNamedBefore(int(a.prep)); ok {
				return n, nsp // "in the Kurdish region" after "in Erbil": the place named
			}
		}
		return p, sp
	}
	if d.headlineWords(j, e) {
		return "", claims.Span{}
	}
	name := strings.TrimSuffix(strings.TrimSuffix(d.text[sp.Start:sp.End], "'s"), "’s")
	if d.lx.g.site[d.toks[j].low] || d.lx.g.site[d.toks[e].low] || !d.knownPlace(j, e) && d.listedSite(a, e) {
		// "gathered at Liberty Square", "near Place de la Nation": a site
		// in a town is the town's count, when the text has named the town.
		if j < e {
			// "at the Tarsk City Hospital": a site named after its town.
			if p, n, dem := d.partyAt(j); p != "" && !dem && j+n-1 < e {
				town := d.span(j, j+n-1)
				if w := noPossessive(d.text[town.Start:town.End]); d.lx.capitals[strings.ToLower(w)] != "" {
					return w, town // "in Oslo's Town Square": the capital, not its country
				}
				return p, town
			}
			if w := d.text[d.toks[j].start:d.toks[j].end]; w == d.lastPlace || w == d.firstPlace {
				return w, d.span(j, j)
			}
		}
		for _, p := range d.attachOf(d.clauseAt(int(a.prep))) {
			if p != a && d.locative(p) && !d.figureBetween(int(a.prep), int(p.prep)) {
				// "seven at Mercy Hospital, six at St Ann's": the next item's
				// site is no town.
				if n, psp := d.placeName(p); n != "" && !d.lx.g.site[d.toks[d.tokenAt(psp.End-1)].low] && !d.x.countries[n] {
					return n, psp
				}
			}
		}
		if n, ok := d.siteTown(); ok {
			return n, sp
		}
	}
	return name, sp
}

// knownPlace reports a name [j, e] that is a place the vocabulary or the
// story knows as one (a country or an alias of one, a capital, the story's
// first or latest place): an item of a list after a site that is such a
// place is a town of its own ("nine in Mercy Hospital, four in Oslo").
func (d *document) knownPlace(j, e int) bool {
	if p, n, dem := d.partyAt(j); p != "" && !dem && j+n-1 == e {
		return true
	}
	w := d.text[d.toks[j].start:d.toks[e].end]
	return d.lx.capitals[strings.ToLower(w)] != "" || w == d.firstPlace || w == d.lastPlace
}

// listedSite reports a name of a list of sites, at the attachment a whose
// name ends at token e: the names before a site noun they share ("at St
// Luke's, Mercy and Grove hospitals"), or an item after one that a site
// noun ends ("nine at Mercy Hospital, four at Grove"), a figure between.
func (d *document) listedSite(a attachment, e int) bool {
	si := d.sentOf[e]
	for m := e + 1; m < len(d.toks) && m <= e+8 && d.sentOf[m] == si; m++ {
		t := &d.toks[m]
		if t.kind == tWord && !t.capital && d.lx.g.site[t.low] {
			return m > e+1
		}
		if t.low != "," && t.low != "and" && !(t.kind == tWord && t.capital) {
			break
		}
	}
	p := int(a.prep)
	for m := p - 1; m > d.sents[si].first; m-- {
		if d.toks[m].low != d.toks[p].low {
			continue
		}
		n := m + 1
		for n < p && d.toks[n].kind == tWord && (d.toks[n].capital || n == m+1 && d.lx.g.det[d.toks[n].low]) {
			n++
		}
		if n == m+1 || !d.figureBetween(n-1, p) {
			return false
		}
		if d.lx.g.site[d.toks[n-1].low] || n < p && d.lx.g.site[d.toks[n].low] {
			return true
		}
		if i := m + 1; d.lx.g.det[d.toks[i].low] && i+1 < n && d.knownPlace(i+1, n-1) || d.knownPlace(i, n-1) {
			return false // "…, four in Oslo, two in Bergen": a town breaks the list of sites
		}
		p = m // "…, six at Grove, one at Elm": the item before may follow a site
	}
	return false
}

// attackNounFrom reports a noun of attack at token i, or after one or two
// plain words that say what struck ("air strikes", "ballistic missile
// attacks"), no further than token last: a people's adjective before them
// names who struck.
func (d *document) attackNounFrom(i, last int) bool {
	for n := 0; n < 3 && i <= last; i, n = i+1, n+1 {
		t := &d.toks[i]
		if t.kind != tWord {
			return false
		}
		if attackNouns[t.low] {
			return true
		}
		if t.capital || t.phraseStop() {
			return false
		}
	}
	return false
}

// phraseStop reports a word that ends the run of plain words naming what
// struck (attackNounFrom, attackerBefore): a breaker, a verb, a
// preposition or a determiner.
func (t *token) phraseStop() bool {
	return t.cls&cBreaker != 0 || t.gram&(gVerb|gPrep|gDet) != 0
}

// attackTarget returns the place an attack named in attachment a was
// aimed at: the name of the attachment right after it opened by "on",
// "against" or "of" ("… strikes on Tehran"); none when there is no such
// attachment.
func (d *document) attackTarget(a attachment) (string, claims.Span) {
	for _, b := range d.attachOf(d.clauseAt(int(a.prep))) {
		if int(b.prep) != int(a.np1)+1 || b.np1 < b.np0 {
			continue
		}
		switch d.toks[b.prep].low {
		case "on", "against", "of":
		default:
			continue
		}
		for j := int(b.np0); j <= int(b.np1); j++ {
			if t := &d.toks[j]; t.kind == tWord && t.capital {
				if p, _, dem := d.partyAt(j); dem || p == "" && j != int(b.np1) {
					break // "on Iranian sites": no name of a place
				}
				return d.placeName(b)
			}
		}
	}
	return "", claims.Span{}
}

// eventOf returns the event clause c names: "during the Hajj", "in the
// earthquake", "killed by Typhoon Dalisay", "the death toll from the
// floods". For a rate (share is set), "during" tells when it held, not
// what it is of: "a turnout of 41 percent during the long
// protests" is the vote's.
func (d *document) eventOf(c int, share bool) (string, claims.Span, bool) {
	for _, a := range d.attachOf(c) {
		if a.np1 < a.np0 || share && d.toks[a.prep].low == "during" {
			continue
		}
		switch d.toks[a.prep].low {
		case "during", "in", "from", "by", "after", "since":
		default:
			continue
		}
		for j := int(a.np0); j <= int(a.np1); j++ {
			t := &d.toks[j]
			if t.kind != tWord {
				continue
			}
			if d.lx.g.event[t.low] && t.capital && d.toks[a.prep].low != "during" {
				// "by Typhoon Dalisay": the event and its name. An event
				// named by a common noun only ("the landslide") is a weak
				// key; placeFor falls back to it after the places.
				e := j
				for e+1 <= int(a.np1) && d.toks[e+1].capital {
					e++
				}
				if d.lx.org[d.toks[e].low] {
					break // "by the National Election Commission": a body named for the event
				}
				return d.text[t.start:d.toks[e].end], d.span(j, e), true
			}
			if d.toks[a.prep].low == "during" && t.capital && !isWeekdayOrMonth(t.low) && !d.lx.months[t.low] && !d.lx.g.calendar[t.low] {
				// "during the Hajj": a named event
				e := j
				for e+1 <= int(a.np1) && d.toks[e+1].capital {
					e++
				}
				return d.text[t.start:d.toks[e].end], d.span(j, e), true
			}
		}
	}
	return "", claims.Span{}, false
}

// figureBetween reports a figure that is a claim strictly between tokens
// i and j.
func (d *document) figureBetween(i, j int) bool {
	if i > j {
		i, j = j, i
	}
	for m := i + 1; m < j; m++ {
		if m = d.nextFig(m, j-1); m >= j {
			break
		}
		if t := &d.toks[m]; t.kind == tFig && d.figs[t.fig].claim {
			return true
		}
	}
	return false
}

// figureBetweenOutsideAside reports a claim figure strictly between
// tokens i < j that is not set off by commas as an aside of the noun
// before it: in "1,200 crates, worth about $90,000, were stolen in Kisumu"
// the worth is an aside, and Kisumu is the crates' place.
func (d *document) figureBetweenOutsideAside(i, j int) bool {
	for m := i + 1; m < j; m++ {
		t := d.toks[m]
		if t.kind != tFig || !d.figs[t.fig].claim {
			continue
		}
		s := d.sents[d.sentOf[m]]
		a, z := d.clause(s, m)
		if a-1 <= i || z+1 >= j || d.toks[a-1].low != "," || d.toks[z+1].low != "," {
			return true
		}
		for n := a; n <= z; n++ {
			if d.verbWord(n) {
				return true
			}
		}
		m = z
	}
	return false
}

// namedEvent returns an event named before the figure at k in its
// sentence, by a name and an event noun: "Al Haouz earthquake: 632
// deaths", "after Storm Daniel hit, …". An event named by a common noun
// alone is not enough.
func (d *document) namedEvent(k int) (string, claims.Span, bool) {
	s := d.sents[d.sentOf[k]]
	for j := s.first; j < k; j++ {
		t := &d.toks[j]
		if t.kind != tWord || t.gram&gEvent == 0 || t.quote != d.toks[k].quote {
			continue
		}
		if d.modifier(j, k) {
			continue // "the flood agency": a modifier, not the event
		}
		a, e := j, j
		for a-1 >= s.first && d.toks[a-1].kind == tWord && d.toks[a-1].capital && !d.toks[a-1].brk && !(a-1 == s.first && d.lx.g.det[d.toks[a-1].low]) &&
			!isWeekdayOrMonth(noPossessive(d.toks[a-1].low)) && !d.lx.months[d.toks[a-1].low] && !dayWords[noPossessive(d.toks[a-1].low)] &&
			!eventGrades[d.toks[a-1].low] {
			a-- // "Al Haouz earthquake"
		}
		if t.capital {
			for e+1 < k && d.toks[e+1].kind == tWord && d.toks[e+1].capital {
				e++ // "Storm Daniel"
			}
		}
		if a == j && e == j {
			continue
		}
		p, _, dem := d.partyAt(a)
		if p != "" && dem && a == j-1 && attackNouns[t.low] {
			continue // "Israeli attacks", "Russian shelling": who struck, not where
		}
		if p != "" && a == j-1 && d.toks[a].capital && !t.capital {
			return p, d.span(a, a), true // "the Morocco earthquake": the country
		}
		if p == "" && e == j && !t.capital && noPossessive(d.toks[j-1].low) != d.toks[j-1].low {
			continue // "the militia's shelling": who did it, no event's name
		}
		return d.text[d.toks[a].start:d.toks[e].end], d.span(a, e), true
	}
	return "", claims.Span{}, false
}

// placeBeforeMeasure returns a known place named right before the words
// a figure counts, in its clause: "Gaza death toll 40 pct higher", "the
// Lyon crowd at 20,000".
func (d *document) placeBeforeMeasure(k, cl0 int) (string, claims.Span, bool) {
	for j := max(cl0, k-8); j < k; j++ {
		t := &d.toks[j]
		if t.kind != tWord || !t.capital || j+1 >= k {
			continue
		}
		m, n := d.measureAt(j + 1)
		if m == "" {
			continue
		}
		if e := j + 1 + max(n, 1); e < k && isEventNoun(d.toks[e].low) {
			// "Russia's drone strike on Odesa killed 12": the noun names
			// the weapon of an event, and the name before it who struck,
			// not the place the figure counts in.
			continue
		}
		if d.lx.measureClass[m]&mcCrowd != 0 {
			// "the Tel Aviv crowd", "the Kyiv crowd": a crowd in a capital
			// is the city's, as one counted "in" it is.
			a := j
			for a-1 >= cl0 && d.toks[a-1].kind == tWord && d.toks[a-1].capital && !d.lx.g.det[d.toks[a-1].low] {
				a--
			}
			if name := d.text[d.toks[a].start:t.end]; d.lx.capitals[strings.ToLower(name)] != "" {
				return name, d.span(a, j), true
			}
		}
		p, n, dem := d.partyAt(j)
		if p != "" && n == 1 && !dem && d.x.countries[p] {
			return p, d.span(j, j), true
		}
		if d.lx.capitals[t.low] != "" {
			return d.text[t.start:t.end], d.span(j, j), true
		}
		if d.lx.measureClass[m]&mcToll != 0 && p == "" && j > cl0 && !d.toks[j-1].capital && !d.toks[j+1].capital &&
			!d.lx.org[t.low] && !d.lx.title[t.low] && !d.inSpeakerPhrase(d.sentOf[k], j) {
			// "survey finds Darfur death toll 30 pct above": a name before a
			// toll is the place it is counted in.
			return d.text[t.start:t.end], d.span(j, j), true
		}
	}
	return "", claims.Span{}, false
}

// routeObject returns the place a verb of crossing or entering names as
// its object: "9,000 migrants have crossed the English Channel", "40,000
// entered Poland".
func (d *document) routeObject(c, k int) (string, claims.Span, bool) {
	cl := &d.clist[c]
	if cl.verb1 < 0 || !d.lx.g.route[d.toks[cl.verb1].low] || int(cl.verb1) < k && cl.subj0 >= 0 && k < int(cl.subj0) {
		return "", claims.Span{}, false
	}
	j := int(cl.verb1) + 1
	for j <= int(cl.last) && d.lx.g.det[d.toks[j].low] {
		j++
	}
	e := j
	for e <= int(cl.last) && d.toks[e].kind == tWord && d.toks[e].capital && !isWeekdayOrMonth(d.toks[e].low) {
		e++
	}
	if e == j {
		return "", claims.Span{}, false
	}
	sp := d.span(j, e-1)
	if p, n, _ := d.partyAt(j); p != "" && j+n == e {
		return p, sp, true
	}
	return d.text[sp.Start:sp.End], sp, true
}

// sameClause reports token i in the clause of token k, or in brackets set
// inside it.
func (d *document) sameClause(i, k int) bool {
	ci, ck := d.clauseAt(i), d.clauseAt(k)
	return ci == ck || d.clist[ci].kind == clParen && int(d.clist[ci].parent) == ck
}

// relativeAfter returns the relative clause that opens right after the
// noun phrase of the figure at k in clause c ("the 6,691 who crossed",
// "1,000 people who fled"), or -1.
func (d *document) relativeAfter(c, k int) int {
	for j := k + 1; j < len(d.toks) && j <= k+8; j++ {
		if cj := d.clauseOf[j]; int(cj) != c {
			if d.clist[cj].kind == clRelative && int(d.clist[cj].parent) == c && d.clist[cj].antecedent {
				return int(cj)
			}
			return -1
		}
		if t := &d.toks[j]; t.kind != tWord || d.cls(j)&cBreaker != 0 && !d.lx.g.det[t.low] && t.low != "and" && t.low != "of" {
			return -1 // "eight current and former leaders of Karabakh arrested …"
		}
	}
	return -1
}

// theCity returns the town "the city" stands for in clause c ("800,000
// people in the city"): the town counted in before, else the dateline's.
func (d *document) theCity(c, k int) (string, claims.Span, bool) {
	for _, a := range d.attachOf(c) {
		if a.np1 < a.np0+1 || d.toks[a.np0].low != "the" || d.toks[a.np0+1].low != "city" || int(a.prep) > k && d.figureBetween(k, int(a.prep)) {
			continue
		}
		switch d.toks[a.prep].low {
		case "in", "across", "throughout", "around":
		default:
			continue
		}
		for _, n := range [2]string{d.lastPlace, d.firstPlace} {
			if n != "" && !d.x.countries[n] {
				return n, d.span(int(a.np0), int(a.np1)), true
			}
		}
	}
	return "", claims.Span{}, false
}

// modifier reports a noun at j that modifies the noun after it ("the
// flood agency", "quake victims"), before token k.
func (d *document) modifier(j, k int) bool {
	n := d.toks[j+1]
	return j+1 < k && n.kind == tWord && !n.capital && d.cls(j+1)&(cBreaker|cAux) == 0 && !d.verbWord(j+1)
}

// widerPlace reports an attachment that names a region or a country, as
// an apposition after a town does: "in western France", "in Spain".
func (d *document) widerPlace(a attachment) bool {
	j := int(a.np0)
	for j < int(a.np1) && d.lx.g.det[d.toks[j].low] {
		j++
	}
	if d.lx.g.compass[d.toks[j].low] {
		return true
	}
	n, _ := d.placeName(a)
	return d.x.countries[n]
}

// prepOf returns the preposition of the attachment token i is in, or "".
func (d *document) prepOf(i int) string {
	for _, a := range d.attachOf(d.clauseAt(i)) {
		if int(a.np0) <= i && i <= int(a.np1) {
			return d.toks[a.prep].low
		}
	}
	return ""
}

// speakerCountry returns the country a count's speaker is placed in when
// the figure's own clause names no place: "…, officials in Chad said",
// "health officials in Haiti reported 25 deaths".
func (d *document) speakerCountry(si, k int) (string, claims.Span, bool) {
	for _, a := range d.attrs[si] {
		if a.np1 < a.np0 || d.toks[a.np0].quote != d.toks[k].quote {
			continue
		}
		for _, at := range d.attachOf(d.clauseAt(a.np0)) {
			if int(at.prep) < a.np0 || int(at.prep) > a.np1+1 || !d.locative(at) {
				continue
			}
			if p, n, dem := d.partyAt(int(at.np1)); p != "" && !dem && n == 1 && d.x.countries[p] && d.lx.capitals[d.toks[at.np1].low] == "" {
				return p, d.span(int(at.np1), int(at.np1)), true
			}
			if t, pr := d.toks[at.np1], d.toks[at.np1-1]; t.capital && t.kind == tWord && !d.lx.org[t.low] && !d.lx.title[t.low] &&
				(!pr.capital || strings.Contains(pr.low, "-")) && at.np1 > at.prep {
				// "the health office in rebel-held Darfur recorded": one name, the
				// place it counts in; not "the Institute for Research in
				// Public Health".
				return d.text[t.start:t.end], d.span(int(at.np1), int(at.np1)), true
			}
			if pr := d.toks[at.prep-1]; pr.kind == tWord && !pr.capital && d.gram(int(at.prep)-1)&gVerb == 0 {
				// "organisers in New York claimed 400,000": who counted
				// is named by what they are, the town of several words
				// after them is where they counted.
				if n, nsp := d.placeName(at); n != "" && !d.lx.g.site[strings.ToLower(n)] {
					return n, nsp, true
				}
			}
		}
	}
	return "", claims.Span{}, false
}

// nationalIn returns the story's country when the figure's clause says
// the count is the whole country's ("Nationwide, the organisers claimed
// 286,000"): after the figure, not past another one; before it, only when
// no figure comes first ("800,000 nationwide, half a million in the
// capital").
func (d *document) nationalIn(c, k int) (string, claims.Span, bool) {
	cl := &d.clist[c]
	for j := int(cl.first); j <= int(cl.last); j++ {
		if int(d.clauseOf[j]) != c || j > k && d.figureBetween(k, j) || j < k && d.figureBetween(int(cl.first)-1, k) {
			continue
		}
		if d.nationalAt(j, int(cl.first)) {
			if ps := d.topParties(); len(ps) > 0 {
				return ps[0], d.span(j, j), true
			}
		}
	}
	return "", claims.Span{}, false
}

// placesOfACountry returns the country of a count of places its
// nationality names: "almost 300 French cities", "40 Ukrainian villages".
func (d *document) placesOfACountry(k int) (string, claims.Span, bool) {
	for j := k + 1; j < len(d.toks) && j <= k+5; j++ {
		t := &d.toks[j]
		if t.kind != tWord || d.cls(j)&cBreaker != 0 && t.low != "and" {
			return "", claims.Span{}, false
		}
		if p, _, dem := d.partyAt(j); p != "" && dem && j+1 < len(d.toks) && d.lx.g.placeCount[d.toks[j+1].low] {
			return p, d.span(j, j+1), true
		}
	}
	return "", claims.Span{}, false
}

// leadPlace returns the first place the story's first paragraph names
// where something happens: a locative attachment's name that is no
// country's and not a speaker's.
func (d *document) leadPlace() (string, claims.Span, bool) {
	lead := 0
	if n := d.parasSents(0); n < len(d.sents) && d.paraOf[n] == 1 {
		if w := d.toks[d.sents[n-1].last].low; w != "." && w != "!" && w != "?" {
			lead = 1 // a first paragraph that ends with no stop is the headline (or its deck): the lead is the one after it
		}
	}
	for si := range d.sents {
		if d.paraOf[si] > 1 {
			break
		}
		if n, sp, ok := d.gatheringOwner(si); ok {
			return n, sp, true
		}
		if d.paraOf[si] > lead {
			continue
		}
		d.clauses(si)
		for k := d.sents[si].first; k <= d.sents[si].last; k++ {
			if d.toks[k].kind != tWord || d.gram(k)&gPrep == 0 || d.inSpeakerPhrase(si, k) {
				continue
			}
			for _, a := range d.attachOf(d.clauseAt(k)) {
				if int(a.prep) != k || !d.locative(a) {
					continue
				}
				if n, sp := d.placeName(a); n != "" && !d.x.countries[n] && !d.lx.g.site[strings.ToLower(n)] {
					return n, sp, true
				}
			}
		}
	}
	return "", claims.Span{}, false
}

// parasSents returns the number of sentences up to the end of paragraph p.
func (d *document) parasSents(p int) int {
	n := 0
	for n < len(d.sents) && int(d.paraOf[n]) <= p {
		n++
	}
	return n
}

// gatheringOwner returns a town named in the possessive before the
// gathering a crowd came to, in sentence si: "Ostrava's annual
// pro-worker march", "the capital's rally" is not named so. A country's
// possessive is no town's.
func (d *document) gatheringOwner(si int) (string, claims.Span, bool) {
	s := d.sents[si]
	for j := s.first; j <= s.last; j++ {
		t := &d.toks[j]
		if t.kind != tWord || !t.capital || noPossessive(t.low) == t.low || d.inSpeakerPhrase(si, j) {
			continue
		}
		g := j + 1
		for g <= s.last && g <= j+3 && d.toks[g].kind == tWord && !d.toks[g].capital && !gatheringNouns[d.toks[g].low] {
			g++ // "annual pro-democracy"
		}
		if g <= s.last && g == j+1 && d.toks[g].capital && d.toks[g].kind == tWord {
			for g+1 <= s.last && g < j+4 && d.toks[g+1].kind == tWord && d.toks[g+1].capital {
				g++ // "Lisbon's Commerce Square": the site the crowd filled
			}
			if !d.lx.g.site[d.toks[g].low] {
				continue
			}
		} else if g > s.last || !gatheringNouns[d.toks[g].low] {
			continue
		}
		a := j
		for a-1 >= s.first && d.toks[a-1].kind == tWord && d.toks[a-1].capital && noPossessive(d.toks[a-1].low) == d.toks[a-1].low &&
			!d.lx.g.det[d.toks[a-1].low] && !(a-1 == s.first && d.cls(a-1)&cBreaker != 0) && !isWeekdayOrMonth(d.toks[a-1].low) {
			a--
		}
		p, n, _ := d.partyAt(a)
		if p != "" && a+n-1 == j && d.x.countries[p] && d.lx.capitals[noPossessive(d.toks[j].low)] == "" {
			continue // "France's marches": the country's
		}
		if (p == "" || a+n-1 != j) && !d.placeElsewhere(a, j) {
			continue // "the senator's rally": a person's, unless the story puts the name "in" somewhere
		}
		name := noPossessive(d.text[d.toks[a].start:d.toks[j].end])
		return name, d.span(a, j), true
	}
	return "", claims.Span{}, false
}

// vehicleActor returns the vehicle that brought the people counted at k
// when the subject of the figure's clause is one named as a particular
// vehicle ("the coastguard cutter Aegis landed 40 migrants", "another Navy
// ship docked with 61 people on board"): one vehicle's load is that
// vehicle's part of the arrivals, not a count of the place it came to. A
// vehicle told only by its kind ("a boat brought 40") names no actor.
func (d *document) vehicleActor(k int) (string, claims.Span, bool) {
	cl := &d.clist[d.clauseAt(k)]
	if cl.subj0 < 0 || cl.verb1 < 0 || int(cl.verb1) > k || int(cl.subj1) >= k || !d.lx.g.convey[d.toks[cl.verb1].low] {
		return "", claims.Span{}, false
	}
	a, e := int(cl.subj0), int(cl.subj1)
	v := -1
	for j := e; j >= a && v < 0; j-- {
		switch t := &d.toks[j]; {
		case t.kind != tWord:
			return "", claims.Span{}, false
		case d.lx.g.vehicle[t.low] && !t.capital:
			v = j
		case !t.capital:
			return "", claims.Span{}, false // "a boat with engine trouble": no name after the noun
		}
	}
	if v < 0 {
		return "", claims.Span{}, false
	}
	for a < v && d.lx.g.det[d.toks[a].low] {
		a++
	}
	for j := a; j <= e; j++ {
		if d.toks[j].capital {
			return d.text[d.toks[a].start:d.toks[e].end], d.span(a, e), true
		}
	}
	return "", claims.Span{}, false
}

// placeSubject returns the name that opens the clause of the figure at k
// when a verb by which a place counts (lexicon placeVerb) follows it,
// before the figure: "Lampedusa saw 4,300 arrivals", "Loreto alone
// accounts for 1,900 of them" (read from the words: "accounts" may be a
// noun elsewhere). The name is capitalised words with no determiner,
// title or organisation word, no acronym ("The UNHCR recorded" is who
// counted) and no speaker; a party the clause names after the verb is the
// figure's instead.
func (d *document) placeSubject(k int) (string, claims.Span, bool) {
	cl := &d.clist[d.clauseAt(k)]
	a := int(cl.first)
	if cl.link >= cl.first {
		a = int(cl.link) + 1
	}
	e := a
	for e < k && d.toks[e].kind == tWord && d.toks[e].capital {
		t := &d.toks[e]
		if d.gram(e)&gDet != 0 || d.lx.title[t.low] || d.lx.org[t.low] || d.inSpeakerName(d.sentOf[k], e) ||
			t.end-t.start > 1 && strings.ToUpper(d.text[t.start:t.end]) == d.text[t.start:t.end] {
			return "", claims.Span{}, false
		}
		e++
	}
	v := e
	if v < k && d.lx.alone[d.toks[v].low] {
		v++
	}
	if e == a || v >= k || !d.lx.placeVerb[d.toks[v].low] {
		return "", claims.Span{}, false
	}
	for j := v + 1; j <= int(cl.last); j++ {
		if p, _, _ := d.partyAt(j); p != "" && d.clauseOf[j] == d.clauseOf[k] {
			return "", claims.Span{}, false // "Farming accounts for 21% of Kenya's economy": the party named, not the sector
		}
	}
	for j := v + 1; j+1 < k; j++ {
		// "Kerala recorded 78.2%, and Bihar the lowest, 49.1%": the verb
		// left out after "and" is the same, its subject another place.
		if d.gram(j)&gCoord == 0 || !d.toks[j+1].capital || d.toks[j+1].kind != tWord || d.gram(j+1)&gDet != 0 {
			continue
		}
		a, e = j+1, j+2
		for e < k && d.toks[e].kind == tWord && d.toks[e].capital {
			e++
		}
	}
	sp := d.span(a, e-1)
	if p, n, _ := d.partyAt(a); p != "" && a+n == e {
		return p, sp, true
	}
	return d.text[sp.Start:sp.End], sp, true
}

// bracketPlace returns the name a count in brackets right after it belongs
// to, in a list of places with their counts: "Seville (30,000 according to
// the police) and Cordoba (8,000 …)", "Toulon (south, 4,000 to 15,000)",
// "Soria (1,500)", "Town (75,000 according to the police, 260,000
// according to the organisers)". The bracket opens on a figure, or on one
// word in small letters and a comma ("south,"); the name is no speaker's,
// organisation's (an acronym no country's) or title's, not the agent of
// "by", and no word of grammar or of the calendar.
func (d *document) bracketPlace(k int) (string, claims.Span, bool) {
	si := d.sentOf[k]
	first := d.sents[si].first
	l := k - 1
	for l > first && d.toks[l].low != "(" && d.toks[l].low != ")" {
		l--
	}
	if l <= first || d.toks[l].low != "(" {
		return "", claims.Span{}, false
	}
	f := l + 1 // the bracket's first figure; the counts after it in the bracket are the same place's
	if t := d.toks[f]; t.kind == tWord && !t.capital && f+1 < k && d.toks[f+1].low == "," {
		f += 2 // "(south, 4,000 to 15,000)"
	}
	if t := d.toks[f]; t.kind != tFig || !d.figs[t.fig].claim {
		return "", claims.Span{}, false
	}
	for j := f + 1; j < len(d.toks)-1 && d.toks[j].low != ")" && (j <= k || !d.figureBetween(k, j)); j++ {
		if w := d.toks[j].low; (w == "in" || w == "at") && d.toks[j+1].capital {
			return "", claims.Span{}, false // "(80,000, 9,000 of them in Belleville)": a place of its own
		}
	}
	e := l - 1
	a := e
	for a-1 >= first && d.toks[a-1].kind == tWord && d.toks[a-1].capital && !d.lx.g.det[d.toks[a-1].low] {
		a--
	}
	for i := a; i <= e; i++ {
		t := &d.toks[i]
		if t.kind != tWord || !t.capital || d.cls(i)&(cOrg|cTitle|cDate|cPerson|cPronoun|cDeterminer|cPrep) != 0 || t.gram&^gKnown != 0 ||
			d.inSpeakerPhrase(si, i) {
			return "", claims.Span{}, false
		}
	}
	if d.originList(a, first) {
		return "", claims.Span{}, false // "came from Chad (310)": an origin
	}
	sp := d.span(a, e)
	if p, n, dem := d.partyAt(a); p != "" && a+n-1 == e && !dem && d.lx.capitals[strings.ToLower(d.text[sp.Start:sp.End])] == "" {
		return p, sp, true // a country, or an alias of one; a capital stays the city counted
	}
	if a == e && isUpperWord(d.text[sp.Start:sp.End]) {
		return "", claims.Span{}, false // "the CGT (70,000)": an organisation's count
	}
	if b := a - 1; b >= first && (d.toks[b].low == "by" || b-1 >= first && d.lx.g.det[d.toks[b].low] && d.toks[b-1].low == "by") {
		return "", claims.Span{}, false // "counted by the Prefecture (18,000)": who counted
	}
	return d.text[sp.Start:sp.End], sp, true
}

// originList reports a name at a that stands in a list of places opened
// by "from", each with its count in brackets: "came from Chad (310),
// Niger (120) and Mali (95)" are where people came from, not where they
// are counted.
func (d *document) originList(a, first int) bool {
	for j := a - 1; j >= first && j >= a-40; j-- {
		switch t := &d.toks[j]; {
		case t.low == "from":
			return true
		case t.kind == tFig, t.low == ",", t.low == "(", t.low == ")", t.low == "and", t.low == "or", t.kind == tWord && t.capital:
		default:
			return false
		}
	}
	return false
}

// landmarkPlace returns the town of a landmark named in the clause of the
// crowd counted at k ("marched on the National Mall", "filled Red
// Square"): a crowd at a landmark is the landmark's town's, whatever
// country a word of its name points to ("the U.S. Capitol").
func (d *document) landmarkPlace(k, cl0, cl1 int) (string, claims.Span, bool) {
	for i := cl0; i <= cl1; i++ {
		if t := &d.toks[i]; t.kind != tWord || !t.capital || t.quote != d.toks[k].quote || !d.sameClause(i, k) {
			continue
		}
		for n := min(4, cl1-i+1); n >= 1; n-- {
			if c := d.lx.landmarks[string(d.key(i, i+n))]; c != "" {
				return c, d.span(i, i+n-1), true
			}
		}
	}
	return "", claims.Span{}, false
}

// headlineWords reports capitalised words [j, e] that a title-cased line
// capitalises whatever they are, and that say what the story counts or
// tells of, no place's name: "… Freed in Prisoner Swap", "… Killed in
// Bus Crash".
func (d *document) headlineWords(j, e int) bool {
	common := false
	for i := j; i <= e; i++ {
		if m, _ := d.measureAt(i); m != "" || d.toks[i].gram&gEvent != 0 || exchangeNouns[d.toks[i].low] {
			common = true
			break
		}
	}
	return common && d.titleCased(d.sentOf[j])
}

// titleCased reports a sentence whose words of four letters or more are
// nearly all capitalised, as a headline's are: its capitals tell no names.
func (d *document) titleCased(si int) bool {
	s := d.sents[si]
	words, caps := 0, 0
	for i := s.first; i <= s.last; i++ {
		if t := &d.toks[i]; t.kind == tWord && len(t.low) >= 4 {
			words++
			if t.capital {
				caps++
			}
		}
	}
	return words >= 3 && caps*5 >= words*4
}

// siteTown returns the town a site the text names without one is in
// ("gathered at Liberty Square"): the town the story counted in before,
// else the dateline's.
func (d *document) siteTown() (string, bool) {
	for _, n := range [2]string{d.lastPlace, d.firstPlace} {
		if n != "" && !d.x.countries[n] && !strings.Contains(n, " ") {
			return n, true
		}
	}
	if n, _, ok := d.dashDateline(); ok {
		return n, true // "TOWN — … rallied in Central Park": the town the story is filed from
	}
	return "", false
}

// dashDateline returns the place of a dateline written in capitals and set
// off by a dash at the head of one of the story's first paragraphs
// ("OSLO — Crowds filled …", "SAN JOSE - The union said …"), where page
// furniture before it (a caption, a second headline) hid it from the
// header reader. The name is given as the text writes it elsewhere in
// small letters ("San Jose"), else with each word's first letter
// capitalised.
func (d *document) dashDateline() (string, claims.Span, bool) {
	if d.dashDone {
		return d.dashPlace, d.dashSpan, d.dashPlace != ""
	}
	d.dashDone = true
	for si := range d.sents {
		if d.paraOf[si] > 8 {
			break
		}
		if si > 0 && d.paraOf[si-1] == d.paraOf[si] {
			continue // the head of a paragraph only
		}
		i := d.sents[si].first
		e := i
		for e <= d.sents[si].last && e < i+3 && d.toks[e].kind == tWord && isUpperWord(d.text[d.toks[e].start:d.toks[e].end]) {
			e++
		}
		if e == i || e > d.sents[si].last || !isDashOrHyphen(d.toks[e].low) || len(d.toks[e-1].low) < 3 && e == i+1 {
			continue
		}
		if d.cls(i)&(cOrg|cTitle|cDate) != 0 || d.lx.months[d.toks[i].low] || e == i+1 && (rubrics[d.toks[i].low] || d.lx.wires[d.toks[i].low]) {
			continue // "BREAKING —", "AFP -": a label or a wire's credit, no town
		}
		name := d.writtenAs(i, e)
		d.dashPlace, d.dashSpan = name, d.span(i, e-1)
		return name, d.dashSpan, true
	}
	return "", claims.Span{}, false
}

// writtenAs returns the words [i, e) as the text writes them elsewhere not
// all in capitals, else with the first letter of each capitalised.
func (d *document) writtenAs(i, e int) string {
	n := e - i
	for j := 0; j+n <= len(d.toks); j++ {
		if d.toks[j].low != d.toks[i].low || !d.toks[j].capital || j == i {
			continue
		}
		same := true
		for m := 1; m < n && same; m++ {
			same = d.toks[j+m].low == d.toks[i+m].low
		}
		if w := d.text[d.toks[j].start:d.toks[j+n-1].end]; same && !isUpperWord(w) {
			return w
		}
	}
	words := make([]string, 0, n)
	for m := i; m < e; m++ {
		r := []rune(d.toks[m].low)
		r[0] = unicode.ToUpper(r[0])
		words = append(words, string(r))
	}
	return strings.Join(words, " ")
}

// recurringName reports a one-word name at token j that the story also
// writes with an indefinite article or as a counted plural ("a Mayday",
// "the last three Maydays"): a feast or an event held again and again, no
// place, though the story counts "in the Mayday". A name the vocabulary
// knows (a place, or a people's: "an Azerbaijani soldier") and an acronym
// are none.
func (d *document) recurringName(j int) bool {
	w := d.toks[j].low
	if !d.toks[j].capital || len(w) < 3 || d.lx.capitals[w] != "" || isUpperWord(d.text[d.toks[j].start:d.toks[j].end]) {
		return false // "the 76 PAOs": an acronym names a body, not a feast
	}
	if p, _, _ := d.partyAt(j); p != "" {
		return false // "an Azerbaijani soldier"
	}
	return slices.Contains(d.recurringNames(), w)
}

// recurringNames returns the one-word names the story writes after "a" or
// "an" at the end of a noun phrase ("a Diada", not "a Lyon court") or as a
// plural after a figure ("two Diadas"), in small letters: made on the first
// call from the capitalised words.
func (d *document) recurringNames() []string {
	if d.recurRead {
		return d.recurring
	}
	d.recurRead = true
	for _, j32 := range d.capitalsBefore(len(d.toks)) {
		i := int(j32)
		if i == 0 {
			continue
		}
		t := &d.toks[i]
		switch p := &d.toks[i-1]; {
		case p.low == "a" || p.low == "an":
			if n := i + 1; n < len(d.toks) && d.toks[n].kind == tWord && !d.toks[n].capital &&
				!d.lx.prep[d.toks[n].low] && d.gram(n)&(gDet|gBe|gHave|gModal|gSubord|gRelative|gCoord) == 0 {
				continue // "a Lyon court": a name before the noun it qualifies
			}
			d.recurring = append(d.recurring, t.low)
		case p.kind == tFig && len(t.low) > 3 && t.low[len(t.low)-1] == 's':
			d.recurring = append(d.recurring, t.low[:len(t.low)-1])
		}
	}
	return d.recurring
}

// leaderAdjective reports a word that names who leads or backs a force
// ("U.S.-led", "Saudi-backed", "Iran-allied"): an adjective of the side,
// no place.
func leaderAdjective(w string) bool {
	_, suf, ok := strings.Cut(w, "-")
	return ok && leaderSuffixes[suf]
}

// placeNamedBefore returns the nearest place its sentence names after
// "in" before token i, past a determiner and a compound of a hyphen
// ("in the rebel-held Idlib", "in the Assad-ruled north"): the place that
// a description after it ("the Syrian territory") stands for.
func (d *document) placeNamedBefore(i int) (string, claims.Span, bool) {
	first := d.sents[d.sentOf[i]].first
	for m := i - 1; m >= first; m-- {
		if w := d.toks[m].low; w != "in" && w != "inside" && w != "across" {
			continue
		}
		j := m + 1
		for j < i && (d.gram(j)&gDet != 0 || strings.Contains(d.toks[j].low, "-")) {
			j++
		}
		e := j
		for e < i && d.toks[e].kind == tWord && d.toks[e].capital && !isWeekdayOrMonth(d.toks[e].low) {
			e++
		}
		if e == j {
			continue
		}
		if p, n, dem := d.partyAt(j); p != "" && j+n == e {
			if dem {
				continue
			}
			return p, d.span(j, e-1), true
		}
		return d.text[d.toks[j].start:d.toks[e-1].end], d.span(j, e-1), true
	}
	return "", claims.Span{}, false
}
