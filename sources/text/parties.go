package text

import (
	"strings"

	"github.com/crosscheck/crosscheck/claims"
)

// nationalAt reports words at token j that make a count the whole
// country's: "nationwide", "countrywide", "nationally", "across the
// country", "the national turnout" (lowercase "national" before a word of
// counting, not "the National Guard").
func (d *document) nationalAt(j, cl0 int) bool {
	switch w := d.toks[j].low; w {
	case "nationwide", "countrywide", "nationally":
		return true
	case "country":
		return j > cl0 && d.toks[j-1].low == "the" && j-2 >= cl0 && (d.toks[j-2].low == "across" || d.toks[j-2].low == "throughout")
	case "general":
		// "a general strike" stops the whole country.
		return !d.toks[j].capital && j+1 < len(d.toks) && (d.toks[j+1].low == "strike" || d.toks[j+1].low == "strikes")
	case "national":
		if d.toks[j].capital || j+1 >= len(d.toks) {
			return false
		}
		switch d.toks[j+1].low {
		case "turnout", "total", "figure", "count", "tally", "toll", "level", "average":
			return true
		}
	}
	return false
}

// capitalCity names the city "the capital" stands for: the dateline's
// place when it is a capital, else the capital of the story's first
// country when the word lists know exactly one; "" when the text does not
// tell.
func (d *document) capitalCity() string {
	if pl := d.m.dateline; pl != "" && !strings.ContainsAny(pl, "/,") {
		if d.x.lx.capitals[strings.ToLower(pl)] != "" {
			if isUpperWord(pl) {
				return titleWords(pl)
			}
			return pl
		}
	}
	ps := d.topParties()
	if len(ps) == 0 {
		return ""
	}
	name := ""
	for c, country := range d.x.lx.capitals {
		if country == ps[0] {
			if name != "" {
				return "" // "Tel Aviv" or "Jerusalem": not told
			}
			name = c
		}
	}
	return titleWords(name)
}

// titleWords capitalises each word of s: "BUENOS AIRES", "buenos aires"
// → "Buenos Aires".
func titleWords(s string) string {
	b := []byte(strings.ToLower(s))
	for i := range b {
		if (i == 0 || b[i-1] == ' ' || b[i-1] == '-') && b[i] >= 'a' && b[i] <= 'z' {
			b[i] -= 'a' - 'A'
		}
	}
	return string(b)
}

// placeFor names what a count that is no transfer is about: the place
// named after "in", "across" or "throughout" in the figure's clause, else
// before the figure in its sentence ("In Paris, police counted …"), else
// a party named in the sentence.
func (d *document) placeFor(k int, s sentence, measure string, b *builder) string {
	cl0, cl1 := d.clause(s, k)
	si := d.sentOf[k]
	f := d.figs[d.toks[k].fig]
	if f.q.Unit == claims.Percent || measure == "seats" || measure == "votes" {
		// A share of the vote or of the seats belongs to the party that
		// won it: "the Homeland Union had 27.4%", "the Social Democrats
		// 24.9%", "34 for the Greens".
		if p, ok := d.holderBefore(k, s, cl0); ok {
			b.why("subject", p)
			d.holderHit = true
			d.lastHolder, d.lastHolderPara = d.text[p.Start:p.End], d.paraOf[si]
			return d.text[p.Start:p.End]
		}
		if p, ok := d.holderAfter(k, cl1); ok {
			b.why("subject", p)
			d.holderHit = true
			d.lastHolder, d.lastHolderPara = d.text[p.Start:p.End], d.paraOf[si]
			return d.text[p.Start:p.End]
		}
		if h, sp, ok := d.winner(k, s); ok {
			b.why("subject", sp)
			d.holderHit = true
			d.lastHolder, d.lastHolderPara = h, d.paraOf[si]
			return h
		}
		if h, sp, ok := d.clauseHolder(k); ok {
			b.why("subject", sp)
			b.whyText("subject", "the subject of the figure's clause")
			d.holderHit = true
			d.lastHolder, d.lastHolderPara = h, d.paraOf[si]
			return h
		}
	}
	// Places after the figure, up to the next figure: "1.28 million
	// nationwide, 93,000 of them in Paris" puts only the 93,000 in Paris.
	end := s.last
	for j := k + 1; j <= s.last; j++ {
		if d.toks[j].kind == tFig && d.figs[d.toks[j].fig].claim {
			end = j
			break
		}
	}
	// "the national turnout at 3.5 million", "800,000 nationwide": the
	// story's country, even when the sentence opens on a city.
	start := cl0
	for j := k - 1; j > cl0; j-- {
		if d.toks[j].kind == tFig && d.figs[d.toks[j].fig].claim {
			start = j + 1 // "put the national turnout at 3.5 million and said 500,000 had marched in the capital"
			break
		}
	}
	for j := start; j <= min(cl1, end); j++ {
		if d.nationalAt(j, cl0) {
			if ps := d.topParties(); len(ps) > 0 {
				b.why("subject", d.span(j, j))
				return ps[0]
			}
		}
	}
	if name, sp, ok := d.placeBeforeMeasure(k, cl0); ok {
		b.why("subject", sp)
		return name
	}
	if name, sp, role, ok := d.clausePlace(k); ok {
		b.why("subject", sp)
		b.whyText("subject", role.String())
		return name
	}
	for ri, r := range [][2]int{{cl0, min(cl1, end)}, {s.first, k - 1}, {cl1, end}} {
		if ri == 1 {
			// "the war has killed …", "the quake killed …": the event,
			// when the figure's own clause names no place.
			for j := k - 1; j >= cl0; j-- {
				if w := d.toks[j].low; isEventNoun(w) && !d.toks[j].capital && !d.modifier(j, k) {
					b.why("subject", d.span(j, j))
					return w
				}
			}
		}
		best, bestDist, bestName := claims.Span{}, 1<<30, ""
		for i := r[0]; i < r[1]; i++ {
			if d.toks[i].quote != d.toks[k].quote {
				continue // '"… 1,000 people martyred," Ebad told reporters in Kabul': where it was said
			}
			if ri != 1 && !d.sameClause(i, k) {
				continue // ", with the most reported in El Paso": another clause's place
			}
			w := d.toks[i].low
			if (w == "in" || w == "at" || w == "across" || w == "through") && i+2 <= s.last && d.toks[i+1].low == "the" &&
				strings.TrimSuffix(strings.TrimSuffix(d.toks[i+2].low, "'s"), "’s") == "capital" {
				// "in the capital": the story's capital city, when the text
				// tells which.
				if c := d.capitalCity(); c != "" && abs(i-k) < bestDist {
					best, bestDist, bestName = d.span(i+1, i+2), abs(i-k), c
				}
				continue
			}
			if w == "by" && i+1 <= s.last && isEventNoun(d.toks[i+1].low) && d.toks[i+1].capital {
				// "killed by Typhoon Dalisay": the event.
				e := i + 2
				for e <= s.last && d.toks[e].kind == tWord && d.toks[e].capital {
					e++
				}
				best, bestDist = d.span(i+1, e-1), 0
				break
			}
			if d.inSpeakerPhrase(si, i) {
				party := false
				for j := i + 1; j <= s.last && j <= i+3; j++ {
					if p, _, _ := d.partyAt(j); p != "" {
						party = true
					}
				}
				if !party {
					continue // "the Institute for Research in Public Health": a name, not a place
				}
			}
			if w == "of" && i > s.first && isPlaceNoun(d.toks[i-1].low) && i+1 <= s.last && d.toks[i+1].capital {
				// "for the city of Bukavu", "from the streets of Bukavu"
				e := i + 1
				for e <= s.last && d.toks[e].kind == tWord && d.toks[e].capital {
					e++
				}
				if dist := abs(i - k); dist < bestDist {
					best, bestDist, bestName = d.span(i+1, e-1), dist, ""
				}
				continue
			}
			if w != "in" && w != "across" && w != "throughout" && w != "on" && w != "at" && w != "outside" && w != "near" && w != "around" &&
				w != "through" && w != "into" && w != "over" && w != "off" {
				continue
			}
			if i+1 <= s.last && isPlatform(d.toks[i+1].low) {
				continue // "wrote on X", "said on Telegram"
			}
			j := i + 1
			if j <= s.last && d.toks[j].low == "the" {
				j++
			}
			for n := 0; n < 2 && j <= s.last && d.toks[j].kind == tWord && !d.toks[j].capital && !d.lx.breaker[d.toks[j].low]; n++ {
				j++ // "in neighbouring Syria", "in southern Turkey"
			}
			if j+1 <= s.last && j > i+1 && d.toks[j].low == "of" && d.toks[j+1].capital {
				j++ // "in the city of El Fasher"
			}
			e := j
			for e <= s.last && d.toks[e].kind == tWord && d.toks[e].capital && !isWeekdayOrMonth(strings.TrimSuffix(d.toks[e].low, "'s")) {
				e++
			}
			if e == j {
				continue
			}
			dist := i - k
			if dist < 0 {
				dist = -dist
			}
			if dist < bestDist {
				best, bestDist, bestName = d.span(j, e-1), dist, ""
			}
		}
		if bestDist == 1<<30 {
			continue
		}
		b.why("subject", best)
		if bestName != "" {
			return bestName
		}
		i := d.tokenAt(best.Start)
		if p, n, _ := d.partyAt(i); p != "" && d.toks[i+n-1].end == best.End && d.x.lx.capitals[strings.ToLower(d.text[best.Start:best.End])] == "" {
			return p // a country, or an alias of one; a capital stays the city counted
		}
		name := d.text[best.Start:best.End]
		return strings.TrimSuffix(strings.TrimSuffix(name, "'s"), "’s")
	}
	if name, sp, ok := d.namedEvent(k); ok {
		b.why("subject", sp)
		return name
	}
	if name, sp, ok := d.speakerCountry(si, k); ok {
		b.why("subject", sp)
		b.whyText("subject", "the country of who counted")
		return name
	}
	// A party in the figure's own clause, or in the relative clause that
	// tells of its people ("51 drones launched by Russia"); not in a
	// clause that tells of another noun ("the protest organized … in
	// Washington").
	rel := d.relativeAfter(d.clauseAt(k), k)
	for i := cl0; i <= cl1; i++ {
		if d.inSpeakerName(si, i) || i > s.first && d.toks[i-1].low == "from" || d.prepOf(i) == "from" || !d.sameClause(i, k) && d.clauseAt(i) != rel {
			continue // "came from Latvia", "from the Democratic Republic of Congo": an origin, not what is counted
		}
		if p, n, dem := d.partyAt(i); p != "" && !dem {
			b.why("subject", d.span(i, i+n-1))
			if d.lx.measureClass[measure]&mcCrowd != 0 && d.lx.capitals[d.toks[i].low] != "" && n == 1 {
				return d.text[d.toks[i].start:d.toks[i].end] // a crowd in the capital is the city's
			}
			return p
		}
	}
	if measure == "seats" || measure == "votes" {
		return "" // a share of the vote with no holder named is nobody's
	}
	if f.q.Unit == claims.Percent {
		// A rate with no place named (a turnout, a share of strikers) is
		// that of the place the paragraph counts in, else the story's
		// country's.
		if d.lastPlace != "" && d.lastPlacePara == d.paraOf[si] {
			b.whyText("subject", "the place of the figure before")
			return d.lastPlace
		}
		if d.firstPlace != "" && !d.longPeriod(s, k) {
			b.whyText("subject", "the place of the story's first count")
			return d.firstPlace
		}
		return d.storyPlace(b)
	}
	// "Gaza's health ministry says 47,000 have been killed": the speaker's place.
	for _, a := range d.attrs[si] {
		if t := d.toks[a.np0]; t.capital && strings.HasSuffix(t.low, "'s") && a.np0 < a.np1 {
			b.why("subject", d.span(a.np0, a.np0))
			name := d.text[t.start:t.end]
			return strings.TrimSuffix(strings.TrimSuffix(name, "'s"), "’s")
		}
	}
	// "Lopez carried 12 of the 40 districts": the one who won them.
	if j := k - 1; j > cl0 {
		switch d.toks[j].low {
		case "won", "carried", "took", "beat", "secured", "garnered", "polled", "captured", "swept":
			if p, ok := d.holderBefore(k, s, cl0); ok {
				b.why("subject", p)
				d.holderHit = true
				d.lastHolder, d.lastHolderPara = d.text[p.Start:p.End], d.paraOf[si]
				return d.text[p.Start:p.End]
			}
		}
	}
	// "the broadcaster put the Porto crowd at 60,000": the place named
	// in the words counted.
	for j := cl0 + 1; j < k; j++ {
		if t := d.toks[j]; t.kind == tWord && t.capital && d.toks[j-1].low == "the" && j+1 < k {
			if m, _ := d.measureAt(j + 1); m != "" && d.x.parties[t.low] == "" && !d.inSpeakerPhrase(si, j) {
				b.why("subject", d.span(j, j))
				return d.text[t.start:t.end]
			}
		}
	}
	// "nationwide", "across the country": the story's country.
	for j := cl0; j <= cl1; j++ {
		if d.nationalAt(j, cl0) {
			if ps := d.topParties(); len(ps) > 0 {
				b.why("subject", d.span(j, j))
				return ps[0]
			}
		}
	}
	// The place of the count before it in the paragraph, else of the
	// story's first count.
	if d.lastPlace != "" && d.lastPlacePara == d.paraOf[si] {
		b.whyText("subject", "the place of the figure before")
		return d.lastPlace
	}
	if d.firstPlace != "" && !d.longPeriod(s, k) {
		// Not for a count over a month or a year: in a story of a
		// shipwreck off one port, "this year's" deaths at sea are not the
		// port's.
		b.whyText("subject", "the place of the story's first count")
		return d.firstPlace
	}
	if d.firstPlace == "" && d.m.dateline == "" && d.lx.measureClass[measure]&mcCrowd != 0 && !d.longPeriod(s, k) {
		// A crowd of a story that has counted nowhere yet: the town its
		// lead says people gathered in ("thousands gathered in downtown
		// Chicago").
		if name, sp, ok := d.leadPlace(); ok {
			b.why("subject", sp)
			b.whyText("subject", "the place the story's lead names")
			return name
		}
	}
	// The dateline's one place: "LYON, March 23 (AFP)".
	if pl := d.m.dateline; pl != "" && !strings.ContainsAny(pl, "/,") {
		if c := d.lx.capitals[strings.ToLower(pl)]; c != "" && d.lx.measureClass[measure]&mcCrowd == 0 {
			// "KABUL, Oct 11": a capital the story is filed from stands for
			// its country, unless a crowd gathered there.
			b.whyText("subject", "the dateline's capital: its country")
			b.defaulted("subject")
			d.placeDefault = true
			return c
		}
		b.whyText("subject", "the dateline")
		if isUpperWord(pl) {
			return strings.ToUpper(pl[:1]) + strings.ToLower(pl[1:])
		}
		return pl
	}
	if d.lx.measureClass[measure]&mcCrowd != 0 {
		// A crowd gathers in a town: one with no place named is not the
		// whole country's, or it would meet the national count as if it
		// were one.
		return ""
	}
	return d.storyPlace(b)
}

// storyPlace returns the country the story is about, for a count whose
// sentence names no place: the most mentioned party that is a country,
// else "". It is a default, and the claim's reasons say so.
func (d *document) storyPlace(b *builder) string {
	if p := d.storyCountry(); p != "" {
		d.placeDefault = true
		b.defaulted("subject")
		b.whyText("subject", "the story's country (no place named)")
		return p
	}
	return ""
}

// storyCountry returns the country the story is set in: the one named
// most often where things happen ("in Uganda", "across France"), when one
// is named so at least twice; else the most mentioned country. Refugees
// "from South Sudan" counted "in Uganda" are Uganda's count.
func (d *document) storyCountry() string {
	if d.storyDone {
		return d.storyCtry
	}
	d.storyDone = true
	var best string
	var bestN int
	var n map[string]int
	for i := 1; i < len(d.toks); i++ {
		switch d.toks[i-1].low {
		case "in", "across", "throughout", "inside":
		default:
			continue
		}
		if !d.toks[i].capital {
			continue
		}
		if p, _, dem := d.partyAt(i); p != "" && !dem && d.x.countries[p] {
			if n == nil {
				n = map[string]int{}
			}
			n[p]++
			if n[p] > bestN || n[p] == bestN && d.partyLess(p, best) {
				best, bestN = p, n[p]
			}
		}
	}
	if bestN >= 2 {
		d.storyCtry = best
		return best
	}
	for _, p := range d.topParties() {
		if d.x.countries[p] {
			d.storyCtry = p
			return p
		}
	}
	return ""
}

// holderBefore returns the capitalised name just before a share in its
// clause, skipping the verb of winning: "Homeland Union had 27.4%".
func (d *document) holderBefore(k int, s sentence, cl0 int) (claims.Span, bool) {
	j := k - 1
	for j >= cl0 && d.toks[j].kind == tWord && !d.toks[j].capital && j >= k-4 {
		switch d.toks[j].low {
		case "had", "has", "won", "took", "got", "received", "secured", "garnered", "polled", "with", "on", "at", "winner",
			"win", "would", "will", "could", "to", "take", "get", "between", "carried", "beat", "swept",
			"scored", "obtained", "captured", "claimed", "gained", "was", "is", "stood", "reached", "about", "nearly",
			"some", "around", "over", "almost", "just":
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
		return claims.Span{}, false
	}
	if j >= cl0 && d.toks[j].kind == tWord && !d.toks[j].capital && isPartyNoun(d.toks[j].low) { // the loop stopped here
		// "the governing party", "the ruling coalition"
		e := j
		for j-1 >= cl0 && d.toks[j-1].kind == tWord && !d.lx.breaker[d.toks[j-1].low] {
			j--
		}
		return d.span(j, e), true
	}
	if j < cl0 || d.toks[j].kind != tWord || !d.toks[j].capital {
		return claims.Span{}, false
	}
	e := j
	for j-1 >= cl0 && d.toks[j-1].kind == tWord && (d.toks[j-1].capital || d.toks[j-1].low == "of" || d.toks[j-1].low == "for") {
		j--
	}
	for j < e && (!d.toks[j].capital || d.toks[j].low == "the") {
		j++
	}
	if isWeekdayOrMonth(d.toks[e].low) || d.lx.pronoun[d.toks[e].low] || j == e && d.x.measures[d.toks[e].low] != "" {
		return claims.Span{}, false // "Turnout stood at 40%"
	}
	if r, a := d.roleOf(e); r == rolePrep && d.toks[d.attaches[a].prep].low == "according" {
		return claims.Span{}, false // "which according to Judge Arlen stood at 38%": who said it
	}
	for i := e - 1; i >= j; i-- {
		if w := d.toks[i].low; strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
			j = i + 1 // "Ana Lind's Farmers Party had 28%": the party
			break
		}
	}
	// "Ivo Petrov from the Homeland Front polled 12.5%": the one the
	// phrase tells of, not the party it names.
	i := j - 1
	for i > cl0 && d.toks[i].kind == tWord && !d.toks[i].capital && !d.lx.breaker[d.toks[i].low] || i > cl0 && d.toks[i].low == "the" {
		i--
	}
	if i > cl0 && d.toks[i].low == "from" && d.toks[i-1].kind == tWord && d.toks[i-1].capital {
		e2, j2 := i-1, i-1
		for j2-1 >= cl0 && d.toks[j2-1].kind == tWord && d.toks[j2-1].capital && !d.lx.title[d.toks[j2-1].low] {
			j2--
		}
		return d.span(j2, e2), true
	}
	return d.span(j, e), true
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
		t := d.toks[r0-1]
		if t.quote != d.toks[k].quote || t.kind == tPunct && t.low != "(" && t.low != ")" && d.boundary(r0-1) {
			break
		}
		r0--
	}
	r0 = d.overApposition(r0, s)
	if r0+1 < k && (d.toks[r0].low == "down" || d.toks[r0].low == "up") && d.toks[r0+1].low == "from" ||
		r0 < k && d.toks[r0].low == "from" {
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
		if j0 < k && d.toks[j0].low == "," {
			// "Hassani, leader of the MSP, managed to garner": past the
			// apposition to the verb.
			for j0++; j0 < k && d.toks[j0].low != ","; j0++ {
			}
			j0++
		}
		if j0 < k && (d.toks[j0].low == "from" || d.toks[j0].low == "of") {
			// "Youssef Aouchiche from the Front of Socialist Forces (FFS)
			// received 6.14%": a phrase that tells which one the subject is.
			for j0 < k && j0 <= e1+12 && !isWinVerb(d.toks[j0].low) && !d.boundary(j0) || j0 < k && (d.toks[j0].low == "(" || d.toks[j0].low == ")") {
				j0++
			}
		}
		for j := j0; j < k && j <= j0+5; j++ {
			t := d.toks[j]
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
	if !pron {
		for j := e - 1; j >= a; j-- {
			if w := d.toks[j].low; strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
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

// overApposition moves a clause start r0 that follows a comma back over
// an apposition set off by commas or brackets ("Hassani, leader of the
// MSP, managed to garner 9.56%"), to the start of the clause the
// apposition's noun stands in. An apposition opens on a lower-case word
// or a title and holds no verb of its own; the name before it ends in a
// capital.
func (d *document) overApposition(r0 int, s sentence) int {
	for n := 0; n < 2; n++ {
		if r0-1 <= s.first || d.toks[r0-1].low != "," {
			return r0
		}
		p := r0 - 2
		for p > s.first && d.toks[p].low != "," && r0-2-p < 24 {
			if t := d.toks[p]; t.kind == tPunct && t.low != "(" && t.low != ")" && t.low != "\"" && !t.openQ && !t.closeQ {
				return r0
			}
			p--
		}
		if p <= s.first || d.toks[p].low != "," || !d.toks[p-1].capital {
			return r0
		}
		first := d.toks[p+1]
		if first.kind != tWord || first.capital && !d.lx.title[first.low] || isConjunction(first.low) || d.lx.relative[first.low] {
			return r0
		}
		for j := p + 1; j <= r0-2; j++ {
			if w := d.toks[j].low; d.lx.aux[w] && w != "also" && w != "now" && w != "former" || d.lx.speech[w] {
				return r0 // "…, who has led since 2019, …" says something of its own
			}
		}
		r0 = p
		for r0 > s.first {
			t := d.toks[r0-1]
			if t.quote != d.toks[p].quote || t.kind == tPunct && t.low != "(" && t.low != ")" && d.boundary(r0-1) {
				break
			}
			r0--
		}
	}
	return r0
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
	for n := 0; n < 3 && i < k && d.toks[i].kind == tWord && !d.toks[i].capital && !isPartyNoun(d.toks[i].low) && !d.lx.breaker[d.toks[i].low]; n++ {
		i++ // "the centrist", "the ruling"
	}
	e = -1
	for i < k {
		t := d.toks[i]
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
		for e = i; e <= cl1 && e <= i+3 && d.toks[e].kind == tWord && !d.lx.breaker[d.toks[e].low]; e++ {
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

// isPlaceName reports a party, a country or a capital at token i: a count
// in brackets after it is that place's ("Sete (4500)"), not an age.
func (d *document) isPlaceName(i int) bool {
	p, _, _ := d.partyAt(i)
	return p != "" || d.lx.capitals[d.toks[i].low] != ""
}

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
			if name, sp, ok := d.eventOf(c); ok {
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
		if d.inSpeakerName(si, int(a.prep)) {
			if p, _, _ := d.partyAt(int(a.np0)); p == "" {
				continue // "the Institute for Research in Public Health": a name, not a place
			} // "officials in Haiti reported 25 deaths": the speaker's country
		}
		if int(a.prep) > k && (d.figureBetween(k, int(a.prep)) || d.nextItem(k, a)) {
			continue // "12,000 in Lyon and 40,000 in Paris": the other figure's place
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
	for j := a.np0; j <= a.np1; j++ {
		t := d.toks[j]
		if t.kind == tWord && t.capital && !isWeekdayOrMonth(strings.TrimSuffix(t.low, "'s")) && !d.lx.months[t.low] {
			return true
		}
	}
	// "at the southwest border", "off the coast": a place named by its
	// kind.
	return d.toks[a.np1].kind == tWord && d.lx.g.placeHead[d.toks[a.np1].low] && d.toks[a.np1-1].kind == tWord && !d.lx.g.det[d.toks[a.np1-1].low]
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
	for j := int(a.np1) + 1; j < len(d.toks) && j <= int(a.np1)+3; j++ {
		t := d.toks[j]
		if t.kind == tFig && d.figs[t.fig].claim {
			return true
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
	for e+1 <= int(a.np1) && d.toks[e+1].kind == tWord {
		if d.toks[e+1].capital {
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
	if isWeekdayOrMonth(d.toks[j].low) {
		return "", claims.Span{}
	}
	sp := d.span(j, e)
	if e+1 <= int(a.np1) && strings.HasSuffix(d.toks[e].low, "'s") && (d.toks[e+1].low == "country" || d.toks[e+1].low == "nation") {
		if c := d.storyCountry(); c != "" {
			return c, d.span(j, e+1) // "in North Africa's country": the country the story is about
		}
	}
	if p, n, _ := d.partyAt(j); p != "" && j+n-1 == e && d.lx.capitals[strings.ToLower(d.text[sp.Start:sp.End])] == "" {
		return p, sp
	}
	name := strings.TrimSuffix(strings.TrimSuffix(d.text[sp.Start:sp.End], "'s"), "’s")
	if d.lx.g.site[d.toks[j].low] || d.lx.g.site[d.toks[e].low] {
		// "gathered at Liberty Square", "near Place de la Nation": a site
		// in a town is the town's count, when the text has named the town.
		for _, p := range d.attachOf(d.clauseAt(int(a.prep))) {
			if p != a && d.locative(p) {
				if n, psp := d.placeName(p); n != "" && !d.lx.g.site[d.toks[d.tokenAt(psp.End-1)].low] && !d.x.countries[n] {
					return n, psp
				}
			}
		}
		for _, n := range [2]string{d.lastPlace, d.firstPlace} {
			if n != "" && !d.x.countries[n] && !strings.Contains(n, " ") {
				return n, sp
			}
		}
	}
	return name, sp
}

// eventOf returns the event clause c names: "during the Hajj", "in the
// earthquake", "killed by Typhoon Dalisay", "the death toll from the
// floods".
func (d *document) eventOf(c int) (string, claims.Span, bool) {
	for _, a := range d.attachOf(c) {
		if a.np1 < a.np0 {
			continue
		}
		switch d.toks[a.prep].low {
		case "during", "in", "from", "by", "after", "since":
		default:
			continue
		}
		for j := int(a.np0); j <= int(a.np1); j++ {
			t := d.toks[j]
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
				return d.text[t.start:d.toks[e].end], d.span(j, e), true
			}
			if d.toks[a.prep].low == "during" && t.capital && !isWeekdayOrMonth(t.low) && !d.lx.months[t.low] {
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
		if t := d.toks[m]; t.kind == tFig && d.figs[t.fig].claim {
			return true
		}
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
		t := d.toks[j]
		if t.kind != tWord || !d.lx.g.event[t.low] || t.quote != d.toks[k].quote {
			continue
		}
		if d.modifier(j, k) {
			continue // "the flood agency": a modifier, not the event
		}
		a, e := j, j
		for a-1 >= s.first && d.toks[a-1].kind == tWord && d.toks[a-1].capital && !d.toks[a-1].brk && !(a-1 == s.first && d.lx.g.det[d.toks[a-1].low]) &&
			!isWeekdayOrMonth(strings.TrimSuffix(d.toks[a-1].low, "'s")) && !d.lx.months[d.toks[a-1].low] {
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
		if p, _, _ := d.partyAt(a); p != "" && a == j-1 && d.toks[a].capital && !t.capital {
			return p, d.span(a, a), true // "the Morocco earthquake": the country
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
		t := d.toks[j]
		if t.kind != tWord || !t.capital || j+1 >= k {
			continue
		}
		if m, _ := d.measureAt(j + 1); m == "" {
			continue
		}
		if p, n, dem := d.partyAt(j); p != "" && n == 1 && !dem && d.x.countries[p] {
			return p, d.span(j, j), true
		}
		if d.lx.capitals[t.low] != "" {
			return d.text[t.start:t.end], d.span(j, j), true
		}
	}
	return "", claims.Span{}, false
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
	if cl.kind == clParticiple && cl.parent >= 0 {
		cl = &d.clist[cl.parent] // ", securing 54%": the host's subject
	}
	if cl.verb1 < 0 || cl.subj0 < 0 || int(cl.verb1) > k {
		return "", claims.Span{}, false
	}
	v := d.toks[cl.verb1].low
	switch v {
	case "led", "leads", "beat", "beats", "defeated", "defeats", "edged", "trounced", "outpolled", "lead":
		return "", claims.Span{}, false // a race of two: winner reads it
	}
	if !isWinVerb(v) && !d.lx.g.be[v] {
		return "", claims.Span{}, false
	}
	if sw := d.toks[cl.subj1].low; cl.subj0 == cl.subj1 && (sw == "he" || sw == "she") {
		if d.lastHolder != "" && d.lastHolderPara == d.paraOf[d.sentOf[k]] {
			return d.lastHolder, d.span(int(cl.subj0), int(cl.subj1)), true
		}
		return "", claims.Span{}, false
	}
	a0, e0, ok := d.nameIn(int(cl.subj0), int(cl.subj1))
	if !ok {
		return "", claims.Span{}, false
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
	if m, _ := d.measureAt(a); m != "" || d.lx.title[d.toks[a].low] || d.lx.org[d.toks[e].low] || isWeekdayOrMonth(d.toks[e].low) {
		return 0, 0, false
	}
	if p, n, _ := d.partyAt(a); p != "" && a+n-1 == e && d.x.countries[p] {
		return 0, 0, false // "Belarus": a place, not who won
	}
	return a, e, true
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
		if t := d.toks[j]; t.kind != tWord || d.cls(j)&cBreaker != 0 && !d.lx.g.det[t.low] && t.low != "and" && t.low != "of" {
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
		t := d.toks[j]
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
	for si := range d.sents {
		if d.paraOf[si] > 0 {
			break
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
