package ui

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"kring/model"
	"kring/ui/circle"
	"kring/ui/i18n"
)

// family40 is an invented 40-person family (Öztürk, Jansen-de Vries,
// Nguyễn, an emoji, long names, every sector and ring, two conflicts),
// kept in testdata/family40.json so that other tests and a manual look
// (`kring import ui/testdata/family40.json`) use the same family.
func family40(tb testing.TB) *model.Session {
	tb.Helper()
	data, err := os.ReadFile("testdata/family40.json")
	if err != nil {
		tb.Fatal(err)
	}
	s, err := model.Decode(data)
	if err != nil {
		tb.Fatal(err)
	}
	return s
}

// mapSizes are the window sizes the map's layout is checked at.
var mapSizes = [][2]int{{80, 24}, {120, 40}, {200, 60}}

// onFamily40Map runs f with the 40-person family open on the map.
func onFamily40Map(t *testing.T, lang i18n.Lang, w, h int, f func(t *testing.T, d *driver, m *mapStep)) {
	t.Helper()
	st := newFakeStore(testPass, family40(t))
	runApp(t, setup{store: st, lang: lang, width: w, height: h}, func(t *testing.T, d *driver) {
		d.openSelected()
		d.press("2")
		f(t, d, mapOf(d))
	})
}

// allTexts are every text the layout puts on the map.
func allTexts(l circle.Layout) []circle.Placed {
	all := append([]circle.Placed{l.Center}, l.Sectors...)
	all = append(all, l.Rings...)
	all = append(all, l.Labels...)
	for _, o := range l.Overflows {
		if o.Placed {
			all = append(all, o.Marker)
		}
	}
	return all
}

// TestMapFamily40Layout checks the drawn map of 40 people at three sizes:
// everyone is drawn or counted in a "+N" that is on screen, no name is
// cut to one letter, every label
// lies wholly in its own sector and ring and on no line, no text overlaps
// another, every ring has its number and every sector its name inside it.
func TestMapFamily40Layout(t *testing.T) {
	t.Parallel()
	for _, sz := range mapSizes {
		t.Run(fmt.Sprintf("%dx%d", sz[0], sz[1]), func(t *testing.T) {
			t.Parallel()
			onFamily40Map(t, i18n.NL, sz[0], sz[1], func(t *testing.T, d *driver, m *mapStep) {
				l := m.layout()
				s := m.sess
				view := d.view()
				seen := map[string]int{}
				for _, p := range l.Labels {
					seen[p.ID]++
					per := s.Person(p.ID)
					for x := p.X; x < p.X+p.W; x++ {
						sec, ring, ok := l.SliceAt(x, p.Y)
						if !ok || sec != per.Sector.Index() || ring != int(per.Ring) {
							t.Errorf("%q (sector %d ring %d) has cell (%d,%d) in sector %d ring %d", p.Text, per.Sector.Index(), per.Ring, x, p.Y, sec, ring)
							break
						}
						if l.Grid[p.Y][x] != 0 {
							t.Errorf("%q lies on a line at (%d,%d)", p.Text, x, p.Y)
							break
						}
					}
					if !strings.Contains(view, p.Text) {
						t.Errorf("label %q is not on screen", p.Text)
					}
					// A name is never cut to one letter.
					if name := m.c.Person(per); !strings.Contains(p.Text, name) {
						shown := strings.TrimSuffix(strings.TrimPrefix(p.Text, m.glyph(per)), "…")
						if ansi.StringWidth(shown) < 2 {
							t.Errorf("%q is cut to %q", name, p.Text)
						}
					}
				}
				for _, o := range l.Overflows {
					if !o.Placed {
						t.Errorf("sector %d ring %d: %d people hidden without a +N", o.Sector, o.Ring, len(o.IDs))
					}
					if want := fmt.Sprintf("+%d", len(o.IDs)); o.Marker.Text != want {
						t.Errorf("marker %q counts %d people", o.Marker.Text, len(o.IDs))
					}
					if sec, _, ok := l.SliceAt(o.Marker.X, o.Marker.Y); !ok || sec != o.Sector {
						t.Errorf("the +N of sector %d stands in sector %d", o.Sector, sec)
					}
					for _, id := range o.IDs {
						seen[id]++
					}
				}
				for _, p := range s.People {
					if seen[p.ID] != 1 {
						t.Errorf("%s is drawn or counted %d times, want once", p.Name, seen[p.ID])
					}
				}
				if l.Hidden != 0 {
					t.Errorf("%d people hidden without a +N", l.Hidden)
				}
				owner := map[[2]int]string{}
				for _, p := range allTexts(l) {
					if p.X < 0 || p.X+p.W > l.Width || p.Y < 0 || p.Y >= l.Height {
						t.Errorf("%q leaves the canvas", p.Text)
					}
					for x := p.X; x < p.X+p.W; x++ {
						if o, ok := owner[[2]int{x, p.Y}]; ok {
							t.Errorf("%q and %q overlap at (%d,%d)", o, p.Text, x, p.Y)
						}
						owner[[2]int{x, p.Y}] = p.Text
					}
				}
				if len(l.Rings) != circle.RingCount {
					t.Errorf("%d ring numbers on the map, want %d", len(l.Rings), circle.RingCount)
				}
				if len(l.Sectors) != circle.SectorCount {
					t.Errorf("%d sector names on the map, want %d", len(l.Sectors), circle.SectorCount)
				}
				for i, p := range l.Sectors {
					if sec, _, ok := l.SliceAt(p.X+p.W/2, p.Y); !ok || sec != i {
						t.Errorf("sector name %q stands in sector %d", p.Text, sec)
					}
				}
			})
		})
	}
}

// TestMapFamily40UsesTheWideScreen: at 200x60 the map takes the width
// beside the side panel, and a name is cut below 20 columns only when its
// slice has no wider place left empty.
func TestMapFamily40UsesTheWideScreen(t *testing.T) {
	t.Parallel()
	onFamily40Map(t, i18n.NL, 200, 60, func(t *testing.T, d *driver, m *mapStep) {
		l := m.layout()
		if l.Width < 155 {
			t.Errorf("the map is %d columns wide at 200x60", l.Width)
		}
		minX, maxX := l.Width, 0
		for y := range l.Grid {
			for x, r := range l.Grid[y] {
				if r != 0 {
					minX, maxX = min(minX, x), max(maxX, x)
				}
			}
		}
		if maxX-minX+1 < l.Width-2 {
			t.Errorf("the rings span columns %d-%d of %d", minX, maxX, l.Width)
		}
		cut := 0
		for _, p := range l.Labels {
			per := m.sess.Person(p.ID)
			name := m.c.Person(per)
			if strings.Contains(p.Text, name) || !strings.HasSuffix(p.Text, "…") {
				continue
			}
			shown := ansi.StringWidth(p.Text) - 1 - ansi.StringWidth(m.glyph(per))
			if shown >= 20 {
				continue
			}
			cut++
			for _, sp := range l.Spare {
				if sec, ring, _ := l.SliceAt(sp.X, sp.Y); sec == per.Sector.Index() && ring == int(per.Ring) && sp.W > p.W {
					t.Errorf("%q is cut to %d columns while its slice has a place of %d left", name, shown, sp.W)
				}
			}
		}
		t.Logf("names cut below 20 columns for want of room: %d", cut)
	})
}

// TestMapStaysPutWhenPeopleAreAdded adds 30 people one by one (each time
// to another sector and ring) to the 40-person family, at three sizes:
// nobody already drawn moves, changes label or disappears into a "+N".
// Then removing one person and editing another moves nobody else.
func TestMapStaysPutWhenPeopleAreAdded(t *testing.T) {
	t.Parallel()
	for _, sz := range mapSizes {
		t.Run(fmt.Sprintf("%dx%d", sz[0], sz[1]), func(t *testing.T) {
			t.Parallel()
			onFamily40Map(t, i18n.NL, sz[0], sz[1], func(t *testing.T, d *driver, m *mapStep) {
				where := func() map[string]circle.Placed {
					out := map[string]circle.Placed{}
					for _, p := range m.layout().Labels {
						out[p.ID] = p
					}
					return out
				}
				check := func(step string, before, after map[string]circle.Placed, skip string) {
					t.Helper()
					for id, p := range before {
						if id == skip {
							continue
						}
						q, ok := after[id]
						if !ok {
							t.Fatalf("%s: %s (%q) is no longer drawn", step, id, p.Text)
						}
						if q.X != p.X || q.Y != p.Y || q.Text != p.Text {
							t.Fatalf("%s: %q moved from (%d,%d) to %q at (%d,%d)", step, p.Text, p.X, p.Y, q.Text, q.X, q.Y)
						}
					}
				}
				before := where()
				for i := range 30 {
					m.sess.AddPerson(model.Person{
						Name:   fmt.Sprintf("Nieuwe Öztürk %d", i+1),
						Sector: model.Sectors[(i*5)%6], Ring: model.Rings[(i*3)%4],
						Quality: model.QualityNormal, Willing: model.WillingNotAsked, Able: model.AnswerUnknown,
					})
					m.sessionChanged()
					after := where()
					check(fmt.Sprintf("adding person %d", i+1), before, after, "")
					before = after
				}
				gone := m.sess.People[3].ID
				m.sess.RemovePerson(gone)
				m.sessionChanged()
				after := where()
				check("removing a person", before, after, gone)
				before = after
				edited := m.sess.People[0].ID
				m.sess.People[0].Support.Advice = model.Support{Level: model.LevelOften, Direction: model.DirectionGives}
				m.sessionChanged()
				check("editing a person", before, where(), edited)
			})
		})
	}
}

// TestGoldenMapFamily40 pins the map of the 40-person family at three
// sizes in both languages (regenerate with -update and read every line).
func TestGoldenMapFamily40(t *testing.T) {
	t.Parallel()
	for _, lang := range []i18n.Lang{i18n.NL, i18n.EN} {
		for _, sz := range mapSizes {
			t.Run(fmt.Sprintf("%s_%dx%d", lang, sz[0], sz[1]), func(t *testing.T) {
				t.Parallel()
				onFamily40Map(t, lang, sz[0], sz[1], func(t *testing.T, d *driver, m *mapStep) {
					golden.RequireEqual(t, []byte(d.view()))
				})
			})
		}
	}
}

// TestMapMarksTheSelectedPersonsRelations: with Elif selected, her
// partner is drawn in the relation ink and the uncle she is in conflict
// with in the conflict ink, on the map itself; moving on to someone
// without relations draws both as before.
func TestMapMarksTheSelectedPersonsRelations(t *testing.T) {
	t.Parallel()
	st := newFakeStore(testPass, family40(t))
	runApp(t, setup{store: st, lang: i18n.NL, width: 200, height: 60, color: true}, func(t *testing.T, d *driver) {
		d.openSelected()
		d.press("2")
		m := mapOf(d)
		label := func(name string) string {
			for _, p := range m.layout().Labels {
				if m.sess.Person(p.ID).Name == name {
					return p.Text
				}
			}
			t.Fatalf("%s is not drawn", name)
			return ""
		}
		_ = d.raw() // the first view makes the inks
		if m.inks.conflict.pre == "" || m.inks.related.pre == "" || m.inks.conflict == m.inks.related {
			t.Fatal("the relation inks draw nothing of their own")
		}
		m.selected = personNamed(m.sess, "Elif Öztürk").ID
		view := d.raw()
		if !strings.Contains(view, m.inks.conflict.wrap(label("Oom Hakan"))) {
			t.Error("the conflict with Oom Hakan is not marked")
		}
		if !strings.Contains(view, m.inks.related.wrap(label("Joost Jansen-de Vries"))) {
			t.Error("the partner Joost is not marked")
		}
		m.selected = personNamed(m.sess, "Tandarts").ID
		view = d.raw()
		if strings.Contains(view, m.inks.conflict.wrap(label("Oom Hakan"))) || strings.Contains(view, m.inks.related.wrap(label("Joost Jansen-de Vries"))) {
			t.Error("relations of someone no longer selected are still marked")
		}
	})
}
