package crosscheck

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/compare"
	"github.com/crosscheck/crosscheck/sources/claimreview"
)

// ReportFormats returns the names Report.Write accepts, the default first.
func ReportFormats() []string { return []string{"text", "markdown", "json", "claimreview", "html"} }

// Write writes the report's findings to w in format:
//
//   - "text" (or ""): for a terminal, as compare.WriteText;
//   - "markdown": a Markdown document, as compare.WriteMarkdown;
//   - "json": {"claims": [...], "findings": [...], "review": [...]}, each
//     claim once and the findings referring to them by ID, as
//     compare.WriteJSON;
//   - "claimreview": schema.org ClaimReview JSON-LD, one review for each
//     claim of each finding, as claimreview.Export (see Reviews);
//   - "html": one self-contained HTML page for a browser, with the findings,
//     a timeline of every series of figures and the echoes, as
//     compare.WriteHTML over the report's Claims and Findings.
//
// In every format the findings for review (compare.Finding.ForReview) come
// apart from the others, after them; AtLeast leaves them out.
//
// The errors of the report are not written; see Err. Write returns an error
// for an unknown format or when w fails.
func (r *Report) Write(w io.Writer, format string) error {
	switch strings.ToLower(format) {
	case "", "text":
		return compare.WriteText(w, r.Findings)
	case "markdown", "md":
		return compare.WriteMarkdown(w, r.Findings)
	case "json":
		return compare.WriteJSON(w, r.Findings)
	case "claimreview":
		return claimreview.Export(w, r.Reviews())
	case "html":
		return compare.WriteHTML(w, r.Claims, r.Findings)
	}
	return fmt.Errorf("crosscheck: unknown report format %q: want one of %s", format, strings.Join(ReportFormats(), ", "))
}

// Reviews returns the report's findings as ClaimReview verdicts, one for each
// claim of each finding, in the findings' order: the rating names the type
// of finding ("Conflicts with another figure"), the explanation is the
// finding's sentence, followed by those of the findings folded into it
// (compare.Finding.Also), each after "Also: "; a claim that only a folded
// finding holds is rated by that finding's type and sentence. Findings that report agreement (corroboration) and
// echoes are left out: they are no verdict on a claim. A finding for review
// comes after all the others, its rating marked "For review: …" and its
// explanation followed by why it is for review: a lead, not a verdict.
func (r *Report) Reviews() []claimreview.Review {
	var out []claimreview.Review
	for _, review := range []bool{false, true} {
		for _, f := range r.Findings {
			rating := rating(f.Type)
			if rating == "" || f.ForReview() != review {
				continue
			}
			text := f.Explanation
			for _, a := range f.Also {
				text += " Also: " + a.Explanation
			}
			if review {
				rating = "For review: " + rating
				text += " " + f.Review
			}
			for _, c := range f.Claims {
				out = append(out, claimreview.Review{Claim: *c, Rating: rating, Explanation: text})
			}
			out = foldedReviews(out, &f)
		}
	}
	return out
}

// foldedReviews appends to out the reviews of the claims that only the
// findings folded into f hold (compare.Finding.Also), each rated by the
// folded finding that holds it first.
func foldedReviews(out []claimreview.Review, f *compare.Finding) []claimreview.Review {
	for k, a := range f.Also {
		for _, c := range a.Claims {
			if slices.Contains(f.Claims, c) || slices.ContainsFunc(f.Also[:k], func(b compare.Related) bool { return slices.Contains(b.Claims, c) }) {
				continue // reviewed already
			}
			out = append(out, claimreview.Review{Claim: *c, Rating: rating(a.Type), Explanation: a.Explanation})
		}
	}
	return out
}

// AtLeast returns a copy of the report whose findings are those of r that
// stand on readings at least as confident as min (see
// compare.Finding.Confidence): AtLeast(claims.Explicit) leaves out every
// finding for review, AtLeast(claims.Defaulted) keeps them all. Claims and
// Errors are shared with r.
func (r *Report) AtLeast(min claims.Confidence) *Report {
	out := *r
	out.Findings = compare.AtLeast(slices.Clone(r.Findings), min)
	return &out
}

// rating is the ClaimReview rating of a finding type, "" for the types
// that are no verdict on a claim.
func rating(t compare.Type) string {
	switch t {
	case compare.Corroboration, compare.Echo:
		return ""
	case compare.Conflict:
		return "Conflicts with another figure"
	case compare.Regression:
		return "Running total shrinks"
	case compare.Jump:
		return "Unexplained jump in a running total"
	case compare.Shortfall:
		return "Less done than agreed"
	case compare.Imbalance:
		return "Exchange does not balance"
	case compare.Exceeds:
		return "More than was agreed"
	case compare.Arithmetic:
		return "Parts do not add up to the total"
	case compare.Withheld:
		return "Figure withheld"
	case compare.Drift:
		return "Hedge changes within one report"
	case compare.Revision:
		return "Result revised"
	}
	return "Does not add up: " + string(t)
}
