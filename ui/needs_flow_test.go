package ui

import (
	"strings"
	"testing"

	"kring/model"
	"kring/ui/i18n"
)

// After a checklist step is saved the cursor stands on the next open
// step, so that the checklist is answered with enter, answer, enter.
func TestNeedsCursorGoesToTheNextOpenStep(t *testing.T) {
	t.Parallel()
	runApp(t, setup{store: listStore(t), lang: i18n.EN, width: 120, height: 40}, func(t *testing.T, d *driver) {
		openNeeds(d)
		n := needsOf(d)
		ev := model.Evaluate(d.app.work.sess, n.current())
		want := -1
		for i := 1; i < checkSteps; i++ {
			if ev.Steps[i] == model.StepOpen {
				want = i
				break
			}
		}
		if want < 2 {
			t.Fatalf("the example needs an open step after step 2: %v", ev.Steps)
		}
		d.press("enter", "enter") // step 1 saved as it was
		if n.form != nil {
			t.Fatal("the form did not close")
		}
		if n.row != want {
			t.Fatalf("cursor on row %d after saving step 1, want the next open one, %d", n.row, want)
		}
	})
}

func TestNextOpenStepWrapsAndFallsBack(t *testing.T) {
	t.Parallel()
	var ev model.Evaluation
	for i := range ev.Steps {
		ev.Steps[i] = model.StepDone
	}
	if got := nextOpenStep(ev, 3); got != 4 {
		t.Fatalf("nothing open: row %d, want the next, 4", got)
	}
	if got := nextOpenStep(ev, checkSteps-1); got != checkSteps-1 {
		t.Fatalf("nothing open on the last row: %d", got)
	}
	ev.Steps[1] = model.StepOpen
	if got := nextOpenStep(ev, 7); got != 1 {
		t.Fatalf("open step 2 before the cursor: row %d, want 1", got)
	}
}

// A need's "present" offers who step 1 says was present.
func TestNeedsPresentOffersStepOnesPresent(t *testing.T) {
	t.Parallel()
	runApp(t, setup{store: listStore(t), lang: i18n.EN, width: 120, height: 40}, func(t *testing.T, d *driver) {
		openNeeds(d)
		n := needsOf(d)
		s := d.app.work.sess
		if len(s.Present) < 2 {
			t.Fatalf("the example's step 1 lists %v as present", s.Present)
		}
		n.current().Request.Present = nil
		d.press("enter")
		want := strings.Join(s.Present, ", ")
		if got := n.form.value("present"); got != want {
			t.Fatalf("present %q, want step 1's %q", got, want)
		}
		d.press("enter")
		if p := lastSaved(t, d).Needs[0].Request.Present; strings.Join(p, ", ") != want {
			t.Fatalf("saved present %q", p)
		}
	})
}
