package ui

import (
	"testing"

	"kring/model"
)

// TestPersonIndexFollowsEdits: the map's person index is kept across
// frames while the session is edited in place; a removal and an addition
// that keep the slice's length and array must not give the wrong person.
func TestPersonIndexFollowsEdits(t *testing.T) {
	s := &model.Session{People: []model.Person{{ID: "p1", Name: "Öztürk"}, {ID: "p2", Name: "Jansen"}, {ID: "p3", Name: "Nguyễn"}}}
	var x personIndex
	if p := x.find(s, "p2"); p == nil || p.Name != "Jansen" {
		t.Fatalf("p2: %+v", p)
	}
	s.RemovePerson("p1")
	s.People = append(s.People, model.Person{ID: "p4", Name: "Bakker"})
	for id, want := range map[string]string{"p2": "Jansen", "p3": "Nguyễn", "p4": "Bakker"} {
		if p := x.find(s, id); p == nil || p.Name != want {
			t.Errorf("%s after an edit: %+v, want %s", id, p, want)
		}
	}
	if p := x.find(s, "p1"); p != nil {
		t.Errorf("removed p1 found: %+v", p)
	}
}
