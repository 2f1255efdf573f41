package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"kring/model"
)

// relationsDialog lists the relations of one person; enter edits the
// selected one (its kind and notes) and x asks whether to remove it, in
// place of the list.
type relationsDialog struct {
	c      *Common
	sess   *model.Session
	person string
	rels   []model.Relation
	cursor int
	keys   struct{ Up, Down, Edit, Remove, Close key.Binding }
	// edit opens the editor of a relation on the step that opened the
	// dialog, which closes for it; nil offers no editing.
	edit func(model.Relation)
}

func newRelationsDialog(c *Common, sess *model.Session, person string) *relationsDialog {
	d := &relationsDialog{c: c, sess: sess, person: person, rels: sess.RelationsOf(person)}
	d.keys.Up = key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/↓", c.T("key.move")))
	d.keys.Down = key.NewBinding(key.WithKeys("down", "j"))
	d.keys.Edit = key.NewBinding(key.WithKeys("enter", "e"), key.WithHelp("enter", c.T("key.edit")))
	d.keys.Remove = key.NewBinding(key.WithKeys("x"), key.WithHelp("x", c.T("key.remove")))
	d.keys.Close = key.NewBinding(key.WithKeys("esc", "enter", "q"), key.WithHelp("esc", c.T("key.back")))
	return d
}

func (d *relationsDialog) Update(msg tea.KeyPressMsg) (reply, bool) {
	switch {
	case key.Matches(msg, d.keys.Up):
		d.cursor = max(d.cursor-1, 0)
	case key.Matches(msg, d.keys.Down):
		d.cursor = min(d.cursor+1, len(d.rels)-1)
	case key.Matches(msg, d.keys.Remove) && len(d.rels) > 0:
		// Asked first, as removing a person is: the dialog makes way for
		// the question, which holds the removal.
		r := d.rels[d.cursor]
		q := newConfirm(d.c, d.c.T("map.confirm_remove_relation", d.c.T("relation."+string(r.Kind)), d.name(d.other(r))), func() reply {
			if d.sess.RemoveRelation(r.ID) {
				return edited()
			}
			return reply{}
		})
		return show(q), true
	case d.edit != nil && key.Matches(msg, d.keys.Edit) && len(d.rels) > 0:
		d.edit(d.rels[d.cursor])
		return reply{}, true
	case key.Matches(msg, d.keys.Close):
		return reply{}, true
	}
	return reply{}, false
}

func (d *relationsDialog) name(id string) string {
	if p := d.sess.Person(id); p != nil {
		return d.c.Person(p)
	}
	return d.c.Name(d.sess.MemberName(id))
}

// other is who the relation ties the dialog's person to.
func (d *relationsDialog) other(r model.Relation) string {
	if r.B == d.person {
		return r.A
	}
	return r.B
}

func (d *relationsDialog) View(width int) string {
	inner := dialogWidth(width)
	lines := []string{d.c.Styles.Heading.Render(clip(d.c.T("map.relations_of", d.name(d.person)), inner))}
	for i, r := range d.rels {
		text := d.c.T("relation."+string(r.Kind)) + ": " + d.name(d.other(r))
		if i == d.cursor {
			lines = append(lines, d.c.Styles.Selected.Render(clip("› "+text, inner)))
		} else {
			lines = append(lines, clip("  "+text, inner))
		}
	}
	return d.c.Styles.Dialog.Render(strings.Join(lines, "\n"))
}

func (d *relationsDialog) ShortHelp() []key.Binding {
	if d.edit == nil {
		return []key.Binding{d.keys.Up, d.keys.Remove, d.keys.Close}
	}
	return []key.Binding{d.keys.Up, d.keys.Edit, d.keys.Remove, d.keys.Close}
}
