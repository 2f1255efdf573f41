package report

import (
	"strings"
	"testing"

	"kring/model"
)

// TestPseudonymiseVisits: a person who left after the first visit is in
// that visit only; the pseudonymised export still holds no name, note or
// correction of any visit.
func TestPseudonymiseVisits(t *testing.T) {
	s := example(t)
	s.People[0].Name = "Zeynep"
	if err := s.StartVisit("2099-01-01", "tweede bezoek, Zeynep komt minder"); err != nil {
		t.Fatal(err)
	}
	left := s.People[0].ID
	s.RemovePerson(left)
	if err := s.CorrectVisitName(1, left, "Zeynep-Nur", "verschreven", "2099-01-01"); err != nil {
		t.Fatal(err)
	}
	data, err := model.Encode(Pseudonymise(s))
	if err != nil {
		t.Fatal(err)
	}
	for _, secret := range []string{"Zeynep", "tweede bezoek", "verschreven"} {
		if strings.Contains(string(data), secret) {
			t.Errorf("the pseudonymised export holds %q", secret)
		}
	}
	if !strings.Contains(string(data), `"name": "Z."`) {
		t.Error("the left person is not in the first visit as initials")
	}
}
