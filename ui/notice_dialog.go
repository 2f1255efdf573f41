package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// noticeDialog tells the coach something and waits for enter or esc.
type noticeDialog struct {
	c    *Common
	text string
	ok   key.Binding
}

func newNotice(c *Common, text string) *noticeDialog {
	return &noticeDialog{c: c, text: text,
		ok: key.NewBinding(key.WithKeys("enter", "esc", "space"), key.WithHelp("enter", c.T("jim.key.ok")))}
}

func (d *noticeDialog) Update(msg tea.KeyPressMsg) (reply, bool) {
	return reply{}, key.Matches(msg, d.ok)
}

func (d *noticeDialog) View(width int) string {
	inner := dialogWidth(width)
	lines := wrap(d.text, inner)
	lines = append(lines, "", d.c.Styles.Subtle.Render(clip(d.c.T("jim.notice.hint"), inner)))
	return d.c.Styles.Dialog.Render(strings.Join(lines, "\n"))
}

func (d *noticeDialog) ShortHelp() []key.Binding { return []key.Binding{d.ok} }
