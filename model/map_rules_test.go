package model

import (
	"errors"
	"testing"
)

func TestCount(t *testing.T) {
	s := exampleSession(t)
	c := s.Count()
	if c.People != 18 {
		t.Fatalf("people %d", c.People)
	}
	want := map[Sector]int{SectorHousehold: 2, SectorFamily: 6, SectorFriends: 2, SectorCommunity: 3, SectorSchoolWork: 2, SectorProfessionals: 3}
	for k, v := range want {
		if c.BySector[k] != v {
			t.Errorf("sector %s: %d, want %d", k, c.BySector[k], v)
		}
	}
	wantRing := map[Ring]int{1: 3, 2: 5, 3: 7, 4: 3}
	for k, v := range wantRing {
		if c.ByRing[k] != v {
			t.Errorf("ring %d: %d, want %d", k, c.ByRing[k], v)
		}
	}
	if c.Stressful != 1 || c.Deceased != 1 {
		t.Errorf("stressful %d deceased %d", c.Stressful, c.Deceased)
	}
	// Henk is deceased and not counted as not asked; the living not asked:
	// Fatma, Ruben, Dewi, Mees, Kees, Ton, huisarts, Femke.
	if c.NotAsked != 8 {
		t.Errorf("not asked %d, want 8", c.NotAsked)
	}
	if c.BySupport[SupportPractical] != 5 || c.BySupport[SupportEmotional] != 4 {
		t.Errorf("support P %d E %d", c.BySupport[SupportPractical], c.BySupport[SupportEmotional])
	}
	if c.Outside != 15 {
		t.Errorf("outside the household %d, want 15", c.Outside)
	}
}

func TestAddRelation(t *testing.T) {
	cases := []struct {
		name string
		a, b string
		kind RelationKind
		err  error
	}{
		{"person to person", "p3", "p9", RelationConflict, nil},
		{"person to youth", "p5", "y1", RelationClose, nil},
		{"self", "p3", "p3", RelationConflict, ErrRelationSelf},
		{"unknown person", "p3", "p404", RelationSupport, ErrRelationUnknown},
		{"unknown kind", "p3", "p9", "friendship", ErrRelationKind},
		{"duplicate, same order", "p1", "p2", RelationPartners, ErrRelationDuplicate},
		{"duplicate, reversed", "p2", "p1", RelationPartners, ErrRelationDuplicate},
		{"same pair, other kind", "p2", "p1", RelationConflict, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := exampleSession(t)
			n := len(s.Relations)
			id, err := s.AddRelation(c.a, c.b, c.kind, "  note\x1b[31m ")
			if !errors.Is(err, c.err) {
				t.Fatalf("err %v, want %v", err, c.err)
			}
			if c.err != nil {
				if len(s.Relations) != n {
					t.Fatal("a refused relation was added")
				}
				return
			}
			if id != "r5" || len(s.Relations) != n+1 || s.Relations[n].Notes != "note" {
				t.Fatalf("id %q, relations %d, notes %q", id, len(s.Relations), s.Relations[n].Notes)
			}
			if ps := s.Validate(); len(ps) > 0 {
				t.Fatalf("session invalid after adding: %v", ps)
			}
		})
	}
}

func TestRemoveRelationAndRelationsOf(t *testing.T) {
	s := exampleSession(t)
	if got := len(s.RelationsOf("p1")); got != 3 {
		t.Fatalf("p1 has %d relations, want 3", got)
	}
	if !s.RemoveRelation("r3") || s.RemoveRelation("r3") {
		t.Fatal("RemoveRelation reports wrongly")
	}
	if got := len(s.RelationsOf("p1")); got != 2 {
		t.Fatalf("after removal p1 has %d relations", got)
	}
	if s.MemberName("y1") != "Noor" || s.MemberName("p3") != "Ria" || s.MemberName("zz") != "" {
		t.Fatal("MemberName")
	}
}

func TestRemoveYouth(t *testing.T) {
	s := exampleSession(t)
	s.AddRelation("p5", "y1", RelationClose, "")
	if !s.RemoveYouth("y1") || s.RemoveYouth("y1") {
		t.Fatal("RemoveYouth reports wrongly")
	}
	if len(s.Jim) != 0 {
		t.Error("the youth's JIM candidacy survived")
	}
	for _, r := range s.Relations {
		if r.A == "y1" || r.B == "y1" {
			t.Error("a relation to the removed youth survived")
		}
	}
	if s.Needs[1].YouthID != "" {
		t.Error("a need still points at the removed youth")
	}
	if ps := s.Validate(); len(ps) > 0 {
		t.Fatalf("session invalid after removing a youth: %v", ps)
	}
}

func TestCloneIsDeep(t *testing.T) {
	s := exampleSession(t)
	c := s.Clone()
	c.People[0].Name = "changed"
	c.Jim[0].Criteria[CriterionAdult] = CriterionAnswer{Value: AnswerNo}
	c.Needs[0].Network.Contributions[0].What = "changed"
	if s.People[0].Name == "changed" || s.Jim[0].Criteria[CriterionAdult].Value == AnswerNo || s.Needs[0].Network.Contributions[0].What == "changed" {
		t.Fatal("Clone shares memory with the original")
	}
}
