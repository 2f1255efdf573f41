package ui

import (
	"strings"
	"testing"
)

// TestMapMarksVisitChanges: on the second visit the map itself marks Kees
// (came closer) and Zeynep (joined) before their names, and the side
// panel names Bram, who left (at 80x24, without a panel, the counts do);
// the first visit, with none before it, has no marks and no such line.
func TestMapMarksVisitChanges(t *testing.T) {
	t.Parallel()
	runApp(t, setup{store: listStore(t), width: 120, height: 40}, func(t *testing.T, d *driver) {
		secondVisit(d)
		for _, want := range []string{"↑Kees", "+Zeynep", "gone since 2026-10-05: Bram", "↑ closer · ↓ further away"} {
			d.requireView(want)
		}
		// Bram is named in the panel only, not on the map left of it.
		for _, line := range strings.Split(d.view(), "\n") {
			if r := []rune(line); strings.Contains(string(r[:min(len(r), 83)]), "Bram") {
				t.Errorf("Bram is still on the map: %q", line)
			}
		}
		d.resize(80, 24)
		// Without the side panel the counts name him.
		d.requireView("gone since 2026-10-05: Bram · ")
		d.press("V", "up", "enter")
		d.requireView("visit 1 of 2")
		for _, none := range []string{"↑Kees", "+Zeynep", "gone since", "↑ closer"} {
			d.requireNoView(none)
		}
		// The earlier visit's map is dated by its own day, not by the
		// day the session was last saved.
		d.resize(200, 60)
		d.requireView("map of 2026-10-05")
		d.press("esc")
		d.requireView("visit 2 of 2")
		d.requireView("map of 2026-10-08")
	})
}
