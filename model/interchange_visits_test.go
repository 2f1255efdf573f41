package model

import (
	"bytes"
	"reflect"
	"testing"
)

// threeVisits is the example case seen three times: at the second visit
// Ria (if any) came a ring closer and someone joined; at the third a
// typo of the first visit was corrected.
func threeVisits(t *testing.T) *Session {
	t.Helper()
	s := exampleSession(t)
	if err := s.StartVisit("2026-11-16", "Zes weken later."); err != nil {
		t.Fatal(err)
	}
	s.People[0].Ring = RingVeryClose
	s.AddPerson(Person{Name: "Yusuf", Role: "buurman", Sector: SectorCommunity, Ring: RingFurther})
	if err := s.StartVisit("2026-12-28", "Afronding."); err != nil {
		t.Fatal(err)
	}
	s.RemovePerson(s.People[1].ID)
	if err := s.CorrectVisitName(1, s.Visits[0].State.People[0].ID, "Sanne-Marie", "verschreven bij het eerste bezoek", "2026-12-28"); err != nil {
		t.Fatal(err)
	}
	return s
}

// TestVisitsRoundTrip exports a three-visit session and imports it: every
// visit comes back as it was, and the file says kring/v1.1.
func TestVisitsRoundTrip(t *testing.T) {
	s := threeVisits(t)
	data, err := Encode(s)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(data, []byte(`"format": "kring/v1.1"`)) {
		t.Errorf("a session with visits is not written as %s:\n%.80s", FormatVisits, data)
	}
	got, err := Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, s) {
		t.Errorf("round trip changed the session:\n%+v\n%+v", got.Visits, s.Visits)
	}
	if got.VisitCount() != 3 || got.VisitDateOf(1) != exampleSession(t).OpenVisitDate() || got.VisitDateOf(2) != "2026-11-16" || got.VisitDateOf(3) != "2026-12-28" {
		t.Errorf("visits after import: %d, %q %q %q", got.VisitCount(), got.VisitDateOf(1), got.VisitDateOf(2), got.VisitDateOf(3))
	}
	again, err := Encode(got)
	if err != nil || !bytes.Equal(again, data) {
		t.Error("a second export differs from the first")
	}
}

// TestOldFileIsOneVisit: a file from before visits imports as one visit,
// and a session without visits is still written as plain kring/v1, which
// older kring versions read.
func TestOldFileIsOneVisit(t *testing.T) {
	s := exampleSession(t)
	if s.VisitCount() != 1 || len(s.Visits) != 0 || s.OpenVisitDate() == "" {
		t.Errorf("an old file: %d visits, open on %q", s.VisitCount(), s.OpenVisitDate())
	}
	data, err := Encode(s)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(data, []byte(`"format": "kring/v1"`)) {
		t.Errorf("a session without visits is not written as kring/v1:\n%.80s", data)
	}
}

// TestVisitFileProblemsAreNamed: a broken earlier visit is rejected whole,
// with the path into the visit.
func TestVisitFileProblemsAreNamed(t *testing.T) {
	s := threeVisits(t)
	s.Visits[1].State.People[0].Sector = "moon"
	data, err := Encode(s)
	if err != nil {
		t.Fatal(err)
	}
	_, err = Decode(data)
	ps, ok := err.(Problems)
	if !ok || len(ps) != 1 || ps[0].Field != "visits[1].state.people[0].sector" || ps[0].Code != ProblemUnknownCode {
		t.Errorf("Decode = %v, want one unknown_code at visits[1].state.people[0].sector", err)
	}
}
