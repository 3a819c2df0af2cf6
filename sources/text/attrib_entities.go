// The attribution stage, part 3b: entities, the speakers a document
// names, and the word tests resolution uses to tell a person's name from
// an organisation's, an acronym from its long form, a description from a
// name.

package text

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/claims"
)

// entityWindow is how many of the speakers met last a pronoun, a
// description or a surname may point back to.
const entityWindow = 64

// newEntity adds a speaker and returns its index. A United Nations body
// named by what it does, as wires name it ("the UN refugee agency"), gets
// its acronym, by which the story may name it too.
func (d *document) newEntity(sp claims.Speaker, person bool) int {
	if !person {
		if acr := unAgencyAcronym(sp.Name); acr != "" && !strings.Contains(sp.Name, acr) {
			sp.Name += " (" + acr + ")"
		}
	}
	low, last := entityLow(sp.Name, sp.Role)
	d.ents = append(d.ents, entity{sp: sp, person: person, low: low, last: last})
	return len(d.ents) - 1
}

// entityLow returns "name role" in small letters and the last word of
// name in small letters, which shares the first's memory when both are
// ASCII (one allocation, not three).
func entityLow(name, role string) (string, string) {
	ascii := true
	for i := 0; i < len(name) && ascii; i++ {
		ascii = name[i] < utf8.RuneSelf
	}
	for i := 0; i < len(role) && ascii; i++ {
		ascii = role[i] < utf8.RuneSelf
	}
	if !ascii {
		return strings.ToLower(name + " " + role), lastWordLower(name)
	}
	var b strings.Builder
	b.Grow(len(name) + 1 + len(role))
	for _, s := range [...]string{name, " ", role} {
		for i := 0; i < len(s); i++ {
			c := s[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b.WriteByte(c)
		}
	}
	low := b.String()
	return low, low[strings.LastIndexByte(name, ' ')+1 : len(name)]
}

// allWordsIn reports whether every word of the phrase [a, b] that says
// which one is meant ("health" and "Gaza" in "the health ministry in
// Gaza") is in the entity's lowercased name low; articles, prepositions and
// the entity's own side do not count.
func (d *document) allWordsIn(a, b int, low, affil string) bool {
	for k := a; k <= b; k++ {
		t := &d.toks[k]
		if t.kind != tWord {
			continue
		}
		w := strings.TrimSuffix(t.low, "'s")
		switch w {
		case "the", "a", "an", "of", "for", "in", "at", "on", "and":
			continue
		}
		if p := d.x.demonyms[w]; p != "" && p == affil {
			continue
		}
		if !strings.Contains(low, w) {
			return false
		}
	}
	return true
}

func isPersonRole(w string) bool { return personRoles[w] }

func isUpperWord(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n >= 2
}

func lastWordLower(s string) string {
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		s = s[i+1:]
	}
	return strings.ToLower(s)
}

// nameModifier reports the words of isModifier that qualify an institution
// rather than a person's rank: "national", "emergency", "federal". A rank
// ("general", "chief", "deputy") comes before a person's name.
func nameModifier(w string) bool {
	switch w {
	case "general", "chief", "vice", "deputy", "acting", "former", "senior", "top":
		return false
	}
	return isModifier(w)
}

// isSentenceAdverb reports words that open a sentence before its speaker
// and are no part of the speaker's name: "Later Zelensky wrote".
func isSentenceAdverb(w string) bool { return sentenceAdverbWords[w] }

// orgNamed reports a capitalised organisation word ("Centre", "Institute",
// "Association") among tokens [a, b]: a name that may go on past "in".
func (d *document) orgNamed(a, b int) bool {
	for j := a; j <= b; j++ {
		if t := &d.toks[j]; t.capital && d.lx.org[t.low] {
			return true
		}
	}
	return false
}

// isGroupNoun reports the common nouns by which a story points back to a
// named organisation that is no state body: "the group", "the charity".
func isGroupNoun(w string) bool { return groupNounWords[w] }

// isUpperStart reports a name that starts with a capital letter.
func isUpperStart(s string) bool {
	for _, r := range s {
		return unicode.IsUpper(r)
	}
	return false
}

// lastWordOf returns the last word of s as written.
func lastWordOf(s string) string {
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		return s[i+1:]
	}
	return s
}

// acronymAfter returns the acronym in brackets right after token b
// ("… Human Rights (KNCHR)"), or "".
func (d *document) acronymAfter(b int) string {
	if b+3 >= len(d.toks) || d.toks[b+1].low != "(" || d.toks[b+3].low != ")" {
		return ""
	}
	t := &d.toks[b+2]
	if w := d.text[t.start:t.end]; t.kind == tWord && isUpperWord(w) {
		return w
	}
	return ""
}

// acronymGlossed returns the acronym in brackets right after token b,
// alone or glossed after a comma ("the Green Party (GP, left)", "(GP, in
// the government)"), or "".
func (d *document) acronymGlossed(b int) string {
	if acr := d.acronymAfter(b); acr != "" {
		return acr
	}
	if b+4 >= len(d.toks) || d.toks[b+1].low != "(" || d.toks[b+3].low != "," {
		return ""
	}
	t := &d.toks[b+2]
	w := d.text[t.start:t.end]
	if t.kind != tWord || !isUpperWord(w) {
		return ""
	}
	for k := b + 4; k < len(d.toks) && k <= b+10; k++ {
		switch d.toks[k].low {
		case ")":
			return w
		case "(", ".":
			return ""
		}
	}
	return ""
}

// sameAcronym reports whether the acronym w (lowercased) names the entity
// whose lowercased name low ends in a bracketed acronym: the same one, or
// it with a prefix of one to three letters ("unocha" for "… (ocha)").
func sameAcronym(w, low string) bool {
	i := strings.LastIndexByte(low, '(')
	if i < 0 || !strings.HasSuffix(strings.TrimSpace(low), ")") {
		return false
	}
	acr := strings.TrimSuffix(strings.TrimSpace(low[i+1:]), ")")
	return len(acr) >= 3 && strings.HasSuffix(w, acr) && len(w)-len(acr) <= 3
}

// unAgencyAcronym returns the acronym of the United Nations body that name
// describes by what it does ("UN refugee agency", "the U.N. children's
// agency"), or "".
func unAgencyAcronym(name string) string {
	low := strings.ToLower(strings.TrimSpace(name))
	low = strings.TrimPrefix(low, "the ")
	for _, p := range [...]string{"un ", "u.n. ", "united nations "} {
		if strings.HasPrefix(low, p) {
			return unAgencies[strings.ReplaceAll(low[len(p):], "’", "'")]
		}
	}
	return ""
}
