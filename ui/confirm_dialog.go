package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// confirmDialog asks a yes/no question and holds what to do on yes: the
// action runs in the same Update as the key, and its reply (a command, a
// change to the session) goes to whoever opened the dialog.
type confirmDialog struct {
	c    *Common
	text string
	// plain says the text holds nothing personal; otherwise the privacy
	// screen, switched on while the dialog is open, hides it.
	plain bool
	// private says the text was made with the privacy screen on, and so
	// holds roles and initials only.
	private bool
	onYes   func() reply
	yes     key.Binding
	no      key.Binding
}

func newConfirm(c *Common, text string, onYes func() reply) *confirmDialog {
	return &confirmDialog{
		c: c, text: text, onYes: onYes, private: c.Privacy,
		yes: key.NewBinding(key.WithKeys("y", "j"), key.WithHelp(c.T("confirm.yes_key"), c.T("confirm.yes"))),
		no:  key.NewBinding(key.WithKeys("n", "esc"), key.WithHelp(c.T("confirm.no_key"), c.T("confirm.no"))),
	}
}

func (d *confirmDialog) Update(msg tea.KeyPressMsg) (reply, bool) {
	switch {
	case key.Matches(msg, d.yes):
		return d.onYes(), true
	case key.Matches(msg, d.no):
		return reply{}, true
	}
	return reply{}, false
}

func (d *confirmDialog) View(width int) string {
	inner := dialogWidth(width)
	text := d.text
	if d.c.Privacy && !d.plain && !d.private {
		text = d.c.T("confirm.private")
	}
	lines := wrap(text, inner)
	lines = append(lines, "", d.c.Styles.Subtle.Render(clip(d.c.T("confirm.hint"), inner)))
	return d.c.Styles.Dialog.Render(strings.Join(lines, "\n"))
}

func (d *confirmDialog) ShortHelp() []key.Binding { return []key.Binding{d.yes, d.no} }

// dialogWidth is the width of a dialog's text in a window width wide.
func dialogWidth(width int) int { return max(min(width-4, 60), 10) }
