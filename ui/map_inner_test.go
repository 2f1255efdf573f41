package ui

import (
	"fmt"
	"strings"
	"testing"

	"kring/model"
	"kring/ui/i18n"
)

// TestInnerRingNamesAreWhole: the inner ring's slices are the smallest
// of the map, and at 120x40 they cut the example's mother to "●San…"
// with the guide beside the map. Every name drawn in ring 1 is now
// whole, with and without the guide, at 120x40 and 200x60 (at 80x24
// the slices are too small for that).
func TestInnerRingNamesAreWhole(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		w, h  int
		guide bool
	}{{120, 40, false}, {120, 40, true}, {200, 60, false}, {200, 60, true}} {
		t.Run(fmt.Sprintf("%dx%d guide %v", tc.w, tc.h, tc.guide), func(t *testing.T) {
			t.Parallel()
			runApp(t, setup{store: listStore(t), lang: i18n.NL, width: tc.w, height: tc.h}, func(t *testing.T, d *driver) {
				openMap(d)
				if tc.guide {
					d.press("ctrl+g")
				}
				m := mapOf(d)
				drawn := 0
				for _, p := range m.layout().Labels {
					per := m.sess.Person(p.ID)
					if per == nil || per.Ring != model.RingClose {
						continue
					}
					drawn++
					if name := m.c.Person(per); !strings.Contains(p.Text, name) {
						t.Errorf("%s in ring 1 is drawn as %q", name, p.Text)
					}
				}
				if drawn < 2 {
					t.Errorf("%d people of ring 1 drawn, want at least 2:\n%s", drawn, d.view())
				}
			})
		})
	}
}

// TestWideMapNamesUseTheirRoom: at 200x60 a name is cut below 20 columns
// only where the room is not there: the label then fills its run, with a
// line or another text right beside it on both sides.
func TestWideMapNamesUseTheirRoom(t *testing.T) {
	t.Parallel()
	onFamily40Map(t, i18n.NL, 200, 60, func(t *testing.T, d *driver, m *mapStep) {
		l := m.layout()
		taken := map[[2]int]bool{}
		for _, p := range allTexts(l) {
			for x := p.X; x < p.X+p.W; x++ {
				taken[[2]int{x, p.Y}] = true
			}
		}
		closed := func(x, y int) bool {
			return x < 0 || x >= l.Width || l.Grid[y][x] != 0 || taken[[2]int{x, y}]
		}
		cut := 0
		for _, p := range l.Labels {
			if !strings.HasSuffix(p.Text, "…") || p.W >= 20 {
				continue
			}
			cut++
			if !closed(p.X-1, p.Y) || !closed(p.X+p.W, p.Y) {
				t.Errorf("%q is cut to %d columns with free room beside it", p.Text, p.W)
			}
		}
		t.Logf("%d names cut below 20 columns, each filling its run", cut)
	})
}
