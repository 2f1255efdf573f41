package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"kring/model"
)

// Undo on the map: u (or ctrl+z) takes back the last change to one
// person made on the map, a quick key, the editor or a person added (by
// a, or a name in the family sweep), as long as nothing else changed
// since. What it keeps is one person's value from before the change, so
// undo costs nothing on an edit; a removal, which asks first, and a
// relation or JIM made on the map are not undone by it.

// mapUndo is the change u takes back.
type mapUndo struct {
	ok     bool
	id     string
	before model.Person
	// added says the change added the person: undo removes them.
	added bool
	// edits is the map's edit count after the change; another edit
	// since, on any step, makes the undo stale.
	edits int
}

func newUndoKey(c *Common) key.Binding {
	return key.NewBinding(key.WithKeys("u", "ctrl+z"), key.WithHelp("u/ctrl+z", c.T("undo.key")))
}

// Update is the map's Update with undo around it: u undoes, and a
// change of one person that the map makes is remembered for it.
func (m *mapStep) Update(msg tea.Msg) reply {
	if kp, ok := msg.(tea.KeyPressMsg); ok && !m.Typing() && key.Matches(kp, m.undoKey) {
		return m.undo()
	}
	n := len(m.sess.People)
	var before model.Person
	if p := m.sess.Person(m.selected); p != nil {
		before = *p
	}
	r := m.update(msg)
	if !r.edited {
		return r
	}
	m.undone = mapUndo{}
	switch p := m.sess.Person(before.ID); {
	case len(m.sess.People) == n+1:
		m.undone = mapUndo{ok: true, id: m.sess.People[n].ID, added: true}
	case len(m.sess.People) == n && p != nil && *p != before:
		m.undone = mapUndo{ok: true, id: p.ID, before: before}
	}
	// The workspace counts this edit in sessionChanged, after this call.
	m.undone.edits = m.edits + 1
	return r
}

// canUndo says whether u has a change to take back.
func (m *mapStep) canUndo() bool { return m.undone.ok && m.undone.edits == m.edits }

// undo takes back the remembered change.
func (m *mapStep) undo() reply {
	if !m.canUndo() {
		return reply{}
	}
	u := m.undone
	m.undone = mapUndo{}
	if u.added {
		if !m.sess.RemovePerson(u.id) {
			return reply{}
		}
		return edited()
	}
	p := m.sess.Person(u.id)
	if p == nil {
		return reply{}
	}
	*p = u.before
	m.selected = u.id
	return edited()
}

// withUndo puts u on the help line, after the quick keys, while there is
// a change to take back.
func (m *mapStep) withUndo(help []key.Binding) []key.Binding {
	if !m.canUndo() || len(help) < 3 {
		return help
	}
	return append(append(help[:3:3], m.undoKey), help[3:]...)
}
