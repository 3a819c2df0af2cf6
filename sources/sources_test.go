package sources_test

import (
	"context"
	"errors"
	"io"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/sources"
	"github.com/crosscheck/crosscheck/sources/sourcetest"
)

func TestErrorMessage(t *testing.T) {
	base := errors.New("bad number")
	tests := []struct {
		err  sources.Error
		want string
	}{
		{sources.Error{Pkg: "sources/csv", Name: "claims.csv", Line: 14, Column: 3, Err: base}, "sources/csv: claims.csv:14:3: bad number"},
		{sources.Error{Pkg: "sources/csv", Name: "claims.csv", Line: 14, Err: base}, "sources/csv: claims.csv:14: bad number"},
		{sources.Error{Pkg: "feed", Name: "https://x.example/feed", Record: 7, Err: base}, "feed: https://x.example/feed: record 7: bad number"},
		{sources.Error{Name: "a.jsonld", Line: 3, Column: 5, Record: 2, Err: base}, "a.jsonld:3:5: record 2: bad number"},
		{sources.Error{Pkg: "sources", Name: "x", Column: 9, Err: base}, "sources: x: bad number"},
		{sources.Error{Pkg: "p", Err: base}, "p: bad number"},
		{sources.Error{}, "unknown error"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			require.Equal(t, tt.want, tt.err.Error())
			if tt.err.Err != nil {
				require.ErrorIs(t, &tt.err, base)
			}
		})
	}
}

func claim(t testing.TB, id, figure string) claims.Claim {
	q, err := claims.ParseQuantity(figure)
	require.NoError(t, err)
	return claims.Claim{ID: id, Measure: "prisoners", Kind: claims.Completed, Quantity: q}
}

// ids renders a pass as claim IDs and error messages.
func ids(src sources.Source, ctx context.Context) []string {
	var got []string
	for c, err := range src.Claims(ctx) {
		if err != nil {
			got = append(got, "error: "+err.Error())
			continue
		}
		got = append(got, c.ID)
	}
	return got
}

// failing yields the claims given and then a fatal error.
func failing(cs ...claims.Claim) sources.Source {
	return sources.Func(func(ctx context.Context) iter.Seq2[claims.Claim, error] {
		return func(yield func(claims.Claim, error) bool) {
			for c, err := range sources.Slice(cs...).Claims(ctx) {
				if !yield(c, err) || err != nil {
					return
				}
			}
			yield(claims.Claim{}, &sources.Error{Pkg: "test", Name: "failing", Err: errors.New("gave up")})
		}
	})
}

func TestConcat(t *testing.T) {
	a, b, c := claim(t, "a", "1"), claim(t, "b", "2"), claim(t, "c", "3")
	src := sources.Concat(sources.Slice(a), failing(b), sources.Slice(), sources.Slice(c))
	want := []string{"a", "b", "error: test: failing: gave up", "c"}
	if diff := cmp.Diff(want, ids(src, context.Background())); diff != "" {
		t.Errorf("Concat (-want +got):\n%s", diff)
	}
	require.Empty(t, ids(sources.Concat(), context.Background()))

	// Cancelling stops the whole stream with one error.
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var got []string
	for cl, err := range src.Claims(ctx) {
		if err != nil {
			got = append(got, "error: "+err.Error())
			continue
		}
		got = append(got, cl.ID)
		cancel()
	}
	require.Equal(t, []string{"a", "error: context canceled"}, got)

	sourcetest.Run(t, func(*testing.T) sources.Source { return src })
}

// endsAfterCancel ignores its context except to stop: it ends quietly when
// the context is done, leaving the error to Concat.
type endsAfterCancel struct{ cs []claims.Claim }

func (s endsAfterCancel) Claims(ctx context.Context) iter.Seq2[claims.Claim, error] {
	return func(yield func(claims.Claim, error) bool) {
		for _, c := range s.cs {
			if ctx.Err() != nil || !yield(c, nil) {
				return
			}
		}
	}
}

func TestConcatAddsCancellation(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	src := sources.Concat(endsAfterCancel{[]claims.Claim{claim(t, "a", "1"), claim(t, "b", "2")}}, sources.Slice(claim(t, "c", "3")))
	var got []string
	for c, err := range src.Claims(ctx) {
		if err != nil {
			require.ErrorIs(t, err, context.Canceled)
			got = append(got, "cancelled")
			continue
		}
		got = append(got, c.ID)
		cancel()
	}
	require.Equal(t, []string{"a", "cancelled"}, got)
}

func TestCollect(t *testing.T) {
	cs, errs := sources.Collect(context.Background(), sources.Concat(failing(claim(t, "a", "1")), sources.Slice(claim(t, "b", "2"))))
	require.Len(t, cs, 2)
	require.Equal(t, "b", cs[1].ID)
	require.Len(t, errs, 1)
	var se *sources.Error
	require.ErrorAs(t, errs[0], &se)
	require.Equal(t, "failing", se.Name)

	cs, errs = sources.Collect(context.Background(), sources.Slice(claim(t, "a", "1")))
	require.Nil(t, errs, "a clean pass gives nil errors")
	require.Len(t, cs, 1)
}

func TestSliceOwnership(t *testing.T) {
	c := claim(t, "", "57")
	c.Source.Via = []string{"Wire"}
	in := []claims.Claim{c}
	src := sources.Slice(in...)
	in[0].Measure = "changed" // the Source copied the slice
	cs, errs := sources.Collect(context.Background(), src)
	require.Empty(t, errs)
	require.Equal(t, "prisoners", cs[0].Measure)
	require.Equal(t, c.ContentID(), cs[0].ID, "an empty ID becomes the content ID")
	cs[0].Source.Via[0] = "kept by the consumer"
	again, _ := sources.Collect(context.Background(), src)
	require.Equal(t, "Wire", again[0].Source.Via[0], "each pass hands over its own slices")
	require.Equal(t, "Wire", c.Source.Via[0])
}

// lines is a tiny format for the tests: one figure per line, read with
// claims.ParseQuantity.
func lines() sources.Format {
	return sources.Format{Name: "Lines", Extensions: []string{".lines", ".txt"}, Read: func(name string, r io.Reader) sources.Source {
		return sources.Func(func(ctx context.Context) iter.Seq2[claims.Claim, error] {
			return func(yield func(claims.Claim, error) bool) {
				if err := ctx.Err(); err != nil {
					yield(claims.Claim{}, err)
					return
				}
				b, err := io.ReadAll(r)
				if err != nil {
					yield(claims.Claim{}, &sources.Error{Pkg: "lines", Name: name, Err: err})
					return
				}
				for i, l := range strings.Split(strings.TrimSpace(string(b)), "\n") {
					if err := ctx.Err(); err != nil {
						yield(claims.Claim{}, err)
						return
					}
					q, err := claims.ParseQuantity(l)
					c := claims.Claim{Measure: "things", Kind: claims.Estimated, Quantity: q, Source: claims.Source{Document: name}}
					if err != nil {
						c, err = claims.Claim{}, &sources.Error{Pkg: "lines", Name: name, Line: i + 1, Err: err}
					}
					if err == nil {
						c = sources.Own(c)
					}
					if !yield(c, err) {
						return
					}
				}
			}
		})
	}}
}

func TestOpen(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "figures.LINES")
	require.NoError(t, os.WriteFile(path, []byte("57\nabout 1,200\nlots\n"), 0o644))
	other := sources.Format{Name: "other", Extensions: []string{".txt"}}

	src, err := sources.Open(path, lines(), other)
	require.NoError(t, err)
	cs, errs := sources.Collect(context.Background(), src)
	require.Len(t, cs, 2)
	require.Equal(t, "about 1,200", cs[1].Quantity.Text)
	require.Len(t, errs, 1)
	require.Contains(t, errs[0].Error(), "figures.LINES:3: claims: parsing quantity \"lots\"")
	sourcetest.Run(t, func(*testing.T) sources.Source { return src })

	f, ok := sources.Detect("notes.txt", lines(), other)
	require.True(t, ok)
	require.Equal(t, "Lines", f.Name, "the first format that claims an extension wins")
	_, ok = sources.Detect("notes.pdf", lines(), other)
	require.False(t, ok)
	f, ok = sources.Lookup("lines", other, lines())
	require.True(t, ok)
	require.Equal(t, "Lines", f.Name)
	_, ok = sources.Lookup("pdf", lines())
	require.False(t, ok)

	_, errs = sources.Collect(context.Background(), sources.File("notes.txt", other))
	require.Len(t, errs, 1)
	require.EqualError(t, errs[0], `sources: notes.txt: format "other" has no Read function`)

	_, err = sources.Open("report.pdf", lines(), other)
	require.ErrorIs(t, err, sources.ErrUnknownFormat)
	require.EqualError(t, err, `sources: report.pdf: unknown format: extension ".pdf" is none of .lines, .txt; .txt`)
}

func TestFileUnreadable(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name, path string
		is         error
		want       string
	}{
		{"missing", filepath.Join(dir, "gone.lines"), fs.ErrNotExist, "open: no such file or directory"},
		{"directory", dir, nil, "is a directory"},
	}
	if os.Getuid() != 0 { // root reads anything
		locked := filepath.Join(dir, "locked.lines")
		require.NoError(t, os.WriteFile(locked, []byte("1\n"), 0o000))
		tests = append(tests, struct {
			name, path string
			is         error
			want       string
		}{"no permission", locked, fs.ErrPermission, "permission denied"})
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var errs []error
			for _, err := range sources.File(tt.path, lines()).Claims(context.Background()) {
				require.Error(t, err)
				errs = append(errs, err)
			}
			require.Len(t, errs, 1, "one error is the whole pass")
			var se *sources.Error
			require.ErrorAs(t, errs[0], &se)
			require.Equal(t, tt.path, se.Name)
			require.Contains(t, errs[0].Error(), tt.want)
			if tt.is != nil {
				require.ErrorIs(t, errs[0], tt.is)
			}
		})
	}
}

func TestFileKeepsGoingAcrossFiles(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "a.lines")
	require.NoError(t, os.WriteFile(good, []byte("5\n"), 0o644))
	src := sources.Concat(sources.File(filepath.Join(dir, "missing.lines"), lines()), sources.File(good, lines()))
	cs, errs := sources.Collect(context.Background(), src)
	require.Len(t, cs, 1, "the good file still comes through")
	require.Len(t, errs, 1)
}
