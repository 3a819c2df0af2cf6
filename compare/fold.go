package compare

import (
	"slices"

	"github.com/crosscheck/crosscheck/claims"
)

// One discrepancy, one finding. A figure that is wrong (a stale running
// total, a slip of a digit) can make several rules speak about the same
// claims: 3,600 against handovers that add up to 6,060 is an arithmetic
// finding, against 6,060 of the same day a conflict, against 6,060 of the
// day before a regression. After a group's rules have run, its serious
// findings (not for review) of the types below are folded: two of
// different types are one discrepancy when their claims are the same or
// one's claims are all among the other's, and a fold gathers every finding
// that is one discrepancy with one of its own. The fold is reported as the
// finding of the type that reads the discrepancy best, in this precedence:
//
//	regression > conflict > arithmetic > jump
//
// A figure below an earlier running total says most plainly what is wrong
// (a stale or mistaken total); a conflict sets two figures of one day
// against each other; an arithmetic finding needs the events and their sum;
// a jump is a rise a report leaves unexplained, the least of them. The
// finding reported keeps its own sentence, claims, arithmetic and
// instances, takes the highest severity of the fold, and lists the folded
// findings, each with its type, sentence and claims, in Also.
//
// Two findings that only share some claims are not one discrepancy (a
// conflict of 6,057 and 6,060 on one day and the fall from 6,060 to 5,990
// two days later are two), unless a finding that holds both folds them
// together. A finding of several instances folds only when each instance
// is told by another finding of the group as well (its own claims, those
// its other instances do not share, are among that finding's): otherwise
// it reports something the fold would hide. The other types (imbalance,
// shortfall, exceeds, drift, revision, …) report discrepancies of their own
// and never fold, nor do the findings for review or users' rules.

// foldRank is the precedence of a type in a fold: higher reads a
// discrepancy better; 0 for the types that never fold.
func foldRank(t Type) int {
	switch t {
	case Regression:
		return 4
	case Conflict:
		return 3
	case Arithmetic:
		return 2
	case Jump:
		return 1
	}
	return 0
}

// A Related finding is one folded into a Finding (see Finding.Also): a
// finding of another type about the same discrepancy.
type Related struct {
	Type Type
	// Explanation is the folded finding's sentence.
	Explanation string
	// Claims are the folded finding's claims, the ones its sentence names
	// first; like Finding.Claims they point at the claims checked.
	Claims []*claims.Claim
}

// foldable reports whether a built-in rule's finding waits for the fold.
func foldable(f *Finding) bool { return foldRank(f.Type) > 0 && !f.ForReview() }

// flushFolds emits the group's findings held for the fold (e.pend), folded.
func (e *engine) flushFolds(emit func(Finding)) {
	fs := e.pend
	if len(fs) > 1 && !oneType(fs) {
		e.fold(fs, emit)
	} else {
		for i := range fs {
			emit(fs[i])
		}
	}
	clear(fs)
	e.pend = fs[:0]
}

func oneType(fs []Finding) bool {
	for i := 1; i < len(fs); i++ {
		if fs[i].Type != fs[0].Type {
			return false
		}
	}
	return true
}

// fold emits fs folded. Survivors are taken in order of precedence (then
// as the rules gave them); each gathers, until none is left to gather, the
// findings of types it does not hold yet that are one discrepancy with one
// of its fold.
func (e *engine) fold(fs []Finding, emit func(Finding)) {
	n := len(fs)
	order := append(e.foldOrder[:0], make([]int32, n)...)
	into := append(e.foldInto[:0], make([]int32, n)...)
	for i := range order {
		order[i] = int32(i)
		into[i] = -1 // not folded yet
	}
	slices.SortStableFunc(order, func(a, b int32) int { return foldRank(fs[b].Type) - foldRank(fs[a].Type) })
	folds := false
	for _, s := range order {
		if into[s] >= 0 {
			continue
		}
		into[s] = s
		held := 1 << foldRank(fs[s].Type)
		for grew := true; grew; {
			grew = false
			for _, c := range order {
				if into[c] >= 0 || held&(1<<foldRank(fs[c].Type)) != 0 || !joins(fs, into, s, c) || !toldElsewhere(fs, int(c)) {
					continue
				}
				into[c] = s
				held |= 1 << foldRank(fs[c].Type)
				grew, folds = true, true
			}
		}
	}
	for i := range fs {
		switch s := into[i]; {
		case s != int32(i):
			// folded into s
		case !folds:
			emit(fs[i])
		default:
			emit(folded(fs, order, into, i))
		}
	}
	e.foldOrder, e.foldInto = order[:0], into[:0]
}

// joins reports whether fs[c] is one discrepancy with a finding of the fold
// of fs[s].
func joins(fs []Finding, into []int32, s, c int32) bool {
	for m := range fs {
		if into[m] == s && sameDiscrepancy(fs[m].Claims, fs[c].Claims) {
			return true
		}
	}
	return false
}

// sameDiscrepancy reports whether one of a and b holds every claim of the
// other.
func sameDiscrepancy(a, b []*claims.Claim) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	for _, c := range a {
		if !slices.Contains(b, c) {
			return false
		}
	}
	return len(a) > 0
}

// toldElsewhere reports whether fs[c] may fold: it is of one instance, or
// each of its instances has a claim of its own (one its other instances
// lack) that another finding of fs holds.
func toldElsewhere(fs []Finding, c int) bool {
	f := &fs[c]
	if len(f.Instances) < 2 {
		return true
	}
	for k, in := range f.Instances {
		told := false
		for _, i := range in.Claims {
			if i < 0 || i >= len(f.Claims) || inEvery(f.Instances, k, i) {
				continue
			}
			for j := range fs {
				if j != c && slices.Contains(fs[j].Claims, f.Claims[i]) {
					told = true
					break
				}
			}
			if told {
				break
			}
		}
		if !told {
			return false
		}
	}
	return true
}

// inEvery reports whether claim i is in every instance other than k.
func inEvery(ins []Instance, k, i int) bool {
	for j, in := range ins {
		if j != k && !slices.Contains(in.Claims, i) {
			return false
		}
	}
	return true
}

// folded returns fs[s] with the findings folded into it.
func folded(fs []Finding, order, into []int32, s int) Finding {
	f := fs[s]
	for _, m := range order {
		if into[m] != int32(s) || int(m) == s {
			continue
		}
		g := &fs[m]
		f.Severity = max(f.Severity, g.Severity)
		f.Also = append(f.Also, Related{Type: g.Type, Explanation: g.Explanation, Claims: g.Claims})
	}
	return f
}
