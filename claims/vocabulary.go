package claims

import (
	"iter"
	"maps"
	"slices"
	"strings"
)

// A Vocabulary maps the words a text uses to canonical names: measures
// ("POWs", "captives" → "prisoners") and parties ("Moscow", "the Kremlin" →
// "Russia"). It is data, not code: start from DefaultVocabulary and add your
// own terms.
//
// The zero Vocabulary is empty and ready to use. A Vocabulary is safe for
// concurrent reads; adding terms while others read it is not safe.
type Vocabulary struct {
	measures map[string]string // folded phrase → canonical
	parties  map[string]string
}

// fold lowercases a phrase and folds runs of white space to one space.
func fold(s string) string { return strings.Join(strings.Fields(strings.ToLower(s)), " ") }

// DefaultVocabulary returns a new Vocabulary with crosscheck's built-in
// measures and parties. Each call returns a fresh copy that the caller may
// change.
func DefaultVocabulary() *Vocabulary {
	v := new(Vocabulary)
	v.AddMeasure("prisoners", "prisoner", "prisoners of war", "prisoner of war", "POWs", "POW", "PoWs", "PoW",
		"captives", "captive", "servicemen", "serviceman", "military personnel", "detainees", "detainee")
	v.AddMeasure("bodies", "body", "remains")
	v.AddMeasure("protesters", "protester", "protestors", "protestor", "demonstrators", "demonstrator", "marchers", "people marching")
	v.AddMeasure("deaths", "death", "killed", "dead", "fatalities", "fatality", "people killed", "lives lost")
	v.AddMeasure("injured", "wounded", "injuries", "people injured")
	v.AddMeasure("votes", "vote", "ballots", "ballot")
	v.AddMeasure("turnout")
	v.AddParty("Russia", "Moscow", "the Kremlin", "Kremlin", "the Russian side", "Russian side", "Russian Federation", "the Russian Federation")
	v.AddParty("Ukraine", "Kyiv", "Kiev", "the Ukrainian side", "Ukrainian side")
	return v
}

func add(m *map[string]string, canonical string, words []string) {
	if *m == nil {
		*m = make(map[string]string)
	}
	(*m)[fold(canonical)] = canonical
	for _, w := range words {
		(*m)[fold(w)] = canonical
	}
}

// AddMeasure makes each synonym, and canonical itself, name the measure
// canonical. Matching ignores case and runs of white space.
func (v *Vocabulary) AddMeasure(canonical string, synonyms ...string) {
	add(&v.measures, canonical, synonyms)
}

// AddParty makes each alias, and canonical itself, name the party canonical.
func (v *Vocabulary) AddParty(canonical string, aliases ...string) {
	add(&v.parties, canonical, aliases)
}

// Measure returns the canonical measure a phrase names.
func (v *Vocabulary) Measure(phrase string) (string, bool) {
	c, ok := v.measures[fold(phrase)]
	return c, ok
}

// Party returns the canonical party a phrase names.
func (v *Vocabulary) Party(phrase string) (string, bool) {
	c, ok := v.parties[fold(phrase)]
	return c, ok
}

func sortedPairs(m map[string]string) iter.Seq2[string, string] {
	return func(yield func(string, string) bool) {
		for _, k := range slices.Sorted(maps.Keys(m)) {
			if !yield(k, m[k]) {
				return
			}
		}
	}
}

// MeasureTerms yields every (folded phrase, canonical measure) pair, sorted
// by phrase.
func (v *Vocabulary) MeasureTerms() iter.Seq2[string, string] { return sortedPairs(v.measures) }

// PartyTerms yields every (folded alias, canonical party) pair, sorted by
// alias.
func (v *Vocabulary) PartyTerms() iter.Seq2[string, string] { return sortedPairs(v.parties) }
