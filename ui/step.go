package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"kring/model"
)

// step is one page of the workspace. It edits the session the workspace
// holds and says so in its reply (edited); it never saves by itself.
type step interface {
	Update(msg tea.Msg) reply
	View() string
	SetSize(w, h int)
	// Typing says a form has the keyboard.
	Typing() bool
	// Back leaves a view of the step's own (a grid, a zoom, a sub-page)
	// on esc; false lets esc leave the workspace.
	Back() bool
	// prepare makes the step's drawing ahead, in Update, so that View
	// only shows what is ready (the report is rendered here, not in View).
	prepare()
	ShortHelp() []key.Binding
	FullHelp() [][]key.Binding
}

// page is what every step is made of: the shared Common, the open
// session, its size and the form that may be open over it. Steps embed
// it and override what they do differently.
type page struct {
	c      *Common
	sess   *model.Session
	form   *form
	width  int
	height int
	// formWidth is the widest a form of the step is drawn.
	formWidth int
}

func newPage(c *Common, sess *model.Session) page {
	return page{c: c, sess: sess, formWidth: 90}
}

// SetSize sizes the step and its open form.
func (p *page) SetSize(w, h int) {
	p.width, p.height = w, h
	if p.form != nil {
		p.form.SetWidth(min(w, p.formWidth))
		p.form.SetHeight(h)
	}
}

// Typing says the step's form has the keyboard.
func (p *page) Typing() bool { return p.form != nil }

// Back has nothing of its own to leave.
func (p *page) Back() bool { return false }

// prepare has nothing to make ahead.
func (p *page) prepare() {}

// open shows a form over the step, sized for it.
func (p *page) open(f *form) {
	p.form = f
	p.SetSize(p.width, p.height)
}

// updateForm gives msg to the open form; its action runs on a valid enter.
func (p *page) updateForm(msg tea.Msg) reply { return runForm(&p.form, msg) }

// handle is the Update of a step: msg goes to the open form, else a key
// goes to onKey; other messages mean nothing to a step.
func (p *page) handle(msg tea.Msg, onKey func(tea.KeyPressMsg) reply) reply {
	if p.form != nil {
		return p.updateForm(msg)
	}
	if kp, ok := msg.(tea.KeyPressMsg); ok {
		return onKey(kp)
	}
	return reply{}
}

// pick returns the row under *cursor of a list, keeping the cursor on
// the list; false when the list is empty.
func pick[T any](rows []T, cursor *int) (T, bool) {
	if len(rows) == 0 {
		*cursor = 0
		var none T
		return none, false
	}
	*cursor = max(min(*cursor, len(rows)-1), 0)
	return rows[*cursor], true
}

// view is the View of a step: the open form, else the step's own page.
func (p *page) view(draw func() string) string {
	if p.form != nil {
		return p.form.View()
	}
	return draw()
}

// formHelp is the open form's keys for the full help.
func (p *page) formHelp() [][]key.Binding { return [][]key.Binding{p.form.ShortHelp()} }

// moveCursor moves *cursor one row up or down a list of n rows on the
// up and down keys, staying on the list; false when kp is neither key.
func moveCursor(kp tea.KeyPressMsg, up, down key.Binding, cursor *int, n int) bool {
	switch {
	case key.Matches(kp, up):
		*cursor = max(*cursor-1, 0)
	case key.Matches(kp, down):
		*cursor = max(min(*cursor+1, n-1), 0)
	default:
		return false
	}
	return true
}

// keyFor is a key that is its own name on the help line, with the
// catalogue's words for what it does.
func keyFor(c *Common, k, help string) key.Binding {
	return key.NewBinding(key.WithKeys(k), key.WithHelp(k, c.T(help)))
}

// listKeys are the keys of every list: up, down and enter to edit.
func listKeys(c *Common, edit string) (up, down, enter key.Binding) {
	return key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", c.T("key.up"))),
		key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", c.T("key.down"))),
		key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", c.T(edit)))
}
