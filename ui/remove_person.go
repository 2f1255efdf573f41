package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"kring/model"
)

// confirmRemovePerson asks before a person leaves the map. Someone who
// carries tasks in the family group plan makes the family choose what
// happens to those tasks (kept without a name, or removed too); an
// invitation to the meeting is named in the question, as it goes with
// them. text is the step's own question; done runs after the removal.
func confirmRemovePerson(c *Common, s *model.Session, id, text string, done func()) reply {
	p := s.Person(id)
	if p == nil {
		return reply{}
	}
	links := s.LinksOf(id)
	if links.Invited {
		text += " " + c.T("remove.invited", c.Person(p))
	}
	remove := func(t model.TasksOnRemove) func() reply {
		return func() reply {
			if !s.RemovePersonWith(id, t) {
				return reply{}
			}
			done()
			return edited()
		}
	}
	if len(links.Tasks) == 0 {
		return show(newConfirm(c, text, remove(model.TasksKeep)))
	}
	text = c.T("remove.has_tasks", c.Person(p), len(links.Tasks)) + " " + text
	return show(&choiceDialog{c: c, text: text, private: c.Privacy, choices: []choice{
		{key.NewBinding(key.WithKeys("h"), key.WithHelp("h", c.T("remove.keep"))), remove(model.TasksKeep)},
		{key.NewBinding(key.WithKeys("w"), key.WithHelp("w", c.T("remove.drop"))), remove(model.TasksDrop)},
		{key.NewBinding(key.WithKeys("n", "esc"), key.WithHelp("n/esc", c.T("remove.cancel"))), func() reply { return reply{} }},
	}})
}

// choice is one answer of a choiceDialog and what it does.
type choice struct {
	key    key.Binding
	action func() reply
}

// choiceDialog asks a question with more answers than yes and no; each
// answer holds its action, as a confirm dialog holds its yes.
type choiceDialog struct {
	c       *Common
	text    string
	private bool
	choices []choice
}

func (d *choiceDialog) Update(msg tea.KeyPressMsg) (reply, bool) {
	for _, ch := range d.choices {
		if key.Matches(msg, ch.key) {
			return ch.action(), true
		}
	}
	return reply{}, false
}

func (d *choiceDialog) View(width int) string {
	inner := dialogWidth(width)
	text := d.text
	if d.c.Privacy && !d.private {
		text = d.c.T("confirm.private")
	}
	lines := wrap(text, inner)
	lines = append(lines, "")
	for _, ch := range d.choices {
		h := ch.key.Help()
		lines = append(lines, clip(d.c.Styles.Label.Render(h.Key)+"  "+h.Desc, inner))
	}
	return d.c.Styles.Dialog.Render(strings.Join(lines, "\n"))
}

func (d *choiceDialog) ShortHelp() []key.Binding {
	out := make([]key.Binding, len(d.choices))
	for i, ch := range d.choices {
		out[i] = ch.key
	}
	return out
}
