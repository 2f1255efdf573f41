package report

import "kring/model"

// pseudonymiseVisits pseudonymises every earlier visit of c as a session
// of its own, with a renamer that knows that visit's names: someone who
// has left the network since is in no later visit, yet their name must go
// too. Visit notes are the coach's notes and are emptied, as all notes are.
func pseudonymiseVisits(c *model.Session) {
	c.VisitNote = ""
	for i := range c.Visits {
		v := &c.Visits[i]
		st := &v.State
		p := Pseudonymise(&model.Session{Label: c.Label, Coach: c.Coach, Present: st.Present, Youths: st.Youths,
			People: st.People, Relations: st.Relations, Needs: st.Needs, Jim: st.Jim, Agreements: st.Agreements})
		*st = model.VisitState{Present: p.Present, Youths: p.Youths, People: p.People, Relations: p.Relations,
			Needs: p.Needs, Jim: p.Jim, Agreements: p.Agreements}
		v.Note = ""
		for j := range v.Corrections {
			// A correction holds a name before and after: both go.
			v.Corrections[j] = model.Correction{Date: v.Corrections[j].Date, Field: v.Corrections[j].Field, Old: Hidden, New: Hidden}
		}
	}
}
