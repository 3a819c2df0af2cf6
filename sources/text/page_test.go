package text

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// TestFurniture: which lines of a page are no part of the story, and why.
func TestFurniture(t *testing.T) {
	pub := claims.Date{Year: 2025, Month: 5, Day: 14}
	lx := newLexicon()
	tests := []struct {
		line, why string // why "" is story text
	}{
		// navigation, language switchers, prompts
		{"Home | World | Europe | Business | Sport", "menu"},
		{"English | Français | Español", "menu"},
		{"Read more: Dam breach leaves 30 missing", "label read more"},
		{"READ MORE", "teasers"},
		{"Related", "teasers"},
		{"You may also like:", "teasers"},
		{"Advertisement", "label advertisement"},
		{"Subscribe to our newsletter for 9 stories a day", "label subscribe"},
		{"Sitewide wants to send you push notifications. Click allow to subscribe", ""},
		{"Click allow to get alerts", "label click allow"},
		{"News Feed", "label news feed"},
		// counters and tickers
		{"Share 1,204 | Comments 88", "counter"},
		{"1,204 shares 88 comments", "counter"},
		{"3 min read", "counter"},
		{"  12 May 2025    Read: 8120", "counter"},
		{"May 12 2025 and 8120 voters", ""},
		// a picture's file name shown in its place
		{"harbour rally 4.jpg", "image file"},
		{"crowd-at-dawn_02.PNG", "image file"},
		{"KSE-100 ▲ 0.41%", "ticker"},
		{"FTSE 100 ▲ 0.62%   DAX ▼ 1.3%", "ticker"},
		// bylines and credits
		{"By Marta Kowalczyk and Tomas Riedl", "byline"},
		{"By Friday, 300 people had been evacuated", ""},
		{"AFP |", "byline"},
		{"Agence France-Presse", "byline"},
		{"Reporting by Ana Silva; Editing by Tom Hale", "label reporting by"},
		{"Photo: Coast Guard handout", "label photo:"},
		{"Photo courtesy of the ministry", "label photo courtesy"},
		{"Copyright © 2025 Valley Courier", "label copyright"},
		{"Source: Harbour Post", "label source:"},
		{"Lena Ortiz/Valley Courier", "byline"},
		{"Lena Ortiz for Daily World", "byline"},
		{"German Press Agency", "byline"},
		{"Kyiv/Moscow", ""},
		{"— Lena Ortiz (@lortiz) May 14, 2025", ""}, // an embedded post's signature: its date is the post's
		{"Russia and Ukraine swap 84 prisoners for 84", ""},
		// timestamps of the page
		{"Monday, 4 March 2024", "timestamp"},
		{"Oct 11, 2023 03:05 PM IST", "timestamp"},
		{"May 23, 2025Valley Courier", "timestamp"},
		{"June 5: 40 dead in the north", ""},
		{"Updated 14:05 GMT", "label updated"},
		{"Updated Monday, 12 May 2025", "label updated"},
		{"Updated: 12/05/2025", "label updated:"},
		{"Updated death toll: 300 killed in the north", ""},
		{"Comments from officials put the toll at 40 on Tuesday.", ""},
		{"Subscribe to our newsletter.", "label subscribe"},
		{"Originally Published: 14 FEB 23 09:05 ET", "label originally published"},
		{"Last updated on 12 May 2025, 09:10", "label last updated"},
		// captions
		{"This handout picture taken and released by the coast guard on August 20 shows divers searching near the wreck with 4 boats.", "caption"},
		{"A picture of the handover released by the ministry on May 2, 2025 (Ministry of Defence)", "caption"},
		{"Rescuers search the rubble of a school in the old town. (File)", "caption"},
		{"A photo published by the ministry on Monday showed 40 bodies in the yard.", ""},
		{"An aerial view of the flooded district, where 300 homes were lost", "caption"},
		{"Volunteers hand out water near the stadium (AP Photo)", "caption"},
		{"levee breach 310.5 reuters (photo credit: Reuters)", "caption"},
		{"(Image: Harbour Post)", "caption"},
		{"The mayor said 40 homes flooded (her office gave no photo).", ""},
		// teasers of another day
		{"March 3, 2021 — Bridge collapse leaves 9 dead in the port city", "teaser of another day"},
		{"May 13, 2025: Floods force 3,000 from their homes", ""}, // the story's days
		// story text
		{"Flood toll in the northern valley climbs to 62", ""},
		{"Rescue officials said on Tuesday that 62 people had died.", ""},
		{"PARIS", ""},
		{"Updated figures from the ministry show that 1,200 homes were destroyed in the three provinces, and that the toll is expected to rise further in the coming days.", ""},
		{"- 230 people admitted to hospitals", ""},
	}
	// A headline, before the story's prose, may recall an old date.
	require.Empty(t, furniture("March 3, 2021 — Bridge collapse leaves 9 dead in the port city", lx, pub, false))
	for _, tc := range tests {
		t.Run(tc.line, func(t *testing.T) {
			require.Equal(t, tc.why, furniture(tc.line, lx, pub, true))
		})
	}
}

// TestReadPage: the kinds of the lines of a page, and the blocks of teasers.
func TestReadPage(t *testing.T) {
	text := strings.Join([]string{
		"Home | World | Sport",           // 0 menu
		"",                               // 1
		"Quake toll rises to 120",        // 2 headline
		"Rescuers dig through the night", // 3 sub-headline
		"",                               // 4
		"Officials said on Friday that 120 had died.", // 5
		"Another 300 were injured, the army said.",    // 6
		"- 40 in the north",                           // 7 list item
		"- 80 in the south",                           // 8 list item
		"The search goes on in the",                   // 9 wrapped prose
		"mountain villages.",                          // 10
		"",                                            // 11
		"Related stories",                             // 12 teasers
		"Storm kills 300 on the coast",                // 13
		"Dam breach leaves 30 missing",                // 14
		"",                                            // 15
		"The army said it would send 2,000 more troops.",       // 16
		"Cyclone season begins with 5 storms",                  // 17 a teaser
		"The first storm of the season reached the coast on a", // 18 cut off
	}, "\n")
	lines := readPage(text, 0, newLexicon(), claims.Date{Year: 2025, Month: 2, Day: 7})
	var kinds []lineKind
	for _, l := range lines {
		kinds = append(kinds, l.kind)
	}
	F, H, T := lineFurniture, lineHead, lineText
	require.Equal(t, []lineKind{F, T, H, H, T, T, T, H, H, T, T, T, F, F, F, T, T, F, F}, kinds)

	// In a page without blank lines, a block of teasers ends at the next
	// paragraph of the story.
	text2 := "Officials said on Friday that 120 had died.\nRelated\nStorm kills 300 on the coast\n" +
		"The army said on Saturday that it would send 2,000 more troops to the region, and more later.\nIt gave no date."
	kinds = kinds[:0]
	for _, l := range readPage(text2, 0, newLexicon(), claims.Date{}) {
		kinds = append(kinds, l.kind)
	}
	require.Equal(t, []lineKind{T, F, F, T, T}, kinds)
	skip, brks, _ := pageCuts(text, lines)
	require.Len(t, skip, 6)
	require.Contains(t, brks, lines[2].end)
	require.Contains(t, brks, lines[7].start)
}

// TestCreditOnItsOwnLine: a photo's credit in brackets on a line of its
// own ends the caption on the line before it, not the story's prose.
func TestCreditOnItsOwnLine(t *testing.T) {
	text := strings.Join([]string{
		"Dam toll rises to 80",           // 0 headline
		"",                               // 1
		"levee breach 310.5 reuters",     // 2 caption
		"(photo credit: Reuters)",        // 3 its credit
		"Officials said 80 had died.",    // 4
		"Another 12 were missing.",       // 5
		"(Photo: the governor's office)", // 6 a credit after prose
	}, "\n")
	var kinds []lineKind
	for _, l := range readPage(text, 0, newLexicon(), claims.Date{}) {
		kinds = append(kinds, l.kind)
	}
	F, H, T := lineFurniture, lineHead, lineText
	require.Equal(t, []lineKind{H, T, F, F, T, T, F}, kinds)
}

// TestGlued: words run together with figures are two tokens, and ordinary
// words with digits are one.
func TestGlued(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"transferring19 bodies", []string{"transferring", "19", "bodies"}},
		{"in Rennes10,000 marched", []string{"in", "Rennes", "10", ",", "000", "marched"}},
		{"over 2,000people", []string{"over", "2", ",", "000", "people"}},
		{"May 23, 2025Clash Report", []string{"May", "23", ",", "2025", "Clash", "Report"}},
		{"G7 COVID19 MH17 1st 10km 1990s 4x4 A320 mOaEL6q0Wd", []string{"G7", "COVID19", "MH17", "1st", "10km", "1990s", "4x4", "A320", "mOaEL6q0Wd"}},
	}
	for _, tc := range tests {
		toks, _ := tokenizePage(tc.text, 0, nil, nil, nil, nil, nil)
		var got []string
		for _, tk := range toks {
			got = append(got, tc.text[tk.start:tk.end])
		}
		require.Equal(t, tc.want, got, tc.text)
	}
	// The figure of a glued word is read, with its offsets in the text.
	text := "Ukraine was transferring19 bodies and 2,000people came."
	x := New(Options{})
	d := x.read("glued", text, new(scratch))
	var figs []string
	for _, f := range d.figs {
		if f.claim {
			figs = append(figs, text[f.span.Start:f.span.End])
		}
	}
	require.Equal(t, []string{"19", "2,000"}, figs)

	// A headline's last word is read within its line: the year is no count
	// read with the next line's words.
	text = "Crossings pass 9,000 in 2024\nMore than 9,000 people crossed so far this year.\n"
	d = x.read("head", text, new(scratch))
	figs = figs[:0]
	for _, f := range d.figs {
		if f.claim {
			figs = append(figs, text[f.span.Start:f.span.End])
		}
	}
	require.Equal(t, []string{"9,000", "More than 9,000"}, figs)
}

// TestPageSentences: the sentences of a scraped page.
func TestPageSentences(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // the first word of each sentence
	}{
		{"missing space", "Nine were freed in the town.Four more came home later.", []string{"Nine", "Four"}},
		{"missing space after a figure", "They were taken on Oct. 7.The source said 12 were freed.", []string{"They", "The"}},
		{"missing space before a quote", "They were freed in the town.\"We are home,\" one said.", []string{"They", "\""}},
		{"no split", "The U.S.-based group and Caliber.Az said 6.2 percent.", []string{"The"}},
		{"missing space before a short preposition", "The army said so.On Friday it sent 40 home.", []string{"The", "On"}},
		{"missing space before a short pronoun", "The list was handed over.We saw 30 return.", []string{"The", "We"}},
		{"a short name after a stop is no sentence", "Reports in Daily.Az and News.Ge said 30 came home.", []string{"Reports"}},
		{"headline without a stop", "Quake kills 40 in the north\nRescuers said 40 people died.", []string{"Quake", "Rescuers"}},
		{"wrapped line without blank lines", "The count of the votes\nwas published on Monday.\nIt was late.", []string{"The", "It"}},
		{"wrapped line", "The results of the vote\nwere announced on Monday.\n\nIt was late.", []string{"The", "It"}},
		{"headline, then a figure", "Quake kills 40 in the north\n40 people died, officials said.\n\nIt was late.", []string{"Quake", "40", "It"}},
		{"list items", "The ministry said:\n\n- 40 died\n- 80 were hurt\n\nIt gave no more.", []string{"The", "-", "-", "It"}},
	}
	x := New(Options{})
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := x.read("sentences", tc.text, new(scratch))
			var got []string
			for _, s := range d.sents {
				got = append(got, tc.text[d.toks[s.first].start:d.toks[s.first].end])
			}
			require.Equal(t, tc.want, got)
		})
	}
}

// pageWant is what a careful reader reads in a page of testdata/pages:
// every figure that is a claim (its words as written, the nth time they
// stand), and, for some, the speaker they must not have.
type pageWant struct {
	at         string
	n          int    // 1-based; 0 is 1
	notSpeaker string // a speaker the claim must not have
	asOf       string // the day it holds on, when the page's test says
}

// TestPages reads pages with furniture, in our own words: every figure of
// the story is a claim, no figure of furniture is, and the page's stale
// timestamp dates nothing.
func TestPages(t *testing.T) {
	pages := map[string][]pageWant{
		// A menu, a language switcher, a stale timestamp, a ticker, an
		// "Updated" line, a byline, share counts, a prompt: only the story.
		"menus-stale-stamp.txt": {{at: "62", n: 2}, {at: "62", n: 3}, {at: "41"}, {at: "3,500"}},
		// A caption with a figure, a photo credit, "(File)", teasers
		// (one of another day): only the story.
		"caption-teaser.txt": {{at: "17"}, {at: "17", n: 2}, {at: "112"}},
		// Words glued to figures, and stops with no space after them.
		"glued-tokens.txt": {{at: "12,000"}, {at: "10,000"}, {at: "4,500"}, {at: "3,200"}, {at: "2,000"}, {at: "2.1%"}},
		// The headline printed twice: two claims, and the body's.
		"headline-twice.txt": {{at: "40"}, {at: "40", n: 2}, {at: "40", n: 3}, {at: "65"}},
		// A no-break space, a double space, curly quotes, dashes, an emoji,
		// a word of another script.
		"artefacts.txt": {{at: "48"}, {at: "48", n: 2}, {at: "300"}, {at: "12"}, {at: "5–6"}},
		// A headline and list items without stops; a quotation that never
		// closes does not make the minister say what follows it.
		"unclosed-quote.txt": {{at: "230"}, {at: "230", n: 2}, {at: "14"},
			{at: "75", notSpeaker: "health minister"}, {at: "1,900", notSpeaker: "health minister"}},
		// Menus, a stale timestamp and a byline before a dateline without a
		// wire, a day after which the page went out: the dateline's day is
		// the story's ("today", "yesterday", the undated counts), a
		// compared figure keeps its own, the headline's figure is the
		// story's, and a caption and a teaser of other days are no claims.
		"dateline-dates.txt": {{at: "38%", asOf: "2025-09-11"}, {at: "38 percent", asOf: "2025-09-11"},
			{at: "45 percent", asOf: "2025-05-13"}, {at: "61 percent", asOf: "2025-09-11"},
			{at: "9,000", asOf: "2025-09-11"}, {at: "4,200", asOf: "2025-09-11"}, {at: "1,500", asOf: "2025-09-11"},
			{at: "120", asOf: "2025-09-10"}},
	}
	x := New(Options{})
	for name, want := range pages {
		t.Run(name, func(t *testing.T) {
			b, err := os.ReadFile(filepath.Join("testdata", "pages", name))
			require.NoError(t, err)
			text := string(b)
			all, err := x.Extract(name, b)
			require.NoError(t, err)
			var cs []claims.Claim
			for _, c := range all {
				if c.Kind != claims.Withheld { // "gave no figure": no figure to place
					cs = append(cs, c)
				}
			}
			for _, c := range cs {
				require.NotEqual(t, "2024-03-04", c.AsOf.String(), "the page's stale timestamp")
			}
			var got []string
			for _, c := range cs {
				got = append(got, text[c.QuantitySpan.Start:c.QuantitySpan.End])
			}
			require.Len(t, cs, len(want), "claims %q", got)
			for _, w := range want {
				at := nthIndex(text, w.at, max(w.n, 1))
				require.GreaterOrEqual(t, at, 0, "%q not in the page", w.at)
				i := slices.IndexFunc(cs, func(c claims.Claim) bool { return c.QuantitySpan.Start <= at && at < c.QuantitySpan.End })
				require.GreaterOrEqual(t, i, 0, "no claim reads %q (#%d); claims %q", w.at, max(w.n, 1), got)
				if w.notSpeaker != "" {
					require.NotEqual(t, w.notSpeaker, cs[i].Speaker.Name, w.at)
				}
				if w.asOf != "" {
					require.Equal(t, w.asOf, cs[i].AsOf.String(), w.at)
				}
			}
		})
	}
	// The pages seed the fuzz target too (FuzzExtract).
	paths, _ := filepath.Glob(filepath.Join("testdata", "pages", "*.txt"))
	require.Len(t, paths, len(pages))
}

// nthIndex returns the offset of the nth occurrence of s in text, or -1.
func nthIndex(text, s string, n int) int {
	from := 0
	for {
		i := strings.Index(text[from:], s)
		if i < 0 {
			return -1
		}
		if n--; n == 0 {
			return from + i
		}
		from += i + len(s)
	}
}

// TestCheckText: bytes that are not text, and text with problems.
func TestCheckText(t *testing.T) {
	noise := make([]byte, 512)
	for i := range noise {
		noise[i] = byte(i*97+13) | 0x80
	}
	tests := []struct {
		name    string
		text    string
		notText bool
		offset  int // -1: no problem
		line    int
	}{
		{"empty", "", false, -1, 0},
		{"text", "Police said 40 people were hurt.\n", false, -1, 0},
		{"pdf", "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", true, 0, 1},
		{"png", "\x89PNG\r\n\x1a\n", true, 0, 1},
		{"nul", "Police said\n40 people\x00 were hurt.", true, 21, 2},
		{"noise", string(noise), true, 0, 1},
		{"latin-1", "Police said 40 people were hurt.\nThe \xe9vacuation went on.\n", false, 37, 2},
		{"emoji and scripts", "Police 🚨 said 40 people — «were» hurt. 警察 said so.", false, -1, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := checkText([]byte(tc.text))
			if tc.offset < 0 {
				require.Nil(t, e)
				return
			}
			require.NotNil(t, e)
			require.Equal(t, tc.notText, e.NotText, e.Error())
			require.Equal(t, tc.offset, e.Offset, e.Error())
			require.Equal(t, tc.line, e.Line, e.Error())
			require.Equal(t, tc.notText, errors.Is(e, ErrNotText))
		})
	}
	// Extract: no claim from bytes that are not text; the claims of a
	// text with a figure too long to be a quantity, and the figure reported.
	cs, err := Extract("a.pdf.txt", []byte("%PDF-1.4\n1 0 obj 40 people"), Options{})
	require.ErrorIs(t, err, ErrNotText)
	require.Empty(t, cs)
	long := "Police said 40 people were hurt and " + strings.Repeat("9", 1_000_000) + " were counted."
	cs, err = Extract("long.txt", []byte(long), Options{})
	var ie *InputError
	require.ErrorAs(t, err, &ie)
	require.Equal(t, strings.Index(long, "999"), ie.Offset)
	require.Contains(t, ie.Problem, "1000000 digits")
	require.Len(t, cs, 1)
	cs, err = Extract("empty.txt", nil, Options{})
	require.NoError(t, err)
	require.Empty(t, cs)
}

// TestStaleStampNoDate: a page whose only date is its own timestamp gives
// claims without dates, not the timestamp's.
func TestStaleStampNoDate(t *testing.T) {
	text := "Home | World | Sport\nMonday, 4 March 2024\nUpdated 09:12 GMT\n\nClashes leave 40 hurt in the capital\n\nPolice said 40 people were hurt in the clashes.\n"
	cs, err := Extract("stale", []byte(text), Options{})
	require.NoError(t, err)
	require.Len(t, cs, 2)
	for _, c := range cs {
		require.True(t, c.AsOf.IsZero(), "as of %v", c.AsOf)
		require.False(t, c.Source.Published.IsValid())
	}
}

// FuzzPage checks the page stage on any text: tokens in order, inside the
// text, on rune boundaries and outside furniture; figures in order, apart,
// inside the text (what mergeFigures needs).
func FuzzPage(f *testing.F) {
	paths, _ := filepath.Glob(filepath.Join("testdata", "pages", "*.txt"))
	for _, p := range paths {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(string(b))
		}
	}
	for _, s := range []string{"", "\n", "a1", "abc1", "1abcd", "x\n\nRelated\n", "- 1\n- 2", "in 2024\nMore than 9,000",
		"1,000people\n", "transferring19,000.5x", "ab\xff1", "Home | A | B\nMonday, 4 March 2024\n"} {
		f.Add(s)
	}
	x := New(Options{})
	f.Fuzz(func(t *testing.T, text string) {
		d := x.read("fuzz", text, new(scratch))
		skip, _, _ := pageCuts(text, readPage(text, d.m.body, x.lx, d.source.Published))
		end := 0
		for _, tk := range d.toks {
			if tk.start < end || tk.end <= tk.start || tk.end > len(text) || !boundary(text, tk.start) || !boundary(text, tk.end) {
				t.Fatalf("token %d-%d after %d", tk.start, tk.end, end)
			}
			for _, sp := range skip {
				if tk.start < sp.End && sp.Start < tk.end {
					t.Fatalf("token %q in furniture %v", text[tk.start:tk.end], sp)
				}
			}
			end = tk.end
		}
		end = 0
		for _, fg := range d.figs {
			if fg.span.Start < end || fg.span.End <= fg.span.Start || fg.span.End > len(text) {
				t.Fatalf("figure %v after %d", fg.span, end)
			}
			end = fg.span.End
		}
	})
}

// TestNameNumber: a capitalised number word inside a sentence, before a
// capitalised word, is part of a name, not a count.
func TestNameNumber(t *testing.T) {
	tests := []struct {
		text  string
		claim bool
	}{
		{"The march ended in Nine Elms on Sunday.", false},
		{"Boats sailed past the Three Gorges dam.", false},
		{"Nine Palestinians were freed on Sunday.", true},
		{"Police said nine Palestinians were freed.", true},
		{"The army freed Nine.", true},
		{"Officials counted 9 Palestinians.", true},
		{"Crowds filled the square for the Walk of a Thousand Lanterns on Friday.", false},
		{"Rescuers said that Storm Kills Twelve People was the first headline.", true},
		{"In Lisbon, Seven Hills Road was closed.", false},
		{"Farmers counted a Hundred and ten cattle.", true},
		{"At Seven Sisters, police counted the crowd.", false},
		{"Crowds gathered in Leeds. At Nine Elms, police counted the crowd.", false},
		{"Rescuers said the Storm Kills Twelve People headline ran first.", true},
	}
	for _, tc := range tests {
		figs := scanFigures(tc.text, language.Tag{}, nil)
		require.NotEmpty(t, figs, tc.text)
		require.Equal(t, tc.claim, figs[0].claim, tc.text)
	}
}

// TestDatelineWire: a wire in brackets after a dateline's place is the
// story's credit; a short name in brackets after the capitalised name it
// abbreviates, opening the lead, is the lead's subject, and no wire.
func TestDatelineWire(t *testing.T) {
	x := New(Options{})
	for _, c := range []struct{ text, wire string }{
		{"Grain tally out\n\nOSLO (Reuters) - The board said it had counted 40 silos.\n", "Reuters"},
		{"Grain tally out\n\nThe Grain Board (GB) said on Friday it had counted 40 silos.\n", ""},
		{"Grain tally out\n\nNational Office of Statistics (NOS) data put the silos at 40.\n", ""},
		{"Grain tally out\n\nAthens (AP) The board said it had counted 40 silos.\n", "AP"},
	} {
		m := readMeta(c.text, x.lx)
		require.Equal(t, c.wire, m.wire, c.text)
	}
}

func TestSpellsInitials(t *testing.T) {
	for _, c := range []struct {
		acr, name string
		want      bool
	}{
		{"EC", "The Election Commission", true},
		{"NCHR", "National Commission on Human Rights", true},
		{"ECP", "Election Commission of Pakistan", true},
		{"AP", "Athens", false},
		{"TASS", "MOSCOW", false},
		{"EC", "Election", false},
		{"E", "Election", false},
	} {
		require.Equal(t, c.want, spellsInitials(c.acr, c.name), c.acr+" "+c.name)
	}
}
