package text

import (
	"errors"
	"strings"
	"sync"

	"github.com/crosscheck/crosscheck/claims"
	"golang.org/x/text/language"
)

// Options configure an Extractor. The zero value reads English with
// crosscheck's default vocabulary and takes the publication date and the
// outlet from the document itself.
type Options struct {
	// Vocabulary names measures and parties. Nil means
	// claims.DefaultVocabulary; either way the extractor adds the words
	// news reports use for crowds and tolls ("crowd", "died", "death toll")
	// where the vocabulary has none of its own. The Extractor reads it once,
	// when it is made: later changes are not seen.
	Vocabulary *claims.Vocabulary
	// Demonyms maps adjectives of nationality ("russian") to their party
	// ("Russia"), in addition to the built-in ones.
	Demonyms map[string]string
	// Language is the language of the text, for reading figures. The zero
	// Tag is English.
	Language language.Tag
	// Published, when valid, overrides the document's own date.
	Published claims.Date
	// Outlet, when set, overrides the outlet named in the document.
	Outlet string
	// URL, when set, overrides the document's url header.
	URL string
	// Explain fills each Claim's Reasons.
	Explain bool
}

// An Extractor reads attributed claims out of news articles. Make one with
// New; the zero value is not ready to use. An Extractor is safe for
// concurrent use: each call to Extract works on its own state.
type Extractor struct {
	opts         Options
	lx           *lexicon
	measures     map[string]string // folded phrase → canonical measure
	parties      map[string]string // folded alias → canonical party
	demonyms     map[string]string
	canon        map[string]bool   // the canonical measures
	firsts       map[string]uint8  // first words of phrases: 1 measure, 2 party, 4 running total
	partyPairs   map[string]bool   // the first two words of the parties' phrases of two words or more
	measurePairs map[string]bool   // likewise of the measures' phrases
	classes      map[string]uint32 // word → the word classes it is in (cSpeech, …)
	words        *wordTable        // every known word with all its classes
	countries    map[string]bool   // the parties that are countries
	maxMeasure   int               // the longest measure phrase, in words
	maxParty     int
	scratch      sync.Pool // *scratch
}

// New returns an Extractor with the given options.
func New(opts Options) *Extractor {
	v := opts.Vocabulary
	if v == nil {
		v = claims.DefaultVocabulary()
	}
	// Copy the vocabulary, so that the extra terms do not change the caller's.
	cp := new(claims.Vocabulary)
	for k, c := range v.MeasureTerms() {
		cp.AddMeasure(c, k)
	}
	for k, c := range v.PartyTerms() {
		cp.AddParty(c, k)
	}
	extendVocabulary(cp)
	x := &Extractor{opts: opts, lx: newLexicon().withAttribution(), measures: map[string]string{}, parties: map[string]string{}, canon: map[string]bool{}}
	for k, c := range cp.MeasureTerms() {
		x.measures[k] = c
		x.canon[c] = true
		x.maxMeasure = max(x.maxMeasure, strings.Count(k, " ")+1)
	}
	for k, c := range cp.PartyTerms() {
		x.parties[k] = c
		x.maxParty = max(x.maxParty, strings.Count(k, " ")+1)
	}
	// The countries the demonyms name are parties too ("Syria", "Turkey").
	addCountries := func(m map[string]string) {
		for _, c := range m {
			k := strings.ToLower(c)
			if _, ok := x.parties[k]; !ok {
				x.parties[k] = c
				x.maxParty = max(x.maxParty, strings.Count(k, " ")+1)
			}
		}
	}
	addCountries(x.lx.demonyms)
	x.countries = map[string]bool{}
	for _, m := range []map[string]string{x.lx.demonyms, x.lx.capitals, opts.Demonyms} {
		for _, c := range m {
			x.countries[c] = true
		}
	}
	for k, c := range x.lx.countryNames {
		if _, ok := x.parties[k]; !ok {
			x.parties[k] = c
			x.maxParty = max(x.maxParty, strings.Count(k, " ")+1)
		}
	}
	for k, c := range x.lx.capitals {
		if _, ok := x.parties[k]; !ok {
			x.parties[k] = c
			x.maxParty = max(x.maxParty, strings.Count(k, " ")+1)
		}
	}
	addCountries(opts.Demonyms)
	x.firsts = map[string]uint8{}
	first := func(k string, bit uint8) {
		w, _, _ := strings.Cut(k, " ")
		x.firsts[w] |= bit
	}
	x.measurePairs = map[string]bool{}
	second := func(k string, bit uint8) {
		if f := strings.Fields(k); len(f) >= 2 {
			x.firsts[f[1]] |= bit
		}
	}
	for k, c := range x.measures {
		first(k, 1)
		second(k, 32)
		if c == "protesters" {
			first(k, 16) // a crowd's phrase may start here (crowdStory)
		}
		addPair(x.measurePairs, k)
	}
	x.partyPairs = map[string]bool{}
	for k := range x.parties {
		first(k, 2)
		second(k, 64)
		addPair(x.partyPairs, k)
	}
	for k := range x.lx.total {
		first(k, 4)
	}
	for k := range x.lx.wires {
		first(k, 8)
	}
	x.demonyms = x.lx.demonyms
	defer x.buildClasses()
	if len(opts.Demonyms) > 0 {
		x.demonyms = make(map[string]string, len(x.lx.demonyms)+len(opts.Demonyms))
		for k, c := range x.lx.demonyms {
			x.demonyms[k] = c
		}
		for k, c := range opts.Demonyms {
			x.demonyms[strings.ToLower(k)] = c
		}
	}
	return x
}

// addPair records the first two words of phrase k in pairs, when it has
// two or more (document.beginsPair).
func addPair(pairs map[string]bool, k string) {
	if f := strings.Fields(k); len(f) >= 2 {
		pairs[f[0]+" "+f[1]] = true
	}
}

// Word classes, as bits, so that one look-up per token answers them all.
const (
	cKnown uint32 = 1 << iota // the token's classes have been looked up
	cSpeech
	cTitle
	cOrg
	cDemonym
	cBreaker
	cAux
	cGive
	cReceive
	cMutual
	cPerson
	cWithheld
	cObjectCue  // a cue that is no speech verb: "gave", "issued", "for", "in", "per"
	cDate       // a word that may be a date or its head (dates.go dateAtOnly): "Monday", "April", "yesterday", "week"
	cTold       // a word that says figures were given (asof_words.go reportWords)
	cDateTail   // a word skipDateTail steps over: a date's word, or an adverb said between a source and its cue
	cOwnCue     // a verb an outlet names itself with (attrib_words.go ownCues): "reveal"
	cWeekday    // a day of the week (dates.go weekdays)
	cSource     // a noun of a source of figures (attrib_words.go sourceNouns): "poll", "report"
	cDataObject // a noun of figures given (attrib_words.go dataObjects): "tally", "estimate"
	cPrep       // a preposition (the lexicon's prep)
	cPronoun    // a personal pronoun (the lexicon's pronoun)
	cDeterminer // a determiner before a noun (attrib_words.go determiners): "the", "its"
	// Word lists that stages test token by token, each a bit of its own so
	// that the test is one of the token's bits, not a map look-up.
	cKnows       // knowsWords: "familiar", "briefed"
	cEstimate    // the lexicon's estimate and estimateCues: a cue that makes its figure an estimate
	cEstimateCue // the lexicon's estimateCue: "estimated", "projected"
	cClaimNoun   // claimNouns and planNouns: "claim", "proposal"
	cReported    // reportedWords: "reported", "announced"
	cInference   // inferenceWords: "meaning", "implying"
	cShaped      // a cue checked for its shape or object (reviseVerbs, figureCues, clauseCues, findingVerbs, particleCues, leadInCues, actCues, thatCues)
	cWithheldObj // the lexicon's withheldObj: "number", "figure"
	cPledge      // the lexicon's pledge, grant and give: a word of giving
	// The 32 bits are all taken: another list takes a grammar bit (gram) or
	// a wider field.
)

// dateHeads are the words in small letters that dateAtOnly reads as a
// date or the head of one ("last week", "this evening", "at that time").
var dateHeads = set("week", "weekend", "month", "year", "morning", "afternoon", "evening", "night", "time", "point", "then",
	"earlier", "before", "later", "after", "day") // "two days earlier", "the previous day": offsetDay

// buildClasses fills x.classes from the lexicon's word lists.
func (x *Extractor) buildClasses() {
	x.classes = map[string]uint32{}
	for bit, m := range map[uint32]map[string]bool{cSpeech: x.lx.speech, cTitle: x.lx.title, cOrg: x.lx.org,
		cBreaker: x.lx.breaker, cAux: x.lx.aux, cGive: x.lx.give, cReceive: x.lx.receive, cMutual: x.lx.mutual,
		cPerson: x.lx.person, cWithheld: x.lx.withheldLead, cObjectCue: objectCueWords, cDate: dateHeads, cTold: reportWords,
		cOwnCue: ownCues, cSource: sourceNouns, cDataObject: dataObjects,
		cPrep: x.lx.prep, cPronoun: x.lx.pronoun, cDeterminer: determiners} {
		for w := range m {
			x.classes[w] |= bit
		}
	}
	for _, m := range [...]struct {
		bit uint32
		set map[string]bool
	}{{cKnows, knowsWords}, {cEstimate, x.lx.estimate}, {cEstimate, estimateCues}, {cEstimateCue, x.lx.estimateCue},
		{cClaimNoun, claimNouns}, {cClaimNoun, planNouns}, {cClaimNoun, ownedFigures}, {cObjectCue, ownedFigures}, {cReported, reportedWords}, {cInference, inferenceWords},
		{cShaped, reviseVerbs}, {cShaped, figureCues}, {cShaped, clauseCues}, {cShaped, findingVerbs}, {cShaped, leadInCues}, {cShaped, actCues}, {cShaped, thatCues},
		{cWithheldObj, x.lx.withheldObj}, {cPledge, x.lx.pledge}, {cPledge, x.lx.grant}, {cPledge, x.lx.give}} {
		for w := range m.set {
			x.classes[w] |= m.bit
		}
	}
	for w := range particleCues {
		x.classes[w] |= cShaped
	}
	for w := range x.demonyms {
		x.classes[w] |= cDemonym
	}
	for w := range dayWords {
		x.classes[w] |= cDate
	}
	for w := range months {
		x.classes[w] |= cDate
		for _, p := range monthParts {
			x.classes[p+w] |= cDate // "mid-october"
		}
	}
	for w := range weekdays {
		x.classes[w] |= cDate
	}
	for _, m := range [...]map[string]bool{dateTail, adverbBeforeSpeechWords} {
		for w := range m {
			x.classes[w] |= cDateTail
		}
	}
	for w := range weekdays {
		x.classes[w] |= cDateTail | cWeekday
	}
	for w := range months {
		if isWeekdayOrMonth(w) { // not "may"
			x.classes[w] |= cDateTail
		}
	}
	for w := range x.classes {
		if mannerAdverb(w) {
			x.classes[w] |= cDateTail
		}
	}
	x.buildWords()
}

// Extract returns the claims of one article, in the order of their figures.
// name is the document's name (a path or a URL), kept as the claims'
// Source.Document. Every span is a byte range of text as given. An empty
// article yields no claim and no error. Bytes that are not text (a PDF,
// random bytes, NUL bytes, mostly invalid UTF-8) yield no claim and an
// *InputError that matches ErrNotText; a few invalid bytes, or a figure
// too long to be a quantity, yield the claims read and an *InputError that
// locates each problem (joined by errors.Join when there are several).
func Extract(name string, text []byte, opts Options) ([]claims.Claim, error) {
	return New(opts).Extract(name, text)
}

// Extract is the package-level Extract with x's options.
func (x *Extractor) Extract(name string, text []byte) ([]claims.Claim, error) {
	var warns []error
	if e := checkText(text); e != nil {
		if e.NotText {
			return nil, e
		}
		warns = append(warns, e)
	}
	sc, _ := x.scratch.Get().(*scratch)
	if sc == nil {
		sc = new(scratch)
	}
	d := x.read(name, string(text), sc)
	warns = append(warns, longFigures(text, d.figs)...)
	cs := d.claims()
	// Keep the buffers for the next document, unless they grew past what
	// an ordinary article needs: memory stays bounded by one document.
	if cap(d.toks) <= 1<<16 {
		sc.toks, sc.caches, sc.tcache, sc.sentOf = d.toks[:0], sc.caches[:0], d.tcache[:0], d.sentOf[:0]
		sc.clauseOf, sc.clist, sc.attaches = d.clauseOf[:0], d.clist[:0], d.attaches[:0]
		sc.figs, sc.ents, sc.attrs, sc.paraOf = d.figs[:0], d.ents[:0], d.attrs[:0], d.paraOf[:0]
		sc.attrArena, sc.attrBuf = d.attrArena[:0], d.attrBuf[:0]
		sc.sents, sc.sentDone, sc.quotes, sc.keyBuf = d.sents[:0], d.sentDone[:0], d.quotes[:0], d.keyBuf[:0]
		sc.names, sc.capWords = d.partyMemo[:0], d.capWords[:0]
		x.scratch.Put(sc)
	}
	return cs, errors.Join(warns...)
}

// scratch holds one document's token-sized buffers, for reuse by the next.
type scratch struct {
	toks   []token
	caches []lookup
	tcache []uint8
	// The figures, speakers and per-sentence tables.
	figs      []figure
	ents      []entity
	attrs     [][]attribution
	attrArena []attribution
	attrBuf   []attribution
	paraOf    []int
	sentOf    []int
	sents     []sentence
	sentDone  []bool
	quotes    []quotation
	keyBuf    []byte
	names     []namePair
	capWords  []int32
	// The clause layer's buffers (clause.go).
	clauseOf []int32
	clist    []clause
	attaches []attachment
}

// grow returns b resized to n zeroed elements, reusing its memory.
func grow[T any](b []T, n int) []T {
	if cap(b) < n {
		return make([]T, n)
	}
	b = b[:n]
	clear(b)
	return b
}

// read runs the stages that do not depend on figures' meaning: metadata,
// tokens, figures, quotations, sentences, parties.
func (x *Extractor) read(name, text string, sc *scratch) *document {
	d := &document{x: x, lx: x.lx, name: name, text: text, lastPerson: -1, lastPersonSent: -1, lastOrg: -1, lastE: -1, lastMeasureKey: -1 << 30, lastMeasureSent: -1, lastPlaceTok: -1}
	d.keyBuf = sc.keyBuf[:0]
	d.partyMemo = sc.names[:0]
	d.capWords = sc.capWords[:0]
	d.m = readMeta(text, x.lx)
	pub := d.m.published
	if x.opts.Published.IsValid() {
		pub = x.opts.Published
	}
	lines := readPage(text, d.m.body, x.lx, pub)
	if d.m.dateline == "" && !d.m.datelineDay.IsValid() {
		// A dateline after the page's furniture (menus, a timestamp, a
		// byline): at the start of one of the story's first lines (after
		// its headline and sub-headline).
		tried := 0
		for _, l := range lines {
			if l.kind == lineFurniture || strings.TrimSpace(text[l.start:l.end]) == "" {
				continue
			}
			if tried++; tried > 3 {
				break
			}
			if l.start > d.m.lead {
				lead := d.m.lead
				d.m.lead = l.start
				if d.m.readDateline(text, x.lx); d.m.dateline != "" || d.m.datelineDay.IsValid() {
					break
				}
				d.m.lead = lead
			}
		}
	}
	d.source = claims.Source{Document: name, Outlet: d.m.outlet, URL: d.m.url, Published: d.m.published}
	if d.source.Outlet == "" {
		d.source.Outlet = d.m.wire
	} else if d.m.wire != "" && !strings.EqualFold(d.m.wire, d.source.Outlet) {
		d.source.Via = append(d.source.Via, d.m.wire)
	}
	if x.opts.Outlet != "" {
		d.source.Outlet = x.opts.Outlet
	}
	if x.opts.URL != "" {
		d.source.URL = x.opts.URL
	}
	if x.opts.Published.IsValid() {
		d.source.Published = x.opts.Published
	}
	d.pubOK = d.source.Published.IsValid()
	d.day = d.source.Published
	if dl := d.m.datelineDay; d.pubOK && dl.IsValid() && dl.Compare(d.day) <= 0 && dl.Compare(d.day.AddDays(-7)) >= 0 {
		d.day = dl // a story filed on June 19, put on the page on June 20
		// The dateline's date is a label of the story, no date of the
		// figures of its first sentence: they are of the story's day
		// unless their own words date them ("KYIV, June 20 (IANS) … on
		// Thursday … freeing 150").
		d.labelAt = d.m.dayAt
	}
	body := text[d.m.body:]
	// The page: furniture yields no figure and no token.
	skip, brks, heads := pageCuts(text, lines)
	figs := sc.figs[:0]
	if cap(figs) < len(body)/128+4 {
		figs = make([]figure, 0, len(body)/128+4)
	}
	tag := separatorTag(body, x.opts.Language)
	d.figs = scanFigures(body, tag, figs)
	for i := range d.figs {
		d.figs[i].span.Start += d.m.body
		d.figs[i].span.End += d.m.body
	}
	d.figs = dropFurniture(d.figs, skip)
	d.figs = rescan(text, d.figs, endingFigures(text, d.figs, heads), tag)
	d.figs = joinSpaceGroups(text, d.figs, tag)
	d.figs = listedOnes(text, d.figs)
	for i := range d.figs {
		if d.figs[i].claim && (counterLine(text, d.figs[i].span) || listMarker(text, d.figs[i].span)) {
			d.figs[i].claim = false // a gallery's "2" on a line of its own, a list's "(2.)": the page's numbering
		}
	}
	if cap(sc.toks) < len(body)/5+1 {
		sc.toks = make([]token, 0, len(body)/5+1)
	}
	var glue []int
	d.toks, glue = tokenizePage(text, d.m.body, skip, brks, x.words, sc.toks[:0], nil)
	d.figs = mendGlued(text, d.figs, glue, tag)
	d.figs = splitChanges(text, d.figs, x.lx.change, tag)
	d.figs = verbEstimates(text, d.figs, d.toks, tag)
	d.toks = mergeFigures(d.toks, d.figs)
	d.names, d.nameIdx = []string{""}, map[string]uint16{}
	sc.caches = grow(sc.caches, 2*len(d.toks))
	caches := sc.caches
	d.pcache, d.mcache = caches[:len(d.toks)], caches[len(d.toks):]
	d.tcache = grow(sc.tcache, len(d.toks))
	d.quotes = markQuotes(d.toks, sc.quotes)
	d.sents = splitSentences(text, d.toks, x.lx, sc.sents)
	d.openingParticiples()
	d.sentOf = grow(sc.sentOf, len(d.toks))
	d.clauseOf, d.clist, d.attaches = sc.clauseOf[:0], sc.clist[:0], sc.attaches[:0]
	d.paraOf = grow(sc.paraOf, len(d.sents))
	d.ents = sc.ents[:0]
	para := -1
	for si, s := range d.sents {
		if d.toks[s.first].para {
			para++
		}
		d.paraOf[si] = max(para, 0)
		sent := d.sentOf[s.first : s.last+1]
		for k := range sent {
			sent[k] = si
		}
	}
	d.countParties()
	d.attrs = grow(sc.attrs, len(d.sents))
	d.attrArena, d.attrBuf = sc.attrArena[:0], sc.attrBuf[:0]
	d.sentDone = grow(sc.sentDone, len(d.sents))
	for si, s := range d.sents {
		as, via := d.attribute(s)
		if len(as) > 0 {
			// One block for the document's attributions: a sentence's
			// slice stays valid when the block grows.
			n := len(d.attrArena)
			d.attrArena = append(d.attrArena, as...)
			d.attrs[si] = d.attrArena[n:len(d.attrArena):len(d.attrArena)]
		}
		for _, w := range via {
			d.addVia(w)
		}
	}
	d.creditWires()
	d.quoteEnt = make([]int, len(d.quotes))
	d.quoteDate = make([]claims.Period, len(d.quotes))
	d.quoteAttr = make([]*attribution, len(d.quotes))
	for i := range d.quoteEnt {
		d.quoteEnt[i] = -2
	}
	return d
}

// addVia records a wire the story came through.
func (d *document) addVia(w string) {
	if strings.EqualFold(w, d.source.Outlet) {
		return
	}
	for _, v := range d.source.Via {
		if strings.EqualFold(v, w) {
			return
		}
	}
	d.source.Via = append(d.source.Via, w)
}

// creditWires finds wire credits outside speech verbs: "(Reuters)",
// "/TASS/", "according to TASS" (already an attribution), "Xinhua news
// agency reported" (likewise).
func (d *document) creditWires() {
	for _, j := range d.capitalsBefore(len(d.toks) - 1) {
		i := int(j)
		if i < 1 {
			continue
		}
		t := &d.toks[i]
		l, r := d.toks[i-1].low, d.toks[i+1].low
		if (l == "(" && r == ")") || (l == "/" && r == "/") {
			if d.lx.wires[t.low] || isUpperWord(d.text[t.start:t.end]) && d.lx.wires[t.low] {
				d.addVia(d.text[t.start:t.end])
			}
		}
	}
}
