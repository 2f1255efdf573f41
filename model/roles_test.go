package model

import "testing"

func TestParentRole(t *testing.T) {
	t.Parallel()
	for role, want := range map[string]bool{
		"moeder": true, "Vader": true, "stiefmoeder": true, " stiefvader ": true,
		"mother": true, "Father of Sem": true, "step-mother": true, "stepfather": true,
		"": false, "oma": false, "buurvrouw": false, "vaders broer": false, "grootmoeder": false,
	} {
		if got := ParentRole(role); got != want {
			t.Errorf("ParentRole(%q) = %v, want %v", role, got, want)
		}
	}
}
