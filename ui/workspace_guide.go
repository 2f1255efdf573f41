package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// workspaceGuide is the workspace's conversation guide and trainer's
// presentation mode (issue 17). The guide lies beside the step in a wide
// window and under it in a narrow one; the step is sized for what is
// left. In presentation mode (kring demo --present) the screen is
// calmer for a projector: a blank row under the step bar, the guide
// always on with its principle, and the open points for the coach only
// after ctrl+o.
type workspaceGuide struct {
	on      bool
	present bool
	// coach shows the open points; off at the start of a presentation.
	coach bool
	// full is the whole guide asked for with ctrl+g where it would
	// otherwise give way to the step (guide_fit.go).
	full   bool
	toggle key.Binding
	open   key.Binding
}

func newWorkspaceGuide(c *Common, on, present bool) workspaceGuide {
	return workspaceGuide{
		on: on || present, present: present, coach: !present,
		toggle: key.NewBinding(key.WithKeys("ctrl+g"), key.WithHelp("ctrl+g", c.T("guide.key.toggle"))),
		open:   key.NewBinding(key.WithKeys("ctrl+o"), key.WithHelp("ctrl+o", c.T("guide.key.coach"))),
	}
}

// hidesCoach says the coach's own findings wait behind ctrl+o: in
// presentation mode, until the trainer opens them.
func (g *workspaceGuide) hidesCoach() bool { return g.present && !g.coach }

// side says the guide lies beside the step rather than under it.
func (g *workspaceGuide) side(width int) bool { return width >= guideSideFrom }

// stepSize is the room the step gets in a body of w x h cells; roomy
// says the step on screen needs its room (the map).
func (g *workspaceGuide) stepSize(w, h int, roomy bool) (int, int) {
	if g.present {
		h--
	}
	switch {
	case !g.on:
	case g.side(w):
		w -= guideSideWidth + 3 // a space, the bar and a space
	case g.short(h, roomy):
		h -= guideShortHeight
	default:
		h -= guideHeight(h)
	}
	return max(w, 1), max(h, 1)
}

// update handles the guide's keys; false when kp is neither. shortNow
// says the guide shows its one-line form: then ctrl+g opens it in full,
// and the next ctrl+g hides it.
func (g *workspaceGuide) update(kp tea.KeyPressMsg, shortNow bool) bool {
	switch {
	case key.Matches(kp, g.toggle):
		g.full = g.on && shortNow
		g.on = !g.on || shortNow
	case key.Matches(kp, g.open) && g.present:
		g.coach = !g.coach
	default:
		return false
	}
	return true
}

// keys are the guide's keys for the help.
func (g *workspaceGuide) keys() []key.Binding {
	if g.present && g.on {
		return []key.Binding{g.toggle, g.open}
	}
	return []key.Binding{g.toggle}
}

// around lays the guide beside or under the step's view, in a body of
// w x h cells.
func (g *workspaceGuide) around(w *workspace, view string) string {
	width, height := w.width, max(w.height-headerHeight, 1)
	top := ""
	if g.present {
		top, height = "\n", height-1
	}
	if !g.on {
		return top + view
	}
	roomy := w.needsRoom()
	sw, sh := g.stepSize(w.width, w.height-headerHeight, roomy)
	step := w.active + 1
	if g.side(width) {
		panel := strings.Split(guidePanel(w.c, w.sess, step, guideSideWidth, height, g.coach, false), "\n")
		right := make([]string, height)
		for i := range right {
			right[i] = w.c.Styles.Subtle.Render("│") + " "
			if i < len(panel) {
				right[i] += panel[i]
			}
		}
		return top + joinColumns(fit(view, sw, sh), strings.Join(right, "\n"), sw, guideSideWidth+2)
	}
	if g.short(height, roomy) {
		return top + fitRows(view, sw, sh) + "\n" + guideShort(w.c, w.sess, step, width)
	}
	gh := height - sh
	rule := w.c.Styles.Subtle.Render(strings.Repeat("─", max(width, 0)))
	return top + fitRows(view, sw, sh) + "\n" + rule + "\n" + guidePanel(w.c, w.sess, step, width, gh-1, g.coach, true)
}

// fitRows fits a step's view to w x h cells and pads it to h rows, so
// that what follows it stays at the same row.
func fitRows(view string, w, h int) string {
	view = fit(view, w, h)
	if n := strings.Count(view, "\n") + 1; n < h {
		view += strings.Repeat("\n", h-n)
	}
	return view
}
