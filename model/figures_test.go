package model

import (
	"math"
	"reflect"
	"testing"
)

// figuresNetwork is a small hand-made network; the expected figures are
// worked out in TestFigures.
func figuresNetwork() *Session {
	give := func(l Level, d Direction) Support { return Support{Level: l, Direction: d} }
	return &Session{
		ID: "s1", Label: "Familie Jansen-de Vries", Date: "2026-10-05",
		Youths: []Youth{{ID: "y1", Name: "Noor"}},
		People: []Person{
			{ID: "p1", Name: "Sanne", Sector: SectorHousehold, Ring: RingVeryClose, Household: true,
				Support: Supports{Practical: give(LevelOften, DirectionGives)}},
			{ID: "p2", Name: "Oma Ria", Sector: SectorFamily, Ring: RingVeryClose,
				Support: Supports{Practical: give(LevelOften, DirectionGives), Emotional: give(LevelSometimes, DirectionGives)}},
			{ID: "p3", Name: "Kees", Sector: SectorFriends, Ring: RingClose,
				Support: Supports{Company: give(LevelOften, DirectionMutual)}},
			{ID: "p4", Name: "Gerda", Sector: SectorCommunity, Ring: RingClose,
				Support: Supports{Practical: give(LevelSometimes, DirectionReceives)}},
			{ID: "p5", Name: "Oom Bas", Sector: SectorFamily, Ring: RingNoContact, Quality: QualityWeak, Willing: WillingNotAsked},
			{ID: "p6", Name: "Tante Els", Sector: SectorFamily, Ring: RingNoContact, Quality: QualityStressful},
			{ID: "p7", Name: "Opa Henk", Sector: SectorFamily, Ring: RingNoContact, Deceased: true},
			{ID: "p8", Name: "Mentor", Sector: SectorSchoolWork, Ring: RingFurther, Professional: true},
		},
		Relations: []Relation{
			{ID: "r1", A: "p1", B: "p2", Kind: RelationSupport},
			{ID: "r2", A: "p2", B: "p1", Kind: RelationClose}, // the same pair again: one tie
			{ID: "r3", A: "p2", B: "p3", Kind: RelationClose},
			{ID: "r4", A: "p3", B: "p4", Kind: RelationConflict}, // a conflict is a tie too
			{ID: "r5", A: "p5", B: "p6", Kind: RelationCutOff},   // no contact: no tie
			{ID: "r6", A: "p2", B: "p7", Kind: RelationClose},    // Henk died: not a member
			{ID: "r7", A: "p4", B: "y1", Kind: RelationClose},    // a youth is not a network member
		},
		Needs: []Need{
			{ID: "n1", Network: NetworkStep{Contributions: []Contribution{
				{PersonID: "p2", Willing: WillingYes}, {PersonID: "p3", Willing: WillingNo}}}},
			{ID: "n2", Network: NetworkStep{Contributions: []Contribution{
				{PersonID: "p2", Willing: WillingPartly}, {PersonID: "p4", Willing: WillingYes}}}},
		},
		Jim: []JimCandidate{
			{ID: "j1", YouthID: "y1", PersonID: "p2", Status: JimActive},
			{ID: "j2", YouthID: "y1", PersonID: "p4", Status: JimAgreed},
			{ID: "j3", YouthID: "y1", PersonID: "p3", Status: JimNamed}, // only named: no task yet
		},
		Agreements: []Agreement{
			{ID: "a1", Who: PartyNetwork, PersonID: "p2", What: "ophalen"},
			{ID: "a2", Who: PartyNetwork, PersonID: "p3", What: "sporten"},
			{ID: "a3", Who: PartyNetwork, PersonID: "p4", What: "oppassen"},
		},
	}
}

// TestFigures works every figure out by hand on figuresNetwork:
//
//   - 8 people; sectors household 1, family 4 (Ria, Bas, Els, Henk),
//     friends 1, community 1, school/work 1; rings 1: 2 (Sanne, Ria),
//     2: 2 (Kees, Gerda), 3: 1 (mentor), 4: 3 (Bas, Els, Henk).
//   - Support given: P by Sanne, Ria, Gerda = 3; G by Kees = 1; A 0;
//     E by Ria = 1.
//   - Burden: Ria n1 yes + n2 partly + a1 + JIM active = 4 places;
//     Gerda n2 yes + a3 + JIM agreed = 3; Kees n1 no (not counted) + a2
//   - JIM only named (not counted) = 1. So Ria 4, Gerda 3: overloaded.
//   - One way: Sanne and Ria only give, Gerda only receives; Kees is mutual.
//   - Ring 4 who could come back: Bas (Els's tie is stressful, Henk died).
//   - Members: the 7 living people. Ties: Sanne-Ria (two relations, one
//     pair), Ria-Kees, Kees-Gerda = 3 of 7*6/2 = 21 pairs: density 1/7.
//   - The ties form the chain Sanne-Ria-Kees-Gerda: Ria and Kees are
//     bridges; Bas, Els and the mentor are isolated (3).
func TestFigures(t *testing.T) {
	f := figuresNetwork().Figures()
	ref := func(id, name string, r Ring) PersonRef { return PersonRef{ID: id, Name: name, Ring: r} }
	checks := []struct {
		name      string
		got, want any
	}{
		{"people", f.People, 8},
		{"by sector", f.BySector, map[Sector]int{SectorHousehold: 1, SectorFamily: 4, SectorFriends: 1, SectorCommunity: 1, SectorSchoolWork: 1}},
		{"by ring", f.ByRing, map[Ring]int{1: 2, 2: 2, 3: 1, 4: 3}},
		{"by support", f.BySupport, map[SupportKind]int{SupportPractical: 3, SupportCompany: 1, SupportEmotional: 1}},
		{"burden", f.Burden, []Burden{{ref("p2", "Oma Ria", 1), 4}, {ref("p4", "Gerda", 2), 3}}},
		{"overloaded", f.Overloaded(), true},
		{"one way", f.OneWay, []OneWay{{ref("p1", "Sanne", 1), true}, {ref("p2", "Oma Ria", 1), true}, {ref("p4", "Gerda", 2), false}}},
		{"come back", f.ComeBack, []PersonRef{ref("p5", "Oom Bas", 4)}},
		{"members", f.Members, 7},
		{"ties", f.Ties, 3},
		{"bridges", f.Bridges, []PersonRef{ref("p2", "Oma Ria", 1), ref("p3", "Kees", 2)}},
		{"isolated", f.Isolated, 3},
	}
	for _, c := range checks {
		if !reflect.DeepEqual(c.got, c.want) {
			t.Errorf("%s = %v, want %v", c.name, c.got, c.want)
		}
	}
	if math.Abs(f.Density-1.0/7) > 1e-9 {
		t.Errorf("density = %v, want 1/7", f.Density)
	}
}

// TestBridgesOfSmallGraphs checks the articulation points on graphs small
// enough to see: a triangle has none; two triangles joined in one node
// have that node; a star has its centre; a lone pair has none.
func TestBridgesOfSmallGraphs(t *testing.T) {
	tests := []struct {
		name  string
		pairs [][2]int
		n     int
		want  []bool
	}{
		{"triangle", [][2]int{{0, 1}, {1, 2}, {2, 0}}, 3, []bool{false, false, false}},
		{"bow tie", [][2]int{{0, 1}, {1, 2}, {2, 0}, {2, 3}, {3, 4}, {4, 2}}, 5, []bool{false, false, true, false, false}},
		{"star", [][2]int{{0, 1}, {0, 2}, {0, 3}}, 4, []bool{true, false, false, false}},
		{"pair and loner", [][2]int{{0, 1}}, 3, []bool{false, false, false}},
	}
	for _, tt := range tests {
		adj := make([][]int, tt.n)
		for _, p := range tt.pairs {
			adj[p[0]] = append(adj[p[0]], p[1])
			adj[p[1]] = append(adj[p[1]], p[0])
		}
		if got := articulation(adj); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestFiguresOfAnEmptyMap: nobody, no ties, no division by zero.
func TestFiguresOfAnEmptyMap(t *testing.T) {
	f := (&Session{}).Figures()
	if f.People != 0 || f.Members != 0 || f.Density != 0 || f.Overloaded() || len(f.Bridges) != 0 {
		t.Errorf("figures of an empty map: %+v", f)
	}
}
