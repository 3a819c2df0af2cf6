package text

import "testing"

// People whose death a story reports without a plain "died" are its dead:
// "succumbed", and a death put through a verb of belief or suspicion ("are
// suspected to have died"). Suspicion of a deed says no death.
func TestDeathsThroughSuspicionOrSuccumbing(t *testing.T) {
	runStage(t, []stageCase{
		{"succumbed", pub + "In the valley, 23 people had succumbed to the smoke by Sunday.",
			[]row{{Q: "23", Measure: "deaths"}}},
		{"suspected to have died", pub + "In the valley, 61 people are suspected to have died of the heat.",
			[]row{{Q: "61", Measure: "deaths"}}},
		{"estimated to have died", pub + "In Ostra, 75 people are estimated to have died.",
			[]row{{Q: "75", Measure: "deaths"}}},
		{"suspicion of a deed is no death", pub + "In Ostra 18 people suspected of arson were held overnight.",
			[]row{{Q: "18", Measure: ""}}},
	}, "measure")
}
