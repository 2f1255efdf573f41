package ui

import (
	"strconv"
	"strings"

	"kring/model"
)

// The conversation guide (issue 17): for the step on screen, the
// principle behind it, questions a coach can ask at the kitchen table
// (from the catalogue, each at most 12 words), and what this session
// still misses for the step, derived from the session itself. ctrl+g
// shows and hides it; in kring demo it starts shown.

// guideSideWidth is the width of the guide beside the step when the
// window is wide enough (guideSideFrom); narrower, it lies under the step.
const (
	guideSideWidth = 38
	guideSideFrom  = 110
)

// guideMissing lists what the session still misses for a workspace step
// (1..6), as catalogue lines. Each looks at the session only, so that
// it is right whichever screen changed it.
func guideMissing(c *Common, s *model.Session, step int) []string {
	var out []string
	add := func(key string, args ...any) { out = append(out, c.T("guide.miss."+key, args...)) }
	year := c.Now().In(c.Loc).Year()
	switch step {
	case 1:
		if len(s.Youths) == 0 {
			add("no_youth")
		}
		household := false
		for i := range s.People {
			household = household || s.People[i].Household
		}
		if !household {
			add("no_household")
		}
		if len(s.Present) == 0 {
			add("no_present")
		}
		for _, y := range s.Youths {
			if y.BirthYear == 0 {
				add("no_birth_year", c.Name(y.Name))
			}
		}
	case 2:
		network, family, past, notAsked := false, false, false, 0
		for i := range s.People {
			p := &s.People[i]
			network = network || p.SocialNetwork()
			family = family || (p.Sector == model.SectorFamily && !p.Household)
			past = past || p.Ring == model.RingNoContact
			if p.SocialNetwork() && p.Willing == model.WillingNotAsked {
				notAsked++
			}
		}
		if !network {
			add("no_network")
		}
		if !family {
			add("no_family")
		}
		if !past {
			add("no_past")
		}
		if notAsked > 0 {
			add("not_asked", notAsked)
		}
	case 3:
		if len(s.Needs) == 0 {
			add("no_needs")
			break
		}
		open, netOpen := 0, 0
		for i, ev := range s.Evaluate() {
			if ev.Result == model.ResultIncomplete || ev.Result == model.ResultContradiction {
				open++
			}
			if s.Needs[i].Network.Outcome == model.SufficiencyOpen && ev.Steps[5] != model.StepNotNeeded {
				netOpen++
			}
		}
		if open > 0 {
			add("open_needs", open)
		}
		if netOpen > 0 {
			add("network_open", netOpen)
		}
	case 4:
		for _, y := range s.Youths {
			if y.BirthYear != 0 && year-y.BirthYear < 12 {
				continue // the JIM is for youths of about 12 to 23
			}
			named, active := false, false
			for _, j := range s.Jim {
				if j.YouthID == y.ID {
					named = true
					active = active || j.Status == model.JimActive
				}
			}
			switch {
			case !named:
				add("no_jim", c.Name(y.Name))
			case !active:
				add("no_active_jim", c.Name(y.Name))
			}
		}
	case 5:
		if len(s.Agreements) == 0 {
			add("no_agreements")
		}
		if s.Plan.Declined {
			break
		}
		if !s.Meeting.Started() {
			add("no_meeting")
		} else if strings.TrimSpace(s.Meeting.Outcome) == "" {
			add("no_outcome")
		}
		switch {
		case len(s.Plan.Goals) == 0:
			add("no_goals")
		case len(s.Actieteam()) == 0:
			add("no_tasks")
		}
		if s.Plan.ReviewDate == "" {
			add("no_review")
		}
		if len(s.Plan.Signatures) == 0 {
			add("not_signed")
		}
	case 6:
		if st := s.PlanState(); st != model.PlanMade && st != model.PlanDeclined {
			add("plan_not_made")
		}
	}
	return out
}

// guideQuestions are the catalogue's questions for a step, a %s filled
// with the first youth's name (or "your child").
func guideQuestions(c *Common, s *model.Session, step int) []string {
	name := c.T("guide.the_child")
	if len(s.Youths) > 0 {
		name = c.Name(s.Youths[0].Name)
	}
	var out []string
	for i := 1; ; i++ {
		key := "guide." + strconv.Itoa(step) + ".q" + strconv.Itoa(i)
		if !c.Cat.Has(key) {
			return out
		}
		q := c.T(key)
		if strings.Contains(q, "%s") {
			q = c.T(key, name)
		}
		out = append(out, q)
	}
}

// guidePanel draws the guide for a step in w x h cells. coach says the
// open points are shown; in presentation mode they wait behind a key,
// and the principle comes first and in full.
//
// compact (the guide under the step) puts the questions side by side,
// so that they take two or three rows of a small window, not five.
func guidePanel(c *Common, s *model.Session, step, w, h int, coach, compact bool) string {
	st := c.Styles
	w = max(w, 10)
	principle := c.T("guide." + strconv.Itoa(step) + ".principle")
	qs := guideQuestions(c, s, step)
	if compact {
		return compactGuide(c, s, step, principle, qs, w, h, coach)
	}
	// Beside the step the guide has the height of the window: its three
	// parts stand apart by a blank row when they fit so, which reads
	// calmer on a projector.
	head := []string{st.Heading.Render(clip(c.T("guide.title"), w))}
	for _, l := range wrap(principle, w) {
		head = append(head, st.Subtle.Render(l))
	}
	var questions []string
	for _, q := range qs {
		for i, l := range wrap(q, w-2) {
			lead := "  "
			if i == 0 {
				lead = "• "
			}
			questions = append(questions, lead+l)
		}
	}
	var open []string
	if coach {
		missing := guideMissing(c, s, step)
		open = append(open, st.Label.Render(clip(c.T("guide.missing"), w)))
		if len(missing) == 0 {
			open = append(open, st.OK.Render(clip(c.T("guide.missing_none"), w)))
		}
		for _, m := range missing {
			for k, l := range wrap(m, w-2) {
				lead := "  "
				if k == 0 {
					lead = "– "
				}
				open = append(open, lead+l)
			}
		}
	} else {
		for _, l := range wrap(c.T("guide.hidden"), w) {
			open = append(open, st.Subtle.Render(l))
		}
	}
	gap := []string{}
	if len(head)+len(questions)+len(open)+2 <= h {
		gap = []string{""}
	}
	lines := append(append(append(append(head, gap...), questions...), gap...), open...)
	if len(lines) > h && h > 0 {
		// The open points give way from the end, marked as cut.
		lines = lines[:h]
		lines[h-1] = st.Subtle.Render("…")
	}
	return strings.Join(lines, "\n")
}

// guideHeight is how many rows the guide takes under the step in a
// window h rows high: a third, at least 6 and never more than it needs.
func guideHeight(h int) int { return max(min(h/3, 12), 6) }

// wrapItems lays items out as "• a  • b" lines of at most w cells; an
// item never breaks over two lines unless it is wider than a line.
func wrapItems(items []string, w int) []string {
	var out []string
	line := ""
	for _, it := range items {
		it = "• " + it
		switch {
		case line == "":
			line = it
		case cells(line)+2+cells(it) <= w:
			line += "  " + it
		default:
			out = append(out, line)
			line = it
		}
		if cells(line) > w {
			out = append(out, wrap(line, w)...)
			line = ""
		}
	}
	if line != "" {
		out = append(out, line)
	}
	return out
}

// compactGuide is the guide under the step of a small window: the title
// leads the principle, the questions stand side by side, and the open
// points take the last row, so that all three parts show in five rows.
func compactGuide(c *Common, s *model.Session, step int, principle string, qs []string, w, h int, coach bool) string {
	st := c.Styles
	title := c.T("guide.title")
	var lines []string
	for i, l := range wrap(title+" · "+principle, w) {
		if i == 0 && strings.HasPrefix(l, title) {
			l = st.Heading.Render(title) + st.Subtle.Render(strings.TrimPrefix(l, title))
		} else {
			l = st.Subtle.Render(l)
		}
		lines = append(lines, l)
	}
	last := st.Subtle.Render(clip(c.T("guide.hidden"), w))
	if coach {
		missing := guideMissing(c, s, step)
		switch {
		case len(missing) == 0:
			last = st.OK.Render(clip(c.T("guide.missing_none"), w))
		default:
			text := c.T("guide.missing") + ": " + missing[0]
			if len(missing) > 1 {
				text += " " + c.T("guide.missing_more", len(missing)-1)
			}
			last = clip(text, w)
		}
	}
	items := wrapItems(qs, w)
	room := max(h-len(lines)-1, 0)
	if len(items) > room {
		items = items[:room]
	}
	lines = append(append(lines, items...), last)
	if len(lines) > h {
		lines = lines[:max(h, 0)]
	}
	return strings.Join(lines, "\n")
}
