package model

import "testing"

func TestInitials(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Familie de Vries", "F.d.V."},
		{"Nguyễn Thị Lan", "N.T.L."},
		{"  Öztürk  ", "Ö."},
		{"(oma) 2e", "o.2."},
		{"", "…"},
		{"-- !!", "…"},
	} {
		if got := Initials(c.in); got != c.want {
			t.Errorf("Initials(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestQualityGlyph(t *testing.T) {
	for _, c := range []struct {
		p    Person
		want string
	}{
		{Person{Quality: QualityStrong}, "●"},
		{Person{Quality: QualityNormal}, "○"},
		{Person{}, "○"},
		{Person{Quality: QualityWeak}, "◌"},
		{Person{Quality: QualityStressful}, "✕"},
		{Person{Quality: QualityStrong, Deceased: true}, "†"},
	} {
		if got := c.p.QualityGlyph(); got != c.want {
			t.Errorf("%+v: %q, want %q", c.p, got, c.want)
		}
	}
}

func TestJimMark(t *testing.T) {
	s := &Session{Jim: []JimCandidate{
		{PersonID: "p1", Status: JimNamed},
		{PersonID: "p2", Status: JimStopped},
		{PersonID: "p3", Status: JimStopped},
		{PersonID: "p3", Status: JimActive},
		{PersonID: "p4", Status: JimAgreed},
		{PersonID: "p4", Status: JimStopped},
	}}
	for id, want := range map[string]string{"p1": "☆", "p2": "", "p3": "★", "p4": "☆", "p9": ""} {
		if got := s.JimMark(id); got != want {
			t.Errorf("%s: %q, want %q", id, got, want)
		}
	}
}

func TestSectorIndex(t *testing.T) {
	for i, s := range Sectors {
		if s.Index() != i {
			t.Errorf("%s: %d, want %d", s, s.Index(), i)
		}
	}
	if Sector("moon").Index() != -1 {
		t.Error("an unknown sector has a place")
	}
}
