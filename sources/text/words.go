package text

import (
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
	first uint8  // the first word of a phrase of the vocabulary: 1 measure, 2 party, 4 running total
}

// wordTable maps a lowercase word to what is known of it. A nil table
// knows no word.
type wordTable map[string]wordInfo

// buildWords fills x.words from the word classes, the grammar's classes
// and the first words of the vocabulary's phrases.
func (x *Extractor) buildWords() {
	x.words = wordTable{}
	add := func(w string, f func(*wordInfo)) {
		wi, ok := x.words[w]
		if !ok {
			wi.low = w
		}
		f(&wi)
		x.words[w] = wi
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
	for w, wi := range x.words {
		wi.cls |= cKnown
		wi.gram = gramOf(w, wi.gram, wi.cls)
		x.words[w] = wi
	}
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

// word returns the lowercase form of s and what the table knows of it.
// A known word's lowercase form is the table's own string, so that a
// capitalised word ("The", "Russia") costs no allocation; buf is scratch
// space for the look-up.
func (t wordTable) word(s string, buf *[]byte) (string, wordInfo) {
	upper := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return t.known(lower(s))
		}
		if 'A' <= c && c <= 'Z' {
			upper = true
		}
	}
	if !upper {
		return t.known(s)
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
	if wi, ok := t[string(b)]; ok {
		return wi.low, wi
	}
	w := string(b)
	return w, unknownWord(w)
}

// known returns what the table knows of the lowercase word w.
func (t wordTable) known(w string) (string, wordInfo) {
	if wi, ok := t[w]; ok {
		return w, wi
	}
	return w, unknownWord(w)
}

// unknownWord is what a word the table does not list is known to be.
func unknownWord(w string) wordInfo {
	return wordInfo{cls: cKnown, gram: gramOf(w, 0, 0)}
}

// possessive returns the classes a possessive word ("Russia's",
// "minister's") takes from the word it is made of: a title, an
// organisation or a demonym stays one, and a date ("Monday's") one.
func (t wordTable) possessive(w string) uint32 {
	if base, ok := strings.CutSuffix(w, "'s"); ok {
		return t[base].cls & (cTitle | cOrg | cDemonym | cDate)
	}
	return 0
}
