package ui

import (
	"strconv"
	"strings"
	"testing"

	"kring/ui/i18n"
)

// TestGuideGivesWayToTheMap: in kring demo at 80x24 the guide under the
// map takes one row, so that the circle draws most of the family and the
// selected mother; ctrl+g opens the whole guide (and the map draws
// fewer), the next ctrl+g hides it, and the next brings the one row back.
// Under step 3, which has no circle to keep, the guide stays whole.
func TestGuideGivesWayToTheMap(t *testing.T) {
	t.Parallel()
	runApp(t, setup{store: listStore(t), lang: i18n.EN, width: 80, height: 24, demo: true}, func(t *testing.T, d *driver) {
		openExample(d)
		d.press("2")
		m := mapOf(d)
		d.requireView("Guide · Whom would you call if you had to go to hospital tonight?")
		d.requireView("ctrl+g more")
		d.requireNoView("Conversation guide")
		short := m.notDrawn()
		if short > 6 {
			t.Errorf("with the one-row guide %d of 18 are not drawn, want at most 6", short)
		}
		if !labelled(m, m.selected) {
			t.Errorf("the selected %s is not drawn with the one-row guide:\n%s", m.selected, d.view())
		}
		d.press("ctrl+g")
		d.requireView("Conversation guide")
		d.requireNoView("ctrl+g more")
		if full := m.notDrawn(); full <= short {
			t.Errorf("the whole guide leaves %d not drawn, the one row %d: the whole guide should take room", full, short)
		}
		d.press("ctrl+g")
		d.requireNoView("Conversation guide")
		d.requireNoView("ctrl+g more")
		d.press("ctrl+g")
		d.requireView("ctrl+g more")
		d.press("3")
		d.requireView("Conversation guide")
		d.press("2")
		d.requireView("ctrl+g more")
	})
}

// labelled says the layout draws id's name.
func labelled(m *mapStep, id string) bool {
	for _, p := range m.layout().Labels {
		if p.ID == id {
			return true
		}
	}
	return false
}

// TestSelectedInAPlusNIsNamed: when the circle has no room for the
// selected person, the line under the map says so and in which +N.
func TestSelectedInAPlusNIsNamed(t *testing.T) {
	t.Parallel()
	onFamily40Map(t, i18n.EN, 80, 24, func(t *testing.T, d *driver, m *mapStep) {
		l := m.layout()
		if len(l.Overflows) == 0 {
			t.Fatal("the 40-person family fits at 80x24; this test needs a +N")
		}
		o := l.Overflows[0]
		m.selected = o.IDs[0]
		p := m.sess.Person(m.selected)
		want := "not drawn: in the +" + strconv.Itoa(len(o.IDs)) + " of " + m.c.T("sector_short."+string(p.Sector))
		if got := m.detailLine(); !strings.Contains(got, want) {
			t.Errorf("detail line %q, want it to hold %q", got, want)
		}
		if labelled(m, l.Labels[0].ID) {
			m.selected = l.Labels[0].ID
			if got := m.detailLine(); strings.Contains(got, "not drawn") {
				t.Errorf("a drawn person's detail line %q says not drawn", got)
			}
		}
	})
}
