package ui

import (
	"strings"

	"charm.land/lipgloss/v2"

	"kring/model"
)

// agreePanelWidth is the width of the column with the selected
// agreement's details, or 0 when the window is too narrow for it.
func (a *agreementsStep) agreePanelWidth() int {
	switch {
	case a.width >= 170:
		return 60
	case a.width >= 110:
		return 44
	}
	return 0
}

// View draws the title, the participation summary and any flag over the
// whole width, then the agreements with their reviews; on a wide window
// the selected agreement's details stand in a column on the right.
func (a *agreementsStep) View() string {
	if a.sub != nil {
		return a.sub.View()
	}
	return a.view(a.draw)
}

// draw draws the step's own page, when no form is open over it.
func (a *agreementsStep) draw() string {
	c, st := a.c, a.c.Styles
	w := max(a.width, 10)
	head := []string{st.Heading.Render(clip(c.T("agree.title"), w))}
	if line, ok := a.sonestraLine(); ok {
		head = append(head, clip(line, w))
	}
	if len(a.sess.Agreements) == 0 {
		head = append(head, "")
		head = append(head, wrap(c.T("agree.empty"), max(min(w-2, 72), 10))...)
		return strings.Join(head, "\n")
	}
	p := a.sess.Participation()
	head = append(head, wrap(a.summaryText(p), w)...)
	var flag []string
	if a.coachView() {
		flag = a.flagLines(p, w)
	}
	// The flag and what it means stay whole, on a low window too: the
	// list gives way first.
	head = append(head, flag...)
	head = append(head, "")
	room := max(a.height-len(head), 1)

	row, _ := a.selected()
	pw := a.agreePanelWidth()
	lw := w
	if pw > 0 {
		lw = w - pw - 2
	}
	lines, at, top := a.listLines(lw)
	list := strings.Join(agreeScroll(lines, at, top, room), "\n")
	if pw > 0 {
		panel, focus := a.panel(row, pw)
		panel = scrollTo(panel, focus, room)
		list = joinColumns(list, strings.Join(panel, "\n"), lw+1, pw)
	}
	return strings.Join(head, "\n") + "\n" + list
}

// summaryText counts the agreements and how the reviews went.
func (a *agreementsStep) summaryText(p model.Participation) string {
	c := a.c
	count := c.T("agree.count_many", p.Agreements)
	if p.Agreements == 1 {
		count = c.T("agree.count_one")
	}
	switch p.Reviews {
	case 0:
		return count + " · " + c.T("agree.reviews_none")
	case 1:
		count += " · " + c.T("agree.reviews_one")
	default:
		count += " · " + c.T("agree.reviews_many", p.Reviews)
	}
	return count + ": " + c.T("agree.outcomes", p.Kept, p.Partly, p.NotKept)
}

// flagLines say, for the coach, that agreements were not kept at two
// reviews in a row, and that kring never scales help down by itself.
func (a *agreementsStep) flagLines(p model.Participation, w int) []string {
	if len(p.Flagged) == 0 {
		return nil
	}
	c, st := a.c, a.c.Styles
	text := c.T("agree.flag_many", len(p.Flagged))
	if len(p.Flagged) == 1 {
		text = c.T("agree.flag_one")
	}
	var out []string
	for i, l := range wrap(text, w-2) {
		prefix := "⚑ "
		if i > 0 {
			prefix = "  "
		}
		out = append(out, st.Warning.Bold(true).Render(prefix+l))
	}
	for _, l := range wrap(c.T("agree.flag_rule"), w-2) {
		out = append(out, "  "+l)
	}
	return out
}

// whoText is who carries out an agreement: the person with their party,
// or the party alone.
func (a *agreementsStep) whoText(ag *model.Agreement) string {
	c := a.c
	if p := a.sess.Person(ag.PersonID); p != nil && ag.PersonID != "" {
		return c.Person(p) + " · " + c.T("agree.party_short."+agreeParty(ag.Who))
	}
	return c.T("agree.party." + agreeParty(ag.Who))
}

// agreeParty is the code of a party for the catalogue; an unknown one,
// from a file made elsewhere, is shown as the family's.
func agreeParty(p model.Party) string {
	if !p.Valid() {
		return string(model.PartyFamily)
	}
	return string(p)
}

func (a *agreementsStep) dueText(ag *model.Agreement) string {
	if ag.Due == "" {
		return a.c.T("agree.no_due")
	}
	return a.c.T("agree.due", string(ag.Due))
}

// overdue reports an agreement whose date has passed without a review.
func (a *agreementsStep) overdue(ag *model.Agreement) bool {
	due, ok := ag.Due.Time()
	if !ok || len(ag.Reviews) > 0 {
		return false
	}
	today, _ := today(a.c).Time()
	return due.Before(today)
}

func outcomeStyle(st *Styles, o model.ReviewOutcome) lipgloss.Style {
	switch o {
	case model.ReviewKept:
		return st.OK
	case model.ReviewNotKept:
		return st.Warning
	}
	return st.Value
}

func (a *agreementsStep) outcomeText(o model.ReviewOutcome) string {
	if !o.Valid() {
		return "?"
	}
	return a.c.T("agree.outcome." + string(o))
}

// agreeScroll shows h of the lines with the cursor's line (at) in view.
// When the cursor is on a review and its agreement's line (top) has
// scrolled off, that line takes the first row, so that it is always
// clear which agreement a review belongs to.
func agreeScroll(lines []string, at, top, h int) []string {
	if h <= 0 || len(lines) <= h {
		return lines
	}
	start := max(min(at-h/2, len(lines)-h), 0)
	if top >= start || h < 2 {
		return lines[start : start+h]
	}
	if at == start {
		start--
	}
	out := append([]string{lines[top]}, lines[start+1:start+h]...)
	return out
}

// listLines are the agreements, each with a line on who and by when and
// its reviews under it; at is the line of the cursor and top the line of
// the agreement it is in.
func (a *agreementsStep) listLines(w int) (lines []string, at, top int) {
	c, st := a.c, a.c.Styles
	i, cur := 0, a.rowAgreement()
	for ai := range a.sess.Agreements {
		ag := &a.sess.Agreements[ai]
		if ai > 0 {
			lines = append(lines, "")
		}
		what := c.Note(flat(ag.What))
		if ai == cur {
			top = len(lines)
		}
		if i == a.cursor {
			at = len(lines)
			lines = append(lines, st.Cursor.Render("› ")+st.Selected.Render(clip(what, w-2)))
		} else {
			lines = append(lines, "  "+st.Heading.Render(clip(what, w-2)))
		}
		i++
		detail := a.whoText(ag) + " · " + a.dueText(ag)
		switch {
		case a.overdue(ag):
			detail = st.Subtle.Render(detail+" · ") + st.Warning.Render(c.T("agree.overdue"))
		case len(ag.Reviews) == 0:
			detail = st.Subtle.Render(detail + " · " + c.T("agree.no_reviews"))
		default:
			detail = st.Subtle.Render(detail)
		}
		lines = append(lines, "    "+clip(detail, w-4))
		if ag.NotKeptTwiceInARow() && a.coachView() {
			lines = append(lines, "    "+st.Warning.Bold(true).Render(clip("⚑ "+c.T("agree.flagged"), w-4)))
		}
		for _, r := range ag.Reviews {
			text := string(r.Date) + " " + a.outcomeText(r.Outcome)
			if r.Note != "" {
				text += " · " + c.Note(flat(r.Note))
			}
			mark := mark(outcomeMarks, r.Outcome, "?")
			if i == a.cursor {
				at = len(lines)
				lines = append(lines, "  "+st.Cursor.Render("› ")+st.Selected.Render(clip(mark+" "+text, w-4)))
			} else {
				lines = append(lines, "    "+outcomeStyle(st, r.Outcome).Render(mark)+" "+clip(text, w-6))
			}
			i++
		}
	}
	return lines, at, top
}

// rowAgreement is the index of the agreement the cursor is in.
func (a *agreementsStep) rowAgreement() int {
	r, _ := a.selected()
	return r.agreement
}

// panel describes the selected agreement in full: what, who, by when
// and every review with its whole note; focus is the line of the
// selected review, which scrolling keeps in view.
func (a *agreementsStep) panel(row agreeRow, w int) (lines []string, focus int) {
	c, st := a.c, a.c.Styles
	if row.agreement < 0 || row.agreement >= len(a.sess.Agreements) {
		return nil, 0
	}
	ag := &a.sess.Agreements[row.agreement]
	lines = []string{st.Heading.Render(clip(c.T("agree.n_of", row.agreement+1, len(a.sess.Agreements)), w))}
	lines = append(lines, wrap(c.Note(flat(ag.What)), w)...)
	lines = append(lines, "")
	who := c.T("agree.party." + agreeParty(ag.Who))
	if p := a.sess.Person(ag.PersonID); p != nil && ag.PersonID != "" {
		who = a.personLabel(p) + " · " + c.T("agree.party_short."+agreeParty(ag.Who))
	}
	lines = append(lines, wrap(c.T("agree.who_line", who), w)...)
	due := a.c.T("agree.due_line", a.c.T("agree.no_due"))
	if ag.Due != "" {
		due = a.c.T("agree.due_line", string(ag.Due))
	}
	if rel := a.relativeDue(ag); rel != "" {
		due += " · " + rel
	}
	if a.overdue(ag) {
		lines = append(lines, st.Warning.Render(clip(due, w)))
	} else {
		lines = append(lines, clip(due, w))
	}
	if ag.NotKeptTwiceInARow() {
		lines = append(lines, "")
		lines = append(lines, st.Warning.Bold(true).Render(clip("⚑ "+c.T("agree.flagged"), w)))
	}
	lines = append(lines, "", st.Heading.Render(clip(c.T("agree.reviews_title"), w)))
	if len(ag.Reviews) == 0 {
		for _, l := range wrap(c.T("agree.reviews_hint"), w) {
			lines = append(lines, st.Subtle.Render(l))
		}
	}
	for ri, r := range ag.Reviews {
		text := mark(outcomeMarks, r.Outcome, "?") + " " + string(r.Date) + " " + a.outcomeText(r.Outcome)
		if ri == row.review {
			focus = len(lines)
			lines = append(lines, st.Selected.Render(clip(text, w)))
		} else {
			lines = append(lines, outcomeStyle(st, r.Outcome).Render(clip(text, w)))
		}
		if r.Note != "" {
			for _, l := range wrap(c.Note(flat(r.Note)), w-2) {
				lines = append(lines, "  "+l)
			}
		}
	}
	return lines, focus
}

// relativeDue says how far the date is from today: "in 5 days",
// "today", "3 days ago".
func (a *agreementsStep) relativeDue(ag *model.Agreement) string {
	due, ok := ag.Due.Time()
	if !ok {
		return ""
	}
	today, _ := today(a.c).Time()
	days := int(due.Sub(today).Hours() / 24)
	c := a.c
	switch {
	case days == 0:
		return c.T("agree.due_today")
	case days == 1:
		return c.T("agree.due_tomorrow")
	case days == -1:
		return c.T("agree.due_yesterday")
	case days > 1:
		return c.Cat.N("agree.due_in", days)
	}
	return c.Cat.N("agree.due_ago", -days)
}
