package main

import (
	"encoding/json"
	"testing"
)

// TestE2ECheckTurnsSolved answers the example's first need on step 3 so
// that the network covers it, and watches the result change from
// incomplete to solved; the export then holds that result.
func TestE2ECheckTurnsSolved(t *testing.T) {
	t.Parallel()
	env, id := importExample(t, "nl")
	tm := openExample(t, env, 120, 40)
	tm.keys("3")
	tm.waitFor("Uitkomst: onderzoek nog niet compleet")

	// Step 6, the network: Gerda was asked, said yes and can keep it up.
	tm.keys("Down", "Down", "Down", "Down", "Down", "Enter")
	tm.waitFor("Oordeel:")
	tm.keys("Down", "Enter")
	tm.waitFor("Wat kan iemand uit het netwerk doen?")
	tm.keys("Tab", "Tab", "Tab", "Right", "Right", "Tab", "Left", "Tab", "Tab", "Right", "Enter")
	tm.waitFor("opgeslagen om")
	tm.keys("o")
	tm.waitFor("Stap 6: Familie en netwerk")
	tm.keys("Right", "Enter")
	// Step 6 was open: saving it walks on to the next open step, 11,
	// where the family agrees.
	tm.waitFor("Stap 11: Mening van het gezin")
	tm.keys("Right", "Enter")
	tm.waitFor("Uitkomst: opgelost met eigen kracht en netwerk")
	tm.keys("C-c") // q would go back to the list
	if code := tm.exitCode(); code != 0 {
		t.Fatalf("exit status %d", code)
	}

	out, stderr, code := cli(t, env, "export", id)
	if code != 0 {
		t.Fatalf("export: %q", stderr)
	}
	var doc struct {
		Results []struct {
			NeedID string `json:"need_id"`
			Result string `json:"result"`
		} `json:"results"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Results) != 2 || doc.Results[0].NeedID != "n1" || doc.Results[0].Result != "solved" {
		t.Fatalf("results in the export: %+v", doc.Results)
	}
}
