// Package pipeline is crosscheck as an Apache Beam pipeline: the same
// reading and the same checks as crosscheck.Run, spread over the workers of
// a runner (prism in process, Dataflow, Flink or Spark) so that a corpus
// too large for one machine can be checked.
//
// The pipeline has four steps:
//
//  1. Files: the input paths (a file, a directory, a glob; a Beam file
//     system path such as gs://bucket/news/** under a real runner) become
//     one element per file.
//  2. Extract: each file is read on its own, by the format its extension
//     (or Settings.Type) selects, as crosscheck.Open reads it; each claim is
//     keyed by its group, compare.KeyOf. A worker holds one document at a
//     time (claim files are streamed a record at a time).
//  3. Check: a GroupByKey brings each group's claims to one worker, which
//     checks them with compare.Groups and compare.CheckGroup. Groups are
//     independent (see package compare): every rule, echoes and
//     corroboration included, looks at one group only; the one fact that
//     crosses groups, which pairs of parties each document names
//     explicitly (compare.Options.Pairs), reaches every worker as a side
//     input from Extract. So checking group by group finds exactly what
//     checking everything together does, review marks included. A worker
//     holds one group at a time.
//     Then the claims are keyed again by their document, and each
//     document's claims are checked together on one worker with
//     compare.CheckDocuments: the rules that relate figures of different
//     groups in one report (a combined count and its parts, the shares of
//     one vote), which compare.Check runs after the group rules.
//  4. Write: one worker gathers the findings, puts them in compare.Check's
//     order and writes the report as crosscheck check does.
//
// Whatever runs on a worker travels with the pipeline as plain values
// (Settings): the default formats and rules are used; users' own formats,
// rules and catalogs (crosscheck.Options fields holding code) do not travel.
package pipeline

import (
	"bufio"
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/log"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"golang.org/x/text/language"

	"github.com/crosscheck/crosscheck"
	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/compare"
	"github.com/crosscheck/crosscheck/sources"

	// The file systems paths may name: local files and Google Cloud Storage.
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/gcs"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
)

func init() {
	beam.RegisterType(reflect.TypeOf((*Claim)(nil)).Elem())
	beam.RegisterType(reflect.TypeOf((*Found)(nil)).Elem())
	beam.RegisterType(reflect.TypeOf((*compare.Pair)(nil)).Elem())
	register.DoFn2x1[fileio.FileMetadata, func(string), error](&keepFn{})
	register.DoFn5x1[context.Context, string, func(string, Claim), func(compare.Pair), func(string), error](&extractFn{})
	register.DoFn6x1[context.Context, string, func(*Claim) bool, func(*compare.Pair) bool, func(Found), func(string), error](&checkFn{})
	register.DoFn4x1[context.Context, string, func(*Claim) bool, func(Found), error](&checkDocFn{})
	register.Function3x1[string, Claim, func(string, Claim), error](byDocument)
	register.DoFn3x1[context.Context, []byte, func(*Found) bool, error](&writeFn{})
	register.DoFn3x1[context.Context, []byte, func(*string) bool, error](&writeErrorsFn{})
	register.Emitter1[string]()
	register.Emitter1[Found]()
	register.Emitter2[string, Claim]()
	register.Emitter1[compare.Pair]()
	register.Iter1[Claim]()
	register.Iter1[compare.Pair]()
	register.Iter1[Found]()
	register.Iter1[string]()
}

// Counters the pipeline keeps, in the namespace "crosscheck".
const (
	Namespace = "crosscheck"
	// CounterClaims counts the claims read.
	CounterClaims = "claims"
	// CounterGroups counts the groups checked.
	CounterGroups = "groups"
	// CounterFindings counts the findings.
	CounterFindings = "findings"
	// CounterErrors counts the inputs that could not be read (a file, a
	// record) and the groups left unchecked for being too large: what
	// crosscheck check reports on standard error.
	CounterErrors = "errors"
)

var (
	claimsRead  = beam.NewCounter(Namespace, CounterClaims)
	groupsDone  = beam.NewCounter(Namespace, CounterGroups)
	findingsOut = beam.NewCounter(Namespace, CounterFindings)
	errorsSeen  = beam.NewCounter(Namespace, CounterErrors)
	groupSize   = beam.NewDistribution(Namespace, "group_claims")
)

// Settings say how the workers read and check: the plain values of
// crosscheck.Options that can travel with a pipeline. The zero value means
// the defaults of crosscheck check.
type Settings struct {
	// Type, when set, names the format every file is read as ("text",
	// "jsonl", "csv", "claimreview"), as crosscheck.Options.Type.
	Type string `json:"type,omitempty"`
	// Lang is the BCP 47 tag of the report's language ("" for English), as
	// crosscheck check's --lang.
	Lang string `json:"lang,omitempty"`
	// MaxGroup, when positive, is the most claims a group may have to be
	// checked: a larger group is left unchecked and reported as an error
	// (naming its key and size) instead of being gathered on one worker. Zero
	// checks every group, however large.
	MaxGroup int `json:"max_group,omitempty"`
}

// Options returns the crosscheck.Options the settings stand for, or an
// error for an unknown Type or a malformed Lang.
func (s Settings) Options() (crosscheck.Options, error) {
	opts := crosscheck.Options{Type: s.Type}
	if s.Lang != "" {
		tag, err := language.Parse(s.Lang)
		if err != nil {
			return opts, fmt.Errorf("language %q: %w", s.Lang, err)
		}
		opts.Compare.Language = tag
	}
	if s.Type != "" {
		if _, ok := sources.Lookup(s.Type, crosscheck.Formats(opts)...); !ok {
			return opts, fmt.Errorf("type %q: want one of %s", s.Type, strings.Join(formatNames(opts), ", "))
		}
	}
	return opts, nil
}

func formatNames(opts crosscheck.Options) []string {
	var names []string
	for _, f := range crosscheck.Formats(opts) {
		names = append(names, f.Name)
	}
	return names
}

// Config is one run: what to read, how, and where the report goes.
type Config struct {
	// Inputs are the files, directories and globs to read, in order. A
	// local path is expanded when the pipeline is built, as crosscheck.Open
	// expands it; a path with a scheme (gs://bucket/news/**) is a glob
	// matched by the workers through Beam's file systems, and a trailing
	// slash (gs://bucket/news/) stands for everything under it.
	Inputs []string
	// Output is where the report goes: a local path or a Beam file system
	// path.
	Output string
	// Format is the report's format: "json" (the default), or any other
	// crosscheck.ReportFormats name.
	Format string
	// Errors, when set, is where the errors go, one a line, sorted: the
	// inputs that could not be read and the groups too large to check. They
	// are counted (CounterErrors) and logged by the workers either way.
	Errors string
	Settings
}

// Build adds the whole pipeline to s: Files, Extract, Check and WriteReport
// (and WriteErrors when cfg.Errors is set). It returns an error, before
// anything runs, for bad settings or a local input that does not exist.
func Build(s beam.Scope, cfg Config) error {
	if _, err := cfg.Options(); err != nil {
		return err
	}
	format := cmp.Or(cfg.Format, "json")
	if !slices.Contains(crosscheck.ReportFormats(), strings.ToLower(format)) {
		return fmt.Errorf("unknown report format %q: want one of %s", format, strings.Join(crosscheck.ReportFormats(), ", "))
	}
	if cfg.Output == "" {
		return errors.New("no output path")
	}
	files, err := Files(s, cfg.Inputs, cfg.Settings)
	if err != nil {
		return err
	}
	keyed, pairs, readErrs := Extract(s, files, cfg.Settings)
	found, groupErrs := Check(s, keyed, pairs, cfg.Settings)
	found = beam.Flatten(s, found, CheckDocuments(s, keyed, cfg.Settings))
	WriteReport(s, cfg.Output, format, found)
	if cfg.Errors != "" {
		WriteErrors(s, cfg.Errors, beam.Flatten(s, readErrs, groupErrs))
	}
	return nil
}

// Files returns the files the inputs name, one path per element
// (PCollection<string>), spread over the workers. Local inputs are expanded
// now, the way crosscheck.Open reads them: a file as itself, a directory as
// every file in it and its subdirectories that a format claims (all of
// them with settings.Type), names starting with "." skipped; a glob as
// each of its matches. Inputs with a scheme (gs://…) are matched by the
// workers, through fileio.MatchFiles, and their matches filtered as a
// directory's files are. Files returns an error for a local input that
// does not exist or matches nothing.
func Files(s beam.Scope, inputs []string, settings Settings) (beam.PCollection, error) {
	s = s.Scope("Files")
	opts, err := settings.Options()
	if err != nil {
		return beam.PCollection{}, err
	}
	if len(inputs) == 0 {
		return beam.PCollection{}, errors.New("no input")
	}
	var local []string
	var cols []beam.PCollection
	for _, in := range inputs {
		if strings.Contains(in, "://") {
			glob := in
			if strings.HasSuffix(glob, "/") {
				glob += "**"
			}
			matched := fileio.MatchFiles(s, glob, fileio.MatchEmptyAllow())
			cols = append(cols, beam.ParDo(s, &keepFn{Glob: glob, Settings: settings}, matched))
			continue
		}
		paths, err := expand(in, opts)
		if err != nil {
			return beam.PCollection{}, err
		}
		local = append(local, paths...)
	}
	if len(local) > 0 {
		cols = append(cols, beam.CreateList(s, local))
	}
	// Break fusion with whatever made the list, so that the files are
	// read by as many workers as there are, not by the one that listed them.
	return beam.Reshuffle(s, beam.Flatten(s, cols...)), nil
}

// expand returns the local files path names: itself, a directory's files
// as crosscheck.Open walks them, or a glob's matches, each expanded again.
func expand(path string, opts crosscheck.Options) ([]string, error) {
	fi, err := os.Stat(path)
	if err != nil && strings.ContainsAny(path, `*?[`) {
		matches, gerr := filepath.Glob(path)
		if gerr != nil {
			return nil, fmt.Errorf("input %s: %w", path, gerr)
		}
		if len(matches) == 0 {
			return nil, fmt.Errorf("input %s: no file matches", path)
		}
		var out []string
		for _, m := range matches {
			paths, err := expand(m, opts)
			if err != nil {
				return nil, err
			}
			out = append(out, paths...)
		}
		return out, nil
	}
	if err != nil {
		return nil, fmt.Errorf("input %w", err)
	}
	if !fi.IsDir() {
		return []string{path}, nil
	}
	var out []string
	err = filepath.WalkDir(path, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return fmt.Errorf("input %w", err)
		}
		if p != path && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if !d.IsDir() && readable(p, opts) {
			out = append(out, p)
		}
		return nil
	})
	return out, err
}

// readable reports whether a directory's file called name is read: with a
// Type, every file is; otherwise those whose extension a format claims.
func readable(name string, opts crosscheck.Options) bool {
	if opts.Type != "" {
		return true
	}
	_, ok := sources.Detect(name, crosscheck.Formats(opts)...)
	return ok
}

// keepFn passes on the path of each file matched by Glob that a directory
// walk would read (see Files).
type keepFn struct {
	Glob     string   `json:"glob"`
	Settings Settings `json:"settings"`
	opts     crosscheck.Options
}

func (f *keepFn) Setup() (err error) {
	f.opts, err = f.Settings.Options()
	return err
}

func (f *keepFn) ProcessElement(md fileio.FileMetadata, emit func(string)) error {
	// Names starting with "." are skipped below the glob's fixed part, as
	// below a directory that is walked.
	root := f.Glob
	if i := strings.IndexAny(root, "*?["); i >= 0 {
		root = root[:i]
	}
	root = root[:strings.LastIndex(root, "/")+1]
	for part := range strings.SplitSeq(strings.TrimPrefix(md.Path, root), "/") {
		if strings.HasPrefix(part, ".") {
			return nil
		}
	}
	if readable(md.Path, f.opts) {
		emit(md.Path)
	}
	return nil
}

// A Claim is one claim on its way to its group: the file it was read from,
// its place in that file, and the claim in the JSON contract.
type Claim struct {
	File  string `json:"file"`
	Seq   int    `json:"seq"`
	Claim []byte `json:"claim"`
}

// Extract reads each file of files (PCollection<string>, paths) as
// crosscheck.Open reads a file: by the format settings.Type names, else by
// the one its extension selects. It returns the claims keyed by group
// (PCollection<KV<string, Claim>>, the key from GroupKey), the pairs of
// parties each document names explicitly (PCollection<compare.Pair>, see
// compare.PairOf; Check needs them to read each group as compare.Check
// reads the whole corpus) and the errors met (PCollection<string>: a file
// that cannot be opened or has no format, a malformed record), each
// naming its file as crosscheck check does.
func Extract(s beam.Scope, files beam.PCollection, settings Settings) (keyed, pairs, errs beam.PCollection) {
	s = s.Scope("Extract")
	return beam.ParDo3(s, &extractFn{Settings: settings}, files)
}

type extractFn struct {
	Settings Settings `json:"settings"`
	opts     crosscheck.Options
	formats  []sources.Format
}

func (f *extractFn) Setup() (err error) {
	f.opts, err = f.Settings.Options()
	f.formats = crosscheck.Formats(f.opts)
	return err
}

func (f *extractFn) ProcessElement(ctx context.Context, path string, emit func(string, Claim), emitPair func(compare.Pair), emitErr func(string)) error {
	fail := func(err error) {
		errorsSeen.Inc(ctx, 1)
		log.Info(ctx, err.Error())
		emitErr(err.Error())
	}
	var format sources.Format
	var ok bool
	if f.opts.Type != "" {
		format, ok = sources.Lookup(f.opts.Type, f.formats...)
	} else {
		format, ok = sources.Detect(path, f.formats...)
	}
	if !ok {
		var exts []string
		for _, f := range f.formats {
			exts = append(exts, f.Extensions...)
		}
		slices.Sort(exts)
		fail(&sources.Error{Pkg: "crosscheck", Name: path, Err: fmt.Errorf("%w: extension %q is none of %s (choose one with --type)",
			sources.ErrUnknownFormat, filepath.Ext(path), strings.Join(slices.Compact(exts), " "))})
		return nil
	}
	fsys, err := filesystem.New(ctx, path)
	if err != nil {
		return err // a scheme with no file system: the pipeline cannot work
	}
	defer fsys.Close()
	r, err := fsys.OpenRead(ctx, path)
	if err != nil {
		fail(&sources.Error{Pkg: "sources", Name: path, Err: unwrapPath(err)})
		return nil
	}
	defer r.Close()
	seq := 0
	seen := map[compare.Pair]bool{} // each pair once per file
	for c, err := range format.Read(path, r).Claims(ctx) {
		if err != nil {
			if cerr := ctx.Err(); cerr != nil && errors.Is(err, cerr) {
				return err
			}
			fail(err)
			continue
		}
		b, err := json.Marshal(c)
		if err != nil {
			fail(&sources.Error{Pkg: "crosscheck", Name: path, Err: err})
			continue
		}
		claimsRead.Inc(ctx, 1)
		emit(GroupKey(compare.KeyOf(&c)), Claim{File: path, Seq: seq, Claim: b})
		seq++
		if p, ok := compare.PairOf(&c); ok && !seen[p] {
			seen[p] = true
			emitPair(p)
		}
	}
	return nil
}

// unwrapPath drops the *fs.PathError around err, whose path the caller names.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s: %w", pe.Op, pe.Err)
	}
	return err
}

// GroupKey returns k as the key the pipeline groups by: a JSON array of the
// measure and the parties, so that distinct keys never meet.
func GroupKey(k compare.Key) string {
	b, _ := json.Marshal([3]string{k.Measure, k.A, k.B}) // strings always marshal
	return string(b)
}

// parseGroupKey is the inverse of GroupKey.
func parseGroupKey(s string) (compare.Key, error) {
	var parts [3]string
	if err := json.Unmarshal([]byte(s), &parts); err != nil {
		return compare.Key{}, fmt.Errorf("group key %s: %w", s, err)
	}
	return compare.Key{Measure: parts[0], A: parts[1], B: parts[2]}, nil
}

// A Found is one finding on its way to the report: its group, its place
// among the group's findings (CheckGroup's order), and the finding as
// compare.Finding marshals it.
type Found struct {
	Measure string `json:"measure"`
	A       string `json:"a"`
	B       string `json:"b"`
	Seq     int    `json:"seq"`
	Finding []byte `json:"finding"`
}

// Check groups the keyed claims (PCollection<KV<string, Claim>>, as
// Extract makes them) and checks each group on one worker with
// compare.CheckGroup, reading how surely each claim's parties are known
// from pairs (PCollection<compare.Pair>, as Extract makes them, a side
// input: a document may name a pair of parties explicitly in a claim of
// another group). It returns the findings (PCollection<Found>) and the
// groups left unchecked for having more than settings.MaxGroup claims
// (PCollection<string>, one error each).
//
// A group's claims are put in the order of their files and their places in
// them before they are checked, so that the findings do not depend on the
// order the runner delivers them in.
func Check(s beam.Scope, keyed, pairs beam.PCollection, settings Settings) (found, errs beam.PCollection) {
	s = s.Scope("Check")
	return beam.ParDo2(s, &checkFn{Settings: settings}, beam.GroupByKey(s, keyed), beam.SideInput{Input: pairs})
}

type checkFn struct {
	Settings Settings `json:"settings"`
	opts     crosscheck.Options
	// byDoc is the side input's pairs by document, read once per worker
	// (the side input is the same for every group of the global window).
	byDoc map[string][]compare.Pair
}

func (f *checkFn) Setup() (err error) {
	f.opts, err = f.Settings.Options()
	return err
}

func (f *checkFn) ProcessElement(ctx context.Context, key string, values func(*Claim) bool, pairs func(*compare.Pair) bool, emit func(Found), emitErr func(string)) error {
	k, err := parseGroupKey(key)
	if err != nil {
		return err
	}
	var recs []Claim
	var rec Claim
	n := 0
	for values(&rec) {
		n++
		if f.Settings.MaxGroup <= 0 || n <= f.Settings.MaxGroup {
			recs = append(recs, rec)
		} else {
			recs = nil // count the rest without holding them
		}
	}
	groupSize.Update(ctx, int64(n))
	if f.Settings.MaxGroup > 0 && n > f.Settings.MaxGroup {
		msg := fmt.Sprintf("crosscheck: group %q: %d claims, more than the limit of %d: not checked", k.String(), n, f.Settings.MaxGroup)
		errorsSeen.Inc(ctx, 1)
		log.Info(ctx, msg)
		emitErr(msg)
		return nil
	}
	cs, err := decodeInOrder(recs, "group "+k.String())
	if err != nil {
		return err
	}
	groupsDone.Inc(ctx, 1)
	if f.byDoc == nil {
		f.byDoc = map[string][]compare.Pair{}
		var p compare.Pair
		for pairs(&p) {
			f.byDoc[p.Document] = append(f.byDoc[p.Document], p)
		}
	}
	// The pairs of this group's documents only: the engine reads nothing
	// else, and a group should not cost as much as the whole corpus.
	opts := f.opts.Compare
	opts.Pairs = []compare.Pair{}
	docs := map[string]bool{}
	for i := range cs {
		if d := cs[i].Source.Document; !docs[d] {
			docs[d] = true
			opts.Pairs = append(opts.Pairs, f.byDoc[d]...)
		}
	}
	for g := range compare.Groups(cs, opts) {
		if g.Key != k {
			return fmt.Errorf("claims keyed %q by compare.KeyOf fell in group %q: KeyOf and Groups disagree", k, g.Key)
		}
		for i, fnd := range compare.CheckGroup(g, opts) {
			b, err := json.Marshal(fnd)
			if err != nil {
				return fmt.Errorf("group %s: %w", k, err)
			}
			findingsOut.Inc(ctx, 1)
			emit(Found{Measure: k.Measure, A: k.A, B: k.B, Seq: i, Finding: b})
		}
	}
	return nil
}

// docSeq places a document's findings after every finding of a group of
// the same key (see Found.Seq), as compare.Check adds them after the
// group rules'.
const docSeq = 1 << 30

// CheckDocuments keys the claims (PCollection<KV<string, Claim>>, as
// Extract makes them) by their document and runs compare.CheckDocuments
// over each document's claims on one worker. It returns the findings
// (PCollection<Found>), each under its own key.
func CheckDocuments(s beam.Scope, keyed beam.PCollection, settings Settings) beam.PCollection {
	s = s.Scope("CheckDocuments")
	byDoc := beam.ParDo(s, byDocument, keyed)
	return beam.ParDo(s, &checkDocFn{Settings: settings}, beam.GroupByKey(s, byDoc))
}

// byDocument keys a claim by its document.
func byDocument(_ string, c Claim, emit func(string, Claim)) error {
	var d struct {
		Source struct {
			Document string `json:"document"`
		} `json:"source"`
	}
	if err := json.Unmarshal(c.Claim, &d); err != nil {
		return fmt.Errorf("claim %d of %s: %w", c.Seq, c.File, err)
	}
	emit(d.Source.Document, c)
	return nil
}

type checkDocFn struct {
	Settings Settings `json:"settings"`
	opts     crosscheck.Options
}

func (f *checkDocFn) Setup() (err error) {
	f.opts, err = f.Settings.Options()
	return err
}

func (f *checkDocFn) ProcessElement(ctx context.Context, doc string, values func(*Claim) bool, emit func(Found)) error {
	var recs []Claim
	var rec Claim
	for values(&rec) {
		recs = append(recs, rec)
	}
	cs, err := decodeInOrder(recs, "document "+doc)
	if err != nil {
		return err
	}
	for i, fnd := range compare.CheckDocuments(cs, f.opts.Compare) {
		b, err := json.Marshal(fnd)
		if err != nil {
			return fmt.Errorf("document %s: %w", doc, err)
		}
		findingsOut.Inc(ctx, 1)
		emit(Found{Measure: fnd.Key.Measure, A: fnd.Key.A, B: fnd.Key.B, Seq: docSeq + i, Finding: b})
	}
	return nil
}

// comparePaths orders paths the way a directory walk meets them: element
// by element ("a/b.txt" before "a-c.txt").
func comparePaths(a, b string) int {
	for a != "" || b != "" {
		ea, ra, _ := strings.Cut(a, "/")
		eb, rb, _ := strings.Cut(b, "/")
		if c := strings.Compare(ea, eb); c != 0 {
			return c
		}
		a, b = ra, rb
	}
	return 0
}

// WriteReport writes the findings (PCollection<Found>) to the file at path
// in format (see crosscheck.Report.Write), in compare.Check's order: by
// severity, group key, type, then the claims' dates, documents and places;
// findings that tie keep CheckGroup's order. One worker writes the whole
// report, holding every finding; with no finding it still writes a report
// that says so.
func WriteReport(s beam.Scope, path, format string, found beam.PCollection) {
	s = s.Scope("WriteReport")
	filesystem.ValidateScheme(path)
	beam.ParDo0(s, &writeFn{Path: path, Format: format}, beam.Impulse(s), beam.SideInput{Input: found})
}

type writeFn struct {
	Path   string `json:"path"`
	Format string `json:"format"`
}

func (f *writeFn) ProcessElement(ctx context.Context, _ []byte, found func(*Found) bool) error {
	var all []Found
	var x Found
	for found(&x) {
		all = append(all, x)
	}
	slices.SortFunc(all, func(a, b Found) int {
		ka, kb := compare.Key{Measure: a.Measure, A: a.A, B: a.B}, compare.Key{Measure: b.Measure, A: b.A, B: b.B}
		if c := ka.Compare(kb); c != 0 {
			return c
		}
		return cmp.Compare(a.Seq, b.Seq)
	})
	r := &crosscheck.Report{Findings: make([]compare.Finding, len(all))}
	for i := range all {
		if err := json.Unmarshal(all[i].Finding, &r.Findings[i]); err != nil {
			return err
		}
		all[i].Finding = nil
	}
	// Stable: findings that tie keep their groups' key order and, within a
	// group, CheckGroup's, which is how Check orders them.
	compare.SortFindings(r.Findings)
	return writeFile(ctx, f.Path, func(w *bufio.Writer) error { return r.Write(w, f.Format) })
}

// WriteErrors writes the errors (PCollection<string>) to the file at path,
// one a line, sorted. With none, the file is written empty.
func WriteErrors(s beam.Scope, path string, errs beam.PCollection) {
	s = s.Scope("WriteErrors")
	filesystem.ValidateScheme(path)
	beam.ParDo0(s, &writeErrorsFn{Path: path}, beam.Impulse(s), beam.SideInput{Input: errs})
}

type writeErrorsFn struct {
	Path string `json:"path"`
}

func (f *writeErrorsFn) ProcessElement(ctx context.Context, _ []byte, errs func(*string) bool) error {
	var all []string
	var e string
	for errs(&e) {
		all = append(all, e)
	}
	slices.Sort(all)
	return writeFile(ctx, f.Path, func(w *bufio.Writer) error {
		for _, e := range all {
			w.WriteString(e)
			w.WriteByte('\n')
		}
		return nil
	})
}

// writeFile writes the file at path (local, or on a Beam file system)
// through a buffer filled by write.
func writeFile(ctx context.Context, path string, write func(*bufio.Writer) error) error {
	fsys, err := filesystem.New(ctx, path)
	if err != nil {
		return err
	}
	defer fsys.Close()
	w, err := fsys.OpenWrite(ctx, path)
	if err != nil {
		return err
	}
	bw := bufio.NewWriterSize(w, 1<<20)
	if err := write(bw); err != nil {
		w.Close()
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := bw.Flush(); err != nil {
		w.Close()
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := w.Close(); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return nil
}

// decodeInOrder sorts the records of one group or document as the library
// reads them (by file, then by place in the file) and decodes their claims;
// where names the group or document in an error. The records' encoded
// claims are let go as they are decoded.
func decodeInOrder(recs []Claim, where string) ([]claims.Claim, error) {
	slices.SortFunc(recs, func(a, b Claim) int {
		if c := comparePaths(a.File, b.File); c != 0 {
			return c
		}
		return cmp.Compare(a.Seq, b.Seq)
	})
	cs := make([]claims.Claim, len(recs))
	for i := range recs {
		if err := json.Unmarshal(recs[i].Claim, &cs[i]); err != nil {
			return nil, fmt.Errorf("%s: claim %d of %s: %w", where, recs[i].Seq, recs[i].File, err)
		}
		recs[i].Claim = nil // the decoded claim is enough from here on
	}
	return cs, nil
}
