package model

import "sort"

// BurdenPlaces is from how many places on, needs, agreements and JIM
// tasks resting on one person, the network may be leaning on them too hard.
const BurdenPlaces = 3

// Figures are the network figures of one visit that a family can follow:
// how big the network is and where, who gives what, on whom it rests, and
// how the members hang together. Each is explained in one line on the
// screen and in the report (the catalogue's fig.* texts).
type Figures struct {
	People    int
	BySector  map[Sector]int
	ByRing    map[Ring]int
	BySupport map[SupportKind]int // people giving this kind at all (sometimes or often)
	// Burden lists the people named in BurdenPlaces or more places, most first.
	Burden []Burden
	// OneWay lists the people with whom help goes only one way.
	OneWay []OneWay
	// ComeBack lists the people in ring 4 who could come back: alive, not
	// there for their work, the tie not stressful and not said no.
	ComeBack []PersonRef
	// Members are the living people on the map; Ties the pairs of them
	// with a relation other than cut off; Density Ties over all pairs.
	Members, Ties int
	Density       float64
	// Bridges are members whose leaving would split the ties among the
	// rest into more groups (articulation points).
	Bridges []PersonRef
	// Isolated is the number of members with no tie to another member.
	Isolated int
}

// Burden is a person and the number of needs, agreements and JIM tasks
// that rest on them.
type Burden struct {
	PersonRef
	Places int
}

// OneWay is a person with whom help goes one way only: Gives when only
// they help the family, else only the family helps them.
type OneWay struct {
	PersonRef
	Gives bool
}

// Overloaded reports whether someone carries BurdenPlaces or more places.
func (f *Figures) Overloaded() bool { return len(f.Burden) > 0 }

// Figures computes the network figures of the session's open visit (of an
// earlier one through VisitSession).
func (s *Session) Figures() Figures {
	c := s.Count()
	f := Figures{People: c.People, BySector: c.BySector, ByRing: c.ByRing, BySupport: c.BySupport}
	f.Burden = s.burden()
	for i := range s.People {
		p := &s.People[i]
		ref := refOf(p)
		if gives, ok := oneWay(p.Support); ok {
			f.OneWay = append(f.OneWay, OneWay{PersonRef: ref, Gives: gives})
		}
		if p.Ring == RingNoContact && !p.Deceased && !p.IsProfessional() && p.Quality != QualityStressful && p.Willing != WillingNo {
			f.ComeBack = append(f.ComeBack, ref)
		}
	}
	s.tieFigures(&f)
	return f
}

// burden counts, per person, the contributions to needs where they said
// yes or partly, the agreements made with them and the JIM candidacies
// they agreed to or are active in.
func (s *Session) burden() []Burden {
	places := map[string]int{}
	for i := range s.Needs {
		for _, c := range s.Needs[i].Network.Contributions {
			if c.Willing.Helps() {
				places[c.PersonID]++
			}
		}
	}
	for _, a := range s.Agreements {
		if a.PersonID != "" {
			places[a.PersonID]++
		}
	}
	for _, j := range s.Jim {
		if j.Status == JimAgreed || j.Status == JimActive {
			places[j.PersonID]++
		}
	}
	s.addPlanTasks(places)
	var out []Burden
	for i := range s.People {
		p := &s.People[i]
		if n := places[p.ID]; n >= BurdenPlaces {
			out = append(out, Burden{PersonRef: refOf(p), Places: n})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Places > out[j].Places })
	return out
}

// oneWay reports whether every support kind that flows, with a direction
// set, goes the same one way; gives is true when the person helps the
// family. Mutual help, or no direction recorded, is not one way.
func oneWay(s Supports) (gives, ok bool) {
	var dir Direction
	for _, k := range SupportKinds {
		sup := s.Get(k)
		if !(sup.Level == LevelSometimes || sup.Level == LevelOften) || sup.Direction == DirectionNone {
			continue
		}
		if sup.Direction == DirectionMutual || (dir != "" && dir != sup.Direction) {
			return false, false
		}
		dir = sup.Direction
	}
	return dir == DirectionGives, dir != ""
}

// tieFigures fills the members, ties, density, bridges and isolated
// people from the relations between living people.
func (s *Session) tieFigures(f *Figures) {
	index := make(map[string]int, len(s.People))
	var members []*Person
	for i := range s.People {
		if p := &s.People[i]; !p.Deceased {
			index[p.ID] = len(members)
			members = append(members, p)
		}
	}
	n := len(members)
	f.Members = n
	adj := make([][]int, n)
	seen := make(map[[2]int]bool, len(s.Relations))
	for _, r := range s.Relations {
		a, okA := index[r.A]
		b, okB := index[r.B]
		if !okA || !okB || a == b || r.Kind == RelationCutOff {
			continue
		}
		key := [2]int{min(a, b), max(a, b)}
		if seen[key] {
			continue
		}
		seen[key] = true
		adj[a] = append(adj[a], b)
		adj[b] = append(adj[b], a)
	}
	f.Ties = len(seen)
	if n > 1 {
		f.Density = float64(f.Ties) / float64(n*(n-1)/2)
	}
	for i := range adj {
		if len(adj[i]) == 0 {
			f.Isolated++
		}
	}
	for i, cut := range articulation(adj) {
		if cut {
			p := members[i]
			f.Bridges = append(f.Bridges, refOf(p))
		}
	}
}

// articulation marks the articulation points of an undirected graph
// (Hopcroft and Tarjan): the nodes whose removal leaves more connected
// parts. The depth-first search keeps its own stack, so a long chain of
// people cannot exhaust the goroutine's.
func articulation(adj [][]int) []bool {
	n := len(adj)
	disc, low, parent := make([]int, n), make([]int, n), make([]int, n)
	children, next := make([]int, n), make([]int, n)
	cut := make([]bool, n)
	time := 0
	for root := 0; root < n; root++ {
		if disc[root] != 0 {
			continue
		}
		time++
		disc[root], low[root], parent[root] = time, time, -1
		stack := []int{root}
		for len(stack) > 0 {
			u := stack[len(stack)-1]
			if next[u] < len(adj[u]) {
				v := adj[u][next[u]]
				next[u]++
				switch {
				case disc[v] == 0:
					time++
					disc[v], low[v], parent[v] = time, time, u
					children[u]++
					stack = append(stack, v)
				case v != parent[u]:
					low[u] = min(low[u], disc[v])
				}
				continue
			}
			stack = stack[:len(stack)-1]
			if p := parent[u]; p >= 0 {
				low[p] = min(low[p], low[u])
				if parent[p] >= 0 && low[u] >= disc[p] {
					cut[p] = true
				}
			}
		}
		if children[root] > 1 {
			cut[root] = true
		}
	}
	return cut
}
