package ui

import "kring/model"

// jimWarnings are the broken JIM rules that concern person p, as the map
// says them beside the person: p is a parent or has died and is still a
// candidate or the JIM, p is an active JIM whose safety is not checked,
// or p is one of two active JIMs of a youth. A session read from a file
// or written by an older kring can hold these (the screens refuse them);
// step 4 and the report say the same.
func (m *mapStep) jimWarnings(p *model.Person) []string {
	var out []string
	for _, w := range m.sess.JimRuleWarnings() {
		switch {
		case w.PersonID == p.ID:
			out = append(out, m.c.T("jimrule."+string(w.Code), m.c.Person(p)))
		case w.Code == model.JimRuleTwoActive && m.isActiveJimOf(p.ID, w.YouthID):
			name := "?"
			if y := m.sess.Youth(w.YouthID); y != nil {
				name = m.c.Name(y.Name)
			}
			out = append(out, m.c.T("jimrule."+string(w.Code), name))
		}
	}
	return out
}

// isActiveJimOf reports whether person id is an active JIM of the youth.
func (m *mapStep) isActiveJimOf(id, youthID string) bool {
	for _, j := range m.sess.Jim {
		if j.PersonID == id && j.YouthID == youthID && j.Status == model.JimActive {
			return true
		}
	}
	return false
}
