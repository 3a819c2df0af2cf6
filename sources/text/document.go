package text

import (
	"strings"

	"github.com/crosscheck/crosscheck/claims"
)

// document is one article being read: its text, tokens, sentences and
// quotations, and what the reading has learned so far (the speakers met,
// the date the narrative is at, the last measure counted).
type document struct {
	x      *Extractor
	lx     *lexicon
	name   string
	text   string
	m      meta
	source claims.Source

	toks   []token
	figs   []figure
	quotes []quotation
	sents  []sentence
	sentOf []int // token → sentence

	mcMeasure string // the measure mclass was last asked of, and its classes
	mcClass   uint8
	paraOf    []int // sentence → paragraph

	parties    map[string]int  // canonical party → mentions
	partyFirst map[string]int  // canonical party → first mention
	mediators  map[string]bool // parties named as the story's go-between ("mediated by the UAE")
	attrs      [][]attribution // per sentence, in order
	attrArena  []attribution   // the memory of attrs
	attrBuf    []attribution   // attribute's working list
	sentDone   []bool          // whether the sentence's attributions are resolved
	quoteEnt   []int           // per quotation: speaker entity, -2 not yet
	quoteDate  []claims.Period
	quoteAttr  []*attribution // per quotation: its attribution, when it has one
	gave       *[]gaveRef     // when recording: which attribution gave each figure its speaker
	ownName    string         // the name the text gives its own outlet ("GB News can reveal"), or ""

	ents                       []entity
	lastPerson, lastOrg, lastE int
	lastPersonSent             int                      // the sentence where lastPerson last spoke
	topic                      claims.Period            // the date the narrative is at
	topicPara                  int                      // the paragraph that set it
	topicFig                   bool                     // whether the sentence that set it dates a figure of its own
	topicVote                  bool                     // whether that date is the day of a vote
	topicNamed                 bool                     // whether another voice's sentence named it ("joined Friday's strike")
	storyDay                   dayAt                    // the latest day the narrative has been at; topic may look back from it
	sayDay                     dayAt                    // the day the narrative says figures were given ("Yesterday, we received figures")
	dataDay                    claims.Date              // the last day a figure was marked as of ("to the end of April"): what "so far this year" runs to
	changesDay                 datedFigure              // the figure a sentence's changes are told of ("That's up 12% from April, and 30% from March"), and the sentence
	tollDay                    dayAt                    // the day a toll was last dated to ("the toll rose to 144 on Wednesday"), shortly before the page, and its paragraph
	events                     map[string]claims.Period // the day the text gives each event noun, read once when needed
	pageNight                  int8                     // whether the text tells of the page's own weekday's night (pageNightTold): 0 not read yet, 1 no, 2 yes
	lastTransfer               transfer
	recent                     []figureTransfer // the last eight transfers read, with their figures (sameFigure); made at the first
	nRecent                    int
	givers                     [4]giver    // per measure, the one party the text has seen give it (soleGiver)
	swapDay                    datedFigure // the as-of day of the last transfer read, and its sentence
	lastMeasure                string
	lastMeasureKey             int
	lastMeasureSent            int    // the sentence of the last measure
	crowdByPredicate           bool   // whether predicate's last answer came from the crowd's ground alone, no word of the people's own
	lastShare                  string // what the last percentage was a share of, for one whose noun is left out
	lastShareSent              int
	numberChanged              int    // 1 + the figure that gives the change of a noun of number before it (numberOfBefore), or 0
	lastPlace, firstPlace      string // the places of the last and the first count that is no transfer
	lastPlacePara              int
	lastPlaceTok               int    // the figure that took lastPlace; -1 for a place a sentence named alone
	firstNational              string // the story's country, when the story's first count was the whole country's
	countSeen                  bool   // a count that is no transfer has taken a place
	placeNational              bool   // placeFor read the figure as the whole country's from words that say so
	lastHolder                 string // who won the last share or seats: "she" and "its" point back to it
	prevDate                   datedFigure
	lastHolderPara             int
	lastHolderFig              int  // the figure token lastHolder was read for
	sawProtest                 bool // a figure of the story counted protesters
	sawDeaths                  bool // a figure of the story counted the dead
	captives                   int8 // 1: the story names prisoners or hostages somewhere, -1: it does not, 0: not looked yet
	hostageStory               int8 // 1: the story names hostages somewhere, -1: it does not, 0: not looked yet
	voting                     int8 // 2: the story names a vote, -1: no vote but a strike or protest, 1: neither, 0: not looked yet (lookVoting)
	crowds                     int8 // 1: the story names a crowd or its gathering twice or more, -1: it does not, 0: not looked yet (crowdStory)
	pubOK                      bool // the publication date is valid
	// day is the story's own day, that relative dates count from and
	// undated figures hold on: the dateline's ("KYIV, June 19 —") when it
	// is a day or a few before the publication date, else that date.
	day claims.Date
	// labelAt is where the dateline writes the story's day: no date of a
	// figure.
	labelAt      claims.Span
	holderHit    bool // placeFor named who won a share, not a place
	placeDefault bool // placeFor fell back to the story's country
	placeAboard  bool // placeFor named a vehicle or the event of one, not a place the story counts in
	placeOfKin   bool // placeFor named the country of the people counted ("4 U.S. citizens"), not where they were counted
	partSent     int  // 1 + the sentence whose figure was read as a part of the transfer before
	groupEnd     int  // 1 + the token of the noun of the last part by group (groupPart)
	keyBuf       []byte
	partyMemo    []namePair // one name per party (party_names.go)
	capWords     []int32    // the capitalised words' tokens, in order (capitalsBefore)
	capsRead     bool
	recurring    []string // one-word names the story writes as a recurring event's (recurringNames)
	recurRead    bool
	nations      []nationPart // the tolls whose people's country the words name (parts.go)

	// The clause layer (clause.go), read lazily per sentence.
	clist    []clause     // the clauses of the sentences read so far
	attaches []attachment // their attachments
	clauseOf []int32      // token → index into clist, for the sentences read
	sentCl   []int32      // sentence si → clist[sentCl[2si]:sentCl[2si+1]]; both 0 when not read yet
	clStack  []int32

	storyCtry string // the country the story is set in (parties.go storyCountry)
	storyDone bool
	urlPlace  string // the place the story's address files it under (parties.go addressPlace)
	urlSpan   claims.Span
	urlDone   bool
	dashPlace string // the place of a dateline set off by a dash (places.go dashDateline)
	dashSpan  claims.Span
	dashDone  bool

	// Per-token caches of the vocabulary look-ups.
	pcache  []lookup
	names   []string // names[0] is ""
	nameIdx map[string]uint16
	mcache  []lookup
	tcache  []uint8 // 1 + the length of a running-total phrase starting here, 1 for none, 0 not yet known
}

// lookup is a cached vocabulary look-up at one token; it holds no
// pointers, so that the garbage collector need not scan the caches.
type lookup struct {
	done bool
	dem  bool
	n    uint8
	name uint16 // index into document.names
}

// nameIndex returns the index of name in d.names, adding it.
func (d *document) nameIndex(name string) uint16 {
	if name == "" {
		return 0
	}
	if i, ok := d.nameIdx[name]; ok {
		return i
	}
	if len(d.names) >= 1<<16-1 {
		return 0 // cannot happen with a vocabulary of fewer than 65,535 names
	}
	d.names = append(d.names, name)
	d.nameIdx[name] = uint16(len(d.names) - 1)
	return uint16(len(d.names) - 1)
}

// transfer is the last transfer read, for the parts of it told after.
// giver is the one party a document has seen give a measure, "-" once
// two have.
type giver struct{ measure, party string }

// soleGiver returns the one party the text has seen give measure m, or "".
func (d *document) soleGiver(m string) string {
	for _, g := range d.givers {
		if sameCount(g.measure, m) && g.party != "-" {
			return g.party
		}
	}
	return ""
}

// noteGiver records that party p gave measure m; a measure beyond the
// first four is not tracked.
func (d *document) noteGiver(m, p string) {
	for i := range d.givers {
		g := &d.givers[i]
		switch {
		case sameCount(g.measure, m):
			if g.party != p {
				g.party = "-"
			}
			return
		case g.measure == "":
			*g = giver{m, p}
			return
		}
	}
}

type transfer struct {
	ok                 bool
	measure            string
	kind               claims.Kind
	subject, recipient string
	mutual             bool
	para               int
	cue                int  // the token of the verb or noun that told it
	guessed            bool // its parties were filled by a default
	// how surely its parties were read, for the figures that take them
	// from it ("Of them, 40 …", "This figure includes 900 …")
	subjConf, recipConf claims.Confidence
	scope               claims.Scope // as read once its claim is built
}

// figureTransfer is a transfer read with the exact figure it was told with.
type figureTransfer struct {
	transfer
	value claims.Decimal
}

// entity is a speaker met in the document.
type entity struct {
	sp     claims.Speaker
	person bool
	said   claims.Period // when it last spoke, as far as the text says
	low    string        // name and role, lowercased, for matching descriptions
	last   string        // the last word of the name, lowercased
}

// key joins the words of toks[i:j] with spaces, for vocabulary look-ups.
// The result is only valid until the next call.
func (d *document) key(i, j int) []byte {
	b := d.keyBuf[:0]
	for k := i; k < j; k++ {
		if k > i {
			b = append(b, ' ')
		}
		b = append(b, d.toks[k].low...)
	}
	d.keyBuf = b
	return b
}

// measureAt returns the canonical measure named by the longest phrase of
// words starting at token i, and the number of tokens it takes.
func (d *document) measureAt(i int) (string, int) {
	if c := &d.mcache[i]; c.done {
		return d.names[c.name], int(c.n)
	}
	m, n := d.measureAtSlow(i)
	d.mcache[i] = lookup{done: true, n: uint8(n), name: d.nameIndex(m)}
	return m, n
}

func (d *document) measureAtSlow(i int) (string, int) {
	if t := &d.toks[i]; t.capital && t.cls&cDate != 0 && d.lx.months[t.low] {
		return "", 0 // "from March": the month, not a protest march
	}
	if d.toks[i].first&1 == 0 {
		if w := d.toks[i].low; d.toks[i].kind == tWord && strings.HasSuffix(w, "'s") {
			if c, found := d.x.measures[w[:len(w)-2]]; found {
				return c, 1
			}
		}
		if w := d.toks[i].low; d.toks[i].kind == tWord && strings.IndexByte(w, '-') > 0 {
			// "counter-protest", "mini-rally": a compound counts what its
			// last part counts.
			if h := strings.LastIndexByte(w, '-'); h > 0 && len(w)-h > 3 {
				if c, found := d.x.measures[w[h+1:]]; found {
					return c, 1
				}
			}
		}
		return "", 0
	}
	maxN := d.x.maxMeasure
	if maxN > 1 && !d.beginsPair(d.x.measurePairs, 32, i) {
		maxN = 1 // no measure's phrase starts with these two words
	}
	for n := min(maxN, len(d.toks)-i); n >= 1; n-- {
		ok := true
		for k := i; k < i+n; k++ {
			if d.toks[k].kind != tWord {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		if c, found := d.x.measures[string(d.key(i, i+n))]; found {
			if c == "protesters" {
				if d.sourceObject(i + n) {
					return "", 0 // "took part in the survey", "participated in a poll": no crowd
				}
				if ev := d.eventIn(i + n); ev != "" {
					return ev, n // "took part in the elections": voters
				}
			}
			return c, n
		}
		if w := d.toks[i].low; n == 1 && strings.HasSuffix(w, "'s") {
			if c, found := d.x.measures[w[:len(w)-2]]; found {
				return c, 1
			}
		}
	}
	return "", 0
}

// partyAt returns the canonical party named at token i (an alias from the
// vocabulary, possibly possessive, or a demonym), the number of tokens, and
// whether it is a demonym (an adjective: "Ukrainian soldiers").
func (d *document) partyAt(i int) (party string, n int, demonym bool) {
	if c := &d.pcache[i]; c.done {
		return d.names[c.name], int(c.n), c.dem
	}
	p, n, dem := d.partyAtSlow(i)
	d.pcache[i] = lookup{done: true, dem: dem, n: uint8(n), name: d.nameIndex(p)}
	return p, n, dem
}

func (d *document) partyAtSlow(i int) (party string, n int, demonym bool) {
	t := &d.toks[i]
	if t.kind != tWord || !(t.capital || t.low == "the") {
		return "", 0, false
	}
	maxN := d.x.maxParty
	first := t.first
	if first&2 == 0 && strings.HasSuffix(t.low, "'s") {
		first = d.x.firsts[t.low[:len(t.low)-2]]
	}
	if first&2 == 0 {
		maxN = 0 // no alias starts with this word
	} else if maxN > 1 && !d.beginsPair(d.x.partyPairs, 64, i) {
		maxN = 1 // no alias starts with these two words ("the" before most nouns)
	}
	for n := min(maxN, len(d.toks)-i); n >= 1; n-- {
		ok := true
		for k := i; k < i+n; k++ {
			if d.toks[k].kind != tWord {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		k := d.key(i, i+n)
		if c, found := d.x.parties[string(k)]; found {
			return c, n, false
		}
		if len(k) > 2 && string(k[len(k)-2:]) == "'s" {
			if c, found := d.x.parties[string(k[:len(k)-2])]; found {
				return c, n, false
			}
		}
	}
	w := strings.TrimSuffix(t.low, "'s")
	if d.afterCourtesyTitle(i) {
		return "", 0, false // "Dr Polish", "Mr English": a person's name
	}
	if t.cls&cDemonym != 0 {
		if c, ok := d.x.demonyms[w]; ok {
			return c, 1, true
		}
	}
	if len(w) > 4 && w[len(w)-1] == 's' {
		if c, ok := d.x.demonyms[w[:len(w)-1]]; ok {
			return c, 1, true // "Americans", "Venezuelans"
		}
	}
	if a, _, ok := strings.Cut(w, "-"); ok {
		if c, ok := d.x.demonyms[a]; ok {
			return c, 1, true // "Russian-Ukrainian", "Ukrainian-controlled"
		}
	}
	return "", 0, false
}

// afterCourtesyTitle reports a word right after "Dr", "Mr", "Mrs", "Ms" or
// "Prof" (with or without a full stop): a person's name, whatever else the
// word may mean.
func (d *document) afterCourtesyTitle(i int) bool {
	j := i - 1
	if j > 0 && d.toks[j].low == "." {
		j--
	}
	if j < 0 || d.toks[j].kind != tWord || !d.toks[j].capital {
		return false
	}
	switch strings.TrimSuffix(d.toks[j].low, ".") {
	case "dr", "mr", "mrs", "ms", "prof", "mx":
		return true
	}
	return false
}

// beginsPair reports whether the words at i and i+1 are the first two
// words of a phrase of pairs (the parties' or the measures', built by
// addPair), the second maybe possessive ("El Salvador's" as "El
// Salvador").
func (d *document) beginsPair(pairs map[string]bool, second uint8, i int) bool {
	if i+1 >= len(d.toks) {
		return false
	}
	if t := &d.toks[i+1]; t.first&second == 0 && !strings.HasSuffix(t.low, "'s") {
		return false // no phrase of pairs has this word second (first bit 32 or 64)
	}
	k := d.key(i, i+2)
	if pairs[string(k)] {
		return true
	}
	return len(k) > 2 && string(k[len(k)-2:]) == "'s" && pairs[string(k[:len(k)-2])]
}

// nationalityList reports a demonym at i in a list of three or more
// demonyms ("Turkish, Afghan, Serbian and Indian"): the origins of the
// people a story counts, not sides of it.
func (d *document) nationalityList(i int) bool {
	n := 1
	for _, step := range [2]int{-2, 2} {
		for j := i + step; j >= 0 && j < len(d.toks); j += step {
			sep := j - step/2
			if w := d.toks[sep].low; w != "," && w != "and" && w != "or" {
				break
			}
			if d.toks[j].kind != tWord || d.toks[j].cls&cDemonym == 0 {
				break
			}
			n++
		}
	}
	return n >= 3
}

// countParties counts each party's mentions: the parties of the story.
func (d *document) countParties() {
	d.parties = map[string]int{}
	d.partyFirst = map[string]int{}
	d.mediators = map[string]bool{}
	next := 0 // the first token a party may start at: none inside the last one
	for _, j := range d.capitalsBefore(len(d.toks)) {
		i := int(j)
		if i < next {
			continue
		}
		t := &d.toks[i]
		if p, n, dem := d.partyAt(i); p != "" {
			if dem && d.nationalityList(i) {
				continue // "the most removed were Turkish, Afghan and Indian": the people's origins, no party of the story
			}
			if _, ok := d.partyFirst[p]; !ok {
				d.partyFirst[p] = i
			}
			d.parties[p]++
			if d.mediating(i, n) {
				d.mediators[p] = true
			}
			i += n - 1
			next = i + 1
			if strings.Contains(t.low, "-") { // "Russian-Ukrainian": both
				for _, part := range strings.Split(t.low, "-")[1:] {
					if c, ok := d.x.demonyms[part]; ok {
						d.parties[c]++
						if _, ok := d.partyFirst[c]; !ok {
							d.partyFirst[c] = i
						}
					}
				}
			}
		}
	}
}

// topParties returns the story's parties, most mentioned first (ties:
// first mentioned first).
func (d *document) topParties() []string {
	var ps []string
	for p := range d.parties {
		ps = append(ps, p)
	}
	for i := 1; i < len(ps); i++ {
		for j := i; j > 0 && d.partyLess(ps[j], ps[j-1]); j-- {
			ps[j], ps[j-1] = ps[j-1], ps[j]
		}
	}
	return ps
}

func (d *document) partyLess(a, b string) bool {
	if d.parties[a] != d.parties[b] {
		return d.parties[a] > d.parties[b]
	}
	return d.partyFirst[a] < d.partyFirst[b]
}

// counterpart returns the story's other party: the most mentioned party
// that is not p, or "" when there is none.
func (d *document) counterpart(p string) string {
	best := ""
	for q := range d.parties {
		if q == p || d.isGround(q) || d.mediators[q] || isIntermediary(q) {
			continue
		}
		if best == "" || d.partyLess(q, best) {
			best = q
		}
	}
	return best
}

// mediating reports a party's mention at tokens [i, i+n) that names it
// as the go-between: a word of mediation (lexicon's mediation) within two
// words before it ("mediated by the UAE", "key mediator Qatar") or right
// after it ("Qatar, a mediator"), in its own sentence: a headline that
// ends "… after Gulf mediation" says nothing of the party that opens the
// line below it.
func (d *document) mediating(i, n int) bool {
	si := d.sentOf[i]
	for j := max(0, i-3); j < i; j++ {
		if d.toks[j].gram&gMediation != 0 && d.sentOf[j] == si {
			return true
		}
	}
	for j := i + n; j < len(d.toks) && j <= i+n+2; j++ {
		if d.toks[j].gram&gMediation != 0 && d.sentOf[j] == si {
			return true
		}
	}
	return false
}

// isGround reports a country that is the ground of an armed movement the
// story names (lexicon's groundOf): a place there, not a side.
func (d *document) isGround(q string) bool {
	for g, home := range d.lx.groundOf {
		if home == q && d.parties[g] > 0 {
			return true
		}
	}
	return false
}

// cls returns the word classes of token k (a possessive "'s" does not
// change a title, an organisation or a demonym), read with its word.
func (d *document) cls(k int) uint32 { return d.toks[k].cls }

// nextFig returns the first figure's token from i to last, or last+1.
func (d *document) nextFig(i, last int) int {
	if i > last {
		return i
	}
	toks := d.toks[i : last+1]
	for k := range toks {
		if toks[k].kind == tFig {
			return i + k
		}
	}
	return last + 1
}

// nextCls returns the first token from i to last that has one of the word
// classes bits, or last+1: a loop of its own for a stage that looks at few
// words of a sentence, so that the words it passes over cost little.
func (d *document) nextCls(i, last int, bits uint32) int {
	if i > last {
		return i
	}
	toks := d.toks[i : last+1]
	for k := range toks {
		if toks[k].cls&bits != 0 {
			return i + k
		}
	}
	return last + 1
}

// span returns the byte span of tokens [i, j].
func (d *document) span(i, j int) claims.Span {
	return claims.Span{Start: d.toks[i].start, End: d.toks[j].end}
}

// datedFigure is the date found for the last figure read, for the parts
// of it that follow in the same sentence or the next, and what it counts.
type datedFigure struct {
	ok      bool
	sent    int
	quote   int32
	p       claims.Period
	sp      claims.Span
	measure string
}
