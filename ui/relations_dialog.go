package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"kring/model"
)

// relationsDialog lists the relations of one person; x removes the
// selected one and closes the dialog, in the same Update.
type relationsDialog struct {
	c      *Common
	sess   *model.Session
	person string
	rels   []model.Relation
	cursor int
	keys   struct{ Up, Down, Remove, Close key.Binding }
}

func newRelationsDialog(c *Common, sess *model.Session, person string) *relationsDialog {
	d := &relationsDialog{c: c, sess: sess, person: person, rels: sess.RelationsOf(person)}
	d.keys.Up = key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/↓", c.T("key.move")))
	d.keys.Down = key.NewBinding(key.WithKeys("down", "j"))
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
		if d.sess.RemoveRelation(d.rels[d.cursor].ID) {
			return edited(), true
		}
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

func (d *relationsDialog) View(width int) string {
	inner := dialogWidth(width)
	lines := []string{d.c.Styles.Heading.Render(clip(d.c.T("map.relations_of", d.name(d.person)), inner))}
	for i, r := range d.rels {
		other := r.B
		if other == d.person {
			other = r.A
		}
		text := d.c.T("relation."+string(r.Kind)) + ": " + d.name(other)
		if i == d.cursor {
			lines = append(lines, d.c.Styles.Selected.Render(clip("› "+text, inner)))
		} else {
			lines = append(lines, clip("  "+text, inner))
		}
	}
	return d.c.Styles.Dialog.Render(strings.Join(lines, "\n"))
}

func (d *relationsDialog) ShortHelp() []key.Binding {
	return []key.Binding{d.keys.Up, d.keys.Remove, d.keys.Close}
}
