package sources_test

import (
	"context"
	"fmt"
	"io"
	"iter"
	"os"
	"path/filepath"
	"strings"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/sources"
)

// A Format of one's own: a ministry's bulletin, one "date;figure" line per
// day, in files ending in .bulletin. Open and Dir then read such files with
// the built-in formats.
func ExampleFormat() {
	bulletin := sources.Format{Name: "bulletin", Extensions: []string{".bulletin"},
		Read: func(name string, r io.Reader) sources.Source {
			return sources.Func(func(ctx context.Context) iter.Seq2[claims.Claim, error] {
				return func(yield func(claims.Claim, error) bool) {
					b, err := io.ReadAll(r)
					if err != nil {
						yield(claims.Claim{}, &sources.Error{Pkg: "bulletin", Name: name, Err: err})
						return
					}
					for i, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
						if err := ctx.Err(); err != nil {
							yield(claims.Claim{}, err)
							return
						}
						date, figure, _ := strings.Cut(line, ";")
						c := claims.Claim{Measure: "bodies", Kind: claims.Completed, Source: claims.Source{Document: name}}
						if c.Quantity, err = claims.ParseQuantity(figure); err == nil {
							c.AsOf, err = claims.ParsePeriod(date)
						}
						if err != nil {
							c, err = claims.Claim{}, &sources.Error{Pkg: "bulletin", Name: name, Line: i + 1, Err: err}
						} else {
							c = sources.Own(c)
						}
						if !yield(c, err) {
							return
						}
					}
				}
			})
		}}

	dir, _ := os.MkdirTemp("", "bulletins")
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "june.bulletin")
	_ = os.WriteFile(path, []byte("2025-06-14;1,212\n2025-06-15;about 900\n2025-06-16;n/a\n"), 0o644)

	src, err := sources.Open(path, bulletin)
	if err != nil {
		fmt.Println(err)
		return
	}
	for c, err := range src.Claims(context.Background()) {
		if err != nil {
			fmt.Println("error:", strings.ReplaceAll(err.Error(), dir+string(filepath.Separator), ""))
			continue
		}
		fmt.Println(c.AsOf, c.Quantity, c.Measure)
	}
	// Output:
	// 2025-06-14 1,212 bodies
	// 2025-06-15 about 900 bodies
	// error: bulletin: june.bulletin:3: claims: parsing quantity "n/a": unexpected "n" at byte 1
}
