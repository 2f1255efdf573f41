package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"kring/model"
)

// The contributions editor belongs to step 3 of the workspace: it opens
// on step 6 of a need's checklist (what the network can do) and lists
// what each person from the map can do for the need. People are picked
// from the map, never typed again, and what the map knows (willing, able)
// is filled in to start with.

func (n *needsStep) updateContributions(kp tea.KeyPressMsg) reply {
	need := n.current()
	if need == nil {
		n.contributions = false
		return reply{}
	}
	cs := need.Network.Contributions
	switch {
	case moveCursor(kp, n.keys.Up, n.keys.Down, &n.contrib, len(cs)):
	case key.Matches(kp, n.keys.AddContrib):
		n.openContribution(-1)
	case key.Matches(kp, n.keys.Edit):
		if n.contrib < len(cs) {
			n.openContribution(n.contrib)
		}
	case key.Matches(kp, n.keys.Outcome):
		n.openStep(need, 6)
	case key.Matches(kp, n.keys.Delete):
		if n.sess.RemoveContribution(need.ID, n.contrib) {
			n.contrib = max(min(n.contrib, len(need.Network.Contributions)-1), 0)
			return edited()
		}
	}
	return reply{}
}

func (n *needsStep) personOptions() []option {
	var opts []option
	for i := range n.sess.People {
		p := &n.sess.People[i]
		if p.Deceased {
			continue
		}
		label := n.c.Person(p)
		if p.Role != "" && !n.c.Privacy {
			label += " (" + p.Role + ")"
		}
		opts = append(opts, option{p.ID, label})
	}
	return opts
}

// openContribution opens the form of contribution i of the selected
// need, or of a new one (i < 0).
func (n *needsStep) openContribution(i int) {
	c, need := n.c, n.current()
	people := n.personOptions()
	if len(people) == 0 {
		return
	}
	var cur model.Contribution
	if i >= 0 {
		cur = need.Network.Contributions[i]
	} else {
		cur = model.Contribution{PersonID: people[0].value, Asked: model.AnswerUnknown, Able: model.AnswerUnknown, Lasting: model.AnswerUnknown}
		if p := n.sess.Person(cur.PersonID); p != nil {
			cur.Willing, cur.Able = p.Willing, p.Able
		}
	}
	f := newForm(c, c.T("needs.contribution")).
		choice("person", c.T("field.contrib_person"), people, cur.PersonID).personal().
		text("what", c.T("field.contrib_what"), cur.What, false).
		text("how_often", c.T("field.contrib_how_often"), cur.HowOften, false).
		choice("asked", c.T("field.contrib_asked"), answerOptions(c), string(cur.Asked)).
		choice("willing", c.T("field.contrib_answer"), codeOptions(c, "willing.", model.Willings), string(cur.Willing)).
		choice("able", c.T("field.able"), answerOptions(c), string(cur.Able)).
		choice("lasting", c.T("field.contrib_lasting"), answerOptions(c), string(cur.Lasting)).
		notes("why_not", c.T("field.contrib_why_not"), cur.WhyNot).
		choice("not_asked", c.T("field.contrib_not_asked"), codeOptions(c, "notasked.", model.NotAskedReasons), string(cur.NotAsked))
	if i < 0 {
		f.onChange = followPickedPerson(f, n.sess)
	}
	n.open(f.onSubmit(func() reply {
		n.applyContribution(f, i)
		return edited()
	}))
}

// applyContribution writes the submitted form into contribution i of the
// selected need, or adds it (i < 0).
func (n *needsStep) applyContribution(f *form, i int) {
	need := n.current()
	if need == nil {
		return
	}
	c := model.Contribution{
		PersonID: f.value("person"), What: f.value("what"), HowOften: f.value("how_often"),
		Asked: model.Answer(f.value("asked")), Willing: model.Willing(f.value("willing")),
		Able: model.Answer(f.value("able")), Lasting: model.Answer(f.value("lasting")), WhyNot: f.value("why_not"),
		NotAsked: model.NotAskedReason(f.value("not_asked")),
	}
	// The form offers only people on the map and known codes, so the
	// model refuses nothing here; should it, the need stays as it was.
	if i >= 0 && i < len(need.Network.Contributions) {
		_ = n.sess.SetContribution(need.ID, i, c)
		return
	}
	if i, err := n.sess.AddContribution(need.ID, c); err == nil {
		n.contrib = i
	}
}

// contributionsView draws the contributions of the current need.
func (n *needsStep) contributionsView(w int) []string {
	st, c, need := n.c.Styles, n.c, n.current()
	lines := []string{st.Heading.Render(clip(c.T("check.step", 6, c.T("check.6.title")), w)),
		clip(c.T("needs.network_outcome", c.T("sufficiency."+orUnknown(string(need.Network.Outcome)))), w)}
	if need.Network.Reason != "" {
		lines = append(lines, st.Subtle.Render(clip(c.Note(flat(need.Network.Reason)), w)))
	}
	lines = append(lines, "")
	if len(need.Network.Contributions) == 0 {
		lines = append(lines, wrap(c.T("needs.no_contributions"), w)...)
	}
	for i, cb := range need.Network.Contributions {
		name := c.T("needs.unknown_person")
		if p := n.sess.Person(cb.PersonID); p != nil {
			name = c.Person(p)
		}
		text := name + ": " + orDash(c.Note(cb.What))
		if cb.HowOften != "" {
			text += " · " + c.Note(cb.HowOften)
		}
		text += " · " + c.T("needs.asked_short", c.T("answer."+string(cb.Asked))) + " · " + c.T("willing."+string(cb.Willing))
		if cb.NotAsked != model.NotAskedNone {
			text += " · " + c.T("notasked."+string(cb.NotAsked))
		}
		if i == n.contrib {
			lines = append(lines, st.Cursor.Render("› ")+st.Selected.Render(clip(text, w-2)))
		} else {
			lines = append(lines, "  "+clip(text, w-2))
		}
	}
	return lines
}

// followPickedPerson keeps a new contribution's willing and able on what
// the map says of the person picked: they were filled in from the first
// person offered, and a contribution must not carry another person's
// answer into the file. A value the coach changed by hand is left alone.
func followPickedPerson(f *form, sess *model.Session) func(key string) {
	filled := [2]string{f.value("willing"), f.value("able")}
	return func(key string) {
		if key != "person" {
			return
		}
		p := sess.Person(f.value("person"))
		if p == nil {
			return
		}
		for i, fk := range [2]string{"willing", "able"} {
			want := [2]string{string(p.Willing), string(p.Able)}[i]
			if f.value(fk) == filled[i] && f.setChoice(fk, want) {
				filled[i] = want
			}
		}
	}
}
