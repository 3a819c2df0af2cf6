package compare_test

import (
	"testing"

	"github.com/crosscheck/crosscheck/claims"
	"github.com/crosscheck/crosscheck/compare"
)

// crossSpecs are the figures of several short reports, from different
// outlets and dates, on the exchanges of bodies between Russia and Ukraine
// in June 2025, as the sources would read them:
//
//   - 2 June: the sides agree to exchange bodies 6,000 for 6,000 (TASS,
//     quoting Vladimir Medinsky; Interfax in its own voice).
//   - 11–16 June: Ukraine's Coordination Headquarters reports five
//     handovers, 1,212, 1,200, 1,200, 1,200 and 1,245 bodies (Ukrinform).
//   - 11 June: Medinsky says Russia has received 27 bodies (TASS).
//   - 16 June: Medinsky puts the total handed to Ukraine at 6,060 and the
//     bodies received at 78 (TASS); the Headquarters puts it at 6,057
//     (Ukrinform); a Reuters story with 6,057 is carried by three outlets.
//   - 19 June: Vladimir Putin says Russia returned 6,000 and received 57
//     (RIA Novosti).
//   - 21 June: Medinsky says Russia has received 79 (Interfax).
func crossSpecs() []spec {
	hq := func(id, date, qty string, scope claims.Scope) spec {
		return spec{id: id, measure: "bodies", from: "Russia", to: "Ukraine", kind: claims.Completed, scope: scope, qty: qty,
			asOf: date, speaker: "Coordination Headquarters", aff: "Ukraine", doc: "ukrinform-" + date, outlet: "Ukrinform", published: date}
	}
	wire := func(id, outlet string) spec {
		return spec{id: id, measure: "bodies", from: "Russia", to: "Ukraine", kind: claims.Completed, scope: claims.Total, qty: "6,057",
			asOf: "2025-06-16", doc: outlet + "-2025-06-16", outlet: outlet, via: "Reuters", published: "2025-06-17"}
	}
	return []spec{
		{id: "agree", measure: "bodies", from: "Russia", to: "Ukraine", mutual: true, kind: claims.Agreed, qty: "6,000-for-6,000",
			asOf: "2025-06-02", speaker: "Vladimir Medinsky", aff: "Russia", doc: "tass-2025-06-02", outlet: "TASS", published: "2025-06-02"},
		{id: "agree2", measure: "bodies", from: "Russia", to: "Ukraine", mutual: true, kind: claims.Agreed, qty: "6,000-for-6,000",
			asOf: "2025-06-02", doc: "interfax-2025-06-02", outlet: "Interfax", published: "2025-06-02"},
		hq("h11", "2025-06-11", "1,212", claims.Event),
		hq("h13", "2025-06-13", "1,200", claims.Event),
		hq("h14", "2025-06-14", "1,200", claims.Event),
		hq("h15", "2025-06-15", "1,200", claims.Event),
		hq("h16", "2025-06-16", "1,245", claims.Event),
		hq("hq-total", "2025-06-16", "6,057", claims.Total),
		{id: "ru27", measure: "bodies", from: "Ukraine", to: "Russia", kind: claims.Completed, scope: claims.Total, qty: "27",
			asOf: "2025-06-11", speaker: "Vladimir Medinsky", aff: "Russia", doc: "tass-2025-06-11", outlet: "TASS", published: "2025-06-11"},
		{id: "ru6060", measure: "bodies", from: "Russia", to: "Ukraine", kind: claims.Completed, scope: claims.Total, qty: "6,060",
			asOf: "2025-06-16", speaker: "Vladimir Medinsky", aff: "Russia", doc: "tass-2025-06-16", outlet: "TASS", published: "2025-06-16"},
		{id: "ru78", measure: "bodies", from: "Ukraine", to: "Russia", kind: claims.Completed, scope: claims.Total, qty: "78",
			asOf: "2025-06-16", speaker: "Vladimir Medinsky", aff: "Russia", doc: "tass-2025-06-16", outlet: "TASS", published: "2025-06-16"},
		wire("kp", "Kyiv Post"), wire("mt", "The Moscow Times"), wire("aj", "Al Jazeera"),
		{id: "pu6000", measure: "bodies", from: "Russia", to: "Ukraine", kind: claims.Completed, scope: claims.Total, qty: "6,000",
			asOf: "2025-06-19", speaker: "Vladimir Putin", aff: "Russia", doc: "ria-2025-06-19", outlet: "RIA Novosti", published: "2025-06-19"},
		{id: "pu57", measure: "bodies", from: "Ukraine", to: "Russia", kind: claims.Completed, scope: claims.Total, qty: "57",
			asOf: "2025-06-19", speaker: "Vladimir Putin", aff: "Russia", doc: "ria-2025-06-19", outlet: "RIA Novosti", published: "2025-06-19"},
		{id: "ru79", measure: "bodies", from: "Ukraine", to: "Russia", kind: claims.Completed, scope: claims.Total, qty: "79",
			asOf: "2025-06-21", speaker: "Vladimir Medinsky", aff: "Russia", doc: "interfax-2025-06-21", outlet: "Interfax", published: "2025-06-21"},
	}
}

func TestCrossSource(t *testing.T) {
	fs := compare.Check(build(t, crossSpecs()), compare.Options{})
	for _, f := range fs {
		t.Logf("%s %s [%s]: %s", f.Severity, f.Type, ids(f), f.Explanation)
	}
	wants := []want{
		{"78 then 57 received", []compare.Type{compare.Regression}, [][]string{{"ru78"}, {"pu57"}}},
		{"6,060 against 6,057", []compare.Type{compare.Conflict}, [][]string{{"ru6060"}, {"hq-total", "kp", "mt", "aj"}}},
		{"one wire story", []compare.Type{compare.Echo}, [][]string{{"kp"}, {"mt"}, {"aj"}}},
		{"two origins for 6,057", []compare.Type{compare.Corroboration}, [][]string{{"hq-total"}, {"kp", "mt", "aj"}}},
		{"6,060 for 78", []compare.Type{compare.Imbalance}, [][]string{{"ru6060"}, {"ru78"}}},
		{"6,000 for 57", []compare.Type{compare.Imbalance}, [][]string{{"pu6000"}, {"pu57"}}},
		{"79 of 6,000", []compare.Type{compare.Shortfall}, [][]string{{"agree", "agree2"}, {"ru79"}}},
		{"one agreement, two origins", []compare.Type{compare.Corroboration}, [][]string{{"agree"}, {"agree2"}}},
	}
	quiets := []quiet{
		{[]string{"ru6060", "pu6000"}, []compare.Type{compare.Conflict, compare.Regression, compare.Jump}},
		{[]string{"hq-total", "pu6000"}, []compare.Type{compare.Conflict, compare.Regression, compare.Jump}},
		{[]string{"ru27", "ru78"}, []compare.Type{compare.Conflict, compare.Regression, compare.Jump}},
		{[]string{"pu57", "ru79"}, []compare.Type{compare.Conflict, compare.Regression, compare.Jump}},
		{[]string{"hq-total", "kp", "mt", "aj"}, []compare.Type{compare.Conflict, compare.Regression}},
		{[]string{"agree", "ru6060", "pu6000", "hq-total", "kp", "mt", "aj"}, []compare.Type{compare.Exceeds, compare.Shortfall}},
	}
	checkExpectations(t, fs, wants, quiets)
	// Exactly these findings: no more.
	count := map[compare.Type]int{}
	for _, f := range fs {
		count[f.Type]++
	}
	wantCount := map[compare.Type]int{compare.Regression: 1, compare.Conflict: 1, compare.Arithmetic: 0, compare.Echo: 1,
		compare.Corroboration: 2, compare.Imbalance: 2, compare.Shortfall: 1}
	for ty, n := range wantCount {
		if count[ty] != n {
			t.Errorf("%d findings of type %s, want %d", count[ty], ty, n)
		}
	}
	if len(fs) != 8 {
		t.Errorf("%d findings, want 8", len(fs))
	}
	// The five handovers add up to 6,057, not Medinsky's 6,060: the
	// conflict's discrepancy, folded into it.
	for _, f := range fs {
		if f.Type != compare.Conflict {
			continue
		}
		if len(f.Also) != 1 || f.Also[0].Type != compare.Arithmetic {
			t.Errorf("the conflict of 6,060 and 6,057 folds in the arithmetic of the handovers, got %+v", f.Also)
			continue
		}
		arith := compare.Finding{Claims: f.Also[0].Claims}
		for _, id := range []string{"ru6060", "h11", "h16", "hq-total"} {
			if !has(arith, id) {
				t.Errorf("the arithmetic folded into the conflict does not hold %s: %s", id, ids(arith))
			}
		}
	}
}

// Totals counted over windows of their own are no running total: a past
// outbreak's deaths over eight months, told two years later, against the
// current outbreak's count; arrivals over the past week against arrivals
// since a month began. A figure as of a day after a window that runs to its
// report still falls below it.
func TestRegressionWindows(t *testing.T) {
	deaths := func(id, qty, asOf, published string) spec {
		return spec{id: id, measure: "deaths", from: "Northland", kind: claims.Completed, scope: claims.Total, qty: qty,
			asOf: asOf, doc: "wire-" + id, outlet: "Wire " + id, published: published}
	}
	specs := []spec{
		deaths("past", "66", "2020-01-01/2020-08-31", "2022-05-26"),
		deaths("now", "62", "2022-03-31", "2022-05-26"),
		deaths("since", "480", "2024-09-01/2024-11-23", "2024-11-23"),
		deaths("week", "45", "2024-11-16/2024-11-24", "2024-11-24"),
		deaths("day", "430", "2024-11-25", "2024-11-25"),
	}
	fs := compare.Check(build(t, specs), compare.Options{})
	for _, f := range fs {
		t.Logf("%s %s [%s]: %s", f.Severity, f.Type, ids(f), f.Explanation)
	}
	wants := []want{
		{"a day's figure below the window that ran to its report", []compare.Type{compare.Regression}, [][]string{{"since"}, {"day"}}},
	}
	checkExpectations(t, fs, wants, nil)
	// The windows of their own are in no regression, not even one folded
	// into the finding of the running total.
	for _, f := range fs {
		if f.Type == compare.Regression && ids(f) != "since,day" {
			t.Errorf("regression over %s, want one over since and day only: %s", ids(f), f.Explanation)
		}
	}
}
