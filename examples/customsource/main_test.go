package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"path/filepath"
	"testing"

	"github.com/crosscheck/crosscheck/internal/golden"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/sources"
	"github.com/crosscheck/crosscheck/sources/sourcetest"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// TestRun checks the program's whole output against testdata/output.golden;
// run with -update to rewrite it after a deliberate change, and read the
// diff.
func TestRun(t *testing.T) {
	var b bytes.Buffer
	require.NoError(t, run(&b))
	golden.Check(t, filepath.Join("testdata", "output.golden"), b.Bytes(), *update)
}

// TestConformance is how a source's own tests run the contract's checks.
func TestConformance(t *testing.T) {
	sourcetest.Run(t, func(t *testing.T) sources.Source {
		return Bulletin{Name: "bulletin.csv", Data: bulletinCSV}
	}, sourcetest.Document("bulletin.csv", bulletinCSV))
}

func TestBulletinErrors(t *testing.T) {
	tests := []struct {
		name, data string
		wantClaims int
		wantErrs   []string
	}{
		{"good", "date,handover,bodies,running_total\n2025-06-11,1,1212,1212\n", 2, nil},
		{"comments and blank lines", "# a note\n\ndate,handover,bodies,running_total\n\n2025-06-11,1,1212,1212\n", 2, nil},
		{"bad header", "day,bodies\n2025-06-11,1212\n", 0, []string{`bulletin: b.csv:1: header "day,bodies", want date,handover,bodies,running_total`}},
		{"bad date, later rows still read", "date,handover,bodies,running_total\n11/06/2025,1,1212,1212\n2025-06-13,2,1200,2412\n", 2,
			[]string{`bulletin: b.csv:2: date "11/06/2025" is not YYYY-MM-DD`}},
		{"bad count", "date,handover,bodies,running_total\n2025-06-11,1,1.212,1212\n", 0, []string{`bulletin: b.csv:2: count "1.212" is not a whole number`}},
		{"missing field", "date,handover,bodies,running_total\n2025-06-11,1,1212\n", 0, []string{`bulletin: b.csv:2: 3 fields, want 4`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs, errs := sources.Collect(context.Background(), Bulletin{Name: "b.csv", Data: []byte(tt.data)})
			require.Len(t, cs, tt.wantClaims)
			var got []string
			for _, err := range errs {
				var se *sources.Error
				require.True(t, errors.As(err, &se), "error %v is no *sources.Error", err)
				got = append(got, err.Error())
			}
			if diff := cmp.Diff(tt.wantErrs, got); diff != "" {
				t.Errorf("errors (-want +got):\n%s", diff)
			}
		})
	}
}

// FuzzBulletin checks that any input yields claims that hold together
// (sourcetest.Validate, spans into the input) or errors that say where,
// never both and never a panic.
func FuzzBulletin(f *testing.F) {
	f.Add(bulletinCSV)
	for _, s := range []string{
		"date,handover,bodies,running_total\n2025-06-11,1,1212,1212\n",
		"# a note\n\ndate,handover,bodies,running_total\r\n2025-06-11,1,1212,1212\r\n",
		"day,bodies\n2025-06-11,1212\n",
		"date,handover,bodies,running_total\n11/06/2025,1,1212,1212\n2025-06-13,2,1200,2412\n",
		"date,handover,bodies,running_total\n2025-06-11,1,-5,1212\n",
		"date,handover,bodies,running_total\n 2025-06-11,1,1212,1212\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		b := Bulletin{Name: "fuzz.csv", Data: data}
		for c, err := range b.Claims(context.Background()) {
			if err != nil {
				var se *sources.Error
				require.True(t, errors.As(err, &se), "error %v is no *sources.Error", err)
				require.Equal(t, "fuzz.csv", se.Name)
				require.Equal(t, claims.Claim{}, c)
				continue
			}
			require.NoError(t, sourcetest.Validate(c, map[string][]byte{"fuzz.csv": data}))
		}
	})
}
