package ui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/golden"

	"kring/model"
	"kring/ui/i18n"
)

// openMap opens the example case on step 2.
func openMap(d *driver) {
	d.t.Helper()
	openExample(d)
	d.press("2")
}

func mapOf(d *driver) *mapStep { return d.app.work.network }

// lastSaved is the newest session the store received.
func lastSaved(t *testing.T, d *driver) *model.Session {
	t.Helper()
	saved := d.store.savedSessions()
	if len(saved) == 0 {
		t.Fatal("nothing was saved")
	}
	return saved[len(saved)-1]
}

func personNamed(s *model.Session, name string) *model.Person {
	for i := range s.People {
		if s.People[i].Name == name {
			return &s.People[i]
		}
	}
	return nil
}

func TestGoldenMap(t *testing.T) {
	t.Parallel()
	type screen struct {
		name string
		lang i18n.Lang
		w, h int
		to   func(d *driver)
	}
	var screens []screen
	for _, lang := range []i18n.Lang{i18n.NL, i18n.EN} {
		for _, sz := range [][2]int{{80, 24}, {120, 40}, {200, 60}} {
			screens = append(screens, screen{fmt.Sprintf("map/%s_%dx%d", lang, sz[0], sz[1]), lang, sz[0], sz[1], openMap})
		}
		screens = append(screens,
			screen{fmt.Sprintf("map_empty/%s_80x24", lang), lang, 80, 24, func(d *driver) {
				d.press("n")
				d.typ("Familie Qadir")
				d.press("enter", "2")
			}},
			screen{fmt.Sprintf("map_grid/%s_80x24", lang), lang, 80, 24, func(d *driver) { openMap(d); d.press("g") }},
			screen{fmt.Sprintf("map_zoom/%s_80x24", lang), lang, 80, 24, func(d *driver) { openMap(d); d.press("z") }},
			screen{fmt.Sprintf("map_sweep/%s_120x40", lang), lang, 120, 40, func(d *driver) { openMap(d); d.press("f") }},
			screen{fmt.Sprintf("map_person/%s_80x24", lang), lang, 80, 24, func(d *driver) { openMap(d); d.press("enter") }},
		)
	}
	for _, sc := range screens {
		t.Run(sc.name, func(t *testing.T) {
			t.Parallel()
			runApp(t, setup{store: listStore(t), lang: sc.lang, width: sc.w, height: sc.h}, func(t *testing.T, d *driver) {
				sc.to(d)
				golden.RequireEqual(t, []byte(d.view()))
			})
		})
	}
}

func TestMapShowsTheNetwork(t *testing.T) {
	t.Parallel()
	for _, sz := range [][2]int{{80, 24}, {120, 40}, {200, 60}} {
		t.Run(fmt.Sprintf("%dx%d", sz[0], sz[1]), func(t *testing.T) {
			t.Parallel()
			runApp(t, setup{store: listStore(t), lang: i18n.NL, width: sz[0], height: sz[1]}, func(t *testing.T, d *driver) {
				openMap(d)
				m := mapOf(d)
				l := m.layout()
				placed := len(l.Labels)
				counted := 0
				for _, o := range l.Overflows {
					counted += len(o.IDs)
				}
				if placed+counted != 18 {
					t.Fatalf("placed %d + counted %d, want all 18", placed, counted)
				}
				if sz[0] >= 120 && placed != 18 {
					t.Errorf("at %dx%d only %d of 18 people have a label", sz[0], sz[1], placed)
				}
				for _, word := range []string{"Noor · Sem", "gezin", "familie", "vrienden", "hulpverleners"} {
					d.requireView(word)
				}
			})
		})
	}
}

func TestMapAddEditRemovePerson(t *testing.T) {
	t.Parallel()
	runApp(t, setup{store: listStore(t), lang: i18n.EN, width: 120, height: 40}, func(t *testing.T, d *driver) {
		openMap(d)
		// Add: a, name, role, then the sector one on (from the selected
		// person's household to family) and the ring one out (2 to 3).
		d.press("a")
		d.typ("Wim")
		d.press("tab")
		d.typ("uncle")
		d.press("tab", "right", "tab", "right", "enter")
		s := lastSaved(t, d)
		w := personNamed(s, "Wim")
		if w == nil || w.Role != "uncle" || w.Sector != model.SectorFamily || w.Ring != model.RingFurther {
			t.Fatalf("added person: %+v", w)
		}
		if mapOf(d).selected != w.ID {
			t.Error("the new person is not selected")
		}
		d.requireView("Wim")

		// Edit: enter on the selection, ring one further out.
		d.press("enter", "tab", "tab", "tab", "right", "enter")
		if p := personNamed(lastSaved(t, d), "Wim"); p.Ring != model.RingNoContact {
			t.Fatalf("edited ring %d, want 4", p.Ring)
		}

		// Esc in the editor saves nothing.
		n := len(d.store.savedSessions())
		d.press("enter", "tab", "right", "esc")
		if len(d.store.savedSessions()) != n {
			t.Fatal("esc in the editor saved")
		}

		// Remove: x asks, n keeps, x and y remove.
		d.press("x")
		d.requireView("Take Wim off the map?")
		d.press("n")
		if personNamed(d.app.work.sess, "Wim") == nil {
			t.Fatal("n removed the person")
		}
		d.press("x", "y")
		if personNamed(lastSaved(t, d), "Wim") != nil {
			t.Fatal("the removed person was saved")
		}
		d.requireNoView("Wim")
	})
}

func TestMapPersonNeedsAName(t *testing.T) {
	t.Parallel()
	runApp(t, setup{store: listStore(t), lang: i18n.EN, width: 80, height: 24}, func(t *testing.T, d *driver) {
		openMap(d)
		n := len(d.store.savedSessions())
		d.press("a", "enter")
		d.requireView("must not be empty")
		if len(d.store.savedSessions()) != n {
			t.Fatal("a person without a name was saved")
		}
	})
}

func TestMapRelationAddAndRemove(t *testing.T) {
	t.Parallel()
	runApp(t, setup{store: listStore(t), lang: i18n.EN, width: 120, height: 40}, func(t *testing.T, d *driver) {
		openMap(d)
		sel := mapOf(d).selected // Sanne, the first person
		before := len(d.app.work.sess.Relations)
		// With Noor (the first choice), close (two on from conflict).
		d.press("r", "tab", "right", "right", "enter")
		s := lastSaved(t, d)
		if len(s.Relations) != before+1 {
			t.Fatalf("relations %d, want %d", len(s.Relations), before+1)
		}
		r := s.Relations[len(s.Relations)-1]
		if r.A != sel || r.B != "y1" || r.Kind != model.RelationClose {
			t.Fatalf("relation %+v", r)
		}
		d.requireView("close: Noor")
		// The same relation again is refused, with the reason.
		d.press("r", "tab", "right", "right", "enter")
		d.requireView("exists already")
		d.press("esc")
		// R lists the relations; x asks, n keeps the relation, and x
		// then y removes the selected one (the first).
		d.press("R")
		d.requireView("Relations of Sanne")
		d.press("x")
		d.requireView("Remove the relation")
		d.press("n")
		if got := len(d.app.work.sess.Relations); got != before+1 {
			t.Fatalf("n removed the relation: %d relations, want %d", got, before+1)
		}
		d.press("R", "x", "y")
		if got := len(lastSaved(t, d).Relations); got != before {
			t.Fatalf("after removal %d relations, want %d", got, before)
		}
	})
}

func TestMapRemovingAPersonRemovesTheirRelationsAndJim(t *testing.T) {
	t.Parallel()
	runApp(t, setup{store: listStore(t), lang: i18n.EN, width: 120, height: 40}, func(t *testing.T, d *driver) {
		openMap(d)
		m := mapOf(d)
		m.selected = "p5" // Lotte, Noor's JIM candidate
		d.press("x", "y")
		s := lastSaved(t, d)
		if s.Person("p5") != nil || len(s.Jim) != 0 {
			t.Fatalf("person or JIM candidacy left: %v", s.Jim)
		}
	})
}

func TestMapGridSortsAndEscReturns(t *testing.T) {
	t.Parallel()
	runApp(t, setup{store: listStore(t), lang: i18n.EN, width: 120, height: 40}, func(t *testing.T, d *driver) {
		openMap(d)
		d.press("g")
		d.requireView("Network overview")
		g := mapOf(d).grid
		if g.rows[0][0] != "Bram" { // sorted by name
			t.Fatalf("first row %q, want Bram", g.rows[0][0])
		}
		d.press("s", "s", "S") // by ring, reversed: ring 4 first
		if g.rows[0][2] != "4" || g.rows[len(g.rows)-1][2] != "1" {
			t.Fatalf("by ring reversed: first %q last %q", g.rows[0][2], g.rows[len(g.rows)-1][2])
		}
		d.press("esc")
		d.requireNoView("Network overview")
		d.requireScreen(screenWorkspace)
		d.press("esc")
		d.requireScreen(screenSessions)
	})
}

func TestMapZoomListsTheSector(t *testing.T) {
	t.Parallel()
	runApp(t, setup{store: listStore(t), lang: i18n.EN, width: 80, height: 24}, func(t *testing.T, d *driver) {
		openMap(d)
		d.press("z")
		d.requireView("Sector: household")
		d.press("right")
		d.requireView("Sector: family")
		for _, name := range []string{"Ria", "Lotte", "Fatma", "Ruben", "Dewi", "Henk"} {
			d.requireView(name)
		}
		d.press("down")
		if mapOf(d).selected != "p5" { // ring 1 Ria, then ring 2 Lotte
			t.Fatalf("down in zoom selected %s", mapOf(d).selected)
		}
	})
}

func TestFamilySweepAddsPeople(t *testing.T) {
	t.Parallel()
	runApp(t, setup{store: listStore(t), lang: i18n.EN, width: 120, height: 40}, func(t *testing.T, d *driver) {
		openMap(d)
		d.press("f")
		d.requireView("Who are the parents of Sanne?")
		d.typ("Wim")
		d.press("enter")
		d.typ("Truus")
		d.press("tab", "tab", "right", "enter") // deceased
		d.requireView("Added: Wim, Truus")
		s := lastSaved(t, d)
		wim, truus := personNamed(s, "Wim"), personNamed(s, "Truus")
		if wim == nil || wim.Role != "grandparent (side of moeder)" || wim.Sector != model.SectorFamily || wim.Ring != model.RingClose {
			t.Fatalf("Wim: %+v", wim)
		}
		if truus == nil || !truus.Deceased || truus.Ring != model.RingNoContact {
			t.Fatalf("Truus: %+v", truus)
		}
		// esc skips; enter on an empty name moves on too.
		d.press("esc")
		d.requireView("Brothers and sisters of Sanne")
		d.press("enter")
		d.requireView("Who are the parents of Ruben?")
		// ctrl+x stops the sweep.
		d.press("ctrl+x")
		d.requireNoView("Family sweep")
	})
}

func TestMapCountsUnderTheMap(t *testing.T) {
	t.Parallel()
	runApp(t, setup{store: listStore(t), lang: i18n.EN, width: 80, height: 24}, func(t *testing.T, d *driver) {
		openMap(d)
		// At 80x24 the map has no room to name everyone (each is in a
		// "+N"); the counts say first how many, with the key.
		d.requireView("4 not drawn, g shows everyone · 18 people · P 5 · G 4 · A 5 · E 4 · 1 stressful")
	})
	runApp(t, setup{store: listStore(t), lang: i18n.EN, width: 200, height: 60}, func(t *testing.T, d *driver) {
		openMap(d)
		d.requireView("18 people · P 5 · G 4 · A 5 · E 4 · 1")
		d.requireNoView("not drawn")
	})
}

// bigSession invents a session with n people spread over the map.
func bigSession(n int) *model.Session {
	s := &model.Session{ID: "1", Label: "Familie Groot", Created: testNow, Updated: testNow}
	s.AddYouth(model.Youth{Name: "Noor"})
	for i := 0; i < n; i++ {
		p := model.Person{Name: fmt.Sprintf("Persoon%03d", i), Sector: model.Sectors[i%6], Ring: model.Ring(1 + (i/6)%4)}
		p.Support.Practical = model.Support{Level: model.LevelOften, Direction: model.DirectionGives}
		s.AddPerson(p)
	}
	s.Normalize()
	return s
}

func benchMap(b *testing.B, n int) *App {
	app := New(Options{Store: newFakeStore(testPass), Lang: i18n.NL, Unlocked: true, Initialized: true,
		NoColor: false, Now: func() time.Time { return testNow }, Loc: time.UTC})
	app.Update(tea.WindowSizeMsg{Width: 200, Height: 60})
	app.Update(sessionOpenedMsg{sess: bigSession(n)})
	app.Update(keyMsg("2"))
	_ = app.View()
	return app
}

// BenchmarkMapView300 is the View of the map with 300 people at 200x60,
// the layout computed anew each time (as after an edit). Budget: 4 ms.
func BenchmarkMapView300(b *testing.B) { benchMapView(b, 300) }

// BenchmarkMapMove300 is one selection move (Update and View) on that
// map; the layout is cached, as nothing but the selection changed.
// Budget: 4 ms.
func BenchmarkMapMove300(b *testing.B) {
	app := benchMap(b, 300)
	keys := []tea.KeyPressMsg{keyMsg("right"), keyMsg("down"), keyMsg("left"), keyMsg("up")}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		app.Update(keys[i%4])
		_ = app.View()
		i++
	}
}

func TestNoMapLabelLeavesItsRow(t *testing.T) {
	t.Parallel()
	runApp(t, setup{store: listStore(t), lang: i18n.EN, width: 120, height: 40}, func(t *testing.T, d *driver) {
		openMap(d)
		for i, line := range strings.Split(d.view(), "\n") {
			if strings.Contains(line, "\t") {
				t.Fatalf("line %d holds a tab", i)
			}
		}
	})
}

func TestFamilySweepFromStepOne(t *testing.T) {
	t.Parallel()
	runApp(t, setup{store: listStore(t), lang: i18n.EN, width: 80, height: 24}, func(t *testing.T, d *driver) {
		openExample(d)
		d.press("f")
		if d.app.work.active != 1 {
			t.Fatalf("f on step 1 went to step %d", d.app.work.active+1)
		}
		d.requireView("Family sweep 1/11")
		d.typ("Wim")
		d.press("enter")
		if personNamed(lastSaved(t, d), "Wim") == nil {
			t.Fatal("the sweep's answer was not saved")
		}
	})
}
