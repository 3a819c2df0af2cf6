// The attribution stage, part 3: resolution. A source phrase becomes an
// entity of the document: a person with role and affiliation, or an
// organisation, a collective, a document; pronouns and descriptions point
// back to entities met before.

package text

import (
	"slices"
	"strings"

	"github.com/crosscheck/crosscheck/claims"
)

// speakerOf resolves the noun phrase [a, b] of an attribution to an entity
// of the document, creating one when it names someone new: pronouns and
// descriptions ("he", "it", "the ministry", "the Russian leader") point
// back to speakers met before; titles give the role and affiliation.
func (d *document) speakerOf(at attribution) int {
	a, b := at.np0, at.np1
	if at.own {
		// "GB News can reveal": the outlet itself.
		name := d.text[d.toks[a].start:d.toks[b].end]
		for i := range d.ents {
			if d.ents[i].sp.Role == "outlet" && d.ents[i].sp.Name == name {
				return i
			}
		}
		return d.newEntity(claims.Speaker{Name: name, Role: "outlet"}, false)
	}
	for a < b && (d.toks[a].low == "the" || d.toks[a].low == "a" || d.toks[a].low == "an") {
		a++
	}
	first := d.toks[a].low
	if a == b && d.lx.pronoun[first] {
		switch first {
		case "he", "she", "him", "her":
			if p, sj := d.subjectPersonBefore(a); p >= 0 && (d.lastPerson < 0 || d.lastPersonSent < sj) {
				return p // "Her rival, Governor Tom Reyes, dismissed it. \"…,\" he said."
			}
			return d.lastPerson
		case "it", "they", "them":
			if e := d.subjectBodyBefore(a); e >= 0 {
				return e // "Organisers said 500,000 came, a figure they said police confirmed. They said …": the organisers
			}
			if d.lastOrg >= 0 {
				return d.lastOrg
			}
		}
		return d.lastE
	}
	owner := d.ownerOf(first)
	if owner < 0 && a < b && (first == "his" || first == "her") {
		// "The senator pledged $4 billion, her office said": the person
		// the sentence named before, who has not spoken.
		owner = d.personBefore(a)
	}
	if a < b && owner >= 0 {
		// "his office", "her campaign", "its spokesman": the owner's.
		o := d.ents[owner].sp
		name := o.Name + "'s " + d.text[d.toks[a+1].start:d.toks[b].end]
		for i := len(d.ents) - 1; i >= max(0, len(d.ents)-entityWindow); i-- {
			if d.ents[i].sp.Name == name {
				return i
			}
		}
		hw := strings.TrimSuffix(d.toks[b].low, "'s")
		return d.newEntity(claims.Speaker{Name: name, Affiliation: o.Affiliation}, isPersonRole(hw))
	}
	for a < b && d.sents[d.sentOf[a]].first == a && isSentenceAdverb(d.toks[a].low) &&
		(d.toks[a+1].capital || d.cls(a+1)&cDeterminer != 0 || d.toks[a+1].low == "a" || d.toks[a+1].low == "an") { // not "Earlier reports"
		a++ // "Later Zelensky wrote", "Meanwhile the ministry said"
	}
	if a+1 == b && (d.toks[a].low == "these" || d.toks[a].low == "this" || d.toks[a].low == "those") && statNouns[d.toks[b].low] {
		a++ // "These figures show …": the figures told before, whose source they are read as
	}
	definite := at.np0 < a && (d.toks[at.np0].low == "the" || demonstratives[d.toks[at.np0].low]) ||
		at.np0 == a && a == b && a > 0 && !d.toks[a].capital && d.toks[a-1].low == "the" && d.sentOf[a-1] == d.sentOf[a] // "according to the party": the noun without its article
	// Affiliation: the first party named in the phrase.
	affil := ""
	for k := a; k <= b; k++ {
		if p, n, _ := d.partyAt(k); p != "" {
			affil = p
			break
		} else if n > 1 {
			k += n - 1
		}
	}
	// The head: the last word before "of"/"for".
	head := b
	for k := a + 1; k <= b; k++ {
		if d.toks[k].low == "of" && k-1 == a && k < b && d.shareWord(a) {
			continue // "most of the analysts": the analysts
		}
		if w := d.toks[k].low; (w == "of" || w == "for") && d.lx.title[d.toks[k-1].low] && k+1 < b && d.toks[k+1].capital && !servingRoles[d.toks[k-1].low] {
			continue // "Secretary of State Antony Blinken", not "a spokesperson for Speaker Mike Johnson"
		}
		if w := d.toks[k].low; w == "of" || w == "for" || w == "in" || w == "at" || w == "on" || w == "from" || w == "to" ||
			(heldBy[w] || agentParticiples[w] && dataNouns[d.toks[k-1].low]) && k+1 <= b && d.toks[k+1].low == "by" && (d.cls(k-1)&cSource != 0) {
			head = k - 1 // "an internal memo obtained by the Post": the memo
			break
		}
		if k+2 <= b && agentAdverbs[d.toks[k].low] && agentParticiples[d.toks[k+1].low] && d.toks[k+2].low == "by" && dataNouns[d.toks[k-1].low] {
			head = k - 1 // "the figures since released by the board": the figures
			break
		}
	}
	if head < a {
		head = a
	}
	hw := trimPossessive(d.toks[head].low)
	if dataNouns[hw] && (head == b || agentParticiples[d.toks[head+1].low]) {
		// Figures, results and tallies state nothing themselves: the
		// body whose they are does.
		if k := d.possessiveOwner(a, head); k >= 0 {
			// "the NEC's official preliminary results": the NEC
			return d.speakerOf(attribution{verb: at.verb, cue1: at.cue1, np0: a, np1: k, ent: -2, kind: at.kind})
		}
		if e := d.dataIssuer(at, a, head); e >= 0 {
			return e
		}
	}
	ht := d.toks[head]
	acronym := len(hw) >= 2 && isUpperWord(trimPossessive(d.text[ht.start:ht.end]))
	isParty := false
	for k := a; k <= head; k++ {
		if p, n, _ := d.partyAt(k); p != "" && k+n-1 == head {
			isParty = true // "Ukraine", "the United Nations"
		}
	}
	person := (ht.capital || d.particleName(head)) && !d.lx.org[hw] && !sourceNouns[hw] && !d.lx.title[hw] && !acronym && !isParty && d.x.demonyms[hw] == "" && d.wireName(head, head) == ""
	if person && head+2 <= b && (d.toks[head+1].low == "of" || d.toks[head+1].low == "for") && d.toks[head+2].capital {
		person = false // "the University of Florida's Election Lab": a name with "of" in it is an institution's
	}
	if person && definite {
		// "the Darfur Emergency Rooms", "the Palestinian Prisoners' Club":
		// a name with "the" before it is no person's, unless a title
		// comes first ("the Russian President Vladimir Putin").
		titled := false
		for k := a; k < head; k++ {
			if d.lx.title[d.toks[k].low] {
				titled = true
			}
		}
		person = titled
	}
	if ht.capital && head == b {
		// A body's common noun right before the name says what the name
		// is: "the rights group Orla", "EU border agency Varda", "polling
		// firm Norstat" name bodies ("agency chief Ana Lisk" a person),
		// which go by the name alone.
		n := head
		for n-1 >= a && d.toks[n-1].capital && !d.lx.title[d.toks[n-1].low] {
			n--
		}
		if w := d.toks[max(n-1, 0)].low; n-1 >= a && d.lx.org[w] && !d.toks[n-1].capital && !isPersonRole(w) && !d.lx.title[w] && !strings.HasSuffix(w, "s") {
			person, a, definite = false, n, false // the body goes by its name: "Varda said" later is the same
		}
	}
	if person {
		// A capitalised name with an organisation's word in it is no
		// person: "the Electoral Reform Society", "Peace for Ukraine".
		for k := a; k < head; k++ {
			if p, _, _ := d.partyAt(k); p != "" {
				continue // "Kremlin aide Vladimir Medinsky"
			}
			if w := d.toks[k].low; d.lx.org[w] && d.toks[k].capital && !isPersonRole(w) || (w == "for" || w == "of") && (k == a || !d.lx.title[d.toks[k-1].low]) {
				person = false
			}
			// "Riverside Emergency Rooms", "the National Rifle
			// Association": a capitalised word that qualifies an
			// institution, followed by a capitalised word that is no
			// title, is part of a name, and the name no person's.
			if t := &d.toks[k]; t.capital && nameModifier(t.low) && k+1 <= head && d.toks[k+1].capital && !d.lx.title[d.toks[k+1].low] &&
				!(k-2 >= a && d.toks[k-1].low == "of" && d.lx.title[d.toks[k-2].low]) { // not "Secretary of State Antony Blinken"
				person = false
			}
		}
	}
	if person {
		// Name: the capitalised words ending at the head; role: the titles before.
		n0 := head
		for n0-1 >= a && d.toks[n0-1].capital && !d.lx.title[d.toks[n0-1].low] && d.x.demonyms[d.toks[n0-1].low] == "" {
			if p, _, _ := d.partyAt(n0 - 1); p != "" {
				break
			}
			if n0-2 >= a && (d.toks[n0-2].low == "of" || d.toks[n0-2].low == "for") {
				break // "Secretary of State Antony Blinken": "State" is the role's
			}
			n0--
		}
		name := trimPossessive(d.text[d.toks[n0].start:ht.end]) // "Senator Ruiz's claim"
		var role []string
		r0, r1 := -1, -1
		for k := a; k < n0; k++ {
			w := d.toks[k].low
			if p, _, _ := d.partyAt(k); p != "" {
				continue
			}
			if d.lx.title[w] {
				if r0 < 0 {
					r0 = k
				}
				r1 = k
			}
		}
		if r0 >= 0 {
			if r1+2 == n0-1 && (d.toks[r1+1].low == "of" || d.toks[r1+1].low == "for") {
				r1 = n0 - 1 // "Secretary of State"
			}
			role = append(role, d.text[d.toks[r0].start:d.toks[r1].end]) // "Lt. Gen.", "Foreign Minister"
		}
		if len(role) == 0 && at.appos[1] >= at.appos[0] && at.appos[1] > 0 {
			for k := at.appos[0]; k <= at.appos[1]; k++ {
				w := d.toks[k].low
				if w == "to" || w == "of" || w == "who" || w == "for" || w == "at" || w == "in" {
					break
				}
				if p, _, _ := d.partyAt(k); p != "" {
					continue
				}
				if d.lx.title[w] {
					role = append(role, d.text[d.toks[k].start:d.toks[k].end])
				}
			}
		}
		if affil == "" && at.appos[1] > 0 {
			for k := at.appos[0]; k <= at.appos[1]; k++ {
				if p, _, _ := d.partyAt(k); p != "" {
					affil = p
					break
				}
			}
		}
		last := trimPossessive(d.toks[head].low)
		if affil == "" {
			affil = d.sideOfName(strings.TrimSuffix(last, "'s"), n0, a)
		}
		for i := len(d.ents) - 1; i >= max(0, len(d.ents)-entityWindow); i-- {
			if e := &d.ents[i]; !e.person && n0 == a && e.sp.Role != "outlet" && e.sp.Name == name {
				return i // "Varda said" after "EU border agency Varda": the body the story named so
			}
		}
		for i := len(d.ents) - 1; i >= max(0, len(d.ents)-entityWindow); i-- {
			e := &d.ents[i]
			if !e.person {
				continue
			}
			if e.last == last {
				if len(name) > len(e.sp.Name) {
					e.sp.Name = name
					e.low = strings.ToLower(e.sp.Name + " " + e.sp.Role)
				}
				if e.sp.Role == "" {
					e.sp.Role = strings.Join(role, " ")
					e.low = strings.ToLower(e.sp.Name + " " + e.sp.Role)
				}
				if e.sp.Affiliation == "" {
					e.sp.Affiliation = affil
				}
				return i
			}
		}
		if n0 == head && len(last) >= 6 {
			// "Medinksy said" after "Vladimir Medinsky": a surname one
			// letter off a person named before is the same person, spelt
			// another way ("Zelenskyy", "Umierov") or mistyped.
			for i := len(d.ents) - 1; i >= max(0, len(d.ents)-entityWindow); i-- {
				if e := &d.ents[i]; e.person && len(e.last) >= 6 && e.last[0] == last[0] && oneEdit(e.last, last) {
					return i
				}
			}
		}
		if n0 == head {
			// "said Mr. Larkin", "Larkin said": the full name the story
			// gave before, though its bearer has not spoken yet.
			if f0, f1, ok := d.givenName(a, last); ok {
				name = trimPossessive(d.text[d.toks[f0].start:d.toks[f1].end])
			}
		}
		return d.newEntity(claims.Speaker{Name: name, Role: strings.Join(role, " "), Affiliation: affil}, true)
	}
	// A description or an organisation.
	if n0, n1, ok := d.bodyOfDocument(a, b); ok {
		// "per the latest data, refreshed by the transport ministry at
		// dawn, …": the body that put the figures out.
		name := d.text[d.toks[n0].start:d.toks[n1].end]
		for i := len(d.ents) - 1; i >= max(0, len(d.ents)-entityWindow); i-- {
			if strings.EqualFold(d.ents[i].sp.Name, name) {
				return i
			}
		}
		return d.newEntity(claims.Speaker{Name: name, Affiliation: affil}, false)
	}
	phrase := d.text[d.toks[a].start:d.toks[b].end]
	phrase = trimPossessive(phrase) // "the union's count", "the board's early results": the union, the board
	others := false
	for k := a + 1; k <= b; k++ {
		others = others || d.toks[k].capital
	}
	if ft := d.toks[a]; ft.capital && !others && d.sents[d.sentOf[a]].first == at.np0 && (d.lx.org[ft.low] || d.lx.title[ft.low]) &&
		!isUpperWord(d.text[ft.start:ft.end]) && len(phrase) > 0 && phrase[0] < 0x80 {
		c := phrase[0]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		phrase = string(rune(c)) + phrase[1:] // "Police said": a common noun at the start of a sentence
	}
	if p, n, _ := d.partyAt(a); p != "" && a+n-1 == b {
		affil = p // "Ukraine said", "Moscow says"
	}
	if ft := d.toks[a]; affil == "" && a < b && ft.capital && (strings.HasSuffix(ft.low, "'s") || strings.HasSuffix(ft.low, "’s")) {
		// "Zelensky's office said": the side of the one whose office it is.
		affil = d.sideOfName(strings.TrimSuffix(strings.TrimSuffix(ft.low, "'s"), "’s"), a, a)
	}
	if definite && a == b && isGroupNoun(hw) {
		// "the group says": the group named nearest before ("the
		// Assistance Association …, a monitoring group"), the same entity
		// when it has spoken.
		if name, ok := d.namedBefore(a, hw); ok {
			name = strings.TrimPrefix(strings.TrimPrefix(name, "The "), "the ")
			for i := len(d.ents) - 1; i >= max(0, len(d.ents)-entityWindow); i-- {
				if strings.EqualFold(d.ents[i].sp.Name, name) {
					return i
				}
			}
			return d.newEntity(claims.Speaker{Name: name, Affiliation: affil}, false)
		}
	}
	if a == b && hw == "latter" {
		return d.lastE // "the latter had counted 550,000"
	}
	if definite && a == b && anaphoricPersonNouns[hw] && d.lastE >= 0 {
		if e := &d.ents[d.lastE]; e.person && e.sp.Name != "" && (affil == "" || e.sp.Affiliation == "" || e.sp.Affiliation == affil) {
			return d.lastE // "…, Ana Prado wrote. …, the official added": the person who spoke last
		}
	}
	if definite || a == b || hw == "statement" {
		if personDocs[hw] {
			if n0, n1, ok := d.namedIssuer(a, b); ok {
				// "the Houthis statement said": the named side whose
				// statement it is.
				return d.speakerOf(attribution{verb: at.verb, cue1: at.cue1, np0: n0, np1: n1, ent: -2, kind: at.kind})
			}
			if e := d.issuerOf(at.np0); e >= 0 {
				return e // "Police issued a statement saying …": who issued it
			}
			if d.lastE < 0 {
				// "The memo, dated March 3, says …" with no one before it:
				// the document itself.
				return d.newEntity(claims.Speaker{Name: phrase, Affiliation: affil}, false)
			}
			return d.lastE // "the statement said": of whoever spoke last
		}
		if sourceNouns[hw] && (definite || hw == "report" || a > 0 && d.toks[a-1].low == "the") && a == b {
			// "the report noted", "the study said": the document or the
			// body that gave figures last.
			for i := len(d.ents) - 1; i >= max(0, len(d.ents)-entityWindow); i-- {
				if e := &d.ents[i]; !e.person && e.sp.Role != "outlet" && (strings.Contains(e.low, hw) || statNouns[hw] && hasStatNoun(e.low) && namesBody(e.sp.Name)) {
					return i // "the statistics show" after "Figures from the Tribunal show": the body's figures named last, by either word
				}
			}
			if courtDocs[hw] {
				// "The lawsuit alleges …": a filing speaks for itself, not
				// for whoever spoke last.
				return d.newEntity(claims.Speaker{Name: phrase, Affiliation: affil}, false)
			}
			if !bodyDocs[hw] || d.lastE < 0 {
				return d.newEntity(claims.Speaker{Name: hw}, false) // "the article read": no body's report
			}
			if d.lastOrg >= 0 {
				return d.lastOrg
			}
			if d.lastE < 0 {
				return d.newEntity(claims.Speaker{Name: phrase, Affiliation: affil}, false) // the first voice: the document itself
			}
			return d.lastE
		}
		for i := len(d.ents) - 1; i >= max(0, len(d.ents)-entityWindow); i-- {
			e := &d.ents[i]
			if affil != "" && e.sp.Affiliation != "" && e.sp.Affiliation != affil {
				continue
			}
			if strings.Contains(e.low, hw) && (!acronym || acronymOf(hw, e.low)) && d.allWordsIn(a, b, e.low, affil) && (!e.person || isPersonRole(hw) || d.toks[head].capital && e.last == hw) {
				return i // not "the opposition" for the opposition's leader, nor "the CEC" for the head of the CEC
			}
			if definite && a == b && !e.person && e.sp.Role != "" && strings.EqualFold(strings.TrimSuffix(hw, "s"), e.sp.Role) {
				return i // "the organisers said" after "the march's organiser, the Civil Liberty Front": the body by its role
			}
			if acronym && a == b && !e.person && sameAcronym(hw, e.low) {
				// "UNDRA" for "the UN Disaster Relief Agency (DRA)": one
				// entity, known by both.
				if w := d.text[ht.start:ht.end]; !strings.Contains(e.sp.Name, w) {
					e.sp.Name = strings.TrimSuffix(e.sp.Name, ")") + ", " + w + ")"
					e.low = strings.ToLower(e.sp.Name + " " + e.sp.Role)
				}
				return i
			}
			if e.person && isPersonRole(hw) && affil != "" && (!ht.capital || d.demonymIn(a, head)) { // not "the Harbor City Examiner": a name
				if e.sp.Affiliation == "" {
					e.sp.Affiliation = affil // "the Russian leader" tells Putin's side
				}
				return i
			}
		}
	}
	if (definite || a > 0 && d.toks[a-1].low == "the") && a == b && d.lx.org[hw] { // "according to the group"
		// "the group said": the group named before, even if it has not
		// spoken yet ("the rights group Dzvon", "Emergency Rooms, a
		// volunteer group").
		if name, ok := d.namedBefore(a, hw); ok {
			return d.newEntity(claims.Speaker{Name: name, Affiliation: affil}, false)
		}
		if n0, n1, ok := d.lastInstitution(a); ok && isGroupNoun(hw) && d.sentOf[n1] >= d.sentOf[a]-1 {
			// "The Corran Policy Center studied the draft. …, the group
			// said": the institution the sentence
			// before named, though it did not speak.
			name := d.text[d.toks[n0].start:d.toks[n1].end]
			for i := len(d.ents) - 1; i >= max(0, len(d.ents)-entityWindow); i-- {
				if strings.EqualFold(d.ents[i].sp.Name, name) {
					return i
				}
			}
			return d.newEntity(claims.Speaker{Name: name, Affiliation: affil}, false)
		}
		if isGroupNoun(hw) {
			// "the group said", "the organisation said" with no group
			// named as such: the organisation with a name of its own
			// that spoke last ("the Riverside Emergency Rooms, a volunteer
			// network, said …").
			for i := len(d.ents) - 1; i >= max(0, len(d.ents)-entityWindow); i-- {
				if e := &d.ents[i]; !e.person && e.sp.Role != "outlet" && e.sp.Name != "" && isUpperStart(e.sp.Name) && isUpperStart(lastWordOf(e.sp.Name)) &&
					(affil == "" || e.sp.Affiliation == "" || e.sp.Affiliation == affil) && d.x.parties[strings.ToLower(e.sp.Name)] == "" {
					return i
				}
			}
		}
	}
	if definite && !isPersonRole(hw) && !sourceNouns[hw] {
		// "the ministry said" where the text named "the Education
		// Ministry" before without its speaking: the name as written.
		if n0, n1, ok := d.fullName(a, b, hw); ok {
			name := d.text[d.toks[n0].start:d.toks[n1].end]
			if acr := d.acronymGlossed(n1); acr != "" {
				name += " (" + acr + ")" // "the Green Party (GP, left)": a name that later mentions of either form find
			}
			for i := len(d.ents) - 1; i >= max(0, len(d.ents)-entityWindow); i-- {
				if strings.EqualFold(d.ents[i].sp.Name, name) {
					return i
				}
			}
			return d.newEntity(claims.Speaker{Name: name, Affiliation: affil}, false)
		}
		if a == b && institutionNouns[hw] {
			// "The Congressional Budget Office disagreed. The agency said
			// …": the institution named last, by whatever word.
			if n0, n1, ok := d.lastInstitution(a); ok {
				name := d.text[d.toks[n0].start:d.toks[n1].end]
				for i := len(d.ents) - 1; i >= max(0, len(d.ents)-entityWindow); i-- {
					if strings.EqualFold(d.ents[i].sp.Name, name) {
						return i
					}
				}
				return d.newEntity(claims.Speaker{Name: name, Affiliation: affil}, false)
			}
		}
	}
	if isPersonRole(hw) {
		if n0, n1, ok := d.namedLater(at, affil); ok {
			// "Russia's chief negotiator confirms …" above "…, Vladimir
			// Medinsky said": a headline's description stands for the
			// person the story names as the speaker.
			r := a
			for k := a; k < head; k++ {
				if w := d.toks[k].low; strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
					r = k + 1
				}
			}
			return d.newEntity(claims.Speaker{Name: d.text[d.toks[n0].start:d.toks[n1].end], Role: d.text[d.toks[r].start:ht.end], Affiliation: affil}, true)
		}
		return d.newEntity(claims.Speaker{Name: phrase, Role: d.text[ht.start:ht.end], Affiliation: affil}, true)
	}
	if acr := d.acronymAfter(b); acr != "" && !strings.Contains(phrase, acr) {
		// "the Coastal Commission on Civil Liberties (CCCL)": one name
		// that later mentions of either form find.
		phrase += " (" + acr + ")"
	}
	role := ""
	if r1 := at.appos[1]; r1 > 0 && r1 < at.np0 && ht.capital {
		// "the march's organiser, the Civil Liberty Front, said": the
		// body's role, by which the story may point back to it ("the
		// organisers said").
		if w := strings.TrimSuffix(d.toks[r1].low, "'s"); d.lx.title[w] || d.lx.org[w] {
			role = d.text[d.toks[r1].start:d.toks[r1].end]
		}
	}
	return d.newEntity(claims.Speaker{Name: phrase, Role: role, Affiliation: affil}, false)
}

// demonymIn reports a demonym among tokens [a, b): "the Russian
// President" points to a person by side and title; "the Washington
// Examiner", a place's name before a capitalised title, names a body.
func (d *document) demonymIn(a, b int) bool {
	for k := a; k < b; k++ {
		if d.x.demonyms[d.toks[k].low] != "" {
			return true
		}
	}
	return false
}

// namedBefore finds the name that a common noun stood for earlier in the
// text: "the rights group Dzvon" or "Emergency Rooms, a volunteer group".
func (d *document) namedBefore(at int, noun string) (string, bool) {
	for j := at - 1; j >= 0 && at-j < 400; j-- {
		if d.toks[j].low != noun {
			continue
		}
		// The noun followed by a name.
		e := j + 1
		for e < len(d.toks) && d.toks[e].kind == tWord && d.toks[e].capital {
			e++
		}
		if e > j+1 && e-1 < at {
			return d.text[d.toks[j+1].start:d.toks[e-1].end], true
		}
		// A name, then ", a … noun".
		i := j - 1
		for i > 0 && j-i <= 4 && d.toks[i].kind == tWord && !d.toks[i].capital {
			i--
		}
		if i > 0 && d.toks[i].low == "," && d.toks[i-1].capital {
			n := i - 1
			for n-1 >= 0 && d.toks[n-1].kind == tWord && (d.toks[n-1].capital ||
				n-2 >= 0 && d.toks[n-2].capital && d.toks[n-2].kind == tWord && (d.toks[n-1].low == "for" || d.toks[n-1].low == "of")) {
				n-- // "the Assistance Association for Political Prisoners, a monitoring group"
			}
			return d.text[d.toks[n].start:d.toks[i-1].end], true
		}
	}
	return "", false
}

// sideOfName finds the side a person named by surname (lowercased) stands
// for from what the document says of them: the speaker met before with
// that surname and a side ("Ukrainian President Volodymyr Zelensky said"),
// else an earlier mention of the name with a party or demonym among the
// capitalised words and titles just before it ("Ukrainian President
// Volodymyr Zelensky visited …", "Russia's Vladimir Putin"), else the
// same within the name's own phrase [a, at). No table of officials is
// consulted: a name the text never places gets no side.
func (d *document) sideOfName(surname string, at, a int) string {
	if surname == "" {
		return ""
	}
	for i := len(d.ents) - 1; i >= max(0, len(d.ents)-entityWindow); i-- {
		if e := &d.ents[i]; e.person && e.last == surname && e.sp.Affiliation != "" {
			return e.sp.Affiliation
		}
	}
	cw := d.capitalsBefore(at)
	for i := len(cw) - 1; i >= 0 && at-int(cw[i]) < 1500; i-- {
		j := int(cw[i])
		t := &d.toks[j]
		if len(t.low) < len(surname) || strings.TrimSuffix(strings.TrimSuffix(t.low, "'s"), "’s") != surname {
			continue
		}
		comma := false
		for i := j - 1; i >= 0 && j-i <= 7; i-- {
			u := d.toks[i]
			if u.low == "," && !comma && i > 0 && d.lx.title[d.toks[i-1].low] {
				comma = true // "Russia's foreign minister, Anna Lind"
				continue
			}
			if u.kind != tWord || !u.capital && !d.lx.title[u.low] {
				break
			}
			if p, n, _ := d.partyAt(i); p != "" && i+n <= j {
				return p
			}
		}
	}
	return ""
}

// ownerOf returns the entity a possessive pronoun points back to ("his" and
// "her" to the last person, "its" to the last organisation, "their" to the
// last speaker), or -1.
func (d *document) ownerOf(w string) int {
	switch w {
	case "his", "her":
		return d.lastPerson
	case "its":
		return d.lastOrg
	case "their":
		return d.lastE
	}
	return -1
}

// namedLater returns, for a description that speaks in a headline ("Fed
// chair says …"), the name of the first person the story goes on to name
// as a speaker in its next few sentences ("…, Chair Ada Kemp said"), when
// no other side is named with it.
func (d *document) namedLater(at attribution, affil string) (int, int, bool) {
	si := d.sentOf[at.verb]
	if d.paraOf[si] > 2 {
		return 0, 0, false
	}
	for sj := 0; sj <= si; sj++ {
		if d.stopped(sj) {
			return 0, 0, false // a sentence of the body, no headline
		}
	}
	for sj := si + 1; sj < len(d.sents) && sj <= si+5; sj++ {
		for _, b := range d.attrs[sj] {
			n1 := b.np1
			n0 := n1
			for n0-1 >= b.np0 && d.toks[n0-1].kind == tWord && d.toks[n0-1].capital && !d.lx.title[d.toks[n0-1].low] && d.x.demonyms[d.toks[n0-1].low] == "" {
				n0--
			}
			if n0 == n1 || !d.toks[n1].capital || d.cls(n1)&(cOrg|cTitle) != 0 {
				continue
			}
			other := false
			for k := b.np0; k <= n1; k++ {
				if p, _, _ := d.partyAt(k); p != "" && p != affil {
					other = true
				}
				if d.lx.org[d.toks[k].low] && !d.lx.title[d.toks[k].low] {
					other = true // a body's word, not a title the name bears ("Acting Prime Minister Ana Ruiz")
				}
			}
			if !other {
				return n0, n1, true
			}
		}
	}
	return 0, 0, false
}

// stopped reports a sentence that ends with a full stop, as the body's
// sentences do and headlines do not.
func (d *document) stopped(si int) bool {
	k := d.sents[si].last
	for k > d.sents[si].first && (d.toks[k].closeQ || d.toks[k].low == ")") {
		k--
	}
	switch d.toks[k].low {
	case ".", "!", "?":
		return true
	}
	return false
}

// fullName finds the name that a description [a, b] with head word hw
// ("the ministry", "the health department") stands for: the nearest
// earlier capitalised name with that word in it ("Education Ministry",
// "Ministry of Health", "Department of Health and Human Services") that
// holds every other word of the description. It returns the name's tokens.
func (d *document) fullName(a, b int, hw string) (int, int, bool) {
	cw := d.capitalsBefore(a)
	for i := len(cw) - 1; i >= 0 && a-int(cw[i]) < 1500; i-- {
		j := int(cw[i])
		t := &d.toks[j]
		if t.low != hw || t.quote != 0 {
			continue
		}
		n0, n1 := j, j
		for n0-1 >= 0 && d.toks[n0-1].kind == tWord && d.toks[n0-1].capital && d.toks[n0-1].quote == 0 && d.sents[d.sentOf[n0]].first != n0 {
			if p, _, _ := d.partyAt(n0 - 1); p != "" && n0-1 > 0 && d.toks[n0-2].capital {
				break
			}
			n0--
		}
		for n1+2 < len(d.toks) && (d.toks[n1+1].low == "of" || d.toks[n1+1].low == "for" || d.toks[n1+1].low == "and" && n1 > j) && d.toks[n1+2].capital && d.toks[n1+2].kind == tWord {
			n1 += 2
			for n1+1 < len(d.toks) && d.toks[n1+1].capital && d.toks[n1+1].kind == tWord {
				n1++
			}
		}
		if n0 == n1 {
			continue // "Ministry" alone, at the start of a sentence
		}
		if n0 < n1 && (d.toks[n0].low == "the") {
			n0++
		}
		all := true
		for k := a; k <= b; k++ {
			w := d.toks[k].low
			if w == "the" || w == hw {
				continue
			}
			in := false
			for m := n0; m <= n1; m++ {
				if d.toks[m].low == w {
					in = true
				}
			}
			all = all && in
		}
		if all {
			return n0, n1, true
		}
	}
	return 0, 0, false
}

// givenName finds the nearest full name before token at whose last word is
// the surname last: "Peter Larkin, a budget analyst, …" before "said Mr.
// Larkin". Titles and function words are no given names ("Senator
// Larkin", "When Larkin"). It returns the name's tokens.
func (d *document) givenName(at int, last string) (int, int, bool) {
	cw := d.capitalsBefore(at)
	for i := len(cw) - 1; i >= 0 && cw[i] > 0 && at-int(cw[i]) < 1500; i-- {
		j := int(cw[i])
		t := &d.toks[j]
		if t.quote != 0 || trimPossessive(t.low) != last {
			continue
		}
		f := j
		for f-1 >= 0 && d.toks[f-1].kind == tWord && d.toks[f-1].capital && d.toks[f-1].quote == 0 && d.toks[f-1].end+1 >= d.toks[f].start {
			w := d.toks[f-1].low
			if d.lx.title[w] || d.lx.abbrev[w] || d.lx.org[w] || d.lx.breaker[w] || d.lx.prep[w] || openers[w] || determiners[w] ||
				isSentenceAdverb(w) || d.x.demonyms[w] != "" {
				break
			}
			if p, _, _ := d.partyAt(f - 1); p != "" {
				break
			}
			f--
		}
		if f < j {
			return f, j, true
		}
	}
	return 0, 0, false
}

// namedWithRole returns the person whose full name opens a sentence at f
// and is set off by an appositive that gives a person's role: "Ivo Marsh,
// a negotiator for the north, criticised …". It returns -1 when none.
func (d *document) namedWithRole(f, limit int) int {
	e := f
	for e+1 <= limit && e-f < 3 && d.toks[e+1].kind == tWord && d.toks[e+1].capital && d.toks[e+1].quote == 0 {
		e++
	}
	if t := &d.toks[f]; e == f || t.kind != tWord || !t.capital || t.quote != 0 || e+2 > limit || d.toks[e+1].low != "," {
		return -1
	}
	for r := e + 2; r <= limit && r <= e+8 && d.toks[r].low != ","; r++ {
		if w := d.toks[r].low; isPersonRole(w) || d.lx.title[w] {
			if p := d.speakerOf(attribution{np0: f, np1: e, verb: e + 1, ent: -2}); p >= 0 && d.ents[p].person {
				return p
			}
			return -1
		}
	}
	return -1
}

// subjectPersonBefore finds the person a sentence introduces by role and
// name near its start ("Governor Tom Reyes dismissed it", "Her rival,
// Governor Tom Reyes, …"), in the sentence of the pronoun at token at
// before it, or else in the sentence before: the one "he" or "she" most
// likely stands for, though that person has not spoken yet, unless someone
// spoke since. It returns the entity, or -1, and its sentence.
func (d *document) subjectPersonBefore(at int) (int, int) {
	si := d.sentOf[at]
	for sj := si; sj >= 0 && sj >= si-2 && d.paraOf[sj] >= d.paraOf[si]-1; sj-- {
		s := d.sents[sj]
		limit := s.last
		if sj == si {
			limit = at - 1
		}
		if f := s.first; f < limit && d.toks[f].kind == tWord && d.toks[f].capital && d.toks[f].quote == 0 && d.toks[f+1].kind == tWord && !d.toks[f+1].capital {
			// "Quist called on the governor …": a surname that
			// has spoken before opens the sentence.
			for i := len(d.ents) - 1; i >= max(0, len(d.ents)-entityWindow); i-- {
				if e := &d.ents[i]; e.person && e.last == trimPossessive(d.toks[f].low) {
					return i, sj
				}
			}
		}
		if p := d.namedWithRole(s.first, limit); p >= 0 {
			return p, sj // "Ivo Marsh, a negotiator for the north, criticised …"
		}
		for k := s.first; k+1 <= limit && k <= s.first+5; k++ {
			t := &d.toks[k]
			n := k + 1
			if d.toks[n].low == "." && d.lx.abbrev[t.low] && n+1 <= limit {
				n++ // "Sen. Ivy Marsh"
			}
			if t.kind != tWord || t.quote != 0 || !isPersonRole(t.low) && !d.lx.title[t.low] || d.toks[n].kind != tWord || !d.toks[n].capital || d.toks[n].quote != 0 {
				continue
			}
			e := n
			for e+1 <= limit && d.toks[e+1].kind == tWord && d.toks[e+1].capital && d.toks[e+1].quote == 0 {
				e++
			}
			if e == n {
				continue // "Senator Lopez": a surname alone may be anyone's
			}
			if p := d.speakerOf(attribution{np0: k, np1: e, verb: e + 1, ent: -2}); p >= 0 && d.ents[p].person {
				return p, sj
			}
		}
	}
	return -1, -1
}

// lastInstitution finds the institution named nearest before token at, in
// its paragraph or the one before: a capitalised name of two words or
// more whose last word is an organisation's ("Congressional Budget
// Office", "Federal Reserve Board") or that an acronym in brackets follows
// ("the Public Gatherings Archive (PGA)", kept with it), or "of" and a
// capitalised name after one ("Department of Labor").
func (d *document) lastInstitution(at int) (int, int, bool) {
	p := d.paraOf[d.sentOf[at]]
	for j := at - 1; j >= 0 && d.paraOf[d.sentOf[j]] >= p-1; j-- {
		t := &d.toks[j]
		if t.kind != tWord || !t.capital || t.quote != 0 || !d.lx.org[t.low] && d.acronymAfter(j) == "" || isPersonRole(t.low) {
			continue // an organisation's word, or a name its acronym follows: "the Public Gatherings Archive (PGA)"
		}
		n0, n1 := j, j
		for n0-1 >= 0 && d.toks[n0-1].kind == tWord && d.toks[n0-1].capital && d.sents[d.sentOf[n0]].first != n0 {
			n0--
		}
		for n1+2 < at && (d.toks[n1+1].low == "of" || d.toks[n1+1].low == "for") && d.toks[n1+2].capital && d.toks[n1+2].kind == tWord {
			n1 += 2
			for n1+1 < at && d.toks[n1+1].capital && d.toks[n1+1].kind == tWord {
				n1++
			}
		}
		if n0 < n1 && d.toks[n0].low == "the" {
			n0++
		}
		if n0 == n1 || d.x.parties[strings.ToLower(d.text[d.toks[n0].start:d.toks[n1].end])] != "" {
			continue
		}
		if acr := d.acronymAfter(n1); acr != "" {
			n1 += 3 // the name with its acronym, so that later mentions of either find it
		}
		return n0, n1, true
	}
	return 0, 0, false
}

// personBefore returns an entity for the person named nearest before token
// at in its sentence, by a role ("The prime minister pledged …") or a
// titled name ("Senator Ana Ruiz"), or -1.
func (d *document) personBefore(at int) int {
	s := d.sents[d.sentOf[at]]
	for k := at - 1; k >= s.first; k-- {
		t := &d.toks[k]
		if t.kind != tWord || t.quote != 0 || !isPersonRole(strings.TrimSuffix(t.low, "'s")) {
			continue
		}
		e := k
		for e+1 < at && d.toks[e+1].kind == tWord && d.toks[e+1].capital {
			e++ // "Senator Ana Ruiz"
		}
		n0, n1, ok := d.backwardNP(e+1, s.first)
		if !ok || n1 != e {
			return -1
		}
		return d.speakerOf(attribution{np0: n0, np1: n1, verb: e + 1, ent: -2})
	}
	return -1
}

// capitalsBefore returns the capitalised words (tokens of kind tWord) before
// token at, in order: a search back for a name reads them, nearest first,
// and passes over the other tokens between them at once. The list is made
// on the first call, once the tokens are final.
func (d *document) capitalsBefore(at int) []int32 {
	if !d.capsRead {
		d.capsRead = true
		toks := d.toks
		for j := range toks {
			if toks[j].capital && toks[j].kind == tWord {
				d.capWords = append(d.capWords, int32(j))
			}
		}
	}
	n, _ := slices.BinarySearch(d.capWords, int32(at))
	return d.capWords[:n]
}

// oneEdit reports whether a and b differ by one letter added, dropped or
// changed.
func oneEdit(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b)-len(a) > 1 || a == b {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	if len(a) == len(b) {
		return a[i+1:] == b[i+1:]
	}
	return a[i:] == b[i+1:]
}

// hasStatNoun reports a name of a source with a noun of figures in it:
// "figures from the tribunal", "the ministry's data".
func hasStatNoun(low string) bool {
	for _, w := range strings.Fields(low) {
		if statNouns[trimPossessive(w)] {
			return true
		}
	}
	return false
}

// namesBody reports a source's name with a name in it past its first
// word: "Figures from the Appeals Tribunal", not "That data".
func namesBody(name string) bool {
	w := strings.Fields(name)
	for _, x := range w[min(1, len(w)):] {
		if isUpperStart(x) {
			return true
		}
	}
	return false
}

// acronymOf reports the acronym w (lowercased) as a name of the entity
// whose lowercased "name role" is low: a word of its own there ("cgt" in
// "cgt union", not "un" in "unhcr"), and, when the entity is known by an
// acronym of its own in brackets, that one ("un" is not "un refugee
// agency (unhcr)").
func acronymOf(w, low string) bool {
	if !hasWord(low, w) {
		return false
	}
	t := strings.TrimSpace(low)
	if i := strings.LastIndexByte(t, '('); i >= 0 && strings.HasSuffix(t, ")") {
		for _, a := range strings.Split(t[i+1:len(t)-1], ", ") { // "(ocha, unocha)"
			if a == w || sameAcronym(w, "("+a+")") {
				return true
			}
		}
		return false
	}
	return true
}

// hasWord reports w in low as a word of its own, not inside another: "un"
// in "un refugee agency", not in "unhcr".
func hasWord(low, w string) bool {
	for i := 0; ; {
		j := strings.Index(low[i:], w)
		if j < 0 {
			return false
		}
		j += i
		if (j == 0 || !isWordByte(low[j-1])) && (j+len(w) == len(low) || !isWordByte(low[j+len(w)])) {
			return true
		}
		i = j + 1
	}
}

func isWordByte(c byte) bool { return 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c >= 0x80 }

// bodyOfDocument returns the name of the body that a document source
// starting at a, with no name of its own, is set off as put out by: "the
// data, refreshed by the transport ministry at dawn", "the figures, released
// by the Harbour Board".
func (d *document) bodyOfDocument(a, b int) (int, int, bool) {
	k := a
	for k <= b && d.toks[k].kind == tWord && !(d.toks[k].capital && d.sents[d.sentOf[k]].first != k) &&
		!sourceNouns[d.toks[k].low] && !dataObjects[d.toks[k].low] {
		k++ // "the latest data": no body named before the noun ("the ministry's data" names one)
	}
	last := d.sents[d.sentOf[a]].last
	if k > b || d.toks[k].capital && d.sents[d.sentOf[k]].first != k || k+3 > last ||
		d.toks[k+1].low != "," || !strings.HasSuffix(d.toks[k+2].low, "ed") || d.toks[k+3].low != "by" {
		return 0, 0, false
	}
	n0, n1, ok := d.forwardNP(k+4, last)
	if !ok || !d.toks[n1].capital || d.cls(n0)&cPronoun != 0 {
		return 0, 0, false
	}
	return n0, n1, true
}

// subjectBodyBefore returns the body (no person) that spoke as the
// subject of the sentence just before the one of the pronoun at token at,
// when every other voice of that sentence is an agent inside what it
// said ("…, confirmed by police"); -1 otherwise.
func (d *document) subjectBodyBefore(at int) int {
	sj := d.sentOf[at] - 1
	if sj < 0 || !d.sentDone[sj] || len(d.attrs[sj]) == 0 || d.sents[d.sentOf[at]].first != at {
		return -1
	}
	as := d.attrs[sj]
	a := &as[0]
	if a.ent < 0 || a.wire || a.own || a.kind != cueSpeech || a.np1 >= a.verb || d.ents[a.ent].person {
		return -1
	}
	for _, b := range as[1:] {
		if b.kind != cueAgent && b.ent != a.ent {
			return -1
		}
	}
	return a.ent
}

// issuerOf returns the speaker who issued the statement whose noun phrase
// starts at np0: "Police issued a statement saying …", "the ministry put
// out a statement estimating …"; -1 when no source issues it there.
func (d *document) issuerOf(np0 int) int {
	first := d.sents[d.sentOf[np0]].first
	v := np0 - 1
	if v > first && d.toks[v].low == "out" && d.toks[v-1].low == "put" {
		v-- // "put out a statement"
	}
	if v <= first || !dataVerbs[d.toks[v].low] && d.toks[v].low != "put" {
		return -1
	}
	n0, n1, ok := d.backwardNP(v, first)
	if !ok || d.cls(n0)&cPronoun != 0 && n0 == n1 {
		return -1
	}
	return d.speakerOf(attribution{verb: v, cue1: v, np0: n0, np1: n1, ent: -2, kind: cueSpeech})
}

// possessiveOwner returns the token of the possessive that owns the data
// noun at head, with only lowercase qualifiers between them ("the NEC's
// official preliminary results", "the board's early returns"), else -1.
func (d *document) possessiveOwner(a, head int) int {
	for k := head - 1; k >= a; k-- {
		t := &d.toks[k]
		if t.kind != tWord || t.quote != 0 {
			return -1
		}
		if trimPossessive(t.low) != t.low {
			if k == a && d.cls(k)&cPronoun != 0 {
				return -1
			}
			return k
		}
		if t.capital && d.sents[d.sentOf[k]].first != k || t.cls&cBreaker != 0 {
			return -1
		}
	}
	return -1
}

// dataIssuer returns the body that put out the figures or results named
// by [a, head] when the phrase names none itself: the subject of the
// clause that compiled them ("the opposition ran its own count, which
// showed …"), or, for figures pointed back to ("the revised figures show",
// "these results show"), the speaker who announced or published figures
// in the sentences just before. It returns -1 when there is none.
func (d *document) dataIssuer(at attribution, a, head int) int {
	for k := a; k < head; k++ {
		if t := &d.toks[k]; t.capital && d.sents[d.sentOf[k]].first != k || d.cls(k)&(cOrg|cDemonym) != 0 && !d.lx.grade[t.low] {
			return -1 // "Home Office figures", "police estimates": named by their body ("the official data" is by no one yet)
		}
	}
	si := d.sentOf[head]
	s := d.sents[si]
	for p := head + 1; p < s.last && p <= head+4; p++ {
		// "the provisional returns, released on Monday by the county
		// board": the agent that put them out.
		if agentParticiples[d.toks[p].low] {
			if k := d.skipDateAhead(p+1, s.last); k < s.last && d.toks[k].low == "by" {
				if n0, n1, ok := d.forwardNP(k+1, s.last); ok && d.cls(n0)&cPronoun == 0 && !dataNouns[d.toks[n1].low] {
					return d.speakerOf(attribution{verb: p, cue1: k, np0: n0, np1: n1, ent: -2, kind: cueAgent})
				}
			}
			break
		}
		if d.toks[p].low != "," && d.gram(p)&gBe == 0 && !agentAdverbs[d.toks[p].low] {
			break
		}
	}
	if at.verb > head && head+2 <= s.last && d.toks[head+1].low == "," && d.toks[head+2].low == "which" {
		// "X organised a parallel count, which showed": the subject that
		// made the count.
		v := at.np0 - 1
		for v > s.first && (d.cls(v)&cDeterminer != 0 || framingDeterminers[d.toks[v].low]) {
			v--
		}
		if t := &d.toks[v]; v > s.first && v < at.np0 && t.kind == tWord && !t.capital && t.cls&cBreaker == 0 {
			if n0, n1, ok := d.backwardNP(v, s.first); ok && d.cls(n0)&cPronoun == 0 {
				return d.speakerOf(attribution{verb: v, cue1: v, np0: n0, np1: n1, ent: -2, kind: cueSpeech})
			}
		}
	}
	if at.kind != cueFinding && at.kind != cueSpeech || at.verb < head {
		return -1 // "according to preliminary results": the outlet reads them itself
	}
	if !d.pointsBack(a, s.first) {
		return -1 // "Provisional results show": no figures told before
	}
	for sj := si - 1; sj >= 0 && sj >= si-carryWindow; sj-- {
		d.speakerOfSent(sj)
		for i := range d.attrs[sj] {
			if b := &d.attrs[sj][i]; b.ent >= 0 && (b.kind == cueSpeech || b.kind == cueData) && d.ents[b.ent].sp.Role != "outlet" &&
				!dataNouns[lastWordOf(strings.ToLower(d.ents[b.ent].sp.Name))] && d.dataObjectAfter(b.verb, d.sents[sj].last) {
				return b.ent // "The board announced the first results. … The revised figures show …"
			}
		}
	}
	for sj := si - 1; sj >= 0 && sj >= si-dataWindow; sj-- {
		// "the data, gathered by the board, lags …  The official data
		// shows …": the body the story said the data came from.
		for i := range d.attrs[sj] {
			if b := &d.attrs[sj][i]; b.ent >= 0 && b.kind == cueAgent && d.dataBeforeAgent(b.verb, d.sents[sj].first) {
				return b.ent
			}
		}
	}
	return -1
}

// dataBeforeAgent reports data right before the participle v whose agent
// speaks: "the figures compiled by", "the data, collected by", "returns
// are gathered by".
func (d *document) dataBeforeAgent(v, first int) bool {
	k := v - 1
	for k > first && v-k <= 2 && (d.toks[k].low == "," || d.cls(k)&cAux != 0) {
		k--
	}
	return k >= first && d.toks[k].kind == tWord && d.toks[k].quote == 0 && (d.cls(k)&cDataObject != 0 || dataNouns[d.toks[k].low])
}

// pointsBack reports "the" or a demonstrative before the qualifiers
// that lead to token a: "the revised figures", "these first results".
func (d *document) pointsBack(a, first int) bool {
	for j := a; j >= first && a-j < 4; j-- {
		t := &d.toks[j]
		if t.kind != tWord || t.quote != 0 {
			return false
		}
		if t.low == "the" || demonstratives[t.low] {
			return true
		}
		if t.capital && j != first || t.cls&cBreaker != 0 || j < a && d.cls(j)&(cOrg|cTitle) != 0 && t.low != "official" {
			return false
		}
	}
	return false
}

// namedIssuer returns the capitalised name that qualifies a statement or
// a letter [a, b] with no possessive: "the Houthis statement", "a Kremlin
// statement" (not "the statement", nor "a joint statement").
func (d *document) namedIssuer(a, b int) (int, int, bool) {
	n0, n1 := -1, -1
	for k := a; k < b; k++ {
		t := &d.toks[k]
		if t.kind != tWord || t.quote != 0 {
			return 0, 0, false
		}
		if t.capital && d.sents[d.sentOf[k]].first != k {
			if n0 < 0 {
				n0 = k
			}
			n1 = k
		} else if n0 >= 0 {
			return 0, 0, false // "the Kremlin press statement": a name and then more
		}
	}
	return n0, n1, n0 >= 0 && n1 == b-1
}
