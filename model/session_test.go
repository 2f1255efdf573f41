package model

import (
	"slices"
	"testing"
	"time"
)

func TestRemovePerson(t *testing.T) {
	s := exampleSession(t)
	people := len(s.People)

	// Ria (p3): relation r4 with Gerda, a contribution to n1, agreement a1.
	if !s.RemovePerson("p3") {
		t.Fatal("RemovePerson(p3) = false")
	}
	if len(s.People) != people-1 || s.Person("p3") != nil {
		t.Errorf("p3 still there or more removed: %d people", len(s.People))
	}
	if s.People[2].ID != "p4" || s.People[1].ID != "p2" {
		t.Errorf("order not kept: %s, %s", s.People[1].ID, s.People[2].ID)
	}
	for _, r := range s.Relations {
		if r.A == "p3" || r.B == "p3" {
			t.Errorf("relation %s still points at p3", r.ID)
		}
	}
	if len(s.Relations) != 3 {
		t.Errorf("%d relations, want 3", len(s.Relations))
	}
	cs := s.Needs[0].Network.Contributions
	if len(cs) != 2 || cs[0].PersonID != "p11" || cs[1].PersonID != "p6" {
		t.Errorf("contributions = %+v, want only p11's and p6's", cs)
	}
	a := s.Agreements[0]
	if a.PersonID != "" || a.What != "Oma haalt Sem op dinsdag op van school." || a.Who != PartyNetwork {
		t.Errorf("agreement = %+v, want the text kept and the link gone", a)
	}
	if len(s.Jim) != 1 {
		t.Error("JIM candidate of another person removed")
	}
	if ps := s.Validate(); ps != nil {
		t.Errorf("after RemovePerson: %v", ps)
	}

	// Lotte (p5) is the only JIM candidate.
	if !s.RemovePerson("p5") || s.Jim != nil {
		t.Errorf("jim = %+v, want none", s.Jim)
	}
	// Remove everyone in the relations: the slice ends up empty.
	for _, id := range []string{"p1", "p11", "p6"} {
		s.RemovePerson(id)
	}
	if s.Relations != nil || s.Needs[0].Network.Contributions != nil {
		t.Errorf("relations %v contributions %v, want none", s.Relations, s.Needs[0].Network.Contributions)
	}
	if ps := s.Validate(); ps != nil {
		t.Errorf("after removing more: %v", ps)
	}
}

func TestRemovePersonUnknown(t *testing.T) {
	s := exampleSession(t)
	before, _ := Encode(s)
	for _, id := range []string{"p99", "y1", ""} {
		if s.RemovePerson(id) {
			t.Errorf("RemovePerson(%q) = true", id)
		}
	}
	after, _ := Encode(s)
	if string(before) != string(after) {
		t.Error("session changed")
	}
}

func TestRemovePersonDoesNotTouchTheCaller(t *testing.T) {
	s := exampleSession(t)
	kept := s.People
	s.RemovePerson("p1")
	if kept[0].ID != "p1" || kept[1].ID != "p2" {
		t.Errorf("old slice overwritten: %s %s", kept[0].ID, kept[1].ID)
	}
}

func TestNextID(t *testing.T) {
	tests := []struct {
		prefix string
		ids    []string
		want   string
	}{
		{"p", nil, "p1"},
		{"p", []string{"p1", "p2", "p15", "p3"}, "p16"},
		{"p", []string{"y7", "p2"}, "p3"},
		{"y", []string{"y1", "p9"}, "y2"},
		{"p", []string{"p", "px", "p1a", "oma"}, "p1"},
		{"p", []string{"7", "y9"}, "p1"}, // numbers without the prefix do not count
		{"p", []string{"p010"}, "p11"},
		{"p", []string{"p-5"}, "p1"},
		{"p", []string{"p99999999999999999999999"}, "p1"}, // does not fit an int
		{"p", []string{"p9223372036854775807"}, "p1"},     // the largest int: one more would wrap
		{"", []string{"1", "2"}, "3"},
	}
	for _, tt := range tests {
		got := NextID(tt.prefix, tt.ids)
		if got != tt.want {
			t.Errorf("NextID(%q, %v) = %q, want %q", tt.prefix, tt.ids, got, tt.want)
		}
		if slices.Contains(tt.ids, got) {
			t.Errorf("NextID(%q, %v) = %q is taken", tt.prefix, tt.ids, got)
		}
	}
}

func TestAddPersonAndYouth(t *testing.T) {
	s := exampleSession(t)
	id := s.AddPerson(Person{ID: "p1", Name: "Kim", Sector: SectorFriends, Ring: RingClose})
	if id != "p19" {
		t.Errorf("AddPerson = %q, want p19", id)
	}
	p := s.Person(id)
	if p == nil || p.Name != "Kim" || p.Quality != QualityNormal || p.Willing != WillingNotAsked {
		t.Errorf("added person = %+v", p)
	}
	if yid := s.AddYouth(Youth{Name: "Mila"}); yid != "y3" || s.Youth("y3") == nil || s.Youth("y3").Name != "Mila" {
		t.Errorf("AddYouth = %q", yid)
	}
	if ps := s.Validate(); ps != nil {
		t.Errorf("after adding: %v", ps)
	}
	// Youths and people share one id space.
	s2 := &Session{Label: "x", Youths: []Youth{{ID: "p1", Name: "odd"}}}
	if id := s2.AddPerson(Person{Name: "a", Sector: SectorFamily, Ring: 1}); id != "p2" {
		t.Errorf("AddPerson next to youth p1 = %q", id)
	}
}

func TestLookups(t *testing.T) {
	s := exampleSession(t)
	if s.Person("y1") != nil || s.Youth("p1") != nil || s.Person("") != nil {
		t.Error("lookup crossed kinds")
	}
	s.Person("p2").Name = "Joesoef"
	if s.People[1].Name != "Joesoef" {
		t.Error("Person does not return a pointer into the session")
	}
	sum := s.Summary()
	if sum.ID != "example" || !sum.Demo || !slices.Equal(sum.Youths, []string{"Noor", "Sem"}) || !sum.Created.Equal(s.Created) {
		t.Errorf("summary = %+v", sum)
	}
	if ids := s.MemberIDs(); len(ids) != 20 || ids[0] != "y1" || ids[2] != "p1" {
		t.Errorf("MemberIDs = %v", ids)
	}
}

func TestSupports(t *testing.T) {
	tests := []struct {
		name string
		s    Supports
		want string
	}{
		{"nothing", Supports{}, ""},
		{"all none", Supports{Support{Level: LevelNone}, Support{Level: LevelNone}, Support{Level: LevelNone}, Support{Level: LevelNone}}, ""},
		{"direction without level", Supports{Practical: Support{Level: LevelNone, Direction: DirectionGives}}, ""},
		{"practical and emotional", Supports{Practical: Support{Level: LevelSometimes}, Emotional: Support{Level: LevelOften}}, "PE"},
		{"all", Supports{Support{Level: LevelOften}, Support{Level: LevelSometimes}, Support{Level: LevelOften}, Support{Level: LevelOften}}, "PGAE"},
		{"company and advice", Supports{Company: Support{Level: LevelOften}, Advice: Support{Level: LevelSometimes}}, "GA"},
		{"unknown level", Supports{Advice: Support{Level: "lots"}}, ""},
	}
	for _, tt := range tests {
		if got := tt.s.Letters(); got != tt.want {
			t.Errorf("%s: Letters() = %q, want %q", tt.name, got, tt.want)
		}
	}

	var s Supports
	s.Set(SupportAdvice, Support{Level: LevelOften, Direction: DirectionReceives})
	s.Set("hugs", Support{Level: LevelOften})
	if s.Get(SupportAdvice).Direction != DirectionReceives || s.Advice.Level != LevelOften {
		t.Errorf("Set/Get advice: %+v", s)
	}
	if s.Letters() != "A" {
		t.Errorf("unknown kind was set: %+v", s)
	}
	if got := s.Get("hugs"); got.Level != LevelNone {
		t.Errorf("Get(unknown) = %+v", got)
	}
	letters := ""
	for _, k := range SupportKinds {
		letters += k.Letter()
	}
	if letters != "PGAE" || SupportKind("x").Letter() != "?" {
		t.Errorf("letters %q", letters)
	}
}

func TestDate(t *testing.T) {
	tests := []struct {
		d    Date
		want bool
	}{
		{"", true},
		{"2026-10-05", true},
		{"2028-02-29", true},
		{"1900-01-01", true},
		{"2026-02-29", false},
		{"2026-13-01", false},
		{"2026-00-10", false},
		{"2026-04-31", false},
		{"2026-1-5", false},
		{"05-10-2026", false},
		{"2026/10/05", false},
		{"2026-10-05T00:00:00Z", false},
		{" 2026-10-05", false},
		{"2026-10-05 ", false},
		{"vandaag", false},
	}
	for _, tt := range tests {
		if got := tt.d.Valid(); got != tt.want {
			t.Errorf("Date(%q).Valid() = %v, want %v", tt.d, got, tt.want)
		}
		_, ok := tt.d.Time()
		if ok != (tt.want && tt.d != "") {
			t.Errorf("Date(%q).Time() ok = %v", tt.d, ok)
		}
	}
	at := time.Date(2026, 10, 5, 23, 30, 0, 0, time.FixedZone("CEST", 2*3600))
	if d := DateOf(at); d != "2026-10-05" {
		t.Errorf("DateOf = %q", d)
	}
	if tm, ok := Date("2026-10-05").Time(); !ok || !tm.Equal(time.Date(2026, 10, 5, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("Time() = %v", tm)
	}
}
