package compare

import (
	"bytes"
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/claims"
)

//go:embed html.tmpl
var htmlTemplateText string

var htmlTemplate = template.Must(template.New("report").Parse(htmlTemplateText))

// WriteHTML writes one self-contained HTML page for a reader in a browser:
// what was read (documents, outlets, claims, dates) and the findings by
// severity and type at the top; each finding with its explanation, the
// findings folded into it (Finding.Also), its arithmetic and its claims,
// each claim's figure marked in its evidence;
// a timeline for each series (a measure between the same parties) drawn as
// inline SVG, with the findings marked on it; the echoes (which outlets
// carried which origin); and the documents read.
//
// cs are all the claims read, which the timelines and the summary show;
// the claims of fs are added to them when cs does not hold them (so nil cs
// charts only the claims of the findings). The page loads nothing from the
// network, holds a few lines of script at most, and is the same bytes for
// the same claims and findings. All text from the claims is escaped.
func WriteHTML(w io.Writer, cs []claims.Claim, fs []Finding) error {
	var buf bytes.Buffer
	if err := htmlTemplate.Execute(&buf, buildHTML(cs, fs)); err != nil {
		return fmt.Errorf("compare: writing HTML: %w", err)
	}
	if _, err := w.Write(buf.Bytes()); err != nil {
		return fmt.Errorf("compare: writing HTML: %w", err)
	}
	return nil
}

// htmlReport is the view of the page, every string ready to print: the
// template only lays it out.
type htmlReport struct {
	Title      string
	Lede       string
	Stats      []htmlStat
	Severities []*htmlSeverity
	Findings   int
	// CheckFirst are the first findings of the gravest severity above
	// Info, told in full at the top; CheckMore counts the others of it.
	CheckFirst []*htmlFinding
	CheckMore  int
	Charts     []*chart
	Singles    []*figureRow
	Wires      []htmlWire
	Echoes     []htmlEcho
	Sources    []htmlSource
}

type htmlStat struct {
	Value int
	Label string
}

type htmlSeverity struct {
	Name, Label, Blurb, ID string
	Types                  []htmlType
	Findings               []*htmlFinding
}

type htmlType struct {
	Type     string
	Findings []*htmlFinding
	// Shown are the findings the summary links to, the first
	// maxSummaryLinks; More counts the others.
	Shown []*htmlFinding
	More  int
}

// maxCheckFirst is how many of the gravest findings the summary tells.
const maxCheckFirst = 5

// maxSummaryLinks is how many findings of one type and severity the
// summary links to one by one.
const maxSummaryLinks = 12

type htmlFinding struct {
	N           int
	ID          string
	Type        string
	Severity    string
	Series      string
	SeriesHref  string
	SeriesText  string
	Figures     string
	Explanation string
	// Also are the findings folded into this one (Finding.Also).
	Also       []htmlRelated
	Arithmetic []htmlArith
	Claims     []htmlClaim
	// Folded says the claims are shown on request: the finding is
	// information (an echo, a corroboration), no discrepancy.
	Folded bool
}

type htmlArith struct{ Label, Value string }

type htmlRelated struct{ Type, Explanation string }

type htmlClaim struct {
	Figure, Kind, AsOf, Speaker, Outlet, Via, URL, Document string
	Evidence                                                htmlEvidence
}

// htmlEvidence is a claim's evidence split around its figure: Before, Mark
// (the figure) and After. Excerpt says the sentence was shown whole for an
// earlier claim of the finding and Before and After are cut short.
type htmlEvidence struct {
	Before, Mark, After string
	Excerpt             bool
}

type htmlWire struct {
	Origin  string
	Outlets string
	Docs    int
	Figures int
}

type htmlEcho struct {
	Figure, Thing, Origin, Outlets string
	Count, N                       int
	Href                           string
}

type htmlSource struct {
	Document, Outlet, Via, Published, URL string
	Figures                               int
}

// severityBlurbs say what each severity means for a reader.
var severityBlurbs = map[Severity]string{
	High:   "Figures that cannot all be true.",
	Medium: "Differences a reader should ask about.",
	Low:    "Likely explained by time or process, worth a look.",
	Info:   "Worth knowing: echoes, agreement between sources, figures withheld.",
}

// claimRef identifies a claim across the report: its ID, else the ID its
// content gives.
func claimRef(c *claims.Claim) string {
	if c.ID != "" {
		return c.ID
	}
	return c.ContentID()
}

func buildHTML(cs []claims.Claim, fs []Finding) *htmlReport {
	// Every claim once: those read, then those of the findings that are not
	// among them.
	seen := make(map[string]bool, len(cs))
	var all []*claims.Claim
	add := func(c *claims.Claim) {
		if r := claimRef(c); !seen[r] {
			seen[r] = true
			all = append(all, c)
		}
	}
	for i := range cs {
		add(&cs[i])
	}
	for i := range fs {
		for j := range fs[i].Claims {
			add(fs[i].Claims[j])
		}
	}

	r := &htmlReport{Findings: len(fs)}

	// Findings, grouped by severity (highest first) and numbered in the
	// order they are shown.
	order := make([]int, len(fs))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(i, j int) int { return int(fs[j].Severity) - int(fs[i].Severity) })
	number := make([]int, len(fs)) // number[i] is finding i's number on the page
	for n, i := range order {
		number[i] = n + 1
	}
	ss := groupSeries(all)
	seriesOf := seriesIDs(ss)

	var sev *htmlSeverity
	for _, i := range order {
		f := &fs[i]
		if sev == nil || sev.Name != f.Severity.String() {
			sev = &htmlSeverity{Name: f.Severity.String(), Label: capitalize(f.Severity.String()),
				Blurb: severityBlurbs[f.Severity], ID: "severity-" + f.Severity.String()}
			r.Severities = append(r.Severities, sev)
		}
		hf := findingView(f, number[i])
		if id, ok := seriesOf[f.Key]; ok {
			hf.SeriesHref, hf.SeriesText = "#"+id, "See it on the timeline of "+f.Key.String()
		} else if len(f.Claims) > 0 {
			hf.SeriesHref, hf.SeriesText = "#other-figures", "See it among the figures with no timeline"
		}
		sev.Findings = append(sev.Findings, hf)
		k := slices.IndexFunc(sev.Types, func(t htmlType) bool { return t.Type == hf.Type })
		if k < 0 {
			sev.Types = append(sev.Types, htmlType{Type: hf.Type})
			k = len(sev.Types) - 1
		}
		t := &sev.Types[k]
		t.Findings = append(t.Findings, hf)
		if len(t.Shown) < maxSummaryLinks {
			t.Shown = append(t.Shown, hf)
		} else {
			t.More++
		}
	}

	if len(r.Severities) > 0 && r.Severities[0].Name != Info.String() {
		top := r.Severities[0].Findings
		r.CheckFirst = top[:min(len(top), maxCheckFirst)]
		r.CheckMore = len(top) - len(r.CheckFirst)
	}
	r.Charts, r.Singles = charts(ss, fs, number)
	r.Wires = wires(all)
	for _, i := range order {
		if fs[i].Type == Echo {
			r.Echoes = append(r.Echoes, echoView(&fs[i], number[i]))
		}
	}
	r.Sources = sourcesRead(all)
	r.summarise(all)
	return r
}

// summarise sets the title, the lede and the figures at the top.
func (r *htmlReport) summarise(all []*claims.Claim) {
	docs, outlets, wires := map[string]bool{}, map[string]bool{}, map[string]bool{}
	var first, last, pubFirst, pubLast claims.Date
	span := func(lo, hi *claims.Date, d claims.Date) {
		if !d.IsValid() {
			return
		}
		if lo.IsZero() || d.Compare(*lo) < 0 {
			*lo = d
		}
		if hi.IsZero() || d.Compare(*hi) > 0 {
			*hi = d
		}
	}
	for _, c := range all {
		if c.Source.Document != "" {
			docs[c.Source.Document] = true
		}
		if c.Source.Outlet != "" {
			outlets[c.Source.Outlet] = true
		}
		for _, v := range c.Source.Via {
			wires[v] = true
		}
		if !c.AsOf.IsZero() {
			span(&first, &last, c.AsOf.From)
			span(&first, &last, c.AsOf.End())
		}
		span(&pubFirst, &pubLast, c.Source.Published)
	}
	for o := range outlets {
		delete(wires, o)
	}
	r.Stats = []htmlStat{
		{len(docs), plural(len(docs), "document", "documents")},
		{len(outlets), plural(len(outlets), "outlet", "outlets")},
		{len(all), plural(len(all), "claim", "claims")},
		{r.Findings, plural(r.Findings, "finding", "findings")},
		{len(r.Charts), plural(len(r.Charts), "timeline", "timelines")},
	}
	r.Title = fmt.Sprintf("crosscheck: %d %s in %d %s", r.Findings, plural(r.Findings, "finding", "findings"),
		len(docs), plural(len(docs), "document", "documents"))
	var b strings.Builder
	fmt.Fprintf(&b, "%d %s read in %d %s from %d %s", len(all), plural(len(all), "claim", "claims"),
		len(docs), plural(len(docs), "document", "documents"), len(outlets), plural(len(outlets), "outlet", "outlets"))
	if len(wires) > 0 {
		fmt.Fprintf(&b, " (with wire copy from %s)", joinAnd(sortedKeys(wires)))
	}
	if !first.IsZero() {
		fmt.Fprintf(&b, "; the figures are as of %s", dateRange(first, last))
	}
	if !pubFirst.IsZero() && (pubFirst != first || pubLast != last) {
		fmt.Fprintf(&b, " and were published %s", dateRange(pubFirst, pubLast))
	}
	b.WriteString(".")
	r.Lede = b.String()
}

// findingView is the page's view of finding f, numbered n.
func findingView(f *Finding, n int) *htmlFinding {
	hf := &htmlFinding{N: n, ID: "finding-" + strconv.Itoa(n), Type: string(f.Type), Severity: f.Severity.String(),
		Series: f.Key.String(), Explanation: f.Explanation, Arithmetic: htmlArithmetic(f), Folded: f.Severity == Info && len(f.Claims) > 1}
	for _, r := range f.Also {
		hf.Also = append(hf.Also, htmlRelated{Type: string(r.Type), Explanation: r.Explanation})
	}
	var figs []string
	shown := map[string]bool{} // evidence already shown whole
	for i := range f.Claims {
		c := f.Claims[i]
		if fig := figure(c); !slices.Contains(figs, fig) {
			figs = append(figs, fig)
		}
		hc := htmlClaim{Figure: figure(c), Kind: kindScope(c), AsOf: period(c.AsOf), Speaker: speaker(c),
			Outlet: c.Source.Outlet, Via: strings.Join(c.Source.Via, " → "), URL: webURL(c.Source.URL), Document: c.Source.Document}
		if hc.AsOf == "" {
			hc.AsOf = "undated"
		}
		if hc.Speaker == "" {
			hc.Speaker = "unnamed"
		}
		where := fmt.Sprintf("%s\x00%d\x00%d\x00%s", c.Source.Document, c.Evidence.Start, c.Evidence.End, c.Evidence.Text)
		hc.Evidence = evidence(c, shown[where])
		shown[where] = true
		hf.Claims = append(hf.Claims, hc)
	}
	hf.Figures = strings.Join(figs, " · ")
	return hf
}

// webURL returns u when it is a web address (http or https), else "": a
// claim's URL is the source's word, and the report links only to pages.
func webURL(u string) string {
	scheme, _, ok := strings.Cut(u, ":")
	if ok && (strings.EqualFold(scheme, "http") || strings.EqualFold(scheme, "https")) {
		return u
	}
	return ""
}

// kindScope is "completed, running total", "agreed", "estimated, one event".
func kindScope(c *claims.Claim) string {
	s := string(c.Kind)
	switch c.Scope {
	case claims.Total:
		s += ", running total"
	case claims.Event:
		s += ", one event"
	case "":
	default:
		s += ", " + string(c.Scope)
	}
	if c.Mutual {
		s += ", both ways"
	}
	return s
}

// evidence splits c's evidence around its figure, located by the
// quantity's byte span inside the evidence span, else by its text. With
// excerpt, only the words near the figure are kept.
func evidence(c *claims.Claim, excerpt bool) htmlEvidence {
	text := c.Evidence.Text
	var e htmlEvidence
	lo, hi := -1, -1
	if qs, es := c.QuantitySpan, c.Evidence.Span; qs.End > qs.Start && es.Start <= qs.Start && qs.End <= es.End && es.Len() == len(text) {
		lo, hi = qs.Start-es.Start, qs.End-es.Start
	}
	if lo < 0 || !utf8.ValidString(text[:lo]) || !utf8.ValidString(text[lo:hi]) {
		lo, hi = -1, -1
		if q := c.Quantity.Text; q != "" {
			if i := strings.Index(text, q); i >= 0 {
				lo, hi = i, i+len(q)
			}
		}
	}
	if lo < 0 {
		e.Before = oneLine(text)
		return e
	}
	e.Before, e.Mark, e.After = text[:lo], text[lo:hi], text[hi:]
	if excerpt {
		e.Excerpt = true
		e.Before = tail(e.Before, 40)
		e.After = head(e.After, 40)
	}
	e.Before = strings.Join(strings.Fields(e.Before), " ")
	if e.Before != "" && isSpace(text[lo-1]) {
		e.Before += " "
	}
	after := strings.Join(strings.Fields(e.After), " ")
	if after != "" && hi < len(text) && isSpace(text[hi]) {
		after = " " + after
	}
	e.After = after
	return e
}

func isSpace(b byte) bool { return b == ' ' || b == '\n' || b == '\t' || b == '\r' }

// tail keeps the last words of s, about n bytes of them, with "…" before.
func tail(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := len(s) - n
	for cut < len(s) && !isSpace(s[cut]) {
		cut++
	}
	return "…" + s[cut:]
}

// head keeps the first words of s, about n bytes of them, with "…" after.
func head(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := n
	for cut > 0 && !isSpace(s[cut]) {
		cut--
	}
	if cut == 0 {
		cut = n
		for cut < len(s) && !utf8.RuneStart(s[cut]) {
			cut++
		}
	}
	return strings.TrimRight(s[:cut], " \n\t\r") + " …"
}

// htmlArithmetic names the numbers of a finding the way its type reads them.
func htmlArithmetic(f *Finding) []htmlArith {
	n := f.Arithmetic
	left, right := "first", "second"
	switch f.Type {
	case Conflict:
		left, right = "one source", "the other"
	case Regression, Jump:
		left, right = "earlier", "later"
	case Shortfall, Exceeds:
		left, right = "agreed", "done"
	case Imbalance:
		left, right = "one way", "the other way"
	case Arithmetic:
		left, right = "stated total", "sum of the parts"
	}
	var out []htmlArith
	add := func(label, value string) { out = append(out, htmlArith{label, value}) }
	if !n.Left.IsZero() || !n.Right.IsZero() {
		add(left, grouped(n.Left))
		add(right, grouped(n.Right))
	}
	if !n.Difference.IsZero() {
		d := grouped(n.Difference)
		if n.Difference.Sign() > 0 {
			d = "+" + d
		}
		add("difference", d)
	}
	if !n.Gap.IsZero() {
		add("apart, at least", grouped(n.Gap))
	}
	if len(n.Terms) > 0 {
		ts := make([]string, len(n.Terms))
		for i, t := range n.Terms {
			ts[i] = grouped(t)
		}
		add("parts", strings.Join(ts, " + "))
	}
	if !n.Sum.IsZero() && f.Type != Arithmetic {
		add("sum", grouped(n.Sum))
	}
	if n.Share != 0 {
		add("share done", strconv.FormatFloat(n.Share*100, 'f', shareDigits(n.Share), 64)+"%")
	}
	if r := strconv.FormatFloat(n.Ratio, 'g', 3, 64); n.Ratio != 0 && n.Share == 0 && r != "1" {
		add("ratio", r)
	}
	if n.Days != 0 {
		add("days apart", strconv.Itoa(n.Days))
	}
	if n.Origins != 0 {
		add("independent origins", strconv.Itoa(n.Origins))
	}
	if n.Outlets != 0 {
		add("outlets", strconv.Itoa(n.Outlets))
	}
	return out
}

func shareDigits(share float64) int {
	if share < 0.095 {
		return 1
	}
	return 0
}

// grouped writes d with thousands separators: "6,060", "-5,982", "0.5".
func grouped(d claims.Decimal) string { return thousands(d.String()) }

func thousands(s string) string {
	if strings.ContainsAny(s, "e") {
		return s
	}
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	intPart, frac, hasFrac := strings.Cut(s, ".")
	var b strings.Builder
	if neg {
		b.WriteString("−")
	}
	for i, r := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	if hasFrac {
		b.WriteString("." + frac)
	}
	return b.String()
}

// echoView is a row of the echoes table: the figure, where it started, the
// outlets that carried it.
func echoView(f *Finding, n int) htmlEcho {
	e := htmlEcho{N: n, Href: "#finding-" + strconv.Itoa(n), Thing: f.Key.String()}
	var outlets, speakers, wires []string
	for i := range f.Claims {
		c := f.Claims[i]
		if e.Figure == "" {
			e.Figure = figure(c)
		}
		if o := c.Source.Outlet; o != "" && !slices.Contains(outlets, o) {
			outlets = append(outlets, o)
		}
		if w := who(c); w != c.Source.Outlet && !slices.Contains(speakers, w) {
			speakers = append(speakers, w)
		}
		if len(c.Source.Via) > 0 && !slices.Contains(wires, c.Source.Via[0]) {
			wires = append(wires, c.Source.Via[0])
		}
	}
	switch {
	case len(speakers) > 0 && len(wires) > 0:
		e.Origin = joinAnd(speakers) + ", through " + joinAnd(wires)
	case len(speakers) > 0:
		e.Origin = joinAnd(speakers)
	default:
		e.Origin = joinAnd(wires)
	}
	e.Outlets = joinAnd(outlets)
	e.Count = len(outlets)
	return e
}

// wires lists the outlets each wire service's copy reached.
func wires(all []*claims.Claim) []htmlWire {
	type acc struct {
		outlets, docs map[string]bool
		figures       int
	}
	by := map[string]*acc{}
	for _, c := range all {
		if len(c.Source.Via) == 0 {
			continue
		}
		origin := c.Source.Via[0]
		a := by[origin]
		if a == nil {
			a = &acc{outlets: map[string]bool{}, docs: map[string]bool{}}
			by[origin] = a
		}
		if c.Source.Outlet != "" {
			a.outlets[c.Source.Outlet] = true
		}
		a.docs[c.Source.Document] = true
		a.figures++
	}
	var out []htmlWire
	for _, origin := range sortedKeys(by) {
		a := by[origin]
		out = append(out, htmlWire{Origin: origin, Outlets: joinAnd(sortedKeys(a.outlets)), Docs: len(a.docs), Figures: a.figures})
	}
	return out
}

// sourcesRead lists the documents read, in name order.
func sourcesRead(all []*claims.Claim) []htmlSource {
	by := map[string]*htmlSource{}
	for _, c := range all {
		d := c.Source.Document
		s := by[d]
		if s == nil {
			s = &htmlSource{Document: d, Outlet: c.Source.Outlet, Via: strings.Join(c.Source.Via, " → "),
				Published: date(c.Source.Published), URL: webURL(c.Source.URL)}
			if s.Document == "" {
				s.Document = "(no document named)"
			}
			by[d] = s
		}
		if s.URL == "" {
			s.URL = webURL(c.Source.URL)
		}
		s.Figures++
	}
	var out []htmlSource
	for _, d := range sortedKeys(by) {
		out = append(out, *by[d])
	}
	return out
}

func sortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}

// joinAnd is "A, B and C".
func joinAnd(xs []string) string {
	switch len(xs) {
	case 0:
		return ""
	case 1:
		return xs[0]
	}
	return strings.Join(xs[:len(xs)-1], ", ") + " and " + xs[len(xs)-1]
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// dateRange is "7 March 2023 to 21 June 2025" or "19 June 2025".
func dateRange(a, b claims.Date) string {
	if a == b {
		return date(a)
	}
	return date(a) + " to " + date(b)
}
