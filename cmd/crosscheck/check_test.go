package main

import (
	"bytes"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck"
	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"
)

// report is check's JSON report: each claim once, the findings referring
// to them by ID.
type report struct {
	Claims []struct {
		ID string `json:"id"`
	} `json:"claims"`
	Findings []jsonFinding `json:"findings"`
	Review   []jsonFinding `json:"review"`
}

type jsonFinding struct {
	Type   string   `json:"type"`
	Claims []string `json:"claims"`
	Review string   `json:"review"`
	Also   []struct {
		Type   string   `json:"type"`
		Claims []string `json:"claims"`
	} `json:"also"`
}

// findingTypes runs check with args and returns the findings' types and
// claim IDs, as "type: id,id", with " (also type: id,id)" for each finding
// folded into one; the findings for review follow, as "review type: id,id".
func findingTypes(t *testing.T, args ...string) ([]string, int, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := run(append([]string{"check"}, args...), &stdout, &stderr)
	var rep report
	require.NoError(t, json.Unmarshal(stdout.Bytes(), &rep), "stdout: %s", stdout.String())
	known := map[string]bool{}
	for _, c := range rep.Claims {
		require.False(t, known[c.ID], "claim %s written twice", c.ID)
		known[c.ID] = true
	}
	var out []string
	for _, part := range []struct {
		prefix string
		fs     []jsonFinding
	}{{"", rep.Findings}, {"review ", rep.Review}} {
		for _, f := range part.fs {
			ids := slices.Clone(f.Claims)
			for _, id := range ids {
				require.True(t, known[id], "finding refers to claim %s, which the report does not hold", id)
			}
			slices.Sort(ids)
			line := part.prefix + f.Type + ": " + strings.Join(ids, ",")
			for _, a := range f.Also {
				ids := slices.Clone(a.Claims)
				for _, id := range ids {
					require.True(t, known[id], "folded finding refers to claim %s, which the report does not hold", id)
				}
				slices.Sort(ids)
				line += " (also " + a.Type + ": " + strings.Join(ids, ",") + ")"
			}
			out = append(out, line)
		}
	}
	return out, code, stderr.String()
}

func TestCheckJSONL(t *testing.T) {
	file := filepath.Join("testdata", "check-june-2025.jsonl")
	for _, args := range [][]string{{"--format", "json", file}, {file, "--format=json"}} {
		got, code, stderr := findingTypes(t, args...)
		require.Equal(t, 0, code, stderr)
		want := []string{
			// The handovers that do not add up to Medinsky's 6,060 are the
			// conflict's discrepancy, folded into it.
			"conflict: aj,hq-total,kp,mt,ru6060 (also arithmetic: aj,h11,h13,h14,h15,h16,hq-total,kp,mt,ru6060)",
			"regression: pu57,ru78",
			"imbalance: ru6060,ru78",
			"imbalance: pu57,pu6000",
			"shortfall: agree,ru79",
			"corroboration: aj,hq-total,kp,mt",
			"echo: aj,kp,mt",
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("check %v (-want +got):\n%s", args, diff)
		}
	}
}

func TestCheckBadInput(t *testing.T) {
	got, code, stderr := findingTypes(t, "--format", "json", filepath.Join("testdata", "check-bad-line.jsonl"), filepath.Join("testdata", "no-such-file.jsonl"))
	require.Equal(t, 1, code)
	require.Contains(t, stderr, "check-bad-line.jsonl")
	require.Contains(t, stderr, "no-such-file.jsonl")
	// The good lines are still checked: 78 then 57 is a regression.
	require.Equal(t, []string{"regression: ok,ok2"}, got)
}

func TestCheckUsage(t *testing.T) {
	for _, args := range [][]string{{"--format", "xml"}, {"--no-such-flag"}} {
		var stdout, stderr bytes.Buffer
		code := run(append([]string{"check"}, args...), &stdout, &stderr)
		require.Equal(t, 2, code, "check %v", args)
		require.NotEmpty(t, stderr.String())
	}
}

func TestCheckFormats(t *testing.T) {
	file := filepath.Join("testdata", "check-june-2025.jsonl")
	for format, start := range map[string]string{"text": "1. HIGH conflict", "markdown": "# crosscheck: 7 findings"} {
		var stdout, stderr bytes.Buffer
		code := run([]string{"check", "--format", format, file}, &stdout, &stderr)
		require.Equal(t, 0, code, stderr.String())
		require.True(t, strings.HasPrefix(stdout.String(), start), "%s report starts %q", format, stdout.String()[:min(60, stdout.Len())])
	}
}

func TestCheckDirectory(t *testing.T) {
	dir := t.TempDir()
	data, err := os.ReadFile(filepath.Join("testdata", "check-june-2025.jsonl"))
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "claims.jsonl"), data, 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "notes.pdf"), []byte("not read"), 0o644))
	got, code, stderr := findingTypes(t, "--format", "json", dir)
	require.Equal(t, 0, code, stderr)
	require.Len(t, got, 7)
}

func TestCheckClaimReviewFormat(t *testing.T) {
	var stdout, stderr bytes.Buffer
	code := run([]string{"check", "--format", "claimreview", filepath.Join("testdata", "check-june-2025.jsonl")}, &stdout, &stderr)
	require.Equal(t, 0, code, stderr.String())
	var doc struct {
		Graph []struct {
			Type   string `json:"@type"`
			Rating struct {
				Name string `json:"alternateName"`
			} `json:"reviewRating"`
		} `json:"@graph"`
	}
	require.NoError(t, json.Unmarshal(stdout.Bytes(), &doc), stdout.String())
	require.NotEmpty(t, doc.Graph)
	for _, r := range doc.Graph {
		require.Equal(t, "ClaimReview", r.Type)
		require.NotEmpty(t, r.Rating.Name)
	}
}

func TestCheckType(t *testing.T) {
	// A JSON Lines file under another name is read as JSON Lines with --type.
	dir := t.TempDir()
	data, err := os.ReadFile(filepath.Join("testdata", "check-june-2025.jsonl"))
	require.NoError(t, err)
	name := filepath.Join(dir, "claims.log")
	require.NoError(t, os.WriteFile(name, data, 0o644))
	got, code, stderr := findingTypes(t, "--format", "json", "--type", "jsonl", name)
	require.Equal(t, 0, code, stderr)
	require.Len(t, got, 7)

	var stdout, errb bytes.Buffer
	require.Equal(t, 2, run([]string{"check", "--type", "xml", name}, &stdout, &errb))
	require.Contains(t, errb.String(), "xml")
}

func TestCheckStdin(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "check-june-2025.jsonl"))
	require.NoError(t, err)
	for _, in := range []string{string(data), "\n  " + string(data)} {
		opts := crosscheck.Options{}
		r := io.Reader(strings.NewReader(in))
		require.Equal(t, "jsonl", sniff(&r, opts).Type)
		rest, err := io.ReadAll(r)
		require.NoError(t, err)
		require.Equal(t, in, string(rest), "sniff keeps every byte")
	}
	r := io.Reader(strings.NewReader("MOSCOW, June 16. Russia said..."))
	require.Equal(t, "text", sniff(&r, crosscheck.Options{}).Type)
}

// TestCheckMinConfidence checks that the findings for review come apart in
// the JSON report, and that --min-confidence leaves them out.
func TestCheckMinConfidence(t *testing.T) {
	file := filepath.Join("..", "..", "compare", "testdata", "real", "exchanges-2025.jsonl")
	all, code, stderr := findingTypes(t, "--format", "json", file)
	require.Equal(t, 0, code, stderr)
	var sure, review []string
	for _, f := range all {
		if strings.HasPrefix(f, "review ") {
			review = append(review, f)
		} else {
			sure = append(sure, f)
		}
	}
	require.NotEmpty(t, review)
	got, code, stderr := findingTypes(t, "--format", "json", "--min-confidence", "explicit", file)
	require.Equal(t, 0, code, stderr)
	require.Equal(t, sure, got)
	// inferred keeps the findings for review that stand on inferred
	// readings, and leaves out those that stand on defaults (Putin's 57,
	// dated by the publication).
	got, _, _ = findingTypes(t, "--format", "json", "--min-confidence", "inferred", file)
	require.Subset(t, got, sure)
	require.Subset(t, all, got)
	require.Less(t, len(got), len(all))
	require.NotContains(t, got, "review regression: mt20-57,rt19-57,tass16-78")
	require.Contains(t, all, "review regression: mt20-57,rt19-57,tass16-78")
	got, _, _ = findingTypes(t, "--format", "json", "--min-confidence=defaulted", file)
	require.Equal(t, all, got)

	var stdout, errb bytes.Buffer
	require.Equal(t, 2, run([]string{"check", "--min-confidence", "sure", file}, &stdout, &errb))
	require.Contains(t, errb.String(), "--min-confidence")

	// The text report shows them apart, under a heading of their own.
	stdout.Reset()
	require.Equal(t, 0, run([]string{"check", file}, &stdout, &errb))
	require.Contains(t, stdout.String(), "\nFor review: findings that stand on readings the texts do not state\n")
}
