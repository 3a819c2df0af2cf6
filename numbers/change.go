package numbers

import "github.com/crosscheck/crosscheck/claims"

// The change stage: whether a figure states a change ("rose 5%", "fell by
// 3 points", "up 41.2 points", "a 20% increase", "an increase of 20%")
// rather than a level ("rose to 211", "211"). The cue words stand outside
// the figure's span; the direction goes in Quantity.Change. A change verb
// before "from X to Y" or "by X to Y" makes two figures, not a range: "rose
// from 200 to 211" is two levels, "rose by 11 to 211" a change and a level.

// The strength of a change cue.
const (
	cueNone   = iota
	cueStrong // a change whatever the figure: "rose", "fell", "increase"
	cueShare  // a change only before a share, points or "by": "gained", "lost", "cut"
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
		soaring surged surge surges surging rallied rally rallies spiked advanced advances leapt leaped leaps
		rocketed skyrocketed swelled swells ballooned expanded expands widened up`)
	add(changeVerbs, claims.Down, cueStrong, `fell fall falls falling fallen decreased decreases decreasing
		dropped drop drops dropping declined decline declines declining slid slide slides sliding slipped slip
		slips plunged plunge plunges plunging plummeted plummet plummets tumbled tumble tumbles sank sink sinks
		sunk dipped dip dips shrank shrink shrinks shrunk slumped slump slumps retreated tanked contracted
		contracts dwindled down eased`)
	add(changeVerbs, claims.Up, cueShare, `gained gain gains added adds raised raise raises boosted lifted hiked
		increase`)
	add(changeVerbs, claims.Down, cueShare, `lost lose loses shed sheds cut cuts lowered lowers reduced reduces
		slashed slashes trimmed trims decrease`)
	add(changeNouns, claims.Up, cueStrong, `increase increases rise rises jump jumps hike hikes surge surges
		gain gains growth climb uptick boost expansion`)
	add(changeNouns, claims.Down, cueStrong, `decrease decreases decline declines drop drops fall falls
		cut cuts reduction slump slide dip plunge contraction downturn`)
	add(changeNouns, claims.Down, cueShare, `loss losses`)
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
		"tie", "tied", "break", "broke", "shut", "knock", "knocked", "wrap", "wrapped", "pass", "passed",
		"stay", "stayed", "shot", "shoot", "shoots", "hunt", "hunted", "track", "tracked", "tore", "tear",
		"pull", "pulled", "strike", "struck", "vote", "voted", "write", "wrote", "written", "lay", "laid",
		"hand", "handed", "cut", "cutting", "mop", "mopped", "sum", "summed", "end", "ended", "wind", "wound",
		"crack", "cracked", "clamp", "clamped", "narrow", "narrowed", "slow", "slowed", "calm", "calmed",
		"sit", "sat", "stand", "stood", "come", "came", "go", "went", "run", "ran", "beat", "beaten"} {
		upParticleVerbs[w] = true
	}
}

// changeAround returns the direction of change the words around n give it,
// or claims.Level.
func (sc *scanner) changeAround(n *Number) claims.Direction {
	share := n.Class == Percentage || n.UnitCode == "point" || n.UnitCode == "bp" || n.Class == Ratio
	// Before: "rose 5%", "fell by 3 points", "up 41.2", "an increase of 20%".
	pw := sc.prevWord(n.Span.Start)
	if pw.n > 0 && pw.end == n.Span.Start-1 || pw.n > 0 && pw.end < n.Span.Start && sc.spaceAt(pw.end) == n.Span.Start {
		by := pw.is("by")
		if by || pw.is("of") {
			cue := sc.prevWord(pw.start)
			if c, ok := changeNouns[string(cue.low[:cue.n])]; ok && cue.n > 0 && (c.strength == cueStrong || share) {
				return c.dir
			}
			if !by {
				return claims.Level
			}
			pw = cue
		}
		if c, ok := changeVerbs[string(pw.low[:pw.n])]; ok && pw.n > 0 {
			if pw.is("up") || pw.is("down") {
				before := sc.prevWord(pw.start)
				if before.n > 0 && upParticleVerbs[string(before.low[:before.n])] && sc.spaceAt(before.end) == pw.start {
					return claims.Level
				}
				return c.dir
			}
			if c.strength == cueStrong || share || by {
				return c.dir
			}
		}
	}
	// After: "a 20% increase", "5% higher", "a 3-point drop".
	e := n.Span.End
	if n.Unit != "" && n.Class == Count {
		if _, _, end := sc.unitAfter(e); end > e {
			e = end
		}
	}
	var nw word
	if e+1 < len(sc.s) && sc.s[e] == '-' && isLetter(sc.s[e+1]) {
		nw = sc.wordAt(e + 1)
		if nw.is("point") || nw.is("percent") || nw.is("per") {
			share = true
			nw = sc.wordAt(nw.end + 1)
			if nw.start > len(sc.s) || nw.start-1 < 0 || (sc.s[nw.start-1] != ' ' && sc.s[nw.start-1] != '-') {
				return claims.Level
			}
		}
	} else {
		nw = sc.nextWord(e)
	}
	if nw.n == 0 {
		return claims.Level
	}
	if nw.is("higher") || nw.is("up") {
		if n.Class != Count || share {
			return claims.Up
		}
		return claims.Level
	}
	if nw.is("lower") || nw.is("down") {
		if n.Class != Count || share {
			return claims.Down
		}
		return claims.Level
	}
	if c, ok := changeNouns[string(nw.low[:nw.n])]; ok && (c.strength == cueStrong || share) {
		return c.dir
	}
	return claims.Level
}

// changeRange reports whether the range q read at i follows a change verb
// ("rose from 200 to 211", "rose by 11 to 211") and then returns the end
// of its first figure, where the scanner reads on: the two ends are two
// figures, not a range.
func (sc *scanner) changeRange(i int, q claims.Quantity) (int, bool) {
	if q.Qualifier != claims.Range {
		return 0, false
	}
	s := sc.s
	pw := sc.prevWord(i)
	start := i
	if w := sc.wordAt(i); w.is("from") {
		start = sc.spaceAt(w.end)
	} else if pw.is("by") {
		pw = sc.prevWord(pw.start)
	} else {
		return 0, false
	}
	if _, ok := changeVerbs[string(pw.low[:pw.n])]; !ok || pw.n == 0 {
		return 0, false
	}
	// The first figure ends where " to " begins.
	t := s[start : i+len(q.Text)]
	for k := 0; k+4 <= len(t); k++ {
		if t[k] == ' ' && (t[k+1]|0x20) == 't' && (t[k+2]|0x20) == 'o' && t[k+3] == ' ' {
			return start + k, true
		}
	}
	return 0, false
}
