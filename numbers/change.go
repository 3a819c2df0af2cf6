package numbers

import (
	"strings"

	"github.com/crosscheck/crosscheck/claims"
)

// The change stage: whether a figure states a change ("rose 5%", "fell by
// 3 points", "up 41.2 points", "a 20% increase", "an increase of 20%")
// rather than a level ("rose to 211", "211"). The cue words stand outside
// the figure's span; the direction goes in Quantity.Change. "rose by 11 to
// 211" is two figures, a change and a level, not a range (see
// changeRange); "rose from 200 to 211" is a range of levels, and so is
// "fell from 211 to 200".

// The strength of a change cue.
const (
	cueNone   = iota
	cueStrong // a change whatever the figure: "rose", "fell", "increase"
	cueShare  // a change only before a share, points or "by": "cut", "raised"
	cueMoney  // a change before a share, points, money or "by": "gained", "lost"
)

type changeCue struct {
	dir      claims.Direction
	strength uint8
}

// changeVerbs are the verbs (and "up", "down") whose object, directly or
// after "by", is the amount of a change.
var changeVerbs = map[string]changeCue{}

// changeNouns are the nouns after a figure ("a 20% increase", "a 3-point
// drop") or before "of" ("an increase of 20%") that make it a change.
var changeNouns = map[string]changeCue{}

func init() {
	add := func(m map[string]changeCue, d claims.Direction, strength uint8, words string) {
		w := ""
		for k := 0; k <= len(words); k++ {
			if k == len(words) || words[k] == ' ' || words[k] == '\n' || words[k] == '\t' {
				if w != "" {
					m[w] = changeCue{d, strength}
				}
				w = ""
				continue
			}
			w += words[k : k+1]
		}
	}
	add(changeVerbs, claims.Up, cueStrong, `rose rise rises rising risen increased increases increasing
		climbed climb climbs climbing jumped jump jumps jumping grew grow grows growing grown soared soar soars
		soaring surged surge surges surging rallied rally rallies rallying spiked spikes spiking advanced advance advances
		advancing leapt leaped leaps leaping rocketed rocketing skyrocketed skyrocketing swelled swells swelling
		ballooned ballooning expanded expands expanding widened widening up`)
	add(changeVerbs, claims.Down, cueStrong, `fell fall falls falling fallen decreased decreases decreasing
		dropped drop drops dropping declined decline declines declining slid slide slides sliding slipped slip
		slips plunged plunge plunges plunging plummeted plummet plummets plummeting tumbled tumble tumbles sank sink sinks
		sunk sinking dipped dip dips dipping shrank shrink shrinks shrunk shrinking slumped slump slumps
		retreated retreats retreating tanked tanking contracted contracts contracting dwindled dwindling down
		eased eases easing`)
	add(changeVerbs, claims.Up, cueMoney, `gained gain gains gaining added adds`)
	add(changeVerbs, claims.Down, cueMoney, `lost lose loses losing shed sheds shedding`)
	add(changeVerbs, claims.Up, cueShare, `raised raise raises boosted boost boosts lifted lift lifts hiked hike
		hikes increase upward`)
	add(changeVerbs, claims.Down, cueShare, `cut cuts lowered lower lowers reduced reduce reduces slashed slash
		slashes trimmed trim trims decrease downward`)
	add(changeNouns, claims.Up, cueStrong, `increase increases rise rises jump jumps hike hikes surge surges
		gain gains growth climb uptick boost expansion`)
	add(changeNouns, claims.Down, cueStrong, `decrease decreases decline declines drop drops fall falls
		cut cuts reduction slump slide dip plunge contraction downturn`)
	add(changeNouns, claims.Down, cueShare, `loss losses`)
}

// beforeFilter rules out most words before a figure that can be no cue
// (the change verbs and "to", "from", "at", "of", "by"), afterFilter most
// words after it (the change nouns and "higher", "lower", "up", "down").
var beforeFilter, afterFilter, nounFilter *wordFilter

func init() {
	before := map[string]bool{"to": true, "from": true, "at": true, "of": true, "by": true}
	for w := range changeVerbs {
		before[w] = true
	}
	after := map[string]bool{"higher": true, "lower": true, "up": true, "down": true}
	for w := range changeNouns {
		after[w] = true
	}
	beforeFilter, afterFilter, nounFilter = newFilter(before), newFilter(after), newFilter(changeNouns)
}

// upParticleVerbs are verbs that take "up" or "down" as their particle:
// "set up 14 field hospitals", "picked up 58 migrants", "shot down 12
// drones". After them "up" and "down" state no change.
var upParticleVerbs = map[string]bool{}

func init() {
	for _, w := range []string{"set", "sets", "setting", "pick", "picks", "picked", "picking", "take", "takes",
		"took", "taken", "taking", "make", "makes", "made", "making", "put", "puts", "putting", "build", "builds",
		"built", "building", "draw", "draws", "drew", "drawn", "back", "backed", "give", "gave", "given", "gives",
		"line", "lined", "step", "stepped", "sign", "signed", "round", "rounded", "rack", "racked", "dig", "dug",
		"bring", "brings", "brought", "scale", "scaled", "turn", "turned", "show", "showed", "hold", "held",
		"tie", "tied", "break", "broke", "shut", "knock", "knocked", "wrap", "wrapped", "pass", "passed", "shot", "shoot", "shoots", "hunt", "hunted", "track", "tracked", "tore", "tear",
		"pull", "pulled", "strike", "struck", "vote", "voted", "write", "wrote", "written", "lay", "laid",
		"hand", "handed", "cut", "cutting", "mop", "mopped", "sum", "summed", "crack", "cracked", "clamp",
		"clamped", "narrow", "narrowed", "slow", "slowed", "calm", "calmed", "beat", "beaten"} {
		upParticleVerbs[w] = true
	}
}

// levelHedges are the first words of a hedge that, after a change verb,
// make the figure a level passed rather than an amount: "fell below 6%",
// "rose above 40". A hedge that points one way is a level passed only after
// a move that way: "rose under 4%" and "fell over 10%" say how far a share,
// an amount of money or a measure moved (less than 4%, more than 10%), as
// no rise passes a level downwards ("fell over 3 times" keeps its verb).
// Level marks the words that are a level after a move either way.
var levelHedges = map[string]claims.Direction{"below": claims.Down, "under": claims.Down, "beneath": claims.Down,
	"above": claims.Up, "past": claims.Up, "beyond": claims.Up, "over": claims.Up,
	"to": claims.Level, "from": claims.Level, "between": claims.Level}

// changeAround returns the direction of change the words around n give it,
// or claims.Level.
func (sc *scanner) changeAround(n *Number) claims.Direction {
	share := n.Class == Percentage || n.UnitCode == "point" || n.UnitCode == "bp" || n.Class == Ratio
	// A share written with a plus sign, as market lists write a gain:
	// "Dow +0.2%", "+15 basis points".
	if st := n.Span.Start; share && n.Class != Ratio && st > 0 && sc.s[st-1] == '+' && (st == 1 || !isAlnum(sc.s[st-2])) {
		return claims.Up
	}
	// And one written with a minus sign after a name in such a list, as
	// they write a loss: "CAC -0.8%" (the value keeps its sign).
	if st := n.Span.Start; share && n.Class != Ratio && sc.s[st] == '-' && st > 1 && sc.s[st-1] == ' ' && sc.listedName(st-1) {
		return claims.Down
	}
	// A measure ("lost 5 kg", "gains 286 gigatonnes") changes as money does.
	money := n.Class == Money || n.Class == Count && n.UnitCode != "" && n.UnitCode != "point"
	// Before: "rose 5%", "fell by 3 points", "up 41.2", "an increase of 20%".
	var pw word
	if ps, pe := sc.prevSpan(n.Span.Start); beforeFilter.mayAt(sc.s, ps, pe) || pe-ps <= 2 && sc.s[ps]|0x20 == 'a' {
		pw = sc.wordAt(ps)
	}
	if pw.n > 0 && beforeFilter.may(&pw) && sc.spaceAt(pw.end) == n.Span.Start {
		switch {
		case pw.is("to") || pw.is("from") || pw.is("at"):
			return claims.Level // "rose to 211", "up from 91%"
		case pw.is("of"):
			if cs, ce := sc.prevSpan(pw.start); !nounFilter.mayAt(sc.s, cs, ce) {
				return claims.Level
			}
			cue := sc.prevWord(pw.start)
			if c, ok := changeNouns[string(cue.low[:cue.n])]; ok && cue.n > 0 && (c.strength == cueStrong || share) {
				return c.dir
			}
			return claims.Level
		case pw.is("by"):
			// "rose by 11", "cut rates by 25 basis points", "rose
			// sharply, by 40%": a change verb up to four words back.
			if d, ok := sc.verbBefore(pw.start); ok {
				return d
			}
			if sc.gapped(pw.start) {
				// "Ross was down 2.3%, Burlington by 2.6%": the verb of the
				// change just before, left out.
				return sc.lastChange
			}
		default:
			if c, ok := changeVerbs[string(pw.low[:pw.n])]; ok {
				if first := sc.wordAt(n.Span.Start); first.n > 0 {
					if d, ok := levelHedges[string(first.low[:first.n])]; ok && (d == claims.Level || d == c.dir || !share && !money) {
						return claims.Level // "fell below 6%"
					}
				}
				if pw.is("up") || pw.is("down") {
					if sc.particle(&pw) {
						return claims.Level // "picked up 58 migrants"
					}
					return c.dir
				}
				if c.strength != cueStrong && sc.ofThe(n) {
					// "gained 80 percent of the vote": a share of a whole
					// won, not a change ("lost a fifth of its value" is one).
					return claims.Level
				}
				if c.strength == cueStrong || share || money && c.strength == cueMoney {
					return c.dir
				}
			}
		}
	}
	// After: "a 20% increase", "5% higher", "a 3-point drop", "a 9% pay rise".
	e := n.Span.End
	if n.Unit != "" && n.Class == Count && sc.unitEnd > e {
		e = sc.unitEnd // read by attachUnit
	}
	var nw word
	if e+1 < len(sc.s) && sc.s[e] == '-' && isLetter(sc.s[e+1]) {
		nw = sc.wordAt(e + 1)
		if nw.is("point") || nw.is("percent") {
			share = true
			if nw.end >= len(sc.s) || sc.s[nw.end] != ' ' {
				return claims.Level
			}
			nw = sc.nextWord(nw.end)
		}
	} else if ns, ne := sc.nextSpan(e); afterFilter.mayAt(sc.s, ns, ne) || pw.n <= 2 && pw.n > 0 && pw.low[0] == 'a' {
		nw = sc.wordAt(ns)
	}
	if nw.n == 0 || !afterFilter.may(&nw) && !(pw.n <= 2 && pw.low[0] == 'a' && (pw.is("a") || pw.is("an"))) {
		return claims.Level
	}
	switch {
	case nw.is("higher") || nw.is("up"):
		if n.Class != Count || share {
			return claims.Up
		}
		return claims.Level
	case nw.is("lower") || nw.is("down"):
		if n.Class != Count || share {
			return claims.Down
		}
		return claims.Level
	}
	if c, ok := changeNouns[string(nw.low[:nw.n])]; ok && (c.strength == cueStrong || share) {
		return c.dir
	}
	// One word between, after "a": "a 9% pay rise", "a 5% price increase".
	if pw.is("a") || pw.is("an") {
		if nw2 := sc.nextWord(nw.end); nw2.n > 0 {
			if c, ok := changeNouns[string(nw2.low[:nw2.n])]; ok && c.strength == cueStrong && !isUpper(sc.s[nw.start]) {
				return c.dir
			}
		}
	}
	return claims.Level
}

// listedName reports whether the token ending at k is the name of an
// index or a stock as a market list writes it: a capitalized word or a
// number ("DAX", "Stoxx 50").
func (sc *scanner) listedName(k int) bool {
	s := sc.s
	j := k
	for j > 0 && isAlnum(s[j-1]) && k-j < 12 {
		j--
	}
	return j < k && (j == 0 || !isAlnum(s[j-1])) && (isUpper(s[j]) || isDigit(s[j]) && isDigit(s[k-1]))
}

// ofThe reports whether "of the" follows n (and its unit of measure).
func (sc *scanner) ofThe(n *Number) bool {
	e := n.Span.End
	if n.Unit != "" && n.Class == Count && sc.unitEnd > e {
		e = sc.unitEnd
	}
	nw := sc.nextWord(e)
	return nw.is("of") && sc.nextWordIs(nw.end, "the")
}

// verbBefore looks back from "by" at i for a change verb, over at most
// four words and one comma ("cut rates by", "lift the minimum wage by",
// "rose sharply, by"), and returns its direction.
func (sc *scanner) verbBefore(i int) (claims.Direction, bool) {
	s := sc.s
	k := i
	for words := 0; words < 5; words++ {
		j := k
		for j > 0 && s[j-1] == ' ' {
			j--
		}
		if j > 0 && s[j-1] == ',' && words == 0 {
			j--
		}
		pw := sc.wordBefore(j)
		if pw.n == 0 {
			return claims.Level, false
		}
		if c, ok := changeVerbs[string(pw.low[:pw.n])]; ok {
			if (pw.is("up") || pw.is("down")) && sc.particle(&pw) {
				return claims.Level, false
			}
			return c.dir, true
		}
		k = pw.start
	}
	return claims.Level, false
}

// gapped reports whether only a name stands between the change emitted
// just before and the "by" at k, after a comma or "and": "X fell 2%, Y by
// 3%", "X rose 5% and Y by 4%", where the second clause leaves out the verb
// ("rose 5%, helped by 3 new stores" names nothing and keeps its level).
func (sc *scanner) gapped(k int) bool {
	s := sc.s
	j := sc.lastEnd
	if sc.lastChange == claims.Level || j >= k || k-j > 40 {
		return false
	}
	switch {
	case strings.HasPrefix(s[j:k], ", and "):
		j += 6
	case strings.HasPrefix(s[j:k], ", "):
		j += 2
	case strings.HasPrefix(s[j:k], " and "):
		j += 5
	default:
		return false
	}
	// One to three capitalized words, one space apart, then the space
	// before "by"; "the" may begin them ("the Hang Seng by 0.8%").
	if strings.HasPrefix(s[j:k], "the ") {
		j += 4
	}
	for words := 0; ; words++ {
		if words == 3 || j >= k || !isUpper(s[j]) {
			return false
		}
		for j < k && (isAlnum(s[j]) || s[j] == '&' || s[j] == '.' || s[j] == '\'') {
			j++
		}
		if j == k-1 && s[j] == ' ' {
			return true
		}
		if j >= k || s[j] != ' ' {
			return false
		}
		j++
	}
}

// wordBefore returns the word that ends exactly at j, or an empty word.
func (sc *scanner) wordBefore(j int) word {
	s := sc.s
	k := j
	for k > 0 && isLetter(s[k-1]) && j-k <= 16 {
		k--
	}
	if k == j || (k > 0 && isDigit(s[k-1])) {
		return word{start: j, end: j}
	}
	return sc.wordAt(k)
}

// particle reports whether "up" or "down" at w is the particle of the verb
// before it ("set up", "shot down").
func (sc *scanner) particle(w *word) bool {
	before := sc.prevWord(w.start)
	return before.n > 0 && upParticleVerbs[string(before.low[:before.n])] && sc.spaceAt(before.end) == w.start
}

// changeRange reports whether the range q read at i is a change and a
// level run together after a change verb ("rose by 11 to 211", "fell 0.3
// percentage points to 4.1%"): the upper end is at least four times the
// lower, where a range of changes is not ("raised by 10 to 15 percent").
// It then returns the end of the first figure, where the scanner reads on.
// "rose from 300 to 450" stays a range.
func (sc *scanner) changeRange(i int, q *claims.Quantity) (int, bool) {
	if q.Qualifier != claims.Range || !q.Upper.Set {
		return 0, false
	}
	s := sc.s
	if w := sc.wordAt(i); w.is("from") || w.is("between") {
		return 0, false
	}
	// "a cap of 10 per cent to 23.41 yuan": a share, then an amount of
	// money or a measure after "to" is a level reached, not the range's
	// other end, whatever the verb.
	if shareThenLevel(q.Text) {
		if w := sc.nextWord(i + len(q.Text)); w.n > 0 && (currencyWord(&w, s) || measureUnits[string(w.low[:w.n])] != "") {
			if k := strings.Index(q.Text, " to "); k > 0 {
				return i + k, true
			}
		}
	}
	pw := sc.prevWord(i)
	if pw.is("by") {
		if _, ok := sc.verbBefore(pw.start); !ok {
			return 0, false
		}
	} else if c, ok := changeVerbs[string(pw.low[:pw.n])]; !ok || pw.n == 0 || c.strength != cueStrong && !shareThenLevel(q.Text) {
		return 0, false
	} else if (pw.is("up") || pw.is("down")) && sc.particle(&pw) {
		return 0, false
	}
	four, err := q.Lower.Value.Mul(claims.DecimalOf(4))
	if err != nil || q.Lower.Value.Sign() <= 0 || q.Upper.Value.Cmp(four) < 0 {
		return 0, false
	}
	// The first figure ends where " to " begins.
	t := s[i : i+len(q.Text)]
	for k := 0; k+4 <= len(t); k++ {
		if t[k] == ' ' && (t[k+1]|0x20) == 't' && (t[k+2]|0x20) == 'o' && t[k+3] == ' ' {
			return i + k, true
		}
	}
	return 0, false
}

// shareThenLevel reports whether the range t is a share and then a figure
// that is not one ("1.2 percent to 4,118.35"), as after a verb of gain or
// loss ("added 1.2 percent to 4,118.35"): a change, then a level.
func shareThenLevel(t string) bool {
	k := strings.Index(t, " to ")
	if k < 0 {
		return false
	}
	a, b := t[:k], t[k+4:]
	share := func(x string) bool {
		return strings.HasSuffix(x, "%") || strings.HasSuffix(x, "percent") || strings.HasSuffix(x, "per cent") ||
			strings.HasSuffix(x, "points") || strings.HasSuffix(x, "point")
	}
	return share(a) && !share(b)
}

// grouped reports a figure after the " to " of a range text written with
// separators between groups of digits ("4,512", "4.512"), as no year is.
func grouped(text string) bool {
	_, b, ok := strings.Cut(text, " to ")
	for k := 1; ok && k+3 < len(b); k++ {
		if (b[k] == ',' || b[k] == '.') && isDigit(b[k-1]) && isDigit(b[k+1]) && isDigit(b[k+2]) && isDigit(b[k+3]) {
			return true
		}
	}
	return false
}

// yearThenTo reports where a year ends when the range q read at i is a year
// and a figure of another kind after "to": "sales climbed 45% in 2019 to 2.6
// million" is the year 2019 and the level 2.6 million, not a range from
// 2018. A range of years ("from 2018 to 2020") stays one.
func (sc *scanner) yearThenTo(i int, q *claims.Quantity) (int, bool) {
	s := sc.s
	if q.Qualifier != claims.Range || i+8 > len(s) || !isDigit(s[i]) {
		return 0, false
	}
	if !(isDigit(s[i+1]) && isDigit(s[i+2]) && isDigit(s[i+3]) && s[i+4] == ' ') {
		return 0, false
	}
	if y := atoi(s[i : i+4]); y < 1800 || y > 2100 || isYearText(*q) {
		return 0, false
	}
	if w := sc.wordAt(i + 5); !w.is("to") {
		return 0, false
	}
	if pw := sc.prevWord(i); !pw.is("in") && !pw.is("since") && !pw.is("by") && !(pw.is("for") && grouped(q.Text)) {
		// "the count for 2023 to 4,512": after "for", a year only before a
		// figure written with separators, as no year is ("for 1900 to 2500
		// euros" is a range).
		return 0, false
	}
	return i + 4, true
}
