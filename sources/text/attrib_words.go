// The attribution stage's word knowledge: which words are cues, which
// nouns name documents and data that can be a source, which words may
// stand between a source and its cue. The stage's control flow reads these
// tables; adding a word here needs no change to the code.

package text

// Cue verbs the lexicon's speech list does not hold (withAttribution adds
// them to it).
var cueVerbs = set("clarified", "clarifies", "calculated", "calculates", "accused", "accuses", "identified",
	"identifies", "documented", "assessed", "report", "calculate", "reckoned", "reckons", "tallies", "logged", "show", "reveal",
	"suggest", "indicate", "reveals", "indicates", "adjusted", "adjusts", "corrected", "corrects", "named", "names", "cited", "cites",
	"ruled", "rules", "alleged", "alleges", "argued", "argues", "testified", "testifies", "contended", "contends",
	"asserted", "asserts", "conceded", "concedes", "expect", "expects", "boasted", "touted", "forecasts",
	"acknowledges", "admits", "projecting", "predicting", "forecasting", "cut", "cuts", "trimmed", "trims", "slashed",
	"boosted", "upgraded", "downgraded", "lifted", "increased", "increases", "decreased", "decreases", "reduced", "reduces", "speak",
	"suggest", "indicate", "reveals", "indicates", "adjusted", "adjusts", "corrected", "corrects",
	// Verbs of judging, expecting, arguing, charging and asking: "the IMF
	// expects …", "the fact-checker rated 32% of claims false", "the court
	// ruled", "prosecutors charged", "the poll asked".
	"expects", "expect", "expected", "argues", "argue", "argued", "rated", "ruled", "charged",
	"asked", "asks", "estimated", "projected", "reported", "noted", "wrote", "stated", "contends", "contended",
	"maintains", "maintained", "predicted", "forecasts", "concluded", "continued", "continues",
	"pointed", "points", "called", "calls", "read", "reads", "references", "referenced", "agree", "agrees",
	"reminded", "reminds", "recalled", "recalls")

// relativeCuePronouns may stand for a body or a group as the speaker of a
// cue in a relative clause after a noun: "the 900 homes it counted on
// Tuesday", "the 40 they gave on Monday" (relativeCue).
var relativeCuePronouns = set("it", "they")

// figureCues are cues only with a figure for object: "the campaign named
// at least 20 polling stations", not "a man named Ali".
var figureCues = set("named", "names", "cited", "cites")

// particleCues are cues only with their particle right after them:
// "pointed out that …", "called for cutting the rate to 28%".
var particleCues = map[string]string{"pointed": "out", "points": "out", "called": "for", "calls": "for"}

// leadInCues are cues only when what was said follows at once, after a
// colon or in quotation marks: "Ortiz continued:", not "prices continued
// to rise".
var leadInCues = set("continued", "continues")

// Cue verbs whose subject counts or estimates: the figure is an estimate.
var estimateCues = set("calculated", "calculates", "identified", "identifies", "reckoned", "reckons", "assessed",
	"calculate")

// sourceNouns are the documents, data and polls that can be a source:
// "a Pew survey found", "official figures show", "the report stated",
// "research published in The Lancet estimated".
var sourceNouns = set("poll", "polls", "survey", "surveys", "study", "studies", "census", "report", "reports",
	"analysis", "count", "tally", "investigation", "audit", "figures", "data", "statistics", "research",
	"estimates", "records", "results", "numbers", "projections", "projection", "assessment", "review", "paper",
	"memo", "filing", "filings", "document", "documents", "model", "models", "release", "bulletin", "update",
	"briefing", "statement", "email", "letter", "article", "tallies", "counts", "findings", "index", "calculations",
	"calculation", "returns", "forecast", "forecasts", "protocol", "protocols", "tabulation", "registry", "register",
	"lawsuit", "complaint", "indictment", "ruling", "affidavit", "testimony", "transcript", "database", "dataset",
	"tracker", "spreadsheet", "polling", "disclosure", "disclosures", "minutes", "dossier", "audits", "reviews",
	"calculation", "returns", "forecast", "forecasts",
	// Averages, slides and ads, complaints and rulings: "the polling
	// average shows", "one slide says", "the ad references", "the
	// complaint alleges", "a web video references four cases" (but
	// "videos showed hundreds in the streets" depicts: visualNouns).
	"average", "averages", "analyses", "slide", "slides", "presentation", "ad", "ads", "video", "videos",
	"spot", "chart", "charts", "graphic", "finding", "complaint", "lawsuit", "indictment", "ruling",
	"transcript", "tracker", "fact-check", "article", "articles", "book", "website", "dataset", "simulation",
	// what a body hands over: "Based on the information supplied by the
	// port authority, …"
	"information")

// findingVerbs are the verbs a document or data set speaks with: "the poll
// found", "figures show". They take no person for subject.
var findingVerbs = set("found", "finds", "showed", "shows", "show", "suggested", "suggests", "suggest", "revealed",
	"reveals", "reveal", "indicated", "indicates", "indicate",
	// only a document's: "the article read", "the ad references four
	// cases", "independent analyses agree" (never "he read the names",
	// "both sides agree to swap 1,200").
	"read", "reads", "references", "referenced", "agree", "agrees")

// speechFindings are the findingVerbs people say too: with no document or
// data before them, their subject speaks ("the mayor revealed on Monday
// that …", "Ana Lisk, a member of the board, indicated that …").
var speechFindings = set("revealed", "reveals", "indicated", "indicates")

// dataVerbs put a figure out as an object: "the UN gave a preliminary
// figure of 320", "the ministry issued new casualty figures saying …". They
// are cues only with one of dataObjects after them.
var dataVerbs = set("gave", "give", "gives", "issued", "issues", "released", "releases", "published", "provided",
	"unveiled")

// dataObjects are what dataVerbs put out.
var dataObjects = set("figure", "figures", "tally", "toll", "estimate", "estimates", "count", "data", "statistics",
	"numbers", "number", "total", "tallies", "update", "breakdown", "percentage", "turnout", "results", "forecast",
	"forecasts", "projection", "projections", "outlook", "guidance",
	"numbers", "number", "total", "tallies", "update", "breakdown", "percentage", "turnout", "results", "list",
	"penalty", "penalties", "fine", "fines")

// forSources are the sources "N for the X" names in a tally of rival
// counts: "112,000 for the police", "800,000 for the CGT".
var forSources = set("police", "unions", "union", "organisers", "organizers", "authorities", "ministry",
	"prefecture", "headquarters", "government", "interior", "organisation", "organization", "city", "hall",
	"town", "council", "gendarmerie", "prefect", "army", "military", "committee", "office")

// openers are words that open a sentence or clause before its source and
// are no part of its name: "While the ministry says …", "But police said".
var openers = set("while", "but", "and", "as", "although", "though", "if", "when", "because", "so", "yet",
	"whereas", "since", "after", "before", "whilst", "meanwhile", "however", "still", "also")

// dateTail are words of a date said between a source and its cue: "the
// court on Saturday said", "the minister late on Wednesday lowered".
var dateTail = set("on", "late", "early", "earlier", "last", "this", "next", "night", "morning", "afternoon",
	"evening", "week", "month", "year", "today", "yesterday", "tonight", ".", "originally", "initially",
	"significantly", "sharply", "again", "now", "first", "had", "has", "have", "also", "in",
	// adverbs that link a source's words to what came before: "The union
	// thus declared", "the ministry meanwhile said"
	"thus", "meanwhile", "therefore", "further", "likewise", "separately", "subsequently", "then", "later")

// anaphoricPersonNouns, after "the" and alone, point back to the person
// named who spoke last: "…, the official added".
var anaphoricPersonNouns = set("official", "officer")

// nestingCues open an attribution nested in the one before it: "X said,
// citing data from Y".
var nestingCues = set("citing", "quoting", "according")

// compareWords put the figure against another that the following cue
// gives: "40 percent higher than recorded by the ministry".
var compareWords = set("than", "from")

// institutionNouns are the words a story uses for an institution it named
// before by another word: "the Congressional Budget Office … the agency".
// A court, a ministry or a bank is found only by its own word.
var institutionNouns = set("agency", "department", "bureau", "office", "commission", "authority", "administration",
	"board", "regulator", "watchdog", "body", "service")

// pollNouns are the documents whose respondents answer: "39% of voters
// said" speaks for the poll.
var pollNouns = set("poll", "polls", "survey", "surveys", "questionnaire", "census")

// putWords say where "put" puts a number: "put the toll at 40", "put the
// number closer to 5,000".
var putWords = set("at", "near", "closer", "nearer", "around")

// currencyWords name a money after a sum: "10.6 billion euros".
var currencyWords = set("euros", "euro", "dollars", "dollar", "pounds", "yen", "yuan", "renminbi", "rupees", "francs",
	"rubles", "roubles", "pesos", "shekels", "hryvnias", "hryvnia", "naira", "shillings", "rand", "won", "lira",
	"dinars", "riyals", "dirhams", "reais", "zloty", "kronor", "kroner", "krona")

// givenWords, right after a figure, say where it was given: "the 71.2%
// given in the first tally".
var givenWords = set("reported", "given", "announced", "published", "released", "recorded", "shown", "stated", "listed",
	"cited")

// heldBy are the participles that name who holds a document, not who
// wrote it: "a memo obtained by the Post" speaks as the memo.
var heldBy = set("obtained", "seen", "reviewed", "viewed", "acquired", "leaked")

// courtDocs are documents of courts and filings that speak for themselves
// ("the lawsuit alleges", "the indictment says"), whoever spoke before.
var courtDocs = set("lawsuit", "complaint", "indictment", "ruling", "affidavit", "testimony", "transcript", "filing",
	"filings", "subpoena", "motion", "petition")

// personDocs are what anyone, a person too, puts out: "the statement
// said" is the last speaker's.
var personDocs = set("statement", "release", "letter", "email", "memo", "message", "tweet")

// quotingCues report whom an outlet quoted, and asSaying the words after
// that one: "quoted the ministry as saying", "cited the police as giving".
var quotingCues = set("quoted", "quotes", "quote", "cited", "cites")

var asSaying = set("saying", "stating", "telling", "writing", "announcing", "confirming", "estimating", "giving", "putting")

// carryWindow is how many sentences of its paragraph an attribution that
// leads a sentence may carry over to.
const carryWindow = 3

// dataWindow is how many sentences back "the data" may point to the body
// the story said compiled it ("figures gathered by the board").
const dataWindow = 8

// reportWindow is how many sentences after a report's source a sentence
// with no voice of its own may go on telling the report's figures.
const reportWindow = 12

// reportVerbs are the cues of a body putting out a report of figures: "the
// agency reported 35 more deaths", "the ministry recorded …".
var reportVerbs = set("report", "reports", "reported", "recorded", "records", "registered", "published", "released", "issued")

// announceVerbs put out a report of figures when a body, as their subject,
// announces them: "the commission announced that 61% voted" (but not "the
// figures announced by the board", a document of the board's).
var announceVerbs = set("announced", "announces", "announce")

// recalledWords set a figure before the one a story reports, as the outlet
// recalls it: "up from a previous toll of 16", "a prior estimate of 40".
var recalledWords = set("previous", "prior", "former", "earlier")

// runUpWords open a time that runs up to the story's: "since earlier this
// week", "through last month".
var runUpWords = set("since", "through", "until", "from")

// leadParas is how many paragraphs with figures open a story: its lead,
// where the report it goes on telling is credited.
const leadParas = 2

// pollWindow is how many paragraphs after a poll's own the shares of a
// poll story stay the poll's, when no one else speaks between.
const pollWindow = 3

// pollAnswers are the words of a sentence that gives what respondents
// answer or how candidates stand: "45 percent back Ortiz", "4 percent
// favour the Greens", "she leads by 47 percent to 41".
var pollAnswers = set("would", "back", "backs", "support", "supports", "approve", "approves", "disapprove", "oppose",
	"opposes", "favor", "favour", "favors", "prefer", "prefers", "choose", "chose", "choosing", "say", "said", "think",
	"believe", "expect", "want", "undecided", "leads", "lead", "led", "leading", "trails", "trailed", "ahead", "behind")

// framingCue are the cues of a phrase that frames its own sentence only:
// "In the Harlow poll, …", "Under the governor's plan, …".
var framingCue = set("in", "under", "per")

// reviseVerbs are cues only with a figure's noun after them: "raised the
// death toll to 45" attributes, "raised $18 million" does not.
var reviseVerbs = set("raised", "raises", "lowered", "lowers", "revised", "revises", "updated", "updates", "adjusted",
	"adjusts", "corrected", "corrects", "cut", "cuts", "trimmed", "trims", "slashed", "boosted", "upgraded",
	"downgraded", "lifted", "increased", "increases", "decreased", "decreases", "reduced", "reduces")

// titles the lexicon's list does not hold: the roles of people who speak
// for firms, studies and campaigns.
var moreTitles = set("executive", "ceo", "cfo", "founder", "co-founder", "author", "analyst", "economist",
	"scientist", "researcher", "strategist", "pollster", "professor", "chairperson", "treasurer", "manager",
	"coordinator", "campaigner", "organiser", "organizer", "lawyer", "attorney", "judge", "coroner", "diplomat",
	"leaders", "diplomats", "analysts", "experts", "economists", "researchers", "scientists", "activists",
	"executives", "lawyers", "medics", "campaigners", "negotiators", "sources", "pollsters", "spokespeople", "clerk",
	"registrar", "auditor", "comptroller", "examiner",
	"executives", "lawyers", "medics", "campaigners", "negotiators", "sources", "pollsters", "spokespeople", "authors")

// namePrefixes are the particles joined to a surname by a hyphen:
// "el-Drese", "al-Hakim".
var namePrefixes = set("el", "al", "ul", "ad", "as", "ash", "at", "az", "ar", "an", "ibn", "bin", "abu")

// personRoles are the head nouns that make a description a person's: "the
// minister", "a spokeswoman", "its lead author".
var personRoles = set("leader", "president", "minister", "official", "spokesman", "spokeswoman", "spokesperson",
	"aide", "governor", "mayor", "chief", "commander", "ambassador", "envoy", "negotiator", "premier", "chancellor",
	"ombudsman", "adviser", "advisor", "head", "director", "secretary", "administrator", "coroner", "magistrate",
	"judge", "attorney", "warden", "manager", "surgeon", "doctor", "nurse", "priest", "bishop", "imam", "activist",
	"researcher", "economist", "professor", "correspondent", "reporter", "journalist", "editor", "prosecutor",
	"superintendent", "inspector", "commissioner", "sheriff", "prefect", "organiser", "organizer", "witness",
	"executive", "founder", "author", "analyst", "scientist", "strategist", "pollster", "chairman", "chairwoman",
	"chair", "lawyer", "treasurer", "senator", "diplomat", "representative", "clerk", "registrar", "auditor",
	"comptroller", "examiner")

// withAttribution adds the attribution stage's words to the lexicon's
// classes: its cue verbs to the speech verbs, its titles to the titles.
func (lx *lexicon) withAttribution() *lexicon {
	for w := range cueVerbs {
		lx.speech[w] = true
	}
	for w := range moreTitles {
		lx.title[w] = true
	}
	return lx
}

// demonstratives point back to what was said before: "These figures were
// released by …".
var demonstratives = set("this", "these", "that", "those", "such")

// restWords, opening a sentence, point to more of a set a voice has just
// begun to count: "Others were hurt in …", "Another 40 …", "Dozens of
// other people …", "The rest …", "The remaining 12 …".
var restWords = set("others", "another", "other", "rest", "remaining")

// backFigureNouns, after "the" at the start of a sentence and before its
// verb, name the figure told just before: "The number included …", "The
// total covers …".
var backFigureNouns = set("number", "figure", "total", "tally", "toll", "count", "numbers", "figures")

// determiners open a definite description that may speak: "the company",
// "its auditors".
var determiners = set("the", "its", "his", "her", "their", "our")

// clauseCues attribute only with what was said after them, not with an
// object: "concluded that …", not "concluded a major agreement".
var clauseCues = set("concluded", "recorded", "registered", "documented", "logged", "listed", "confirmed")

// partWords and partHeads open a sentence on a part of the set counted
// before it: "Among the dead, …", "Of them, …", "Of those hurt, …".
var partWords = set("among", "amongst", "of")

var partHeads = set("them", "those", "these", "the", "whom")

// thatCues are cues only with a clause of what was said after them, opened
// by "that": "reminded that 1,000 remain in jail", not "reminded voters
// of the deadline". The dataVerbs ("published", "posted") report speech
// so too, with the place they were said between: "published on his page
// that …" (thatAhead).
var thatCues = set("reminded", "reminds", "recalled", "recalls")

// thatReach is how many words after a cue its "that" may come.
const thatReach = 12

// actCues are cues that, with an object naming a deed and no figure, do
// the deed rather than report words: "declared a state of emergency",
// "announced a national day of mourning" (actObject).
var actCues = set("declared", "announced", "proclaimed")

// countedNouns name what a report counts: an act cue with one in its
// object reports figures ("announced its military deaths").
var countedNouns = set("deaths", "death", "dead", "casualties", "losses", "fatalities", "victims", "injured", "wounded",
	"injuries", "arrests", "cases", "votes", "turnout", "participants", "protesters", "number", "numbers", "names")

// actEnds end the object of an act cue: the clause or the phrase joined
// after it ("… and appealed for aid as the toll rose to 40").
var actEnds = set("and", "but", "as", "while", "after", "that", "which", "when", "with")

// inferenceWords open, after a comma, the outlet's own reckoning from what
// a source said: "…, meaning 11 million stayed home".
var inferenceWords = set("meaning", "implying")

// inferenceVerbs, after ", which", open the outlet's own reckoning from
// what a source said: "…, which would mean 11 million stayed home".
var inferenceVerbs = set("mean", "means", "meant", "imply", "implies", "implied", "equates", "amounts", "translates")

// subordinators open, after a comma, a clause whose attribution attributes
// only that clause: "…, where, according to …", "…, while police said …".
var subordinators = set("where", "which", "who", "whom", "whose", "while", "whereas", "although", "though", "when")

// contrastOpeners open a sentence on a clause set against the main one:
// "While the ministry says …, the army reports …".
var contrastOpeners = set("while", "whereas", "although", "though")

// partitives open, after a comma, an appositive about a part of what was
// counted: "three lists, the first provided by the ministry".
var partitives = set("first", "second", "third", "fourth", "last", "latter", "former", "one", "some", "most", "each",
	"both", "another", "rest", "others", "many")

// distanceUnits and compassWords place somewhere for the reader: "200km
// east of Nairobi".
var distanceUnits = set("km", "kilometres", "kilometers", "miles", "mi", "metres", "meters")

var compassWords = set("north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
	"north-east", "north-west", "south-east", "south-west", "northeastern", "northwestern", "southeastern",
	"southwestern", "northern", "southern", "eastern", "western", "outside", "inland", "offshore", "upstream",
	"downstream")

// anonNouns head an unnamed source, and knowsWords say what it knows:
// "two people familiar with the talks", "a source close to the family".
var anonNouns = set("person", "people", "source", "sources", "official", "officials", "aide", "aides", "diplomat",
	"diplomats", "insider", "insiders", "someone", "individuals", "adviser", "advisers", "staffer", "staffers")

var knowsWords = set("familiar", "briefed", "close", "knowledgeable", "involved", "speaking", "privy", "informed")

// servingRoles speak for someone else: "a spokesperson for Speaker Mike
// Johnson" is the spokesperson, not Johnson.
var servingRoles = set("spokesman", "spokeswoman", "spokesperson", "aide", "aides", "adviser", "advisor", "lawyer",
	"lawyers", "attorney", "attorneys", "assistant", "representative", "spokespeople")

// relatives open a relative clause: "a plane that Moscow claimed …".
var relatives = set("that", "which", "who", "whom")

// personNouns are plain words for people that can head a speaker's phrase
// described at length: "a woman using a loudspeaker at the march said".
// participleCues, after a comma, attribute to the subject of the clause
// they close: "Ortiz defended the plan on Monday, saying it would cost $4
// billion".
var participleCues = set("saying", "noting", "adding", "explaining", "arguing", "warning", "insisting", "stressing",
	"claiming", "estimating", "reporting", "assessing", "stating", "announcing", "confirming", "indicating",
	"specifying", "acknowledging", "emphasising", "emphasizing", "underlining", "reiterating", "revealing")

// contactVerbs, after "I" or "we", make a contact clause that qualifies
// the speaker before it: "the economists I interviewed said", "the
// officials we spoke to said".
var contactVerbs = set("interviewed", "consulted", "contacted", "surveyed", "polled", "asked", "questioned", "reached",
	"spoke", "talked", "met")

// shareWords take a share of the group named after "of" or "the", who
// speaks: "most of the analysts said", "all the economists said".
var shareWords = set("most", "some", "many", "several", "few", "all", "none", "half", "both", "each", "majority", "dozens")

var personNouns = set("woman", "man", "resident", "residents", "witness", "witnesses", "protester", "protesters",
	"voter", "voters", "worker", "workers", "student", "students", "farmer", "farmers", "driver", "volunteer",
	"volunteers", "survivor", "survivors", "organiser", "organisers", "organizer", "organizers", "speaker",
	"speakers", "people", "mother", "father", "teacher", "teachers", "nurse", "nurses", "doctor", "doctors")

// invertsWords is the table inverts reads.
var invertsWords = set("said", "says", "added", "adds", "wrote", "writes", "reported", "stated", "announced", "noted",
	"counted", "estimated", "explained", "confirmed", "insisted", "declared", "stressed", "warned",
	"continued", "tweeted", "posted")

// ownCues are the verbs an outlet names itself with as the source of what
// it tells: "GB News can reveal", "The Herald can confirm".
var ownCues = set("reveal", "confirm", "disclose", "report")

// adverbBeforeSpeechWords may stand between a speaker and the verb: "the
// ministry also said", "officials have said" (skipDateTail reads them as
// the class cDateTail).
var adverbBeforeSpeechWords = set("there", "here", "themselves", "itself", "alone", "now", "today", "yesterday", "on", "separately,",
	"not", "did", "does", "didn't", "doesn't", "would", "could", "will", "to", "declined", "refused",
	"never", "would not", "also not", "cannot", "can't", "won't", "wouldn't", "also", "later",
	"further", "separately", "previously", "earlier", "had", "has", "have", "was", "were", "then",
	"again", "reportedly", "quickly", "told", "publicly", "officially", "initially", "first", "can", "exclusively",
	"meanwhile", "however", "too", "likewise")

// modifierWords is the table isModifier reads.
var modifierWords = set("national", "regional", "local", "federal", "state", "senior", "top", "former", "acting", "vice",
	"deputy", "emergency", "health", "election", "electoral", "interior", "foreign", "defence",
	"defense", "presidential", "press", "civil", "public", "military", "general", "chief", "central",
	"provincial", "municipal", "city", "district", "county")

// parentheticalWords is the table isParenthetical reads.
var parentheticalWords = set("which", "who", "whose", "that", "in", "citing", "quoting", "speaking", "according", "writing",
	"meanwhile", "however", "also", "for", "on")

// sentenceAdverbWords is the table isSentenceAdverb reads.
var sentenceAdverbWords = set("later", "earlier", "meanwhile", "separately", "also", "then", "now", "today", "yesterday",
	"however", "still", "finally", "afterwards", "previously", "instead", "again")

// groupNounWords is the table isGroupNoun reads.
var groupNounWords = set("group", "organisation", "organization", "network", "charity", "association", "movement",
	"coalition", "alliance", "watchdog", "monitor", "ngo", "federation", "collective", "campaign")

// lifeNouns are the objects that make a verb of claiming one of killing:
// "the floods claimed 30 lives".
var lifeNouns = set("life", "lives")

// objectCueWords are the words objectCue reads as cues: dataVerbs and the
// prepositions of rival counts and documents ("for the police", "in the
// final results", "as per the results").
var objectCueWords = set("gave", "give", "gives", "issued", "issues", "released", "releases", "published", "based",
	"provided", "unveiled", "for", "in", "per", "given", "compiled", "collected", "gathered", "shown", "supplied",
	"imposed", "levied",
	// framing and noun cues (attrib_framing.go): "Under the governor's
	// plan, …", "the senator's claim that …".
	"under", "claim", "claims", "assertion", "contention", "statement", "argument", "allegation", "allegations",
	"estimate", "prediction", "promise", "pledge", "charge", "insistence", "boast", "warning", "emphasis",
	"assurance", "suggestion", "plan", "plans",
	"proposal", "proposals", "budget", "bill", "platform", "agenda", "blueprint", "policy", "package")

// agentParticiples name, with "by" after them, who gave a figure: "the
// figure given by police", "a tally compiled by the group", "early
// returns announced by the board", "a sample count conducted by monitors".
var agentParticiples = set("given", "compiled", "collected", "gathered", "shown", "supplied", "provided", "issued",
	"released", "published", "imposed", "levied", "announced", "unveiled", "posted", "conducted", "commissioned")

// agentAdverbs may stand between figures and the participle whose agent
// put them out: "the statistics since published by the bureau", "returns
// just released by the board".
var agentAdverbs = set("since", "just", "recently", "newly", "subsequently", "officially", "jointly", "later")

// agentReach is how many words after "according to" the participle of a
// document's maker may come: "according to a count of a sample of
// precincts conducted by the monitors".
const agentReach = 14

// relativeWords open a relative clause whose antecedent is the source:
// "the department, which reported", "the mayor, who warned".
var relativeWords = set("which", "who", "that")

// framingDeterminers open the phrase of a poll or study that frames a
// sentence: "In the latest poll", "In this survey", "In its report".
var framingDeterminers = set("the", "a", "an", "this", "that", "these", "its", "their", "his", "her", "our",
	"latest", "new", "newest", "same", "previous", "last", "each", "both")

// framingQualifiers join a framing document to who made it or whom it
// asked: "a poll by …", "a survey of 1,000 adults", "the poll conducted …".
var framingQualifiers = set("by", "of", "from", "for", "conducted", "released", "published", "taken", "commissioned",
	"provided", "supplied", "compiled")

// claimNouns are the nouns of saying that cue what follows when their
// owner is named: "the senator's claim that …".
var claimNouns = set("claim", "claims", "assertion", "contention", "statement", "argument", "allegation",
	"allegations", "estimate", "prediction", "promise", "pledge", "charge", "insistence", "boast", "warning",
	"emphasis", "assurance", "suggestion")

// ownedFigures are the nouns of a figure reckoned by its owner, who
// speaks for it: "the organisers' estimate of 40,000", "the union's
// count: 9,000", "30,000 marched, by the union's tally".
var ownedFigures = set("estimate", "estimates", "count", "tally", "reckoning")

// planNouns are the nouns of a proposal whose figures are its owner's:
// "under the governor's plan …", "the senator's bill would …".
var planNouns = set("plan", "plans", "proposal", "proposals", "budget", "bill", "platform", "agenda",
	"blueprint", "policy", "package")

// planModals follow a plan's noun when it says what the plan would do:
// "the governor's plan would cap …".
var planModals = set("would", "will", "could", "should", "might", "can", "may", "also")

// planVerbs say what a plan does with its figures: "the plan cuts the rate
// to 15%".
var planVerbs = set("calls", "includes", "cuts", "raises", "sets", "caps", "lowers", "gives", "offers",
	"proposes", "provides", "imposes", "reduces", "adds", "costs", "spends", "allows", "requires")

// lyWords end in "ly" and are no adverbs: "the assembly said", "the
// daily reported".
var lyWords = set("assembly", "family", "rally", "ally", "supply", "monopoly", "anomaly", "reply", "apply",
	"daily", "weekly", "monthly", "quarterly", "yearly", "italy", "july", "only", "holy", "early", "likely",
	"unlikely", "elderly", "friendly", "costly", "lonely", "bully", "belly", "jelly", "folly", "homily")

// partyLabels open an aside after a politician's name that gives party
// and state: "Senator Ana Ruiz, Democrat of Oregon, said".
var partyLabels = set("democrat", "republican", "independent", "libertarian", "conservative", "labour",
	"member", "chairwoman", "chairman", "ranking", "co-chair")

// statNouns are the nouns of figures a body puts out that a story names
// one another by: "Figures from the tribunal show …. The statistics also
// show …" speak of one set of figures.
var statNouns = set("figures", "statistics", "data", "numbers", "stats")

// dataNouns are the figures a body puts out, which state nothing
// themselves: "the tally", "the revised figures", "the provisional
// results". A source phrase headed by one speaks for the body that owns
// or issued them.
var dataNouns = set("figures", "statistics", "data", "numbers", "stats", "results", "tally", "tallies", "count",
	"counts", "estimates", "findings", "returns", "totals", "projections", "information")

// unAgencies are the United Nations bodies that wires name by what they
// do, after "UN": "the UN refugee agency" is UNHCR.
var unAgencies = map[string]string{
	"refugee agency": "UNHCR", "refugees agency": "UNHCR", "agency for refugees": "UNHCR",
	"children's agency": "UNICEF", "children's fund": "UNICEF", "children's organisation": "UNICEF", "children's organization": "UNICEF",
	"migration agency": "IOM", "food agency": "WFP", "food aid agency": "WFP", "health agency": "WHO",
	"humanitarian office": "OCHA", "humanitarian affairs office": "OCHA", "aid office": "OCHA",
	"humanitarian coordination office": "OCHA",
	"human rights office":              "OHCHR", "rights office": "OHCHR", "nuclear watchdog": "IAEA", "atomic watchdog": "IAEA",
	"agency for palestinian refugees": "UNRWA", "palestinian refugee agency": "UNRWA", "population fund": "UNFPA",
	"food and agriculture agency": "FAO", "labour agency": "ILO", "labor agency": "ILO",
}

// bodyDocs are the documents a body that spoke before puts out: "the
// report noted" after the agency said is the agency's. Other documents
// ("the article", "the video") speak for themselves.
var bodyDocs = set("report", "reports", "study", "studies", "statement", "analysis", "review", "audit",
	"assessment", "survey", "figures", "data", "statistics", "estimates", "release", "bulletin", "update",
	"briefing", "findings", "count", "tally", "investigation", "research", "paper", "memo", "filing", "letter")

// runOnPolls are the polls and surveys whose figures run on after the
// sentence that names them: "…, according to a new Harlow poll. She has
// 48 percent to his 44."
var runOnPolls = set("poll", "polls", "survey", "surveys", "average", "tracker")

// resultDocs are the counts of an election whose shares run on after the
// sentence that cites them: "…, in the official results. Her rival took
// 31% of the vote."
var resultDocs = set("results", "returns", "count", "tally", "tallies")

// countStages are the words that tell how far a count has got: "with 60%
// of the ballots tallied", "with most precincts reporting".
var countStages = set("counted", "tallied", "reporting", "processed")

// countingVerbs tell the count's stage before the share: "after counting
// 78% of the ballots".
var countingVerbs = set("counting", "tallying", "processing", "counted", "tallied", "processed")

// voteWords mark a sentence that gives a share of an election: what
// resultDocs carry on to.
var voteWords = set("vote", "votes", "voted", "voters", "ballots", "turnout")

// gapComparisons compare a gapped source's figure, in brackets after it,
// with the one before: "the unions counted fewer (250,000) but the
// prefecture more (118,500)".
var gapComparisons = set("more", "fewer", "less", "higher", "lower")

// resultUnits are what an election's results count, right after a count:
// "44 seats", "168 votes".
var resultUnits = set("seats", "seat", "votes", "mandates", "ballots")

// earlierWords mark the first report of figures since corrected: "the
// initial figures", "preliminary results", "the initially reported 48%".
var earlierWords = set("initial", "initially", "preliminary", "provisional", "original", "originally", "first",
	"earlier", "previously")

// reportedWords are the participles that tell a figure as reported:
// "the initially reported 48%", "the first announced toll of 12".
var reportedWords = set("reported", "announced", "published", "declared", "given", "released", "stated", "put")

// visualNouns are documents that depict: with "show" they picture what the
// outlet counts ("videos showed hundreds in the streets"); they speak only
// with other verbs ("the video references four cases").
var visualNouns = set("video", "videos", "footage", "pictures", "photos", "images", "photographs")

// clauseJoiners join a clause with a voice of its own to the one before:
// "…, a further 45 are missing and the army expects more", "…, while the
// unions counted 40,000".
var clauseJoiners = map[string]bool{"and": true, "but": true, "while": true, "whereas": true}

// rankWords head no speaker: "…, the lowest recorded since 2012", "the
// largest estimated in a decade" rank a figure, and the participle after
// them is no one's words (the lexicon's superlatives serve "since").
var rankWords = map[string]bool{"lowest": true, "highest": true, "largest": true, "biggest": true, "smallest": true,
	"greatest": true, "deadliest": true, "worst": true, "best": true, "latest": true, "fewest": true,
	"strongest": true, "busiest": true}
