package ui

import (
	"strings"
	"testing"

	"kring/model"
	"kring/ui/i18n"
)

// The small fixes of issue 11 on the map: each test drives the keys a
// coach presses.

func TestGridRowShowsAnEditAtOnce(t *testing.T) {
	t.Parallel()
	runApp(t, setup{store: listStore(t), lang: i18n.EN, width: 120, height: 40}, func(t *testing.T, d *driver) {
		openMap(d)
		d.press("g")
		g := mapOf(d).grid
		id := g.SelectedID()
		name, before := g.rows[g.cursor][0], g.rows[g.cursor][2]
		// enter edits the row's person; tab three times is the ring; right moves it.
		d.press("enter", "tab", "tab", "tab", "right", "enter")
		if mapOf(d).form != nil {
			t.Fatal("the form did not close")
		}
		saved := lastSaved(t, d).Person(id)
		got := g.rows[g.cursor]
		if g.SelectedID() != id || got[0] != name || got[2] != string(rune('0'+saved.Ring)) || got[2] == before {
			t.Fatalf("grid row after the edit %q (ring before %s, saved %d)", got, before, saved.Ring)
		}
	})
}

func TestNobodyOnTheMapOnlyWhenTheMapIsEmpty(t *testing.T) {
	t.Parallel()
	runApp(t, setup{store: listStore(t), lang: i18n.EN, width: 120, height: 40}, func(t *testing.T, d *driver) {
		d.press("n")
		d.typ("Familie Öztürk")
		d.press("enter", "2")
		empty := d.app.c.T("map.empty")
		d.requireView(empty[:20])
		// The sweep's first names fill the map: the panel shows the first.
		d.press("f")
		d.typ("Ayşe")
		d.press("enter", "ctrl+x")
		d.requireNoView(empty[:20])
		d.requireNoView(d.app.c.T("map.none_selected"))
		if p := d.app.work.sess.Person(mapOf(d).selected); p == nil || p.Name != "Ayşe" {
			t.Fatalf("selected %q after the sweep, want Ayşe", mapOf(d).selected)
		}
	})
}

func TestParentRoleSetsParent(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, role string
		toggles    int // times the coach changes the parent choice
		want       bool
	}{
		{"Karin", "moeder", 0, true},
		{"Joost", "stepfather", 0, true},
		{"Piet", "oom", 0, false},
		{"Mark", "stiefvader", 2, false}, // the coach chose "no" again
		{"Els", "tante", 1, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			runApp(t, setup{store: listStore(t), lang: i18n.EN, width: 120, height: 40}, func(t *testing.T, d *driver) {
				openMap(d)
				d.press("a")
				d.typ(tt.name)
				d.press("tab")
				d.typ(tt.role)
				f := mapOf(d).form
				for f.fields[f.focus].key != "parent" {
					d.press("tab")
				}
				for range tt.toggles {
					d.press("right")
				}
				d.press("enter")
				p := personNamed(lastSaved(t, d), tt.name)
				if p == nil || p.Parent != tt.want {
					t.Fatalf("%s (%s): %+v, want parent %v", tt.name, tt.role, p, tt.want)
				}
			})
		})
	}
	t.Run("a kept no on an old role stays", func(t *testing.T) {
		t.Parallel()
		runApp(t, setup{store: listStore(t), lang: i18n.EN, width: 120, height: 40}, func(t *testing.T, d *driver) {
			openMap(d)
			m := mapOf(d)
			p := &d.app.work.sess.People[0]
			p.Role, p.Parent = "moeder", false
			m.selected = p.ID
			d.press("enter", "enter") // edit and save without a change
			if got := lastSaved(t, d).Person(p.ID); got.Parent {
				t.Fatal("saving unchanged made a parent of someone the coach had not")
			}
		})
	})
}

func TestParentRoleInTheFamilyStep(t *testing.T) {
	t.Parallel()
	runApp(t, setup{store: listStore(t), lang: i18n.EN, width: 120, height: 40}, func(t *testing.T, d *driver) {
		openExample(d)
		addMember(d, "Karel", "vader")
		if p := personNamed(lastSaved(t, d), "Karel"); p == nil || !p.Parent {
			t.Fatalf("Karel (vader): %+v", p)
		}
	})
}

func TestSweepLeavesGuessedRolesEmpty(t *testing.T) {
	t.Parallel()
	runApp(t, setup{store: listStore(t), lang: i18n.EN, width: 120, height: 40}, func(t *testing.T, d *driver) {
		openMap(d)
		d.press("f")
		q := d.app.c.T("sweep.q.neighbours")
		for i := 0; i < 12 && !strings.Contains(d.view(), q); i++ {
			d.press("esc")
		}
		d.requireView(q)
		// The hint is shown in the empty field, not stored.
		d.requireView(d.app.c.T("sweep.hint.neighbour"))
		// A name with no role word in front gets no role: nothing is
		// guessed from the question.
		d.typ("Lan Nguyễn")
		d.press("enter")
		p := personNamed(lastSaved(t, d), "Lan Nguyễn")
		if p == nil || p.Role != "" || p.Sector != model.SectorCommunity {
			t.Fatalf("Lan Nguyễn: %+v, want no role in the community", p)
		}
		// A role word in front is the role, that word and no other
		// ("buurvrouw" was once guessed for him).
		d.typ("Buurman Piet")
		d.press("enter")
		p = personNamed(lastSaved(t, d), "Buurman Piet")
		if p == nil || p.Role != "buurman" || p.Sector != model.SectorCommunity {
			t.Fatalf("Buurman Piet: %+v, want buurman in the community", p)
		}
	})
}
