package ui

import (
	"errors"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"kring/model"
)

// The workspace works on the open visit, the session's live state. From
// there N starts a new visit (asked first), V opens an earlier one to look
// at, C shows what changed between two visits and F the network figures.
// An earlier visit is shown by a second workspace on a copy of it (past),
// whose saves are refused: an edit there is undone and the coach told.

// visitState is the workspace's part in the visits.
type visitState struct {
	opts workspaceOptions
	keys visitKeys
	// readOnly is the number of the earlier visit this workspace shows, 0
	// for the open visit (a workspace of the App).
	readOnly int
	// total is the number of visits of the session, for the header of an
	// earlier visit's workspace.
	total int
	// past is the workspace of an earlier visit while one is open.
	past *workspace
	// panel is the compare view or the figures, over the step.
	panel visitPanel
}

// visitPanel is a view in the workspace's body that the visit keys open.
type visitPanel interface {
	Update(tea.KeyPressMsg)
	View(w, h int) string
	ShortHelp() []key.Binding
}

type visitKeys struct {
	New, Open, Compare, Figures, Back key.Binding
	// Correct puts right a typo in a name in an earlier visit.
	Correct key.Binding
}

func newVisitKeys(c *Common) visitKeys {
	return visitKeys{
		New:     keyFor(c, "N", "visit.key.new"),
		Open:    keyFor(c, "V", "visit.key.open"),
		Compare: keyFor(c, "C", "visit.key.compare"),
		Figures: keyFor(c, "F", "visit.key.figures"),
		Back:    key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", c.T("visit.key.back"))),
		Correct: keyFor(c, "T", "visit.key.correct"),
	}
}

// readOnlyEditMsg is what the save of an earlier visit's workspace sends:
// the edit is thrown away.
type readOnlyEditMsg struct{}

// visitTag is the visit in the header: which one and of how many, its
// date, and "read only" on an earlier one. A session seen once has no
// tag: "visit 1 of 1" would tell the coach nothing.
func (w *workspace) visitTag() string {
	n, total := w.sess.VisitCount(), w.sess.VisitCount()
	if w.vs.readOnly > 0 {
		// The visit's copy holds only the visits before it.
		total = w.vs.total
	}
	if total < 2 {
		return ""
	}
	tag := w.c.T("visit.header", n, total, string(w.sess.OpenVisitDate()))
	if w.vs.readOnly > 0 {
		return "  " + w.c.Styles.Warning.Render(tag+" · "+w.c.T("visit.read_only_tag"))
	}
	return "  " + w.c.Styles.Subtle.Render(tag)
}

// updateVisits takes the messages that belong to the visits: those of an
// open earlier visit or panel, and the visit keys. ok is false for
// everything else.
func (w *workspace) updateVisits(msg tea.Msg) (reply, bool) {
	if _, ok := msg.(readOnlyEditMsg); ok {
		if old := w.vs.past; old != nil {
			// The visit is shown afresh, where the coach was.
			w.openPast(old.vs.readOnly, old.active)
			if w.vs.past.sess.Person(old.network.selected) != nil {
				w.vs.past.network.selected = old.network.selected
			}
		}
		return show(newNotice(w.c, w.c.T("visit.read_only"))), true
	}
	kp, isKey := msg.(tea.KeyPressMsg)
	if w.vs.panel != nil && isKey {
		if key.Matches(kp, w.vs.keys.Back) {
			w.vs.panel = nil
			return reply{}, true
		}
		if !key.Matches(kp, w.vs.keys.Compare, w.vs.keys.Figures, w.vs.keys.Open, w.vs.keys.New) {
			w.vs.panel.Update(kp)
			return reply{}, true
		}
	}
	if w.vs.past != nil && w.vs.panel == nil {
		if !isKey || w.vs.past.Typing() {
			return w.vs.past.Update(msg), true
		}
		if key.Matches(kp, w.vs.keys.Back) && !w.vs.past.current().Back() {
			w.vs.past = nil
			w.prepare()
			return reply{}, true
		}
		if key.Matches(kp, w.vs.keys.Correct) {
			if r, ok := w.correctTypo(); ok {
				return r, true
			}
		}
		if !key.Matches(kp, w.vs.keys.Compare, w.vs.keys.Figures, w.vs.keys.Open, w.vs.keys.New) {
			return w.vs.past.Update(msg), true
		}
	}
	if !isKey || w.Typing() {
		return reply{}, false
	}
	switch {
	case key.Matches(kp, w.vs.keys.New):
		if w.vs.past != nil {
			return show(newNotice(w.c, w.c.T("visit.refused_new"))), true
		}
		return w.askNewVisit(), true
	case key.Matches(kp, w.vs.keys.Open):
		if w.sess.VisitCount() < 2 {
			return show(newNotice(w.c, w.c.T("visit.only_one"))), true
		}
		return show(newVisitList(w)), true
	case key.Matches(kp, w.vs.keys.Compare):
		if w.sess.VisitCount() < 2 {
			return show(newNotice(w.c, w.c.T("visit.only_one"))), true
		}
		w.vs.panel = newCompareView(w.c, w.sess)
		return reply{}, true
	case key.Matches(kp, w.vs.keys.Figures):
		w.vs.panel = newFiguresView(w.c, w.sess)
		return reply{}, true
	}
	return reply{}, false
}

// askNewVisit asks whether to start a new visit today; yes freezes the
// open visit and saves.
func (w *workspace) askNewVisit() reply {
	day := today(w.c)
	q := newConfirm(w.c, w.c.T("visit.confirm_new", string(day), string(w.sess.OpenVisitDate())), func() reply {
		err := w.sess.StartVisit(day, "")
		switch {
		case errors.Is(err, model.ErrTooManyVisits):
			return show(newNotice(w.c, w.c.T("visit.too_many", w.sess.VisitCount())))
		case err != nil:
			return show(newNotice(w.c, w.c.T("visit.bad_date", string(w.sess.OpenVisitDate()))))
		}
		r := edited()
		return r.then(send(statusMsg{text: w.c.T("visit.started", w.sess.VisitCount(), string(day))}))
	})
	q.plain = true
	return show(stepDialog{dialog: q, w: w})
}

// openPast shows earlier visit n, on step active, in a workspace of its
// own on a copy of the visit, whose saves are refused.
func (w *workspace) openPast(n, active int) {
	v, err := w.sess.VisitSession(n)
	if err != nil {
		return
	}
	o := w.vs.opts
	o.save = func(*model.Session) tea.Cmd { return send(readOnlyEditMsg{}) }
	p := newWorkspace(w.c, v, o)
	p.vs.readOnly, p.vs.total = n, w.sess.VisitCount()
	p.SetSize(w.width, w.height)
	p.goTo(active)
	w.vs.past, w.vs.panel = p, nil
}

// visitBody is the panel in the workspace's body, when one is open.
func (w *workspace) visitBody(h int) (string, bool) {
	if w.vs.panel != nil {
		return w.vs.panel.View(w.width, h), true
	}
	return "", false
}

// visitHelp is the help line while an earlier visit or a panel is open.
func (w *workspace) visitHelp() ([]key.Binding, bool) {
	switch {
	case w.vs.panel != nil:
		return append(w.vs.panel.ShortHelp(), w.vs.keys.Back), true
	case w.vs.past != nil:
		if w.vs.past.Typing() {
			return w.vs.past.ShortHelp(), true
		}
		// The way back and the typo key come first: a narrow help line
		// keeps its first keys, and the step's own edit keys do nothing
		// in an earlier visit.
		keys := append([]key.Binding{w.vs.keys.Back, w.vs.keys.Correct}, w.vs.past.current().ShortHelp()...)
		return append(keys, w.vs.keys.Open, w.c.Keys.Help), true
	}
	return nil, false
}

// visitFullHelp is the row of visit keys in the full help.
func (w *workspace) visitFullHelp() []key.Binding {
	return []key.Binding{w.vs.keys.New, w.vs.keys.Open, w.vs.keys.Compare, w.vs.keys.Figures}
}

// visitList is the dialog of V: every visit with its date; enter opens
// an earlier one to look at, or goes back to the open one.
type visitList struct {
	w      *workspace
	cursor int
	keys   struct{ Up, Down, Open, Close key.Binding }
}

func newVisitList(w *workspace) *visitList {
	d := &visitList{w: w, cursor: w.sess.VisitCount() - 1}
	if w.vs.past != nil {
		d.cursor = w.vs.past.vs.readOnly - 1
	}
	d.keys.Up, d.keys.Down, d.keys.Open = listKeys(w.c, "visit.key.open")
	d.keys.Close = key.NewBinding(key.WithKeys("esc", "q"), key.WithHelp("esc", w.c.T("key.back")))
	return d
}

func (d *visitList) Update(msg tea.KeyPressMsg) (reply, bool) {
	n := d.w.sess.VisitCount()
	switch {
	case moveCursor(msg, d.keys.Up, d.keys.Down, &d.cursor, n):
	case key.Matches(msg, d.keys.Open):
		if d.cursor == n-1 {
			d.w.vs.past = nil
		} else {
			d.w.openPast(d.cursor+1, d.w.active)
		}
		d.w.vs.panel = nil
		return reply{}, true
	case key.Matches(msg, d.keys.Close):
		return reply{}, true
	}
	return reply{}, false
}

func (d *visitList) View(width int) string {
	c := d.w.c
	inner := dialogWidth(width)
	lines := []string{c.Styles.Heading.Render(clip(c.T("visit.list_title"), inner))}
	n := d.w.sess.VisitCount()
	for i := 1; i <= n; i++ {
		text := c.T("visit.list_item", i, string(d.w.sess.VisitDateOf(i)))
		if i == n {
			text += " " + c.T("visit.list_open")
		}
		if i-1 == d.cursor {
			lines = append(lines, c.Styles.Selected.Render(clip("› "+text, inner)))
		} else {
			lines = append(lines, clip("  "+text, inner))
		}
	}
	lines = append(lines, "", c.Styles.Subtle.Render(clip(c.T("visit.list_hint"), inner)))
	return c.Styles.Dialog.Render(strings.Join(lines, "\n"))
}

func (d *visitList) ShortHelp() []key.Binding {
	return []key.Binding{d.keys.Up, d.keys.Open, d.keys.Close}
}
