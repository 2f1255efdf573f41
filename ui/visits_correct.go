package ui

import (
	"strings"

	tea "charm.land/bubbletea/v2"
)

// correctTypo opens, over the map of an earlier visit, the form that puts
// right an obvious typo in the selected person's name, with a note that
// says why (model.CorrectVisitName). The correction is saved with the
// session; the earlier visit is then shown afresh. ok is false when the
// key does not apply (not on the map, or nobody selected).
func (w *workspace) correctTypo() (reply, bool) {
	past := w.vs.past
	if past == nil || past.current() != step(past.network) {
		return reply{}, false
	}
	p := past.sess.Person(past.network.selected)
	if p == nil {
		return reply{}, false
	}
	n, id := past.vs.readOnly, p.ID
	f := newForm(w.c, w.c.T("visit.correct_title", w.c.Person(p))).
		text("name", w.c.T("visit.correct_name"), p.Name, true).
		notes("note", w.c.T("visit.correct_note"), "")
	f.onSubmit(func() reply {
		if strings.TrimSpace(f.value("note")) == "" {
			f.refuse("note", w.c.T("visit.correct_note_needed"))
			return reply{}
		}
		if err := w.sess.CorrectVisitName(n, id, f.value("name"), f.value("note"), today(w.c)); err != nil {
			f.refuse("name", w.c.T("visit.correct_failed"))
			return reply{}
		}
		w.openPast(n, past.active)
		w.vs.past.network.selected = id
		return run(tea.Batch(w.commit(), send(statusMsg{text: w.c.T("visit.corrected")})))
	})
	past.network.open(f)
	return reply{}, true
}
