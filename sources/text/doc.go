// Package text reads attributed claims out of news articles: every figure
// an article states, with what it counts, who gives and who receives, the
// kind of statement (completed, agreed, offered, estimated, withheld), as of
// when, who said it and through which outlets, and the exact byte spans of
// the figure and of the words that carry it.
//
// The extractor is a pipeline of small stages over one document:
//
//  1. metadata: a leading "date YYYY-MM-DD" line or a "key: value" header
//     (date, outlet, url, title) ended by a blank line; a dateline
//     ("Kyiv/Moscow, June 20 (IANS)", "MOSCOW, June 16. /TASS/."); wire
//     credits ("Xinhua news agency reported", "(Reuters)") become
//     Source.Outlet and Source.Via. The publication date anchors relative
//     dates, or the dateline's day when it is a day or a few before it (a
//     story filed the day before the page went out); without one, no date
//     is guessed.
//  2. the page: each line of the body is story text (the headline and
//     sub-headlines too), a line without a stop that ends its sentence (a
//     headline, a list item), or furniture that yields no token (menus,
//     bylines, counters, tickers, captions, the page's timestamps,
//     teasers), by the word lists of page.go;
//     then tokens (a word glued to a figure is two), figures (package
//     numbers), quotations (straight and curly, over several sentences and
//     paragraphs; one left open ends with its line) and sentences
//     (abbreviations, initials and decimals do not end them; a stop with no
//     space after it does, after a word in small letters);
//  3. what a figure counts: the noun it is "of" ("the bodies of 6,000
//     soldiers"), the noun after it through the vocabulary, the verb that
//     says what happened to people ("95 people have died"), the noun it is
//     linked to ("the toll rose to 211"), or the measure carried over when
//     the noun is left out ("57 in return", "another 3,000"), a bare
//     figure in brackets or a list taking the measure its sentence named
//     ("Lyon (4,500)"); a plural noun beyond the vocabulary is kept as what
//     it is ("12 ambulances"), nouns of people take their verb's measure,
//     coordinated nouns are one phrase ("women and children hostages") and
//     "dead or injured" one combined measure; an amount of money counts
//     money in its currency ("money (USD)"); a measurement that places
//     something or describes a place counts its quantity in its unit: a
//     distance from a named place ("40 km north-east of Darvan", "distance
//     (km)"), the size of a place ("the square covers 6,000 square
//     metres", "area (m2)"), a temperature ("temperature (degC)"); a share
//     in words counts its group ("a third of the voters", "voters
//     (share)"); a headline figure whose noun is left out ("Over 4,000
//     have landed") counts what the same figure of the lead counts;
//     labels (dates, ages, years, ordinals, other measurements,
//     phone numbers, "Name (50)") are no claims (measure.go,
//     measure_nouns.go);
//  4. who says it: speech verbs with the speaker before or after them,
//     quotations attributed before, after or at the end of several
//     sentences, "according to", appositives and relative clauses, titles
//     giving role and affiliation, and pronouns and descriptions ("he", "the
//     ministry", "the Russian leader") pointing back to speakers met before;
//     a figure nobody is said to state is the outlet's own. A speaker's
//     side comes only from the text: the title ("Russian President …"),
//     an earlier mention of the same surname with a party or demonym
//     ("Ukrainian President Volodymyr Zelensky visited …" then "Zelensky
//     wrote"), or the holder of an office ("Zelensky's office"); no table
//     of officials, and not the dateline (a "Kyiv/Moscow" story quotes
//     both sides). Sources go beyond people: documents and data ("a poll
//     … found", "official figures show", "the report stated"), figures
//     put out ("gave a figure of"), rival counts ("112,000 for the
//     police"); an attribution that opens its sentence carries over the
//     next sentences of its paragraph that name no one. Attributions
//     returns these as records: source, cue and content byte spans, the
//     speaker, nesting ("X said, citing Y"), the claims each gives a
//     speaker to. The stage's files: attrib.go (cues),
//     attrib_documents.go (documents, data and other cues),
//     attrib_source.go and attrib_setoff.go (source phrases and what
//     stands between them and their cue), attrib_resolve.go and
//     attrib_entities.go (resolution), attrib_cover.go (which attribution
//     covers a figure), attrib_records.go, with the stage's words in
//     attrib_words.go;
//  5. parties and direction: verbs that give (returned, handed over,
//     released) and receive (received, got back, came home), "we" as the
//     speaker's side, demonyms of the people handed over, exchanges and
//     formulas both ways, the story's other party when one is missing; a
//     count that is no transfer is about the place or event named (the
//     story's country for "nationwide" or "the national turnout", the
//     capital the text names for "in the capital"); a share of the vote
//     or of the seats belongs to the party or candidate that won it (the
//     clause's subject before a verb of winning, "she" back to the last
//     winner, "declared X the winner", "A led B by N to M"), past an
//     apposition or the titles before the name; a count whose sentence
//     names no place is the story's country's (a default its reasons
//     name), but for a crowd; a sentence listing figures place by place
//     breaks down the whole told before it (parts.go: "deaths (Taroudant
//     Province)", with the whole's parties);
//  6. kind and scope from modals ("ready to", "will"), agreements ("agreed
//     on the exchange of", "under the deal"; a transfer told in the past
//     was done, whatever deal it was done under), tense and running-total
//     words ("so far", "in total"); for a count that is no transfer
//     (kind.go), completed unless a crowd, a rounded figure, words of
//     estimation or a speaker's verb of estimating make it an estimate,
//     and a toll is a running total unless it is a part;
//  7. as of when (asof.go, dates.go): a date after "by" or "as of", a date
//     in the figure's clause (paired dates one to one with paired figures:
//     "390 and 307 on Friday and Saturday"), elsewhere in its sentence
//     unless it dates another figure or a noun of a relative clause, the
//     date of the whole for its parts ("among them"), the day of the
//     statement, the day the story is at (for a crowd, the rally's day),
//     or the publication date; relative dates ("the previous day", "this
//     month", "so far this year") anchored to the publication date, and no
//     period past it. A figure told again ("the 150 soldiers") is no second
//     claim.
//
// Measures and party names come from a claims.Vocabulary; the grammar's
// word lists (speech verbs, titles, transfer verbs, demonyms) are data in
// this package. With Options.Explain each claim names the words that
// decided its fields (Claim.Reasons).
//
// Extract reads one article; Documents, Reader and File give a
// sources.Source over articles; Format plugs articles into sources.Open.
//
// It reads English news prose. It does not compare claims (package
// compare), read claim files (sources/jsonl, sources/csv) or find numbers
// on its own (package numbers).
package text
