package crosscheck_test

import (
	"bytes"
	"context"
	"errors"
	"iter"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck"
	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/compare"
	"github.com/crosscheck/crosscheck/sources"
	"github.com/crosscheck/crosscheck/sources/claimreview"
	"github.com/crosscheck/crosscheck/sources/sourcetest"
)

// figures is what a test compares of a claim: its figure, measure and
// document.
type figure struct {
	Text, Measure, Document string
}

func figures(cs []claims.Claim) []figure {
	var out []figure
	for _, c := range cs {
		out = append(out, figure{c.Quantity.Text, c.Measure, filepath.ToSlash(c.Source.Document)})
	}
	return out
}

// errorNames are the Name of the *sources.Error each error wraps.
func errorNames(t *testing.T, errs []error) []string {
	t.Helper()
	var out []string
	for _, err := range errs {
		var se *sources.Error
		require.ErrorAs(t, err, &se, "error %v does not say where", err)
		out = append(out, filepath.ToSlash(se.Name))
	}
	return out
}

func TestOpen(t *testing.T) {
	tests := []struct {
		name     string
		path     string
		typ      string
		want     []figure
		wantErrs []string // the inputs named by the errors of one pass
	}{
		{
			name:     "csv with a bad row",
			path:     "testdata/mixed/ledger.csv",
			want:     []figure{{"78", "bodies", "testdata/mixed/ledger.csv#row=2"}},
			wantErrs: []string{"testdata/mixed/ledger.csv"},
		},
		{
			name:     "jsonl with a truncated line",
			path:     "testdata/mixed/putin.jsonl",
			want:     []figure{{"57", "bodies", ""}},
			wantErrs: []string{"testdata/mixed/putin.jsonl"},
		},
		{
			name: "article",
			path: "testdata/mixed/sub/flood.txt",
			want: []figure{{"211", "deaths", "testdata/mixed/sub/flood.txt"}},
		},
		{
			name: "article under another extension, by type",
			path: "testdata/types/flood.dat",
			typ:  "text",
			want: []figure{{"211", "deaths", "testdata/types/flood.dat"}},
		},
		{
			name: "directory: sorted, recursive, hidden and unknown files skipped",
			path: "testdata/mixed",
			want: []figure{
				{"78", "bodies", "testdata/mixed/ledger.csv#row=2"},
				{"57", "bodies", ""},
				{"211", "deaths", "testdata/mixed/sub/flood.txt"},
			},
			wantErrs: []string{"testdata/mixed/ledger.csv", "testdata/mixed/putin.jsonl"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src, err := crosscheck.Open(tt.path, crosscheck.Options{Type: tt.typ})
			require.NoError(t, err)
			cs, errs := sources.Collect(context.Background(), src)
			if diff := cmp.Diff(tt.want, figures(cs)); diff != "" {
				t.Errorf("claims (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.wantErrs, errorNames(t, errs)); diff != "" {
				t.Errorf("errors %v (-want +got):\n%s", errs, diff)
			}
		})
	}
}

func TestOpenErrors(t *testing.T) {
	tests := []struct {
		name, path, typ string
		wantIs          error
		wantMsg         string
	}{
		{"missing", "testdata/no-such-file.txt", "", os.ErrNotExist, `crosscheck: testdata/no-such-file.txt: stat: no such file`},
		{"unknown extension", "testdata/mixed/notes.rtf", "", sources.ErrUnknownFormat, `extension ".rtf" is none of`},
		{"unknown type", "testdata/mixed/ledger.csv", "xlsx", sources.ErrUnknownFormat, `type "xlsx" is none of text, jsonl, csv, claimreview`},
		{"unknown type for a directory", "testdata/mixed", "xlsx", sources.ErrUnknownFormat, `type "xlsx"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src, err := crosscheck.Open(tt.path, crosscheck.Options{Type: tt.typ})
			require.Error(t, err)
			require.Nil(t, src)
			require.ErrorIs(t, err, tt.wantIs)
			require.Contains(t, err.Error(), tt.wantMsg)
		})
	}
}

// TestOpenUnreadable checks that a file of a directory that cannot be read
// yields an error naming it while the others still come through.
func TestOpenUnreadable(t *testing.T) {
	dir := t.TempDir()
	flood, err := os.ReadFile("testdata/mixed/sub/flood.txt")
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "b.txt"), flood, 0o644))
	// A link to nowhere: listed in the directory, but it cannot be opened.
	require.NoError(t, os.Symlink(filepath.Join(dir, "gone.txt"), filepath.Join(dir, "a.txt")))

	src, err := crosscheck.Open(dir, crosscheck.Options{})
	require.NoError(t, err)
	cs, errs := sources.Collect(context.Background(), src)
	if diff := cmp.Diff([]figure{{"211", "deaths", filepath.ToSlash(filepath.Join(dir, "b.txt"))}}, figures(cs)); diff != "" {
		t.Errorf("claims (-want +got):\n%s", diff)
	}
	require.Len(t, errs, 1)
	require.ErrorIs(t, errs[0], os.ErrNotExist)
	require.Equal(t, []string{filepath.ToSlash(filepath.Join(dir, "a.txt"))}, errorNames(t, errs))
}

// TestOpenConformance runs the Source contract's checks over a directory
// source.
func TestOpenConformance(t *testing.T) {
	sourcetest.Run(t, func(t *testing.T) sources.Source {
		src, err := crosscheck.Open("testdata/mixed", crosscheck.Options{})
		require.NoError(t, err)
		return src
	})
}

func TestRead(t *testing.T) {
	tests := []struct {
		name, input, typ string
		data             string
		want             []figure
	}{
		{"stdin is an article", "stdin", "", "date: 2024-11-02\n\nOfficials said 211 people had died.\n", []figure{{"211", "deaths", "stdin"}}},
		{"by extension", "x.csv", "", "measure,kind,quantity\nbodies,completed,78\n", []figure{{"78", "bodies", "x.csv#row=2"}}},
		{"by type", "stdin", "csv", "measure,kind,quantity\nbodies,completed,78\n", []figure{{"78", "bodies", "stdin#row=2"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src, err := crosscheck.Read(tt.input, strings.NewReader(tt.data), crosscheck.Options{Type: tt.typ})
			require.NoError(t, err)
			cs, errs := sources.Collect(context.Background(), src)
			require.Empty(t, errs)
			if diff := cmp.Diff(tt.want, figures(cs)); diff != "" {
				t.Errorf("claims (-want +got):\n%s", diff)
			}
		})
	}
	_, err := crosscheck.Read("stdin", strings.NewReader(""), crosscheck.Options{Type: "xlsx"})
	require.ErrorIs(t, err, sources.ErrUnknownFormat)
}

// total is a running total of bodies from Ukraine to Russia, as one official
// stated it on one day.
func total(v int64, day, speaker, outlet string) claims.Claim {
	d, err := claims.ParseDate(day)
	if err != nil {
		panic(err)
	}
	return claims.Claim{
		Measure: "bodies", Subject: "Ukraine", Recipient: "Russia",
		Kind: claims.Completed, Scope: claims.Total,
		Quantity: claims.ExactQuantity(claims.DecimalOf(v)),
		AsOf:     claims.On(d),
		Speaker:  claims.Speaker{Name: speaker},
		Source:   claims.Source{Outlet: outlet, Document: outlet + ".txt", Published: d},
	}
}

func TestRun(t *testing.T) {
	bad := sources.Func(func(ctx context.Context) iter.Seq2[claims.Claim, error] {
		return func(yield func(claims.Claim, error) bool) {
			if !yield(claims.Claim{}, &sources.Error{Pkg: "test", Name: "bad.jsonl", Line: 2, Err: errors.New("truncated")}) {
				return
			}
			yield(total(79, "2025-06-21", "Vladimir Medinsky", "Coastal Courier"), nil)
		}
	})
	r, err := crosscheck.Run(context.Background(), crosscheck.Options{},
		sources.Slice(
			total(78, "2025-06-16", "Vladimir Medinsky", "Harbour Times"),
			total(57, "2025-06-19", "Vladimir Putin", "Prairie Post"),
		),
		bad,
	)
	require.NoError(t, err)
	require.Len(t, r.Claims, 3)
	require.EqualError(t, r.Err(), "test: bad.jsonl:2: truncated")

	type found struct {
		Type    compare.Type
		Figures []string
	}
	var got []found
	for _, f := range r.Findings {
		var fs []string
		for _, c := range f.Claims {
			fs = append(fs, c.Quantity.Text)
		}
		got = append(got, found{f.Type, fs})
	}
	want := []found{{compare.Regression, []string{"78", "57"}}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("findings (-want +got):\n%s", diff)
	}
}

func TestRunCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	r, err := crosscheck.Run(ctx, crosscheck.Options{}, sources.Slice(total(78, "2025-06-16", "Vladimir Medinsky", "Harbour Times")))
	require.ErrorIs(t, err, context.Canceled)
	require.NotNil(t, r)
	require.Empty(t, r.Findings)
}

func TestReportWrite(t *testing.T) {
	r, err := crosscheck.Run(context.Background(), crosscheck.Options{}, sources.Slice(
		total(78, "2025-06-16", "Vladimir Medinsky", "Harbour Times"),
		total(57, "2025-06-19", "Vladimir Putin", "Prairie Post"),
	))
	require.NoError(t, err)
	tests := []struct {
		format string
		want   string // a substring of the output
	}{
		{"", "HIGH regression"},
		{"text", "1 finding: 1 high"},
		{"markdown", "# crosscheck: 1 finding: 1 high"},
		{"json", `"type":"regression"`},
		{"claimreview", `"alternateName": "Running total shrinks"`},
	}
	for _, tt := range tests {
		var b bytes.Buffer
		require.NoError(t, r.Write(&b, tt.format), tt.format)
		require.Contains(t, b.String(), tt.want, tt.format)
	}
	require.ErrorContains(t, r.Write(new(bytes.Buffer), "pdf"), `crosscheck: unknown report format "pdf"`)

	// The ClaimReview export reads back as the claims of the finding.
	var b bytes.Buffer
	require.NoError(t, r.Write(&b, "claimreview"))
	back, errs := sources.Collect(context.Background(), claimreview.Reader("export.jsonld", &b))
	require.Empty(t, errs)
	var got []string
	for _, c := range back {
		got = append(got, c.Quantity.Text+" "+c.Speaker.Name)
	}
	if diff := cmp.Diff([]string{"78 Vladimir Medinsky", "57 Vladimir Putin"}, got); diff != "" {
		t.Errorf("ClaimReview round trip (-want +got):\n%s", diff)
	}
}

// TestReportReview checks that a finding for review comes apart in the
// ClaimReview export, marked as a lead, and that AtLeast leaves it out.
func TestReportReview(t *testing.T) {
	late := total(57, "2025-06-19", "Vladimir Putin", "Prairie Post")
	late.Confidence.AsOf = claims.Defaulted // dated by the publication
	r, err := crosscheck.Run(context.Background(), crosscheck.Options{}, sources.Slice(
		total(78, "2025-06-16", "Vladimir Medinsky", "Harbour Times"), late,
		total(20, "2025-06-16", "Coordination Headquarters", "Kyiv Post"),
	))
	require.NoError(t, err)
	var review, sure int
	for _, f := range r.Findings {
		if f.ForReview() {
			review++
		} else {
			sure++
		}
	}
	require.Equal(t, 1, review)
	require.Equal(t, 1, sure)
	reviews := r.Reviews()
	require.NotEmpty(t, reviews)
	last := reviews[len(reviews)-1]
	require.Equal(t, "For review: Running total shrinks", last.Rating)
	require.Contains(t, last.Explanation, "taken from the publication date")
	for _, rv := range reviews[:len(reviews)-2] {
		require.NotContains(t, rv.Rating, "For review")
	}

	floor := r.AtLeast(claims.Explicit)
	require.Len(t, floor.Findings, 1)
	require.False(t, floor.Findings[0].ForReview())
	require.Len(t, r.Findings, 2, "AtLeast leaves the report as it was")
}
