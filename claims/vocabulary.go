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
func fold(s string) string {
	if folded(s) {
		return s // the common case, without allocating
	}
	return strings.Join(strings.Fields(strings.ToLower(s)), " ")
}

// folded reports whether s is lower-case ASCII with single spaces between
// words and none at the ends, so that fold would return it unchanged.
func folded(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= 0x80, 'A' <= c && c <= 'Z', c == '\t', c == '\n', c == '\r', c == '\v', c == '\f':
			return false
		case c == ' ' && (i == 0 || i == len(s)-1 || s[i+1] == ' '):
			return false
		}
	}
	return true
}

// DefaultVocabulary returns a new Vocabulary with crosscheck's built-in
// measures and parties. Each call returns a fresh copy that the caller may
// change.
//
// The measures cover the figures fact-checkers meet most in reports of
// conflict, protest, disaster and elections: prisoners, bodies, deaths,
// injured, missing, hostages, arrests, detained, detainees, protesters, evacuees, displaced,
// homeless, refugees, asylum seekers, homes, troops, fighters, drones, missiles, rockets, votes, voters, seats and
// turnout. A measure names what happened to the people or things counted,
// so bare "people", "residents" or "civilians" are not measures: they say
// who, not what ("residents" may be evacuees, dead or protesters), and the
// words around them decide ("people killed" is deaths, "residents
// evacuated" is evacuees). "Casualties" is its own measure, since reports
// use it both for the dead alone and for the dead and injured together.
//
// The parties are the sides of the conflicts the seed data covers and the
// bodies that broker or report on them, with the capitals and phrases that
// stand for them in news copy ("Moscow", "the Kremlin" → "Russia").
func DefaultVocabulary() *Vocabulary {
	v := new(Vocabulary)
	v.AddMeasure("prisoners", "prisoner", "prisoners of war", "prisoner of war", "POWs", "POW", "PoWs", "PoW",
		"captives", "captive", "servicemen", "serviceman", "military personnel",
		"prisoners-of-war", "captured soldiers", "captured servicemen", "political prisoners")
	v.AddMeasure("bodies", "body", "remains", "bodies of soldiers", "bodies of the dead", "fallen soldiers")
	v.AddMeasure("deaths", "death", "killed", "dead", "fatalities", "fatality", "people killed", "lives lost",
		"died", "people died", "people dead", "death toll", "toll", "lives")
	v.AddMeasure("casualties", "casualty")
	v.AddMeasure("injured", "wounded", "injuries", "people injured", "people wounded", "hurt", "people hurt")
	v.AddMeasure("missing", "people missing", "missing people", "unaccounted for", "missing persons")
	v.AddMeasure("hostages", "hostage", "abductees", "abducted", "kidnapped")
	v.AddMeasure("arrests", "arrest", "arrested", "people arrested")
	// Not arrests: reports tell apart people arrested and people held
	// ("detained" without charge, "remain detained" for years).
	v.AddMeasure("detained", "people detained")
	// Not prisoners: a story that calls the people a side holds
	// "detainees" is read in its word (the extractor treats both as
	// captives handed over in a swap).
	v.AddMeasure("detainees", "detainee")
	v.AddMeasure("protesters", "protester", "protestors", "protestor", "demonstrators", "demonstrator",
		"marchers", "marcher", "people marching", "people protesting", "rally-goers")
	v.AddMeasure("evacuees", "evacuee", "evacuated", "people evacuated", "residents evacuated")
	v.AddMeasure("displaced", "displaced people", "displaced persons", "internally displaced", "internally displaced people",
		"IDPs", "IDP", "people displaced")
	// Not displaced: people who fled may still have a home, and a toll
	// tells both apart ("30,000 displaced, 5,000 left homeless").
	v.AddMeasure("homeless", "people left homeless", "left homeless", "made homeless")
	v.AddMeasure("refugees", "refugee")
	// Not refugees: people who ask for protection are read in the word
	// the report uses, since a state may yet refuse them.
	v.AddMeasure("asylum seekers", "asylum seeker", "asylum-seekers", "asylum-seeker")
	// Not "house": "the House" is a chamber that votes.
	v.AddMeasure("homes", "houses", "dwellings", "homes destroyed", "homes damaged", "buildings", "building")
	// Animals a disaster kills or sweeps away are a toll of their own.
	v.AddMeasure("livestock", "cattle", "head of cattle", "head of livestock")
	v.AddMeasure("troops", "soldiers", "soldier", "service members")
	// Not troops: an armed group's members are read in the word the
	// report uses for them (compare keys them with troops).
	v.AddMeasure("fighters")
	v.AddMeasure("drones", "drone", "UAVs", "UAV", "unmanned aerial vehicles")
	v.AddMeasure("missiles", "missile")
	// Not missiles: a report tells unguided rockets from missiles, and a
	// count of rockets is read in its word (compare keys them together).
	v.AddMeasure("rockets", "rocket")
	v.AddMeasure("votes", "vote", "ballots", "ballot", "ballots cast", "votes cast")
	v.AddMeasure("voters", "voter", "registered voters", "electors", "eligible voters")
	v.AddMeasure("seats", "seat", "parliamentary seats")
	v.AddMeasure("turnout", "voter turnout")

	v.AddParty("Russia", "Moscow", "the Kremlin", "Kremlin", "the Russian side", "Russian side", "Russian Federation",
		"the Russian Federation", "Russian authorities", "the Russian authorities", "Russian government", "the Russian government")
	v.AddParty("Ukraine", "Kyiv", "Kiev", "the Ukrainian side", "Ukrainian side", "Ukrainian authorities",
		"the Ukrainian authorities", "Ukrainian government", "the Ukrainian government")
	// Not "US": folded to "us", it would read the pronoun as a party.
	v.AddParty("United States", "the United States", "U.S.", "the U.S.", "USA", "Washington")
	v.AddParty("European Union", "the European Union", "EU", "the EU", "Brussels")
	v.AddParty("United Nations", "the United Nations", "UN", "U.N.", "the UN", "the U.N.")
	v.AddParty("ICRC", "International Committee of the Red Cross", "the International Committee of the Red Cross",
		"Red Cross", "the Red Cross")
	v.AddParty("China", "Beijing", "People's Republic of China", "the People's Republic of China", "PRC")
	v.AddParty("Israel", "the Israeli side", "Israeli side", "Israeli government", "the Israeli government")
	v.AddParty("Hamas")
	// The plural is the movement; the singular is its adjective, a
	// demonym of the extractor's ("Houthi fighters").
	v.AddParty("Houthis", "the Houthis", "Ansar Allah", "Houthi movement", "the Houthi movement", "Houthi rebels", "the Houthi rebels")
	v.AddParty("Turkey", "Türkiye", "Ankara")
	v.AddParty("United Arab Emirates", "the United Arab Emirates", "UAE", "the UAE", "Abu Dhabi")
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
// canonical. Matching ignores case and runs of white space. A phrase added
// again names the canonical measure it was added with last, so a user can
// override a default.
func (v *Vocabulary) AddMeasure(canonical string, synonyms ...string) {
	add(&v.measures, canonical, synonyms)
}

// AddParty makes each alias, and canonical itself, name the party
// canonical, as AddMeasure does for measures.
func (v *Vocabulary) AddParty(canonical string, aliases ...string) {
	add(&v.parties, canonical, aliases)
}

// Measure returns the canonical measure a phrase names, and whether the
// Vocabulary knows the phrase. The phrase must match a term whole: Measure
// does not search a sentence for one.
func (v *Vocabulary) Measure(phrase string) (string, bool) {
	c, ok := v.measures[fold(phrase)]
	return c, ok
}

// Party returns the canonical party a phrase names, and whether the
// Vocabulary knows it; see Measure.
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
