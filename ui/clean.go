package ui

import (
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"kring/model"
)

// cleanSummary makes a list entry safe to show, whatever the store gave:
// no escape sequence or control character reaches the terminal.
func cleanSummary(sum *model.Summary) {
	sum.Label = model.CleanLine(sum.Label)
	for i, y := range sum.Youths {
		sum.Youths[i] = model.CleanLine(y)
	}
}

// cleanInput takes out of typed or pasted text what must never reach the
// screen or the store: escape sequences, control and bidi characters. A
// text input shows its value as typed, so this happens before it gets the
// text, not only when the value is read.
func cleanInput(msg tea.Msg) tea.Msg {
	switch m := msg.(type) {
	case tea.PasteMsg:
		// Line breaks and tabs become spaces; spaces stay as they are,
		// so that a paste in the middle of a name keeps its word break.
		m.Content = strings.Map(func(r rune) rune {
			switch {
			case r == '\n' || r == '\r' || r == '\t':
				return ' '
			case model.UnsafeRune(r):
				return -1
			}
			return r
		}, ansi.Strip(strings.ToValidUTF8(m.Content, "\uFFFD")))
		return m
	case tea.KeyPressMsg:
		if m.Text == "" || !strings.ContainsFunc(m.Text, model.UnsafeRune) {
			return m
		}
		// A key left with no text still counts as its key code.
		m.Text = strings.Map(func(r rune) rune {
			if model.UnsafeRune(r) {
				return -1
			}
			return r
		}, m.Text)
		return m
	}
	return msg
}

// wipe overwrites a secret (a passphrase) once it is used, so that it
// does not linger in memory.
func wipe(b []byte) {
	for i := range b {
		b[i] = 0
	}
}
