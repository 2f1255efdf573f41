package ui

import (
	"math"

	"kring/model"
)

// The map's arrow keys follow one rule, the same at every window size,
// as it reads the session and not the drawing: ←/→ go round the circle
// within the selected person's ring (→ clockwise, as the sectors follow
// each other from 12 o'clock; both wrap round), ↑ goes one ring in and ↓
// one ring out, to the person there nearest in angle (an empty ring is
// passed over). Within a sector people follow in the order they were
// added, the order in which they took their places on the map (places
// that depend on the window's size, which is why the keys follow this
// order and not the drawing). Someone the map has no room to draw is
// reached all the same.

// navPoint is a person's place round the circle: pos runs from 0 to 1
// clockwise from the start of the first sector.
type navPoint struct {
	id  string
	pos float64
}

// ringPoints are the people of ring r in clockwise order.
func ringPoints(s *model.Session, r model.Ring) []navPoint {
	var out []navPoint
	for si, sec := range model.Sectors {
		var ids []string
		for i := range s.People {
			if p := &s.People[i]; p.Sector == sec && p.Ring == r {
				ids = append(ids, p.ID)
			}
		}
		for k, id := range ids {
			out = append(out, navPoint{id, (float64(si) + (float64(k)+0.5)/float64(len(ids))) / float64(len(model.Sectors))})
		}
	}
	return out
}

// navigate is the person the rule above selects from selected for a
// step dx round the circle or dy rings out; selected when there is none.
func navigate(s *model.Session, selected string, dx, dy int) string {
	return navigateIn(s, func(r model.Ring) []navPoint { return ringPoints(s, r) }, selected, dx, dy)
}

// navCache keeps every ring's points between keys: they change only with
// the session, and a selection move on a big map would otherwise go
// through everyone twice.
type navCache struct {
	edits int
	sess  *model.Session
	rings [model.RingNoContact + 1][]navPoint
	ok    [model.RingNoContact + 1]bool
}

// navigate is the package's navigate with the ring points of the map's
// session cached until its next edit.
func (m *mapStep) navigate(dx, dy int) string {
	c := &m.nav
	if c.edits != m.edits || c.sess != m.sess {
		*c = navCache{edits: m.edits, sess: m.sess}
	}
	return navigateIn(m.sess, func(r model.Ring) []navPoint {
		if !r.Valid() {
			return nil
		}
		if !c.ok[r] {
			c.rings[r], c.ok[r] = ringPoints(m.sess, r), true
		}
		return c.rings[r]
	}, m.selected, dx, dy)
}

// navigateIn is navigate with the points of a ring given by ring.
func navigateIn(s *model.Session, ring func(model.Ring) []navPoint, selected string, dx, dy int) string {
	p := s.Person(selected)
	if p == nil {
		if len(s.People) > 0 {
			return s.People[0].ID
		}
		return selected
	}
	here := ring(p.Ring)
	at := 0
	for i, q := range here {
		if q.id == selected {
			at = i
		}
	}
	if dx != 0 {
		n := len(here)
		return here[((at+dx)%n+n)%n].id
	}
	for r := p.Ring + model.Ring(dy); r.Valid() && dy != 0; r += model.Ring(dy) {
		pts := ring(r)
		best, bestDist := "", math.Inf(1)
		for _, q := range pts {
			d := math.Abs(q.pos - here[at].pos)
			if d = math.Min(d, 1-d); d < bestDist-1e-9 {
				best, bestDist = q.id, d
			}
		}
		if best != "" {
			return best
		}
	}
	return selected
}
