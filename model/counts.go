package model

// Counts are the figures shown under the map: how the network is spread
// over sectors and rings and what it gives.
type Counts struct {
	People    int
	BySector  map[Sector]int
	ByRing    map[Ring]int
	BySupport map[SupportKind]int // people giving this kind at all (sometimes or often)
	Stressful int
	NotAsked  int // people never asked whether they are willing to help
	Deceased  int
	// Outside is the number of living people outside the household: a
	// network step with none of them means the family was not swept.
	Outside int
}

// Count computes the counts of the session's network.
func (s *Session) Count() Counts {
	c := Counts{BySector: map[Sector]int{}, ByRing: map[Ring]int{}, BySupport: map[SupportKind]int{}}
	for i := range s.People {
		p := &s.People[i]
		c.People++
		c.BySector[p.Sector]++
		c.ByRing[p.Ring]++
		for _, k := range SupportKinds {
			if lv := p.Support.Get(k).Level; lv == LevelSometimes || lv == LevelOften {
				c.BySupport[k]++
			}
		}
		if p.Quality == QualityStressful {
			c.Stressful++
		}
		if p.Deceased {
			c.Deceased++
			continue
		}
		if p.Willing == WillingNotAsked {
			c.NotAsked++
		}
		if !p.Household {
			c.Outside++
		}
	}
	return c
}
