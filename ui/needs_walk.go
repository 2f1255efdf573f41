package ui

import "kring/model"

// The checklist walk of step 3: a coach going through a need's
// checklist at the table answers one step after the other. Saving a
// step that was still open opens the next open step at once (its form,
// or the contributions editor for step 6), so that each step costs its
// answers and one enter, not also an enter to open it; esc leaves the
// walk on the list with the cursor on that step. Editing a step already
// answered goes back to the list, as before.

// stepOpen says step (1..11) of the need's checklist is still open.
func stepOpen(sess *model.Session, need *model.Need, step int) bool {
	ev := model.Evaluate(sess, need)
	return step-1 < len(ev.Steps) && ev.Steps[step-1] == model.StepOpen
}

// walkOn opens what comes after saving step when that step was open:
// the next open step further down the checklist, never one above it.
// n.row is already the next open step.
func (n *needsStep) walkOn(need *model.Need, step int) {
	walk := n.wasOpen
	n.wasOpen = false
	if !walk || n.row <= step-1 || !stepOpen(n.sess, need, n.row+1) {
		return
	}
	if n.row == 5 {
		n.contributions, n.contrib = true, 0
		return
	}
	n.contributions = false
	n.openStep(need, n.row+1)
}
