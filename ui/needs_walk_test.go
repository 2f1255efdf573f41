package ui

import (
	"testing"

	"kring/ui/i18n"
)

// TestNeedsWalkOnToTheNextOpenStep checks the checklist walk: saving a
// step that was open opens the next open step's form, esc leaves it on
// the list with the cursor there, and saving a step already answered
// goes back to the list.
func TestNeedsWalkOnToTheNextOpenStep(t *testing.T) {
	t.Parallel()
	runApp(t, setup{store: listStore(t), lang: i18n.EN, width: 80, height: 24}, func(t *testing.T, d *driver) {
		openNeeds(d)
		d.press("right") // Noor's need, step 4 still open
		d.press("down", "down", "down", "enter")
		d.requireView("Step 4: ")
		for i, text := range []string{"talks", "weekly", "3 months", "Noor goes to school again"} {
			if i > 0 {
				d.press("tab")
			}
			d.typ(text)
		}
		d.press("enter")
		n := needsOf(d)
		if lastSaved(t, d).Needs[1].Help.Kind != "talks" {
			t.Fatal("step 4 was not saved")
		}
		if n.form == nil {
			t.Fatal("saving an open step left the walk: no form of the next step")
		}
		d.requireView("Step 5: ")
		d.press("esc")
		if n.form != nil || n.row != 4 {
			t.Fatalf("esc: form %v, row %d; want the list on step 5", n.form != nil, n.row)
		}
		if stepOpen(n.sess, n.current(), 4) {
			t.Fatal("step 4 is still open after all its fields")
		}
		// Step 4 is answered now: saving it again stays on the list.
		d.press("up", "enter")
		d.requireView("Step 4: ")
		d.press("enter")
		if n.form != nil {
			t.Fatal("saving an answered step walked on")
		}
	})
}

// TestNeedsWalkThroughTheNetworkStep checks that the walk opens the
// contributions editor for step 6 after step 5, and that setting the
// network's outcome there walks on to step 7.
func TestNeedsWalkThroughTheNetworkStep(t *testing.T) {
	t.Parallel()
	runApp(t, setup{store: listStore(t), lang: i18n.EN, width: 80, height: 24}, func(t *testing.T, d *driver) {
		openNeeds(d)
		d.press("right")
		n := needsOf(d)
		for n.row < 4 {
			d.press("down")
		}
		if !stepOpen(n.sess, n.current(), 5) || !stepOpen(n.sess, n.current(), 6) {
			t.Fatal("the example's second need has step 5 or 6 answered")
		}
		d.press("enter")
		d.requireView("Step 5: ")
		d.press("d", "enter") // partly
		if !n.contributions || n.form != nil {
			t.Fatalf("after step 5: contributions %v, form %v", n.contributions, n.form != nil)
		}
		d.press("o")
		d.requireView("Step 6: ")
		d.press("d", "enter")
		if n.contributions || n.form == nil {
			t.Fatalf("after step 6: contributions %v, form %v", n.contributions, n.form != nil)
		}
		d.requireView("Step 7: ")
	})
}
