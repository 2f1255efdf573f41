package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"kring/model"
)

// agreementsStep is step 5: who does what by when, and at every review
// whether the agreement was kept. A summary of how the agreements were
// kept is always in view, and an agreement not kept at two reviews in a
// row is flagged for the coach. kring only reports: it never scales help
// down by itself, as that needs a basis in the ordinance.
//
// The list is a tree: each agreement with its reviews under it. The
// cursor walks over both, so that enter edits and x removes what it is
// on, and r adds a review to the agreement it is in.
type agreementsStep struct {
	page
	cursor int
	keys   agreementsKeys
	// sub is the meeting or the plan, when one is open (agreements_sonestra.go).
	sub subPage
	// hideCoach, when set and true, keeps the coach's flags off the
	// screen: the trainer's presentation mode until ctrl+o.
	hideCoach func() bool
}

type agreementsKeys struct {
	Up, Down          key.Binding
	Edit, Add, Review key.Binding
	Remove            key.Binding
	Meeting, Plan     key.Binding
}

// newAgreementsStep builds step 5, the agreements and their reviews.
func newAgreementsStep(c *Common, sess *model.Session) *agreementsStep {
	a := &agreementsStep{page: newPage(c, sess)}
	a.keys = agreementsKeys{
		Add:    keyFor(c, "a", "agree.key.add"),
		Review: keyFor(c, "r", "agree.key.review"),
		Remove: keyFor(c, "x", "key.remove"),
	}
	a.keys.Up, a.keys.Down, a.keys.Edit = listKeys(c, "key.edit")
	a.keys.Meeting, a.keys.Plan = sonestraKeys(c)
	return a
}

// agreeRow is one selectable line: an agreement (review < 0) or one of
// its reviews.
type agreeRow struct {
	agreement int // index into sess.Agreements
	review    int // index into its Reviews, or -1
}

func (a *agreementsStep) rows() []agreeRow {
	var rows []agreeRow
	for i := range a.sess.Agreements {
		rows = append(rows, agreeRow{agreement: i, review: -1})
		for k := range a.sess.Agreements[i].Reviews {
			rows = append(rows, agreeRow{agreement: i, review: k})
		}
	}
	return rows
}

// selected returns the row under the cursor, clamping the cursor.
func (a *agreementsStep) selected() (agreeRow, bool) {
	return pick(a.rows(), &a.cursor)
}

// selectRow puts the cursor on an agreement's line or one of its reviews.
func (a *agreementsStep) selectRow(agreement, review int) {
	for i, r := range a.rows() {
		if r.agreement == agreement && r.review == review {
			a.cursor = i
			return
		}
	}
}

func (a *agreementsStep) Update(msg tea.Msg) reply {
	if a.sub != nil {
		return a.sub.Update(msg)
	}
	return a.handle(msg, a.onKey)
}

// onKey handles a key while no form is open.
func (a *agreementsStep) onKey(kp tea.KeyPressMsg) reply {
	row, has := a.selected()
	switch {
	case moveCursor(kp, a.keys.Up, a.keys.Down, &a.cursor, len(a.rows())):
	case key.Matches(kp, a.keys.Add):
		a.openAgreement(nil)
	case a.sonestraKey(kp):
	case !has:
	case key.Matches(kp, a.keys.Edit):
		ag := &a.sess.Agreements[row.agreement]
		if row.review < 0 {
			a.openAgreement(ag)
		} else {
			a.openReview(ag, row.review)
		}
	case key.Matches(kp, a.keys.Review):
		a.openReview(&a.sess.Agreements[row.agreement], -1)
	case key.Matches(kp, a.keys.Remove):
		return a.confirmRemove(row)
	}
	return reply{}
}

// confirmRemove asks before an agreement, with its reviews, or one
// review goes.
func (a *agreementsStep) confirmRemove(row agreeRow) reply {
	c := a.c
	ag := &a.sess.Agreements[row.agreement]
	what := clip(c.Note(flat(ag.What)), 48)
	id := ag.ID
	var text string
	switch {
	case row.review >= 0:
		r, i := ag.Reviews[row.review], row.review
		text = c.T("agree.confirm_remove_review", string(r.Date), c.T("agree.outcome."+string(r.Outcome)), what)
		return show(newConfirm(c, text, func() reply {
			if !a.sess.RemoveReview(id, i, r.Date) {
				return reply{}
			}
			a.selected()
			return edited()
		}))
	case len(ag.Reviews) == 1:
		text = c.T("agree.confirm_remove_with_review", what, a.whoText(ag))
	case len(ag.Reviews) > 1:
		text = c.T("agree.confirm_remove_with_reviews", what, a.whoText(ag), len(ag.Reviews))
	default:
		text = c.T("agree.confirm_remove", what, a.whoText(ag))
	}
	return show(newConfirm(c, text, func() reply {
		if !a.sess.RemoveAgreement(id) {
			return reply{}
		}
		a.selected()
		return edited()
	}))
}

// partyOf says which party a person on the map belongs to when an
// agreement names them: the household and the parents are the family,
// everyone else is the network.
func partyOf(p *model.Person) model.Party {
	if p.Household || p.Parent {
		return model.PartyFamily
	}
	return model.PartyNetwork
}

// personChoices lists the people of one party that an agreement can
// name, after "nobody in particular"; current stays among them even when
// the person would now be left out (someone who died since).
func (a *agreementsStep) personChoices(party model.Party, current string) []option {
	c := a.c
	opts := []option{{"", c.T("agree.nobody")}}
	for i := range a.sess.People {
		p := &a.sess.People[i]
		if partyOf(p) != party || (p.Deceased && p.ID != current) {
			continue
		}
		opts = append(opts, option{p.ID, a.personLabel(p)})
	}
	return opts
}

// personLabel is a person's name with the role, as the form offers it.
func (a *agreementsStep) personLabel(p *model.Person) string {
	label := a.c.Person(p)
	if p.Role != "" && !a.c.Privacy {
		label += " · " + p.Role
	}
	return label
}

// openAgreement opens the form for a new agreement (nil) or an existing
// one: who (the party, then the person from the map), what and by when.
func (a *agreementsStep) openAgreement(ag *model.Agreement) {
	c := a.c
	cur := model.Agreement{Who: model.PartyFamily}
	title := c.T("agree.form_new")
	if ag != nil {
		cur = *ag
		title = c.T("agree.form_edit")
	}
	// A person linked under another party than the map now suggests
	// stays linked: the choice of that party offers them.
	famCur, netCur := "", ""
	if p := a.sess.Person(cur.PersonID); p != nil {
		switch cur.Who {
		case model.PartyFamily:
			famCur = p.ID
		case model.PartyNetwork:
			netCur = p.ID
		}
	}
	fam := a.personChoices(model.PartyFamily, famCur)
	net := a.personChoices(model.PartyNetwork, netCur)
	if p := a.sess.Person(famCur); p != nil && partyOf(p) != model.PartyFamily {
		fam = append(fam, option{p.ID, a.personLabel(p)})
	}
	if p := a.sess.Person(netCur); p != nil && partyOf(p) != model.PartyNetwork {
		net = append(net, option{p.ID, a.personLabel(p)})
	}
	f := newForm(c, title)
	f.choice("who", c.T("agree.field.who"), codeOptions(c, "agree.party.", model.Parties), string(cur.Who))
	f.choice("family_person", c.T("agree.field.person"), fam, famCur).personal().
		showIf(func() bool { return f.value("who") == string(model.PartyFamily) })
	f.choice("network_person", c.T("agree.field.person"), net, netCur).personal().
		showIf(func() bool { return f.value("who") == string(model.PartyNetwork) })
	f.addText("what", c.T("agree.field.what"), cur.What, true, fieldNotes, model.MaxTextLen)
	f.fields[len(f.fields)-1].input.Placeholder = c.T("agree.field.what_placeholder")
	f.text("due", c.T("agree.field.due"), string(cur.Due), false).validate(checkDate)
	f.fields[len(f.fields)-1].input.Placeholder = c.T("field.date_placeholder")
	a.open(f.onSubmit(func() reply { return a.applyAgreement(f, cur.ID) }))
}

// applyAgreement writes the submitted form into agreement id, or adds a
// new agreement (id "").
func (a *agreementsStep) applyAgreement(f *form, id string) reply {
	s := a.sess
	who := model.Party(f.value("who"))
	person := ""
	switch who {
	case model.PartyFamily:
		person = f.value("family_person")
	case model.PartyNetwork:
		person = f.value("network_person")
	}
	if id == "" {
		s.AddAgreement(model.Agreement{Who: who, PersonID: person, What: f.value("what"), Due: model.Date(f.value("due"))})
		a.selectRow(len(s.Agreements)-1, -1)
		return edited()
	}
	ag := s.AgreementByID(id)
	if ag == nil {
		return reply{}
	}
	ag.Who, ag.PersonID, ag.What, ag.Due = who, person, f.value("what"), model.Date(f.value("due"))
	return edited()
}

// openReview opens the form for a new review (i < 0) of an agreement or
// for review i: the outcome, a note and the date, today to start with.
func (a *agreementsStep) openReview(ag *model.Agreement, i int) {
	c := a.c
	cur := model.Review{Date: today(c), Outcome: model.ReviewKept}
	what := clip(c.Note(flat(ag.What)), 50)
	title := c.T("agree.form_review_new", what)
	if i >= 0 {
		cur = ag.Reviews[i]
		title = c.T("agree.form_review_edit", what)
	}
	f := newForm(c, title)
	f.personalTitle = true
	f.choice("outcome", c.T("agree.field.outcome"), codeOptions(c, "agree.outcome.", model.ReviewOutcomes), string(cur.Outcome))
	f.notes("note", c.T("agree.field.note"), cur.Note)
	f.fields[len(f.fields)-1].input.Placeholder = c.T("agree.field.note_placeholder")
	f.text("date", c.T("field.date"), string(cur.Date), true).validate(checkDate)
	f.fields[len(f.fields)-1].input.Placeholder = c.T("field.date_placeholder")
	id := ag.ID
	a.open(f.onSubmit(func() reply {
		ag := a.sess.AgreementByID(id)
		if ag == nil {
			return reply{}
		}
		r := model.Review{Date: model.Date(f.value("date")), Outcome: model.ReviewOutcome(f.value("outcome")), Note: f.value("note")}
		ai := a.indexOf(id)
		if i >= 0 && i < len(ag.Reviews) {
			ag.Reviews[i] = r
			a.selectRow(ai, i)
			return edited()
		}
		ag.Reviews = append(ag.Reviews, r)
		a.selectRow(ai, len(ag.Reviews)-1)
		return edited()
	}))
}

func (a *agreementsStep) indexOf(id string) int {
	for i := range a.sess.Agreements {
		if a.sess.Agreements[i].ID == id {
			return i
		}
	}
	return -1
}

func (a *agreementsStep) ShortHelp() []key.Binding {
	if a.sub != nil {
		return a.sub.ShortHelp()
	}
	if a.form != nil {
		return a.form.ShortHelp()
	}
	if len(a.sess.Agreements) == 0 {
		return []key.Binding{a.keys.Add, a.keys.Meeting, a.keys.Plan}
	}
	return []key.Binding{a.keys.Edit, a.keys.Add, a.keys.Review, a.keys.Remove, a.keys.Meeting, a.keys.Plan}
}

func (a *agreementsStep) FullHelp() [][]key.Binding {
	if a.sub != nil {
		return a.sub.FullHelp()
	}
	if a.form != nil {
		return a.formHelp()
	}
	return [][]key.Binding{
		{a.keys.Up, a.keys.Down},
		{a.keys.Edit, a.keys.Add, a.keys.Review, a.keys.Remove},
		{a.keys.Meeting, a.keys.Plan},
	}
}
