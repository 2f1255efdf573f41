package model

import "testing"

func TestNeedEditing(t *testing.T) {
	s := exampleSession(t)
	id := s.AddNeed("  Huiswerk\x1b[1m  ", "y1")
	if id != "n3" || s.NeedByID(id).Title != "Huiswerk" || s.NeedByID(id).FamilyPlan.JimPresent != AnswerUnknown {
		t.Fatalf("added need %q: %+v", id, s.NeedByID(id))
	}
	if ps := s.Validate(); len(ps) > 0 {
		t.Fatalf("invalid after AddNeed: %v", ps)
	}
	if !s.MoveNeed(id, -1) || s.Needs[1].ID != id {
		t.Fatal("MoveNeed up")
	}
	if s.MoveNeed("n1", -1) || s.MoveNeed("nope", 1) {
		t.Fatal("MoveNeed moved past the top or an unknown need")
	}
	if !s.RemoveNeed(id) || s.RemoveNeed(id) || len(s.Needs) != 2 {
		t.Fatal("RemoveNeed")
	}
}
