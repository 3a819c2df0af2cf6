package main

import (
	"bytes"
	"flag"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/golden"

	"github.com/stretchr/testify/require"
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

// TestFindingTypes checks, apart from the wording, that the reports yield
// the findings a fact-checker expects of them: the two sides' counts of the
// bodies handed to Ukraine disagree (6,060 against 6,057), the running
// total of bodies Russia received falls from 78 to 57, the exchanges are
// lopsided, the five handovers Kyiv lists sum to 6,057 rather than Moscow's
// 6,060, and the wire story reprinted by three outlets counts once.
func TestFindingTypes(t *testing.T) {
	var b bytes.Buffer
	require.NoError(t, run(&b))
	out := b.String()
	// Moscow's 6,060 and Kyiv's 6,057 (by the same Monday, said a day
	// later) cannot both hold: a conflict when both are dated 16 June, a
	// regression when Kyiv's is dated by its statement.
	section := ""
	found := false
	for _, line := range strings.Split(out, "\n") {
		if line != "" && line[0] != ' ' {
			section, _, _ = strings.Cut(line, " ")
		}
		if strings.HasPrefix(line, "  * ") && strings.Contains(line, "6,057") && strings.Contains(line, "6,060") &&
			(section == "CONFLICT" || section == "REGRESSION") {
			found = true
		}
	}
	require.True(t, found, "no conflict or regression between 6,060 and 6,057 in:\n%s", out)
	for _, want := range []string{
		"REGRESSION (", "falls from 78 (Vladimir Medinsky, 16 June 2025) to 57 (Vladimir Putin, 19 June 2025)",
		// The handovers that do not add up to Moscow's 6,060 are the
		// conflict's discrepancy: folded into it.
		"    Also arithmetic: The 5 single-day figures", "add up to 6,057 (1,212 + 1,200 + 1,200 + 1,200 + 1,245), not the 6,060",
		"IMBALANCE (", "handed over 6,060 bodies and received 78",
		"ECHO (", "reached 3 outlets (Coastal Courier, Lakeside Gazette and Riverside Chronicle)",
	} {
		require.Contains(t, out, want)
	}
	// Figures that agree, or a total that only rises (27, 78 … 79), are
	// no regression.
	require.NotContains(t, out, "falls from 27")
	require.NotContains(t, out, "to 79")
}
