package compare

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/claims"
)

// The timelines of the HTML report: one chart for each series (the claims
// of one Key), every figure placed by its as-of date, drawn by the template
// from the coordinates worked out here.

// Chart geometry, in SVG user units.
const (
	chartW      = 760.0
	plotX0      = 64.0
	plotX1      = 744.0
	chartTop    = 6.0
	flagStripH  = 30.0
	panelLabelH = 20.0
	plotH       = 150.0
	smallPlotH  = 96.0  // for a panel of one or two marks
	narrowW     = 420.0 // a chart of one day
	panelGap    = 14.0
	axisH       = 30.0
	dodgeStep   = 12.0
	offScaleX   = 4.0 // a level more than this many times the largest figure is drawn above the scale
)

// speakerColours colour the points of a chart by who gave them; red and
// orange are left to the severities of findings.
var speakerColours = []string{"#1d4ed8", "#7c3aed", "#0f766e", "#be185d", "#a16207", "#0891b2", "#4d7c0f", "#475569"}

type chart struct {
	ID, Heading, TitleID, DescID string
	Desc                         string
	H                            float64
	W, X0, X1, YLabelX           float64
	Narrow                       bool
	AxisY                        float64
	HasDirection                 bool
	XTicks                       []xTick
	FlagY                        float64
	Flags                        []chartFlag
	Panels                       []*panel
	Legend                       []legendEntry
	Has                          map[string]bool // the marks used, for the key
	Rows                         []*figureRow
	Undated                      int
	entries                      []*rowEntry          // the rows, before they are ordered
	levelRows                    map[string]*rowEntry // a level drawn in two panels is one row
}

// A rowEntry is a row of a chart's table and the links to it.
type rowEntry struct {
	day   int
	value float64
	row   *figureRow
	hrefs []*string
}

type xTick struct {
	X     float64
	Label string
}

type yTick struct {
	Y     float64
	Label string
}

type chartFlag struct {
	X, Y     float64
	TipY     float64
	N        int
	Severity string
	Href     string
	Title    string
}

type panel struct {
	Label         string
	LabelY        float64
	Top, Bottom   float64
	YTicks        []yTick
	Levels        []*level
	Points        []*point
	dir           Direction
	figMax        float64
	percent       bool
	count         int
	min, max      *point
	levelPhrases  []string
	withheldCount int
}

type level struct {
	X1, X2, Y      float64
	LabelX, LabelY float64
	Kind           string // "agreed" or "offered"
	Anchor         string // of the label: "start" or "end"
	Label          string
	Title          string
	Href           string
	Above          bool
	value          float64
	day            int
}

type point struct {
	X, Y         float64
	Colour       string
	Shape        string // "total", "event", "unstated", "withheld"
	Interval     bool
	IY1, IY2     float64 // the interval's ends, IY1 the top
	OpenTop      bool
	Period       bool
	PX1          float64
	BarX, BarH   float64
	CountX       float64
	CountY       float64
	Ring         string // "high" for a figure in a high finding: figures that cannot all be true
	Count        int
	Title        string
	Href         string
	value        float64
	day, fromDay int
	claims       []*claims.Claim
}

type legendEntry struct {
	Colour, Name string
}

// A figureRow is one line of a series' table of figures: the figures a
// chart draws as one point (one speaker's figure carried by several
// outlets), or a figure of a series too small to chart.
type figureRow struct {
	ID, Series, Direction, Date, Figure, Kind, Speaker, Outlets string
	Count                                                       int
	Findings                                                    []findingLink
}

type findingLink struct {
	N        int
	Href     string
	Severity string
	Type     string
}

// A series is the claims of one Key.
type series struct {
	key     Key
	claims  []*claims.Claim
	charted bool
	id      string
}

// groupSeries gathers the claims by Key, in key order; a series is charted
// when it has two figures (or withheld figures) with dates.
func groupSeries(all []*claims.Claim) []*series {
	by := map[Key]*series{}
	var out []*series
	for _, c := range all {
		k := KeyOf(c)
		s := by[k]
		if s == nil {
			s = &series{key: k}
			by[k] = s
			out = append(out, s)
		}
		s.claims = append(s.claims, c)
	}
	slices.SortFunc(out, func(a, b *series) int { return a.key.Compare(b.key) })
	n := 0
	for _, s := range out {
		dated := 0
		for _, c := range s.claims {
			if !c.AsOf.IsZero() && c.AsOf.IsValid() {
				dated++
			}
		}
		if s.key.Measure != "" && dated >= 2 {
			n++
			s.charted, s.id = true, "series-"+strconv.Itoa(n)
		}
	}
	return out
}

// seriesIDs returns the anchor of each charted series.
func seriesIDs(ss []*series) map[Key]string {
	m := map[Key]string{}
	for _, s := range ss {
		if s.charted {
			m[s.key] = s.id
		}
	}
	return m
}

// findingsOf maps each claim to the findings it is in.
type findingsOf struct {
	fs     []Finding
	number []int
	by     map[string][]int
}

func newFindingsOf(fs []Finding, number []int) *findingsOf {
	fo := &findingsOf{fs: fs, number: number, by: map[string][]int{}}
	for i := range fs {
		for j := range fs[i].Claims {
			r := claimRef(fs[i].Claims[j])
			if !slices.Contains(fo.by[r], i) {
				fo.by[r] = append(fo.by[r], i)
			}
		}
	}
	return fo
}

// links returns the findings of cs, by their number on the page.
func (fo *findingsOf) links(cs []*claims.Claim) []findingLink {
	var out []findingLink
	for _, c := range cs {
		for _, i := range fo.by[claimRef(c)] {
			n := fo.number[i]
			if !slices.ContainsFunc(out, func(l findingLink) bool { return l.N == n }) {
				out = append(out, findingLink{N: n, Href: "#finding-" + strconv.Itoa(n),
					Severity: fo.fs[i].Severity.String(), Type: string(fo.fs[i].Type)})
			}
		}
	}
	slices.SortFunc(out, func(a, b findingLink) int { return a.N - b.N })
	return out
}

// inHigh reports whether one of links is a High finding.
func inHigh(links []findingLink) bool {
	return slices.ContainsFunc(links, func(l findingLink) bool { return l.Severity == High.String() })
}

// charts draws every charted series and lists the figures of the others.
func charts(ss []*series, fs []Finding, number []int) ([]*chart, []*figureRow) {
	fo := newFindingsOf(fs, number)
	var out []*chart
	var singles []*figureRow
	for _, s := range ss {
		if s.charted {
			out = append(out, drawChart(s, fo))
			continue
		}
		for _, c := range s.claims {
			row := &figureRow{Series: s.key.String(), Date: period(c.AsOf), Figure: figure(c), Kind: kindScope(c),
				Speaker: who(c), Outlets: outletChain(c), Count: 1, Findings: fo.links([]*claims.Claim{c})}
			if row.Series == "" {
				row.Series = "(says not what it counts)"
			}
			if row.Date == "" {
				row.Date = "undated"
			}
			singles = append(singles, row)
		}
	}
	for i, r := range singles {
		r.ID = "figure-" + strconv.Itoa(i+1)
	}
	return out, singles
}

// outletChain is "Coastal Courier via Reuters".
func outletChain(c *claims.Claim) string {
	s := c.Source.Outlet
	if len(c.Source.Via) > 0 {
		if s != "" {
			s += " via "
		}
		s += strings.Join(c.Source.Via, ", ")
	}
	return s
}

// direction places c in a series of key k: Forward (k.A gives to k.B),
// Backward, Both for an exchange counted both ways together, or None.
func direction(k Key, c *claims.Claim) Direction {
	switch {
	case k.A == "" || k.B == "":
		return None
	case c.Mutual && c.Quantity.Reciprocal:
		return Forward // drawn in both directions; see drawChart
	case c.Mutual:
		return Both
	case c.Subject == k.A:
		return Forward
	}
	return Backward
}

// panelLabel names the figures of a panel: "from Russia to Ukraine".
func panelLabel(k Key, d Direction) string {
	switch d {
	case Forward:
		return "from " + k.A + " to " + k.B
	case Backward:
		return "from " + k.B + " to " + k.A
	case Both:
		return "both ways together"
	}
	return ""
}

// arrow is a panel's direction for a table: "Russia → Ukraine", "both
// ways", or, for -1, "each way".
func arrow(k Key, d Direction) string {
	switch d {
	case Forward:
		return k.A + " → " + k.B
	case Backward:
		return k.B + " → " + k.A
	case Both:
		return "both ways"
	case -1:
		return "each way"
	}
	return ""
}

// speakers names who gave cs: "Meridian Daily, Coastal Courier and
// Vladimir Medinsky".
func speakers(cs []*claims.Claim) string {
	var names []string
	for _, c := range cs {
		if w := who(c); !slices.Contains(names, w) {
			names = append(names, w)
		}
	}
	return joinAnd(names)
}

func dayOf(d claims.Date) int { return int(d.Time().Unix() / 86400) }

func round1(x float64) float64 { return math.Round(x*10) / 10 }

// drawChart lays out the chart of series s.
func drawChart(s *series, fo *findingsOf) *chart {
	k := s.key
	ch := &chart{ID: s.id, Heading: k.String(), TitleID: s.id + "-title", DescID: s.id + "-desc",
		W: chartW, X0: plotX0, X1: plotX1, YLabelX: plotX0 - 6, Has: map[string]bool{}, levelRows: map[string]*rowEntry{}}

	// Panels by direction; a reciprocal formula ("6,000-for-6,000") is a
	// level in each direction.
	panels := map[Direction]*panel{}
	get := func(d Direction) *panel {
		p := panels[d]
		if p == nil {
			p = &panel{dir: d, Label: panelLabel(k, d)}
			panels[d] = p
		}
		return p
	}
	type levelAt struct {
		p *panel
		c *claims.Claim
	}
	var levels []levelAt
	var reciprocal []*claims.Claim
	minDay, maxDay := math.MaxInt, math.MinInt
	see := func(d int) {
		minDay, maxDay = min(minDay, d), max(maxDay, d)
	}
	merged := map[string]*point{}
	var points []*point
	for _, c := range s.claims {
		if c.AsOf.IsZero() || !c.AsOf.IsValid() {
			ch.Undated++
			continue
		}
		see(dayOf(c.AsOf.From))
		see(dayOf(c.AsOf.End()))
		d := direction(k, c)
		if c.Quantity.IsValid() && (c.Kind == claims.Agreed || c.Kind == claims.Offered) {
			if c.Mutual && c.Quantity.Reciprocal && k.A != "" && k.B != "" {
				reciprocal = append(reciprocal, c)
				continue
			}
			levels = append(levels, levelAt{get(d), c})
			continue
		}
		p := get(d)
		q := c.Quantity
		mk := fmt.Sprint(d, "|", c.Kind, "|", c.Scope, "|", c.AsOf, "|", who(c), "|", q.IsValid(), "|", q.Qualifier, "|",
			q.Value, "|", q.Lower, "|", q.Upper, "|", q.Unit)
		if pt := merged[mk]; pt != nil {
			pt.claims = append(pt.claims, c)
			continue
		}
		pt := &point{claims: []*claims.Claim{c}, day: dayOf(c.AsOf.End()), fromDay: dayOf(c.AsOf.From)}
		merged[mk] = pt
		points = append(points, pt)
		p.Points = append(p.Points, pt)
	}
	// A reciprocal formula goes in each direction that has figures, or in
	// the forward one when none has.
	if len(reciprocal) > 0 {
		var ds []Direction
		for _, d := range []Direction{Forward, Backward} {
			if panels[d] != nil {
				ds = append(ds, d)
			}
		}
		if len(ds) == 0 {
			ds = []Direction{Forward}
		}
		for _, c := range reciprocal {
			for _, d := range ds {
				levels = append(levels, levelAt{get(d), c})
			}
		}
	}
	var ps []*panel
	for _, d := range []Direction{None, Forward, Backward, Both} {
		if p := panels[d]; p != nil {
			ps = append(ps, p)
		}
	}
	ch.Panels = ps

	// Levels that say the same (one agreement reported by five outlets)
	// are one line.
	mergedLevels := map[string]*level{}
	levelClaims := map[*level][]*claims.Claim{}
	for _, la := range levels {
		c := la.c
		q := c.Quantity
		mk := fmt.Sprint(la.p.dir, "|", c.Kind, "|", c.AsOf, "|", q.Qualifier, "|", q.Value, "|", q.Lower, "|", q.Upper, "|", q.Reciprocal)
		l := mergedLevels[mk]
		if l == nil {
			l = &level{Kind: string(c.Kind), value: q.Value.Float64(), day: dayOf(c.AsOf.From)}
			mergedLevels[mk] = l
			la.p.Levels = append(la.p.Levels, l)
		}
		levelClaims[l] = append(levelClaims[l], c)
	}

	// The time axis: every as-of day, with a margin. A chart of one day
	// is narrow, its figures spread wider.
	span := float64(maxDay - minDay)
	pad := math.Max(1, span*0.06)
	lo, hi := float64(minDay)-pad, float64(maxDay)+pad
	if span == 0 {
		ch.Narrow, ch.W = true, narrowW
		ch.X1 = narrowW - (chartW - plotX1)
	}
	x1 := ch.X1
	xOf := func(day int) float64 { return round1(plotX0 + (float64(day)-lo)/(hi-lo)*(x1-plotX0)) }

	// Colours by speaker, in name order.
	var speakers []string
	for _, pt := range points {
		if w := who(pt.claims[0]); !slices.Contains(speakers, w) {
			speakers = append(speakers, w)
		}
	}
	slices.Sort(speakers)
	colour := map[string]string{}
	for i, sp := range speakers {
		colour[sp] = speakerColours[i%len(speakerColours)]
		ch.Legend = append(ch.Legend, legendEntry{Colour: colour[sp], Name: sp})
	}

	// Points side by side on one day in order of value.
	for _, p := range ps {
		slices.SortStableFunc(p.Points, func(a, b *point) int {
			if a.day != b.day {
				return a.day - b.day
			}
			return a.claims[0].Quantity.Value.Cmp(b.claims[0].Quantity.Value)
		})
	}

	// Flags for the findings above Info, at the last day of their claims.
	y := chartTop
	type flagAt struct {
		day, n int
		f      *Finding
	}
	var flags []flagAt
	for i := range fo.fs {
		f := &fo.fs[i]
		if f.Key != k || f.Severity <= Info {
			continue
		}
		last := math.MinInt
		for j := range f.Claims {
			if a := f.Claims[j].AsOf; !a.IsZero() && a.IsValid() {
				last = max(last, dayOf(a.End()))
			}
		}
		if last != math.MinInt {
			flags = append(flags, flagAt{last, fo.number[i], f})
		}
	}
	slices.SortFunc(flags, func(a, b flagAt) int { return a.n - b.n })
	if len(flags) > 0 {
		ch.FlagY = y + flagStripH/2 - 3
		byDay := map[int][]flagAt{}
		var days []int
		for _, fl := range flags {
			if byDay[fl.day] == nil {
				days = append(days, fl.day)
			}
			byDay[fl.day] = append(byDay[fl.day], fl)
		}
		for _, d := range days {
			group := byDay[d]
			for i, fl := range group {
				x := xOf(d) + (float64(i)-float64(len(group)-1)/2)*20
				x = math.Max(plotX0+10, math.Min(x1-10, x))
				ch.Flags = append(ch.Flags, chartFlag{X: round1(x), Y: ch.FlagY, TipY: ch.FlagY + 15, N: fl.n, Severity: fl.f.Severity.String(),
					Href:  "#finding-" + strconv.Itoa(fl.n),
					Title: fmt.Sprintf("Finding %d, %s %s: %s", fl.n, fl.f.Severity, fl.f.Type, fl.f.Explanation)})
			}
		}
		slices.SortStableFunc(ch.Flags, func(a, b chartFlag) int { return a.N - b.N })
		y += flagStripH
		ch.Has["flag"] = true
	}

	// Each panel: its scale, its levels, its points.
	for _, p := range ps {
		p.LabelY = round1(y + 14)
		if p.Label == "" {
			p.LabelY = 0
			y -= panelLabelH - 6
		}
		p.Top = round1(y + panelLabelH)
		h := plotH
		if len(p.Points)+len(p.Levels) <= 2 {
			h = smallPlotH
		}
		p.Bottom = round1(p.Top + h)
		y = p.Bottom + panelGap
		layoutPanel(p, k, fo, colour, xOf, levelClaims, ch)
	}
	ch.AxisY = round1(ps[len(ps)-1].Bottom + 18)
	for _, p := range ps {
		ch.HasDirection = ch.HasDirection || p.Label != ""
	}
	ch.H = round1(ps[len(ps)-1].Bottom + axisH)
	ch.XTicks = dayTicks(minDay, maxDay, lo, hi, xOf)

	// The table: every point and level, by day, then value.
	slices.SortStableFunc(ch.entries, func(a, b *rowEntry) int {
		if a.day != b.day {
			return a.day - b.day
		}
		return cmp.Compare(a.value, b.value)
	})
	for i, e := range ch.entries {
		e.row.ID = fmt.Sprintf("%s-figure-%d", s.id, i+1)
		for _, h := range e.hrefs {
			*h = "#" + e.row.ID
		}
		ch.Rows = append(ch.Rows, e.row)
	}
	ch.Desc = describe(ch, k, levelClaims)
	return ch
}

// layoutPanel places the levels and points of p.
func layoutPanel(p *panel, k Key, fo *findingsOf, colour map[string]string, xOf func(int) float64,
	levelClaims map[*level][]*claims.Claim, ch *chart) {
	approx := claims.Tolerance{Approx: claims.DefaultTolerance().Approx}
	thing := k.Measure
	if l := panelLabel(k, p.dir); l != "" {
		thing += " " + l
	} else if k.A != "" || k.B != "" {
		thing += " (" + strings.TrimPrefix(k.String(), k.Measure+": ") + ")"
	}

	// The scale: the figures, and the levels near them.
	for _, pt := range p.Points {
		q := pt.claims[0].Quantity
		if !q.IsValid() {
			continue
		}
		if q.Unit == claims.Percent {
			p.percent = true
		}
		pt.value = q.Value.Float64()
		if q.Qualifier == claims.Range && q.Upper.Set {
			pt.value = (q.Value.Float64() + q.Upper.Value.Float64()) / 2
		}
		p.figMax = math.Max(p.figMax, pt.value)
		if _, hi := q.Interval(approx); hi.Set {
			p.figMax = math.Max(p.figMax, hi.Value.Float64())
		}
	}
	top := p.figMax
	for _, l := range p.Levels {
		if p.figMax > 0 && l.value > offScaleX*p.figMax {
			l.Above = true
			continue
		}
		top = math.Max(top, l.value)
	}
	ticks := 4.0
	if p.Bottom-p.Top < plotH {
		ticks = 2
	}
	step, yMax := niceScale(top, ticks)
	yOf := func(v float64) float64 {
		return round1(p.Bottom - math.Max(0, math.Min(v, yMax))/yMax*(p.Bottom-p.Top))
	}
	for v := 0.0; v <= yMax+step/2; v += step {
		p.YTicks = append(p.YTicks, yTick{Y: yOf(v), Label: compactNumber(v, p.percent)})
	}

	// Levels: a line from the day of the agreement or offer onwards,
	// labelled at the right; those far above the figures at the top.
	slices.SortStableFunc(p.Levels, func(a, b *level) int { return cmp.Compare(b.value, a.value) })
	lastLabelY := -1e9
	for _, l := range p.Levels {
		cs := levelClaims[l]
		c := cs[0]
		l.X1, l.X2 = xOf(l.day), ch.X1
		if l.Above {
			l.Y = p.Top + 2
		} else {
			l.Y = yOf(l.value)
		}
		l.Label = string(c.Kind) + " " + figure(c)
		if c.Quantity.Reciprocal {
			l.Label += " each way"
		}
		if l.Above {
			l.Label += ", far above this scale ↑"
		}
		// The label starts where the line does, or ends at the right
		// where it would not fit.
		l.LabelX, l.Anchor = round1(l.X1+6), "start"
		if l.X1+6+6.5*float64(utf8.RuneCountInString(l.Label)) > ch.X1 {
			l.LabelX, l.Anchor = ch.X1-4, "end"
		}
		l.LabelY = round1(l.Y - 6)
		if l.Above {
			l.LabelY = round1(l.Y + 13)
		}
		if math.Abs(l.LabelY-lastLabelY) < 13 {
			l.LabelY = round1(lastLabelY + 13)
		}
		lastLabelY = l.LabelY
		var srcs []string
		for _, c := range cs {
			if s := who(c) + " (" + outletChain(c) + ")"; !slices.Contains(srcs, s) {
				srcs = append(srcs, s)
			}
		}
		l.Title = fmt.Sprintf("%s %s %s, as of %s: %s", capitalize(string(c.Kind)), figure(c), thing, period(c.AsOf), strings.Join(srcs, "; "))
		links := fo.links(cs)
		if len(links) > 0 {
			l.Title += ". " + findingsPhrase(links)
		}
		dir := p.dir
		if c.Quantity.Reciprocal {
			dir = -1 // each way
		}
		rk := fmt.Sprint(dir, "|", c.Kind, "|", c.AsOf, "|", c.Quantity.Qualifier, "|", c.Quantity.Value, "|", c.Quantity.Upper)
		e := ch.levelRows[rk]
		if e == nil {
			var outlets []string
			for _, c := range cs {
				if o := outletChain(c); o != "" && !slices.Contains(outlets, o) {
					outlets = append(outlets, o)
				}
			}
			slices.Sort(outlets)
			e = &rowEntry{day: l.day, value: l.value, row: &figureRow{Series: k.String(), Direction: arrow(k, dir),
				Date: period(c.AsOf), Figure: figure(c), Kind: kindScope(c), Speaker: speakers(cs), Outlets: joinAnd(outlets),
				Count: len(cs), Findings: links}}
			ch.levelRows[rk] = e
			ch.entries = append(ch.entries, e)
		}
		e.hrefs = append(e.hrefs, &l.Href)
		ch.Has[l.Kind] = true
		p.levelPhrases = append(p.levelPhrases, fmt.Sprintf("%s %s as of %s", c.Kind, figure(c), period(c.AsOf)))
	}

	// Points: their marks, then their places side by side where marks of
	// one day would overlap.
	for _, pt := range p.Points {
		c := pt.claims[0]
		q := c.Quantity
		pt.Colour = colour[who(c)]
		pt.Count = len(pt.claims)
		switch {
		case !q.IsValid():
			pt.Shape = "withheld"
			pt.Y = round1(p.Bottom - 8)
			p.withheldCount++
		case c.Scope == claims.Total:
			pt.Shape = "total"
		case c.Scope == claims.Event:
			pt.Shape = "event"
		default:
			pt.Shape = "unstated"
		}
		ch.Has[pt.Shape] = true
		if q.IsValid() {
			pt.Y = yOf(pt.value)
			if pt.Shape == "event" {
				pt.BarH = round1(p.Bottom - pt.Y)
			}
			if q.Qualifier != claims.Exact || q.Vague {
				lo, hi := q.Interval(approx)
				pt.Interval = true
				ch.Has["interval"] = true
				pt.IY2 = p.Bottom
				if lo.Set {
					pt.IY2 = yOf(lo.Value.Float64())
				}
				if hi.Set {
					pt.IY1 = yOf(hi.Value.Float64())
				} else {
					pt.IY1 = p.Top + 6
					pt.OpenTop = true
				}
			}
			if p.min == nil || pt.value < p.min.value {
				p.min = pt
			}
			if p.max == nil || pt.value > p.max.value {
				p.max = pt
			}
		}
		if pt.fromDay != pt.day {
			pt.Period = true
			pt.PX1 = xOf(pt.fromDay)
		}
		links := fo.links(pt.claims)
		if inHigh(links) {
			pt.Ring = High.String()
			ch.Has["ring"] = true
		}
		var outlets []string
		for _, c := range pt.claims {
			if o := outletChain(c); o != "" && !slices.Contains(outlets, o) {
				outlets = append(outlets, o)
			}
		}
		slices.Sort(outlets)
		ch.entries = append(ch.entries, &rowEntry{day: pt.day, value: pt.value, hrefs: []*string{&pt.Href},
			row: &figureRow{Series: k.String(), Direction: arrow(k, p.dir), Date: period(c.AsOf), Figure: figure(c),
				Kind: kindScope(c), Speaker: who(c), Outlets: joinAnd(outlets), Count: len(pt.claims), Findings: links}})
		var b strings.Builder
		fmt.Fprintf(&b, "%s %s, %s, as of %s. %s", figure(c), thing, kindScope(c), period(c.AsOf), who(c))
		if len(outlets) > 0 {
			fmt.Fprintf(&b, " (%s)", strings.Join(outlets, "; "))
		}
		b.WriteString(".")
		if len(links) > 0 {
			b.WriteString(" " + findingsPhrase(links) + ".")
		}
		pt.Title = b.String()
		p.count++
	}
	dodge := dodgeStep
	if ch.Narrow {
		dodge = 3 * dodgeStep
	}
	type placed struct {
		slot        int
		top, bottom float64
	}
	byDay := map[int][]placed{}
	for _, pt := range p.Points {
		top, bottom := pt.Y-7, pt.Y+7
		if pt.Interval {
			top, bottom = math.Min(top, pt.IY1), math.Max(bottom, pt.IY2)
		}
		if pt.Shape == "event" {
			bottom = p.Bottom
		}
		taken := byDay[pt.day]
		slot := 0
		for n := 1; slices.ContainsFunc(taken, func(o placed) bool { return o.slot == slot && o.top < bottom && top < o.bottom }); n++ {
			slot = (n + 1) / 2 // 1, -1, 2, -2, …
			if n%2 == 0 {
				slot = -slot
			}
		}
		byDay[pt.day] = append(taken, placed{slot, top, bottom})
		pt.X = round1(xOf(pt.day) + float64(slot)*dodge)
		pt.BarX = round1(pt.X - 4)
		pt.CountX, pt.CountY = round1(pt.X+6), round1(pt.Y+16)
	}
}

// findingsPhrase is "Findings 1 (conflict), 3 (arithmetic)".
func findingsPhrase(links []findingLink) string {
	var parts []string
	for _, l := range links {
		parts = append(parts, fmt.Sprintf("%d (%s %s)", l.N, l.Severity, l.Type))
	}
	return plural(len(links), "Finding ", "Findings ") + strings.Join(parts, ", ")
}

// niceScale returns a round step, for about ticks steps, and the top of a
// scale from zero that holds top with some room to spare.
func niceScale(top, ticks float64) (step, yMax float64) {
	if top <= 0 {
		top = 1
	}
	raw := top / ticks
	mag := math.Pow(10, math.Floor(math.Log10(raw)))
	for _, m := range []float64{1, 2, 2.5, 5, 10} {
		step = m * mag
		if step >= raw {
			break
		}
	}
	yMax = math.Ceil(top/step) * step
	if yMax < top*1.08 {
		yMax += step
	}
	return step, yMax
}

// compactNumber writes a tick label: "6,000", "1.5m", "2.5", "40%".
func compactNumber(v float64, percent bool) string {
	var s string
	switch {
	case v >= 1e6:
		s = strconv.FormatFloat(v/1e6, 'f', -1, 64) + "m"
	case v == math.Trunc(v):
		s = thousands(strconv.FormatFloat(v, 'f', 0, 64))
	default:
		s = strconv.FormatFloat(v, 'f', -1, 64)
	}
	if percent {
		s += "%"
	}
	return s
}

var shortMonths = [...]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}

// dayTicks returns ticks for the days from minDay to maxDay: every day,
// every few days or weeks, or the first of every few months, with the year
// on the first tick and where it changes.
func dayTicks(minDay, maxDay int, lo, hi float64, xOf func(int) float64) []xTick {
	span := maxDay - minDay
	var days []int
	if span <= 7*16 {
		step := 1
		for _, s := range []int{1, 2, 3, 4, 7, 14} {
			step = s
			if span/s <= 7 {
				break
			}
		}
		for d := minDay; d <= maxDay; d += step {
			days = append(days, d)
		}
	} else {
		months := 1
		for _, m := range []int{1, 2, 3, 6, 12, 24, 60} {
			months = m
			if span/(30*m) <= 7 {
				break
			}
		}
		t := civilOf(minDay)
		first := claims.Date{Year: t.Year, Month: t.Month, Day: 1}
		for d := first; dayOf(d) <= maxDay; d = claims.DateOf(d.Time().AddDate(0, months, 0)) {
			if dd := dayOf(d); float64(dd) >= lo {
				days = append(days, dd)
			}
		}
	}
	var out []xTick
	lastYear := 0
	for _, d := range days {
		t := civilOf(d)
		label := strconv.Itoa(t.Day) + " " + shortMonths[t.Month-1]
		if span > 7*16 {
			label = shortMonths[t.Month-1]
		}
		if t.Year != lastYear {
			label += " " + strconv.Itoa(t.Year)
			lastYear = t.Year
		}
		if x := xOf(d); x >= plotX0 && x <= plotX1 {
			out = append(out, xTick{X: x, Label: label})
		}
	}
	return out
}

func civilOf(day int) claims.Date {
	return claims.DateOf(claims.Date{Year: 1970, Month: 1, Day: 1}.Time().AddDate(0, 0, day))
}

// describe is the chart's text alternative: what it shows, panel by panel.
func describe(ch *chart, k Key, levelClaims map[*level][]*claims.Claim) string {
	var b strings.Builder
	n := len(ch.Rows)
	fmt.Fprintf(&b, "Timeline of %d %s for %s", n, plural(n, "figure", "figures"), k.String())
	if len(ch.XTicks) > 0 {
		b.WriteString(", by the day each figure holds for")
	}
	b.WriteString(".")
	for _, p := range ch.Panels {
		b.WriteString(" ")
		if p.Label != "" {
			b.WriteString(capitalize(p.Label) + ": ")
		}
		switch {
		case p.min != nil && p.min != p.max:
			fmt.Fprintf(&b, "%d %s, from %s (%s, %s) to %s (%s, %s)", p.count, plural(p.count, "figure", "figures"),
				figure(p.min.claims[0]), who(p.min.claims[0]), period(p.min.claims[0].AsOf),
				figure(p.max.claims[0]), who(p.max.claims[0]), period(p.max.claims[0].AsOf))
		case p.min != nil:
			fmt.Fprintf(&b, "%s (%s, %s)", figure(p.min.claims[0]), who(p.min.claims[0]), period(p.min.claims[0].AsOf))
		default:
			b.WriteString("no figures")
		}
		if p.withheldCount > 0 {
			fmt.Fprintf(&b, "; %d withheld", p.withheldCount)
		}
		if len(p.levelPhrases) > 0 {
			b.WriteString("; " + strings.Join(p.levelPhrases, "; "))
		}
		b.WriteString(".")
	}
	if len(ch.Flags) > 0 {
		var ns []string
		for _, f := range ch.Flags {
			ns = append(ns, strconv.Itoa(f.N))
		}
		fmt.Fprintf(&b, " Findings marked: %s.", strings.Join(ns, ", "))
	}
	if ch.Undated > 0 {
		fmt.Fprintf(&b, " %d undated %s not drawn.", ch.Undated, plural(ch.Undated, "figure", "figures"))
	}
	return b.String()
}
