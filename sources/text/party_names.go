// The party stage, last step: one name per party. A story names a person
// in full once ("Croatian President Mirela Kovac") and by surname
// after ("Kovac"), and another story the other way round; compare groups
// claims by the names of their parties, so that each party must come out
// under one name in a document and under the same name across documents.

package text

import (
	"strings"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/claims"
)

// canonParties gives each party of the claims out one name: a person by
// surname, with no title before it ("President Mirela Kovac",
// "Mirela Kovac" → "Kovac"); a place the story shortens ("the
// Channel" after "the English Channel") by its full name. Names the
// vocabulary knows are left as they are.
func (d *document) canonParties(out []claims.Claim) {
	memo := d.partyMemo[:0] // a story has few parties
	name := func(s string) string {
		if s == "" {
			return s
		}
		for _, p := range memo {
			if p.from == s {
				return p.to
			}
		}
		to := s
		if d.x.parties[string(d.lowerKey(s))] != s {
			to = d.partyName(s, out)
		}
		memo = append(memo, namePair{s, to})
		return to
	}
	defer func() { clear(memo); d.partyMemo = memo[:0] }()
	for i := range out {
		c := &out[i]
		s, r := name(c.Subject), name(c.Recipient)
		if s == c.Subject && r == c.Recipient {
			continue
		}
		c.Subject, c.Recipient = s, r
		if d.x.opts.Explain {
			c.Reasons = append(c.Reasons, claims.Reason{Field: "subject", Words: "one name per party in the story: a person's surname, a place's full name"})
		}
	}
}

type namePair struct{ from, to string }

// lowerKey returns s in lower case in the document's key buffer, for a
// look-up that allocates nothing; valid until the buffer's next use.
func (d *document) lowerKey(s string) []byte {
	b := append(d.keyBuf[:0], s...)
	for i, c := range b {
		if c >= utf8.RuneSelf {
			b = append(b[:0], strings.ToLower(s)...)
			break
		}
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	d.keyBuf = b
	return b
}

// partyName returns the one name of the party named s in the document.
func (d *document) partyName(s string, out []claims.Claim) string {
	words := strings.Fields(s)
	// Past the titles and demonyms before a name: "Croatian President
	// Mirela Kovac", "Prime Minister Lopez".
	n, titled := 0, false
	for n < len(words)-1 {
		w := strings.ToLower(words[n])
		if !d.lx.title[w] && d.x.demonyms[w] == "" {
			break
		}
		titled = titled || personRoles[w] || courtesyTitles[w]
		n++
	}
	if !titled {
		n = 0
	}
	if len(words) > 1 && d.lx.g.event[strings.ToLower(words[len(words)-1])] {
		// "Kars earthquake" in a story that also counts in "Kars":
		// the place, one party.
		if place := s[:strings.LastIndexByte(s, ' ')]; d.partyOfClaims(place, out) {
			return place
		}
	}
	name := words[n:]
	if !d.personName(name) {
		if len(words) == 1 {
			if full := d.spelledOut(s); full != "" {
				return full // "S.F." in a story that names San Francisco
			}
			return d.fullPlaceName(s, out)
		}
		return s
	}
	last := len(name) - 1
	for last > 0 && isNameParticle(name[last-1]) {
		last-- // "Lula da Silva" → "da Silva"
	}
	if !titled && len(name)-last == len(name) {
		return s // a single word, no title: nothing to take away
	}
	if d.sharedSurname(name, out) {
		return strings.Join(name, " ") // "Social Democrats" beside "Christian Democrats"
	}
	if titled || d.surnameAlone(name[len(name)-1]) {
		return strings.Join(name[last:], " ")
	}
	return strings.Join(name, " ")
}

// partyOfClaims reports whether p is the subject or recipient of one of
// the claims.
func (d *document) partyOfClaims(p string, out []claims.Claim) bool {
	for i := range out {
		if out[i].Subject == p || out[i].Recipient == p {
			return true
		}
	}
	return false
}

// courtesyTitles are the words before a person's name that are no role:
// "Mr", "Dr", "King".
var courtesyTitles = set("mr", "mrs", "ms", "dr", "prof", "gen", "gen.", "general", "colonel", "col", "col.",
	"lt", "lt.", "lieutenant", "major", "captain", "capt", "sgt", "admiral", "marshal", "king", "queen", "prime",
	"sen", "rep", "senator")

func isNameParticle(w string) bool {
	switch w {
	case "da", "de", "do", "dos", "das", "del", "della", "di", "du", "van", "von", "der", "den", "la", "le", "bin", "al", "el", "ibn":
		return true
	}
	return false
}

// personName reports whether the words may be a person's name: one to four
// capitalised words, none of them a word of organisations, places, events
// or parties, and neither the whole nor its last word a party the
// vocabulary or the lexicon knows (a country, a capital).
func (d *document) personName(name []string) bool {
	if len(name) == 0 || len(name) > 4 {
		return false
	}
	for i, w := range name {
		low := strings.ToLower(w)
		if isNameParticle(low) && i < len(name)-1 {
			continue
		}
		if w == "" || !(w[0] >= 'A' && w[0] <= 'Z') || isUpperWord(w) || strings.ContainsAny(w, ".0123456789") {
			return false // "UNHCR", "U.K.": no person's name
		}
		if d.lx.org[low] || d.lx.title[low] || placeNouns[low] || territoryNouns[low] || eventNouns[low] || partyNouns[low] ||
			affiliationWords[strings.TrimSuffix(low, "s")] || d.x.demonyms[low] != "" || d.x.parties[low] != "" ||
			d.lx.months[low] || isWeekdayOrMonth(low) {
			return false
		}
	}
	return d.x.parties[strings.ToLower(strings.Join(name, " "))] == ""
}

// sharedSurname reports another name among the claims' parties that ends
// in the same word as name but is not name: a surname two people share,
// which cannot stand for either.
func (d *document) sharedSurname(name []string, out []claims.Claim) bool {
	last, full := name[len(name)-1], strings.Join(name, " ")
	for i := range out {
		for _, p := range [...]string{out[i].Subject, out[i].Recipient} {
			if len(p) <= len(last)+1 || !strings.HasSuffix(p, " "+last) || strings.HasSuffix(p, full) {
				continue
			}
			if !strings.HasSuffix(full, p) {
				return true // not a title longer or shorter: another name
			}
		}
	}
	return false
}

// surnameAlone reports whether the story calls someone by the last word of
// a full name alone, as it does a person on second mention: the word with
// a capital, not after "the" and not before another capitalised word
// ("Kovac won", not "the Channel" or "Gonzalez Street").
func (d *document) surnameAlone(w string) bool {
	low := strings.ToLower(w)
	for i := 1; i < len(d.toks); i++ {
		t := &d.toks[i]
		if !t.capital || t.kind != tWord || noPossessive(t.low) != low {
			continue
		}
		if p := &d.toks[i-1]; p.kind == tWord && (p.capital || p.low == "the") {
			continue // "Mirela Kovac": the full name again
		}
		if i+1 < len(d.toks) && d.toks[i+1].kind == tWord && d.toks[i+1].capital {
			continue
		}
		return true
	}
	return false
}

// fullPlaceName returns the longer name a story gives the place it also
// names by one word ("English Channel" for "Channel"), when the claims
// name exactly one such place and it is no person's; else w.
func (d *document) fullPlaceName(w string, out []claims.Claim) string {
	if w == "" || !(w[0] >= 'A' && w[0] <= 'Z') || d.x.parties[strings.ToLower(w)] != "" {
		return w
	}
	full := ""
	for i := range out {
		for _, p := range [...]string{out[i].Subject, out[i].Recipient} {
			if len(p) <= len(w)+1 || !strings.HasSuffix(p, w) || p[len(p)-len(w)-1] != ' ' || p == full {
				continue
			}
			if d.partyName(p, out) != p {
				return w // "President Kovac": a person's name, told by surname
			}
			if full != "" || d.personName(strings.Fields(p)) {
				return w // two such names, or a person's
			}
			full = p
		}
	}
	if full == "" {
		return w
	}
	return full
}

// spelledOut returns the name a story writes in full whose initials the
// dotted abbreviation s stands for ("S.F." for "San Francisco"): the first
// run of capitalised words in the text, as many as s has letters, that
// start with those letters; "" when s is no such abbreviation or the story
// never spells it out.
func (d *document) spelledOut(s string) string {
	var letters [4]byte
	n := 0
	for i := 0; i < len(s); i += 2 {
		if i+1 >= len(s) || s[i] < 'A' || s[i] > 'Z' || s[i+1] != '.' || n == len(letters) {
			return ""
		}
		letters[n] = s[i]
		n++
	}
	if n < 2 {
		return ""
	}
	for i := 0; i+n <= len(d.toks); i++ {
		j := 0
		for ; j < n; j++ {
			t := &d.toks[i+j]
			if t.kind != tWord || !t.capital || t.end-t.start < 2 || d.text[t.start] != letters[j] || strings.Contains(d.text[t.start:t.end], ".") {
				break
			}
		}
		if j == n {
			return d.text[d.toks[i].start:d.toks[i+n-1].end]
		}
	}
	return ""
}
