package compare

import (
	"cmp"
	"slices"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/claims"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/message/catalog"
)

// A Rule looks for one kind of finding in one group of claims. The built-in
// rules (DefaultRules) implement it the same way a user's rule does.
//
// Check is called once per group and may be called for different groups at
// the same time, so a Rule must not keep state between calls. It must not
// change the Group or the claims it reaches through it; it reports each
// finding by calling emit, which fills in Key and Rule when they are empty.
type Rule interface {
	// Name is a short lowercase name ("regression"), unique among the rules
	// of one Check.
	Name() string
	Check(g *Group, emit func(Finding))
}

// Options says how Check reads and compares figures. The zero value means
// the defaults documented on each field; Options is a plain value.
type Options struct {
	// Tolerance decides when two figures for the same count can both hold:
	// how hedges ("nearly 3,000") and round figures ("6,000") widen them.
	// Nil means claims.DefaultTolerance(): approximate figures ±10%, round
	// figures anything that rounds to them. &claims.Tolerance{} is the
	// literal reading.
	//
	// Rounding applies to figures for the same count (conflict, regression,
	// corroboration, agreements against what was done). It does not excuse
	// a difference between two different counts that an exchange says
	// should match (imbalance): there "500 released, 400 received" differ as
	// stated. A figure in percent is rounded to the point at most: its
	// zero is a digit ("80%" covers 79.5% to 80.5%, not 75% to 85%).
	Tolerance *claims.Tolerance
	// ExactDigits is how many significant digits make a figure an exact
	// count even when it ends in zeros: with the default 3, "6,060" is
	// exactly 6,060 while "6,000", "3,600" and "1,200" are round. Zero
	// means 3; a negative value reads every figure ending in a zero as
	// round, as the Tolerance alone does.
	ExactDigits int
	// Language is the reader's language: numbers in explanations are
	// formatted for it ("6,060", "6.060", "6 060"). The zero Tag means
	// English. Dates are written the English way ("19 June 2025").
	Language language.Tag
	// Catalog, when set, translates the explanation templates (the English
	// sentences are the message keys) for Language.
	Catalog catalog.Catalog
	// Rules are the rules to run. Nil means DefaultRules(); to add a rule of
	// your own, pass append(compare.DefaultRules(), yours).
	Rules []Rule
	// DocRules are the rules run over the claims of each document after
	// the group rules (see DocRule). Nil means DefaultDocRules(); an empty
	// slice runs none.
	DocRules []DocRule
	// Pairs, when not nil, are the pairs of parties that the corpus's
	// documents name explicitly (PairOf over every claim), gathered by a
	// caller that checks the corpus in parts: Groups and CheckGroup then
	// read how surely each claim's parties are known from them rather than
	// from the claims they are given, so that a group checked on its own
	// (one shard of a corpus, as the Beam pipeline checks it) comes out as
	// Check over the whole corpus makes it. Nil means the pairs among the
	// claims given. Order and repeats do not matter.
	Pairs []Pair
}

// DefaultRules returns a new slice of the built-in rules: conflict,
// regression, jump, imbalance, exchange, shortfall, exceeds, arithmetic,
// echo, corroboration, withheld, drift and revision, and the conflicts for
// review between a count's events and its figures of no stated scope
// (conflict-unstated).
func DefaultRules() []Rule {
	return []Rule{
		conflictRule{}, unstatedRule{}, regressionRule{}, jumpRule{}, imbalanceRule{}, exchangeRule{}, shortfallRule{}, exceedsRule{},
		arithmeticRule{}, echoRule{}, corroborationRule{}, withheldRule{}, driftRule{}, revisionRule{},
	}
}

// builtinRule marks the rules of this package.
type builtinRule interface {
	Rule
	builtin()
}

func (conflictRule) builtin()      {}
func (regressionRule) builtin()    {}
func (jumpRule) builtin()          {}
func (imbalanceRule) builtin()     {}
func (shortfallRule) builtin()     {}
func (exceedsRule) builtin()       {}
func (arithmeticRule) builtin()    {}
func (echoRule) builtin()          {}
func (corroborationRule) builtin() {}
func (withheldRule) builtin()      {}

// engine is one Check's settings.
type engine struct {
	tol         claims.Tolerance
	literal     claims.Tolerance // tol without rounding
	exactDigits int
	printer     *message.Printer
	pr          *printer
	rules       []Rule
	docs        []DocRule        // Options.DocRules
	pairs       map[docPair]bool // Options.Pairs; nil: the pairs among the claims checked
	emitters    []emitter        // one per rule, made by checkGroup
	slab        []*claims.Claim  // where findings' claim lists are cut from (see claimsOf)
	compPs      []*Statement     // scratch space of components
	spanBuf     []span           // scratch space of the runs of shared (see indexRuns)
	shared      *Group           // the group Check reuses for each group in turn, if any
	defaulted   bool             // some claim of the last grouping has a date taken by default
	docBuf      []uint64         // scratch space of docTwice
	ivs         *[256]ivEntry    // the intervals last widened (see intervalOf)
	compOut     [][]*Statement
	// pend are the findings of the group being checked that wait for the
	// fold (fold.go); foldOrder and foldInto are the fold's scratch space.
	pend                []Finding
	foldOrder, foldInto []int32
	// triggered are the claims that may start a built-in document rule
	// (docTrigger), in order, when triggersKnown: a grouping gathers them
	// as it reads each claim, for checkDocuments.
	triggered     []int32
	triggersKnown bool
}

func newEngine(opts Options) *engine {
	e := &engine{tol: claims.DefaultTolerance(), exactDigits: opts.ExactDigits, rules: opts.Rules, docs: opts.DocRules}
	if opts.Tolerance != nil {
		e.tol = *opts.Tolerance
	}
	e.literal = claims.Tolerance{Approx: e.tol.Approx}
	if e.exactDigits == 0 {
		e.exactDigits = 3
	}
	if e.rules == nil {
		e.rules = DefaultRules()
	}
	lang := opts.Language
	if lang == (language.Tag{}) {
		lang = language.English
	}
	if opts.Catalog != nil {
		e.printer = message.NewPrinter(lang, message.Catalog(opts.Catalog))
	} else {
		e.printer = message.NewPrinter(lang)
	}
	e.pr = newPrinter(e.printer, opts.Catalog != nil)
	if opts.Pairs != nil {
		e.pairs = make(map[docPair]bool, len(opts.Pairs))
		for _, p := range opts.Pairs {
			e.pairs[pairOf(docHash(p.Document), p.A, p.B)] = true
		}
	}
	return e
}

// Check groups cs by Key, gathers the claims that say the same thing into
// Statements, runs the rules over each group, then the document rules
// (Options.DocRules) over each document's claims, and returns the findings in a
// deterministic order: the findings for review (Finding.ForReview) after
// all others, each part by severity (highest first), then group key, type,
// date and the claims' documents and positions. The order of cs does not
// change the result.
//
// Check does not modify cs; findings hold copies of the claims involved.
// Its cost is O(n log n) in the number of claims, however they fall into
// groups, plus the size of the findings it returns (a corroboration by k
// origins copies their k claims); its memory is linear in both. It keeps
// the scratch memory of its grouping and of the findings it gathers
// (cleared: no pointers into cs) for the next call.
// Check is safe for concurrent use (Rules permitting).
func Check(cs []claims.Claim, opts Options) []Finding {
	e := newEngine(opts)
	var c collector
	add := c.add
	for g := range e.groups(cs, true) {
		e.checkGroup(g, add)
	}
	e.checkDocuments(cs, add)
	return c.sorted()
}

// chunkBits sets the size of a collector's chunks: 1<<chunkBits findings.
const chunkBits = 10

// A collector gathers findings in chunks of a fixed size, so that
// gathering many copies none of them (as growing one slice would), and
// hands them out sorted in one slice of the exact size.
type collector struct {
	chunks [][]Finding
	n      int
}

// chunk is the memory of one chunk of a collector.
type chunk = [1 << chunkBits]Finding

// chunkPool keeps the chunks of the last collectors, cleared, for the next:
// Check copies the findings it returns out of them, so that a program that
// checks again and again would otherwise allocate the memory of its
// findings twice each time.
var chunkPool sync.Pool

func (c *collector) add(f Finding) {
	if c.n&(1<<chunkBits-1) == 0 {
		ch, _ := chunkPool.Get().(*chunk)
		if ch == nil {
			ch = new(chunk)
		}
		c.chunks = append(c.chunks, ch[:0])
	}
	last := &c.chunks[len(c.chunks)-1]
	*last = append(*last, f)
	c.n++
}

func (c *collector) at(i int32) *Finding { return &c.chunks[i>>chunkBits][i&(1<<chunkBits-1)] }

// sorted returns the findings in SortFindings' order (a stable sort: ties
// keep the order they were added in), or nil for none.
func (c *collector) sorted() []Finding {
	if c.n == 0 {
		return nil
	}
	byFinding := func(i, j int32) int {
		if r := compareFindings(c.at(i), c.at(j)); r != 0 {
			return r
		}
		return cmp.Compare(i, j)
	}
	// Check adds the findings group by group in key order, so they are
	// sorted by key within each severity already: put them in order of
	// severity (a counting sort, stable) and sort only the findings of
	// each key. Should a rule have given a key out of that order, sort
	// them all.
	var count [512]int
	for i := range c.n {
		count[rank(c.at(int32(i)))]++
	}
	next := 0
	for s := len(count) - 1; s >= 0; s-- {
		count[s], next = next, next+count[s]
	}
	idx := make([]int32, c.n)
	for i := range c.n {
		s := rank(c.at(int32(i)))
		idx[count[s]] = int32(i)
		count[s]++
	}
	for start := 0; start < len(idx); {
		f := c.at(idx[start])
		end := start + 1
		for end < len(idx) && rank(c.at(idx[end])) == rank(f) && c.at(idx[end]).Key == f.Key {
			end++
		}
		if end < len(idx) && rank(c.at(idx[end])) == rank(f) && f.Key.Compare(c.at(idx[end]).Key) > 0 {
			slices.SortFunc(idx, byFinding) // out of key order
			break
		}
		if end-start > 1 {
			slices.SortFunc(idx[start:end], byFinding)
		}
		start = end
	}
	out := make([]Finding, c.n)
	for k, i := range idx {
		out[k] = *c.at(i)
	}
	for _, ch := range c.chunks {
		clear(ch)
		chunkPool.Put((*chunk)(ch[:cap(ch)]))
	}
	c.chunks = nil
	return out
}

// CheckGroup runs the rules of opts over one group, as Check does for each;
// it is for spreading the work over several workers or machines (group
// with Groups, check each, then SortFindings the union). opts should be the
// Options given to Groups: the group's figures were read under those. It
// sets the group's explanation language to opts', so call it once per
// group.
//
// The union, with what CheckDocuments finds in each document, is exactly
// what Check returns, in its order, when it is put in the key order of the
// groups, each group's findings in CheckGroup's order and the documents'
// after those of their key, before SortFindings (which is stable): findings
// that tie then keep Check's order too. No rule looks beyond its group (an echo or a
// corroboration is about one figure of one count, so it lies within one
// group), so a group's claims can be gathered by KeyOf on any machine.
func CheckGroup(g *Group, opts Options) []Finding {
	e := newEngine(opts)
	g.e = e
	g.things = [4]string{} // worded in opts' language from here on
	var out []Finding
	e.checkGroup(g, func(f Finding) { out = append(out, f) })
	SortFindings(out)
	return out
}

func (e *engine) checkGroup(g *Group, emit func(Finding)) {
	if e.emitters == nil {
		e.emitters = make([]emitter, len(e.rules))
		for i, r := range e.rules {
			em := &e.emitters[i]
			_, em.builtin = r.(builtinRule)
			em.name = r.Name()
			em.e = e
			em.fn = em.emit
		}
	}
	for i, r := range e.rules {
		em := &e.emitters[i]
		if em.builtin && g.Key.Measure == "" {
			continue // figures that say not what they count compare with nothing
		}
		em.g, em.out = g, emit
		r.Check(g, em.fn)
	}
	if len(e.pend) > 0 {
		e.flushFolds(emit)
	}
}

// An emitter is the emit function a rule is given: it fills in the rule's
// name and the group's key, and holds a built-in rule's findings that may
// fold (fold.go) until the group's rules have all run. One per rule is
// made for a Check and reused for every group.
type emitter struct {
	name    string
	builtin bool
	e       *engine
	g       *Group
	out     func(Finding)
	fn      func(Finding) // emit, bound once
}

func (em *emitter) emit(f Finding) {
	if f.Rule == "" {
		f.Rule = em.name
	}
	if f.Key == (Key{}) {
		f.Key = em.g.Key
	}
	f.Explanation = capitalize(f.Explanation)
	if em.builtin && foldable(&f) {
		em.e.pend = append(em.e.pend, f)
		return
	}
	em.out(f)
}

// capitalize makes a sentence start with a capital letter.
func capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError || !unicode.IsLower(r) {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// SortFindings sorts fs into Check's order: the findings for review after
// all others; then severity (highest first), group key, type, then the
// date, document and position of the first claim.
func SortFindings(fs []Finding) {
	// Sort indices, cheap to move, then permute.
	idx := make([]int32, len(fs))
	for i := range idx {
		idx[i] = int32(i)
	}
	slices.SortStableFunc(idx, func(i, j int32) int { return compareFindings(&fs[i], &fs[j]) })
	// Permute in place, following each cycle of the permutation.
	for i := range idx {
		if idx[i] < 0 || int(idx[i]) == i {
			continue
		}
		tmp := fs[i]
		j := i
		for {
			k := int(idx[j])
			idx[j] = -1
			if k == i {
				fs[j] = tmp
				break
			}
			fs[j] = fs[k]
			j = k
		}
	}
}

// rank orders findings: every finding that stands on explicit readings
// before every finding for review, then by severity; a higher rank first.
func rank(f *Finding) int {
	if f.ForReview() {
		return int(f.Severity)
	}
	return 256 + int(f.Severity)
}

func compareFindings(a, b *Finding) int {
	if c := cmp.Compare(rank(b), rank(a)); c != 0 {
		return c
	}
	if c := a.Key.Compare(b.Key); c != 0 {
		return c
	}
	if c := cmpString(string(a.Type), string(b.Type)); c != 0 {
		return c
	}
	return slices.CompareFunc(a.Claims, b.Claims, func(x, y *claims.Claim) int {
		if c := x.AsOf.End().Compare(y.AsOf.End()); c != 0 {
			return c
		}
		if c := cmpString(x.Source.Document, y.Source.Document); c != 0 {
			return c
		}
		if c := cmp.Compare(x.Evidence.Start, y.Evidence.Start); c != 0 {
			return c
		}
		if c := cmp.Compare(x.QuantitySpan.Start, y.QuantitySpan.Start); c != 0 {
			return c
		}
		return cmpString(x.ID, y.ID)
	})
}
