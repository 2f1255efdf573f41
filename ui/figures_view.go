package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"kring/model"
	"kring/ui/report"
)

// figuresView shows the network figures of one visit (F in the
// workspace), each with one line that explains it and its value at the
// visit before. ←/→ picks another visit; it opens on the open one.
type figuresView struct {
	c      *Common
	sess   *model.Session
	visit  int
	scroll int
	keys   struct{ Prev, Next, Up, Down key.Binding }
}

func newFiguresView(c *Common, sess *model.Session) *figuresView {
	v := &figuresView{c: c, sess: sess, visit: sess.VisitCount()}
	v.keys.Prev = key.NewBinding(key.WithKeys("left", "h"), key.WithHelp("←/→", c.T("fig.key.visit")))
	v.keys.Next = key.NewBinding(key.WithKeys("right", "l"))
	v.keys.Up = key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/↓", c.T("key.scroll")))
	v.keys.Down = key.NewBinding(key.WithKeys("down", "j"))
	return v
}

func (v *figuresView) Update(kp tea.KeyPressMsg) {
	switch {
	case key.Matches(kp, v.keys.Prev):
		v.visit = max(v.visit-1, 1)
	case key.Matches(kp, v.keys.Next):
		v.visit = min(v.visit+1, v.sess.VisitCount())
	case key.Matches(kp, v.keys.Up):
		v.scroll = max(v.scroll-1, 0)
	case key.Matches(kp, v.keys.Down):
		v.scroll++
	}
}

// figures returns the figures of the chosen visit and of the one before
// it (nil for the first).
func (v *figuresView) figures() (cur, prev *model.Figures) {
	s, err := v.sess.VisitSession(v.visit)
	if err != nil {
		return &model.Figures{}, nil
	}
	f := s.Figures()
	cur = &f
	if p, err := v.sess.VisitSession(v.visit - 1); err == nil {
		pf := p.Figures()
		prev = &pf
	}
	return cur, prev
}

func (v *figuresView) View(w, h int) string {
	st := v.c.Styles
	cur, prev := v.figures()
	name := func(r model.PersonRef) string { return v.c.Person(&model.Person{Name: r.Name, Role: r.Role}) }
	head := []string{st.Title.Render(clip(v.c.T("fig.title", v.visit, string(v.sess.VisitDateOf(v.visit))), w)), ""}
	var lines []string
	for _, f := range report.FigureLines(v.c.Cat, cur, prev, name) {
		value := f.Value
		switch {
		case prev == nil:
		case f.Before == f.Value:
			value += " (" + v.c.T("fig.same") + ")"
		default:
			value += " (" + v.c.T("fig.before", f.Before) + ")"
		}
		// Wrapped, not clipped: a list of names is the figure itself.
		for i, l := range wrap(f.Label+": "+value, max(w-2, 10)) {
			if i == 0 {
				lines = append(lines, st.Heading.Render(f.Label+":")+strings.TrimPrefix(l, f.Label+":"))
			} else {
				lines = append(lines, "  "+l)
			}
		}
		explain := st.Subtle
		if f.Warn {
			explain = st.Warning
		}
		for _, l := range wrap(f.Explain, max(w-2, 10)) {
			lines = append(lines, "  "+explain.Render(l))
		}
	}
	bodyH := max(h-len(head), 1)
	v.scroll = min(v.scroll, max(len(lines)-bodyH, 0))
	lines = lines[v.scroll:]
	if len(lines) > bodyH {
		lines = lines[:bodyH]
	}
	return strings.Join(append(head, lines...), "\n")
}

func (v *figuresView) ShortHelp() []key.Binding { return []key.Binding{v.keys.Prev, v.keys.Up} }
