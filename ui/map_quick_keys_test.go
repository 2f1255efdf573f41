package ui

import (
	"testing"

	"kring/model"
	"kring/ui/i18n"
)

// Each quick key changes the selected person at once, in a saved
// snapshot, and the map's other keys keep working.
func TestMapQuickKeys(t *testing.T) {
	t.Parallel()
	tests := []struct {
		key   string
		check func(before, after model.Person) bool
	}{
		{"P", func(b, a model.Person) bool {
			return (b.Support.Get(model.SupportPractical).Level == model.LevelNone) == (a.Support.Get(model.SupportPractical).Level != model.LevelNone)
		}},
		{"G", func(b, a model.Person) bool {
			return (b.Support.Get(model.SupportCompany).Level == model.LevelNone) == (a.Support.Get(model.SupportCompany).Level != model.LevelNone)
		}},
		{"A", func(b, a model.Person) bool {
			return (b.Support.Get(model.SupportAdvice).Level == model.LevelNone) == (a.Support.Get(model.SupportAdvice).Level != model.LevelNone)
		}},
		{"E", func(b, a model.Person) bool {
			return (b.Support.Get(model.SupportEmotional).Level == model.LevelNone) == (a.Support.Get(model.SupportEmotional).Level != model.LevelNone)
		}},
		{"t", func(b, a model.Person) bool {
			p := b
			p.CycleQuality()
			return a.Quality == p.Quality && a.Quality != b.Quality
		}},
		{">", func(b, a model.Person) bool { return a.Ring == b.Ring+1 }},
		{"s", func(b, a model.Person) bool {
			p := b
			p.NextSector()
			return a.Sector == p.Sector && a.Sector != b.Sector
		}},
		{"w", func(b, a model.Person) bool {
			p := b
			p.CycleWilling()
			return a.Willing == p.Willing && a.Willing != b.Willing
		}},
		{"c", func(b, a model.Person) bool { p := b; p.CycleAble(); return a.Able == p.Able && a.Able != b.Able }},
	}
	for _, tt := range tests {
		t.Run(tt.key, func(t *testing.T) {
			t.Parallel()
			runApp(t, setup{store: listStore(t), lang: i18n.EN, width: 80, height: 24}, func(t *testing.T, d *driver) {
				openMap(d)
				m := mapOf(d)
				id := m.selected
				before := *d.app.work.sess.Person(id)
				saves := len(d.store.savedSessions())
				d.press(tt.key)
				if len(d.store.savedSessions()) != saves+1 {
					t.Fatalf("%s saved %d snapshots, want 1", tt.key, len(d.store.savedSessions())-saves)
				}
				after := *lastSaved(t, d).Person(id)
				if !tt.check(before, after) {
					t.Fatalf("%s: before %+v\nafter %+v", tt.key, before, after)
				}
				if m.selected != id || m.form != nil || d.app.dialogs.active() {
					t.Fatalf("%s moved the selection or opened something", tt.key)
				}
			})
		})
	}
}

func TestMapQuickRingStopsAtTheCentre(t *testing.T) {
	t.Parallel()
	runApp(t, setup{store: listStore(t), lang: i18n.EN, width: 120, height: 40}, func(t *testing.T, d *driver) {
		openMap(d)
		m := mapOf(d)
		p := d.app.work.sess.Person(m.selected)
		if p.Ring != model.RingVeryClose {
			t.Fatalf("the example's first person is on ring %d", p.Ring)
		}
		saves := len(d.store.savedSessions())
		d.press("<")
		if len(d.store.savedSessions()) != saves {
			t.Fatal("< on ring 1 saved a change")
		}
		d.press(">", ">", "<")
		if got := lastSaved(t, d).Person(p.ID).Ring; got != model.RingClose {
			t.Fatalf("ring %d after > > <, want 2", got)
		}
		// The side panel follows.
		d.requireView(d.app.c.T("map.ring_n", 2))
	})
}

func TestMapQuickSectorInZoomFollowsThePerson(t *testing.T) {
	t.Parallel()
	runApp(t, setup{store: listStore(t), lang: i18n.EN, width: 80, height: 24}, func(t *testing.T, d *driver) {
		openMap(d)
		d.press("z", "s")
		m := mapOf(d)
		p := d.app.work.sess.Person(m.selected)
		if m.zoom != p.Sector.Index() || p.Sector != model.SectorFamily {
			t.Fatalf("zoom %d, person in %s", m.zoom, p.Sector)
		}
		d.requireView("Sector: family")
	})
}

func TestMapQuickKeysInTheHelp(t *testing.T) {
	t.Parallel()
	runApp(t, setup{store: listStore(t), lang: i18n.NL, width: 200, height: 60}, func(t *testing.T, d *driver) {
		openMap(d)
		d.requireView("PGAE t s <> w c " + d.app.c.T("key.quick"))
		d.press("?")
		for _, k := range []string{"key.quick_practical", "key.quick_emotional", "key.quick_in", "key.quick_out", "key.quick_sector", "key.quick_willing", "key.quick_able", "key.quick_quality"} {
			d.requireView(d.app.c.T(k))
		}
	})
}
