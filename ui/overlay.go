package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// dialog is laid over the screen and has the keyboard until it closes.
// What it does on a key it does itself, in the same Update (a confirm
// dialog runs the action it was given), and answers with a reply.
type dialog interface {
	// Update handles a key; done reports that the dialog closes.
	Update(msg tea.KeyPressMsg) (r reply, done bool)
	View(width int) string
	ShortHelp() []key.Binding
}

// overlay is the stack of dialogs over the screen: only the top one is
// drawn and gets keys (the overlay of crush's dialog package, kept small).
type overlay struct{ stack []dialog }

// open lays d on top; a nil dialog is ignored.
func (o *overlay) open(d dialog) {
	if d != nil {
		o.stack = append(o.stack, d)
	}
}

// active says a dialog is open.
func (o *overlay) active() bool { return len(o.stack) > 0 }

// top is the dialog on top, nil when none is open.
func (o *overlay) top() dialog {
	if len(o.stack) == 0 {
		return nil
	}
	return o.stack[len(o.stack)-1]
}

// clear closes every dialog, as when the screen locks.
func (o *overlay) clear() { o.stack = nil }

// Update gives a key to the top dialog; when the dialog is done it
// closes, and a dialog its reply opens takes its place on top.
func (o *overlay) Update(msg tea.KeyPressMsg) tea.Cmd {
	n := len(o.stack)
	if n == 0 {
		return nil
	}
	r, done := o.stack[n-1].Update(msg)
	if done {
		o.stack = o.stack[:n-1]
	}
	o.open(r.dialog)
	return r.cmd
}

// draw centres the top dialog over body, a block of width x height.
func (o *overlay) draw(body string, width, height int) string {
	n := len(o.stack)
	if n == 0 {
		return body
	}
	box := o.stack[n-1].View(width)
	lines := strings.Split(body, "\n")
	for len(lines) < height {
		lines = append(lines, "")
	}
	boxLines := strings.Split(box, "\n")
	top := max((height-len(boxLines))/2, 0)
	for i, bl := range boxLines {
		if top+i >= len(lines) {
			break
		}
		left := max((width-cells(bl))/2, 0)
		lines[top+i] = strings.Repeat(" ", left) + bl
	}
	return strings.Join(lines, "\n")
}

// ShortHelp is the top dialog's keys.
func (o *overlay) ShortHelp() []key.Binding {
	if n := len(o.stack); n > 0 {
		return o.stack[n-1].ShortHelp()
	}
	return nil
}
