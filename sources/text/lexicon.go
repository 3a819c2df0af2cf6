package text

import "github.com/crosscheck/crosscheck/claims"

// The word lists below are the extractor's grammar of news reports. They are
// data: each names a class of words, and the stages look words up in them.
// Measures and party names are not here; they come from the
// claims.Vocabulary (see Options).

// set builds a lookup table of lowercase words.
func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// lexicon holds every word class the stages use. One is built per
// Extractor; it is read-only afterwards.
type lexicon struct {
	speech, estimate, give, receive, mutual, agreedVerb, agreedNoun, modal                                  map[string]bool
	unitOf                                                                                                  map[string]bool
	total, withheldLead, withheldObj, linking, breaker, frame, person                                       map[string]bool
	givenTo, lawPart, dialled, moneyNoun                                                                    map[string]bool
	bringing                                                                                                map[string]bool
	noncount, units, placed, weightUnits                                                                    map[string]bool
	countryNouns, countryActs, heat, sizeVerb, sizeNoun, rivals, shareNoun                                  map[string]bool
	kin, timesWhat                                                                                          map[string]bool
	dayParts, clock, carried                                                                                map[string]bool
	title, org, abbrev, prep, aux, wires, deskCredits, months, pronoun                                      map[string]bool
	demonyms, capitals, countryNames                                                                        map[string]string
	particles                                                                                               map[string]string
	landmarks                                                                                               map[string]string
	willing                                                                                                 map[string]bool
	estimateCue, estimateVerb                                                                               map[string]bool
	measureClass                                                                                            map[string]uint8
	group                                                                                                   map[string]bool
	personSuffixes                                                                                          []string
	currencies                                                                                              map[string]string
	rate, grade, quantifier, thing, place, generic, comparative, change                                     map[string]bool
	changeNoun                                                                                              map[string]bool
	pledge, grant, gatherings, motion, placePrep, describedStop, faceless, leaveVerbs                       map[string]bool
	crowdGuess, listNoun, chargeNoun, voteEvent, seismic                                                    map[string]bool
	intend, armedNoun, hold, lacking, persist, wantTo, twoWay                                               map[string]bool
	aim, aimNoun, crowdSide                                                                                 map[string]bool
	capture                                                                                                 map[string]bool
	twoObject, paperwork, manyPlaces, mediaHead, crowdGround, groundNamed, groundFill, crowdGather, peopled map[string]bool
	deadBefore, addedTo                                                                                     map[string]bool
	placeVerb, alone, movedPeople                                                                           map[string]bool
	crossVerb, crossedBound                                                                                 map[string]bool
	looseToll, wholeBody, levelVerb, pureFuture                                                             map[string]bool
	inclusion, linkedPronoun                                                                                map[string]bool
	eventCount, rateOf, physical, peopleState                                                               map[string]string

	// The country an armed movement fights in, which is its ground, not
	// the other side of what it gives: the Houthis hand captives to the
	// Saudis, not to "Yemen".
	groundOf map[string]string

	// Nouns of a part of a sequence, that a number after them labels:
	// "day two", "stage 3", "round two".
	sequence map[string]bool

	// Words that name a party as the go-between of a transfer:
	// "mediated by the UAE", "key mediator Qatar".
	mediation map[string]bool
	g         grammar

	// Verbs that begin what a figure measures ("started a swap, trading 880
	// each"): the figure is the size agreed, not what is done yet.
	inceptive map[string]bool

	// Verbs by which a speaker tells what they saw with their own eyes
	// ("I saw six bodies by the road"): a sighting, which says nothing of
	// whether the figure is a toll's running total.
	sighting map[string]bool

	// Words that give a transfer's figure for each side of an exchange:
	// after the figure or its noun ("84 apiece"), or naming a side
	// ("from each side", "500 per side", "60 each way"); and those that
	// name both sides, which leave it open whether the figure is each
	// side's or both together ("both sides freed 300").
	perSide, eachSide, bothSides map[string]bool

	sumTotal map[string]bool
}

// grammar holds the closed classes the clause layer (clause.go) reads
// sentences with, and the few open-class words it must know.
type grammar struct {
	// Forms of "be", "have", "do" and the modals: the start of a verb group.
	be, have, do, modal map[string]bool
	// Adverbs and particles that may stand inside a verb group: "has so far
	// been returned", "were not freed".
	inner map[string]bool
	// Words that negate a verb group.
	neg map[string]bool
	// Determiners: a word after one is a noun, not a verb ("the return").
	det map[string]bool
	// Subject pronouns: a clause can open on one.
	subjPron map[string]bool
	// Possessive pronouns of a person or a group: "his rivals" are the
	// rivals of someone named before.
	possPron map[string]bool
	// Subject pronouns that stand for a group or a body: "the party said
	// it had won".
	groupPron map[string]bool
	// Conjunctions that join two clauses when a subject and a verb follow;
	// subordinators open a clause of their own in the same way.
	coord, subord map[string]bool
	// Relative words, and the quantifiers of "some of whom", "most of which".
	relative, relQuant map[string]bool
	// Prepositions that open an attachment, and the words that make one
	// with the next ("according to", "in exchange for", "because of").
	prep map[string]bool
	// Verbs in the present or the past that the suffixes do not tell:
	// "died", "rose", "fell", "say", "stand".
	verbs map[string]bool
	// Irregular pasts: "wrote", "fled", "threw".
	past map[string]bool
	// Verbs after which a clause with a subject of its own is what was
	// said or thought: "said (that) 15 people died".
	report map[string]bool
	// Words of the events a count may belong to: "the earthquake", "the Hajj".
	event map[string]bool
	// Nouns of places inside a town: "Cibeles Square", "Daley Plaza".
	site map[string]bool
	// cls: each listed word's classes (clause.go buildClasses).
	cls map[string]uint32
	// Nouns that name a place by its kind: "at the southwest border".
	placeHead map[string]bool
	// Named stretches of the calendar, and the words of a reckoned year:
	// "during the fast of Ramadan", "in Fiscal Year 2019". They tell when,
	// never where or of what event a count is.
	calendar map[string]bool
	// Verbs whose object is the place a count went through: "crossed the
	// Channel".
	route map[string]bool
	// Verbs by which a vehicle holds the people it counts: "the helicopter
	// was ferrying 14 wounded" hands nobody over; and what befalls a vehicle.
	carry, wreck map[string]bool
	// Nouns of vehicles, and the verbs by which one brings the people it
	// carries somewhere: "the coastguard cutter Aegis landed 40 migrants"
	// is the cutter's landing, not a count of the place.
	vehicle, convey map[string]bool
	// Verbs by which people stay where they are held, and the nouns of
	// being held: "23 soldiers remain in enemy captivity" are held, not
	// handed over.
	stay, held map[string]bool
	// Verbs by which a side holds people captive, before them: "the
	// militia still holds 2,300 people".
	holdVerb map[string]bool
	// Plural nouns of places, counted: "300 French cities".
	placeCount map[string]bool
	// Words of the points of the compass: "in western France".
	compass map[string]bool
	// Small words inside a place's name: "Place de la Nation".
	nameLink map[string]bool
}

func newGrammar() grammar {
	return grammar{
		be:       set("is", "are", "was", "were", "be", "been", "being", "'s", "'re", "am", "isn't", "aren't", "wasn't", "weren't"),
		have:     set("has", "have", "had", "'ve", "hasn't", "haven't", "hadn't", "having"),
		do:       set("do", "does", "did", "don't", "doesn't", "didn't"),
		modal:    set("will", "would", "could", "should", "may", "might", "can", "must", "shall", "'ll", "won't", "wouldn't", "couldn't", "can't", "cannot", "shouldn't"),
		inner:    set("not", "never", "also", "still", "already", "reportedly", "so", "far", "just", "now", "since", "yet", "only", "then", "later", "finally", "recently", "eventually", "officially", "allegedly", "apparently", "reportedly", "all", "both", "each", "once", "again", "ever", "currently", "further", "no", "longer"),
		neg:      set("not", "never", "no", "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't", "hadn't", "don't", "doesn't", "didn't", "won't", "wouldn't", "couldn't", "can't", "cannot", "shouldn't"),
		det:      set("the", "a", "an", "this", "these", "those", "its", "their", "his", "her", "our", "my", "your", "another", "every", "each", "no", "whose", "such"),
		subjPron: set("he", "she", "it", "they", "we", "i", "you", "there", "who", "which", "that", "this", "these", "those", "some", "many", "most", "others", "all", "both", "none"),
		coord:    set("and", "but", "while", "whereas", "yet", "or"),
		subord:   set("because", "although", "though", "when", "if", "as", "after", "before", "since", "until", "once", "unless", "whether"),
		relative: set("who", "which", "whom", "whose", "where", "that"),
		relQuant: set("some", "most", "many", "all", "none", "both", "each", "several", "half", "one", "two", "three", "dozens", "hundreds", "thousands", "of"),
		prep: set("in", "at", "on", "to", "from", "by", "with", "for", "of", "into", "onto", "across", "throughout", "through",
			"during", "near", "outside", "inside", "around", "over", "under", "off", "between", "among", "amid", "against",
			"after", "before", "since", "until", "towards", "toward", "via", "within", "without", "beyond", "per",
			"according", "including", "despite", "like", "along", "upon"),
		verbs: set("die", "dies", "died", "kill", "kills", "rise", "rises", "rose", "risen", "fall", "falls", "fell", "fallen",
			"stand", "stands", "stood", "say", "says", "said", "take", "takes", "took", "taken", "gather", "gathers",
			"remain", "remains", "reach", "reaches", "hit", "hits", "top", "tops", "total", "totals", "number", "numbers",
			"count", "counts", "put", "puts", "win", "wins", "won", "lose", "loses", "lost", "hold", "holds", "held", "get", "gets", "got", "gotten",
			"give", "gives", "gave", "given", "come", "comes", "came", "go", "goes", "went", "gone", "make", "makes", "made",
			"see", "sees", "saw", "seen", "show", "shows", "shown", "tell", "tells", "told", "bring", "brings", "brought",
			"send", "sends", "sent", "leave", "leaves", "left", "find", "finds", "found", "keep", "keeps", "kept",
			"flee", "flees", "fled", "lead", "leads", "led", "become", "becomes", "became", "begin", "begins", "began", "begun",
			"swell", "swelled", "swollen", "march", "marches", "join", "joins", "estimate", "estimates", "claim", "claims",
			"reports", "puts", "expect", "expects", "include", "includes", "exceed", "exceeds", "receive", "receives",
			"return", "returns", "release", "releases", "free", "frees", "hand", "hands", "exchange", "swap", "record", "records"),
		past: set("wrote", "said", "told", "gave", "took", "rose", "fell", "stood", "won", "lost", "held", "fled", "left",
			"sent", "brought", "found", "kept", "led", "began", "became", "came", "went", "made", "saw", "put", "set",
			"hit", "met", "got", "threw", "drew", "grew", "ran", "spoke", "broke", "chose", "struck", "fought", "caught",
			"sought", "paid", "hid", "bore", "swore", "tore", "wore", "shook", "froze", "stole", "woke", "rode", "drove",
			"flew", "knew", "blew", "shot", "lit", "fed", "bled", "sped", "sank", "swam", "sat", "spent", "built", "felt",
			"heard", "meant", "read", "sold", "stuck", "swept", "taught", "thought", "understood", "withdrew", "overtook"),
		report: set("said", "says", "say", "told", "tells", "added", "adds", "stated", "announced", "announces", "reported",
			"reports", "noted", "wrote", "claimed", "claims", "insisted", "explained", "stressed", "declared", "confirmed",
			"acknowledged", "admitted", "warned", "revealed", "estimated", "estimates", "believe", "believes", "believed",
			"thinks", "think", "thought", "showed", "shows", "suggested", "suggests", "found", "finds", "argued", "argues",
			"alleged", "feared", "fears", "hoped", "hopes", "expects", "expected", "predicted", "projected", "indicated", "calculated",
			"determined", "concluded", "ruled"),
		event: set("typhoon", "hurricane", "storm", "cyclone", "earthquake", "earthquakes", "quake", "quakes", "flood", "floods", "flooding", "wildfire",
			"wildfires", "fire", "fires", "eruption", "tsunami", "landslide", "landslides", "operation", "offensive", "war", "fighting",
			"attack", "attacks", "strike", "strikes", "airstrike", "airstrikes", "blast", "explosion", "shelling", "bombing",
			"crash", "collapse", "shipwreck", "sinking", "clashes", "violence", "conflict", "epidemic", "outbreak", "pandemic",
			"heatwave", "stampede", "crush", "pilgrimage", "hajj", "protests", "protest", "riots", "unrest", "election", "elections",
			"referendum", "vote", "poll", "tragedy", "accident", "derailment", "siege", "massacre", "genocide"),
		carry: set("carrying", "transporting", "ferrying"),
		vehicle: set("vessel", "vessels", "ship", "ships", "boat", "boats", "cutter", "ferry", "lifeboat", "frigate", "trawler",
			"tug", "plane", "planes", "aircraft", "jet", "flight", "flights", "helicopter", "helicopters", "lorry", "truck", "bus",
			"buses", "coach", "train", "convoy"),
		convey: set("brought", "brings", "bring", "carried", "carries", "landed", "lands", "ferried", "rescued", "picked",
			"delivered", "transported", "took", "arrived", "arrives", "docked", "docks", "disembarked", "unloaded", "evacuated"),
		stay:     set("remain", "remains", "remained", "languish", "languishes", "languished", "languishing"),
		held:     set("captivity", "custody", "jail", "jails", "prison", "prisons", "detention"),
		holdVerb: set("hold", "holds", "holding", "held", "keeps", "keeping", "detains", "detaining"),
		wreck:    set("crash", "shipwreck", "sinking", "accident", "derailment", "collision", "capsizing", "explosion", "disaster"),
		route:    set("cross", "crossed", "crosses", "crossing", "entered", "enter", "enters", "entering", "fled", "flee", "flees", "fleeing", "left", "reached", "arrived"),
		placeCount: set("cities", "towns", "villages", "regions", "provinces", "districts", "communes", "municipalities",
			"states", "counties", "departments", "localities", "settlements", "ports", "airports"),
		compass: set("north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
			"northeastern", "northwestern", "southeastern", "southwestern", "north-eastern", "north-western",
			"south-eastern", "south-western", "northeast", "northwest", "southeast", "southwest"),
		nameLink:  set("de", "la", "le", "les", "del", "della", "di", "du", "des", "do", "da", "dos", "van", "von", "der", "al", "el", "y", "upon", "on"),
		possPron:  set("his", "her", "their"),
		groupPron: set("it", "they", "we"),
		placeHead: set("border", "frontier", "coast", "coastline", "crossing", "channel", "strait", "corridor"),
		calendar: set("ramadan", "lent", "advent", "christmas", "easter", "passover", "diwali", "eid", "hanukkah", "nowruz",
			"fiscal", "year", "quarter", "semester"),
		site: set("square", "plaza", "street", "avenue", "avenida", "boulevard", "park", "stadium", "station", "bridge", "gate",
			"road", "place", "esplanade", "mall", "hall", "arena", "palace", "parliament", "embassy", "downtown",
			"hospital", "hospitals", "clinic", "clinics", "morgue", "mortuary"),
	}
}

func newLexicon() *lexicon {
	lx := newLexiconLists()
	lx.g.buildClasses(lx)
	return lx
}

func newLexiconLists() *lexicon {
	return &lexicon{
		// Verbs that introduce what someone said.
		speech: set("said", "says", "say", "told", "tells", "added", "adds", "stated", "states", "announced",
			"announces", "reported", "reports", "noted", "notes", "wrote", "writes", "posted", "claimed", "claims", "insisted",
			"explained", "stressed", "declared", "confirmed", "confirms", "acknowledged", "admitted", "warned",
			"revealed", "reiterated", "repeated", "emphasised", "emphasized", "underlined", "tweeted", "indicated",
			"estimated", "estimates", "counted", "counts", "put", "puts", "tallied", "recorded", "registered",
			"according", "quoted", "cited", "specified", "disclosed", "mentioned", "replied", "answered", "concluded", "spoke", "speaks", "announce", "estimate", "count",
			"citing", "quoting", "informed", "briefed", "updated", "revised", "raised", "lowered", "listed", "updates", "revises", "raises", "lowers",
			"found", "finds", "showed", "shows", "suggested", "suggests", "estimating", "saying", "counting",
			"putting", "claiming", "reporting", "claimed", "claim", "projected", "forecast", "predicted", "projects", "predicts",
			"noting", "adding", "explaining", "arguing", "warning", "insisting", "stressing", "detailed", "details", "outlined",
			"commented", "assessing", "stating", "announcing", "confirming", "indicating", "specifying",
			"acknowledging", "emphasising", "emphasizing", "underlining", "reiterating", "revealing"),
		// Verbs of counting or estimating: the speaker's figure is an estimate.
		estimate: set("estimated", "estimates", "estimate", "counted", "counts", "put", "puts", "tallied", "estimating", "assessing",
			"estimation", "approximately", "roughly", "crowd"),
		// The subject gives: returned, handed over, released.
		give: set("return", "returns", "returned", "returning", "hand", "hands", "handed", "handing", "handover",
			"handovers", "transfer", "transfers", "transferred", "transferring", "release", "releases", "released",
			"releasing", "free", "frees", "freed", "freeing", "give", "gives", "gave", "given", "giving", "send",
			"sends", "sent", "sending", "repatriate", "repatriates", "repatriated", "repatriating", "repatriation",
			"deliver", "delivers", "delivered", "delivering", "pass", "passed", "moved"),
		// The subject receives: received, got back, took back.
		receive: set("receive", "receives", "received", "receiving", "get", "gets", "got", "getting", "gotten",
			"take", "takes", "took", "taken", "taking", "bring", "brings", "brought", "bringing", "recover",
			"recovered", "recovering", "accepted", "welcomed", "welcomes", "welcome", "welcoming", "reclaimed", "retrieved"),
		// Both ways at once.
		mutual: set("exchange", "exchanges", "exchanged", "exchanging", "swap", "swaps", "swapped", "swapping",
			"trade", "traded", "trading", "mutual", "reciprocal", "formula", "all-for-all"),
		agreedVerb: set("agreed", "agree", "agrees", "settled", "accepted", "signed", "negotiated", "brokered", "committed", "envisages", "envisaged", "provides", "agreeing"),
		agreedNoun: set("agreement", "agreements", "deal", "deals", "accord", "accords", "arrangement", "arrangements",
			"formula", "basis", "memorandum", "understanding", "terms", "under"),
		// Words that make a transfer an offer rather than a fact.
		modal: set("ready", "readiness", "prepared", "willing", "willingness", "will", "would", "offered", "offers", "offer", "proposed",
			"proposes", "propose", "plans", "plan", "planned", "intends", "intend", "intended", "set", "expected",
			"could", "can", "may", "might", "shall", "going", "'ll", "promised", "promises", "pledged", "vowed", "due",
			"suggested", "suggests", "suggest", "suggesting", "readiness"),
		// Words of wanting, seeking or being ready that make a transfer an
		// offer when "to" and its verb follow: the giving is meant, not
		// done ("wanted to hand over", "seeks to return", "its readiness to
		// free"); "wanted a quick swap and sent" tells what was done.
		// Verbs of giving that may tell a bringing back as well: "Kyiv has
		// returned 900 bodies" sends them back or brings its own home; only
		// the one it went to, or whose they are, says which.
		twoWay: set("return", "returns", "returned", "returning"),
		// Verbs of giving whose passive keeps an object: the people "were
		// given refugee status", "were handed sentences"; they are not
		// what is handed over.
		twoObject: set("given", "handed", "granted", "awarded", "offered", "promised", "issued", "shown", "denied"),
		// Papers a body receives and counts, never people handed over:
		// "3,400 applications were received".
		paperwork: set("applications", "application", "requests", "request", "petitions", "claims", "complaints",
			"appeals", "submissions", "bids", "orders"),
		wantTo: set("want", "wants", "wanted", "seek", "seeks", "sought", "aim", "aims", "aimed",
			"readiness", "intention", "willingness"),
		perSide:   set("apiece"),
		eachSide:  set("each side", "per side", "either side", "each way"),
		bothSides: set("both sides", "both ways"),
		inceptive: set("launch", "launched", "launches", "launching", "begin", "began", "begun", "begins", "start",
			"started", "starts", "commence", "commenced", "initiated", "kicked", "embarked"),
		sighting: set("saw", "seen", "see", "sees", "spotted", "witnessed", "watched", "noticed", "glimpsed"),
		// Running totals ("as of" a day: what has added up by then).
		total: set("so far", "in total", "a total of", "in all", "altogether", "to date", "overall", "thus far",
			"up to now", "until now", "cumulative", "since", "all told", "as of", "as at", "through", "thru",
			// the count at one point of a year, set against another's: "by the same point in 2024", "by this time last year"
			"same point", "this point last", "same time last", "this time last"),
		// Running-total words that only add up ("a total of 1.9 million
		// votes"), where the others say the count goes on ("so far").
		sumTotal: set("in total", "a total of", "in all", "altogether", "overall", "all told"),
		// "not giving the number", "declined to say how many".
		withheldLead: set("not", "without", "declined", "refused", "no", "undisclosed", "unspecified", "unknown",
			"didn't", "won't", "wouldn't", "never"),
		withheldObj: set("number", "figure", "figures", "numbers", "count", "tally", "how many", "toll", "total"),
		// Verbs that bring a count to a figure: "bringing the total to
		// 4,000", "raised the population to 61,300 persons".
		bringing: set("bringing", "brings", "brought", "raising", "raises", "raised", "taking", "takes", "took",
			"pushing", "pushed"),
		// Words that link a figure to a noun said before it: "rose to 211",
		// "put the number at 1.28 million", "turnout was 67%".
		linking: set("at", "to", "was", "were", "is", "are", "stood", "reached", "hit", "topped", "exceeded",
			"numbered", "totalled", "totaled", "totals", "totalling", "totaling", "of", "from", "be", "been",
			"surpassed", "passed", "approached", "neared",
			// the present of headlines: "toll passes 400", "toll nears 90"
			"reaches", "hits", "tops", "exceeds", "surpasses", "passes", "approaches", "nears", "stands", "numbers",
			"rises", "climbs", "jumps", "soars", "crosses", "crossed",
			// a level passed: "the toll climbed past 300", "rose beyond 90"
			"past", "beyond"),
		// Words that end the noun phrase after a figure.
		breaker: set("in", "on", "at", "to", "from", "by", "with", "for", "into", "since", "during", "over", "under",
			"after", "before", "across", "per", "of", "and", "or", "but", "while", "as", "than", "is", "are",
			"was", "were", "be", "been", "being", "have", "has", "had", "will", "would", "could", "should", "may",
			"might", "can", "do", "did", "does", "so", "more", "far", "now", "already", "still", "only", "also",
			"just", "yet", "back", "again", "last", "ago", "each", "apiece", "overall", "who", "which", "that",
			"the", "a", "an", "this", "these", "those", "its", "their", "his", "her", "our", "my", "your", "it",
			"they", "we", "he", "she", "i", "you", "them", "us", "him", "less", "fewer", "others", "other",
			"between", "among", "against", "through", "toward", "towards", "about", "around", "near", "up",
			"down", "out", "off", "if", "when", "where", "because", "though", "although", "not", "no", "nor",
			"either", "neither", "both", "all", "some", "any", "there", "here", "then", "too", "very", "percent",
			"per cent", "per", "times", "whom", "whose", "what", "reportedly", "said", "says", "including",
			"like", "until", "till", "via", "within", "without", "beyond", "amid", "despite", "plus", "minus",
			"respectively", "instead", "total", "in all", "altogether", "apart", "away",
			// prepositions of place: "30,000 people throughout the region"
			"throughout", "along", "alongside", "outside", "inside", "beneath", "aboard", "onto", "upon",
			// a verb of the people counted, never their noun: "50,000 gather outside"
			"gather", "gathers"),
		// Nouns whose every one is one of what follows "of": "sets of
		// remains", "pairs of boots".
		unitOf: set("set", "sets", "pair", "pairs"),
		// Nouns that frame a figure without being what it counts.
		frame: set("formula", "basis", "format", "principle", "ratio", "deal", "scheme", "exchange", "swap",
			"exchanges", "swaps", "percent", "per cent"),
		// Nouns that count something other than a claim's things: "two
		// sides", "the next two rounds".
		noncount: set("side", "sides", "round", "rounds", "stage", "stages", "times", "years", "year", "days",
			"day", "hours", "hour", "minutes", "weeks", "months", "way", "ways", "part", "parts", "points", "point",
			"delegations", "delegation", "parties", "occasions", "phases", "batches", "handovers",
			"meetings", "sessions", "talks", "steps", "planes", "plane", "buses", "bus", "flights", "flight",
			"vehicles", "cars", "ships", "trains", "train", "helicopters", "aircraft", "trucks", "lorries"),
		// Boats are counted where people cross the sea in them ("arrived in
		// four small boats"): they are what crossings are tallied in, unlike
		// the buses and planes that carry the people of a handover.
		//
		// Nouns of countries, counted only when the countries act
		// (noncountNoun): "aid came from 61 countries", "55 countries have
		// pledged", not "the two countries" or "across three countries".
		countryNouns: set("countries", "nations"),
		// The words before such a count that make the countries a source.
		countryActs: set("from", "by"),
		// Parts of the day and words of the clock: a small figure before
		// "in the morning" or "o'clock" tells the time ("up to seven in
		// the morning"), it counts nothing.
		dayParts: set("morning", "afternoon", "evening", "night"),
		clock:    set("o'clock", "o’clock", "a.m.", "p.m.", "am", "pm", "a.m", "p.m"),
		// Participles of carrying people somewhere: the dead that "were
		// brought to hospitals" are counted as bodies, not as a toll.
		carried: set("brought", "taken", "carried", "transported", "moved", "flown", "ferried", "delivered", "transferred"),
		// Nouns for people, whose fate a verb may name: "95 people have died".
		person: set("people", "persons", "person", "others", "civilians", "residents", "individuals", "men",
			"women", "children", "soldiers", "troops", "servicemen", "fighters", "migrants", "passengers",
			"workers", "officers", "villagers", "students", "pilgrims", "tourists", "inhabitants", "citizens",
			"adults", "minors", "victims", "staff", "personnel", "protesters", "demonstrators",
			"marchers", "voters", "participants", "nationals", "foreigners", "pupils", "officials", "captives",
			"relatives", "members", "leaders", "guys", "youths", "teenagers", "girls", "boys", "nurses", "doctors"),
		// Titles and roles of people who speak.
		title: set("president", "prime", "minister", "foreign", "defence", "defense", "interior", "spokesman",
			"spokeswoman", "spokesperson", "aide", "adviser", "advisor", "gen", "gen.", "general", "lt", "lt.",
			"lieutenant", "colonel", "col", "col.", "major", "maj", "mayor", "governor", "chief", "head",
			"commissioner", "ombudsman", "ombudswoman", "official", "officials", "commander", "ambassador",
			"envoy", "secretary", "chairman", "chairwoman", "chair", "director", "leader", "deputy", "senator",
			"sen", "rep", "representative", "negotiator", "presidential", "press", "kremlin", "speaker",
			"mr", "mrs", "ms", "dr", "prof", "sgt", "capt", "captain", "admiral", "marshal", "chancellor",
			"king", "queen", "premier", "vice", "acting", "former", "top", "senior", "police", "prefect",
			"coordinator", "counsellor", "councillor", "superintendent", "inspector", "sheriff", "delegation",
			"organiser", "organizer", "analyst", "expert", "witness", "lawmaker", "mp", "regional", "state",
			"administrator", "coroner", "magistrate", "judge", "attorney", "warden", "ranger", "manager", "surgeon",
			"doctor", "nurse", "priest", "bishop", "imam", "activist", "researcher", "economist", "professor",
			"correspondent", "reporter", "journalist", "editor", "monitor", "observer", "volunteer", "rescuer",
			"election", "electoral", "emergency", "health", "military", "army", "navy", "union", "unions",
			"opposition", "ruling", "party", "national", "federal", "local"),
		// Nouns that name organisations that speak.
		org: set("ministry", "ministries", "headquarters", "police", "government", "commission", "office", "prefecture", "prefectures",
			"agency", "agencies", "service", "services", "committee", "council", "union", "unions", "inter-union", "organisers",
			"organizers", "authorities", "army", "military", "forces", "department", "centre", "center",
			"directorate", "administration", "cross", "crescent", "kremlin", "prosecutor", "prosecutors",
			"municipality", "municipalities", "governorate",
			"officials", "rescuers", "firefighters", "coalition", "party", "parliament", "court", "staff",
			"board", "bureau", "institute", "organisation", "organization", "observers", "mission", "statement",
			"delegation", "side", "observatory", "monitor", "force", "council", "network", "guards", "corps",
			"group", "network", "monitors", "media", "hospital", "hospitals", "morgue", "team", "teams",
			"spokesman", "spokeswoman", "spokesperson", "aide", "official", "president", "minister", "leader", "sides",
			"governor", "mayor", "chief", "commander", "prefecture", "ombudsman", "broadcaster", "newspaper", "television", "radio",
			"operator", "company", "firm", "utility", "authority", "association", "federation", "confederation",
			"body", "watchdog", "regulator", "inspectorate", "provider", "carrier", "airline", "railway",
			"unit", "secretariat", "tribunal", "syndicate", "movement", "front", "alliance",
			"volunteers", "medics", "doctors", "ngo", "charity", "pollster", "pollsters",
			"institution", "guard", "coastguard", "brigade", "battalion", "society", "foundation", "institute",
			"initiative", "campaign", "league", "committee", "panel", "trust", "fund", "project", "collective",
			"groups", "organisations", "organizations", "charities", "ngos", "activists", "witnesses", "analysts",
			"experts", "parties", "rebels", "militants", "lawyers", "negotiators", "mediators", "diplomats",
			"sources", "investigators", "authorities", "prosecutors", "medics", "paramedics"),
		abbrev: set("mr", "mrs", "ms", "dr", "gen", "lt", "col", "sgt", "capt", "maj", "rep", "sen", "gov", "st",
			"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "prof",
			"inc", "corp", "ltd", "jr", "sr", "vs", "mt", "ft", "approx", "est", "adm", "cmdr", "brig", "pres",
			"u.s", "u.k", "u.n", "e.g", "i.e", "a.m", "p.m", "fig", "vol", "pp", "ca"),
		prep: set("from", "to", "of", "in", "with", "between", "for", "on", "against", "by", "at", "into", "among",
			"via", "toward", "towards", "about", "over", "under"),
		aux: set("is", "are", "was", "were", "be", "been", "being", "have", "has", "had", "will", "would", "could",
			"should", "may", "might", "can", "do", "did", "does", "now", "already", "also", "still", "reportedly",
			"so", "far", "just", "not", "then", "later", "since", "all", "to", "back", "over", "only", "more",
			"finally", "recently", "eventually", "successfully", "officially", "ultimately", "currently"),
		// News agencies whose credit marks a report as passed on.
		wires: set("reuters", "afp", "ap", "associated press", "xinhua", "tass", "ria novosti", "ria", "interfax",
			"ukrinform", "unian", "ians", "pti", "ani", "anadolu", "dpa", "efe", "ansa", "kyodo", "yonhap", "bernama",
			"antara", "agence france-presse", "agence france presse", "bloomberg", "sputnik", "belta", "irna", "wafa",
			"sana", "mena", "kuna", "wam", "spa", "qna", "bna", "apa", "trend", "azertag", "armenpress", "notimex",
			"telam", "prensa latina", "europa press", "lusa", "ctk", "pap", "mti", "bta", "hina", "tanjug", "mia",
			"ata", "kathimerini", "aa", "nhk", "cna", "ptv", "bss", "ena", "kyodo news", "yonhap news"),
		// Credits of a newsroom's own desk or of agencies unnamed, that a
		// dateline's bracket may hold: "Gaza (Web Desk/Agencies):".
		deskCredits: set("agencies", "agency", "web desk", "news desk", "online desk", "desk", "wires", "staff"),
		months: set("january", "february", "march", "april", "may", "june", "july", "august", "september",
			"october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
			"oct", "nov", "dec"),
		pronoun: set("he", "she", "it", "they", "i", "we", "him", "her", "them", "us"),
		// Adjectives of nationality, to their party; extend with Options.Demonyms.
		demonyms: map[string]string{
			"russian": "Russia", "russians": "Russia", "ukrainian": "Ukraine", "ukrainians": "Ukraine",
			"french": "France", "spanish": "Spain", "german": "Germany", "british": "United Kingdom",
			"american": "United States", "israeli": "Israel", "palestinian": "Palestinians", "palestinians": "Palestinians", "turkish": "Turkey",
			"belarusian": "Belarus", "polish": "Poland", "italian": "Italy", "chinese": "China", "indian": "India",
			"pakistani": "Pakistan", "iranian": "Iran", "iraqi": "Iraq", "syrian": "Syria", "lebanese": "Lebanon",
			"egyptian": "Egypt", "armenian": "Armenia", "azerbaijani": "Azerbaijan", "georgian": "Georgia",
			"japanese": "Japan", "korean": "Korea", "greek": "Greece", "sudanese": "Sudan", "yemeni": "Yemen",
			"saudi": "Saudi Arabia", "qatari": "Qatar", "emirati": "United Arab Emirates", "afghan": "Afghanistan",
			"brazilian": "Brazil", "mexican": "Mexico", "canadian": "Canada", "australian": "Australia",
			"nigerian": "Nigeria", "kenyan": "Kenya", "ethiopian": "Ethiopia", "colombian": "Colombia",
			"venezuelan": "Venezuela", "chilean": "Chile", "argentine": "Argentina", "peruvian": "Peru",
			"serbian": "Serbia", "croatian": "Croatia", "hungarian": "Hungary", "romanian": "Romania",
			"moldovan": "Moldova", "dutch": "Netherlands", "belgian": "Belgium", "swiss": "Switzerland",
			"austrian": "Austria", "swedish": "Sweden", "norwegian": "Norway", "finnish": "Finland",
			"danish": "Denmark", "irish": "Ireland", "portuguese": "Portugal", "czech": "Czech Republic",
			"slovak": "Slovakia", "bulgarian": "Bulgaria", "lithuanian": "Lithuania", "latvian": "Latvia",
			"estonian": "Estonia", "kazakh": "Kazakhstan", "uzbek": "Uzbekistan", "thai": "Thailand",
			"vietnamese": "Vietnam", "indonesian": "Indonesia", "filipino": "Philippines", "bangladeshi": "Bangladesh",
			"nepali": "Nepal", "nepalese": "Nepal", "sri lankan": "Sri Lanka", "moroccan": "Morocco",
			"algerian": "Algeria", "tunisian": "Tunisia", "libyan": "Libya", "jordanian": "Jordan",
			"kuwaiti": "Kuwait", "emirates": "United Arab Emirates",
			"ugandan": "Uganda", "south sudanese": "South Sudan", "rwandan": "Rwanda", "congolese": "Congo",
			"somali": "Somalia", "tanzanian": "Tanzania", "ghanaian": "Ghana", "senegalese": "Senegal",
			"malian": "Mali", "cameroonian": "Cameroon", "zambian": "Zambia", "zimbabwean": "Zimbabwe",
			"haitian": "Haiti", "cuban": "Cuba", "ecuadorian": "Ecuador", "bolivian": "Bolivia",
			"guatemalan": "Guatemala", "honduran": "Honduras", "salvadoran": "El Salvador", "nicaraguan": "Nicaragua",
			"panamanian": "Panama", "jamaican": "Jamaica", "burmese": "Myanmar", "cambodian": "Cambodia",
			"malaysian": "Malaysia", "mongolian": "Mongolia", "tajik": "Tajikistan", "kyrgyz": "Kyrgyzstan",
			"albanian": "Albania", "bosnian": "Bosnia", "slovenian": "Slovenia", "cypriot": "Cyprus",
			"chadian": "Chad", "nigerien": "Niger", "burkinabe": "Burkina Faso", "guinean": "Guinea",
			"ivorian": "Ivory Coast", "liberian": "Liberia", "angolan": "Angola", "mozambican": "Mozambique",
			"malawian": "Malawi", "namibian": "Namibia", "eritrean": "Eritrea", "mauritanian": "Mauritania",
			"omani": "Oman", "bahraini": "Bahrain", "south african": "South Africa",
			"icelandic": "Iceland", "maltese": "Malta", "montenegrin": "Montenegro", "macedonian": "North Macedonia",
			"uruguayan": "Uruguay", "paraguayan": "Paraguay", "dominican": "Dominican Republic", "singaporean": "Singapore",
			"turkmen": "Turkmenistan", "beninese": "Benin", "togolese": "Togo",
			"maldivian": "Maldives", "bhutanese": "Bhutan", "laotian": "Laos", "taiwanese": "Taiwan", "timorese": "Timor-Leste",
			"fijian": "Fiji", "bruneian": "Brunei", "mauritian": "Mauritius", "malagasy": "Madagascar", "gabonese": "Gabon",
			"gambian": "Gambia", "sierra leonean": "Sierra Leone", "djiboutian": "Djibouti", "burundian": "Burundi", "kosovar": "Kosovo",
			"houthi": "Houthis", // of the movement, not a country: "Houthi prisoners"
		},
		// What a unit of measure measures, by the scanner's unit code. A
		// distance, an area, a temperature is a claim when its sentence
		// says what it places or describes (physicalMeasure); a figure that
		// is a claim with such a unit ("about 120km north of the capital")
		// measures it, whatever the figure before it counted (measureFor).
		// The dimensions of physical that place or describe rather than
		// amount to something a story claims (a weight does): a figure
		// with such a unit, glued to it or not, is a claim only when its
		// sentence says what it measures ("490 litres of rain a square
		// metre" is weather).
		placed: set("distance", "area", "temperature", "volume"),
		physical: map[string]string{"km": "distance", "mi": "distance", "m": "distance", "nmi": "distance",
			"m2": "area", "km2": "area", "mi2": "area", "ha": "area", "acre": "area",
			"degC": "temperature", "degF": "temperature", "deg": "temperature",
			"kg": "weight", "t": "weight", "lb": "weight", "Mt": "weight", "L": "volume", "gal": "volume", "bbl": "volume"},
		// Verbs and nouns that give the size of a place: "covers 30
		// hectares", "an area of 2 km2" (with a form of "be", physicalMeasure).
		sizeVerb: set("covers", "covered", "covering", "measures", "measured", "measuring", "spans", "spanned", "spanning", "occupies", "occupied"),
		sizeNoun: set("area", "size", "surface", "footprint"),
		// Rivals in a race: how many a candidate faces is a fact of the
		// race, even after a possessive ("his two opponents").
		rivals: set("opponents", "rivals", "challengers", "competitors", "contenders"),
		// Words after "N times" that make the figure a multiple of another
		// ("several times higher", "ten times as many"), no count.
		timesWhat: set("more", "less", "fewer", "as", "higher", "lower", "greater", "larger", "bigger", "smaller",
			"the", "that", "over", "above", "below", "worse"),
		// One's household, named before a count of more of it after a
		// possessive: "his wife and two sons" (measurement); the count's
		// own noun must be one of them too ("his family and 40 other
		// residents" is a count).
		kin: set("wife", "husband", "mother", "father", "son", "daughter", "sister", "brother",
			"mum", "mom", "dad", "grandmother", "grandfather", "fiancee", "fiance", "spouse",
			"sons", "daughters", "sisters", "brothers", "children", "grandchildren", "kids", "stepchildren"),
		// Nouns of a share between a percentage and what it is a share of:
		// "a 62% share of the vote", "a 40 percent portion of the budget".
		shareNoun: set("share", "stake", "portion", "proportion"),
		// Words of heat: "degrees" in their sentence are a temperature.
		heat: set("temperature", "temperatures", "heat", "heatwave", "thermometer", "thermometers", "mercury", "hot", "hottest"),
		// Units of measurement: a figure followed by one is a measurement,
		// not a count of anything a claim is about ("a depth of 10 km").
		// Weights are not among them: "seized 12 kg", "400 tonnes of aid"
		// are amounts a story claims, written with a space or without
		// (see placed), but a weight joined by a hyphen describes what it
		// is said of ("a 7.5-tonne truck", "a 12-kg bag"), no claim
		// (weightUnits).
		weightUnits: set("kg", "kgs", "kilo", "kilos", "kilogram", "kilograms", "kilogramme", "kilogrammes", "gram", "grams",
			"tonne", "tonnes", "ton", "tons", "pound", "pounds", "lb", "lbs"),
		units: set("km", "kms", "kilometres", "kilometers", "kilometre", "kilometer", "miles", "mile", "metres",
			"meters", "metre", "meter", "m", "cm", "mm", "millimetres", "millimeters", "centimetres", "centimeters",
			"inches", "inch", "feet", "ft", "foot", "yards", "degrees", "°c", "°f", "celsius", "fahrenheit", "hectares", "hectare", "acres",
			"acre", "sq", "square", "mph", "kph", "km/h", "knots", "litres", "liters", "gallons", "barrels", "mw",
			"megawatts", "gw", "gigawatts", "kwh", "mwh", "magnitude", "richter", "hz", "db", "decibels", "bpd",
			"cubic", "kmh", "storeys", "stories", "floors", "metre-high", "km-long"),
		// Other names of countries the demonyms name: "the UK" is the
		// United Kingdom.
		countryNames: map[string]string{
			"uk": "United Kingdom", "u.k.": "United Kingdom", "the uk": "United Kingdom", "the u.k.": "United Kingdom",
			"britain": "United Kingdom", "great britain": "United Kingdom", "holland": "Netherlands",
			"burma":         "Myanmar",
			"côte d'ivoire": "Ivory Coast", "czechia": "Czech Republic",
		},
		// Capitals stand for their countries, as Moscow does for Russia.
		capitals: map[string]string{
			"caracas": "Venezuela", "london": "United Kingdom", "paris": "France", "berlin": "Germany",
			"beijing": "China", "tehran": "Iran", "ankara": "Turkey", "minsk": "Belarus", "damascus": "Syria",
			"baghdad": "Iraq", "kabul": "Afghanistan", "islamabad": "Pakistan", "new delhi": "India", "tokyo": "Japan",
			"seoul": "South Korea", "pyongyang": "North Korea", "riyadh": "Saudi Arabia", "doha": "Qatar",
			"abu dhabi": "United Arab Emirates", "cairo": "Egypt", "beirut": "Lebanon", "sanaa": "Yemen",
			"khartoum": "Sudan", "addis ababa": "Ethiopia", "nairobi": "Kenya", "abuja": "Nigeria", "tbilisi": "Georgia",
			"yerevan": "Armenia", "baku": "Azerbaijan", "chisinau": "Moldova", "warsaw": "Poland", "rome": "Italy",
			"madrid": "Spain", "brasilia": "Brazil", "bogota": "Colombia", "havana": "Cuba", "managua": "Nicaragua",
			"mexico city": "Mexico", "ottawa": "Canada", "canberra": "Australia", "manila": "Philippines",
			"jakarta": "Indonesia", "hanoi": "Vietnam", "bangkok": "Thailand", "dhaka": "Bangladesh",
			"kathmandu": "Nepal", "belgrade": "Serbia", "budapest": "Hungary", "bucharest": "Romania",
			"sofia": "Bulgaria", "vilnius": "Lithuania", "riga": "Latvia", "tallinn": "Estonia", "helsinki": "Finland",
			"stockholm": "Sweden", "oslo": "Norway", "copenhagen": "Denmark", "dublin": "Ireland", "lisbon": "Portugal",
			"athens": "Greece", "vienna": "Austria", "bern": "Switzerland", "the hague": "Netherlands",
			"prague": "Czech Republic", "bratislava": "Slovakia", "tripoli": "Libya", "tunis": "Tunisia",
			"algiers": "Algeria", "rabat": "Morocco", "amman": "Jordan", "muscat": "Oman", "tashkent": "Uzbekistan",
			"astana": "Kazakhstan", "san salvador": "El Salvador", "tel aviv": "Israel", "jerusalem": "Israel",
			"pretoria": "South Africa", "buenos aires": "Argentina", "lima": "Peru", "santiago": "Chile",
			"ashgabat": "Turkmenistan", "bishkek": "Kyrgyzstan", "dushanbe": "Tajikistan", "ulaanbaatar": "Mongolia",
			"kuala lumpur": "Malaysia", "colombo": "Sri Lanka", "kampala": "Uganda", "kigali": "Rwanda",
			"harare": "Zimbabwe", "lusaka": "Zambia", "accra": "Ghana", "dakar": "Senegal", "bamako": "Mali",
			"kinshasa": "Democratic Republic of the Congo", "washington": "United States", "moscow": "Russia", "kyiv": "Ukraine", "kiev": "Ukraine",
		},
		// Landmarks where crowds gather, by the town they stand in: a crowd
		// that "marched to the U.S. Capitol" or "filled Trafalgar Square" is
		// that town's, not the country's a word of the name points to.
		landmarks: map[string]string{
			"u.s. capitol": "Washington", "us capitol": "Washington", "united states capitol": "Washington",
			"capitol hill": "Washington", "national mall": "Washington", "white house": "Washington",
			"lincoln memorial": "Washington", "washington monument": "Washington", "lafayette square": "Washington",
			"trafalgar square": "London", "parliament square": "London", "hyde park": "London", "downing street": "London",
			"whitehall": "London", "place de la république": "Paris", "place de la republique": "Paris",
			"place de la bastille": "Paris", "place de la nation": "Paris", "champs-élysées": "Paris",
			"champs-elysees": "Paris", "red square": "Moscow", "bolotnaya square": "Moscow", "pushkin square": "Moscow",
			"tiananmen square": "Beijing", "tahrir square": "Cairo", "taksim square": "Istanbul", "puerta del sol": "Madrid",
			"brandenburg gate": "Berlin", "alexanderplatz": "Berlin", "times square": "New York", "plaza de mayo": "Buenos Aires",
			"rustaveli avenue": "Tbilisi", "habima square": "Tel Aviv", "rabin square": "Tel Aviv", "zocalo": "Mexico City",
			"zócalo": "Mexico City", "maidan": "Kyiv", "maidan nezalezhnosti": "Kyiv", "wenceslas square": "Prague",
		},
		// Verbs of being willing or not, before an infinitive of taking:
		// "refused to take the rest" is taking them in, not seizing them.
		willing:   set("refused", "refuses", "refuse", "declined", "declines", "willing", "unwilling", "ready", "offered", "offers"),
		groundOf:  map[string]string{"Houthis": "Yemen"},
		mediation: set("mediator", "mediators", "mediated", "mediation", "mediating", "brokered", "go-between", "intermediary"),
		sequence:  set("day", "stage", "round", "phase", "part", "week", "batch", "leg", "step", "wave", "chapter"),
		// Verb particles that complete a transfer verb: "hand over", "got back".
		particles: map[string]string{"over": "", "back": "", "home": "", "up": ""},
		// Words that make a count an estimate or a projection: "an
		// estimated 20,000", "may have died", "a study estimates".
		estimateCue: set("estimate", "estimates", "estimated", "estimating", "estimation", "projected", "projection",
			"projections", "projects", "feared", "may", "might", "could", "possibly", "probably", "likely",
			"modelling", "modeling", "extrapolated", "unconfirmed", "believed", "thought", "guess", "expected", "expects",
			"forecast", "forecasts", "predicted", "predicts", "will", "would"),
		// Of those, the verbs and nouns that govern a whole sentence, not
		// only their own clause ("A study estimates that …, 64,260 …").
		estimateVerb: set("estimate", "estimates", "estimated", "estimating", "estimation", "projected", "projection",
			"projections", "projects", "extrapolated", "modelling", "modeling"),
		// Nouns of groups of people counted as such: "1,320 families".
		group: set("families", "households", "pilgrims", "migrants", "refugees", "patients", "survivors", "workers",
			"teachers", "students", "doctors", "nurses", "journalists", "volunteers", "rescuers", "pilots"),
		// Endings of plural nouns of people: "defenders", "activists",
		// "detainees", "migrants", "residents", "guardsmen", "guys".
		personSuffixes: []string{"ers", "ors", "ists", "ians", "ees", "ants", "ents", "men", "guys", "folk"},
		// Currencies as written, to their ISO codes.
		currencies: map[string]string{"$": "USD", "us$": "USD", "usd": "USD", "dollar": "USD", "dollars": "USD",
			"€": "EUR", "eur": "EUR", "euro": "EUR", "euros": "EUR", "£": "GBP", "gbp": "GBP", "pound": "GBP",
			"pounds": "GBP", "¥": "JPY", "yen": "JPY", "yuan": "CNY", "rmb": "CNY", "₹": "INR", "rupees": "INR",
			"rupee": "INR", "₽": "RUB", "roubles": "RUB", "rubles": "RUB", "₴": "UAH", "hryvnia": "UAH",
			"hryvnias": "UAH", "₺": "TRY", "lira": "TRY", "liras": "TRY", "chf": "CHF", "francs": "CHF",
			"c$": "CAD", "a$": "AUD", "shillings": "KES", "rand": "ZAR", "naira": "NGN", "riyals": "SAR",
			"dirhams": "AED", "pesos": "MXN", "reais": "BRL", "real": "BRL", "r$": "BRL", "won": "KRW", "₩": "KRW"},
		g: newGrammar(),
		// Nouns of a rate or a share: a percentage linked to one counts what
		// the rate is of ("a rate of striking teachers of 32%", "an
		// abstention rate above 60%").
		rate: set("rate", "rates", "share", "shares", "percentage", "percentages", "proportion", "proportions"),
		// Words that say what a rate is of: "a score of 79.7 percent", "an
		// election victory percentage", "the winning margin".
		rateOf: map[string]string{"score": "votes", "victory": "votes", "election": "votes", "electoral": "votes",
			"voting": "votes", "winning": "votes", "participation": "turnout"},
		// Adjectives that grade a rate or a count rather than name what it
		// counts: "an average rate of", "a record abstention rate".
		grade: set("average", "mean", "highest", "lowest", "higher", "lower", "record", "overall", "total", "final",
			"official", "current", "new", "national", "high", "low", "daily", "weekly", "monthly", "annual",
			"provisional", "preliminary", "latest", "initial", "estimated", "actual", "global", "general"),
		// Words of quantity that are no part of what a noun phrase counts:
		// "300 more villages", "the other 40 cities".
		quantifier: set("more", "other", "others", "additional", "further", "extra", "several", "many", "some",
			"various", "numerous", "countless", "few", "fewer", "remaining", "total", "estimated", "overall", "all",
			"such", "same", "least", "most", "only", "just", "about", "around", "nearly", "almost", "roughly"),
		// Plural nouns of things that are formed as nouns of people are
		// ("centers", "numbers"): kept as what they are.
		thing: set("centers", "centres", "numbers", "letters", "containers", "computers", "papers", "towers",
			"orders", "borders", "waters", "headquarters", "quarters", "chambers", "layers", "matters", "meters",
			"metres", "liters", "litres", "barrels", "shelters", "posters", "banners", "trailers", "tractors",
			"generators", "monitors", "reactors", "sectors", "corridors", "elevators", "markers", "ballots",
			"tents", "apartments", "settlements", "documents", "instruments", "shipments", "payments",
			"segments", "departments", "governments", "parliaments", "tournaments", "investments", "treatments",
			"incidents", "accidents", "events", "percents", "points", "votes", "seats", "districts", "regions"),
		// Nouns of people that say nothing of who they are: no measure on
		// their own.
		generic: set("people", "persons", "person", "others", "individuals", "ones", "guys", "folks", "men", "women"),
		// Of those, the nouns that say nothing at all of the people
		// counted, not even whether men or women: the words after them do.
		faceless: set("people", "persons", "individuals", "others", "ones", "folks"),
		// Nouns of a guess at a size: a crowd is guessed at, its
		// gatherings are counted ("the police estimate put it at 80,000",
		// "the organisers' guess: 90,000 people").
		crowdGuess: set("estimate", "estimates", "guess", "guesses", "estimation", "reckoning"),
		// Nouns of a list of people: a list handed over or received names
		// the people a side proposes to free, who are not yet freed.
		listNoun: set("list", "lists", "roster", "rosters", "register"),
		// Nouns of a quake, which a figure with decimals before them
		// measures on a scale: "a 6.1 quake".
		seismic: set("quake", "quakes", "earthquake", "earthquakes", "tremor", "tremors", "aftershock", "aftershocks", "temblor"),
		// Nouns of a legal action brought against people: those it is
		// brought against are the charged, not more arrests ("charges
		// against 30", "proceedings against 12 persons").
		chargeNoun: set("charge", "charges", "proceedings", "prosecution", "prosecutions", "indictment", "indictments",
			"case", "cases", "lawsuit", "lawsuits"),
		// Nouns of a toll that reports use loosely, for the dead alone or
		// for the dead and the injured: "40 of the casualties" counts
		// what the story counted as the whole.
		looseToll: set("casualties", "casualty", "victims"),
		// Verbs that name a part of a whole told as their subject: "the
		// dead include four nurses" counts the dead.
		inclusion: set("include", "includes", "included", "comprise", "comprises", "comprised"),
		// Pronouns joined to "is" that stand for a figure told before:
		// "that's up 16%" changes what that figure counts.
		linkedPronoun: set("that's", "it's", "this's"),
		// Nouns of a whole body of people, of which a share is told beside
		// a count of them: "12,000 nurses walked out, 31% of the staff".
		wholeBody: set("workforce", "staff", "population", "electorate", "membership", "personnel"),
		// Verbs of pledging: what they name is offered, not done.
		pledge: set("pledge", "pledges", "pledged", "pledging", "promise", "promises", "promised", "promising",
			"vow", "vows", "vowed", "vowing", "earmark", "earmarked", "earmarking"),
		// Verbs of planning, proposing or inviting others to set something
		// up: what they count is not there yet ("40 rallies planned",
		// "proposed setting up two offices"), so it is offered.
		// Verbs of aiming at a number of people still to come, in the
		// progressive ("organisers were targeting 500,000", "hoping for a
		// million", "aiming for"): their subject is the crowd's own side
		// (crowdSide) or a pronoun; the past ("police targeted 5,000
		// protesters") is a deed done to them. Nouns of aiming (aimNoun)
		// count only with "of" right before the figure ("a goal of
		// 100,000", not "the goal of the 20,000 marchers").
		aim:       set("targeting", "aiming", "hoping"),
		aimNoun:   set("goal", "target", "aim"),
		crowdSide: set("organisers", "organizers", "union", "unions", "inter-union", "party", "opposition", "activists", "campaigners", "movement", "protesters", "coalition", "alliance", "committee"),
		intend: set("plan", "plans", "planned", "planning", "schedule", "schedules", "scheduled", "slated",
			"propose", "proposes", "proposed", "proposing", "invite", "invites", "invited", "inviting",
			"suggest", "suggests", "suggested", "suggesting", "decide", "decides", "decided"),
		// Verbs of holding or having, whose object is its holder's: "Hamas,
		// which holds 59 hostages", "the RSF, which has 100,000 fighters".
		hold: set("has", "have", "had", "holds", "hold", "held", "keeps", "keep", "kept", "numbers",
			"commands", "fields"),
		// Verbs of taking people captive in fighting, whose object is
		// then held by the one who took them: "the army pushed on,
		// capturing 30 fighters".
		capture: set("captured", "capturing", "captures", "capture"),
		// Nouns for the members of an armed group after its name: "Houthi
		// rebels", "Ansar Dine fighters".
		armedNoun: set("rebels", "militants", "fighters", "insurgents", "guerrillas", "militia", "militias",
			"militiamen", "forces", "group", "movement"),
		// Verbs of granting money or aid, besides the verbs of giving.
		// Passives of giving whose subject receives when an object
		// follows: "40 people were given asylum", "were granted leave".
		// Parts of a law, which a number names even in small letters:
		// "article 49.3 of the constitution", "under section 60".
		lawPart: set("article", "section", "subsection", "paragraph", "clause", "chapter"),
		// Nouns of a number one dials: "the 911 hotline".
		dialled: set("number", "hotline", "helpline"),
		// Nouns of money an amount with no currency is "in": "making
		// millions in profit".
		moneyNoun: set("profit", "profits", "revenue", "revenues", "sales", "damages", "funding", "losses", "earnings",
			"savings", "debt", "fines", "bribes", "ransom", "ransoms", "donations", "investment", "investments", "wages", "taxes"),
		givenTo: set("given", "granted", "offered", "awarded", "promised", "issued", "shown"),
		grant: set("provide", "provides", "providing", "donate", "donates", "donating", "allocate", "allocates",
			"allocating", "grant", "grants", "granting", "contribute", "contributes", "contributing"),
		// Words that compare a figure with another: "40% higher than".
		comparative: set("higher", "lower", "greater", "smaller", "bigger", "larger", "fewer", "less", "above",
			"below", "up", "down"),
		// Nouns of change: "a 40% fall in arrivals" changes arrivals.
		changeNoun: set("rise", "rises", "increase", "increases", "drop", "drops", "decrease", "decreases",
			"reduction", "reductions", "fall", "falls", "decline", "declines", "cut", "cuts", "jump", "jumps",
			"surge", "surges", "dip", "dips", "slump", "growth", "climb", "hike", "hikes", "plunge", "upturn",
			"downturn"),
		// Verbs of change: a percentage "by" which they change measures
		// what they change.
		change: set("raise", "raised", "raises", "raising", "hike", "hiked", "hikes", "hiking", "increase",
			"increased", "increases", "increasing", "cut", "cuts", "cutting", "reduce", "reduced", "reduces",
			"reducing", "lower", "lowered", "lowers", "lowering", "slash", "slashed", "slashes", "boost",
			"boosted", "boosts", "rise", "rose", "risen", "rises", "fall", "fell", "fallen", "falls", "grow",
			"grew", "grown", "grows", "drop", "dropped", "drops", "decline", "declined", "declines", "jump",
			"jumped", "climb", "climbed", "shrank", "shrink", "devalued", "devalue", "eased", "eases", "ease",
			"edged", "slipped", "surged", "soared", "plunged", "plummeted", "tumbled", "dipped", "slowed",
			"accelerated", "widened", "narrowed", "decrease", "decreased", "decreases", "rising", "falling", "climbing",
			"climbs", "growing", "jumping", "jumps", "dropping", "declining", "soaring", "surging", "surges", "soars",
			"swelled", "swells", "ballooned", "doubled", "tripled", "halved", "leapt", "leaped", "sank", "slid",
			"shrunk", "crept", "inched", "rocketed", "skyrocketed", "dwindled", "went", "revised", "updated"),
		// Plural nouns of places, counted as the places a toll or a crowd
		// covers: "in 20 villages", "across 300 cities".
		place: set("villages", "towns", "cities", "districts", "provinces", "regions", "communities",
			"municipalities", "settlements", "neighbourhoods", "neighborhoods", "counties", "states", "localities",
			"hamlets", "islands", "departments", "prefectures", "governorates", "camps"),
		// Events whose participants a figure counts, to their measure: "25
		// million workers joined the general strike" are strikers.
		eventCount: map[string]string{"strike": "strikers", "strikes": "strikers", "walkout": "strikers",
			"walkouts": "strikers", "stoppage": "strikers", "stoppages": "strikers",
			"pilgrimage": "pilgrims", "pilgrimages": "pilgrims", "hajj": "pilgrims", "umrah": "pilgrims"},
		// Votes: those who take part in one are its voters, no crowd
		// ("took part in the regional elections").
		voteEvent: set("election", "elections", "referendum", "plebiscite", "ballot", "runoff", "run-off", "polls", "by-election", "by-elections"),
		// Prepositions before a place named on the way to the verb that
		// says what befell people: "40 in northern Chile were rescued".
		placePrep: set("in", "to", "from", "at", "near", "across", "outside"),
		// Words that end a clause describing people ("whose homes are
		// gone as the agency put it"): what follows is no part of it.
		describedStop: set("as", "by", "and", "or", "after", "before", "since", "according", "while", "but",
			"when", "because", "though"),
		// Words that open what people lack, which names them: "people
		// without a family doctor", "persons unable to reach a clinic".
		lacking: set("without", "unable", "lacking"),
		// Verbs of leaving people in a state, which the word after them
		// names: "left 300 people stranded" (leftInState).
		leaveVerbs: set("left", "leaving", "leave", "leaves"),
		// Adverbs that say a state goes on, as the grammar's verbs of
		// staying (g.stay) do: "the militia still holds 300 prisoners".
		persist: set("still"),
		// Verbs that tell a figure's level, not a deed: after "will" they
		// make a projection ("the toll will rise to 500"), where a deed
		// after it is a plan ("the convoy will carry 900 bodies").
		levelVerb: set("rise", "climb", "reach", "exceed", "top", "surpass", "grow", "increase", "fall", "drop", "decline",
			"number", "total", "double", "near", "hit", "soar", "jump", "remain", "stay", "stand"),
		// Modals of the future with no doubt in them: "will", not "may".
		pureFuture: set("will", "shall", "'ll"),
		// Verbs by which a place is where a count is: "Lampedusa saw 900
		// arrivals", "the state accounts for 1,900 of them"; and the words
		// that may follow the place's name: "Loreto alone".
		placeVerb: set("saw", "sees", "recorded", "records", "registered", "registers", "logged", "accounts", "accounted"),
		alone:     set("alone", "itself"),
		// Participles that say what state people are in, where the
		// vocabulary has no measure for them: "90 people are still being
		// treated" are patients, not the toll's injured.
		// People who "arrived" or "came" somewhere are arrivals, read only
		// from the verb after their noun, so that "the toll came to 40"
		// stays a toll.
		// People a disaster "affected" are the affected.
		peopleState: map[string]string{"treated": "patients", "affected": "affected", "arrived": "arrivals", "came": "arrivals", "arriving": "arrivals",
			"made landfall": "arrivals", "touched down": "arrivals", "came ashore": "arrivals",
			// Those who "made the journey" or "the crossing" got there.
			"made the journey": "arrivals", "making the journey": "arrivals", "made the crossing": "arrivals",
			"making the crossing": "arrivals", "completed the crossing": "arrivals", "completed the journey": "arrivals"},
		// Measures of people moved that a verb gives only to people whose
		// noun names no measure of its own: "600 troops arrived" are troops.
		movedPeople: set("arrivals", "deportations"),
		// People a verb of crossing takes over a border or a sea got
		// across it, as those who "made the crossing" did: "2,100 people
		// crossed the strait", "crossed into the next country", or
		// "crossed" with nothing after it. A line, a road or a bridge
		// crossed is no border ("crossed the finish line").
		crossVerb:    set("crossed", "cross", "crosses", "crossing"),
		crossedBound: set("border", "borders", "frontier", "channel", "sea", "seas", "strait", "straits", "mediterranean", "aegean", "ocean"),
		// Verbs of coming and going and their particles, which a verb of
		// purpose may follow: "came out to protest", "headed down to
		// march", "flocked to vote".
		motion: set("came", "come", "comes", "coming", "went", "go", "goes", "going", "headed", "flocked",
			"poured", "streamed", "showed", "stepped", "walked", "travelled", "traveled", "out", "up", "down"),
		// Plural nouns of gatherings that a figure counts as events, not as
		// the people in them: "more than 200 rallies", "40 marches across
		// the country" count protests; "the rally drew 5,000" counts
		// protesters.
		gatherings: set("protests", "rallies", "marches", "demonstrations", "vigils", "sit-ins", "counter-protests"),
		// Where something is posted, not where it happens: "on his
		// Facebook page", "on the ministry's website".
		mediaHead: set("page", "pages", "account", "accounts", "channel", "channels", "website", "websites", "feed", "blog", "profile"),
		// Towns counted: a crowd that came out in many of them is the
		// whole country's ("rallies in 52 cities").
		manyPlaces: set("cities", "towns", "municipalities", "localities", "communes", "villages"),
		// Places a bare count "of" measures by the people who live there,
		// and the nouns of that count: "a city of 8 million", "a
		// population of 40,000"; and the nouns of the people counted so:
		// "the island, with 90,000 inhabitants".
		peopled: set("city", "cities", "town", "village", "country", "nation", "state", "province", "region", "island",
			"metropolis", "capital", "population", "populace", "people", "inhabitants", "residents"),
		// Words before a noun of people that say they are dead: "420
		// fallen marines" are the dead (bodies when handed over), whatever
		// their noun counts.
		deadBefore: set("fallen", "slain", "deceased"),
		// Words between a verb and its figure that add the figure to
		// those counted before: "injured another 70", "a further 12".
		addedTo: set("another", "further", "additional", "a", "an"),
		// The open ground a crowd fills: people whose verb takes it as its
		// object ("packed the avenues", "thronged the square") are a crowd,
		// whatever the verb.
		// Only verbs of filling it say a crowd (groundFill): those who
		// searched, cleaned or left the streets are none. Ground that
		// any site has (groundNamed: "area", "park") says a crowd only
		// after a name ("filled the Alder Park area").
		crowdGround: set("streets", "street", "square", "squares", "avenues", "boulevards", "plaza", "plazas",
			"avenue", "boulevard", "area", "park"),
		groundNamed: set("area", "park"),
		// A verb of gathering in the present, as a plan or a condition
		// ("if a million gather in the capital"): a crowd only when it
		// takes no object ("gather signatures") and the people have no
		// noun of their own ("scientists gather in Geneva").
		crowdGather: set("gather", "gathers"),
		groundFill: set("filled", "packed", "thronged", "crammed", "crowded", "flooded", "swarmed", "jammed", "lined",
			"occupied", "overflowed", "choked", "mobbed"),
		// What the kind stage knows of each canonical measure.
		measureClass: map[string]uint8{
			"protesters":     mcCrowd | mcCount | mcEvent | mcPeople,
			"protests":       mcCount,
			"deaths":         mcToll | mcEvent | mcPeople,
			"casualties":     mcToll | mcCount | mcEvent | mcPeople,
			"injured":        mcToll | mcCount | mcEvent | mcPeople,
			"missing":        mcToll | mcCount | mcEvent | mcPeople,
			"people trapped": mcToll | mcCount | mcEvent | mcPeople, // under rubble, as the missing are: "11 still trapped"
			"arrests":        mcToll | mcCount | mcEvent | mcPeople,
			"detained":       mcToll | mcCount | mcEvent | mcPeople,
			"evacuees":       mcToll | mcCount | mcEvent | mcPeople,
			"rescued":        mcToll | mcCount | mcPeople, // pulled out alive, as a toll adds up: "more than 900 have been rescued"
			"affected":       mcToll | mcCount | mcPeople, // "1.2 million affected by the floods"
			"displaced":      mcToll | mcCount | mcPeople,
			"homeless":       mcToll | mcCount | mcPeople,
			"strikers":       mcCount | mcEvent | mcPeople,
			"candidates":     mcCount | mcPeople,
			"apprehensions":  mcCount | mcPeople,
			"charged":        mcCount | mcPeople,
			"homes":          mcToll | mcCount,
			"livestock":      mcToll | mcCount,
			"voters":         mcCount | mcPeople | mcResult,
			"votes":          mcCount | mcResult,
			"turnout":        mcCount | mcResult,
			"seats":          mcCount | mcPeople | mcResult, // held by people: "40 councillors"
			"prisoners":      mcPeople | mcHeld,
			"detainees":      mcPeople | mcHeld,
			"hostages":       mcPeople | mcHeld,
			"bodies":         mcPeople,
			"refugees":       mcPeople,
			"asylum seekers": mcPeople,
			"troops":         mcPeople,
			"fighters":       mcPeople,
		},
	}
}

// extendVocabulary adds the extractor's extra terms to v, leaving the
// user's own terms in place.
func extendVocabulary(v *claims.Vocabulary) {
	add := func(canonical string, words ...string) {
		if c, ok := v.Measure(canonical); ok {
			canonical = c
		}
		for _, w := range words {
			if _, ok := v.Measure(w); !ok {
				v.AddMeasure(canonical, w)
			}
		}
	}
	add("deaths", "killing", "kills", "kill", "feared dead", "confirmed dead", "bodies recovered", "died", "die", "dies", "death toll", "toll", "lost their lives", "perished", "people died", "deaths",
		"succumbed", "succumb", "succumbs")
	add("injured", "hurt", "injured people", "wounding", "injuring", "wounds", "hospitalised", "hospitalized", "treated in hospital",
		"taken to hospital", "taken to hospitals", "taken to a hospital")
	// People moved to a hospital are hurt, whatever the verb of moving:
	// no transfer of captives, no dead carried.
	add("injured", "transferred to hospital", "transferred to hospitals", "rushed to hospital", "rushed to hospitals",
		"brought to hospital", "brought to hospitals", "evacuated to hospital", "evacuated to hospitals", "flown to hospital",
		"admitted to hospital", "admitted to hospitals", "sent to hospital", "moved to hospital")
	add("protesters", "crowd", "crowds", "marched", "protested", "rallied", "demonstrated", "took part",
		"taken part", "take part", "participants", "people protested", "people marched",
		"joined the rally", "joined the protest", "joined the march", "joined the demonstration", "joined the protests",
		"attended the rally", "attended the protest", "took to the streets", "turned out to protest", "gathered", "rallying",
		"marching", "protesting", "demonstrating", "joined", "attended", "joined the rallies", "joined the marches",
		"stood outside", "gathered outside", "celebrated", "celebrating", "massed", "assembled", "filled the square", "filled the streets",
		"took to the street", "poured into the streets", "turned out", "had turned out", "turned out to protest",
		"showed up", "turned up", "participated", "participating", "participate", "numbers attending", "number attending", "those attending",
		"hit the streets", "beat the pavement", "beaten the pavement", "pounded the pavement", "took to the pavement", // "took part in the survey": no crowd (measure_clause.go)
		// People who gather are a crowd, not arrivals: "came together in the
		// square"; and those at an event are its crowd: "drew 900 attendees".
		"came together", "come together", "coming together", "demonstrate", "attend", "attending", "attendees", "attendee")
	// (People who "gather" in the present are read by the clause stage:
	// crowdGather in the lexicon.)
	add("voters", "turned out to vote", "turned out to cast")
	add("candidates", "candidate", "competitors", "contenders", "challengers", "rival candidates")
	// Border statistics count apprehensions (encounters) of people who
	// crossed.
	add("apprehensions", "apprehension", "apprehended", "encounters", "border encounters")
	// Strikers are no marchers: a strike is counted by the unions and
	// the employers, a march by the police and the organisers.
	// A participle before a noun of people names what they do, as
	// "protesting" does: "striking teachers" are strikers.
	add("strikers", "striker", "on strike", "went on strike", "go on strike", "gone on strike", "going on strike",
		"goes on strike", "walked out", "joined the strike", "joined the general strike", "striking")
	add("deaths", "drowned", "martyred", "were martyred", "fatally injured", "fatally wounded", "declared dead", "pronounced dead")
	add("injured", "in hospital", "in hospitals", "in intensive care", "in critical condition", "treated for injuries")
	add("evacuees", "taken refuge", "took refuge", "sought refuge", "found refuge", "taking refuge", "seeking refuge", "tent camps", "camps", "temporary shelters", "under evacuation orders", "evacuation orders", "evacuation order")
	add("prisoners", "captivity", "custody", "holding", "held captive", "in detention", "detention", "rebel hands")
	add("hostages", "abducted", "kidnapped", "seized", "taken hostage", "held hostage")
	add("missing", "missing people", "unaccounted for", "unaccounted-for", "gone missing", "went missing", "go missing")
	// Hurt as a state the people are in: "with 11 of them suffering
	// serious injuries".
	add("injured", "suffering injuries", "suffered injuries", "sustained injuries", "suffering serious injuries",
		"suffering severe injuries", "suffered serious injuries", "suffered severe injuries", "sustained serious injuries",
		"sustained severe injuries")
	// People caught alive under a fallen building or in a flooded mine,
	// whom rescuers are still to reach: neither dead nor missing.
	// (Not "trapped" alone, so the measure is named by a phrase: "miners
	// were trapped" for a while are miners.)
	add("people trapped", "still trapped", "remain trapped", "remained trapped", "remains trapped", "buried alive", "trapped alive",
		"entombed", "trapped under the rubble", "trapped in the rubble", "trapped beneath the rubble", "trapped under rubble")
	// People brought out alive after a disaster: no toll's dead or missing.
	add("rescued", "pulled from the rubble", "pulled from rubble", "pulled out of the rubble", "pulled alive",
		"pulled out alive", "pulled from the debris", "dug out alive", "rescued alive", "brought out alive")
	add("evacuees", "evacuating", "evacuations", "moved to shelters", "in shelters", "sheltering", "relief camps")
	add("evacuees", "evacuation centres", "evacuation centers", "shelters", "evacuation centre")
	add("votes", "voted")
	add("voters", "cast ballots", "cast their ballots", "cast a ballot", "went to the polls", "electoral roll", "on the electoral roll", "registered to vote", "eligible to vote", "electoral rolls", "voter rolls",
		"roll", "rolls", "voter roll")
	add("protesters", "rally", "rallies", "protest", "protests", "march", "demonstration", "demonstrations", "attendance")
	add("displaced", "from their homes", "fled", "forced from their homes", "forced to flee", "uprooted")
	add("homeless", "made homeless", "lost their homes", "left homeless")
	add("arrests", "arrested", "arrest", "rounded up")
	// Verbs of killing with their particle: "wiped out 2,000 people".
	add("deaths", "wiped out", "gunned down", "mowed down")
	// "the murder of 14 people", as "the killing of": the dead.
	add("deaths", "murder", "murders", "murdered")
	add("detained", "detained", "detaining")
	add("prisoners", "in captivity", "held captive", "in custody", "behind bars", "in prison", "imprisoned", "jailed")
	add("votes", "voters cast", "ballots cast")
	add("turnout", "voter turnout", "participation")
	// Migration statistics count people by what they did or what was done
	// to them: those who "arrived" or "came" are arrivals, those
	// "deported" or "forcibly returned" are deportations.
	add("deportations", "deportation", "deported", "forcibly returned", "people deported", "forced returns", "enforced returns")
	// People who ask a state for protection are asylum seekers, by what
	// they did: "900 people applied for asylum".
	add("asylum seekers", "applied for asylum", "apply for asylum", "applying for asylum", "sought asylum", "seeking asylum",
		"claimed asylum", "requested asylum", "asked for asylum")
	// People a state grants protection to are refugees, by what was
	// given them: "120 were given refugee status", "granted asylum".
	add("refugees", "given refugee status", "granted refugee status", "given asylum", "granted asylum",
		"awarded refugee status", "recognised as refugees", "recognized as refugees")
}

// scaleLabels name a scale whose steps are numbered: "force seven",
// "category 4", "classification 5", "level 3" name a step, not a count.
var scaleLabels = set("force", "category", "classification", "level", "grade", "tier", "signal")

// voteRightWords say people may vote, before "to vote": "had the right to
// vote", "were eligible to vote" count the electorate.
var voteRightWords = set("right", "eligible", "entitled", "registered")

// rubrics are the labels a page sets in capitals before a dash at the
// head of a story ("BREAKING —", "UPDATE -"): no dateline's town.
var rubrics = set("breaking", "update", "updated", "exclusive", "watch", "analysis", "live", "opinion",
	"video", "photos", "explainer", "factbox", "comment", "editorial", "news", "alert", "developing", "latest")

// countNouns are the nouns of a count "of X" names what it counts by: "the
// number of prisoners freed", "the toll of dead", "the tally of votes".
var countNouns = set("number", "total", "toll", "tally", "count")

// numberNouns are nouns of a number worked out from counts, which say
// nothing of what is counted: "their average was 3,400", "the estimate
// was 12,000".
var numberNouns = set("average", "mean", "median", "estimate", "estimates", "sum", "aggregate")

// Verbs that take a share of the vote as their object: "the party won
// 41%", "polled 12 percent" (shareWonVerbs), and those that do so only in
// a story that names a vote: "scored 48%", "gains 54%" (shareScoredVerbs).
var (
	shareWonVerbs    = set("won", "took", "got", "secured", "polled", "garnered", "received", "obtained")
	shareScoredVerbs = set("scored", "scores", "gained", "gains", "wins", "takes", "gets", "secures", "receives", "obtains",
		"garners", "polls", "captured", "captures")
)

// majorityNouns are the nouns a share in words is a majority of:
// "a two-thirds majority" (shareOf).
var majorityNouns = set("majority", "supermajority")

// Word lists of the party stage (parties.go).
var (
	winVerbs = set("win", "wins", "won", "winning", "take", "takes", "took", "taking", "carry", "carries",
		"carried", "hold", "holds", "held", "keep", "keeps", "kept", "retain", "retained", "retains", "secure",
		"secured", "secures", "garner", "garnered", "garners", "poll", "polled", "polls", "capture", "captured",
		"sweep", "swept", "gain", "gained", "gains", "get", "gets", "got", "receive", "received", "receives", "obtain",
		"obtained", "score", "scored", "doubled", "tripled", "increased", "raised", "lifted", "led", "leads", "gaining",
		"garnering", "securing", "getting", "receiving", "polling", "scoring", "obtaining", "capturing", "lead", "beat",
		"beats", "defeated", "defeats", "edged", "trounced", "outpolled", "had", "has", "have",
		// Where a count leaves one: "ended the race with 48%", "came second
		// at 41%", "amassed 266 seats".
		"amass", "amassed", "amasses", "amassing", "finished", "finishes", "finishing", "ended", "ends", "ending",
		"closed", "closes", "closing", "came", "comes", "coming", "placed", "placing")
	// gatheringNouns are the gatherings a crowd is counted at: "the
	// city's annual march", "Sunday's rally".
	gatheringNouns = set("march", "marches", "rally", "rallies", "protest", "protests", "demonstration",
		"demonstrations", "parade", "parades", "vigil", "vigils", "sit-in", "sit-ins", "procession", "processions")
	// townNouns name the town a story is in by its kind: "the city's old
	// quarter".
	townNouns = set("city", "town", "capital", "village")
	// disputeVerbs take a count as what their subject calls into doubt:
	// "the army disputed the toll of 50": who disputes it is a voice, not
	// the count's place.
	disputeVerbs = set("disputed", "disputes", "dispute", "contested", "contests", "contest", "questioned", "questions",
		"rejected", "rejects", "challenged", "challenges", "doubted", "doubts")
	// leaderSuffixes end a side's adjective of leading or backing a force:
	// "the U.S.-led coalition", "Iran-backed rebels".
	leaderSuffixes = set("led", "backed", "allied", "sponsored", "funded", "supported", "run")
	// quarterNouns name a part of a town: "the city district of Mitte".
	quarterNouns = set("district", "quarter", "borough", "neighbourhood", "neighborhood", "arrondissement")
	// conflictNouns are events that last and are fought over a country,
	// not struck on a day: its dead are the country's.
	conflictNouns = set("war", "fighting", "conflict", "violence", "clashes", "insurgency", "unrest")
	// speakingEvents are occasions a figure is told at: "told a news
	// conference in Lima", "at a briefing in Geneva".
	// placePreps are the prepositions after which a place is named for a
	// count ("in Lyon", "across the country", "off the coast").
	placePreps     = set("in", "across", "throughout", "on", "at", "outside", "near", "around", "through", "into", "over", "off")
	speakingEvents = set("conference", "conferences", "briefing", "briefings", "interview", "summit", "speech",
		"statement", "address", "hearing")
	// inclusionVerbs tell the parts of a whole: "the freed included 13
	// Israelis".
	inclusionVerbs = set("included", "include", "includes", "comprised", "comprise", "comprises")
	// asideOpeners open a part set off by commas inside a clause: "60
	// prisoners, including 15 minors, were freed".
	asideOpeners = set("including", "among", "mostly", "most", "many", "some", "all")
	// sidesLinks name the sides of a war after it: "the war between the
	// two neighbours", "the war with Russia".
	sidesLinks = set("between", "with", "against")
	// noneWords open a noun phrase that names nobody: "no candidate won",
	// "neither party".
	noneWords = set("no", "neither", "none", "nobody")
	// placeWords stand between a candidate's name and a share to tell
	// where the count put them: "Lenz coming second at 41%", "Ek, placing
	// third with 7%".
	placeWords = set("came", "coming", "finished", "finishing", "placed", "placing", "ended", "ending", "closed",
		"closing", "trailed", "trailing", "last")
	// nameGenitives are possessives that are part of a party's or a
	// state's name, not an owner set before it: "the Liberal People's
	// Party", "the Women's League".
	nameGenitives = set("people's", "people’s", "women's", "women’s", "nation's", "nation’s")
	// Words that name a candidate by role, not by name: "the incumbent",
	// "his rival", "the opposition candidate".
	candidateNouns = set("incumbent", "rival", "rivals", "opponent", "opponents", "challenger", "challengers",
		"candidate", "contender", "frontrunner", "front-runner", "runner-up", "president", "competitor", "competitors")
	// Nouns of an election result that a name's possessive holds:
	// "Silva's victory with 54%", "Hill's share fell to 31%".
	resultNouns      = set("victory", "win", "share", "score", "percentage", "result", "tally", "landslide", "margin", "total")
	affiliationWords = set("democrat", "republican", "conservative", "liberal", "socialist", "labour", "labor",
		"green", "independent", "opposition", "incumbent", "candidate", "challenger")
	eventNouns = set("typhoon", "hurricane", "storm", "cyclone", "tropical", "earthquake", "quake", "flood",
		"floods", "wildfire", "fire", "eruption", "tsunami", "landslide", "operation", "offensive", "war", "fighting",
		"attack", "strike", "blast", "explosion", "shelling", "bombing", "crash", "shipwreck", "clashes", "violence",
		"conflict", "wildfires", "fires", "airstrike", "airstrikes", "strikes", "attacks", "epidemic", "outbreak",
		"collapse", "stampede", "derailment", "sinking", "accident")
	// Heads of the names of a state's bodies, which act for the state:
	// "Russia's Ministry of Defense", "Kenya's army".
	stateBodies = set("ministry", "government", "army", "military", "forces", "navy", "cabinet", "presidency",
		"administration", "authorities", "police")
	// Words that link a list item's place to its figure: "and in Ulm at
	// 12,000", "in Graz with 8,000".
	itemLinks = set("at", "with", "to", "of")
	// Events that are acts of one side against another: a nationality
	// before one names who struck ("Israeli attacks", "Russian
	// shelling"), never the place the dead were counted in, as it does
	// before a disaster ("the Turkish earthquake").
	attackNouns = set("attack", "attacks", "strike", "strikes", "airstrike", "airstrikes", "shelling", "bombing",
		"bombings", "bombardment", "bombardments", "offensive", "operation", "operations", "raid", "raids", "assault",
		"invasion", "incursion")
	// Adjectives that say how strong or how many an event was, no part of
	// its name even when they open a sentence: "Powerful earthquakes
	// struck …", "Deadly floods …".
	eventGrades = set("powerful", "deadly", "massive", "devastating", "strong", "huge", "violent", "heavy",
		"torrential", "catastrophic", "major", "severe", "twin", "fresh", "new", "latest", "destructive", "fierce",
		"fatal", "large", "big", "small", "minor", "several", "multiple", "successive", "two", "three")
	// belonging are nouns that tie one person to a state after its name:
	// "an EU citizen", "a British national".
	belonging  = set("citizen", "national", "resident", "passport", "subject")
	placeNouns = set("city", "town", "village", "streets", "province", "region", "state", "district",
		"capital", "port", "county", "area", "outskirts", "suburbs", "island", "centre", "center", "heart")
	// territoryNouns, after a people's adjective, describe a place the
	// text has named: "killed in the Palestinian territory", "across the
	// Sudanese capital" stand for the place named before them.
	territoryNouns = set("territory", "enclave", "strip", "country", "nation", "state", "republic", "capital",
		"city", "island", "region", "province")
	// allyNouns, after a party's name, name it by its tie to another:
	// "its Green ally", "the coalition's Liberal partner".
	allyNouns  = set("ally", "allies", "partner", "partners")
	partyNouns = set("party", "coalition", "alliance", "bloc", "opposition", "front", "movement", "list",
		"candidate", "incumbent")
	// noncombatants are people a swap may free who are no prisoners of
	// war: "95 soldiers and 40 civilians were returned" frees 40
	// civilians, a measure of their own, not 40 more prisoners.
	noncombatants = set("civilians", "civilian")
	// nationalCounters are the words of a source that counts a crowd over
	// the whole country, not in one town: "the interior ministry", "the
	// government".
	nationalCounters = set("ministry", "ministries", "government", "interior")
	platforms        = set("x", "telegram", "twitter", "facebook", "instagram", "tiktok", "youtube", "television",
		"tv", "radio", "truth", "weibo", "vk", "whatsapp", "bluesky", "threads", "social")
)

// Word lists of the scope stage (scope.go): whether a figure is one event
// or a running total.
var (
	// oneExchangeWords are the phrases that tie a transfer told in the
	// perfect to one exchange of its clause: what came back for it ("has
	// freed 90 in return for 12") or the swap it was part of ("in a swap").
	oneExchangeWords = set("in exchange for", "in return for", "in a swap", "in an exchange", "in a handover",
		"as part of a swap", "as part of an exchange")
	// occasionWords, before one of exchangeNouns, pick out one occasion: "in
	// the latest swap", "this exchange", "today's handover", "the most recent
	// round".
	occasionWords = set("latest", "newest", "recent", "last", "this", "today's", "yesterday's", "tonight's")
	// exchangeNouns are the single occasions a swap is told as; an ordinal
	// before one counts it ("the fifth exchange").
	exchangeNouns = set("swap", "exchange", "handover", "repatriation", "release", "round", "transfer", "trade")
	// batchWords, just before a figure told in the perfect, make it the
	// latest batch rather than the running total: "has handed over another
	// 1,000 bodies", "have freed a further 84".
	batchWords = set("another", "further", "additional")
	// exchangeKinds may stand between an occasion word and an exchange
	// noun: "the latest prisoner swap", "today's POW exchange".
	exchangeKinds = set("prisoner", "prisoners", "body", "bodies", "captive", "pow")
	// spanNouns, after one of spanLeads, tell a stretch of many days that a
	// count sums over: "over the last few weeks", "in recent days", "in the
	// past three months".
	spanNouns = set("days", "weeks", "months", "years", "decades")
	spanLeads = set("past", "last", "recent", "previous", "few", "several")
	// superlatives before "since" make it a comparison with the past ("the
	// worst since records began"), not the opening of a period counted
	// over; words ending in "-est" after a determiner count too.
	superlatives = set("first", "worst", "most", "least", "best")
	// perfectAuxes open a perfect; perfectFillers may stand between one and
	// its verb: "has so far received", "had reportedly been freed".
	perfectAuxes   = set("have", "has", "had", "'ve")
	perfectFillers = set("been", "so", "far", "already", "now", "also", "just", "all", "since", "reportedly", "not",
		"never", "yet")
)
