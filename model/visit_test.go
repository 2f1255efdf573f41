package model

import (
	"errors"
	"reflect"
	"testing"
)

// TestStartVisitFreezesTheOpenVisit starts a second visit and edits it:
// the first visit keeps the map as it was, and its own date.
func TestStartVisitFreezesTheOpenVisit(t *testing.T) {
	s := validSession()
	if s.VisitCount() != 1 || s.OpenVisitDate() != "2026-10-05" {
		t.Fatalf("a session without visits is one visit on its date: %d, %q", s.VisitCount(), s.OpenVisitDate())
	}
	if err := s.StartVisit("2026-11-16", "  zes weken later "); err != nil {
		t.Fatal(err)
	}
	if s.VisitCount() != 2 || s.OpenVisitDate() != "2026-11-16" || s.VisitNote != "zes weken later" {
		t.Fatalf("after StartVisit: %d visits, open %q, note %q", s.VisitCount(), s.OpenVisitDate(), s.VisitNote)
	}
	// The new visit starts as a copy: edit it, the first stays.
	s.Person("p2").Ring = RingVeryClose
	s.Person("p2").Name = "Oma Ria"
	s.Agreements[0].Reviews = append(s.Agreements[0].Reviews, Review{Date: "2026-11-16", Outcome: ReviewKept})
	first, err := s.VisitSession(1)
	if err != nil {
		t.Fatal(err)
	}
	if p := first.Person("p2"); p.Ring != RingClose || p.Name != "Ria" {
		t.Errorf("the first visit changed with the second: %+v", p)
	}
	if first.OpenVisitDate() != "2026-10-05" || len(first.Visits) != 0 {
		t.Errorf("first visit: date %q, %d visits before it", first.OpenVisitDate(), len(first.Visits))
	}
	if n := len(first.Agreements[0].Reviews); n != len(validSession().Agreements[0].Reviews) {
		t.Errorf("the first visit's agreement has %d reviews", n)
	}
	// Changing the returned copy changes nothing in the session.
	first.People[0].Name = "X"
	if s.Visits[0].State.People[0].Name == "X" {
		t.Error("VisitSession returned the frozen state itself, not a copy")
	}
	if ps := s.Validate(); ps != nil {
		t.Errorf("a session with a visit does not validate: %v", ps)
	}
	open, err := s.VisitSession(2)
	if err != nil || open.Person("p2").Name != "Oma Ria" || len(open.Visits) != 1 {
		t.Errorf("VisitSession(open) = %v, %v", open, err)
	}
	for _, n := range []int{0, 3} {
		if _, err := s.VisitSession(n); !errors.Is(err, ErrNoVisit) {
			t.Errorf("VisitSession(%d) = %v, want ErrNoVisit", n, err)
		}
	}
}

func TestStartVisitRefusesBadDates(t *testing.T) {
	for _, d := range []Date{"", "2026-13-01", "2026-10-04"} {
		s := validSession()
		if err := s.StartVisit(d, ""); !errors.Is(err, ErrVisitDate) || len(s.Visits) != 0 {
			t.Errorf("StartVisit(%q) = %v with %d visits, want ErrVisitDate and none", d, err, len(s.Visits))
		}
	}
	s := validSession()
	for i := 0; i < MaxVisits; i++ {
		if err := s.StartVisit("2026-10-05", ""); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.StartVisit("2026-10-05", ""); !errors.Is(err, ErrTooManyVisits) {
		t.Errorf("visit %d: %v, want ErrTooManyVisits", MaxVisits+2, err)
	}
}

// TestCorrectVisitName puts a typo right in an earlier visit: the name
// changes there only and the correction is kept with its note.
func TestCorrectVisitName(t *testing.T) {
	s := validSession()
	if err := s.StartVisit("2026-11-16", ""); err != nil {
		t.Fatal(err)
	}
	if err := s.CorrectVisitName(1, "p2", "Ria", "", "2026-11-16"); !errors.Is(err, ErrCorrectionNote) {
		t.Errorf("no note: %v", err)
	}
	if err := s.CorrectVisitName(2, "p2", "Ria", "typo", "2026-11-16"); !errors.Is(err, ErrNoVisit) {
		t.Errorf("the open visit: %v", err)
	}
	if err := s.CorrectVisitName(1, "p9", "Ria", "typo", "2026-11-16"); !errors.Is(err, ErrNoVisit) {
		t.Errorf("unknown person: %v", err)
	}
	if err := s.CorrectVisitName(1, "p2", "Rita", "verschreven", "2026-11-16"); err != nil {
		t.Fatal(err)
	}
	want := Correction{Date: "2026-11-16", Field: "people.p2.name", Old: "Ria", New: "Rita", Note: "verschreven"}
	if got := s.Visits[0].Corrections; len(got) != 1 || got[0] != want {
		t.Errorf("corrections = %+v, want %+v", got, want)
	}
	if s.Visits[0].State.People[1].Name != "Rita" || s.Person("p2").Name != "Ria" {
		t.Error("the correction did not land in the first visit only")
	}
	if ps := s.Validate(); ps != nil {
		t.Error(ps)
	}
}

// TestCloneCopiesVisits: Clone (which the save path relies on) keeps the
// visits equal and deep, whatever way Clone is written.
func TestCloneCopiesVisits(t *testing.T) {
	s := validSession()
	for _, d := range []Date{"2026-11-16", "2026-12-28"} {
		if err := s.StartVisit(d, "n"); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.CorrectVisitName(1, "p2", "Rita", "typo", "2026-12-28"); err != nil {
		t.Fatal(err)
	}
	c := s.Clone()
	if !reflect.DeepEqual(c, s) {
		t.Fatalf("clone differs:\n%+v\n%+v", c.Visits, s.Visits)
	}
	c.Visits[0].State.People[0].Name = "X"
	c.Visits[0].Corrections[0].Note = "X"
	c.Visits[1].State.Agreements[0].Reviews[0].Note = "X"
	if s.Visits[0].State.People[0].Name == "X" || s.Visits[0].Corrections[0].Note == "X" || s.Visits[1].State.Agreements[0].Reviews[0].Note == "X" {
		t.Error("the clone shares a visit's data with the original")
	}
}

func TestValidateVisits(t *testing.T) {
	s := validSession()
	if err := s.StartVisit("2026-11-16", ""); err != nil {
		t.Fatal(err)
	}
	s.Visits[0].State.People[0].Ring = 9
	s.Visits[0].Date = "2026-12-01"
	ps := s.Validate()
	want := map[string]bool{"visits[0].state.people[0].ring": true, "visit_date": true}
	for _, p := range ps {
		delete(want, p.Field)
	}
	if len(want) > 0 {
		t.Errorf("problems %v do not name %v", ps, want)
	}
}
