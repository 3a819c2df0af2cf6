package text

import (
	"slices"
	"strings"

	"github.com/crosscheck/crosscheck/claims"
)

// The parts stage: a sentence that lists several figures of one measure,
// each in a place of its own ("290 deaths in Al Haouz, 190 in Taroudant,
// 89 in Chichaoua"), breaks down a whole told before it (the toll of the
// quake, the prisoners released). Each item is a part of that whole: it
// belongs to the whole's parties, is no running total of its own, and its
// place goes into what it counts ("deaths (Taroudant)"), so that parts of
// the same place meet across reports while never meeting the whole.

// minBreakdown is how many figures with places of their own make a list a
// breakdown.
const minBreakdown = 3

// breakdown rewrites the claims out[from:] of one sentence when they list
// parts of a whole claimed before them in out[:from], within the last few
// paragraphs. A list with no whole before it breaks down the story's own
// count: the place or event its first count was about. Crowds are not
// broken down: a crowd in a town is that town's rally, not a part of the
// nation's or of another town's ("410,000 in Rome … 90,000 in
// Turin, 60,000 in Genoa").
func (d *document) breakdown(out []claims.Claim, from int, para int) {
	items := out[from:]
	if len(items) < minBreakdown {
		return
	}
	m := ""
	places := map[string]bool{}
	for _, c := range items {
		if c.Recipient != "" || c.Mutual || c.Subject == "" {
			continue
		}
		if m == "" {
			m = c.Measure
		}
		if c.Measure == m && m != "" {
			places[c.Subject] = true
		}
	}
	if len(places) < minBreakdown || d.lx.measureClass[m]&mcCrowd != 0 {
		return
	}
	whole := -1
	for i := from - 1; i >= 0 && i >= from-48; i-- {
		c := &out[i]
		if c.Measure == m && c.Scope == claims.Total && !places[c.Subject] && c.Subject != "" {
			whole = i
			break
		}
	}
	var w claims.Claim
	switch {
	case whole >= 0 && d.paraOfByte(out[whole].QuantitySpan.Start) >= para-3:
		w = out[whole]
	case whole < 0 && d.firstPlace != "" && !places[d.firstPlace]:
		// "410 families in Salpo, 96 in Agallpampa, 58 in Otuzco": the
		// parts of the story's count, the landslide near Trujillo.
		w.Subject = d.firstPlace
		w.Quantity.Text = "the story's count in " + d.firstPlace
	default:
		return
	}
	if d.x.countries[w.Subject] {
		// "Germany took 226,000 applications; France (154,000), Spain
		// (117,000) and Italy (80,000) follow": other countries are the
		// whole's peers in a ranking, never its parts.
		for p := range places {
			if d.x.countries[p] {
				delete(places, p)
			}
		}
		if len(places) < minBreakdown {
			return
		}
	}
	for i := range items {
		c := &items[i]
		if c.Measure != m || !places[c.Subject] || c.Recipient != "" || c.Mutual {
			continue
		}
		c.Measure = m + " (" + c.Subject + ")"
		c.Subject, c.Recipient, c.Mutual = w.Subject, w.Recipient, w.Mutual
		if c.Scope == claims.Total {
			c.Scope = ""
		}
		if c.Kind == claims.Estimated && w.Kind != "" && w.Kind != claims.Estimated {
			c.Kind = w.Kind
		}
		if d.x.opts.Explain {
			c.Reasons = append(c.Reasons, claims.Reason{Field: "subject", Words: "a part of the whole before it: " + w.Quantity.Text})
		}
	}
}

// paraOfByte returns the paragraph of the sentence holding byte offset at.
func (d *document) paraOfByte(at int) int {
	t := d.tokenAt(at)
	if t < 0 || t >= len(d.sentOf) {
		return 0
	}
	return d.paraOf[d.sentOf[t]]
}

// Parts by group: a figure set in after "including" or "among them" that
// names people of its own kind ("240 died, including 60 children and 35
// women") counts a part of the whole before it, not the whole told again:
// the group goes into what it counts ("deaths (children)"), and the part is
// no running total of its own, so that it meets the same group's figure in
// another report and never the whole.

// groupPart rewrites c, the claim of the figure at k, as a part of the
// whole before it when the figure is one and names its own people.
func (d *document) groupPart(c *claims.Claim, k int, s sentence) {
	if c.Measure == "" || strings.HasSuffix(c.Measure, ")") || k+1 > s.last || d.toks[k+1].low == "of" {
		return
	}
	w, i := d.partPeople(k, s)
	if w == "" || w == c.Measure || d.lx.faceless[d.toks[i].low] {
		return // "111 individuals from Gaza": no group of their own
	}
	if m, _ := d.measureAt(i); m == c.Measure {
		return // "including 15 prisoners of war": the whole's own people
	}
	if cl0, cl1 := d.clause(s, k); !d.partOf(k, cl0, cl1) && !d.nextGroup(k, s) {
		return
	}
	c.Measure = c.Measure + " (" + w + ")"
	d.groupEnd = i + 1
	if c.Scope == claims.Total {
		c.Scope = ""
	}
	if d.x.opts.Explain {
		c.Reasons = append(c.Reasons, claims.Reason{Field: "measure", Words: "a part of the whole before it: " + w})
	}
}

// partPeople returns the people the figure at k names as its own, and the
// token of their noun: its noun of people ("60 children"), or the first
// noun of people among the few plain words after it ("two police
// officers", "35 women"), with the body they belong to ("120 members of
// the security forces").
func (d *document) partPeople(k int, s sentence) (string, int) {
	i := d.pastModifiers(k, s)
	w, h := d.personNoun(k, s)
	for j := i; w == "" && j <= s.last && j < i+3; j++ {
		t := &d.toks[j]
		if t.kind != tWord || t.quote != d.toks[k].quote || t.capital || d.verbWord(j) {
			break
		}
		if d.personLike(t.low) {
			w, h = d.phraseText(i, j), j
		}
	}
	if w == "" || h+1 > s.last || d.toks[h+1].low != "of" {
		return w, h
	}
	e := -1
	for j := h + 2; j <= s.last && j < h+6; j++ {
		t := &d.toks[j]
		if t.kind != tWord || t.capital || d.verbWord(j) || d.cls(j)&cBreaker != 0 && !d.lx.g.det[t.low] {
			break
		}
		if d.personLike(t.low) || d.lx.org[t.low] || d.lx.armedNoun[t.low] {
			e = j // "of the security forces", "of the militia"
		}
	}
	if e < 0 || i > h {
		return w, h
	}
	return d.phraseText(i, e), h
}

// nextGroup reports a figure joined by "and" or a comma to the part by
// group just before it: "including 60 children and 35 women".
func (d *document) nextGroup(k int, s sentence) bool {
	e := d.groupEnd - 1
	if e < s.first || e >= k {
		return false
	}
	for j := e + 1; j < k; j++ {
		if w := d.toks[j].low; w != "and" && w != "," {
			return false
		}
	}
	return true
}

// Parts by nationality: a toll of an event abroad that the story breaks
// down by the people's country ("45 Swedes died", "38 Swedish
// tourists", "12 people from Chile" among the dead of a ferry fire)
// counts parts of the event's toll, not the toll: each goes under the
// event's place with its country in what it counts ("deaths (Sweden)"), so
// that two reports of one country's dead meet, and neither meets the whole.

// minNations is how many countries of the people counted make a story's
// tolls a breakdown by nationality: one or two may be the story's own
// sides ("Palestinians killed in Gaza").
const minNations = 3

// nationPart is a claim (its index in the claims out) whose people's
// country the words name.
type nationPart struct {
	claim  int
	nation string
}

// noteNation notes the country of the people the last claim of out counts
// (its figure at k), when it is a toll of a place or event that is not that
// country.
func (d *document) noteNation(out []claims.Claim, k int, s sentence) {
	c := &out[len(out)-1]
	if c.Recipient != "" || c.Mutual || c.Subject == "" || d.lx.measureClass[c.Measure]&(mcToll|mcPeople) != mcToll|mcPeople {
		return
	}
	if n := d.nationOf(k, s, c.Measure); n != "" && n != c.Subject {
		d.nations = append(d.nations, nationPart{len(out) - 1, n})
	}
}

// nationOf returns the country of the people the figure at k counts (of
// measure m), when the words name it: a demonym as their noun or before it
// ("45 Swedes", "38 Swedish tourists"), after "were" ("112 of the
// victims were Poles"), before the noun the figure gives the number of
// ("the number of Polish dead climbed to 130"), or where they came from
// ("12 people from Chile", "7 from Peru").
func (d *document) nationOf(k int, s sentence, m string) string {
	i := d.pastModifiers(k, s)
	if i > s.last {
		return ""
	}
	if p, _, dem := d.partyAt(i); p != "" && dem {
		return p // "45 Swedes", "38 Swedish tourists"
	}
	j := i
	if d.toks[j].low == "of" {
		// "112 of the victims were Poles"
		for j++; j <= s.last && j < i+4 && d.toks[j].kind == tWord && d.gram(j)&gBe == 0; j++ {
		}
		if j < s.last && d.gram(j)&gBe != 0 {
			if p, _, dem := d.partyAt(j + 1); p != "" && dem {
				return p
			}
		}
		return ""
	}
	if d.toks[j].kind == tWord && (d.cls(j)&cPerson != 0 || d.lx.person[d.toks[j].low]) {
		j++
	}
	if j < s.last && d.toks[j].low == "from" {
		if p, _, dem := d.partyAt(j + 1); p != "" && !dem && d.x.countries[p] {
			return p // "12 people from Chile"
		}
	}
	// "the number of Polish dead climbed to 130": the noun counted,
	// before the figure in its clause.
	cl0, _ := d.clause(s, k)
	for j := k - 2; j >= cl0; j-- {
		if d.toks[j].kind == tFig {
			break
		}
		if p, _, dem := d.partyAt(j); p != "" && dem {
			if w, _ := d.measureAt(j + 1); w == m || d.cls(j+1)&cPerson != 0 {
				return p
			}
		}
	}
	return ""
}

// nationParts rewrites the tolls noted by noteNation as parts of their
// event's toll, when the story names at least minNations countries of the
// people counted.
func (d *document) nationParts(out []claims.Claim) {
	if len(d.nations) == 0 {
		return
	}
	defer func() { d.nations = d.nations[:0] }()
	var seen [minNations]string
	n := 0
	for _, p := range d.nations {
		if n < minNations && !slices.Contains(seen[:n], p.nation) {
			seen[n] = p.nation
			n++
		}
	}
	if n < minNations {
		return
	}
	for _, p := range d.nations {
		c := &out[p.claim]
		c.Measure = c.Measure + " (" + p.nation + ")"
		if c.Scope == claims.Total {
			c.Scope = ""
		}
		if d.x.opts.Explain {
			c.Reasons = append(c.Reasons, claims.Reason{Field: "measure", Words: "a part of the toll: the people of " + p.nation})
		}
	}
}

// Parts across sentences: a toll story gives its whole first (the quake's
// dead in the country, the floods' toll nationwide) and then counts place by
// place in sentences of their own ("In the hill district, 40 died.", "A
// further 12 were killed across the border."). Each such count is a part of
// the whole, as the items of a breakdown in one sentence are: it stays
// under the whole's party with its place in what it counts ("deaths
// (Punjab)"), so that it never meets the whole as a rival figure. Its scope
// stays: a place's running toll is still a running toll.

// minPlaceParts is how many places of their own, other than the whole's,
// the tolls after a whole must name before they are read as its parts, as
// many as make a breakdown in one sentence: a count or two elsewhere may
// be events of their own.
const minPlaceParts = minBreakdown

// placeParts rewrites the tolls of out that count in a place other than
// the whole's, when the story's tolls name at least minPlaceParts such
// places after the whole. The whole of a measure is its first running
// total; a measure with none has no parts, and a country's count is no
// part of another country's (a storm's dead in Haiti are not Jamaica's).
func (d *document) placeParts(out []claims.Claim) {
	for i := range out {
		if d.lx.measureClass[out[i].Measure]&mcCrowd != 0 {
			return // a story of crowds counts town by town: no town is a part of another's count
		}
	}
	var wholes [8]struct{ measure, subject string }
	nw := 0
	whole := func(m string) string {
		for _, w := range wholes[:nw] {
			if sameCount(w.measure, m) {
				return w.subject
			}
		}
		return ""
	}
	var places [minPlaceParts]string
	np := 0
	part := func(c *claims.Claim) string {
		if !d.eventToll(c) {
			return ""
		}
		w := whole(c.Measure)
		if w == "" || w == c.Subject || d.x.countries[w] && d.x.countries[c.Subject] {
			return "" // the dead of one country are no part of another's
		}
		return w
	}
	for i := range out {
		c := &out[i]
		if w := part(c); w != "" {
			if np < minPlaceParts && !slices.Contains(places[:np], c.Subject) {
				places[np] = c.Subject
				np++
			}
			continue
		}
		if c.Scope != claims.Total || !d.eventToll(c) {
			continue
		}
		if whole(c.Measure) == "" && nw < len(wholes) {
			wholes[nw].measure, wholes[nw].subject = c.Measure, c.Subject
			nw++
		}
	}
	if np < minPlaceParts {
		return
	}
	// Second pass with the same wholes: they are fixed by the first.
	for i := range out {
		c := &out[i]
		w := part(c)
		if w == "" {
			continue
		}
		place := c.Subject
		c.Measure = c.Measure + " (" + place + ")"
		c.Subject = w
		if d.x.opts.Explain {
			c.Reasons = append(c.Reasons, claims.Reason{Field: "subject", Words: "a part, counted in " + place + ", of the story's whole in " + w})
		}
	}
}

// eventToll reports a claim that may be a whole or a part of an event's
// toll: a count of what an event did (the dead, the injured, the homes
// lost) under a place or event (not a people), no transfer, no part
// already, and no statistic of a calendar period ("since January", "this
// year": the year's dead at sea are counted route by route, not as parts
// of one event's).
func (d *document) eventToll(c *claims.Claim) bool {
	mc := d.lx.measureClass[c.Measure]
	if c.Recipient != "" || c.Mutual || c.Subject == "" || mc&mcToll == 0 || strings.HasSuffix(c.Measure, ")") {
		return false
	}
	if d.peopleName(c.Subject) {
		return false // "Palestinians": whose dead, not where
	}
	return c.AsOf.To == (claims.Date{}) || c.AsOf.From.Day != 1
}

// peopleName reports a name of a people ("Palestinians", "Afghan"), not of
// a place.
func (d *document) peopleName(name string) bool {
	w := strings.ToLower(name)
	if _, ok := d.x.demonyms[w]; ok {
		return true
	}
	_, ok := d.x.demonyms[strings.TrimSuffix(w, "s")]
	return ok && strings.HasSuffix(w, "s")
}
