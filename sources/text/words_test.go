package text

import (
	"slices"
	"strings"
	"testing"
)

func TestWordTable(t *testing.T) {
	x := New(Options{})
	tests := []struct {
		in, low string
		cls     uint32 // bits that must be set
		not     uint32 // bits that must not be set
		gram    uint32
		first   uint8
	}{
		{in: "said", low: "said", cls: cKnown | cSpeech, gram: gKnown | gVerb},
		{in: "Said", low: "said", cls: cKnown | cSpeech, gram: gKnown | gVerb},
		{in: "THE", low: "the", cls: cKnown, not: cSpeech, gram: gKnown | gDet},
		{in: "Minister", low: "minister", cls: cKnown | cTitle},
		{in: "minister's", low: "minister's", cls: cKnown | cTitle},
		{in: "Monday's", low: "monday's", cls: cKnown | cDate},
		{in: "April", low: "april", cls: cKnown | cDate},
		{in: "yesterday", low: "yesterday", cls: cKnown | cDate},
		{in: "figures", low: "figures", cls: cKnown | cTold},
		{in: "Ukrainian", low: "ukrainian", cls: cKnown | cDemonym},
		{in: "Ukraine’s", low: "ukraine's", cls: cKnown},
		{in: "Zxqwv", low: "zxqwv", cls: cKnown, not: ^cKnown, gram: gKnown},
		{in: "blorped", low: "blorped", cls: cKnown, gram: gKnown | gVerb}, // a regular past, by its ending
		{in: "seed", low: "seed", gram: gKnown, not: 0},
		{in: "prisoners", low: "prisoners", first: 1},
	}
	var buf []byte
	for _, tc := range tests {
		low, wi := x.words.word(tc.in, &buf, nil)
		wi.cls |= x.words.possessive(low)
		if low != tc.low {
			t.Errorf("word(%q) = %q, want %q", tc.in, low, tc.low)
		}
		if wi.cls&tc.cls != tc.cls || wi.cls&tc.not != 0 {
			t.Errorf("word(%q) classes %#x, want %#x set and %#x clear", tc.in, wi.cls, tc.cls, tc.not)
		}
		if wi.gram&tc.gram != tc.gram {
			t.Errorf("word(%q) grammar %#x, want %#x set", tc.in, wi.gram, tc.gram)
		}
		if tc.in == "seed" && wi.gram&gVerb != 0 {
			t.Errorf("word(%q) read as a verb", tc.in)
		}
		if wi.first&tc.first != tc.first {
			t.Errorf("word(%q) first %d, want %d", tc.in, wi.first, tc.first)
		}
	}
	// A nil table knows no word, and still lowers it.
	var none *wordTable
	if low, wi := none.word("Said", &buf, nil); low != "said" || wi.cls != cKnown {
		t.Errorf("nil table: %q %#x", low, wi.cls)
	}
}

// TestWordTableMatchesClasses checks that every word the tables list is
// found again, with the same classes, whatever its case.
func TestWordTableMatchesClasses(t *testing.T) {
	x := New(Options{})
	var buf []byte
	for w, c := range x.classes {
		if _, wi := x.words.word(w, &buf, nil); wi.cls != c|cKnown {
			t.Errorf("%q: classes %#x, want %#x", w, wi.cls, c|cKnown)
		}
	}
	for w, c := range x.lx.g.cls {
		if _, wi := x.words.word(w, &buf, nil); wi.gram&c != c {
			t.Errorf("%q: grammar %#x, want %#x", w, wi.gram, c)
		}
	}
}

// BenchmarkTokenize cuts 1 MB of news-like text into tokens, each with
// its word's classes.
func BenchmarkTokenize(b *testing.B) {
	text := string(newsLike(b, 1<<20, false))
	x := New(Options{})
	toks := make([]token, 0, len(text)/4)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		toks, _ = tokenizePage(text, 0, nil, nil, x.words, toks[:0], nil)
	}
}

// TestDateTailClass checks that the class cDateTail of a token is what
// skipDateTail read word by word before: a word of a date's tail, a
// weekday or a month (not "may"), an adverb said before a cue, or a word
// of manner in -ly.
func TestDateTailClass(t *testing.T) {
	x := New(Options{})
	want := func(w string) bool {
		return dateTail[w] || isWeekdayOrMonth(w) || adverbBeforeSpeechWords[w] || mannerAdverb(w)
	}
	words := []string{"May", "may", "Tuesday", "tuesday's", "October", "oct", "quietly", "Quickly", "only", "rally", "Italy",
		"fly", "reportedly", "Reportedly", "then", "Sadly", "earlier", "in", "the", "said", "Ukrainian", "Wednesday", "ly", "holy"}
	for w := range x.classes {
		words = append(words, w)
	}
	for w := range lyWords {
		words = append(words, w)
	}
	var buf []byte
	for _, w := range words {
		toks, _ := tokenizePage(w, 0, nil, nil, x.words, nil, nil)
		if len(toks) != 1 || toks[0].kind != tWord {
			continue // a phrase or a mark
		}
		if got := toks[0].cls&cDateTail != 0; got != want(toks[0].low) {
			t.Errorf("%q: cDateTail %v, want %v", w, got, !got)
		}
		if _, wi := x.words.word(w, &buf, nil); wi.cls&cDateTail != toks[0].cls&cDateTail {
			t.Errorf("%q: word %#x, token %#x", w, wi.cls, toks[0].cls)
		}
	}
}

// TestGrammarBits checks that a token's grammar bits gPrep and gDet are
// what g.prep and g.det say of its word, and that no mark is either (so
// that isPrep and isDet need not look a mark up).
func TestGrammarBits(t *testing.T) {
	x := New(Options{})
	g := x.lx.g
	words := []string{"In", "THE", "the", "of", "A", "an", "No", "Each", "onto", "said", "Russia", "ON", ",", ".", "(", "—", "'", "’"}
	for w := range g.prep {
		words = append(words, w)
	}
	for w := range g.det {
		words = append(words, w)
	}
	for _, w := range words {
		toks, _ := tokenizePage(w, 0, nil, nil, x.words, nil, nil)
		if len(toks) != 1 {
			continue // a phrase
		}
		tk := toks[0]
		if got := tk.gram&gPrep != 0; got != g.prep[tk.low] {
			t.Errorf("%q: gPrep %v, g.prep %v", w, got, !got)
		}
		if got := tk.gram&gDet != 0; got != g.det[tk.low] {
			t.Errorf("%q: gDet %v, g.det %v", w, got, !got)
		}
	}
}

// TestWeekdayBreakerBits checks that the class bits cWeekday and cBreaker
// of a word token are what weekdays and the lexicon's breaker list say of
// its word.
func TestWeekdayBreakerBits(t *testing.T) {
	x := New(Options{})
	words := []string{"Monday", "monday's", "Sunday", "May", "week", "The", "said", "and", "Russia", "however"}
	for w := range weekdays {
		words = append(words, w)
	}
	for w := range x.lx.breaker {
		words = append(words, w)
	}
	for _, w := range words {
		toks, _ := tokenizePage(w, 0, nil, nil, x.words, nil, nil)
		if len(toks) != 1 || toks[0].kind != tWord {
			continue // a phrase or a mark
		}
		tk := toks[0]
		_, wd := weekdays[tk.low]
		if got := tk.cls&cWeekday != 0; got != wd {
			t.Errorf("%q: cWeekday %v, weekdays %v", w, got, wd)
		}
		if got := tk.cls&cBreaker != 0; got != x.lx.breaker[tk.low] {
			t.Errorf("%q: cBreaker %v, breaker %v", w, got, !got)
		}
	}
}

// TestListBits checks that the word lists stages test by a class or
// grammar bit give every word they list that bit, and no other word: the
// bit answers what the list's look-up did.
func TestListBits(t *testing.T) {
	x := New(Options{})
	particles := map[string]bool{}
	for w := range particleCues {
		particles[w] = true
	}
	lists := []struct {
		bit  uint32
		sets []map[string]bool
	}{
		{cKnows, []map[string]bool{knowsWords}},
		{cEstimate, []map[string]bool{x.lx.estimate, estimateCues}},
		{cEstimateCue, []map[string]bool{x.lx.estimateCue}},
		{cClaimNoun, []map[string]bool{claimNouns, planNouns, ownedFigures}},
		{cReported, []map[string]bool{reportedWords}},
		{cInference, []map[string]bool{inferenceWords}},
		{cShaped, []map[string]bool{reviseVerbs, figureCues, clauseCues, findingVerbs, leadInCues, particles, actCues, thatCues}},
		{cWithheldObj, []map[string]bool{x.lx.withheldObj}},
		{cPledge, []map[string]bool{x.lx.pledge, x.lx.grant, x.lx.give}},
		{cSource, []map[string]bool{sourceNouns}},
	}
	var buf []byte
	for _, l := range lists {
		in := func(w string) bool {
			for _, m := range l.sets {
				if m[w] {
					return true
				}
			}
			return false
		}
		for _, m := range l.sets {
			for w := range m {
				if _, wi := x.words.word(w, &buf, nil); wi.cls&l.bit == 0 && !strings.Contains(w, " ") {
					t.Errorf("%q: listed, but no bit %#x", w, l.bit)
				}
			}
		}
		for w := range x.classes {
			if _, wi := x.words.word(w, &buf, nil); wi.cls&l.bit != 0 && !in(w) {
				t.Errorf("%q: bit %#x, but not listed", w, l.bit)
			}
		}
		for _, w := range []string{"river", "quietly", "Monday", "the"} {
			if _, wi := x.words.word(w, &buf, nil); wi.cls&l.bit != 0 && !in(strings.ToLower(w)) {
				t.Errorf("%q: bit %#x, but not listed", w, l.bit)
			}
		}
	}
	for k := range x.lx.wires {
		w, _, _ := strings.Cut(k, " ")
		if _, wi := x.words.word(w, &buf, nil); wi.first&8 == 0 {
			t.Errorf("%q: the first word of wire %q, but no first bit 8", w, k)
		}
	}
	g := &x.lx.g
	firstWords := map[string]bool{} // the first words of the lexicon's phrases of people's states, and its verbs of crossing
	for p := range x.lx.peopleState {
		w, _, _ := strings.Cut(p, " ")
		firstWords[w] = true
	}
	for w := range x.lx.crossVerb {
		firstWords[w] = true
	}
	for _, l := range []struct {
		bit uint32
		set map[string]bool
	}{{gRelative, g.relative}, {gSubjPron, g.subjPron}, {gRelQuant, g.relQuant}, {gCarry, g.carry}, {gStay, g.stay}, {gEvent, g.event}, {gBring, x.lx.bringing}, {gAgreed, x.lx.agreedVerb}, {gDeal, x.lx.agreedNoun},
		{gIntend, x.lx.intend}, {gHold, x.lx.hold}, {gArmed, x.lx.armedNoun}, {gLacking, x.lx.lacking}, {gMediation, x.lx.mediation},
		{gHoldVerb, g.holdVerb}, {gPeopleWord, firstWords}} {
		for w := range l.set {
			if _, wi := x.words.word(w, &buf, nil); wi.gram&l.bit == 0 {
				t.Errorf("%q: listed, but no grammar bit %#x", w, l.bit)
			}
		}
		for w := range x.classes {
			if _, wi := x.words.word(w, &buf, nil); wi.gram&l.bit != 0 && !l.set[w] {
				t.Errorf("%q: grammar bit %#x, but not listed", w, l.bit)
			}
		}
		for w := range g.cls {
			if _, wi := x.words.word(w, &buf, nil); wi.gram&l.bit != 0 && !l.set[w] {
				t.Errorf("%q: grammar bit %#x, but not listed", w, l.bit)
			}
		}
	}
}

// TestCapitalsBefore checks the list of capitalised words that searches
// back for a name read against a scan of every token.
func TestCapitalsBefore(t *testing.T) {
	x := New(Options{})
	text := "Health Minister Ana Ruiz said on Monday that 40 people were hurt. " +
		"The ministry's figure, 40, was \"Final\" said Ruiz. Officials in Lyon agreed."
	d := x.read("t", text, new(scratch))
	for at := 0; at <= len(d.toks); at++ {
		var want []int32
		for j := 0; j < at; j++ {
			if tk := &d.toks[j]; tk.capital && tk.kind == tWord {
				want = append(want, int32(j))
			}
		}
		if got := d.capitalsBefore(at); !slices.Equal(got, want) {
			t.Fatalf("capitalsBefore(%d) = %v, want %v", at, got, want)
		}
	}
	if len(d.capitalsBefore(len(d.toks))) < 8 {
		t.Errorf("only %d capitalised words", len(d.capitalsBefore(len(d.toks))))
	}
}
