package compare

import (
	"cmp"
	"slices"
	"strings"

	"github.com/crosscheck/crosscheck/claims"
)

// A DocRule looks for one kind of finding among the claims of one
// document: figures of different groups (a combined count and its parts,
// the shares of one vote) that one report gives and that cannot all hold.
// The built-in ones (DefaultDocRules) implement it the same way a user's
// does. Check runs the document rules after the group rules.
//
// Check is called once per document and may be called for different
// documents at the same time, so a DocRule must not keep state between
// calls nor change the Document or its claims. It reports each finding by
// calling emit, which fills in Rule when it is empty.
type DocRule interface {
	// Name is a short lowercase name, unique among the rules of one Check.
	Name() string
	Check(d *Document, emit func(Finding))
}

// DefaultDocRules returns a new slice of the built-in document rules:
// combined (a count of two measures at once against its parts), breakdown
// (the parts of a whole that add up to more than it), shares (the shares
// of one whole that add up to more than all of it) and share-of (a
// party's share against its count over the whole).
func DefaultDocRules() []DocRule {
	return []DocRule{combinedRule{}, breakdownRule{}, sharesRule{}, shareOfRule{}}
}

// A Document is the claims of one report (one Source.Document), in the
// order of their places in it.
type Document struct {
	Name   string
	Claims []*claims.Claim
	e      *engine
	pairs  map[docPair]bool
}

// Interval returns the interval q stands for under the tolerance of the
// Check (see Group.Interval).
func (d *Document) Interval(q claims.Quantity) (lo, hi claims.Bound) {
	return d.e.interval(&q, d.e.tol)
}

// CheckDocuments runs the document rules of opts over the claims of each
// document in cs, as Check does after its group rules, and returns their
// findings in Check's order. It is for spreading the work: the union of
// CheckGroup over every group and CheckDocuments over every document (each
// document's claims all in one call), put in order with SortFindings, is
// what Check returns.
func CheckDocuments(cs []claims.Claim, opts Options) []Finding {
	e := newEngine(opts)
	var out []Finding
	e.checkDocuments(cs, func(f Finding) { out = append(out, f) })
	SortFindings(out)
	return out
}

// docRules returns the document rules to run.
func (e *engine) docRules() []DocRule {
	if e.docs == nil {
		return DefaultDocRules()
	}
	return e.docs
}

// checkDocuments runs the document rules over each document of cs. When
// only built-in rules run, only the documents that hold a claim one of them
// starts from (docTrigger) are gathered, so that the pass costs one look at
// each claim where a corpus gives no combined count and no share, and none
// after Check's grouping, which lists those claims as it reads them.
func (e *engine) checkDocuments(cs []claims.Claim, emit func(Finding)) {
	rules := e.docRules()
	if len(rules) == 0 {
		return
	}
	builtinOnly := true
	for _, r := range rules {
		if _, ok := r.(builtinDocRule); !ok {
			builtinOnly = false
		}
	}
	var idx []int32
	if builtinOnly {
		var docs map[string]bool
		if e.triggersKnown {
			// Check's grouping has found them.
			for _, i := range e.triggered {
				if docs == nil {
					docs = map[string]bool{}
				}
				docs[cs[i].Source.Document] = true
			}
		} else {
			for i := range cs {
				if docTrigger(&cs[i]) {
					if docs == nil {
						docs = map[string]bool{}
					}
					docs[cs[i].Source.Document] = true
				}
			}
		}
		if docs == nil {
			return
		}
		for i := range cs {
			if docs[cs[i].Source.Document] {
				idx = append(idx, int32(i))
			}
		}
	} else {
		idx = make([]int32, len(cs))
		for i := range idx {
			idx[i] = int32(i)
		}
	}
	if len(idx) == 0 {
		return
	}
	slices.SortStableFunc(idx, func(i, j int32) int {
		a, b := &cs[i], &cs[j]
		if c := strings.Compare(a.Source.Document, b.Source.Document); c != 0 {
			return c
		}
		if c := cmp.Compare(a.QuantitySpan.Start, b.QuantitySpan.Start); c != 0 {
			return c
		}
		return cmp.Compare(a.Evidence.Start, b.Evidence.Start)
	})
	var d Document
	for start := 0; start < len(idx); {
		end := start + 1
		for end < len(idx) && cs[idx[end]].Source.Document == cs[idx[start]].Source.Document {
			end++
		}
		d = Document{Name: cs[idx[start]].Source.Document, Claims: d.Claims[:0], e: e, pairs: e.pairs}
		for _, i := range idx[start:end] {
			d.Claims = append(d.Claims, &cs[i])
		}
		if d.pairs == nil {
			d.pairs = make(map[docPair]bool)
			h := docHash(d.Name)
			for _, c := range d.Claims {
				if p, ok := PairOf(c); ok {
					d.pairs[pairOf(h, p.A, p.B)] = true
				}
			}
		}
		for _, r := range rules {
			name := r.Name()
			r.Check(&d, func(f Finding) {
				if f.Rule == "" {
					f.Rule = name
				}
				f.Explanation = capitalize(f.Explanation)
				emit(f)
			})
		}
		start = end
	}
}

// builtinDocRule marks the document rules of this package.
type builtinDocRule interface {
	DocRule
	builtinDoc()
}

func (combinedRule) builtinDoc()  {}
func (breakdownRule) builtinDoc() {}
func (sharesRule) builtinDoc()    {}
func (shareOfRule) builtinDoc()   {}

// reviewClaims marks f for review when a field on (of onMeasure,
// onParties, onAsOf) of one of cs was not read explicitly, as
// Group.review does for statements. It reports whether f is for review.
func (d *Document) reviewClaims(f *Finding, on stands, cs ...*claims.Claim) bool {
	h := docHash(d.Name)
	n := reviewNote{p: d.e.pr}
	for _, c := range cs {
		for _, fl := range d.levels(c, h, on) {
			if fl.level != claims.Explicit {
				n.add(fl.field, fl.level, c.Recipient == "" || c.Subject == "", c)
			}
		}
	}
	return n.mark(f)
}

// sure reports whether every field on of c was read explicitly: a finding
// that stands on c alone goes to no review. It words nothing.
func (d *Document) sure(c *claims.Claim, on stands) bool {
	for _, fl := range d.levels(c, docHash(d.Name), on) {
		if fl.level != claims.Explicit {
			return false
		}
	}
	return true
}

// fieldLevel is how surely one field a finding stands on was read.
type fieldLevel struct {
	field stands
	level claims.Confidence
}

// levels returns how surely each field on (of onMeasure, onParties,
// onAsOf) of c was read; a field not on is left Explicit. h is the
// document's hash (docHash).
func (d *Document) levels(c *claims.Claim, h uint64, on stands) [3]fieldLevel {
	r := readingOf(c, h, d.pairs)
	fs := [...]fieldLevel{{onMeasure, r.measure}, {onParties, r.parties}, {onAsOf, r.asOf}}
	for i := range fs {
		if on&fs[i].field == 0 {
			fs[i].level = claims.Explicit
		}
	}
	return fs
}
