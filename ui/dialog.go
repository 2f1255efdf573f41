package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// dialog is something laid over the screen that has the keyboard until
// it closes (crush's overlay stack, kept small).
type dialog interface {
	// Update handles a key; done reports that the dialog closes.
	Update(msg tea.KeyPressMsg) (cmd tea.Cmd, done bool)
	View(width int) string
	ShortHelp() []key.Binding
}

// confirmDialog asks a yes/no question; yes sends onYes.
type confirmDialog struct {
	c    *Common
	text string
	// plain says the text holds nothing personal; otherwise the privacy
	// screen, switched on while the dialog is open, hides it.
	plain bool
	// private says the text was made with the privacy screen on, and so
	// holds roles and initials only.
	private bool
	onYes   tea.Msg
	yes     key.Binding
	no      key.Binding
}

func newConfirm(c *Common, text string, onYes tea.Msg) *confirmDialog {
	return &confirmDialog{
		c: c, text: text, onYes: onYes, private: c.Privacy,
		yes: key.NewBinding(key.WithKeys("y", "j"), key.WithHelp(c.T("confirm.yes_key"), c.T("confirm.yes"))),
		no:  key.NewBinding(key.WithKeys("n", "esc"), key.WithHelp(c.T("confirm.no_key"), c.T("confirm.no"))),
	}
}

func (d *confirmDialog) Update(msg tea.KeyPressMsg) (tea.Cmd, bool) {
	switch {
	case key.Matches(msg, d.yes):
		return send(d.onYes), true
	case key.Matches(msg, d.no):
		return nil, true
	}
	return nil, false
}

func (d *confirmDialog) View(width int) string {
	inner := max(min(width-4, 60), 10)
	text := d.text
	if d.c.Privacy && !d.plain && !d.private {
		text = d.c.T("confirm.private")
	}
	lines := wrap(text, inner)
	lines = append(lines, "", d.c.Styles.Subtle.Render(clip(d.c.T("confirm.hint"), inner)))
	return d.c.Styles.Dialog.Render(strings.Join(lines, "\n"))
}

func (d *confirmDialog) ShortHelp() []key.Binding { return []key.Binding{d.yes, d.no} }

// wrap breaks text into lines of at most w cells at spaces; a word longer
// than w is clipped.
func wrap(text string, w int) []string {
	var out []string
	for _, para := range strings.Split(text, "\n") {
		line := ""
		for _, word := range strings.Fields(para) {
			switch {
			case line == "":
				line = clip(word, w)
			case cells(line)+1+cells(word) <= w:
				line += " " + word
			default:
				out = append(out, line)
				line = clip(word, w)
			}
		}
		out = append(out, line)
	}
	return out
}
