package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
)

// mapFind is "/" on the map: the coach types part of a name or a role
// and the first person it matches is selected at once, accents and case
// aside ("ozturk" finds "Öztürk"); ↑/↓ go through the other matches,
// enter keeps the selection and esc goes back to the one before.
type mapFind struct {
	input   textinput.Model
	from    string   // the selection before the find, for esc
	matches []string // ids of the people the query matches, in map order
	at      int      // which of them is selected
	keys    struct{ Next, Prev, Keep, Cancel key.Binding }
}

// findEntry is one person as the find compares them: name and role folded.
type findEntry struct{ id, text string }

func newMapFind(c *Common, from string) *mapFind {
	f := &mapFind{from: from}
	f.input = textinput.New()
	f.input.Prompt = ""
	f.input.CharLimit = 60
	f.input.SetVirtualCursor(true)
	f.input.SetStyles(c.Styles.Input)
	f.input.Focus()
	f.keys.Next = key.NewBinding(key.WithKeys("down", "ctrl+n"), key.WithHelp("↑/↓", c.T("key.find_next")))
	f.keys.Prev = key.NewBinding(key.WithKeys("up"))
	f.keys.Keep = keyFor(c, "enter", "key.find_keep")
	f.keys.Cancel = keyFor(c, "esc", "key.cancel")
	return f
}

// findIndex is every person folded for the find, made again only after
// the session changed.
func (m *mapStep) findIndex() []findEntry {
	if m.findEdits == m.edits && m.findEntries != nil {
		return m.findEntries
	}
	m.findEntries = make([]findEntry, len(m.sess.People))
	for i := range m.sess.People {
		p := &m.sess.People[i]
		m.findEntries[i] = findEntry{p.ID, fold(p.Name) + "\x00" + fold(p.Role)}
	}
	m.findEdits = m.edits
	return m.findEntries
}

// findMatches lists the people whose name or role holds query.
func (m *mapStep) findMatches(query string) []string {
	q := fold(strings.TrimSpace(query))
	if q == "" {
		return nil
	}
	var ids []string
	for _, e := range m.findIndex() {
		if strings.Contains(e.text, q) {
			ids = append(ids, e.id)
		}
	}
	return ids
}

// updateFind handles a message while the find is open.
func (m *mapStep) updateFind(msg tea.Msg) reply {
	f := m.find
	if kp, ok := msg.(tea.KeyPressMsg); ok {
		switch {
		case key.Matches(kp, f.keys.Cancel):
			m.selected = f.from
			m.find = nil
			return reply{}
		case key.Matches(kp, f.keys.Keep):
			m.find = nil
			return reply{}
		case key.Matches(kp, f.keys.Next), key.Matches(kp, f.keys.Prev):
			if n := len(f.matches); n > 0 {
				d := 1
				if key.Matches(kp, f.keys.Prev) {
					d = n - 1
				}
				f.at = (f.at + d) % n
				m.selectFound(f.matches[f.at])
			}
			return reply{}
		}
	}
	before := f.input.Value()
	var cmd tea.Cmd
	f.input, cmd = f.input.Update(cleanInput(msg))
	if f.input.Value() != before {
		f.matches, f.at = m.findMatches(f.input.Value()), 0
		if len(f.matches) > 0 {
			m.selectFound(f.matches[0])
		}
	}
	return run(cmd)
}

// selectFound selects a match; a zoomed map turns to its sector.
func (m *mapStep) selectFound(id string) {
	m.selected = id
	if p := m.sess.Person(id); p != nil && m.mode == modeZoom {
		m.zoom = p.Sector.Index()
	}
}

// findLine is the find's line: the query and how many it matches.
func (m *mapStep) findLine(w int) string {
	f := m.find
	count := m.c.T("map.find_none")
	switch {
	case strings.TrimSpace(f.input.Value()) == "":
		count = m.c.T("map.find_hint")
	case len(f.matches) > 0:
		count = m.c.T("map.find_count", f.at+1, len(f.matches))
	}
	return clip(m.c.Styles.Heading.Render("/ ")+f.input.View()+"  "+m.c.Styles.Subtle.Render(count), w)
}

func (f *mapFind) ShortHelp() []key.Binding {
	return []key.Binding{f.keys.Keep, f.keys.Next, f.keys.Cancel}
}
