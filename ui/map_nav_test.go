package ui

import (
	"fmt"
	"slices"
	"testing"

	"kring/model"
	"kring/ui/i18n"
)

// navSizes are the window sizes the navigation rule is checked at: it
// must give the same answers at each.
var navSizes = [][2]int{{80, 24}, {120, 40}, {200, 60}}

// TestMapNavigationRule drives the arrow keys on the example map and on
// the 40-person family at three sizes: → goes round the ring clockwise
// and comes back after as many steps as the ring has people, ← goes back
// the same way, ↑ and ↓ change ring by one (passing empty rings), and
// every key gives the same selection at every size.
func TestMapNavigationRule(t *testing.T) {
	t.Parallel()
	for _, family := range []struct {
		name string
		open func(t *testing.T, size [2]int, f func(t *testing.T, d *driver))
	}{
		{"example", func(t *testing.T, size [2]int, f func(t *testing.T, d *driver)) {
			runApp(t, setup{store: listStore(t), lang: i18n.EN, width: size[0], height: size[1]}, func(t *testing.T, d *driver) {
				openMap(d)
				f(t, d)
			})
		}},
		{"family40", func(t *testing.T, size [2]int, f func(t *testing.T, d *driver)) {
			onFamily40Map(t, i18n.EN, size[0], size[1], func(t *testing.T, d *driver, _ *mapStep) { f(t, d) })
		}},
	} {
		t.Run(family.name, func(t *testing.T) {
			t.Parallel()
			var walks []string
			for _, size := range navSizes {
				family.open(t, size, func(t *testing.T, d *driver) {
					walks = append(walks, navWalk(t, d, size))
				})
			}
			for i := 1; i < len(walks); i++ {
				if walks[i] != walks[0] {
					t.Fatalf("the arrows select differently at %v than at %v", navSizes[i], navSizes[0])
				}
			}
		})
	}
}

// navWalk checks the rule on the open map and returns the selections the
// keys made, in order.
func navWalk(t *testing.T, d *driver, size [2]int) string {
	m := mapOf(d)
	s := d.app.work.sess
	ring := func() model.Ring { return s.Person(m.selected).Ring }
	var walk []string
	for _, r := range model.Rings {
		pts := ringPoints(s, r)
		if len(pts) == 0 {
			continue
		}
		m.selected = pts[0].id
		var right []string
		for range pts {
			d.press("right")
			right = append(right, m.selected)
			if ring() != r {
				t.Fatalf("%dx%d: right left ring %d", size[0], size[1], r)
			}
		}
		if right[len(right)-1] != pts[0].id {
			t.Fatalf("%dx%d ring %d: %d steps right did not come round: %v", size[0], size[1], r, len(pts), right)
		}
		for i := len(right) - 2; i >= 0; i-- {
			d.press("left")
			if m.selected != right[i] {
				t.Fatalf("%dx%d ring %d: left is not right backwards", size[0], size[1], r)
			}
		}
		walk = append(walk, right...)
	}
	// Up goes in, down goes out, to the nearest ring with people.
	for _, p := range s.People {
		for _, k := range []struct {
			key string
			dir int
		}{{"up", -1}, {"down", 1}} {
			m.selected = p.ID
			d.press(k.key)
			want := p.Ring
			for r := p.Ring + model.Ring(k.dir); r.Valid(); r += model.Ring(k.dir) {
				if len(ringPoints(s, r)) > 0 {
					want = r
					break
				}
			}
			if ring() != want {
				t.Fatalf("%dx%d: %s from %s (ring %d) went to ring %d, want %d", size[0], size[1], k.key, p.Name, p.Ring, ring(), want)
			}
			walk = append(walk, m.selected)
		}
	}
	return fmt.Sprint(walk)
}

// Everyone can be reached with the arrows, from anyone, at every size,
// also people the small map has no room to draw (60 invented people and
// the 40-person family).
func TestMapNavigationReachesEveryone(t *testing.T) {
	t.Parallel()
	for i, size := range append(navSizes, navSizes...) {
		name, sess := "60", bigSession(60)
		if i >= len(navSizes) {
			name, sess = "family40", family40(t)
		}
		t.Run(fmt.Sprintf("%s/%dx%d", name, size[0], size[1]), func(t *testing.T) {
			t.Parallel()
			st := newFakeStore(testPass, sess)
			runApp(t, setup{store: st, lang: i18n.EN, width: size[0], height: size[1]}, func(t *testing.T, d *driver) {
				d.openSelected()
				d.press("2")
				m := mapOf(d)
				seen := map[string]bool{}
				queue := []string{m.selected}
				for len(queue) > 0 {
					id := queue[0]
					queue = queue[1:]
					if seen[id] {
						continue
					}
					seen[id] = true
					for _, k := range []string{"left", "right", "up", "down"} {
						m.selected = id
						d.press(k)
						queue = append(queue, m.selected)
					}
				}
				if len(seen) != len(d.app.work.sess.People) {
					t.Fatalf("reached %d of %d people", len(seen), len(d.app.work.sess.People))
				}
			})
		})
	}
}

func TestNavigateOnSmallSessions(t *testing.T) {
	t.Parallel()
	s := &model.Session{}
	if got := navigate(s, "", 1, 0); got != "" {
		t.Fatalf("empty session: %q", got)
	}
	a := s.AddPerson(model.Person{Name: "Ayşe", Sector: model.SectorFamily, Ring: model.RingClose})
	for _, k := range [][2]int{{1, 0}, {-1, 0}, {0, 1}, {0, -1}} {
		if got := navigate(s, a, k[0], k[1]); got != a {
			t.Fatalf("one person, %v: %q", k, got)
		}
	}
	b := s.AddPerson(model.Person{Name: "Bo", Sector: model.SectorFriends, Ring: model.RingClose})
	c := s.AddPerson(model.Person{Name: "Cas", Sector: model.SectorHousehold, Ring: model.RingClose})
	// Clockwise: household (Cas), family (Ayşe), friends (Bo), round again.
	var order []string
	id := c
	for range 3 {
		id = navigate(s, id, 1, 0)
		order = append(order, id)
	}
	if !slices.Equal(order, []string{a, b, c}) {
		t.Fatalf("clockwise from Cas: %v", order)
	}
	// Out from Bo (friends) to ring 4, passing the empty ring 3: the
	// nearest in angle there.
	far1 := s.AddPerson(model.Person{Name: "Dirk", Sector: model.SectorFriends, Ring: model.RingNoContact})
	s.AddPerson(model.Person{Name: "Eef", Sector: model.SectorProfessionals, Ring: model.RingNoContact})
	if got := navigate(s, b, 0, 1); got != far1 {
		t.Fatalf("down from Bo: %q, want Dirk", got)
	}
	if got := navigate(s, far1, 0, -1); got != b {
		t.Fatalf("up from Dirk: %q, want Bo", got)
	}
}
