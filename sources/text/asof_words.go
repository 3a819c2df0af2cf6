package text

// The words the date stage (asof.go) reads: data, apart from the code that
// reads it.

// anaphorNouns stand for a figure told before: "That toll", "This figure".
var anaphorNouns = map[string]bool{"toll": true, "figure": true, "number": true, "count": true, "total": true,
	"tally": true, "estimate": true}

// anaphorSubjects, anaphorVerbs and anaphorContractions open a sentence
// that tells the figure before it again: "That is", "This marks", "It
// was", "That's".
var anaphorSubjects = map[string]bool{"that": true, "this": true, "it": true}
var anaphorVerbs = map[string]bool{"is": true, "was": true, "marks": true, "marked": true, "represents": true,
	"represented": true}
var anaphorContractions = map[string]bool{"that's": true, "that’s": true, "it's": true, "it’s": true}

// baseWords open the base a change is told against: "up 12% from 4,500",
// "18% more than 300", "a rise on 2,000".
var baseWords = map[string]bool{"from": true, "than": true, "on": true, "over": true, "against": true}

// lateDayWords, after a weekday, tell its last hours: "Sunday night",
// "Saturday evening" (pageNightTold).
var lateDayWords = map[string]bool{"night": true, "evening": true}

// clockWords name an hour of the day: "as of midnight on Thursday".
var clockWords = map[string]bool{"midnight": true, "noon": true, "midday": true, "dawn": true, "dusk": true}

// periodOfYear are the nouns of a part of a year before "of" and the
// year: "the same period of 2024", "the same months of 2023".
var periodOfYear = map[string]bool{"period": true, "months": true, "weeks": true, "time": true, "point": true, "stage": true,
	"whole": true, "all": true}

// priorWords, after a figure set against another, place it before that
// one: "against 21 in the previous count", "compared with 1.4 million at
// the last election".
var priorWords = map[string]bool{"previous": true, "last": true, "earlier": true, "prior": true, "preceding": true,
	"ago": true, "before": true, "former": true}

// offsetUnits are the units of an offset told with "the" or "a": "the day
// before", "the month before", "a year earlier".
var offsetUnits = map[string]bool{"day": true, "week": true, "month": true, "year": true}

// withinDay are the words of the hours of one day: a change told with
// one ("swelled from 5,000 at noon to 20,000 by evening") is of that day.
var withinDay = map[string]bool{"noon": true, "midday": true, "morning": true, "afternoon": true, "evening": true,
	"hours": true, "hour": true, "overnight": true}

// projectionWords, before a verb of change, tell a change still to come:
// "could rise from 300 to 450", "is expected to climb from".
var projectionWords = map[string]bool{"could": true, "may": true, "might": true, "will": true, "would": true,
	"expected": true, "likely": true, "set": true, "forecast": true, "projected": true, "'ll": true}

// comparedMultiples set a figure against another as a multiple of it:
// "more than double the 61 who died", "half the 900 of last year".
var comparedMultiples = map[string]bool{"double": true, "twice": true, "triple": true, "treble": true, "thrice": true,
	"half": true, "quadruple": true}

// changeAdverbs may stand between a verb of change and the "from" of the
// level it changed from ("rose again from", "went up from"), beside the
// adverbs in -ly ("fell sharply from").
var changeAdverbs = map[string]bool{"again": true, "further": true, "up": true, "down": true, "back": true,
	"still": true, "since": true, "already": true, "now": true}

// comparisonWords open a clause that sets a figure against another ("against
// 61,000 on March 4", "compared with 2,100 at the start of the year", "up
// from 18,000 last time", "higher than the 6,691 … last year").
var comparisonWords = map[string]bool{"against": true, "compared": true, "versus": true, "vs": true, "than": true, "above": true, "below": true}

// reportWords tell of figures given: a sentence of the outlet's with a
// date and one of them dates the statements that follow it.
var reportWords = map[string]bool{"figures": true, "numbers": true, "statistics": true, "data": true, "tallies": true,
	"received": true, "reported": true, "published": true, "released": true, "updated": true}

// resultMeasures are counts a vote's tally gives, as of the count.
var resultMeasures = map[string]bool{"votes": true, "turnout": true, "seats": true}

// electionWords name a vote.
var electionWords = map[string]bool{"election": true, "elections": true, "poll": true, "polls": true, "ballot": true, "ballots": true,
	"vote": true, "runoff": true, "referendum": true, "primary": true, "primaries": true}

// dayEventNouns name events that happen on a day.
var dayEventNouns = map[string]bool{"crash": true, "attack": true, "quake": true, "earthquake": true, "explosion": true,
	"blast": true, "collapse": true, "shooting": true, "bombing": true, "raid": true, "flood": true, "landslide": true,
	"storm": true, "protest": true, "rally": true, "march": true, "demonstration": true, "swap": true, "exchange": true,
	"handover": true, "election": true, "referendum": true, "strike": true, "walkout": true, "stoppage": true,
	"sinking": true, "shipwreck": true, "capsizing": true, "derailment": true, "fire": true}

// counterpartWords, after a sentence's opening "in", tell the other side
// of the transfer just told: "In return", "In exchange", "In turn".
var counterpartWords = map[string]bool{"return": true, "exchange": true, "turn": true}

// dayWords are the words of a date in small letters.
var dayWords = map[string]bool{"yesterday": true, "today": true, "tonight": true}

// definite words point at a thing the text knows.
var definite = map[string]bool{"the": true, "this": true, "that": true}

// presentVerbs state how things stand now: "the northern province alone accounts for
// some 9,000 of the missing".
var presentVerbs = map[string]bool{"accounts": true, "holds": true, "stands": true, "totals": true, "numbers": true,
	"hosts": true, "houses": true, "counts": true, "exceeds": true, "includes": true, "contains": true, "represents": true}

// isDayWord is dayWords[w] for the scans over every word of a text,
// without hashing the words that cannot be one; "today's" is one too.
func isDayWord(w string) bool {
	return len(w) >= 5 && (w[0] == 't' || w[0] == 'y') && (dayWords[w] || w[len(w)-1] == 's' && dayWords[trimPossessive(w)])
}

// yearParts are the parts of a year named after an ordinal, in months:
// "the first half of 2023", "the third quarter of 2022".
var yearParts = map[string]int{"half": 6, "quarter": 3}

// lookBackWords open a sentence that tells what was said before the day
// the story is at: "Earlier, the envoy said …", "Previously, …".
var lookBackWords = map[string]bool{"earlier": true, "previously": true, "before": true}

// aheadWords, before "to" and a verb, tell what is still to happen: "with
// parliament set to vote on Monday", "talks due to resume on Friday". A
// noun of intending ("plans to cut") is none: its clause may tell the day
// of what happened ("protested against plans to cut … on Sunday").
var aheadWords = set("set", "due", "scheduled", "slated", "poised", "expected", "going")

// rangeWords join the days of a period: "9-14 June", "from 9 to 14 June".
var rangeWords = map[string]bool{"-": true, "–": true, "to": true, "through": true, "until": true, "till": true}

// unitDays are the days of a unit of time, for "two weeks ago" and "over
// the past eight days".
var unitDays = map[string]int{"day": 1, "week": 7, "month": 30, "year": 365}

// gatheringEvents are the event nouns of people gathering: a toll told in
// a story of one is of its day.
var gatheringEvents = map[string]bool{"protest": true, "rally": true, "march": true, "demonstration": true, "strike": true,
	"walkout": true, "stoppage": true}

// sameDayNouns name a point in a year that "this" or "the same" makes the
// story's day of another year: "at this stage in 2022", "the same point
// last year".
var sameDayNouns = map[string]bool{"time": true, "point": true, "stage": true, "date": true, "day": true, "period": true}

// momentWords before a period say when within it something happened
// ("earlier this month", "later this week"), not that a count runs over it.
var momentWords = map[string]bool{"earlier": true, "later": true}
