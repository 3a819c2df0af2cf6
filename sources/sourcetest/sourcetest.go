// Package sourcetest checks that a sources.Source keeps the contract
// documented in package sources, as testing/slogtest does for slog
// handlers. Run it from the tests of any Source implementation:
//
//	func TestConformance(t *testing.T) {
//		sourcetest.Run(t, func(t *testing.T) sources.Source {
//			return mysource.File("testdata/bulletin.json")
//		})
//	}
//
// It checks that a pass ends; that each pair is a claim or an error, never
// both; that claims hold together (spans in order, evidence text as long as
// its span and, for documents given with Document, equal to it; a quantity
// unless the figure was withheld; and whatever claims.Claim.Validate
// checks); that errors say where (they wrap a *sources.Error with a Name);
// that the source stops at an early break, leaving no goroutines behind;
// that it honours a cancelled context, both before the pass and in the
// middle of it; that two passes yield the same claims; that a consumer
// who changes the claims it received (their Via and Reasons slices) does
// not change what the next pass yields; and, unless OnePass is given, that
// passes running at the same time do not disturb each other (run the tests
// with -race to check for data races).
//
// The goroutine count is read before and after the early-break passes, so
// do not run Run in parallel with other tests (t.Parallel) of the same
// binary.
//
// It is for tests only; it judges whether a source keeps the contract, not
// whether its claims are right.
package sourcetest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/sources"
)

// An Option changes what Run and TestSource expect of a source. Options are
// made by the functions of this package only; the zero Option changes
// nothing. An Option is a plain value, safe to share between tests.
type Option struct {
	apply func(*config)
}

type config struct {
	onePass   bool
	docs      map[string][]byte
	timeout   time.Duration
	allowNone bool
}

// OnePass says the source is single-pass (it reads an io.Reader, for
// example): every check then builds a fresh source for each pass, and the
// check of a second and a concurrent pass over the same source is replaced
// by a check that the second pass yields only an error wrapping
// sources.ErrConsumed.
func OnePass() Option { return Option{func(c *config) { c.onePass = true }} }

// Document gives the text of the document called name (the
// claims.Source.Document of the claims that come from it), so that evidence
// and quantity spans into it are checked against their text.
func Document(name string, text []byte) Option {
	return Option{func(c *config) {
		if c.docs == nil {
			c.docs = make(map[string][]byte)
		}
		c.docs[name] = text
	}}
}

// Timeout sets how long one pass may take before the source is reported as
// never ending; the default is ten seconds.
func Timeout(d time.Duration) Option { return Option{func(c *config) { c.timeout = d }} }

// AllowEmpty accepts a source that yields no claims at all. By default a
// source must yield at least one claim, because the other checks say little
// about a source that yields none.
func AllowEmpty() Option { return Option{func(c *config) { c.allowNone = true }} }

func newConfig(opts []Option) config {
	c := config{timeout: 10 * time.Second}
	for _, o := range opts {
		if o.apply != nil {
			o.apply(&c)
		}
	}
	return c
}

// Run checks the sources that newSource returns against the Source
// contract, each check in its own subtest of t. newSource is called once or
// more for each subtest and must return a source over the same data each
// time.
func Run(t *testing.T, newSource func(t *testing.T) sources.Source, opts ...Option) {
	t.Helper()
	c := newConfig(opts)
	for _, ch := range checks() {
		t.Run(ch.name, func(t *testing.T) {
			if err := ch.run(c, func() sources.Source { return newSource(t) }); err != nil {
				t.Error(err)
			}
		})
	}
}

// TestSource runs the checks of Run without a testing.T and returns what
// failed, joined, or nil when the sources that newSource returns keep the
// contract. Each failed check is one line of the error, as in
// "sources/sourcetest: Cancelled: with a cancelled context, …".
func TestSource(newSource func() sources.Source, opts ...Option) error {
	c := newConfig(opts)
	var errs []error
	for _, ch := range checks() {
		if err := ch.run(c, newSource); err != nil {
			errs = append(errs, fmt.Errorf("%s: %s: %w", pkg, ch.name, err))
		}
	}
	return errors.Join(errs...)
}

type check struct {
	name string
	run  func(c config, newSource func() sources.Source) error
}

// checks returns the checks, in the order they run.
func checks() []check {
	return []check{
		{"Ends", checkEnds},
		{"Pairs", checkPairs},
		{"Claims", checkClaims},
		{"EarlyBreak", checkEarlyBreak},
		{"Cancelled", checkCancelled},
		{"CancelMidway", checkCancelMidway},
		{"Deterministic", checkDeterministic},
		{"Concurrent", checkConcurrent},
		{"Retention", checkRetention},
	}
}

// pair is one pair of a pass.
type pair struct {
	c   claims.Claim
	err error
}

// pass runs one pass of src with a timeout.
func pass(ctx context.Context, c config, src sources.Source) ([]pair, error) {
	done := make(chan []pair, 1)
	go func() {
		var ps []pair
		for cl, err := range src.Claims(ctx) {
			ps = append(ps, pair{cl, err})
		}
		done <- ps
	}()
	select {
	case ps := <-done:
		return ps, nil
	case <-time.After(c.timeout):
		return nil, fmt.Errorf("a pass did not end within %v", c.timeout)
	}
}

func checkEnds(c config, newSource func() sources.Source) error {
	ps, err := pass(context.Background(), c, newSource())
	if err != nil {
		return err
	}
	if !c.allowNone && countClaims(ps) == 0 {
		return fmt.Errorf("the source yielded no claims (%d errors%s); give the check a source with data, or AllowEmpty",
			len(ps), firstErr(ps))
	}
	return nil
}

func countClaims(ps []pair) int {
	n := 0
	for _, p := range ps {
		if p.err == nil {
			n++
		}
	}
	return n
}

func firstErr(ps []pair) string {
	for _, p := range ps {
		if p.err != nil {
			return ", the first: " + p.err.Error()
		}
	}
	return ""
}

func checkPairs(c config, newSource func() sources.Source) error {
	ps, err := pass(context.Background(), c, newSource())
	if err != nil {
		return err
	}
	var errs []error
	for i, p := range ps {
		if p.err == nil {
			continue
		}
		if !reflect.ValueOf(p.c).IsZero() {
			errs = append(errs, fmt.Errorf("pair %d: error %q comes with a claim that is not the zero Claim", i, p.err))
		}
		var se *sources.Error
		if !errors.As(p.err, &se) {
			errs = append(errs, fmt.Errorf("pair %d: error %q does not wrap a *sources.Error that says where", i, p.err))
		} else if se.Name == "" {
			errs = append(errs, fmt.Errorf("pair %d: error %q: its *sources.Error names no input", i, p.err))
		}
	}
	return errors.Join(errs...)
}

func checkClaims(c config, newSource func() sources.Source) error {
	ps, err := pass(context.Background(), c, newSource())
	if err != nil {
		return err
	}
	var errs []error
	for i, p := range ps {
		if p.err != nil {
			continue
		}
		if err := validate(p.c, c.docs); err != nil {
			errs = append(errs, fmt.Errorf("pair %d: %w", i, err))
		}
	}
	return errors.Join(errs...)
}

// Validate reports what is wrong with one claim as a source yielded it:
// whatever claims.Claim.Validate reports (a missing quantity, a quantity
// span outside the evidence span, …), and beyond that spans that run
// backwards or past the end of the document, and evidence text that does
// not fill its span or, when the claim's document is in docs (keyed by
// claims.Source.Document), differs from the document's text there. The
// error, on one line, reads `sources/sourcetest: claim ID ("figure"): …`.
func Validate(cl claims.Claim, docs map[string][]byte) error {
	if err := validate(cl, docs); err != nil {
		return fmt.Errorf("%s: %w", pkg, err)
	}
	return nil
}

// pkg prefixes the errors of TestSource and Validate.
const pkg = "sources/sourcetest"

// validate is Validate without the package prefix, for the checks.
func validate(cl claims.Claim, docs map[string][]byte) error {
	var errs []error
	if err := cl.Validate(); err != nil {
		errs = append(errs, err)
	}
	qs, ev := cl.QuantitySpan, cl.Evidence.Span
	if qs.Start < 0 || qs.End < qs.Start {
		errs = append(errs, fmt.Errorf("quantity span [%d, %d) runs backwards", qs.Start, qs.End))
	}
	if ev.Start < 0 || ev.End < ev.Start {
		errs = append(errs, fmt.Errorf("evidence span [%d, %d) runs backwards", ev.Start, ev.End))
	}
	if ev.Len() > 0 && len(cl.Evidence.Text) != ev.Len() {
		errs = append(errs, fmt.Errorf("evidence text %q is %d bytes, its span [%d, %d) %d", cl.Evidence.Text, len(cl.Evidence.Text), ev.Start, ev.End, ev.Len()))
	}
	if doc, ok := docs[cl.Source.Document]; ok {
		switch {
		case ev.End > len(doc) || qs.End > len(doc):
			errs = append(errs, fmt.Errorf("spans run past the end of document %q (%d bytes)", cl.Source.Document, len(doc)))
		case ev.Len() > 0 && string(doc[ev.Start:ev.End]) != cl.Evidence.Text:
			errs = append(errs, fmt.Errorf("evidence text %q differs from the document's %q", cl.Evidence.Text, doc[ev.Start:ev.End]))
		}
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("claim %s (%q): %s", cl.ID, cl.Quantity.Text, strings.ReplaceAll(err.Error(), "\n", "; "))
	}
	return nil
}

// goroutines waits up to half a second for the goroutine count to drop to
// at most n and returns the count.
func goroutines(n int) int {
	got := runtime.NumGoroutine()
	for i := 0; i < 50 && got > n; i++ {
		time.Sleep(10 * time.Millisecond)
		got = runtime.NumGoroutine()
	}
	return got
}

func checkEarlyBreak(c config, newSource func() sources.Source) error {
	ps, err := pass(context.Background(), c, newSource())
	if err != nil {
		return err
	}
	before := runtime.NumGoroutine()
	var errs []error
	// Break at the first pair, at the first claim and at the last pair.
	stops := []int{1, len(ps)}
	for i, p := range ps {
		if p.err == nil {
			stops = append(stops, i+1)
			break
		}
	}
	for _, stop := range stops {
		if stop == 0 {
			continue
		}
		src := newSource()
		calls, after := 0, 0
		done := make(chan struct{})
		go func() {
			defer close(done)
			src.Claims(context.Background())(func(claims.Claim, error) bool {
				calls++
				if calls > stop {
					after++
				}
				return calls < stop
			})
		}()
		select {
		case <-done:
		case <-time.After(c.timeout):
			return fmt.Errorf("after a break at pair %d, the iterator did not return within %v", stop, c.timeout)
		}
		if after > 0 {
			errs = append(errs, fmt.Errorf("after a break at pair %d the source yielded %d more pairs", stop, after))
		}
	}
	if got := goroutines(before); got > before {
		errs = append(errs, fmt.Errorf("goroutines grew from %d to %d after passes that broke early", before, got))
	}
	return errors.Join(errs...)
}

func isCtxErr(err error, ctxErr error) bool { return err != nil && errors.Is(err, ctxErr) }

func checkCancelled(c config, newSource func() sources.Source) error {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	ps, err := pass(ctx, c, newSource())
	if err != nil {
		return err
	}
	if len(ps) != 1 || !isCtxErr(ps[0].err, context.Canceled) {
		return fmt.Errorf("with a cancelled context, want one pair with an error wrapping context.Canceled, got %s", describe(ps))
	}
	return nil
}

func checkCancelMidway(c config, newSource func() sources.Source) error {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var ps []pair
	done := make(chan struct{})
	go func() {
		defer close(done)
		for cl, err := range newSource().Claims(ctx) {
			ps = append(ps, pair{cl, err})
			cancel()
		}
	}()
	select {
	case <-done:
	case <-time.After(c.timeout):
		return fmt.Errorf("a pass cancelled midway did not end within %v", c.timeout)
	}
	if len(ps) == 0 {
		return nil // an empty source; Ends judges whether that is allowed
	}
	if isCtxErr(ps[0].err, context.Canceled) {
		return fmt.Errorf("the first pair is a cancellation error before the context was cancelled: %v", ps[0].err)
	}
	if len(ps) == 1 {
		return nil // the source had only one pair
	}
	if len(ps) != 2 || !isCtxErr(ps[1].err, context.Canceled) {
		return fmt.Errorf("after cancelling at the first pair, want one more pair with an error wrapping context.Canceled and then the end, got %s", describe(ps[1:]))
	}
	return nil
}

func describe(ps []pair) string {
	if len(ps) == 0 {
		return "no pairs"
	}
	s := fmt.Sprintf("%d pairs:", len(ps))
	for i, p := range ps {
		if i == 3 {
			s += " …"
			break
		}
		if p.err != nil {
			s += fmt.Sprintf(" [error %v]", p.err)
		} else {
			s += fmt.Sprintf(" [claim %q]", p.c.Quantity.Text)
		}
	}
	return s
}

// render writes a pass as lines that compare equal when the passes are.
func render(ps []pair) ([]string, error) {
	out := make([]string, 0, len(ps))
	for _, p := range ps {
		if p.err != nil {
			out = append(out, "error: "+p.err.Error())
			continue
		}
		b, err := json.Marshal(p.c)
		if err != nil {
			return nil, fmt.Errorf("claim %s does not marshal: %w", p.c.ID, err)
		}
		out = append(out, string(b))
	}
	return out, nil
}

func diff(a, b []pair) error {
	ra, err := render(a)
	if err != nil {
		return err
	}
	rb, err := render(b)
	if err != nil {
		return err
	}
	for i := range max(len(ra), len(rb)) {
		switch {
		case i >= len(ra):
			return fmt.Errorf("the second pass has %d pairs, the first %d; the first extra: %s", len(rb), len(ra), rb[i])
		case i >= len(rb):
			return fmt.Errorf("the first pass has %d pairs, the second %d; the first extra: %s", len(ra), len(rb), ra[i])
		case ra[i] != rb[i]:
			return fmt.Errorf("pair %d differs between passes:\n first: %s\nsecond: %s", i, ra[i], rb[i])
		}
	}
	return nil
}

func checkDeterministic(c config, newSource func() sources.Source) error {
	src := newSource()
	a, err := pass(context.Background(), c, src)
	if err != nil {
		return err
	}
	if c.onePass {
		src = newSource()
	}
	b, err := pass(context.Background(), c, src)
	if err != nil {
		return err
	}
	if err := diff(a, b); err != nil {
		return fmt.Errorf("two passes differ: %w", err)
	}
	return nil
}

func checkConcurrent(c config, newSource func() sources.Source) error {
	src := newSource()
	if c.onePass {
		if _, err := pass(context.Background(), c, src); err != nil {
			return err
		}
		ps, err := pass(context.Background(), c, src)
		if err != nil {
			return err
		}
		if len(ps) != 1 || !errors.Is(ps[0].err, sources.ErrConsumed) {
			return fmt.Errorf("a second pass over a single-pass source: want one error wrapping sources.ErrConsumed, got %s", describe(ps))
		}
		return nil
	}
	var (
		wg   sync.WaitGroup
		res  [2][]pair
		errs [2]error
	)
	for i := range res {
		wg.Go(func() { res[i], errs[i] = pass(context.Background(), c, src) })
	}
	wg.Wait()
	if err := errors.Join(errs[:]...); err != nil {
		return err
	}
	if err := diff(res[0], res[1]); err != nil {
		return fmt.Errorf("two concurrent passes differ: %w", err)
	}
	return nil
}

// checkRetention changes the slices of every claim of one pass, as a
// consumer may, and checks that the next pass does not see the change.
func checkRetention(c config, newSource func() sources.Source) error {
	src := newSource()
	a, err := pass(context.Background(), c, src)
	if err != nil {
		return err
	}
	before, err := render(a)
	if err != nil {
		return err
	}
	for _, p := range a {
		for i := range p.c.Source.Via {
			p.c.Source.Via[i] = "changed by the consumer"
		}
		for i := range p.c.Reasons {
			p.c.Reasons[i].Words = "changed by the consumer"
		}
	}
	if c.onePass {
		src = newSource()
	}
	b, err := pass(context.Background(), c, src)
	if err != nil {
		return err
	}
	after, err := render(b)
	if err != nil {
		return err
	}
	for i := range min(len(before), len(after)) {
		if before[i] != after[i] {
			return fmt.Errorf("a consumer's change to the claims of one pass shows in the next: pair %d was\n%s\nand is now\n%s", i, before[i], after[i])
		}
	}
	return nil
}
