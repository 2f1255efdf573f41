package ui

import (
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"kring/model"
)

// planPage is the family group plan, a page of step 5 opened with p:
// goals in the family's words, under each who does what by when (a
// person from the map, and if it carries one, a step 5 agreement), the
// rest of the plan in one form (the JIM's part, safety, when and how it
// is looked at again, the ask of the municipality), the signatures of
// the parents and of youths from 12, and the family's choice not to make
// a plan. The people with tasks are the Actieteam, shown under the list.
type planPage struct {
	page
	cursor int
	keys   planKeys
}

type planKeys struct {
	Up, Down, Edit         key.Binding
	Goal, Task, Parts      key.Binding
	Sign, Declined, Remove key.Binding
	Back                   key.Binding
}

func newPlanPage(c *Common, sess *model.Session) *planPage {
	p := &planPage{page: newPage(c, sess)}
	p.keys = planKeys{
		Goal:     keyFor(c, "g", "plan.key.goal"),
		Task:     keyFor(c, "t", "plan.key.task"),
		Parts:    keyFor(c, "i", "plan.key.parts"),
		Sign:     keyFor(c, "s", "plan.key.sign"),
		Declined: keyFor(c, "n", "plan.key.declined"),
		Remove:   keyFor(c, "x", "key.remove"),
		Back:     key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", c.T("plan.key.back"))),
	}
	p.keys.Up, p.keys.Down, p.keys.Edit = listKeys(c, "key.edit")
	return p
}

// planRow is one selectable line: a goal (task < 0) or one of its tasks.
type planRow struct{ goal, task int }

func (p *planPage) rows() []planRow {
	var rows []planRow
	for gi, g := range p.sess.Plan.Goals {
		rows = append(rows, planRow{gi, -1})
		for ti := range g.Tasks {
			rows = append(rows, planRow{gi, ti})
		}
	}
	return rows
}

func (p *planPage) selectRow(goal, task int) {
	for i, r := range p.rows() {
		if r.goal == goal && r.task == task {
			p.cursor = i
		}
	}
}

func (p *planPage) Update(msg tea.Msg) reply { return p.handle(msg, p.onKey) }

func (p *planPage) onKey(kp tea.KeyPressMsg) reply {
	row, has := pick(p.rows(), &p.cursor)
	switch {
	case moveCursor(kp, p.keys.Up, p.keys.Down, &p.cursor, len(p.rows())):
	case key.Matches(kp, p.keys.Goal):
		p.openGoal("")
	case key.Matches(kp, p.keys.Parts):
		p.openParts()
	case key.Matches(kp, p.keys.Sign):
		return p.openSign()
	case key.Matches(kp, p.keys.Declined):
		p.openDeclined()
	case key.Matches(kp, p.keys.Task):
		if !has {
			return show(newNotice(p.c, p.c.T("plan.need_goal")))
		}
		p.openTask(p.sess.Plan.Goals[row.goal].ID, "")
	case !has:
	case key.Matches(kp, p.keys.Edit):
		g := &p.sess.Plan.Goals[row.goal]
		if row.task < 0 {
			p.openGoal(g.ID)
		} else {
			p.openTask(g.ID, g.Tasks[row.task].ID)
		}
	case key.Matches(kp, p.keys.Remove):
		return p.confirmRemove(row)
	}
	return reply{}
}

func (p *planPage) confirmRemove(row planRow) reply {
	c := p.c
	g := p.sess.Plan.Goals[row.goal]
	if row.task < 0 {
		return show(newConfirm(c, c.T("plan.confirm_goal", clip(c.Note(flat(g.Words)), 48)), func() reply {
			if !p.sess.RemoveGoal(g.ID) {
				return reply{}
			}
			pick(p.rows(), &p.cursor)
			return edited()
		}))
	}
	t := g.Tasks[row.task]
	return show(newConfirm(c, c.T("plan.confirm_task", clip(c.Note(t.What), 48)), func() reply {
		if !p.sess.RemoveTask(t.ID) {
			return reply{}
		}
		pick(p.rows(), &p.cursor)
		return edited()
	}))
}

// openGoal opens the form for a new goal (id "") or an existing one.
func (p *planPage) openGoal(id string) {
	c := p.c
	words, title := "", c.T("plan.form_goal_new")
	if g := p.sess.Goal(id); g != nil {
		words, title = g.Words, c.T("plan.form_goal_edit")
	}
	f := newForm(c, title)
	f.addText("words", c.T("plan.field.words"), words, true, fieldNotes, model.MaxTextLen)
	f.fields[len(f.fields)-1].input.Placeholder = c.T("plan.field.words_hint")
	p.open(f.onSubmit(func() reply {
		if g := p.sess.Goal(id); g != nil {
			g.Words = f.value("words")
			return edited()
		}
		if _, err := p.sess.AddGoal(f.value("words")); err != nil {
			return reply{}
		}
		p.selectRow(len(p.sess.Plan.Goals)-1, -1)
		return edited()
	}))
}

// openTask opens the form for a new task under a goal (taskID "") or an
// existing one: who from the map (or the family as a whole), what, by
// when, and the step 5 agreement it carries out, if any.
func (p *planPage) openTask(goalID, taskID string) {
	c, s := p.c, p.sess
	g := s.Goal(goalID)
	if g == nil {
		return
	}
	cur := model.PlanTask{}
	title := c.T("plan.form_task_new", clip(c.Note(flat(g.Words)), 40))
	for _, t := range g.Tasks {
		if t.ID == taskID {
			cur, title = t, c.T("plan.form_task_edit", clip(c.Note(flat(g.Words)), 40))
		}
	}
	people := []option{{"", c.T("plan.family")}}
	for i := range s.People {
		if q := &s.People[i]; !q.Deceased || q.ID == cur.PersonID {
			people = append(people, option{q.ID, personWithRole(c, q)})
		}
	}
	agreements := []option{{"", c.T("plan.none")}}
	for i, a := range s.Agreements {
		agreements = append(agreements, option{a.ID, strconv.Itoa(i+1) + ". " + clip(c.Note(flat(a.What)), 40)})
	}
	f := newForm(c, title)
	f.personalTitle = true
	f.choice("who", c.T("plan.field.who"), people, cur.PersonID).personal()
	f.text("what", c.T("plan.field.what"), cur.What, true)
	f.text("due", c.T("plan.field.due"), string(cur.Due), false).validate(checkPlanDate(s))
	f.fields[len(f.fields)-1].input.Placeholder = c.T("field.date_placeholder")
	if len(s.Agreements) > 0 {
		f.choice("agreement", c.T("plan.field.agreement"), agreements, cur.AgreementID)
	}
	p.open(f.onSubmit(func() reply {
		t := model.PlanTask{ID: taskID, PersonID: f.value("who"), What: f.value("what"), Due: model.Date(f.value("due")), AgreementID: f.value("agreement")}
		if taskID != "" {
			if err := s.UpdateTask(t); err != nil {
				return reply{}
			}
			return edited()
		}
		if _, err := s.AddTask(goalID, t); err != nil {
			return reply{}
		}
		for gi := range s.Plan.Goals {
			if s.Plan.Goals[gi].ID == goalID {
				p.selectRow(gi, len(s.Plan.Goals[gi].Tasks)-1)
			}
		}
		return edited()
	}))
}

// openParts edits the rest of the plan in one form.
func (p *planPage) openParts() {
	c, pl := p.c, &p.sess.Plan
	f := newForm(c, c.T("plan.form_parts"))
	f.notes("jim", c.T("plan.field.jim"), pl.JimPart)
	f.notes("safety", c.T("plan.field.safety"), pl.Safety)
	f.text("review_date", c.T("plan.field.review_date"), string(pl.ReviewDate), false).validate(checkPlanDate(p.sess))
	f.fields[len(f.fields)-1].input.Placeholder = c.T("field.date_placeholder")
	f.notes("review_how", c.T("plan.field.review_how"), pl.ReviewHow)
	f.notes("ask", c.T("plan.field.ask"), pl.AskMunicipality)
	p.open(f.onSubmit(func() reply {
		pl.JimPart, pl.Safety, pl.ReviewHow, pl.AskMunicipality = f.value("jim"), f.value("safety"), f.value("review_how"), f.value("ask")
		pl.ReviewDate = model.Date(f.value("review_date"))
		return edited()
	}))
}

// signers are who can sign now: the parents at home and youths from 12.
func (p *planPage) signers() []option {
	var out []option
	for _, id := range p.sess.Signers(p.c.Now().In(p.c.Loc).Year()) {
		out = append(out, option{id, p.memberName(id)})
	}
	return out
}

func (p *planPage) memberName(id string) string {
	if q := p.sess.Person(id); q != nil {
		return personWithRole(p.c, q)
	}
	if y := p.sess.Youth(id); y != nil {
		return p.c.Name(y.Name)
	}
	return "?"
}

// openSign records a signature: who, and the date (today to start).
func (p *planPage) openSign() reply {
	c := p.c
	opts := p.signers()
	if len(opts) == 0 {
		return show(newNotice(c, c.T("plan.no_signers")))
	}
	f := newForm(c, c.T("plan.form_sign"))
	f.choice("who", c.T("plan.field.signer"), opts, "").personal()
	f.text("date", c.T("plan.field.date"), string(today(c)), true).validate(checkSignDate(c))
	p.open(f.onSubmit(func() reply {
		if err := p.sess.Sign(f.value("who"), model.Date(f.value("date"))); err != nil {
			return reply{}
		}
		return edited()
	}))
	return reply{}
}

// openDeclined records that the family chose not to make a plan, and why.
func (p *planPage) openDeclined() {
	c, pl := p.c, &p.sess.Plan
	f := newForm(c, c.T("plan.form_declined"))
	opts := []option{{"no", c.T("plan.opt.no")}, {"yes", c.T("plan.opt.yes")}}
	f.choice("declined", c.T("plan.field.declined"), opts, boolCode(pl.Declined))
	f.notes("reason", c.T("plan.field.reason"), pl.DeclinedReason)
	p.open(f.onSubmit(func() reply {
		pl.Declined, pl.DeclinedReason = f.value("declined") == "yes", f.value("reason")
		return edited()
	}))
}

func (p *planPage) View() string { return p.view(p.draw) }

// draw shows the state, the goals with their tasks, the Actieteam, the
// rest of the plan and who signed.
func (p *planPage) draw() string {
	c, st, s := p.c, p.c.Styles, p.sess
	w := max(p.width, 20)
	lines := []string{st.Heading.Render(clip(c.T("plan.title"), w)) + "  " +
		st.Subtle.Render(c.T("plan.state", c.T("plan."+planCode(s.PlanState()))))}
	lines = append(lines, wrap(c.T("plan.intro"), w)...)
	if s.Plan.Declined {
		lines = append(lines, st.Warning.Render(clip(c.T("plan.declined_line"), w)))
		if r := strings.TrimSpace(s.Plan.DeclinedReason); r != "" {
			lines = append(lines, wrap(c.Note(r), w)...)
		}
	}
	lines = append(lines, "")
	tail := p.tailLines(w)
	room := max(p.height-len(lines)-len(tail)-1, 2)
	var rows []string
	for i, r := range p.rows() {
		g := &s.Plan.Goals[r.goal]
		var text string
		if r.task < 0 {
			text = c.T("plan.goal", r.goal+1, flat(c.Note(g.Words)))
		} else {
			text = "   " + p.taskLine(&g.Tasks[r.task])
		}
		if i == p.cursor {
			rows = append(rows, st.Selected.Render(clip("> "+text, w)))
		} else if r.task < 0 {
			rows = append(rows, st.Label.Render(clip("  "+text, w)))
		} else {
			rows = append(rows, clip("  "+text, w))
		}
	}
	if len(rows) == 0 {
		rows = wrap(c.T("plan.no_goals"), w)
	}
	lines = append(lines, scrollTo(rows, p.cursor, room)...)
	return strings.Join(append(append(lines, ""), tail...), "\n")
}

// planCode is the catalogue code of a plan state ("unknown" for none).
func planCode(st model.PlanOffer) string {
	if st == model.PlanNotOffered {
		return "unknown"
	}
	return string(st)
}

// taskLine is "who: what · by when · agreement".
func (p *planPage) taskLine(t *model.PlanTask) string {
	c := p.c
	who := c.T("plan.family")
	if q := p.sess.Person(t.PersonID); q != nil {
		who = c.Person(q)
	}
	out := who + ": " + c.Note(t.What)
	if t.Due != "" {
		out += " · " + c.T("plan.due", string(t.Due))
	}
	for i, a := range p.sess.Agreements {
		if a.ID == t.AgreementID && t.AgreementID != "" {
			out += " · " + c.T("plan.agreement", strconv.Itoa(i+1))
		}
	}
	return out
}

// tailLines are the Actieteam, the rest of the plan and the signatures.
func (p *planPage) tailLines(w int) []string {
	c, st, s := p.c, p.c.Styles, p.sess
	var team []string
	for _, id := range s.Actieteam() {
		if q := s.Person(id); q != nil {
			team = append(team, c.Person(q))
		}
	}
	teamText := c.T("plan.nobody")
	if len(team) > 0 {
		teamText = strings.Join(team, ", ")
	}
	lines := []string{clip(c.T("plan.actieteam", teamText), w)}
	part := func(label, v string) {
		if strings.TrimSpace(v) == "" {
			v = st.Subtle.Render(c.T("plan.empty_field"))
		} else {
			v = flat(c.Note(v))
		}
		lines = append(lines, clip(st.Label.Render(label+": ")+v, w))
	}
	part(c.T("plan.jim"), s.Plan.JimPart)
	part(c.T("plan.safety"), s.Plan.Safety)
	review := strings.TrimSpace(strings.Join([]string{string(s.Plan.ReviewDate), s.Plan.ReviewHow}, " "))
	part(c.T("plan.review"), review)
	part(c.T("plan.ask"), s.Plan.AskMunicipality)
	var signed []string
	for _, id := range s.Signers(c.Now().In(c.Loc).Year()) {
		if d := s.Plan.Signed(id); d != "" {
			signed = append(signed, c.T("plan.signed_on", p.memberName(id), string(d)))
		} else {
			signed = append(signed, c.T("plan.not_signed", p.memberName(id)))
		}
	}
	if len(signed) > 0 {
		lines = append(lines, clip(st.Label.Render(c.T("plan.signed")+": ")+strings.Join(signed, " · "), w))
	}
	return lines
}

func (p *planPage) ShortHelp() []key.Binding {
	if p.form != nil {
		return p.form.ShortHelp()
	}
	if len(p.sess.Plan.Goals) == 0 {
		return []key.Binding{p.keys.Goal, p.keys.Parts, p.keys.Declined, p.keys.Back}
	}
	return []key.Binding{p.keys.Goal, p.keys.Task, p.keys.Edit, p.keys.Parts, p.keys.Sign, p.keys.Back}
}

func (p *planPage) FullHelp() [][]key.Binding {
	if p.form != nil {
		return p.formHelp()
	}
	return [][]key.Binding{
		{p.keys.Up, p.keys.Down, p.keys.Edit, p.keys.Remove},
		{p.keys.Goal, p.keys.Task, p.keys.Parts},
		{p.keys.Sign, p.keys.Declined, p.keys.Back},
	}
}
