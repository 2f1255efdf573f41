package model

import (
	"errors"
	"testing"
)

func TestEditRelation(t *testing.T) {
	t.Parallel()
	s := &Session{}
	a := s.AddPerson(Person{Name: "Oom Kerem", Sector: SectorFamily, Ring: RingFurther})
	b := s.AddPerson(Person{Name: "Joost", Sector: SectorHousehold, Ring: RingVeryClose})
	conflict, err := s.AddRelation(a, b, RelationConflict, "ruzie")
	if err != nil {
		t.Fatal(err)
	}
	support, err := s.AddRelation(b, a, RelationSupport, "")
	if err != nil {
		t.Fatal(err)
	}
	if err := s.EditRelation(conflict, RelationCutOff, "geen contact meer\x1b[31m"); err != nil {
		t.Fatal(err)
	}
	r := s.RelationsOf(a)[0]
	if r.ID != conflict || r.Kind != RelationCutOff || r.Notes != "geen contact meer" || r.A != a || r.B != b {
		t.Fatalf("edited relation: %+v", r)
	}
	for _, c := range []struct {
		id   string
		kind RelationKind
		want error
	}{
		{support, RelationCutOff, ErrRelationDuplicate}, // the pair has it already, the other way round
		{conflict, "vriendschap", ErrRelationKind},
		{"r99", RelationConflict, ErrRelationUnknown},
	} {
		before := append([]Relation(nil), s.Relations...)
		if err := s.EditRelation(c.id, c.kind, "x"); !errors.Is(err, c.want) {
			t.Errorf("EditRelation(%s, %s) = %v, want %v", c.id, c.kind, err, c.want)
		}
		for i := range before {
			if before[i] != s.Relations[i] {
				t.Errorf("a refused edit changed %+v to %+v", before[i], s.Relations[i])
			}
		}
	}
}
