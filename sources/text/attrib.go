// The attribution stage, part 1: cues. A cue is the word that says a
// sentence reports someone's words or figures ("said", "according to",
// "estimated", "a poll by … found"); each cue found gives an attribution.

package text

import (
	"cmp"
	"strings"

	"github.com/crosscheck/crosscheck/claims"
)

// An attribution is who a sentence's narrative says is speaking: a speech
// verb ("said", "told", "according to") and the noun phrase of its speaker.
type attribution struct {
	verb     int // token of the speech verb
	np0, np1 int // the speaker's noun phrase, tokens [np0, np1]
	appos    [2]int
	when     claims.Period // the date said with the verb ("said on Thursday")
	whenSpan claims.Span
	estimate bool // a verb of counting: "estimated", "counted", "put … at"
	ent      int  // the speaker's entity once resolved; -2 before
	wire     bool // a wire service's credit, speaking for want of anyone else
	cue1     int  // the cue's last token ("to" of "according to"); verb when one word
	kind     attrCue
	own      bool // the outlet names itself as the source: "GB News can reveal"
	gapped   bool // a second source that shares the cue: "the unions counted 14,000 and the prefecture 5,200"
}

// A attrCue says how an attribution was cued.
type attrCue uint8

const (
	cueSpeech    attrCue = iota // "said", "told", "estimated"
	cueAccording                // "according to", "citing", "quoting"
	cueAgent                    // a passive's agent: "counted by the police"
	cueFinding                  // a document or data speaking: "a poll found", "figures show"
	cueData                     // a figure put out as an object: "gave a figure of", "issued figures"
	cueFor                      // "112,000 for the police"
)

var attrCueNames = [...]string{"speech", "according", "agent", "finding", "data", "for"}

func (k attrCue) String() string { return attrCueNames[k] }

// attribute finds the sentence's attributions in its narrative (outside
// speech quotes), in order, in memory the next call reuses. Wires ("Xinhua news agency reported") are
// credits, not speakers: they go to via.
func (d *document) attribute(s sentence) ([]attribution, []string) {
	as := d.attrBuf[:0] // copied by the caller
	var wires []attribution
	var via []string
	for v := s.first; v <= s.last; v++ {
		// Most words are no cue of any kind (each branch below needs one
		// of these).
		if v = d.nextCls(v, s.last, cSpeech|cObjectCue|cOwnCue); v > s.last {
			break
		}
		t := &d.toks[v]
		if t.kind != tWord || t.quote != 0 || t.capital && v != s.first && !d.headlineVerb(s, v) {
			continue // "the United States" holds no speech verb
		}
		if v > s.first && (d.toks[v-1].low == "the" || d.toks[v-1].low == "a" || d.toks[v-1].low == "an") && d.cls(v)&cObjectCue == 0 {
			continue // "The report, …, says": a noun after its article, no cue
		}
		if t.cls&cOwnCue != 0 && v-2 > s.first && (d.toks[v-1].low == "can" || d.toks[v-2].low == "can" && d.toks[v-1].low == "exclusively") {
			// "…, GB News can reveal": the outlet names itself.
			if np0, np1, ok := d.backwardNP(v, s.first); ok && d.toks[np1].capital {
				if np0 < np1 && d.toks[np0].low == "the" {
					np0++
				}
				if d.ownName == "" {
					d.ownName = d.text[d.toks[np0].start:d.toks[np1].end]
				}
				as = append(as, attribution{verb: v, cue1: v, np0: np0, np1: np1, ent: -2, kind: cueSpeech, own: true})
				continue
			}
		}
		if t.cls&cClaimNoun != 0 && ownedFigures[t.low] {
			// "the organisers' estimate of 40,000": a noun here, though
			// "estimate" and "count" are verbs of speech too.
			if a, ok := d.nounCue(s, v); ok {
				a.when, a.whenSpan = d.speechDate(s, a)
				as = append(as, a)
				continue
			}
		}
		if c := d.cls(v); c&cSpeech == 0 || c&cObjectCue != 0 && v > s.first && (trimPossessive(d.toks[v-1].low) != d.toks[v-1].low || d.cls(v-1)&cDeterminer != 0) {
			// "the UN gave a preliminary figure of 320", "112,000 for
			// the police": cues that are no speech verbs.
			if c&cObjectCue == 0 {
				continue
			}
			a, ok := d.objectCue(s, v)
			if ok {
				a.when, a.whenSpan = d.speechDate(s, a)
				as = append(as, a)
				continue
			}
			if c&(cSpeech|cPrep) != 0 || !dataVerbs[d.toks[v].low] || !d.thatAhead(v, s.last) || d.speechCueBefore(v, s.first) {
				continue
			}
			// "the minister published on her page that 40 had died": a
			// verb of putting out, with what was said for its object,
			// reports speech.
		}
		if d.claimsLives(v, s.last) {
			continue // "the floods claimed the lives of 47", "the storm claimed 12 lives": a toll, no speech
		}
		if v+2 <= s.last && (d.toks[v+1].low == "to" || d.toks[v+1].low == "with") && d.cls(v+2)&cSpeech != 0 && d.contactClause(v+2, s.first) == v-1 {
			continue // "the analysts we spoke to said": the clause qualifies the speaker of the cue after it
		}
		var np0, np1 int
		var appos [2]int
		found := false
		kind, cue1 := cueSpeech, v
		if t.low == "according" || t.low == "citing" || t.low == "quoting" {
			kind = cueAccording
			i := v + 1
			if t.low == "according" {
				if i > s.last || d.toks[i].low != "to" {
					continue
				}
				cue1 = i
				i++
			}
			// "according to figures from the interior ministry", "citing
			// a tally by the health ministry": the source behind the figures.
			i0 := i
			j := i
			for j <= s.last && j < i+5 && d.toks[j].kind == tWord && !d.toks[j].capital && d.cls(j)&cBreaker == 0 || j <= s.last && (d.toks[j].low == "the" || d.toks[j].low == "a" || d.toks[j].low == "an") && j < i+5 {
				j++
			}
			for p := i + 1; p <= s.last && p < i+agentReach && d.toks[p].kind == tWord && d.toks[p].quote == 0; p++ {
				// "according to figures released late Friday by the
				// relief office": a date said between the participle and
				// its agent; "according to a count of a sample of
				// precincts conducted by the monitors": the maker of the
				// document, past what it counts.
				if agentParticiples[d.toks[p].low] && d.dataBetween(i, p) {
					if k := d.skipDateAhead(p+1, s.last); (k > p+1 || p > j) && k <= s.last && d.toks[k].low == "by" {
						j = k
					}
					break
				}
				if p > j && d.cls(p)&cSpeech != 0 {
					break
				}
			}
			if j > i && j <= s.last && d.dataBetween(i, j) && (d.toks[j].low == "from" || d.toks[j].low == "by" || d.toks[j].low == "of" || d.toks[j].low == "released") {
				for j <= s.last && (d.toks[j].low == "from" || d.toks[j].low == "by" || d.toks[j].low == "of" || d.toks[j].low == "released") {
					j++
				}
				i = j
			}
			np0, np1, found = d.anonAfter(i, s.last) // "according to a person familiar with the matter"
			if !found {
				np0, np1, found = d.forwardNP(i, s.last)
			}
			if !found {
				np0, np1, found = d.forwardSourceNP(i, s.last) // "citing customs data"
			}
			if !found && i > i0 {
				np0, np1, found = d.forwardSourceNP(i0, s.last) // "according to unofficial results posted by …"
			}
			if found && (d.cls(np1)&cSource != 0) {
				np1 = d.pollBy(np1, s.last) // "according to a complaint filed by the state"
			}
			if found {
				np1 = d.sourceNounAhead(np1, s.last) // "according to a Quinnipiac University poll", "the board's official preliminary results"
			}
			if found {
				appos = d.trailingAppositive(np1, s.last)
			}
			if found {
				// "according to the head of the regional administration,
				// Oleh Syniehubov, …": the name speaks, the phrase is his role.
				if n0, n1, r := d.namedRole(i, np1, s.last); r[1] > 0 {
					np0, np1, appos = n0, n1, r
				}
			}
		} else {
			var ok bool
			if cue1, ok = d.cueShape(s, v); !ok {
				continue // "called" without "for", "continued" without a colon
			}
			if t.low == "put" && v+3 <= s.last && (d.toks[v+1].low == "forward" || d.toks[v+1].low == "out") && d.toks[v+2].low == "by" {
				// "the 28,000 put forward by the union": the agent of a
				// phrasal participle speaks.
				if np0, np1, found = d.forwardNP(v+3, s.last); !found {
					continue
				}
				a := attribution{verb: v, np0: np0, np1: np1, ent: -2, kind: cueAgent, cue1: v + 2}
				a.when, a.whenSpan = d.speechDate(s, a)
				as = append(as, a)
				continue
			}
			if (t.low == "put" || t.low == "puts") && !d.putAt(v, s.last) {
				continue // "put pressure on", not "put the toll at 40"
			}
			if t.cls&cShaped != 0 && reviseVerbs[t.low] && !d.dataObjectAfter(v, s.last) {
				continue // "the party raised $18 million"
			}
			if t.cls&cShaped != 0 && figureCues[t.low] && !d.figureSoon(v, s.last) {
				continue // "a man named Ali", "was named minister"
			}
			if t.cls&cShaped != 0 && clauseCues[t.low] && v+1 <= s.last && (d.cls(v+1)&cDeterminer != 0 || d.toks[v+1].low == "a" || d.toks[v+1].low == "an" || d.toks[v+1].gram&gDeal != 0) {
				continue // "the two sides concluded a major agreement"
			}
			if t.cls&cShaped != 0 && actCues[t.low] && d.actObject(v, s.last) {
				continue // "the province declared a state of emergency as the toll rose to 40": a deed, not words
			}
			agent := v+1 < s.last && d.toks[v+1].low == "by" && strings.HasSuffix(t.low, "ed")
			if v > s.first && !agent {
				switch d.toks[v-1].low {
				case "was", "were", "been", "be", "being", "is", "are":
					continue // "hits were recorded": a passive, not a speaker
				}
			}
			if agent {
				// "the 500,000 claimed by the organisers", "300 were
				// counted by the police": the passive's agent speaks.
				kind, cue1 = cueAgent, v+1
				np0, np1, found = d.forwardNP(v+2, s.last)
				if !found {
					continue
				}
				if n0, n1, r := d.namedRole(np0, np1, s.last); r[1] > 0 {
					np0, np1, appos = n0, n1, r // "counted by the mayor, Ana Lisk"
				}
			} else if f0, f1, ok := d.findingSource(s, v); ok || t.cls&cShaped != 0 && findingVerbs[t.low] && !speechFindings[t.low] {
				// "A poll published by broadcaster ZDF found that …",
				// "official figures show": the document or the data. A
				// verb that people say too ("revealed", "indicated") with
				// no document before it is their speech: "the mayor
				// revealed on Monday that …".
				if !ok {
					continue
				}
				kind, np0, np1, found = cueFinding, f0, f1, true
			} else if v-1 > s.first && d.toks[v-1].low == "to" && !d.lx.title[d.toks[v-2].low] && d.contactClause(v, s.first) < 0 {
				// "the study used data from … to estimate that": the
				// clause's subject counts.
				if np0, np1, found = d.subjectNP(s, v); !found {
					continue
				}
				if d.cls(np1)&cSource != 0 {
					kind = cueFinding
				}
			} else if v-1 > s.first && d.toks[v-1].low == "," && participleCues[t.low] {
				// "Ortiz defended the plan on Monday, saying it would cost
				// $4 billion": the subject of the clause the participle closes.
				if np0, np1, found = d.clauseOpener(s, v); !found {
					continue
				}
			} else {
				np0, np1, found = d.anonBefore(v, s.first) // "two people familiar with the talks said"
				if !found {
					np0, np1, found = d.backwardNP(v, s.first)
					if n0, n1, ok := d.nameBeforeRole(np0, np1, s.first); found && ok {
						np0, np1, appos = n0, n1, [2]int{np0, np1} // "Ana Ruiz, the head of the board said"
					}
				}
				if s0, s1, ok := d.sourceNP(v, s.first); found && ok && s0 < np0 && d.prepBetween(s0, np0) {
					// "research published in the journal Coastal Ecology
					// estimated": the name qualifies the document.
					np0, np1, kind = s0, max(s1, np1), cueFinding
				}
				if !found && (t.cls&cSource == 0 || v > s.first && (d.cls(v-1)&cSource != 0)) { // "Lancet study estimates …"
					// "the report stated", "research published in The
					// Lancet estimated"
					if np0, np1, found = d.sourceNP(v, s.first); found {
						kind = cueFinding
					}
				}
			}
			if !found && d.respondents(v, s.first) {
				// "In the survey, 39% of voters said …": the respondents
				// answer, and the poll speaks.
				if np0, np1, found = d.pollFor(s, v); found {
					kind = cueFinding
				}
			}
			if !found {
				np0, np1, found = d.relativeSource(v, s.first) // "the department, which reported"
			}
			if !found && v > s.first && d.toks[v-1].kind == tWord {
				np0, np1, found = d.relativeNP(v, s.first)
			}
			if !found && v > s.first+1 && !d.invertedAfterComma(s, v) {
				// "A medic and an official — both unnamed — said", "The
				// Snuipp-FSU, the leading union (primary schools), has
				// identified", "an estimate from the mayor, who warned":
				// step back over what is set off, to the source.
				if j := d.setOff(d.skipDateTail(v-1, s.first), s.first); j < v-1 && j > s.first {
					switch {
					case d.toks[j].low == ",":
						// "Vladimir Medinsky, head of the delegation, who
						// claimed", "the mayor, who warned"
						if np0, np1, appos, found = d.appositive(j+1, s.first); !found {
							np0, np1, found = d.backwardNP(j, s.first)
						}

					case d.toks[j].kind == tWord:
						np0, np1, found = d.backwardNP(j+1, s.first)
						if !found {
							// "The memo, dated March 3, says": a document, set off
							if np0, np1, found = d.sourceNP(j+1, s.first); found {
								kind = cueFinding
							}
						}
					}
				}
			}
			if !found && v > s.first && d.toks[v-1].low == "," {
				np0, np1, appos, found = d.appositive(v, s.first)
				if !found {
					// "The report, which was obtained by Politico, says":
					// a document before the clause set off.
					for p := v - 2; p > s.first && v-p <= 16; p-- {
						if d.toks[p].low == "," && isParenthetical(d.toks[p+1].low) {
							if np0, np1, found = d.sourceNP(p, s.first); found {
								kind = cueFinding
							}
							break
						}
					}
				}
				if found && appos[0] > np0 && inverts(t.low) {
					// "NAME, the aide to …, said": unless a speaker follows
					// the verb ("put the national turnout at" has its
					// object there).
					if f0, f1, ok := d.forwardNP(v+1, s.last); ok && !d.clauseSubject(f1, s.last) {
						np0, np1, appos = f0, f1, [2]int{}
					}
				}
			}
			if !found && v > s.first && d.toks[v-1].low == "," && (t.low == "said" || t.low == "stated") && v+2 <= s.last && d.toks[v+1].low == "in" {
				// "…, said in the joint statement of the two offices": no
				// one named, the document it was said in speaks.
				if np0, np1, found = d.forwardSourceNP(v+2, s.last); found {
					kind = cueFinding
				}
			}
			if !found {
				// "The uploader of the clip claimed that …", "Three
				// geographers from the institute estimated the total was
				// …": no word list names the head, but the clause's
				// subject, right before the cue that reports, speaks.
				np0, np1, found = d.reportingSubject(s, v)
			}
			if !found && (v == s.first || d.toks[v-1].kind == tPunct || d.toks[v-1].kind == tFig && v-2 >= s.first && d.toks[v-2].low == "(") && inverts(t.low) {
				// "…, said the ministry", "(32,000 counted the authorities)"
				np0, np1, found = d.forwardNP(v+1, s.last)
				if found && d.clauseSubject(np1, s.last) {
					found = false // "said the company would cut 900 jobs": a clause's subject
				}
				if found {
					// "…, said Chile's former health minister, Ana Ruiz, …":
					// the name speaks, the phrase before it is her role.
					e := np1
					if w := d.toks[e].low; strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
						for e+1 <= s.last && e < np1+4 && d.cls(e)&cTitle == 0 && d.cls(e+1)&cBreaker == 0 &&
							(d.toks[e+1].kind == tWord || d.toks[e+1].kind == tFig && !d.figs[d.toks[e+1].fig].claim) {
							e++ // "Portugal's fourth President"
						}
					}
					if n0, n1, r := d.namedRole(np0, e, s.last); r[1] > 0 {
						np0, np1, appos = n0, n1, r
					}
				}
				if found && np1+2 <= s.last && d.toks[np1+1].low == "," {
					// "said Claire Dumont, a spokeswoman for the union"
					if w := d.toks[np1+2].low; w == "a" || w == "an" || w == "the" || d.lx.title[w] {
						e := np1 + 2
						for e+1 <= s.last && !d.boundary(e+1) {
							e++
						}
						appos = [2]int{np1 + 2, e}
					}
				}
			}
		}
		if !found {
			continue
		}
		if n0, n1, ok := d.quotedAsSaying(v, s.last); ok {
			np0, np1, appos, kind = n0, n1, [2]int{}, cueSpeech // "the agency quoted the ministry as saying": the ministry speaks
		} else if kind == cueAgent {
			if n0, n1, ok := d.quotedBySaying(s, v, np1); ok {
				np0, np1, appos, kind = n0, n1, [2]int{}, cueSpeech // "the mayor was quoted by the radio as saying": the mayor speaks
			}
		}
		if np1 < v && np0 > s.first && !d.relativeCueBefore(v, s.first) {
			if n := d.nameAfterObject(np0, np1); n > np0 {
				// "envoy to the talks with Kyiv Ana Kostenko said": the
				// object of the title's preposition, then the speaker's name.
				np0 = n
			}
		}
		if np1 < v && np0 > s.first && !d.relativeCueBefore(v, s.first) && !(d.toks[np0-1].low == "with" && participleCues[t.low] && np1+1 == v) {
			// ("with organisers claiming 40,000": the participle's own subject speaks)
			switch d.toks[np0-1].low {
			case "by", "of", "to", "from", "with", "on", "under":
				// "by official estimates": a noun, no speaker; unless the
				// name ends the subject of the clause the cue reports in:
				// "three geographers from the institute estimated …".
				if n0, n1, ok := d.reportingSubject(s, v); ok && n0 < np0 && n1 == np1 && kind == cueSpeech {
					np0 = n0
					break
				}
				continue
			}
		}
		if (t.cls&cDataObject != 0) && np1 < v {
			// "the study's best estimate was …": the possessor speaks.
			for p := np0; p < np1; p++ {
				if w := d.toks[p].low; strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
					np1 = p
					break
				}
			}
		}
		if rankWords[d.toks[np1].low] {
			continue // "…, the lowest estimated since 2009": a rank, no one who speaks
		}
		a := attribution{verb: v, np0: np0, np1: np1, appos: appos, ent: -2, kind: kind, cue1: cue1}
		if w := d.wireName(np0, np1); w != "" {
			// A wire's credit says through whom the story came; it speaks
			// only where no one else in the sentence does.
			via = append(via, w)
			a.wire = true
			wires = append(wires, a)
			continue
		}
		a.estimate = t.cls&cEstimate != 0
		a.when, a.whenSpan = d.speechDate(s, a)
		as = append(as, a)
		if kind == cueSpeech && np1 < v {
			as = d.gappedSources(s, a, as)
		}
	}
	if len(as) == 0 && len(wires) == 0 {
		if a, ok := d.headlineCredit(s); ok {
			as = append(as, a)
		} else if a, ok := d.labelCredit(s); ok {
			as = append(as, a)
		}
	}
	if len(as) == 0 {
		for _, w := range wires {
			w.when, w.whenSpan = d.speechDate(s, w)
			as = append(as, w)
		}
	}
	d.attrBuf = as
	return as, via
}

// findingSource returns the document or data that the finding verb at v
// ("found", "showed", "revealed") reports, before it in sentence s: "a
// poll found", "official figures show", "The report, released by the GAO
// on Tuesday, found", "the researchers found that …" (not "rescuers found
// 30 bodies"); ok is false for any other verb, or when none stands there.
func (d *document) findingSource(s sentence, v int) (np0, np1 int, found bool) {
	if d.toks[v].cls&cShaped == 0 || !findingVerbs[d.toks[v].low] {
		return 0, 0, false
	}
	if r := v - 1; r-1 > s.first && relatives[d.toks[r].low] && d.toks[r-1].low == "," {
		// "an alternative vote count, which showed …": the
		// relative's antecedent.
		np0, np1, found = d.sourceNP(r-1, s.first)
	}
	if !found {
		np0, np1, found = d.sourceNP(v, s.first)
	}
	if !found {
		// "The report, released by the GAO on Tuesday, found"
		if e := d.skipDateTail(v-1, s.first); e > s.first {
			if j := d.setOff(e, s.first); j < e && j > s.first {
				if np0, _, found = d.sourceNP(j+1, s.first); found {
					np1 = d.skipDateTail(e-1, j) // the document and who made it
					if d.relativeAside(e, s.first) == j {
						np1 = j // "The poll, which follows 3,000 voters, showed": not the clause
					}
				}
			}
		}
		if !found {
			// "the Pew Research Center found that …", "Pew
			// Research found 61% …", "the researchers found
			// that …": a finding reported, not a thing found
			// ("rescuers found 30 bodies").
			if n0, n1, ok := d.backwardNP(v, s.first); ok && (v+1 <= s.last && d.toks[v+1].low == "that" || d.namedBody(n0, n1) ||
				n0 > s.first && d.toks[n0-1].low == "," && (v == s.last || d.toks[v+1].kind == tPunct && d.toks[v+1].low != ",")) { // "…, Gallup found."
				np0, np1, found = n0, n1, true
			}
			if !found {
				np0, np1, found = d.relativeSource(v, s.first) // "a poll that found"
			}
		}
	}
	return np0, np1, found
}

// gappedSources appends the sources that share the cue of a: the
// coordinate after the first figure that names another source and its
// figure with the verb left out ("the unions counted 14,000 and the
// prefecture 5,200", "the CGT claimed 900,000, the police 310,000").
// The source is an organisation or a title, or an acronym that names no
// country; a place before a figure ("and Lyon 9,000") is none.
func (d *document) gappedSources(s sentence, a attribution, as []attribution) []attribution {
	for j := a.verb + 1; j+2 <= s.last; j++ {
		t := &d.toks[j]
		if t.quote != 0 || t.kind == tWord && d.cls(j)&cSpeech != 0 {
			break // another cue: the rest is its
		}
		if t.low != "," && (d.gram(j)&gCoord == 0 || !clauseJoiners[t.low]) || !d.figureBetween(a.verb, j) {
			continue
		}
		n0 := j + 1
		if d.lx.g.det[d.toks[n0].low] {
			n0++
		}
		e := n0
		for e <= s.last && e < n0+3 && d.toks[e].kind == tWord && d.toks[e].gram&(gVerb|gPrep|gCoord) == 0 {
			e++
		}
		h := e - 1
		if e+1 <= s.last && d.toks[e].low == "(" && h > n0 && gapComparisons[d.toks[h].low] {
			// "the unions counted fewer (250,000) but the prefecture more
			// (118,500)": a comparison, its figure in brackets.
			e++
			h--
		}
		if e == n0 || e > s.last || d.toks[e].kind != tFig || !d.figs[d.toks[e].fig].claim {
			continue
		}
		name := d.text[d.toks[h].start:d.toks[h].end]
		if p, _, _ := d.partyAt(h); d.cls(h)&(cOrg|cTitle) == 0 && (!isUpperWord(name) || p != "") {
			continue
		}
		g := attribution{verb: a.verb, cue1: a.cue1, np0: n0, np1: h, ent: -2, kind: a.kind, estimate: a.estimate, when: a.when,
			whenSpan: a.whenSpan, gapped: true}
		as = append(as, g)
	}
	return as
}

// nameAfterObject returns where a person's name starts in a noun phrase
// [np0, np1] that opens with a party's name ("Ukraine Vladimir Medinsky"):
// after the party, when two or more capitalised words follow it; else np0.
func (d *document) nameAfterObject(np0, np1 int) int {
	p, n, _ := d.partyAt(np0)
	if p == "" || np1-(np0+n) < 1 {
		return np0
	}
	for k := np0 + n; k <= np1; k++ {
		if t := &d.toks[k]; t.kind != tWord || !t.capital || d.lx.title[t.low] {
			return np0
		}
		if q, _, _ := d.partyAt(k); q != "" {
			return np0
		}
	}
	return np0 + n
}

// headlineCredit finds the speaker a headline names after a dash or a
// colon at its end, with no verb of speech: "Swap of 300 Agreed -
// Lubinets", "Kyiv Offers 500 More: Ombudsman Lubinets". The words after
// it are a name (or a title and a name) when the story gives the last of
// them after another name elsewhere ("Dmytro Lubinets said") or a title
// stands among them; "- Live Updates" and "- Valencia" are none.
func (d *document) headlineCredit(s sentence) (attribution, bool) {
	if s.last-s.first < 3 || d.toks[s.last].kind != tWord || !d.toks[s.last].capital {
		return attribution{}, false
	}
	sep, titled := -1, false
	for j := s.last; j > s.first && j >= s.last-5; j-- {
		t := &d.toks[j]
		if t.kind == tPunct && (t.low == "-" || t.low == "–" || t.low == "—" || t.low == ":") {
			sep = j
			break
		}
		if t.kind != tWord || !t.capital || t.quote != 0 {
			return attribution{}, false
		}
		titled = titled || d.lx.title[t.low]
	}
	if sep < 0 || sep == s.first {
		return attribution{}, false
	}
	last := &d.toks[s.last]
	if p, _, _ := d.partyAt(s.last); p != "" || isWeekdayOrMonth(last.low) {
		return attribution{}, false
	}
	named := false
	for i := 1; i < len(d.toks) && !titled && !named; i++ {
		if (i < s.first || i > s.last) && d.toks[i].low == last.low && d.toks[i].capital &&
			d.toks[i-1].kind == tWord && d.toks[i-1].capital && (i-1 < s.first || i-1 > s.last) {
			named = true // "Dmytro Lubinets" in the story
		}
	}
	if !titled && !named {
		return attribution{}, false
	}
	return attribution{verb: sep, cue1: sep, np0: sep + 1, np1: s.last, ent: -2, kind: cueSpeech}, true
}

// headlineVerb reports a capitalised cue at token v of a headline written
// with every word capitalised, read as the verb it is: "Region's
// Governor Updates Toll to 10", "Ministry Says 40 Died". Only a present
// tense in -s after a capitalised word counts ("Says", "Reports"), not a
// noun ("Report", "Count").
func (d *document) headlineVerb(s sentence, v int) bool {
	if d.m.lead <= d.m.body || d.toks[s.first].start >= d.m.lead || v == s.first || !d.toks[v-1].capital || d.toks[v-1].kind != tWord {
		return false
	}
	w := d.toks[v].low
	if len(w) < 4 || w[len(w)-1] != 's' {
		return false
	}
	for k := s.first; k <= s.last; k++ {
		if t := &d.toks[k]; t.kind == tWord && !t.capital && len(t.low) > 3 {
			return false // a headline in sentence case: its verbs are lowercase
		}
	}
	return true
}

// labelCredit finds the body a line names as its label before a colon,
// with no verb of speech: "Varnian Ministry of Health: 40 wounded were
// flown out on Monday". The label opens its line, is a capitalised name
// of two words or more with an organisation's word or a title in it, and
// what follows the colon is the body's.
func (d *document) labelCredit(s sentence) (attribution, bool) {
	if !d.toks[s.first].line && !d.toks[s.first].para && s.first != 0 {
		return attribution{}, false
	}
	body := false
	c := s.first
	for ; c <= s.last && c <= s.first+7; c++ {
		t := &d.toks[c]
		if t.low == ":" {
			break
		}
		if t.kind != tWord || t.quote != 0 {
			return attribution{}, false
		}
		if !t.capital {
			if (t.low != "of" && t.low != "for" && t.low != "and") || c == s.first || !d.toks[c-1].capital {
				return attribution{}, false // "of" and "for" only inside a name: "Ministry of Defence"
			}
			continue
		}
		body = body || d.lx.org[t.low] || d.lx.title[t.low]
	}
	if c > s.last || d.toks[c].low != ":" || c-s.first < 2 || !body || !d.toks[c-1].capital || c+3 > s.last {
		return attribution{}, false
	}
	return attribution{verb: c, cue1: c, np0: s.first, np1: c - 1, ent: -2, kind: cueSpeech}, true
}

// speechDate finds the date said with the verb: "said on Thursday", "told
// reporters on June 19", "Speaking on Thursday, Putin said"; the nearest
// after the verb first (up to "that" or a quotation), then before it.
func (d *document) speechDate(s sentence, a attribution) (claims.Period, claims.Span) {
	v := a.verb
	verbless := true // no verb since the cue's: "told reporters in Kyiv after the talks on Monday"
	for k := v + 1; k <= min(s.last, v+9); k++ {
		if k >= a.np0 && k <= a.np1 {
			continue
		}
		if k > v+6 && !verbless {
			break // "calls for a march planned for March 9": the event's day
		}
		if t := &d.toks[k]; t.kind == tWord && (t.gram&(gVerb|gBe|gHave|gModal) != 0 || endsWithAny(t.low, "ed", "ing")) {
			verbless = false
		}
		if d.toks[k].low == "that" || d.toks[k].openQ || d.toks[k].quote != 0 {
			break
		}
		if d.toks[k].kind == tFig && d.figs[d.toks[k].fig].claim {
			break // "…, the agency said, up from 5,894 a day earlier": the figure's day
		}
		if p, sp, ok := d.dateAt(k); ok {
			if d.ofDate(k) {
				continue // "announced the results of the March 3 vote": the vote's day, not the words'
			}
			return p, sp
		}
	}
	if a.kind == cueAccording {
		// "…, up on the whole of 2023, according to official figures": a
		// date before "according to" is what the source says, not when.
		return claims.Period{}, claims.Span{}
	}
	lo := max(s.first, min(a.np0, v)-12)
	// "… under the accords reached on June 2, the ministry reported":
	// what comes before the comma is what was said; a date a participle
	// there gives its noun is that noun's, no day of speaking.
	c := min(a.np0, v) - 1
	trailing := c > s.first && d.toks[c].low == "," && d.trailingAttribution(s, a)
	for k := v - 1; k >= lo; k-- {
		if k >= a.np0 && k <= a.np1 {
			continue
		}
		if d.toks[k].quote != 0 || d.toks[k].closeQ || d.toks[k].kind == tFig && d.figs[d.toks[k].fig].claim {
			break // "the high of April 4 (610,000 by the unions' count": the figure's day
		}
		if d.toks[k].low == "," && d.claimBetween(lo, k) {
			break // "… fell to 34.2 percent from 45.8 percent four years ago, figures … showed": what was said
		}
		if trailing && k < c && d.toks[k].mayBeDate() && d.participleBefore(s, k) {
			continue
		}
		if p, sp, ok := d.dateAt(k); ok && !d.possessiveDate(k) {
			return p, sp // not "Sunday's election, … it says": the event's day
		}
	}
	return claims.Period{}, claims.Span{}
}

// ofDate reports a date at token k that qualifies a noun through "of":
// "the results of the 1 November vote", "the toll of Monday's quake".
func (d *document) ofDate(k int) bool {
	j := k - 1
	if j > 0 && (d.toks[j].low == "the" || d.toks[j].low == "this" || d.toks[j].low == "last") {
		j--
	}
	return j >= 0 && d.toks[j].low == "of"
}

// trailingAttribution reports an attribution that closes its sentence
// after what was said: nothing but a date and its words follow its verb
// and speaker ("…, the ministry reported", "…, said the envoy on Friday").
func (d *document) trailingAttribution(s sentence, a attribution) bool {
	for k := max(a.verb, a.np1) + 1; k <= s.last; k++ {
		t := &d.toks[k]
		switch {
		case t.kind == tPunct && t.low != ",":
		case t.kind == tWord && (d.cls(k)&cPrep != 0 || isWeekdayOrMonth(t.low)):
		case t.kind == tFig && !d.figs[t.fig].claim:
		default:
			return false
		}
	}
	return true
}

// inverts reports the speech verbs that may come before their speaker:
// "…, said the ministry".
func inverts(w string) bool { return invertsWords[w] }

// invertedAfterComma reports a cue v right after a comma with its speaker
// after it, ending the sentence: "…, killing 57 people, said officials
// from the two ministries." The clause set off before the comma is what
// was said, not a speaker's aside.
func (d *document) invertedAfterComma(s sentence, v int) bool {
	if d.toks[v-1].low != "," || !inverts(d.toks[v].low) {
		return false
	}
	_, f1, ok := d.forwardNP(v+1, s.last)
	if !ok || d.clauseSubject(f1, s.last) {
		return false
	}
	for k := f1 + 1; k <= s.last; k++ {
		if t := &d.toks[k]; t.kind == tPunct && t.low != "." && t.low != "!" || t.kind == tFig || t.gram&gVerb != 0 {
			return false // more follows the name: its own clause or figures
		}
	}
	return true
}

// wireName returns the wire service the noun phrase names ("Xinhua news
// agency", "Reuters"), or "".
func (d *document) wireName(a, b int) string {
	for i := a; i <= b; i++ {
		if t := &d.toks[i]; t.kind == tWord && t.first&8 == 0 {
			continue // no wire's name starts with this word
		}
		for n := min(3, b-i+1); n >= 1; n-- {
			if d.lx.wires[string(d.key(i, i+n))] {
				return d.text[d.toks[i].start:d.toks[i+n-1].end]
			}
		}
	}
	if b-a >= 1 && d.toks[b].low == "agency" && d.toks[b-1].low == "news" && b-2 >= a {
		return d.text[d.toks[a].start:d.toks[b-2].end]
	}
	return ""
}

func isWeekdayOrMonth(w string) bool {
	if _, ok := weekdays[w]; ok {
		return true
	}
	switch w {
	case "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december":
		return true
	}
	return false
}

// sourceNounAhead extends a source phrase ending at np1 to a document's
// noun right after it, over up to two lowercase words that qualify it:
// "a Quinnipiac University poll", "the board's official preliminary
// results" (not "the board's official").
func (d *document) sourceNounAhead(np1, last int) int {
	for m := np1 + 1; m <= last && m <= np1+3; m++ {
		if d.cls(m)&cSource != 0 {
			return m
		}
		if t := &d.toks[m]; t.kind != tWord || t.quote != 0 || t.capital || t.cls&cBreaker != 0 || d.cls(m)&(cSpeech|cTitle|cOrg) != 0 {
			break
		}
	}
	return np1
}

// thatAhead reports a clause of what was said after the cue at v, opened
// by "that" right after it or past phrases that say where or when it was
// said: "posted on his page on the network that …", "reminded that …",
// "reminded reporters that …". An object before the "that" ("recalled
// the model that was sold …") makes "that" open a relative clause on it:
// no speech.
func (d *document) thatAhead(v, last int) bool {
	inside := false // in brackets: "(once called Chirp)" says what the place is
	inPhrase := false
	for k := v + 1; k <= last && k <= v+thatReach; k++ {
		t := &d.toks[k]
		if t.low == "(" || t.low == ")" {
			inside = t.low == "("
			continue
		}
		if inside {
			continue
		}
		if t.low == "that" {
			return k == last || d.cls(k+1)&cDate == 0 // not "posted on that day"
		}
		if t.quote != 0 || t.kind == tFig && !d.figs[t.fig].isDate || t.kind == tPunct && t.low != "," || d.cls(k)&cSpeech != 0 {
			return false
		}
		c := d.cls(k)
		switch {
		case c&cPrep != 0:
			inPhrase = true // "on her page", "in a post"
		case inPhrase || t.kind != tWord || c&cDate != 0 || strings.HasSuffix(t.low, "ly"):
			// a word of the phrase, a comma, a date, an adverb
		case k == v+1 && (c&(cPronoun|cPerson) != 0 || d.personLike(t.low)):
			// the person told: "reminded reporters that"
		default:
			return false // an object: "recalled the night that …"
		}
	}
	return false
}

// speechCueBefore reports a speech cue a few words before v, whose clause of
// what was said a "that" after v opens: "said in a bulletin released
// overnight that …" is the saying's.
func (d *document) speechCueBefore(v, first int) bool {
	for k := v - 1; k >= first && k >= v-thatReach; k-- {
		if d.cls(k)&cSpeech != 0 {
			return true
		}
	}
	return false
}

// actObject reports an object after the cue at v that names a deed done
// by saying it, with no figure, document or data in it: "declared a state
// of emergency", "announced a new day of strikes against the reform", not
// "announced a toll of 40", "announced the deaths of 12 miners".
func (d *document) actObject(v, last int) bool {
	if v+1 > last || d.cls(v+1)&cDeterminer == 0 && d.toks[v+1].low != "a" && d.toks[v+1].low != "an" {
		return false
	}
	if v > 0 {
		if p := &d.toks[v-1]; p.low == "," || p.closeQ {
			return false // "…, announced the interior ministry": the speaker after its cue
		}
	}
	j := v + 1
	for ; j <= last; j++ {
		t := &d.toks[j]
		if t.kind == tFig {
			if d.figs[t.fig].claim && !d.figs[t.fig].isDate {
				return false
			}
			continue // a date, an ordinal: "a second week of strikes"
		}
		if t.quote != 0 || t.kind == tWord && (t.cls&(cDataObject|cSource|cSpeech) != 0 || countedNouns[t.low]) {
			return false // "announced its military deaths": what is counted, a report
		}
		if t.low == "(" || t.low == ")" {
			continue // "(November 29)": a date set off
		}
		if d.boundary(j) || actEnds[t.low] {
			break
		}
	}
	return j > v+2
}

// dataBetween reports a document's or a figure's noun among tokens [i, j):
// "according to figures from …", not "according to the head of …".
func (d *document) dataBetween(i, j int) bool {
	for k := i; k < j; k++ {
		if w := d.toks[k].low; sourceNouns[w] || dataObjects[w] {
			return true
		}
	}
	return false
}

// ownVoice returns the name of the outlet whose own voice tells what no
// one is said to state: the outlet the metadata names, else the one the
// text names itself ("GB News can reveal"), else the one credited before
// the story's first words ("(The Center Square) – …"), else "".
func (d *document) ownVoice() string {
	if d.source.Outlet != "" || d.ownName != "" {
		return cmp.Or(d.source.Outlet, d.ownName)
	}
	if len(d.sents) == 0 {
		return ""
	}
	s := d.sents[0]
	for i := s.first; i <= s.last && i-s.first < 12; i++ {
		if d.toks[i].low != "(" {
			continue
		}
		j := i + 1
		for j <= s.last && j-i <= 5 && d.toks[j].kind == tWord && d.toks[j].capital {
			j++
		}
		if j > i+1 && j+1 <= s.last && d.toks[j].low == ")" && isDashOrHyphen(d.toks[j+1].low) {
			return d.text[d.toks[i+1].start:d.toks[j-1].end]
		}
		break
	}
	return ""
}

// isDashOrHyphen reports a dash, or a hyphen standing alone.
func isDashOrHyphen(w string) bool { return w == "-" || w == "–" || w == "—" || w == "--" }

// figureSoon reports a figure as the object of verb v, within a few words
// of qualifiers: "named at least 20 polling stations", "cited 14 cases".
func (d *document) figureSoon(v, last int) bool {
	reach := 3
	if w := d.toks[v].low; w == "cited" || w == "cites" {
		reach = 6 // "cited her backing from 140 county officials"
	}
	for k := v + 1; k <= last && k <= v+reach; k++ {
		t := &d.toks[k]
		if t.kind == tFig {
			return !d.figs[t.fig].isDate
		}
		if t.kind != tWord || t.quote != 0 {
			break
		}
	}
	return d.citedSource(v, last)
}

// citedSource reports "cited" whose object is a source that gives a figure
// in a relative clause set off after it: "the mayor cited the police
// department, which reported 2,521 shootings".
func (d *document) citedSource(v, last int) bool {
	if w := d.toks[v].low; w != "cited" && w != "cites" {
		return false
	}
	if _, _, ok := d.quotedAsSaying(v, last); ok {
		return true // "cited the police as putting the crowd at"
	}
	k := v + 1
	for k <= last && k <= v+6 && d.toks[k].kind == tWord && d.toks[k].quote == 0 {
		k++
	}
	if k+1 > last || d.toks[k].low != "," {
		return false
	}
	if r := d.toks[k+1].low; r != "which" && r != "who" {
		return false
	}
	for j := k + 2; j <= last && j <= k+8; j++ {
		if t := &d.toks[j]; t.kind == tFig && !d.figs[t.fig].isDate {
			return true
		}
	}
	return false
}

// namedBody reports a noun phrase that names a body of research or record
// ("Pew Research", "the Urban Institute", "Yale University"): a word of a
// document or an organisation, capitalised, after another word of the name.
func (d *document) namedBody(a, b int) bool {
	for k := a + 1; k <= b; k++ {
		if t := &d.toks[k]; t.capital && ((t.cls&cSource != 0) || d.lx.org[t.low]) {
			return true
		}
	}
	return false
}

// respondents reports a cue whose subject is a share of those asked: "39%
// of voters said", "52 percent say", "a majority of respondents told
// pollsters".
func (d *document) respondents(v, first int) bool {
	j := d.skipDateTail(v-1, first)
	for k := j; k >= first && j-k <= 5; k-- {
		t := &d.toks[k]
		if t.kind == tFig {
			return d.figs[t.fig].q.Unit == claims.Percent && (k == j || d.toks[k+1].low == "of")
		}
		if t.kind != tWord || t.capital && k > first || t.quote != 0 {
			return false
		}
		if (t.low == "majority" || t.low == "most" || t.low == "plurality") && k+1 <= j && d.toks[k+1].low == "of" {
			return true
		}
	}
	return false
}

// pollFor finds the poll that asked the respondents of cue v: one named
// before them in the sentence ("In a survey conducted by Emerson College,
// 39% …") or, failing that, in the sentences before it in the paragraph
// and the one before ("A Marist poll released Wednesday …"). It returns
// the poll's noun phrase, with who conducted it when the text says.
func (d *document) pollFor(s sentence, v int) (int, int, bool) {
	lo := s.first
	for si := d.sentOf[v]; si >= 0 && d.paraOf[si] >= d.paraOf[d.sentOf[v]]-1; si-- {
		lo = d.sents[si].first
	}
	for j := v - 1; j >= lo; j-- {
		t := &d.toks[j]
		if t.kind != tWord || !pollNouns[t.low] || t.quote != 0 {
			continue
		}
		a := j
		for a-1 >= d.sents[d.sentOf[j]].first && j-a < 5 {
			p := d.toks[a-1]
			if p.kind != tWord || p.quote != 0 || !p.capital && p.cls&cBreaker != 0 && p.low != "the" && p.low != "a" && p.low != "an" {
				break
			}
			a--
			if p.low == "the" || p.low == "a" || p.low == "an" {
				break
			}
		}
		for a < j && (openers[d.toks[a].low] || d.toks[a].low == "in") {
			a++
		}
		return a, d.pollBy(j, v-1), true
	}
	return 0, 0, false
}

// pollBy extends a poll's or a document's noun at token j to who made it,
// when the words up to last say so: "a survey conducted by Emerson
// College", "a poll by Gallup", "a lawsuit filed by the tenants".
func (d *document) pollBy(j, last int) int {
	k := j + 1
	if k <= last && d.toks[k].low == "," {
		k++
	}
	if k <= last && (agentParticiples[d.toks[k].low] || d.toks[k].low == "conducted" || d.toks[k].low == "commissioned" || d.toks[k].low == "filed") {
		k++
	}
	if k+1 <= last && d.toks[k].low == "by" {
		if _, e, ok := d.forwardNP(k+1, last); ok {
			return e
		}
		if k+2 <= last && d.cls(k+1)&cDeterminer != 0 && d.toks[k+2].kind == tWord && d.toks[k+2].quote == 0 && d.cls(k+2)&cBreaker == 0 &&
			(k+2 == last || d.toks[k+3].kind != tWord) {
			return k + 2 // "a lawsuit filed by the tenants,"
		}
	}
	return j
}

// putAt reports "put … at", the figure given as where a number stands:
// "police put the crowd at 9,000", "aid groups put the number closer to
// 5,000".
func (d *document) putAt(v, last int) bool {
	for k := v + 1; k <= min(last, v+12); k++ {
		if putWords[d.toks[k].low] {
			return true
		}
	}
	return false
}

// anonBefore reads an unnamed source described by what it knows, ending
// just before cue v: "two people familiar with the negotiations said", "a
// senior official briefed on the talks told reporters".
func (d *document) anonBefore(v, first int) (int, int, bool) {
	end := d.skipDateTail(v-1, first)
	for k := end; k > first && end-k <= 10; k-- {
		t := &d.toks[k]
		if t.kind != tWord || t.quote != 0 {
			return 0, 0, false
		}
		if t.cls&cKnows == 0 || k+1 > end || d.cls(k+1)&cPrep == 0 {
			continue
		}
		if h := k - 1; h >= first && anonNouns[d.toks[h].low] {
			a := h
			for a-1 >= first && a > h-3 && (d.toks[a-1].kind == tFig || d.toks[a-1].kind == tWord && !d.toks[a-1].capital && d.cls(a-1)&cBreaker == 0 || d.toks[a-1].low == "a" || d.toks[a-1].low == "an" || d.toks[a-1].low == "the") {
				a--
			}
			return a, end, true
		}
		return 0, 0, false
	}
	return 0, 0, false
}

// anonAfter reads an unnamed source described by what it knows, from
// token i: "(according to) a person familiar with the matter".
func (d *document) anonAfter(i, last int) (int, int, bool) {
	h := i
	for h <= last && h-i < 4 && !anonNouns[d.toks[h].low] {
		if t := &d.toks[h]; t.kind == tPunct || t.capital {
			return 0, 0, false
		}
		h++
	}
	if h+2 > last || !anonNouns[d.toks[h].low] || !knowsWords[d.toks[h+1].low] || d.cls(h+2)&cPrep == 0 {
		return 0, 0, false
	}
	e := h + 2
	for e+1 <= last && d.toks[e+1].kind == tWord && d.toks[e+1].quote == 0 && e-h < 10 {
		e++
	}
	return i, e, true
}

// claimsLives reports a verb of claiming whose object is lives, a few words
// on ("claimed the lives of 47", "has claimed 12 more lives", "claiming a
// life"): an event that kills, no one asserting anything.
func (d *document) claimsLives(v, last int) bool {
	if !strings.HasPrefix(d.toks[v].low, "claim") {
		return false
	}
	for j := v + 1; j <= last && j <= v+4; j++ {
		if lifeNouns[d.toks[j].low] {
			return true
		}
		if t := &d.toks[j]; t.kind == tPunct || t.kind == tWord && d.cls(j)&cSpeech != 0 || t.low == "that" {
			return false
		}
	}
	return false
}
