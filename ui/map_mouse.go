package ui

import (
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"kring/ui/circle"
)

// The mouse on the map: a click on a person's name selects them, a
// second click on the same name soon after opens their editor, and the
// wheel moves the selection round the ring (down clockwise, as → does).
// Where a name is drawn comes from the layout's placed labels only, by
// way of personAt, so the layout's insides may change freely.

// doubleClick is how soon a second click on the same person opens them.
const doubleClick = 500 * time.Millisecond

// mapClick remembers the last click, to tell a double click.
type mapClick struct {
	id string
	at time.Time
}

// personAt is the person whose label covers cell (x, y) of the layout,
// or "" when none does.
func personAt(l circle.Layout, x, y int) string {
	for _, p := range l.Labels {
		if p.ID != "" && y == p.Y && x >= p.X && x < p.X+p.W {
			return p.ID
		}
	}
	return ""
}

// mouse handles a mouse message on the circle; ok is false for anything
// else, so that the other messages go on as before.
func (m *mapStep) mouse(msg tea.Msg) (r reply, ok bool) {
	if wm, isWheel := msg.(tea.MouseWheelMsg); isWheel && m.mode != modeCircle {
		// The zoom's list and the grid scroll as with ↑/↓.
		if kp, ok := wheelKey(wm); ok {
			if m.mode == modeGrid {
				m.grid.Update(kp)
				m.selected = m.grid.SelectedID()
			} else if kp.Code == tea.KeyDown {
				m.move(0, 1)
			} else {
				m.move(0, -1)
			}
		}
		return reply{}, true
	}
	if m.mode != modeCircle {
		return reply{}, false
	}
	switch msg := msg.(type) {
	case tea.MouseClickMsg:
		ms := msg.Mouse()
		if ms.Button != tea.MouseLeft {
			return reply{}, true
		}
		id := personAt(m.layout(), ms.X, ms.Y-headerHeight)
		if id == "" {
			m.click = mapClick{}
			return reply{}, true
		}
		now := m.c.Now()
		double := m.click.id == id && now.Sub(m.click.at) <= doubleClick
		m.selected = id
		m.click = mapClick{id: id, at: now}
		if double {
			m.click = mapClick{}
			m.openPerson(m.sess.Person(id))
		}
		return reply{}, true
	case tea.MouseWheelMsg:
		switch msg.Mouse().Button {
		case tea.MouseWheelDown:
			m.move(1, 0)
		case tea.MouseWheelUp:
			m.move(-1, 0)
		}
		return reply{}, true
	}
	return reply{}, false
}

// wheelKey is the key the wheel stands for in a list or the report: ↓
// for the wheel turned down, ↑ for up.
func wheelKey(msg tea.MouseWheelMsg) (tea.KeyPressMsg, bool) {
	switch msg.Mouse().Button {
	case tea.MouseWheelDown:
		return tea.KeyPressMsg{Code: tea.KeyDown}, true
	case tea.MouseWheelUp:
		return tea.KeyPressMsg{Code: tea.KeyUp}, true
	}
	return tea.KeyPressMsg{}, false
}

// mouseHelp names the mouse on the map for the full help (?); the
// "keys" are never matched, only shown.
func mouseHelp(c *Common) []key.Binding {
	return []key.Binding{
		key.NewBinding(key.WithKeys("mouse-click"), key.WithHelp(c.T("mouse.click"), c.T("mouse.click_does"))),
		key.NewBinding(key.WithKeys("mouse-double"), key.WithHelp(c.T("mouse.double"), c.T("mouse.double_does"))),
		key.NewBinding(key.WithKeys("mouse-wheel"), key.WithHelp(c.T("mouse.wheel"), c.T("mouse.wheel_does"))),
	}
}
