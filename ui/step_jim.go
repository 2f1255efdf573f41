package ui

import (
	"errors"
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"kring/model"
)

// jimStep is step 4: per youth, the people the youth names as JIM (Jouw
// Ingebrachte Mentor) with their status, the youth's own words and the
// criteria, and, clearly second, the people kring suggests. The youth
// chooses; the rules of model/jim_rules.go refuse only what may never be
// (a parent as JIM, an active JIM without safety checked, two active
// JIMs, statuses out of order).
type jimStep struct {
	page
	youth  int // index into sess.Youths
	cursor int
	keys   jimKeys
}

type jimKeys struct {
	Up, Down, Youth, Next key.Binding
	Open, Add, Status     key.Binding
	Remove                key.Binding
}

// newJimStep builds step 4, the JIM candidates and the youth's choice.
func newJimStep(c *Common, sess *model.Session) *jimStep {
	j := &jimStep{page: newPage(c, sess)}
	j.keys = jimKeys{
		Youth:  key.NewBinding(key.WithKeys("left", "["), key.WithHelp("←/→", c.T("jim.key.youth"))),
		Next:   key.NewBinding(key.WithKeys("right", "]")),
		Add:    keyFor(c, "a", "jim.key.add"),
		Status: keyFor(c, "s", "jim.key.status"),
		Remove: keyFor(c, "x", "key.remove"),
	}
	j.keys.Up, j.keys.Down, j.keys.Open = listKeys(c, "jim.key.open")
	return j
}

// jimRow is one selectable line: a candidacy or a suggested person.
type jimRow struct{ candidate, person string }

func (j *jimStep) currentYouth() *model.Youth {
	if len(j.sess.Youths) == 0 {
		return nil
	}
	j.youth = max(min(j.youth, len(j.sess.Youths)-1), 0)
	return &j.sess.Youths[j.youth]
}

// candidates returns the youth's candidacies: the active JIM first, then
// those still in play, then the stopped ones, each in the order added.
func (j *jimStep) candidates(youthID string) []*model.JimCandidate {
	cs := j.sess.JimCandidatesOf(youthID)
	rank := func(c *model.JimCandidate) int {
		switch c.Status {
		case model.JimActive:
			return 0
		case model.JimStopped:
			return 2
		}
		return 1
	}
	slices.SortStableFunc(cs, func(a, b *model.JimCandidate) int { return rank(a) - rank(b) })
	return cs
}

func (j *jimStep) rows() []jimRow {
	y := j.currentYouth()
	if y == nil {
		return nil
	}
	var rows []jimRow
	for _, c := range j.candidates(y.ID) {
		rows = append(rows, jimRow{candidate: c.ID})
	}
	for _, id := range j.sess.JimSuggestions(y.ID) {
		rows = append(rows, jimRow{person: id})
	}
	return rows
}

// selected returns the row under the cursor, clamping the cursor.
func (j *jimStep) selected() (jimRow, bool) {
	return pick(j.rows(), &j.cursor)
}

func (j *jimStep) Update(msg tea.Msg) reply { return j.handle(msg, j.onKey) }

// onKey handles a key while no form is open.
func (j *jimStep) onKey(kp tea.KeyPressMsg) reply {
	y := j.currentYouth()
	if y == nil {
		return reply{}
	}
	row, has := j.selected()
	switch {
	case moveCursor(kp, j.keys.Up, j.keys.Down, &j.cursor, len(j.rows())):
	case key.Matches(kp, j.keys.Youth), key.Matches(kp, j.keys.Next):
		step := 1
		if key.Matches(kp, j.keys.Youth) {
			step = len(j.sess.Youths) - 1
		}
		j.youth = (j.youth + step) % len(j.sess.Youths)
		j.cursor = 0
	case key.Matches(kp, j.keys.Add) && len(j.sess.People) == 0:
		return show(newNotice(j.c, j.c.T("jim.notice.nobody")))
	case key.Matches(kp, j.keys.Add):
		j.openAdd(y.ID, "")
	case !has:
	case key.Matches(kp, j.keys.Open):
		if row.person != "" {
			j.openAdd(y.ID, row.person)
		} else {
			j.openEdit(j.sess.JimCandidate(row.candidate))
		}
	case key.Matches(kp, j.keys.Status) && row.candidate != "":
		return j.openStatus(j.sess.JimCandidate(row.candidate))
	case key.Matches(kp, j.keys.Remove) && row.candidate != "":
		cand := j.sess.JimCandidate(row.candidate)
		text := j.c.T("jim.confirm_remove", j.personName(cand.PersonID), j.c.Name(y.Name))
		id := cand.ID
		return show(newConfirm(j.c, text, func() reply {
			if j.sess.RemoveJimCandidate(id) {
				return edited()
			}
			return reply{}
		}))
	}
	return reply{}
}

func (j *jimStep) personName(id string) string {
	if p := j.sess.Person(id); p != nil {
		return j.c.Person(p)
	}
	return "?"
}

// openAdd opens the form that adds a candidate for the youth: anyone on
// the map (person ""), or the suggested person.
func (j *jimStep) openAdd(youthID, personID string) {
	f := jimAddForm(j.c, j.sess, youthID, personID)
	j.open(f.onSubmit(func() reply {
		y := j.currentYouth()
		if y == nil {
			f.refuse("", "")
			return reply{}
		}
		cid, ok := addJimFromForm(j.c, j.sess, f, y.ID, personID)
		if !ok {
			return reply{}
		}
		j.selectCandidate(cid)
		return edited()
	}))
}

// openEdit opens the youth's words and every criterion with its note.
func (j *jimStep) openEdit(cand *model.JimCandidate) {
	if cand == nil {
		return
	}
	y := j.sess.Youth(cand.YouthID)
	f := newForm(j.c, j.c.T("jim.form.edit_title", j.personName(cand.PersonID), j.c.Name(y.Name)))
	f.personalTitle = true
	f.notes("why", j.c.T("jim.field.why"), cand.Why)
	f.fields[0].input.Placeholder = j.c.T("jim.field.why_placeholder")
	// The criteria first, one under the other, and their notes after
	// them: answering the criteria at the table is a letter and a tab
	// each, not a tab over an empty note between every two.
	answers := codeOptions(j.c, "answer.", model.Answers)
	for _, cr := range model.Criteria {
		f.choice("crit."+string(cr), j.c.T("jim.criterion."+string(cr)), answers, string(cand.Answer(cr).Value))
	}
	for _, cr := range model.Criteria {
		f.notes("note."+string(cr), j.c.T("jim.field.note_of", j.c.T("jim.criterion_short."+string(cr))), cand.Answer(cr).Note)
	}
	focusOpenCriterion(f, cand)
	id := cand.ID
	j.open(f.onSubmit(func() reply {
		cand := j.sess.JimCandidate(id)
		if cand == nil {
			return edited()
		}
		answers := map[model.Criterion]model.CriterionAnswer{}
		for _, cr := range model.Criteria {
			a := model.CriterionAnswer{Value: model.Answer(f.value("crit." + string(cr))), Note: f.value("note." + string(cr))}
			// Only what the form changed, so that a criterion never
			// asked is not recorded as asked.
			if a != cand.Answer(cr) {
				answers[cr] = a
			}
		}
		cr, err := j.sess.EditJimCandidate(id, f.value("why"), answers)
		if err != nil {
			field := "why"
			if cr != "" {
				field = "crit." + string(cr)
			}
			refuseJim(f, field, err)
			return reply{}
		}
		return edited()
	}))
}

// openStatus opens the status form, set to the status that comes next.
// A stopped candidacy has no next status: a notice says so.
func (j *jimStep) openStatus(cand *model.JimCandidate) reply {
	if cand == nil {
		return reply{}
	}
	if cand.Status == model.JimStopped {
		return show(newNotice(j.c, j.c.T("jim.notice.stopped", j.personName(cand.PersonID))))
	}
	f := newForm(j.c, j.c.T("jim.form.status_title", j.personName(cand.PersonID), j.c.T("jim.status."+string(cand.Status)), string(today(j.c))))
	f.personalTitle = true
	f.choice("status", j.c.T("jim.field.status"), jimStatusOptions(j.c, cand.Status), string(model.NextJimStatus(cand.Status))).
		notes("note", j.c.T("jim.field.status_note"), "")
	id := cand.ID
	j.open(f.onSubmit(func() reply {
		err := j.sess.SetJimStatus(id, model.JimStatus(f.value("status")), today(j.c), f.value("note"))
		switch {
		case errors.Is(err, model.ErrJimStopReason):
			refuseJim(f, "note", err)
			return reply{}
		case err != nil:
			refuseJim(f, "status", err)
			return reply{}
		}
		j.selectCandidate(id)
		return edited()
	}))
	return reply{}
}

// jimStatusOptions are the statuses a candidacy in st can move to, and
// no other: the form never offers what the rules then refuse.
func jimStatusOptions(c *Common, st model.JimStatus) []option {
	var out []option
	for _, s := range model.ReachableJimStatuses(st) {
		out = append(out, option{string(s), c.T("jim.status." + string(s))})
	}
	return out
}

// selectCandidate puts the cursor on a candidacy (which may have moved,
// as the active JIM comes first).
func (j *jimStep) selectCandidate(id string) {
	for i, r := range j.rows() {
		if r.candidate == id {
			j.cursor = i
		}
	}
}

// View draws the youth, the intro, the active JIM, the candidates and
// the suggestions; on a wide window the selected line's details stand in
// a column on the right.
func (j *jimStep) View() string { return j.view(j.draw) }

// draw draws the step's own page, when no form is open over it.
func (j *jimStep) draw() string {
	st := j.c.Styles
	y := j.currentYouth()
	if y == nil {
		w := max(min(j.width-2, 72), 10)
		return strings.Join(append([]string{"", st.Heading.Render(j.c.T("step.4.title")), ""}, wrap(j.c.T("jim.no_youths"), w)...), "\n")
	}
	row, has := j.selected()
	w := j.width
	side := j.width >= 110
	pw := 0
	if side {
		pw = 44
		if j.width >= 170 {
			pw = 60
		}
		w = j.width - pw - 2
	}
	lines, at := j.listLines(y, w)
	// The title, which youth this is, stays; the rest scrolls.
	list := strings.Join(append(lines[:1:1], scrollTo(lines[1:], at-1, j.height-1)...), "\n")
	if !side {
		return list
	}
	var panel []string
	if has {
		panel = j.panel(row, pw)
	}
	return joinColumns(list, strings.Join(panel, "\n"), w+1, pw)
}

// listLines are the lines of the list, and the line of the cursor.
func (j *jimStep) listLines(y *model.Youth, w int) ([]string, int) {
	st, c := j.c.Styles, j.c
	title := c.T("jim.youth_title", c.Name(y.Name))
	if n := len(j.sess.Youths); n > 1 {
		title += st.Subtle.Render("  " + c.T("jim.youth_of", j.youth+1, n))
	}
	lines := []string{st.Title.Render(clip(title, w))}
	for _, l := range wrap(c.T("jim.intro"), w) {
		lines = append(lines, st.Subtle.Render(l))
	}
	if a := j.sess.ActiveJim(y.ID); a != nil {
		text := c.T("jim.active", j.personName(a.PersonID))
		if d := a.Since(); d != "" {
			text = c.T("jim.active_since", j.personName(a.PersonID), string(d))
		}
		lines = append(lines, st.OK.Render(clip("★ "+text, w)))
	} else {
		lines = append(lines, clip(c.T("jim.no_active"), w))
	}
	// The JIM rules a file can break that the screens refuse (an imported
	// or older session): said here until the coach fixes them.
	for _, wr := range j.sess.JimRuleWarnings() {
		if wr.YouthID != y.ID {
			continue
		}
		name := c.Name(y.Name)
		if wr.PersonID != "" {
			name = j.personName(wr.PersonID)
		}
		for _, l := range wrap("⚠ "+c.T("jimrule."+string(wr.Code), name), w) {
			lines = append(lines, st.Error.Render(l))
		}
	}
	lines = append(lines, "", st.Heading.Render(clip(c.T("jim.candidates"), w)))
	at, i := 0, 0
	mark := func(text string, subtle bool) string {
		if i == j.cursor {
			at = len(lines)
			return st.Cursor.Render("› ") + st.Selected.Render(clip(text, w-2))
		}
		if subtle {
			return "  " + st.Subtle.Render(clip(text, w-2))
		}
		return "  " + clip(text, w-2)
	}
	cands := j.candidates(y.ID)
	if len(cands) == 0 {
		for _, l := range wrap(c.T("jim.no_candidates"), w-2) {
			lines = append(lines, "  "+st.Subtle.Render(l))
		}
	}
	for _, cand := range cands {
		lines = append(lines, mark(j.candidateLine(cand), cand.Status == model.JimStopped))
		lines = append(lines, j.candidateDetails(cand, w)...)
		i++
	}
	lines = append(lines, "", st.Heading.Render(clip(c.T("jim.suggested"), w)))
	sugg := j.sess.JimSuggestions(y.ID)
	if len(sugg) == 0 {
		lines = append(lines, "  "+st.Subtle.Render(clip(c.T("jim.suggested_none"), w-2)))
	}
	for _, id := range sugg {
		p := j.sess.Person(id)
		parts := []string{c.Person(p)}
		if p.Role != "" && !c.Privacy {
			parts = append(parts, p.Role)
		}
		parts = append(parts, c.T("sector."+string(p.Sector)), c.T("map.ring_n", int(p.Ring)))
		lines = append(lines, mark(strings.Join(parts, " · "), true))
		i++
	}
	return lines, at
}

// candidateLine is the first line of a candidacy: mark, name, role and
// the status with its date.
func (j *jimStep) candidateLine(cand *model.JimCandidate) string {
	c := j.c
	parts := []string{mark(candidateMarks, cand.Status, "☆") + " " + j.personName(cand.PersonID)}
	if p := j.sess.Person(cand.PersonID); p != nil && p.Role != "" && !c.Privacy {
		parts = append(parts, p.Role)
	}
	status := c.T("jim.status." + string(cand.Status))
	if d := cand.Since(); d != "" {
		status = c.T("jim.status_since", status, string(d))
	}
	return strings.Join(append(parts, status), " · ")
}

// candidateDetails are the lines under a candidacy: the youth's words,
// then what is still open or the reason it stopped, and an open safety
// concern on a line of its own.
func (j *jimStep) candidateDetails(cand *model.JimCandidate, w int) []string {
	st, c := j.c.Styles, j.c
	ind := "    "
	iw := w - len(ind)
	var out []string
	if cand.Why != "" {
		out = append(out, ind+clip(c.T("jim.why_quoted", c.Note(flat(cand.Why))), iw))
	} else if cand.Status != model.JimStopped {
		out = append(out, ind+st.Subtle.Render(clip(c.T("jim.why_missing"), iw)))
	}
	if cand.Status == model.JimStopped {
		if cand.StopReason != "" {
			out = append(out, ind+st.Subtle.Render(clip(c.T("jim.stopped_because", c.Note(flat(cand.StopReason))), iw)))
		}
		return out
	}
	var no, open []string
	for _, cr := range j.sess.JimWarnings(cand) {
		name := c.T("jim.criterion_short." + string(cr))
		if j.sess.JimAnswer(cand, cr).Value == model.AnswerNo {
			no = append(no, name)
		} else {
			open = append(open, name)
		}
	}
	var parts []string
	if len(no) > 0 {
		parts = append(parts, c.T("jim.no", strings.Join(no, ", ")))
	}
	if len(open) > 0 {
		parts = append(parts, c.T("jim.open", strings.Join(open, ", ")))
	}
	switch {
	case len(parts) == 0:
		out = append(out, ind+st.OK.Render(clip("✓ "+c.T("jim.all_yes"), iw)))
	case len(no) > 0:
		out = append(out, ind+st.Warning.Render(clip(strings.Join(parts, " · "), iw)))
	default:
		out = append(out, ind+clip(strings.Join(parts, " · "), iw))
	}
	if a := cand.Answer(model.CriterionSafety); a.Value == model.AnswerNo {
		text := c.T("jim.safety_concern")
		if a.Note != "" {
			text += " " + c.Note(flat(a.Note))
		}
		out = append(out, ind+st.Error.Render(clip(text, iw)))
	}
	return out
}

// panel describes the selected line in the column on the right: a
// candidacy's criteria with their notes and its history, or a suggested
// person.
func (j *jimStep) panel(row jimRow, w int) []string {
	st, c := j.c.Styles, j.c
	if row.person != "" {
		p := j.sess.Person(row.person)
		lines := []string{st.Heading.Render(clip(c.Person(p), w))}
		if p.Role != "" && !c.Privacy {
			lines = append(lines, clip(p.Role, w))
		}
		lines = append(lines,
			clip(c.T("sector."+string(p.Sector))+" · "+c.T("map.ring_n", int(p.Ring)), w),
			clip(c.T("willing."+string(p.Willing)), w), "")
		for _, l := range wrap(c.T("jim.suggestion_hint"), w) {
			lines = append(lines, st.Subtle.Render(l))
		}
		return lines
	}
	cand := j.sess.JimCandidate(row.candidate)
	if cand == nil {
		return nil
	}
	lines := []string{st.Heading.Render(clip(j.personName(cand.PersonID), w))}
	if p := j.sess.Person(cand.PersonID); p != nil && p.Role != "" && !c.Privacy {
		lines = append(lines, clip(p.Role, w))
	}
	if cand.Why != "" {
		for _, l := range wrap(c.T("jim.why_quoted", c.Note(flat(cand.Why))), w) {
			lines = append(lines, l)
		}
	}
	lines = append(lines, "", st.Heading.Render(clip(c.T("jim.criteria"), w)))
	for _, cr := range model.Criteria {
		// As the facts allow: never met where the person's record says otherwise.
		a := j.sess.JimAnswer(cand, cr)
		text := mark(answerMarks, a.Value, "?") + " " + c.T("jim.criterion."+string(cr))
		switch {
		case a.Value == model.AnswerNo && cr == model.CriterionSafety:
			lines = append(lines, st.Error.Render(clip(text, w)))
		case a.Value == model.AnswerNo:
			lines = append(lines, st.Warning.Render(clip(text, w)))
		default:
			lines = append(lines, clip(text, w))
		}
		if a.Note != "" {
			lines = append(lines, st.Subtle.Render(clip("  "+c.Note(flat(a.Note)), w)))
		}
	}
	lines = append(lines, "", st.Heading.Render(clip(c.T("jim.history"), w)))
	for _, h := range cand.History {
		text := string(h.Date) + " " + c.T("jim.status."+string(h.Status))
		if h.Note != "" {
			text += ": " + c.Note(flat(h.Note))
		}
		lines = append(lines, clip(text, w))
	}
	return lines
}

func (j *jimStep) ShortHelp() []key.Binding {
	if j.form != nil {
		return j.form.ShortHelp()
	}
	if len(j.sess.Youths) == 0 {
		return nil
	}
	keys := []key.Binding{j.keys.Open, j.keys.Add, j.keys.Status, j.keys.Remove}
	if len(j.sess.Youths) > 1 {
		keys = append(keys, j.keys.Youth)
	}
	return keys
}

func (j *jimStep) FullHelp() [][]key.Binding {
	if j.form != nil {
		return j.formHelp()
	}
	return [][]key.Binding{
		{j.keys.Up, j.keys.Down, j.keys.Youth},
		{j.keys.Open, j.keys.Add, j.keys.Status, j.keys.Remove},
	}
}
