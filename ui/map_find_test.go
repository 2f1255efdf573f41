package ui

import (
	"fmt"
	"testing"

	tea "charm.land/bubbletea/v2"

	"kring/model"
	"kring/ui/i18n"
)

func TestFold(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{
		"Öztürk": "ozturk", "Nguyễn": "nguyen", "Jansen-de Vries": "jansen-de vries",
		"Çelik": "celik", "Søren": "soren", "Yıldız": "yildiz", "BUURMAN": "buurman", "": "",
	} {
		if got := fold(in); got != want {
			t.Errorf("fold(%q) = %q, want %q", in, got, want)
		}
	}
}

// openFindMap opens the example's map with two invented people added
// whose names carry accents.
func openFindMap(d *driver) (oz, ng string) {
	d.t.Helper()
	openMap(d)
	s := d.app.work.sess
	oz = s.AddPerson(model.Person{Name: "Ayşe Öztürk", Role: "buurvrouw", Sector: model.SectorCommunity, Ring: model.RingClose})
	ng = s.AddPerson(model.Person{Name: "Minh Nguyễn", Role: "zwemleraar", Sector: model.SectorCommunity, Ring: model.RingFurther})
	mapOf(d).sessionChanged()
	return oz, ng
}

func TestMapFindSelectsAsYouType(t *testing.T) {
	t.Parallel()
	for _, size := range [][2]int{{80, 24}, {200, 60}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			t.Parallel()
			runApp(t, setup{store: listStore(t), lang: i18n.NL, width: size[0], height: size[1]}, func(t *testing.T, d *driver) {
				oz, ng := openFindMap(d)
				m := mapOf(d)
				from := m.selected
				d.press("/")
				d.requireView(d.app.c.T("map.find_hint"))
				d.typ("ozt")
				if m.selected != oz {
					t.Fatalf("ozt selected %q, want Öztürk %q", m.selected, oz)
				}
				d.requireView("1 van 1")
				// Typing q, ? or a digit goes into the query, not to the app.
				d.typ("q2?")
				if d.quit || d.app.showHelp || d.app.work.active != 1 {
					t.Fatal("a key typed in the find left it")
				}
				d.requireView(d.app.c.T("map.find_none"))
				for range 3 {
					d.press("backspace")
				}
				// esc goes back to the person selected before.
				d.press("esc")
				if m.find != nil || m.selected != from {
					t.Fatalf("esc: find open %v, selected %q, want %q", m.find != nil, m.selected, from)
				}
				// A role matches too, and enter keeps the selection.
				d.press("/")
				d.typ("ZWEMLER")
				d.press("enter")
				if m.find != nil || m.selected != ng {
					t.Fatalf("zwemler: selected %q, want Nguyễn %q", m.selected, ng)
				}
				d.requireView("Minh")
			})
		})
	}
}

func TestMapFindGoesThroughTheMatches(t *testing.T) {
	t.Parallel()
	runApp(t, setup{store: listStore(t), lang: i18n.EN, width: 120, height: 40}, func(t *testing.T, d *driver) {
		openFindMap(d)
		m := mapOf(d)
		want := m.findMatches("e")
		if len(want) < 3 {
			t.Fatalf("the example has %d people with an e", len(want))
		}
		d.press("/")
		d.typ("e")
		var got []string
		for range want {
			got = append(got, m.selected)
			d.press("down")
		}
		if fmt.Sprint(got) != fmt.Sprint(want) || m.selected != want[0] {
			t.Fatalf("down went through %v, want %v and round to the first", got, want)
		}
		d.press("up")
		if m.selected != want[len(want)-1] {
			t.Fatalf("up from the first selected %q, want the last", m.selected)
		}
	})
}

func TestMapFindInZoomTurnsToTheSector(t *testing.T) {
	t.Parallel()
	runApp(t, setup{store: listStore(t), lang: i18n.EN, width: 80, height: 24}, func(t *testing.T, d *driver) {
		oz, _ := openFindMap(d)
		d.press("z", "/")
		d.typ("ayse")
		d.press("enter")
		m := mapOf(d)
		if m.selected != oz || m.zoom != model.SectorCommunity.Index() {
			t.Fatalf("selected %q in zoom %d", m.selected, m.zoom)
		}
		d.requireView("Ayşe Öztürk")
	})
}

// BenchmarkMapFind300 is one keystroke of the find on a 300-person map:
// Update with a letter (the people filtered and the first match
// selected) and with backspace, so each op is two keystrokes. Budget:
// under 1 ms a keystroke.
func BenchmarkMapFind300(b *testing.B) {
	app := benchMap(b, 300)
	app.Update(keyMsg("/"))
	app.Update(keyMsg("n"))
	app.Update(keyMsg("0"))
	// "n02" matches Persoon020 to Persoon029, "n0" the first hundred.
	keys := []tea.KeyPressMsg{keyMsg("2"), keyMsg("backspace")}
	b.ReportAllocs()
	for b.Loop() {
		for _, k := range keys {
			app.Update(k)
		}
	}
	if app.work.network.find == nil || len(app.work.network.find.matches) != 100 {
		b.Fatal("the find is not filtering")
	}
}

// BenchmarkMapFindFilter300 is the filter alone: 300 people matched
// against a query with an accent, which matches nobody, so every
// comparison runs to the end.
func BenchmarkMapFindFilter300(b *testing.B) {
	app := benchMap(b, 300)
	m := app.work.network
	m.findMatches("x") // the index, made once per edit
	b.ReportAllocs()
	for b.Loop() {
		m.findMatches("persöon25")
	}
}
