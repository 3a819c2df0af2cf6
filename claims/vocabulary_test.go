package claims_test

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/claims"
)

func TestDefaultVocabulary(t *testing.T) {
	v := claims.DefaultVocabulary()
	measures := []struct{ phrase, want string }{
		{"POWs", "prisoners"}, {"prisoners of war", "prisoners"}, {"Prisoners  Of\tWar", "prisoners"},
		{"captives", "prisoners"}, {"servicemen", "prisoners"}, {"prisoners", "prisoners"},
		{"remains", "bodies"}, {"bodies", "bodies"},
		{"demonstrators", "protesters"}, {"protesters", "protesters"},
		{"killed", "deaths"}, {"fatalities", "deaths"}, {"dead", "deaths"}, {"death toll", "deaths"},
		{"casualties", "casualties"}, {"wounded", "injured"}, {"people missing", "missing"},
		{"hostages", "hostages"}, {"people arrested", "arrests"},
		{"evacuated", "evacuees"}, {"IDPs", "displaced"}, {"internally displaced", "displaced"},
		{"asylum seekers", "asylum seekers"}, {"asylum-seekers", "asylum seekers"}, {"refugee", "refugees"}, {"houses", "homes"}, {"soldiers", "troops"}, {"UAVs", "drones"},
		{"rockets", "rockets"}, {"rocket", "rockets"}, {"fighters", "fighters"}, {"ballots cast", "votes"}, {"registered voters", "voters"}, {"seats", "seats"},
		{"voter turnout", "turnout"},
	}
	for _, tt := range measures {
		got, ok := v.Measure(tt.phrase)
		if !ok || got != tt.want {
			t.Errorf("Measure(%q) = %q, %v; want %q", tt.phrase, got, ok, tt.want)
		}
	}
	for _, phrase := range []string{"people", "residents", "civilians", "children", "house", "", "the bodies were"} {
		if got, ok := v.Measure(phrase); ok {
			t.Errorf("Measure(%q) = %q; want no measure", phrase, got)
		}
	}
	parties := []struct{ phrase, want string }{
		{"Moscow", "Russia"}, {"the Kremlin", "Russia"}, {"the Russian side", "Russia"}, {"russia", "Russia"},
		{"Kyiv", "Ukraine"}, {"Kiev", "Ukraine"}, {"the Ukrainian side", "Ukraine"},
		{"U.S.", "United States"}, {"Washington", "United States"}, {"the UN", "United Nations"},
		{"the Red Cross", "ICRC"}, {"Beijing", "China"}, {"Türkiye", "Turkey"}, {"UAE", "United Arab Emirates"},
	}
	for _, tt := range parties {
		got, ok := v.Party(tt.phrase)
		if !ok || got != tt.want {
			t.Errorf("Party(%q) = %q, %v; want %q", tt.phrase, got, ok, tt.want)
		}
	}
	for _, phrase := range []string{"us", "we", "they", "Lviv"} {
		if got, ok := v.Party(phrase); ok {
			t.Errorf("Party(%q) = %q; want no party", phrase, got)
		}
	}
}

func TestVocabularyAdd(t *testing.T) {
	var v claims.Vocabulary // the zero Vocabulary is ready to use
	_, ok := v.Measure("rallies")
	require.False(t, ok)
	v.AddMeasure("rallies", "Rally", "gatherings")
	v.AddParty("Atlantis", "the Atlantean side")
	got, ok := v.Measure("GATHERINGS")
	require.True(t, ok)
	require.Equal(t, "rallies", got)

	// Later additions override; defaults are per call.
	d := claims.DefaultVocabulary()
	d.AddMeasure("captives", "captives")
	if m, _ := d.Measure("captives"); m != "captives" {
		t.Errorf("override: Measure(captives) = %q", m)
	}
	if m, _ := claims.DefaultVocabulary().Measure("captives"); m != "prisoners" {
		t.Errorf("a fresh DefaultVocabulary saw another's change: %q", m)
	}

	var terms [][2]string
	for k, c := range v.MeasureTerms() {
		terms = append(terms, [2]string{k, c})
	}
	want := [][2]string{{"gatherings", "rallies"}, {"rallies", "rallies"}, {"rally", "rallies"}}
	if diff := cmp.Diff(want, terms); diff != "" {
		t.Errorf("MeasureTerms (-want +got):\n%s", diff)
	}
	var parties []string
	for k := range v.PartyTerms() {
		parties = append(parties, k)
		break // stopping early is fine
	}
	require.Equal(t, []string{"atlantis"}, parties)
	require.True(t, slices.IsSorted(mcollectKeys(claims.DefaultVocabulary())))
}

func mcollectKeys(v *claims.Vocabulary) []string {
	var ks []string
	for k := range v.PartyTerms() {
		ks = append(ks, k)
	}
	return ks
}

func BenchmarkVocabularyMeasure(b *testing.B) {
	v := claims.DefaultVocabulary()
	for _, phrase := range []string{"prisoners of war", "Prisoners of  War"} {
		b.Run(phrase, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				v.Measure(phrase)
			}
		})
	}
}

func TestVocabularyFolding(t *testing.T) {
	v := claims.DefaultVocabulary()
	for _, phrase := range []string{"prisoners of war", "Prisoners of war", " prisoners of war", "prisoners of war ", "prisoners  of war", "prisoners\tof\nwar", "PRISONERS OF WAR", "prisoners\u00a0of war"} {
		if got, ok := v.Measure(phrase); !ok || got != "prisoners" {
			t.Errorf("Measure(%q) = %q, %v; want prisoners", phrase, got, ok)
		}
	}
	for _, phrase := range []string{"prisonersofwar", "prisoners of", " "} {
		if got, ok := v.Measure(phrase); ok {
			t.Errorf("Measure(%q) = %q; want none", phrase, got)
		}
	}
	got, ok := v.Party("TÜRKIYE")
	require.True(t, ok)
	require.Equal(t, "Turkey", got)
}
