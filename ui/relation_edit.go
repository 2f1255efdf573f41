package ui

import "kring/model"

// editRelation opens the editor of a relation on the map: its kind and
// notes. The two people stay; another pair is a new relation (r).
func (m *mapStep) editRelation(r model.Relation) {
	c := m.c
	f := newForm(c, c.T("relation.edit_title", m.memberName(r.A), m.memberName(r.B)))
	f.personalTitle = true
	f.choice("kind", c.T("field.relation_kind"), codeOptions(c, "relation.", model.RelationKinds), string(r.Kind)).
		notes("notes", c.T("field.notes"), r.Notes)
	id := r.ID
	m.open(f.onSubmit(func() reply {
		if err := m.sess.EditRelation(id, model.RelationKind(f.value("kind")), f.value("notes")); err != nil {
			f.refuse("kind", "map.relation_exists")
			return reply{}
		}
		return edited()
	}))
}

// memberName is a person's or youth's name as the screen shows it.
func (m *mapStep) memberName(id string) string {
	if p := m.sess.Person(id); p != nil {
		return m.c.Person(p)
	}
	return m.c.Name(m.sess.MemberName(id))
}
