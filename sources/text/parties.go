// The party stage, part 1: what a count that is no transfer is about
// (placeFor and its fallbacks: the paragraph's, the story's, the
// dateline's place). Transfers are read in direction.go, places from the
// clause layer in places.go, share holders in shares.go.

package text

import (
	"strings"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/claims"
)

// nationalAt reports words at token j that make a count the whole
// country's: "nationwide", "countrywide", "nationally", "across (or around) the
// country", "the national turnout" (lowercase "national" before a word of
// counting, not "the National Guard").
func (d *document) nationalAt(j, cl0 int) bool {
	switch w := d.toks[j].low; w {
	case "nationwide", "countrywide", "nationally":
		return true
	case "country":
		return j > cl0 && d.toks[j-1].low == "the" && j-2 >= cl0 && (d.toks[j-2].low == "across" || d.toks[j-2].low == "throughout" || d.toks[j-2].low == "around")
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

// openingWord reports a name that is one word of a closed class or a
// quantifier, capitalised only because it opens its sentence: "With 80%
// of the ballots counted", "Remaining 40 seats", "There was a rise". No
// party holds a share under such a name.
func (d *document) openingWord(sp claims.Span) bool {
	i := d.tokenAt(sp.Start)
	if i < 0 || d.toks[i].end != sp.End || d.sents[d.sentOf[i]].first != i {
		return false
	}
	w := d.toks[i].low
	return d.cls(i)&(cPrep|cPronoun) != 0 || isNumberModifier(w) || isDeterminer(w) || isConjunction(w) || w == "there"
}

// pointingWord reports a name that is one word pointing back or at
// the whole ("This is 18% less", "That was 5% more"): no holder.
func (d *document) pointingWord(sp claims.Span) bool {
	i := d.tokenAt(sp.Start)
	return i >= 0 && d.toks[i].end == sp.End && d.gram(i)&(gDet|gSubjPron) != 0
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
	if f.q.Unit == claims.Percent && !strings.HasSuffix(measure, "rate") || measure == "seats" || measure == "votes" ||
		measure == "seats (share)" || measure == "votes (share)" {
		// A share of the vote or of the seats belongs to the party that
		// won it: "the Homeland Union had 27.4%", "the Social Democrats
		// 24.9%", "34 for the Greens", "the Greens won a two-thirds
		// majority". A rate ("an abstention rate above 58 percent") is
		// the whole vote's.
		hold := func(h string, sp claims.Span, why string) string {
			b.why("subject", sp)
			if why != "" {
				b.whyText("subject", why)
			}
			d.holderHit = true
			h = noPossessive(h) // "Lind's was 7 percent"
			d.lastHolder, d.lastHolderPara, d.lastHolderFig = h, d.paraOf[si], k
			return h
		}
		if j := d.restatedFigure(k, s); j >= 0 && d.lastHolderFig == j && d.lastHolder != "" {
			// "397,000 votes, or 62%": the same result, the same holder.
			b.whyText("subject", "the holder of the figure it restates")
			return hold(d.lastHolder, d.span(j, j), "")
		}
		if d.countedShare(k, s) {
			// "with 90% of the ballots tallied": how far the count has got,
			// the whole election's, no party's share: the place counted
			// in, else the story's country.
			if name, sp, _, ok := d.clausePlace(k); ok {
				b.why("subject", sp)
				return name
			}
			if c := d.storyCountry(); c != "" {
				b.whyText("subject", "the share of the count: the story's country")
				b.defaulted("subject")
				d.placeDefault = true
				return c
			}
		}
		if h, sp, ok := d.elidedHolder(k, s); ok {
			return hold(h, sp, "whose share the possessive stands for")
		}
		if j := k - 1; j >= cl0 && d.lx.g.possPron[d.toks[j].low] {
			// "conceded his 61 percent share": the one "his" points back
			// to, the name in the possessive before it in the sentence
			// or the last holder of its paragraph.
			if h := d.possessorBefore(j); h != "" {
				return hold(h, d.span(j, j), "whom the possessive pronoun points back to")
			}
		}
		if p, ok := d.holderBefore(k, s, cl0); ok && !d.openingWord(p) && !d.pointingWord(p) {
			return hold(d.text[p.Start:p.End], p, "")
		}
		if p, ok := d.holderAfter(k, cl1); ok {
			return hold(d.text[p.Start:p.End], p, "")
		}
		if h, sp, ok := d.winner(k, s); ok && !d.openingWord(sp) {
			return hold(h, sp, "")
		}
		if h, sp, ok := d.clauseHolder(k); ok && !d.openingWord(sp) {
			return hold(h, sp, "the subject of the figure's clause")
		}
		if h, sp, ok := d.possessiveHolder(k, cl0); ok {
			return hold(h, sp, "whose result the share is")
		}
		if h, sp, ok := d.winnerAfter(k, cl1); ok {
			return hold(h, sp, "who won it, in the clause after")
		}
		if h, sp, ok := d.ageHolder(k, s); ok {
			return hold(h, sp, "the one the sentence before names")
		}
	}
	if name, sp, ok := d.vehicleActor(k); ok {
		b.why("subject", sp)
		b.whyText("subject", "the vehicle that brought them")
		d.placeAboard = true
		return name
	}
	if d.aboard(k) {
		// "the helicopter was ferrying 14 soldiers": the people aboard belong
		// to what befell the vehicle, the crash or the sinking the story
		// tells.
		if name, sp, ok := d.storyEvent(s, k); ok {
			b.why("subject", sp)
			b.whyText("subject", "the event of the vehicle that carried them")
			d.placeAboard = true
			return name
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
				d.placeNational = true
				return ps[0]
			}
		}
	}
	if name, sp, ok := d.possessivePlace(k, cl0); ok {
		b.why("subject", sp)
		b.whyText("subject", "the place whose people the figure counts")
		return name
	}
	if name, sp, ok := d.bracketPlace(k); ok {
		b.why("subject", sp)
		b.whyText("subject", "the place the bracket follows")
		return name
	}
	if name, sp, ok := d.placeBeforeMeasure(k, cl0); ok {
		b.why("subject", sp)
		return name
	}
	if name, sp, ok := d.placeSubject(k); ok {
		b.why("subject", sp)
		b.whyText("subject", "the place that is the subject of the figure's clause")
		return name
	}
	if d.lx.measureClass[measure]&mcCrowd != 0 {
		if name, sp, ok := d.landmarkPlace(k, cl0, min(cl1, end)); ok {
			b.why("subject", sp)
			b.whyText("subject", "the town of the landmark the crowd gathered at")
			return name
		}
	}
	if name, sp, role, ok := d.clausePlace(k); ok {
		if wide, wsp, ok := d.storyPlaceAfter(sp); ok && d.lx.measureClass[measure]&mcCrowd == 0 {
			// "homes flattened in Thatta district, Sindh province" in a
			// story counting in Sindh: a place of the story's province is the story's
			// count; a crowd stays the town's.
			b.why("subject", wsp)
			b.whyText("subject", "the story's place, which holds the place named")
			return wide
		}
		if town, ok := d.districtTown(sp, measure); ok {
			b.why("subject", sp)
			b.whyText("subject", "a part of the town the story counts in")
			return town
		}
		b.why("subject", sp)
		b.whyText("subject", role.String())
		return name
	}
	for ri, r := range [][2]int{{cl0, min(cl1, end)}, {s.first, k - 1}, {cl1, end}} {
		if ri == 1 {
			// "the war has killed …", "the quake killed …": the event,
			// when the figure's own clause names no place.
			for j := k - 1; j >= cl0; j-- {
				if d.figureBetween(cl0-1, j-1) {
					continue // "11 deaths in Friday's storm and 30 missing": the other figure's event; not "two fires that killed 24"
				}
				if w := d.toks[j].low; isEventNoun(w) && !d.toks[j].capital && !d.modifier(j, k) && d.lx.measureClass[measure]&mcCrowd == 0 {
					if attackNouns[w] && d.attackerBefore(j, cl0) {
						continue // "killed in Serbian drone strikes": who struck, no event of the story's place
					}
					if j+1 < k && d.toks[j+1].gram&gRelative != 0 {
						// "floods that hit northern Chile have killed 31":
						// the place the event struck.
						for i := j + 2; i < k && !d.boundary(i); i++ {
							if p, n, dem := d.partyAt(i); p != "" && !dem {
								b.why("subject", d.span(i, i+n-1))
								b.whyText("subject", "the place the event struck")
								return p
							}
						}
					}
					if conflictNouns[w] && d.definiteBefore(j, s.first) && !(j+1 <= s.last && sidesLinks[d.toks[j+1].low]) {
						// "the war has killed tens of thousands": the story's
						// war is counted by the country it is fought in; "a
						// six-week war in 2020" is an event of its own, and
						// "the war between the two" is both sides'.
						if c := d.storyCountry(); c != "" {
							b.why("subject", d.span(j, j))
							b.whyText("subject", "the country of the story's war")
							return c
						}
					}
					b.why("subject", d.span(j, j))
					return w
				}
			}
		}
		best, bestDist, bestName := claims.Span{}, 1<<30, ""
		for i := r[0]; i < r[1]; i++ {
			if w := d.toks[i].low; d.gram(i)&gPrep == 0 || !placePreps[w] && w != "by" && w != "of" {
				continue // only a preposition below opens a place (the grammar's bit first: most words are none)
			}
			if d.toks[i].quote != d.toks[k].quote {
				continue // '"… 1,000 people martyred," Ebad told reporters in Kabul': where it was said
			}
			if ri != 1 && !d.sameClause(i, k) || i > k && d.subordinateBetween(k, i) {
				continue // ", with the most reported in El Paso", ", as fighting spread across Syria": another clause's place
			}
			w := d.toks[i].low
			if d.atSpeakingEvent(i) {
				continue // "told a news conference in the capital, Lima, that …": where it was said
			}
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
			if d.inSpeakerAppos(si, i) {
				continue // "Reis, a lecturer at a university in Britain, reckons …": where the speaker works
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
			if w == "of" && i > s.first && (isPlaceNoun(d.toks[i-1].low) || attackNouns[d.toks[i-1].low]) && i+1 <= s.last && d.toks[i+1].capital {
				// (and "the shelling of Kharkiv": the target)
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
			if !placePreps[w] {
				continue
			}
			if d.platformAfter(i, s.last) {
				continue // "wrote on X", "said on Telegram", "on the social network Bluesky"
			}
			j := i + 1
			if j <= s.last && d.toks[j].low == "the" {
				j++
			}
			for n := 0; n < 2 && j <= s.last && d.toks[j].kind == tWord && !d.toks[j].capital && d.cls(j)&cBreaker == 0; n++ {
				j++ // "in neighbouring Syria", "in southern Turkey"
			}
			if j+1 <= s.last && j > i+1 && d.toks[j].low == "of" && d.toks[j+1].capital {
				j++ // "in the city of El Fasher"
			}
			e := j
			for e <= s.last && d.toks[e].kind == tWord && d.toks[e].capital && !isWeekdayOrMonth(strings.TrimSuffix(d.toks[e].low, "'s")) &&
				!d.lx.months[d.toks[e].low] && !d.lx.g.calendar[d.toks[e].low] { // "Through May": a month; "in Fiscal Year 2019"
				e++
			}
			if e == j+1 && j == i+2 && placeNouns[d.toks[j].low] {
				continue // "at the Centre": a government named by its seat
			}
			if e == j || e <= s.last && resultNouns[d.toks[e].low] && noPossessive(d.toks[e-1].low) != d.toks[e-1].low {
				continue // "the fall in Ortiz's share": a result, not a place
			}
			if e <= s.last && d.lx.mediaHead[d.toks[e].low] {
				continue // "on the Health Ministry's website": where it was posted
			}
			if d.headlineWords(j, e-1) {
				continue // "… Freed in Prisoner Swap": a headline's capitals
			}
			if e == j+1 && d.recurringName(j) {
				continue // "in the Mayday" of a story that tells of "a Mayday": an event, no place
			}
			if leaderAdjective(d.toks[j].low) {
				continue // "in the U.S.-led coalition's strike": who led it, not where
			}
			if p, n, dem := d.partyAt(j); p != "" && dem && j+n == e && e <= s.last && d.attackNounFrom(e, s.last) {
				continue // "killed in Russian shelling": who struck, not where (attackTarget reads the target)
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
		if wide, wsp, ok := d.storyPlaceAfter(best); ok && bestName == "" && d.lx.measureClass[measure]&mcCrowd == 0 {
			b.why("subject", wsp)
			return wide
		}
		b.why("subject", best)
		if bestName != "" {
			return bestName
		}
		i := d.tokenAt(best.Start)
		if p, n, _ := d.partyAt(i); p != "" && d.toks[i+n-1].end == best.End && d.x.lx.capitals[strings.ToLower(d.text[best.Start:best.End])] == "" {
			return p // a country, or an alias of one; a capital stays the city counted
		}
		if d.lx.measureClass[measure]&mcCrowd != 0 {
			if e := d.lastTokenOf(best); d.lx.g.site[d.toks[e].low] && d.toks[e].capital {
				if n, ok := d.siteTown(); ok {
					b.whyText("subject", "the town of the site the crowd gathered at")
					return n // "marches that set off from Liberty Square": the town's crowd
				}
			}
		}
		name := d.text[best.Start:best.End]
		return strings.TrimSuffix(strings.TrimSuffix(name, "'s"), "’s")
	}
	if name, sp, ok := d.namedEvent(k); ok {
		b.why("subject", sp)
		return name
	}
	if name, sp, ok := d.causePlace(k, s); ok {
		b.why("subject", sp)
		b.whyText("subject", "the place of the event the count followed")
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
		if d.enemyOfEvent(i, s) {
			continue // "killed in the war with Russia": the other side, not where
		}
		if d.disputingSubject(i, k) {
			continue // "the U.S. army disputed the toll of 50": who doubts it, not where
		}
		if d.toks[i].quote != d.toks[k].quote || d.inShortQuote(i) {
			continue // 'under the slogan "Lima stands with Quito"': a name quoted, not a place
		}
		if p, n, dem := d.partyAt(i); p != "" && !dem {
			if i > s.first && (d.toks[i-1].low == "a" || d.toks[i-1].low == "an") && i+n <= s.last && belonging[d.toks[i+n].low] {
				continue // "dependants of an EU citizen": one person's state, no place of the count
			}
			b.why("subject", d.span(i, i+n-1))
			d.placeOfKin = i > 0 && d.toks[i-1].kind == tFig // "4 U.S. citizens (and one Canadian)": their country, no place of the story's counts
			if name := d.text[d.toks[i].start:d.toks[i+n-1].end]; d.lx.measureClass[measure]&mcCrowd != 0 && d.lx.capitals[strings.ToLower(name)] != "" {
				return name // a crowd in the capital is the city's, of one word or more ("Tel Aviv", "Mexico City")
			}
			return p
		}
	}
	if measure == "seats" || measure == "votes" {
		if j := k + 1; f.q.Unit == claims.Percent && j+1 <= cl1 && d.toks[j].low == "of" {
			// "6% of Chilean voters voted blank": the country's voters.
			if p, _, dem := d.partyAt(j + 1); p != "" && dem && d.x.countries[p] {
				b.why("subject", d.span(j+1, j+1))
				return p
			}
		}
		return "" // a share of the vote with no holder named is nobody's
	}
	if d.lastPlace != "" && d.comparedWithBefore(s, k) {
		// "… counted 16,000 in Marseille, ten times less than the 160,000
		// the union gave": figures set against the one before in their
		// sentence are of its place.
		b.whyText("subject", "the place of the figure it is compared with")
		return d.lastPlace
	}
	if d.lastPlace != "" && d.figureAnaphor(s, k) {
		// "That figure is 22 per cent higher than …": the count told
		// before, and its place.
		b.whyText("subject", "the place of the figure it speaks of")
		return d.lastPlace
	}
	if f.q.Unit == claims.Percent {
		// A rate with no place named (a turnout, a share of strikers) is
		// that of the place the paragraph counts in, else the story's
		// country's.
		if p, ok := d.carriedPlace(si, s, k, measure, b); ok {
			return p
		}
		return d.storyPlace(b)
	}
	// "Gaza's health ministry says 47,000 have been killed": the speaker's place.
	for _, a := range d.attrs[si] {
		if t := d.toks[a.np0]; t.capital && strings.HasSuffix(t.low, "'s") && a.np0 < a.np1 {
			name := noPossessive(d.text[t.start:t.end])
			if p, _, _ := d.partyAt(int(a.np0)); p == "" && isUpperWord(name) {
				continue // "the NEC's official results": a body's acronym, no place
			}
			b.why("subject", d.span(a.np0, a.np0))
			return name
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
		if t := &d.toks[j]; t.kind == tWord && t.capital && d.toks[j-1].low == "the" && j+1 < k {
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
				d.placeNational = true
				return ps[0]
			}
		}
	}
	if d.lx.measureClass[measure]&mcCrowd != 0 || d.lx.manyPlaces[measure] {
		// "rallies in 52 cities drew 2 million": the whole country's,
		// not the town told of before.
		if d.manyGatherings(si, k) {
			if p := d.storyPlace(b); p != "" {
				d.placeNational = true
				return p
			}
		}
	}
	if name, sp, ok := d.thereAntecedent(si, k, cl0, cl1); ok {
		b.why("subject", sp)
		b.whyText("subject", "the place \"there\" points back to")
		return name
	}
	if p, ok := d.carriedPlace(si, s, k, measure, b); ok {
		return p
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
		// were one; unless it is counted over many gatherings or by who
		// counts the whole country.
		if d.nationalCrowd(si, k) {
			d.placeNational = true
			return d.storyPlace(b)
		}
		if n, sp, ok := d.dashDateline(); ok {
			b.why("subject", sp)
			b.whyText("subject", "the dateline: a crowd with no place named gathered where the story is filed")
			return n
		}
		return d.addressPlaceFor(b, "the place the story's address files it under")
	}
	return d.storyPlace(b)
}

// disputingSubject reports a token i in the subject of the figure's
// clause when that clause's verb calls the figure after it into doubt
// (lexicon's disputeVerbs) and takes as its object a word for a count
// (withheldObj: "toll", "figure", "tally"): "the army disputed the toll of
// 50". A verb that takes the people themselves ("rejected 500 asylum
// seekers") does something to them: its subject is kept.
func (d *document) disputingSubject(i, k int) bool {
	c := &d.clist[d.clauseAt(k)]
	if c.subj0 < 0 || c.verb1 < 0 || i < int(c.subj0) || i > int(c.subj1) || int(c.verb1) >= k || !disputeVerbs[d.toks[c.verb1].low] {
		return false
	}
	for j := int(c.verb1) + 1; j < k; j++ {
		if d.lx.withheldObj[d.toks[j].low] {
			return true
		}
	}
	return false
}

// manyGatherings reports a sentence that counts the gatherings or the
// towns the crowd of the figure at k came out in, with it or before it:
// "in over 2,000 rallies", "rallies in 52 cities drew 2 million". Its
// crowd is the whole country's, and so is the count of towns.
func (d *document) manyGatherings(si, k int) bool {
	s := d.sents[si]
	for j := s.first + 1; j <= s.last; j++ {
		if w := d.toks[j].low; d.lx.gatherings[w] || d.lx.manyPlaces[w] {
			for i := j - 1; i >= s.first && i >= j-3; i-- {
				if t := &d.toks[i]; t.kind == tFig && d.figs[t.fig].claim {
					if i <= k || i == j-1 && !d.figureBetween(k, i) && !d.boundaryBetween(k, i) {
						return true // the figure's own gatherings, those told before it, or counted after it ("took part in 150 rallies")
					}
					break // "500,000 at the main rally, 250,000 at other rallies": the next figure's
				}
			}
		}
	}
	return false
}

// boundaryBetween reports a comma, a dash or "and" between tokens a and
// b: what comes after is told apart.
func (d *document) boundaryBetween(a, b int) bool {
	for j := a + 1; j < b; j++ {
		if d.boundary(j) || d.toks[j].low == "and" {
			return true
		}
	}
	return false
}

// nationalCrowd reports a sentence whose crowd with no place named is the
// whole country's: it counts the gatherings too ("5 million people took
// part in over 2,000 rallies"), or a source that counts the whole country
// gives a count in it ("…, and 570,000 according to the interior
// ministry").
func (d *document) nationalCrowd(si, k int) bool {
	if d.manyGatherings(si, k) {
		return true
	}
	for _, a := range d.attrs[si] {
		if a.wire || a.np1 < a.np0 {
			continue
		}
		for i := a.np0; i <= a.np1; i++ {
			if nationalCounters[d.toks[i].low] {
				return true
			}
		}
	}
	return false
}

// platformAfter reports a platform named after the preposition at i, past
// a determiner: "on X", "on the social network Bluesky", "on its Telegram
// channel".
func (d *document) platformAfter(i, last int) bool {
	if i+1 > last {
		return false
	}
	if t := &d.toks[i+1]; d.toks[i].low == "on" && t.kind == tWord && isUpperWord(d.text[t.start:t.end]) &&
		(i+2 > last || !d.toks[i+2].capital) {
		return true // "said on CNN": a channel
	}
	for j := i + 1; j <= last && j <= i+3; j++ {
		if j > i+1 && d.toks[i].low != "on" {
			return false // "in the social housing of …": only "on" names a platform past its determiner
		}
		t := &d.toks[j]
		if isPlatform(t.low) {
			return true
		}
		if t.kind != tWord || !d.lx.g.det[t.low] && t.capital {
			return false
		}
	}
	return false
}

// relativeHolder returns the holder a relative clause of holding hangs on,
// when the figure at k is what it holds: "Hamas, which still holds 59
// hostages", "the RSF, which has 100,000 fighters". The holder is the name
// before the comma; a common noun ("the army, which had …") is none.
func (d *document) relativeHolder(k int) (string, claims.Span, bool) {
	c := &d.clist[d.clauseAt(k)]
	l := int(c.link)
	if c.kind != clRelative || l < 2 || l > k || d.toks[l-1].low != "," {
		return "", claims.Span{}, false
	}
	v := l + 1
	for v < k && d.gram(v)&gInner != 0 {
		v++ // "which still holds"
	}
	if v >= k || d.gram(v)&gHold == 0 {
		return "", claims.Span{}, false
	}
	for i := v + 1; i < k; i++ {
		if d.gram(i)&gVerb != 0 || d.toks[i].kind != tWord {
			return "", claims.Span{}, false // "which had freed 30": an auxiliary
		}
	}
	e := l - 2
	i := e
	for i >= 0 && d.sentOf[i] == d.sentOf[k] && d.toks[i].kind == tWord && d.toks[i].capital && d.gram(i)&gDet == 0 {
		i--
	}
	if i == e || d.x.demonyms[d.toks[e].low] != "" {
		return "", claims.Span{}, false
	}
	i++
	if p, n, _ := d.partyAt(i); p != "" && i+n-1 == e {
		return p, d.span(i, e), true
	}
	return d.text[d.toks[i].start:d.toks[e].end], d.span(i, e), true
}

// thereAntecedent returns the place a locative "there" in the figure's
// clause points back to: the first place the sentence before, in the same
// paragraph, names where something happens ("In Valencia, students
// blocked a bridge. Police said 30,000 had marched there."). An
// existential "there" ("there were 30,000") points nowhere.
func (d *document) thereAntecedent(si, k, cl0, cl1 int) (string, claims.Span, bool) {
	there := false
	for j := max(cl0, d.sents[si].first+1); j <= cl1 && !there; j++ {
		if d.toks[j].low != "there" || d.toks[j].quote != d.toks[k].quote {
			continue
		}
		if n := j + 1; n <= d.sents[si].last && d.gram(n)&(gBe|gHave|gModal) != 0 {
			continue // "said there were 30,000"
		}
		there = d.gram(j-1)&gVerb != 0 || d.toks[j-1].kind == tFig
	}
	if !there || si == 0 || d.paraOf[si-1] != d.paraOf[si] {
		return "", claims.Span{}, false
	}
	p := si - 1
	d.clauses(p)
	for j := d.sents[p].first; j <= d.sents[p].last; j++ {
		if d.toks[j].kind != tWord || d.gram(j)&gPrep == 0 || d.inSpeakerPhrase(p, j) {
			continue
		}
		for _, a := range d.attachOf(d.clauseAt(j)) {
			if int(a.prep) != j || !d.locative(a) {
				continue
			}
			if n, nsp := d.placeName(a); n != "" && !d.lx.g.site[strings.ToLower(n)] {
				return n, nsp, true // the first: "In Bonn, people linked arms outside the Town Hall"
			}
		}
	}
	return "", claims.Span{}, false
}

// carriedPlace returns the place of the count before the figure at k in
// its paragraph, else that of the story's first count: not for a count
// over a month or a year (in a story of a shipwreck off one port, "this
// year's" deaths at sea are not the port's).
func (d *document) carriedPlace(si int, s sentence, k int, measure string, b *builder) (string, bool) {
	if d.lastPlace != "" && (d.lastPlacePara == d.paraOf[si] || d.saidAgain(si, measure)) {
		b.whyText("subject", "the place of the figure before")
		return d.lastPlace, true
	}
	if d.firstNational != "" {
		b.whyText("subject", "the story's first count, the whole country's")
		b.defaulted("subject")
		return d.firstNational, true
	}
	if d.firstPlace != "" && !d.longPeriod(s, k) {
		b.whyText("subject", "the place of the story's first count")
		return d.firstPlace, true
	}
	return "", false
}

// saidAgain reports a sentence si that goes on with the toll of the
// sentence before it, in a paragraph of its own: its speaker is a pronoun
// ("It said 40 were injured", "…, she said"), the figure that took the
// last place stands in the sentence right before, and both count a toll
// (after a count of arrivals, "She said 2,500 had died" is another count).
func (d *document) saidAgain(si int, measure string) bool {
	if si == 0 || d.lastPlaceTok < 0 || int(d.sentOf[d.lastPlaceTok]) != si-1 ||
		d.lx.measureClass[measure]&mcToll == 0 || d.lx.measureClass[d.prevDate.measure]&mcToll == 0 {
		return false
	}
	for _, a := range d.attrs[si] {
		if a.np0 == a.np1 && a.np0 >= 0 && d.cls(a.np0)&cPronoun != 0 {
			return true
		}
	}
	return false
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
	return d.addressPlaceFor(b, "the place the story's address files it under (no country named)")
}

// addressPlaceFor returns the place the story's address files it under
// (addressPlace) as a figure's defaulted subject, with why as the reason;
// "" when there is none.
func (d *document) addressPlaceFor(b *builder, why string) string {
	p, sp, ok := d.addressPlace()
	if !ok {
		return ""
	}
	d.placeDefault = true
	b.defaulted("subject")
	b.why("subject", sp)
	b.whyText("subject", why)
	return p
}

// addressPlace returns the place the story's address files it under
// ("/news/new-zealand/…", "/world/hong-kong/…") when the text names it
// too, in capitals, and it is no country: a town or a territory a story
// that names no country is about. A section of one word must be a known
// capital. Of the headline's words in the address, only the word or two
// after "in" are read ("…-march-in-leipzig-ends-…"), and only where the
// text uses them as a place (addressName's placeUse): "…-march-in-support-
// of-…" is no town, though a sentence opens on "Support".
func (d *document) addressPlace() (string, claims.Span, bool) {
	if d.urlDone {
		return d.urlPlace, d.urlSpan, d.urlPlace != ""
	}
	d.urlDone = true
	u := d.m.url
	if i := strings.Index(u, "://"); i >= 0 {
		u = u[i+3:]
	}
	_, path, _ := strings.Cut(u, "/")
	if q := strings.IndexAny(path, "?#"); q >= 0 {
		path = path[:q]
	}
	for _, seg := range strings.Split(path, "/") {
		words := strings.Split(strings.ToLower(seg), "-")
		if seg == "" || strings.Trim(seg, "abcdefghijklmnopqrstuvwxyz-") != "" {
			continue
		}
		if len(words) > 3 {
			// A headline's words: "…-march-in-leipzig-ends-…" files the
			// story under the town after "in", one word or two.
			for i := 0; i+1 < len(words); i++ {
				if words[i] != "in" || d.lx.months[words[i+1]] || isWeekdayOrMonth(words[i+1]) {
					continue
				}
				for n := min(2, len(words)-i-1); n >= 1; n-- {
					if d.addressName(words[i+1:i+1+n], true) {
						return d.urlPlace, d.urlSpan, true
					}
				}
			}
			continue
		}
		if len(words) == 1 && d.lx.capitals[words[0]] == "" {
			continue
		}
		if d.addressName(words, false) {
			return d.urlPlace, d.urlSpan, true
		}
	}
	return "", claims.Span{}, false
}

// addressName looks for the words of an address in the text, in capitals,
// and keeps them as the address's place when the first time the text
// names them they name no country and no person. With placeUse (words
// taken from a headline), only a mention that reads as a place counts
// (addressPlaceUse).
func (d *document) addressName(words []string, placeUse bool) bool {
	want := strings.Join(words, " ")
	for i := 0; i+len(words) <= len(d.toks); i++ {
		if !d.toks[i].capital || d.toks[i].low != words[0] {
			continue
		}
		e := i + len(words) - 1
		if !d.toks[e].capital || string(d.key(i, e+1)) != want && noPossessive(string(d.key(i, e+1))) != want {
			continue
		}
		if placeUse && !d.addressPlaceUse(i, e) {
			continue
		}
		if p, n, _ := d.partyAt(i); p != "" && n == len(words) && d.x.countries[p] && d.lx.capitals[want] == "" {
			return false // a country: the story's country reads it
		}
		if len(words) > 1 && d.surnameAlone(d.text[d.toks[e].start:d.toks[e].end]) || i > 0 && (d.lx.title[d.toks[i-1].low] || d.toks[i-1].low == "by") {
			return false // "/author/jane-doe/": a person the story names, "Doe said", "By Jane Doe"
		}
		d.urlPlace, d.urlSpan = noPossessive(d.text[d.toks[i].start:d.toks[e].end]), d.span(i, e)
		return true
	}
	return false
}

// addressPlaceUse reports a mention of a name from token i to e that reads
// as a place: after a preposition of place ("in Leipzig", "near Leipzig"),
// before the noun of a body it is the place of ("Leipzig police"), or a
// place the vocabulary knows. A capitalised word alone, as a sentence's
// first word is, says nothing.
func (d *document) addressPlaceUse(i, e int) bool {
	if i > 0 && placePreps[d.toks[i-1].low] {
		return true
	}
	if e+1 < len(d.toks) && d.toks[e+1].kind == tWord && d.cls(e+1)&cOrg != 0 {
		return true
	}
	p, _, _ := d.partyAt(i)
	return p != ""
}

// countedShare reports a share at k that tells how far the count has got:
// a noun of votes after it, then a word of the count's stage before any
// comma ("90% of the ballots tallied", "60% of the votes for the
// senate race processed", "90% of precincts reporting").
func (d *document) countedShare(k int, s sentence) bool {
	if j := k - 1; j >= s.first && countingVerbs[d.toks[j].low] {
		// "after counting 78% of the ballots", "with 90% of precincts
		// processed" told before: the stage comes first.
		for i := k + 1; i <= s.last && i <= k+4; i++ {
			if voteWords[d.toks[i].low] || d.toks[i].low == "precincts" {
				return true
			}
		}
	}
	vote := false
	for j := k + 1; j <= s.last && j <= k+9; j++ {
		t := &d.toks[j]
		if t.kind == tPunct || t.kind == tFig {
			return false
		}
		if voteWords[t.low] || t.low == "precincts" || t.low == "polling" {
			vote = true
		} else if countStages[t.low] {
			return vote
		}
	}
	return false
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

// isPlaceName reports a party, a country or a capital at token i: a count
// in brackets after it is that place's ("Sete (4500)"), not an age.
func (d *document) isPlaceName(i int) bool {
	p, _, _ := d.partyAt(i)
	return p != "" || d.lx.capitals[d.toks[i].low] != ""
}

// storyEvent returns the event a count of people aboard belongs to: an
// event noun before the figure at k in its sentence ("a week after the crash
// of a plane that was carrying 40"), else the first the story names ("the
// crash", "the sinking": what befalls a vehicle).
func (d *document) storyEvent(s sentence, k int) (string, claims.Span, bool) {
	for j := k - 1; j >= s.first; j-- {
		if t := d.toks[j]; t.kind == tWord && !t.capital && t.gram&gEvent != 0 && !d.modifier(j, k) {
			return t.low, d.span(j, j), true
		}
	}
	for j := 1; j < len(d.toks); j++ {
		if t := d.toks[j]; t.kind == tWord && !t.capital && d.lx.g.wreck[t.low] && d.lx.g.det[d.toks[j-1].low] && !d.modifier(j, len(d.toks)) {
			return t.low, d.span(j, j), true
		}
	}
	return "", claims.Span{}, false
}

// storyPlaceAfter returns the story's place (the place of its first
// count) when an apposition after the place sp names it as the wider one:
// "Thatta district, Sindh province" in a story counting in Sindh.
func (d *document) storyPlaceAfter(sp claims.Span) (string, claims.Span, bool) {
	if d.firstPlace == "" || d.text[sp.Start:sp.End] == d.firstPlace {
		return "", claims.Span{}, false
	}
	j := d.tokenAt(sp.End)
	for j < len(d.toks) && d.toks[j].start < sp.End {
		j++
	}
	for j < len(d.toks) && d.toks[j].kind == tWord && !d.toks[j].capital && isPlaceNoun(d.toks[j].low) {
		j++ // "district"
	}
	if j+1 >= len(d.toks) || d.toks[j].low != "," {
		return "", claims.Span{}, false
	}
	a, e := j+1, j+1
	for e+1 < len(d.toks) && d.toks[e+1].kind == tWord && d.toks[e+1].capital {
		e++
	}
	if !d.toks[a].capital || d.text[d.toks[a].start:d.toks[e].end] != d.firstPlace {
		return "", claims.Span{}, false
	}
	return d.firstPlace, d.span(a, e), true
}

// districtTown returns the town a crowd's place named "the X" or "the
// city's X" lies in ("filled the streets of the Terreaux", "marched
// through the Marais", "through the city's Old Port district"), or any
// count's place named "the city district of X": the town the story
// counted in before, when it is no country, else the one its lead or its
// address names. A crowd is counted by town.
func (d *document) districtTown(sp claims.Span, measure string) (string, bool) {
	j := d.tokenAt(sp.Start)
	if j < 1 || d.toks[j].end != sp.End {
		return "", false
	}
	// "the city district of Mitte" says it is a part of the town, whatever
	// is counted there; "the Marais" is the town's only for a crowd.
	quarter := d.toks[j-1].low == "of" && j >= 3 && quarterNouns[d.toks[j-2].low] && townNouns[noPossessive(d.toks[j-3].low)]
	if !quarter && d.lx.measureClass[measure]&mcCrowd == 0 {
		return "", false
	}
	if w := d.toks[j-1].low; w != "the" && !(j >= 2 && d.toks[j-2].low == "the" && noPossessive(w) != w && townNouns[noPossessive(w)]) && !quarter {
		return "", false // "the Marais", "the city's Old Port"
	}
	if p, _, _ := d.partyAt(j); p != "" || d.lx.capitals[d.toks[j].low] != "" {
		return "", false
	}
	for _, n := range [2]string{d.lastPlace, d.firstPlace} {
		if n != "" && !d.x.countries[n] && n != d.text[sp.Start:sp.End] {
			return n, true
		}
	}
	if d.firstPlace == "" {
		// The story's first count: the town its lead names, else the
		// one its address files it under.
		if n, _, ok := d.leadPlace(); ok && n != d.text[sp.Start:sp.End] {
			return n, true
		}
		if n, _, ok := d.addressPlace(); ok && n != d.text[sp.Start:sp.End] {
			return n, true
		}
	}
	return "", false
}

// noPossessive drops the possessive ending of a holder's name: "Lind's
// was 7 percent" is Lind's share.
func noPossessive(name string) string {
	return strings.TrimSuffix(strings.TrimSuffix(name, "'s"), "’s")
}

// inShortQuote reports token i inside a few words set in quotation marks
// in its sentence: a slogan or a title ("Lima stands with Quito"), not a place.
// The tokenizer leaves such short quotations unmarked, as names.
func (d *document) inShortQuote(i int) bool {
	s := d.sents[d.sentOf[i]]
	n := 0
	for j := s.first; j < i; j++ {
		if t := d.toks[j]; t.kind == tPunct {
			if r, _ := utf8.DecodeRuneInString(t.low); isQuoteRune(r) {
				n++
			}
		}
	}
	if n%2 == 0 {
		return false
	}
	for e := i + 1; e <= s.last && e <= i+6; e++ {
		if t := d.toks[e]; t.kind == tPunct {
			r, _ := utf8.DecodeRuneInString(t.low)
			return isQuoteRune(r)
		}
	}
	return false
}

// placeFragment returns the place a sentence of a few words with no verb
// and no figure names ("First in Paris.", "Meanwhile, in Lyon:"): the
// place of the counts the paragraph goes on to give.
func (d *document) placeFragment(s sentence) (string, bool) {
	if s.last-s.first > 6 {
		return "", false
	}
	in := -1
	for j := s.first; j <= s.last; j++ {
		t := &d.toks[j]
		if t.kind == tFig && d.figs[t.fig].claim || d.verbWord(j) || t.quote != 0 {
			return "", false // "First in Paris." opens on an ordinal, no count
		}
		if (t.low == "in" || t.low == "at") && in < 0 {
			in = j
		}
	}
	if in < 0 || in+1 > s.last || !d.toks[in+1].capital || d.toks[in+1].kind != tWord {
		return "", false
	}
	e := in + 1
	for e+1 <= s.last && d.toks[e+1].kind == tWord && d.toks[e+1].capital {
		e++
	}
	for j := e + 1; j <= s.last; j++ {
		switch d.toks[j].low {
		case ".", ":", "…", "!":
		default:
			return "", false // "In Paris police said …" is no fragment
		}
	}
	name := d.text[d.toks[in+1].start:d.toks[e].end]
	if isWeekdayOrMonth(d.toks[in+1].low) || d.lx.months[d.toks[in+1].low] || d.lx.g.calendar[d.toks[in+1].low] {
		return "", false
	}
	if p, n, _ := d.partyAt(in + 1); p != "" && in+n == e && d.lx.capitals[strings.ToLower(name)] == "" {
		return p, true
	}
	return name, true
}

// comparedWithBefore reports a figure at k set against the figure before
// it in its sentence that took the last place, by words of comparing
// between them ("ten times less than the 160,000", "against 40,000"),
// with no other clause's opening between.
func (d *document) comparedWithBefore(s sentence, k int) bool {
	p := d.lastPlaceTok
	if p < s.first || p >= k {
		return false
	}
	cmp := false
	for j := k + 1; j <= s.last && j <= k+3; j++ {
		if w := d.toks[j].low; w == "times" || w == "than" {
			cmp = true // "seventeen times less than …"
		}
	}
	for j := p + 1; j < k; j++ {
		switch d.toks[j].low {
		case "than", "times", "against", "compared", "versus":
			cmp = true
		case ";", "while", "whereas", "but", "and":
			return false
		}
	}
	return cmp
}

// causePlace returns the place of the event a clause after the figure at
// k tells it followed ("police detained 40 people after a rally in
// central Lyon turned violent"): the count's place, when its own clause
// names none.
func (d *document) causePlace(k int, s sentence) (string, claims.Span, bool) {
	for j := k + 1; j <= s.last; j++ {
		w := d.toks[j].low
		if w == ";" || d.toks[j].quote != d.toks[k].quote || d.toks[j].kind == tFig && d.figs[d.toks[j].fig].claim {
			break
		}
		if w != "after" && w != "following" && w != "during" {
			continue
		}
		ev := false
		for i := j + 1; i <= s.last && i <= j+16; i++ {
			t := &d.toks[i]
			if t.low == ";" || t.kind == tFig {
				break
			}
			if t.gram&gEvent != 0 && !t.capital {
				ev = true
			}
			if !ev || t.low != "in" {
				continue
			}
			a := i + 1
			for n := 0; n < 2 && a <= s.last && d.toks[a].kind == tWord && !d.toks[a].capital && d.gram(a)&gDet == 0; n++ {
				a++ // "in central Lyon"
			}
			if a > s.last || !d.toks[a].capital || d.toks[a].kind != tWord {
				continue
			}
			e := a
			for e+1 <= s.last && d.toks[e+1].kind == tWord && d.toks[e+1].capital {
				e++
			}
			name := d.text[d.toks[a].start:d.toks[e].end]
			if p, n, _ := d.partyAt(a); p != "" && a+n-1 == e && d.lx.capitals[strings.ToLower(name)] == "" {
				return p, d.span(a, e), true
			}
			return name, d.span(a, e), true
		}
		break
	}
	return "", claims.Span{}, false
}

// enemyOfEvent reports a name at i after "with" or "against" that follows
// a noun of fighting ("the war with Russia", "fighting against the
// rebels"): the side fought, not the place of what is counted.
func (d *document) enemyOfEvent(i int, s sentence) bool {
	if i-2 < s.first {
		return false
	}
	if w := d.toks[i-1].low; w != "with" && w != "against" {
		return false
	}
	return isEventNoun(d.toks[i-2].low) || d.toks[i-2].low == "fighting"
}

// possessivePlace returns a place in the possessive right before the
// figure at k: "Gaza's 2.3 million residents", "Lagos's 15 million" are
// that place's people. A person's possessive ("Dr Ek's 40 patients") or a
// body's names no place.
func (d *document) possessivePlace(k, cl0 int) (string, claims.Span, bool) {
	j := k - 1
	if j < cl0 || d.toks[j].kind != tWord || !d.toks[j].capital || noPossessive(d.toks[j].low) == d.toks[j].low {
		return "", claims.Span{}, false
	}
	a := j
	for a-1 >= cl0 && d.toks[a-1].kind == tWord && d.toks[a-1].capital && !d.lx.g.det[d.toks[a-1].low] && !d.lx.title[d.toks[a-1].low] {
		a--
	}
	if p, n, dem := d.partyAt(a); p != "" && a+n-1 == j && !dem {
		if d.lx.capitals[noPossessive(strings.ToLower(d.text[d.toks[a].start:d.toks[j].end]))] != "" {
			return noPossessive(d.text[d.toks[a].start:d.toks[j].end]), d.span(a, j), true
		}
		return p, d.span(a, j), true
	}
	if d.placeElsewhere(a, j) {
		return noPossessive(d.text[d.toks[a].start:d.toks[j].end]), d.span(a, j), true
	}
	return "", claims.Span{}, false
}

// placeElsewhere reports a name, the words [a, e] (the last one may be
// in the possessive), that the story puts after a preposition of place
// somewhere ("in Gaza", "into Hong Kong"): a place.
func (d *document) placeElsewhere(a, e int) bool {
	n := e - a + 1
	for i := 1; i+n <= len(d.toks); i++ {
		switch d.toks[i-1].low {
		case "in", "into", "across", "throughout", "inside":
		default:
			continue
		}
		if i == a || i+n < len(d.toks) && d.toks[i+n].capital && d.toks[i+n].kind == tWord {
			continue // "in Gaza City" is another place
		}
		same := true
		for m := 0; m < n && same; m++ {
			t, u := &d.toks[i+m], &d.toks[a+m]
			same = t.capital && noPossessive(t.low) == noPossessive(u.low)
		}
		if same && noPossessive(d.toks[i+n-1].low) != d.toks[i+n-1].low {
			same = false // "in Ek's favour": a person's
		}
		if same {
			return true
		}
	}
	return false
}

// atSpeakingEvent reports a preposition at i that places an occasion of
// speaking, a few words before it: "at a news conference in Lima", "told
// a briefing in Geneva". The place is where the figure was told, not
// what it counts.
func (d *document) atSpeakingEvent(i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		t := &d.toks[j]
		if t.kind != tWord || d.boundary(j) {
			return false
		}
		if speakingEvents[t.low] {
			return true
		}
	}
	return false
}

// definiteBefore reports "the" before the noun at j, past a few
// lower-case words that describe it: "the war", "the eight-year-long
// brutal war".
func (d *document) definiteBefore(j, first int) bool {
	for i := j - 1; i >= first && i >= j-4; i-- {
		t := &d.toks[i]
		if t.kind == tPunct || t.capital && i > first {
			return false
		}
		if t.low == "the" {
			return true
		}
		if d.gram(i)&gDet != 0 {
			return false // "a war", "this war" told of again is the event's
		}
	}
	return false
}

// attackerBefore reports a people's adjective before the attack noun at j,
// past one or two plain words of what struck ("Serbian drone strikes"),
// no further back than token first: it names who struck.
func (d *document) attackerBefore(j, first int) bool {
	for i, n := j-1, 0; i >= first && n < 3; i, n = i-1, n+1 {
		t := &d.toks[i]
		if t.kind != tWord {
			return false
		}
		if t.capital {
			_, m, dem := d.partyAt(i)
			return dem && i+m-1 < j
		}
		if t.phraseStop() {
			return false
		}
	}
	return false
}
