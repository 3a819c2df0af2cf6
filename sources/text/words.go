package text

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// The word table: every word the lexicon, the grammar and the vocabulary
// know, with all its classes, so that the tokenizer looks each token's
// word up once and the stages test bits instead of looking words up again
// in a dozen tables each.

// wordInfo is what the table knows of one lowercase word.
type wordInfo struct {
	low   string // the word itself: a token's lowercase form shares its memory
	cls   uint32 // word classes (cSpeech, cTitle, …; extract.go)
	gram  uint32 // grammar classes (gBe, gPrep, …; clause.go)
	first uint8  // the word's place in phrases of the vocabulary: first word of 1 a measure, 2 a party, 4 a running total, 8 a wire, 16 a crowd's measure; second word of 32 a measure, 64 a party
}

// wordTable maps a lowercase word to what is known of it: an open
// addressing table of FNV-1a hashes, a quarter full and small enough to
// stay in cache, over the words' records (half again as fast as a Go map
// on a text's words). A nil table knows no word.
type wordTable struct {
	slots []uint64 // hash<<32 | 1+index into infos; 0 empty
	mask  uint32
	infos []wordInfo
}

// newWordTable returns a table of the words of m.
func newWordTable(m map[string]wordInfo) *wordTable {
	n := 64
	for n < 4*len(m) {
		n *= 2
	}
	t := &wordTable{slots: make([]uint64, n), mask: uint32(n - 1), infos: make([]wordInfo, 0, len(m))}
	words := make([]string, 0, len(m))
	for w := range m {
		words = append(words, w)
	}
	sort.Strings(words) // the same table every time
	for _, w := range words {
		h := fnv(w)
		i := h & t.mask
		for t.slots[i] != 0 {
			i = (i + 1) & t.mask
		}
		t.infos = append(t.infos, m[w])
		t.slots[i] = uint64(h)<<32 | uint64(len(t.infos))
	}
	return t
}

const (
	fnvOffset = 2166136261
	fnvPrime  = 16777619
)

// fnv is the 32-bit FNV-1a hash of s.
func fnv(s string) uint32 {
	h := uint32(fnvOffset)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= fnvPrime
	}
	return h
}

// find returns the record of the lowercase word w, whose hash is h, if
// the table has one; w may be a string or bytes (looked up without a
// copy).
func find[S string | []byte](t *wordTable, w S, h uint32) (*wordInfo, bool) {
	if t == nil {
		return nil, false
	}
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		sl := t.slots[i]
		if sl == 0 {
			return nil, false
		}
		if uint32(sl>>32) == h {
			if wi := &t.infos[uint32(sl)-1]; wi.low == string(w) {
				return wi, true
			}
		}
	}
}

// buildWords fills x.words from the word classes, the grammar's classes
// and the first words of the vocabulary's phrases.
func (x *Extractor) buildWords() {
	words := map[string]wordInfo{}
	add := func(w string, f func(*wordInfo)) {
		wi, ok := words[w]
		if !ok {
			wi.low = w
		}
		f(&wi)
		words[w] = wi
	}
	for w, c := range x.classes {
		add(w, func(wi *wordInfo) { wi.cls |= c })
	}
	for w, c := range x.lx.g.cls {
		add(w, func(wi *wordInfo) { wi.gram |= c })
	}
	for w, b := range x.firsts {
		add(w, func(wi *wordInfo) { wi.first |= b })
	}
	for w, wi := range words {
		wi.cls |= cKnown
		wi.gram = gramOf(w, wi.gram, wi.cls)
		if mannerAdverb(w) {
			wi.cls |= cDateTail
		}
		words[w] = wi
	}
	x.words = newWordTable(words)
}

// gramOf completes the grammar classes c of word w, whose word classes
// are wc: a regular past ("returned") is a verb; a word that breaks a noun
// phrase is marked so.
func gramOf(w string, c, wc uint32) uint32 {
	c |= gKnown
	if c&gVerb == 0 && len(w) >= 4 && strings.HasSuffix(w, "ed") && !strings.ContainsRune(w, '-') && w != "shed" && w != "seed" && w != "need" && w != "speed" {
		c |= gVerb
	}
	if wc&cBreaker != 0 {
		c |= gBreaker
	}
	return c
}

// word returns the lowercase form of s and what the table knows of it,
// hashing and lowering s in one pass. A known word's lowercase form is the
// table's own string, so that a capitalised word ("The", "Russia") costs
// no allocation; buf is scratch space for the look-up. An unknown word
// with capitals is lowercased into arena when it is not nil (one string
// for the words of a document, not one for each), else on its own.
func (t *wordTable) word(s string, buf *[]byte, arena *strings.Builder) (string, wordInfo) {
	h := uint32(fnvOffset)
	upper := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			w := lower(s)
			return w, t.known(w, fnv(w))
		}
		if 'A' <= c && c <= 'Z' {
			upper = true
			c += 'a' - 'A'
		}
		h ^= uint32(c)
		h *= fnvPrime
	}
	return t.hashedWord(s, h, upper, buf, arena)
}

// hashedWord is word for an ASCII s whose lowercase form hashes to h;
// upper says whether s has capitals.
func (t *wordTable) hashedWord(s string, h uint32, upper bool, buf *[]byte, arena *strings.Builder) (string, wordInfo) {
	w, wi := t.asciiWord(s, h, upper, buf, arena)
	if wi == nil {
		return w, unknownWord(w)
	}
	return w, *wi
}

// asciiWord is hashedWord with the table's record of the word, nil when
// the table does not list it.
func (t *wordTable) asciiWord(s string, h uint32, upper bool, buf *[]byte, arena *strings.Builder) (string, *wordInfo) {
	if !upper {
		wi, _ := find(t, s, h)
		return s, wi
	}
	b := (*buf)[:0]
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	*buf = b
	if wi, ok := find(t, b, h); ok {
		return wi.low, wi
	}
	var w string
	if arena == nil {
		w = string(b)
	} else {
		// The arena's bytes never change once written: a string of them
		// stays what it was as the arena grows.
		at := arena.Len()
		arena.Write(b)
		w = arena.String()[at:]
	}
	return w, nil
}

// known returns what the table knows of the lowercase word w, whose hash
// is h.
func (t *wordTable) known(w string, h uint32) wordInfo {
	if wi, ok := find(t, w, h); ok {
		return *wi
	}
	return unknownWord(w)
}

// unknownWord is what a word the table does not list is known to be.
func unknownWord(w string) wordInfo {
	cls := cKnown
	if mannerAdverb(w) {
		cls |= cDateTail
	}
	return wordInfo{cls: cls, gram: gramOf(w, 0, 0)}
}

// possessive returns the classes a possessive word ("Russia's",
// "minister's") takes from the word it is made of: a title, an
// organisation or a demonym stays one, and a date ("Monday's") one.
func (t *wordTable) possessive(w string) uint32 {
	if base, ok := strings.CutSuffix(w, "'s"); ok {
		if wi, ok := find(t, base, fnv(base)); ok {
			return wi.cls & (cTitle | cOrg | cDemonym | cDate)
		}
	}
	return 0
}
