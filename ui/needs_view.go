package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"kring/model"
)

// needsListWidth is the width of the needs column on the left.
func (n *needsStep) needsListWidth() int {
	if n.width >= 110 {
		return 30
	}
	return 22
}

func (n *needsStep) View() string { return n.view(n.draw) }

// draw draws the step's own page, when no form is open over it.
func (n *needsStep) draw() string {
	c, st := n.c, n.c.Styles
	if len(n.sess.Needs) == 0 {
		lines := []string{st.Heading.Render(c.T("check.title")), ""}
		lines = append(lines, wrap(c.T("needs.empty"), max(min(n.width-2, 72), 10))...)
		return strings.Join(lines, "\n")
	}
	evals := n.sess.Evaluate()
	n.need = max(min(n.need, len(n.sess.Needs)-1), 0)
	lw := n.needsListWidth()
	rw := max(n.width-lw-1, 10)

	// Left: the summary and the needs with their result.
	left := append(n.summary(evals, lw), "")
	for i, need := range n.sess.Needs {
		mark := mark(resultMarks, evals[i].Result, "○")
		title := n.title(i, &need)
		text := mark + " " + title
		if i == n.need {
			left = append(left, st.Selected.Render(pad(text, lw)))
		} else {
			left = append(left, resultStyle(st, evals[i].Result).Render(clip(mark, 2))+clip(" "+title, lw-2))
		}
	}

	// Right: the checklist, or the contributions editor, then the result.
	ev := evals[n.need]
	var right []string
	if n.contributions {
		right = n.contributionsView(rw)
	} else {
		right = n.checklist(ev, rw)
	}
	right = append(right, "")
	// The result and as many reasons as fit are always in view; r shows
	// them all.
	res := n.resultLines(ev, rw)
	if n.reasons {
		right = res
	} else if room := n.height - len(right); len(res) > room && room >= 2 {
		hidden := 0
		for _, l := range res[room-1:] {
			if strings.HasPrefix(ansi.Strip(l), "•") {
				hidden++
			}
		}
		res = append(res[:room-1], n.c.Styles.Warning.Render(clip(n.c.Cat.N("needs.more_reasons", hidden), rw)))
	}
	if !n.reasons {
		right = append(right, res...)
	}
	right = scrollTo(right, 0, n.height)
	return joinColumns(strings.Join(left, "\n"), strings.Join(right, "\n"), lw, rw)
}

// summary counts the needs per result, one line per result that occurs.
func (n *needsStep) summary(evals []model.Evaluation, w int) []string {
	count := map[model.Result]int{}
	for _, e := range evals {
		count[e.Result]++
	}
	lines := []string{n.c.Styles.Heading.Render(clip(n.c.Cat.N("needs.summary", len(evals)), w))}
	for _, r := range model.Results {
		if count[r] > 0 {
			lines = append(lines, resultStyle(n.c.Styles, r).Render(clip(fmt.Sprintf("%s %d %s", mark(resultMarks, r, "○"), count[r], n.c.T("result_short."+string(r))), w)))
		}
	}
	return lines
}

func resultStyle(st *Styles, r model.Result) lipgloss.Style {
	switch r {
	case model.ResultSolved:
		return st.OK
	case model.ResultIncomplete:
		return st.Warning
	case model.ResultContradiction:
		return st.Error
	}
	return st.Value
}

// checklist draws the eleven steps with their state and a short answer.
func (n *needsStep) checklist(ev model.Evaluation, w int) []string {
	c, st, need := n.c, n.c.Styles, n.current()
	head := n.title(n.need, need)
	if y := n.sess.Youth(need.YouthID); y != nil {
		head += " · " + c.Name(y.Name)
	}
	lines := []string{st.Heading.Render(clip(head, w))}
	for i := 0; i < checkSteps; i++ {
		state := ev.Steps[i]
		text := fmt.Sprintf("%s %2d %s", mark(stateMarks, state, "○"), i+1, c.T(fmt.Sprintf("check.%d.title", i+1)))
		if ans := n.answer(need, i+1); ans != "" {
			text += st.Subtle.Render(" · " + ans)
		}
		switch {
		case i == n.row:
			lines = append(lines, st.Selected.Render(pad(ansi.Strip(text), w)))
		case state == "contradiction":
			lines = append(lines, st.Error.Render(clip(text, w)))
		case state == "done":
			lines = append(lines, clip(text, w))
		default:
			lines = append(lines, st.Subtle.Render(clip(text, w)))
		}
	}
	return lines
}

// answer is a short summary of what a step holds.
func (n *needsStep) answer(need *model.Need, step int) string {
	c := n.c
	switch step {
	case 1:
		return c.Note(flat(need.Request.Words))
	case 2:
		if need.Applicability.Jeugdwet == model.AnswerUnknown && need.Applicability.Resident == model.AnswerUnknown {
			return ""
		}
		return c.T("needs.applies", c.T("answer."+string(need.Applicability.Jeugdwet)), c.T("answer."+string(need.Applicability.Resident)))
	case 3:
		return c.Note(flat(need.Problems.Text))
	case 4:
		return c.Note(strings.Trim(strings.Join([]string{need.Help.Kind, need.Help.Frequency, need.Help.Duration}, " · "), " ·"))
	case 5:
		return sufficiency(c, need.Own.Outcome)
	case 6:
		s := sufficiency(c, need.Network.Outcome)
		if k := len(need.Network.Contributions); k > 0 {
			s = strings.Trim(s+" · "+c.Cat.N("needs.people_n", k), " ·")
		}
		return s
	case 7:
		var parts []string
		if st := n.sess.PlanState(); st != model.PlanNotOffered {
			// The family group plan answers step 7 (issue 17).
			parts = append(parts, c.T("plan.from_plan", c.T("plan."+string(st))))
		} else if need.FamilyPlan.Offer != model.PlanNotOffered {
			parts = append(parts, c.T("plan."+string(need.FamilyPlan.Offer)))
		}
		if j := n.activeJim(need); j != nil {
			if p := n.sess.Person(j.PersonID); p != nil {
				parts = append(parts, c.T("needs.jim_is", c.Person(p)))
			}
		}
		return strings.Join(parts, " · ")
	case 8:
		return provision(c, need.Preceding)
	case 9:
		return provision(c, need.General)
	case 10:
		if need.Gap.Conclusion == model.ConclusionOpen {
			return ""
		}
		return c.T("conclusion." + string(need.Gap.Conclusion))
	case 11:
		if need.View.View == model.ViewOpen {
			return ""
		}
		return c.T("view." + string(need.View.View))
	}
	return ""
}

func sufficiency(c *Common, s model.Sufficiency) string {
	if s == model.SufficiencyOpen {
		return ""
	}
	return c.T("sufficiency." + string(s))
}

func provision(c *Common, p model.ProvisionStep) string {
	if p.Decision == model.DecisionOpen {
		return ""
	}
	s := c.T("decision." + string(p.Decision))
	if p.Which != "" {
		s += ": " + c.Note(p.Which)
	}
	return s
}

// resultLines are the advisory result and every finding. The family
// reads them in plain words; the coach's register, every finding with the
// rule it rests on and the grounds of the result, is behind r.
func (n *needsStep) resultLines(ev model.Evaluation, w int) []string {
	c, st := n.c, n.c.Styles
	lines := []string{resultStyle(st, ev.Result).Render(clip(c.T("needs.result", c.T("result."+string(ev.Result))), w))}
	if n.reasons {
		var gs []string
		for _, g := range ev.Grounds {
			gs = append(gs, c.T("rule."+string(g)))
		}
		for _, l := range wrap(c.T("needs.grounds", strings.Join(gs, "; ")), w) {
			lines = append(lines, st.Subtle.Render(l))
		}
	}
	for _, f := range ev.Findings {
		name := ""
		if p := n.sess.Person(f.PersonID); p != nil {
			name = c.Person(p)
		}
		if f.Code == model.FindingStepOpen {
			label := c.Cat.FieldLabel(f.Field, f.Step)
			if name != "" {
				label = name + ": " + label
			}
			name = label
		}
		text := c.T("needs.finding_plain", f.Step, findingText(c, f, name))
		if n.reasons {
			text = c.T("needs.finding", f.Step, findingText(c, f, name), c.T("rule."+string(f.Rule)))
		}
		style := st.Value
		if f.Contradiction {
			style = st.Error
		}
		for i, l := range wrap(text, w-2) {
			prefix := "• "
			if i > 0 {
				prefix = "  "
			}
			lines = append(lines, style.Render(prefix+l))
		}
	}
	return lines
}

// findingText is the catalogue text of a finding; the person's name goes
// in where the text has room for it.
func findingText(c *Common, f model.Finding, name string) string {
	key := "finding." + string(f.Code)
	if strings.Contains(c.T(key), "%s") {
		return c.T(key, name)
	}
	return c.T(key)
}

func (n *needsStep) ShortHelp() []key.Binding {
	switch {
	case n.form != nil:
		return n.form.ShortHelp()
	case n.contributions:
		return []key.Binding{n.keys.AddContrib, n.keys.Edit, n.keys.Outcome, n.keys.Delete, n.keys.Back}
	case len(n.sess.Needs) == 0:
		return []key.Binding{n.keys.Add}
	}
	return []key.Binding{n.keys.Edit, n.keys.Up, n.keys.PrevNeed, n.keys.Reasons, n.keys.Add}
}

func (n *needsStep) FullHelp() [][]key.Binding {
	if n.form != nil {
		return [][]key.Binding{n.form.ShortHelp()}
	}
	return [][]key.Binding{
		{n.keys.Up, n.keys.PrevNeed, n.keys.Edit},
		{n.keys.Add, n.keys.EditNeed, n.keys.Delete, n.keys.MoveUp},
		{n.keys.Reasons, n.keys.Outcome, n.keys.Back},
	}
}

// title is a need's title, or "Hulpvraag 2" with the privacy screen on:
// a title is the family's own words and often names someone.
func (n *needsStep) title(i int, need *model.Need) string {
	if n.c.Privacy {
		return n.c.T("needs.need_n", i+1)
	}
	return need.Title
}
