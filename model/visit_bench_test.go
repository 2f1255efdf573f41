package model

import (
	"fmt"
	"testing"
)

// benchNetwork is a made-up network of n people with ties relations
// between them (distinct pairs, spread by a fixed stride), a need with a
// contribution from every tenth person and an agreement with every
// twentieth: the shape of a large real map, ten times its size.
func benchNetwork(n, ties int) *Session {
	s := &Session{ID: "s1", Label: "Familie Nguyễn", Date: "2026-10-05", Youths: []Youth{{ID: "y1", Name: "Linh"}}}
	need := Need{ID: "n1"}
	for i := 0; i < n; i++ {
		p := Person{ID: fmt.Sprintf("p%d", i+1), Name: fmt.Sprintf("Persoon %d", i+1),
			Sector: Sectors[i%len(Sectors)], Ring: Rings[i%len(Rings)], Quality: Qualities[i%len(Qualities)],
			Support: Supports{Practical: Support{Level: Levels[i%3], Direction: Directions[i%4]}}}
		s.People = append(s.People, p)
		if i%10 == 0 {
			need.Network.Contributions = append(need.Network.Contributions, Contribution{PersonID: p.ID, Willing: WillingYes})
		}
		if i%20 == 0 {
			s.Agreements = append(s.Agreements, Agreement{ID: fmt.Sprintf("a%d", i+1), Who: PartyNetwork, PersonID: p.ID, What: "helpen"})
		}
	}
	s.Needs = []Need{need}
	for k := 0; len(s.Relations) < ties; k++ {
		a, b := k%n, (k*7+k/n+1)%n
		if a == b {
			continue
		}
		s.Relations = append(s.Relations, Relation{ID: fmt.Sprintf("r%d", k+1), A: s.People[a].ID, B: s.People[b].ID, Kind: RelationClose})
	}
	return s
}

// BenchmarkDiffVisits300 compares two visits of 300 people in which a
// third of the people moved ring or changed support. Target: under 1 ms.
func BenchmarkDiffVisits300(b *testing.B) {
	s := benchNetwork(300, 1000)
	if err := s.StartVisit("2026-11-16", ""); err != nil {
		b.Fatal(err)
	}
	for i := 0; i < len(s.People); i += 3 {
		s.People[i].Ring = Rings[(i+1)%len(Rings)]
		s.People[i].Support.Emotional = Support{Level: LevelOften}
	}
	before, err := s.VisitSession(1)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		DiffVisits(before, s)
	}
}

// BenchmarkFigures300 computes the figures of 300 people with 1,000 ties.
// Target: under 5 ms.
func BenchmarkFigures300(b *testing.B) {
	s := benchNetwork(300, 1000)
	if f := s.Figures(); f.Ties < 900 {
		b.Fatalf("only %d distinct ties", f.Ties)
	}
	b.ReportAllocs()
	for b.Loop() {
		s.Figures()
	}
}

// BenchmarkNormalizeTenVisits300 is Normalize, which runs on every
// session opened, of a session with ten visits of 300 people.
func BenchmarkNormalizeTenVisits300(b *testing.B) {
	s := benchNetwork(300, 1000)
	for v := 2; v <= 10; v++ {
		if err := s.StartVisit(Date(fmt.Sprintf("2027-%02d-05", v)), ""); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		s.Normalize()
	}
}
