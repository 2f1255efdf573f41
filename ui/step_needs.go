package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"kring/model"
)

// checkSteps is the number of steps of the investigation per need.
const checkSteps = 11

// needsStep is step 3: the needs on the left, the current need's
// checklist in case-law order on the right, the advisory result and its
// reasons always in view, and a summary over all needs.
type needsStep struct {
	page
	need int // index of the selected need
	row  int // selected checklist step, 0..10
	// contributions says the contributions editor of checklist step 6
	// (the network) is open, in place of the checklist.
	contributions bool
	reasons       bool // all reasons of the result are shown, in place of the checklist
	contrib       int  // selected contribution in the contributions editor
	keys          needsKeys

	// wasOpen says the step of the open form was still open when the
	// form opened: saving it walks on to the next open step.
	wasOpen bool
}

type needsKeys struct {
	PrevNeed, NextNeed, Up, Down key.Binding
	Edit, Add, EditNeed, Delete  key.Binding
	MoveUp, MoveDown             key.Binding
	Outcome, Back, Reasons       key.Binding
	AddContrib                   key.Binding
}

func newNeedsStep(c *Common, sess *model.Session) *needsStep {
	n := &needsStep{page: newPage(c, sess)}
	n.formWidth = 100
	n.keys = needsKeys{
		PrevNeed:   key.NewBinding(key.WithKeys("left", "h"), key.WithHelp("←/→", c.T("key.other_need"))),
		NextNeed:   key.NewBinding(key.WithKeys("right", "l")),
		Up:         key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/↓", c.T("key.move"))),
		Down:       key.NewBinding(key.WithKeys("down", "j")),
		Edit:       keyFor(c, "enter", "key.answer"),
		Add:        keyFor(c, "a", "key.add_need"),
		EditNeed:   keyFor(c, "e", "key.edit_need"),
		Delete:     keyFor(c, "x", "key.remove"),
		MoveUp:     key.NewBinding(key.WithKeys("K", "shift+up"), key.WithHelp("K/J", c.T("key.reorder"))),
		MoveDown:   key.NewBinding(key.WithKeys("J", "shift+down")),
		Outcome:    keyFor(c, "o", "key.network_outcome"),
		Back:       keyFor(c, "esc", "key.back"),
		Reasons:    keyFor(c, "r", "key.all_reasons"),
		AddContrib: keyFor(c, "a", "key.add_contribution"),
	}
	return n
}

// Back closes the contributions editor or the reasons before esc leaves
// the workspace.
func (n *needsStep) Back() bool {
	if n.contributions || n.reasons {
		n.contributions, n.reasons = false, false
		return true
	}
	return false
}

func (n *needsStep) current() *model.Need {
	if n.need < 0 || n.need >= len(n.sess.Needs) {
		return nil
	}
	return &n.sess.Needs[n.need]
}

func (n *needsStep) Update(msg tea.Msg) reply { return n.handle(msg, n.onKey) }

// onKey handles a key while no form is open.
func (n *needsStep) onKey(kp tea.KeyPressMsg) reply {
	if n.contributions {
		return n.updateContributions(kp)
	}
	need := n.current()
	switch {
	case key.Matches(kp, n.keys.Add):
		n.openNeed(nil)
	case need == nil:
		return reply{}
	case key.Matches(kp, n.keys.PrevNeed):
		n.need = max(n.need-1, 0)
	case key.Matches(kp, n.keys.NextNeed):
		n.need = min(n.need+1, len(n.sess.Needs)-1)
	case moveCursor(kp, n.keys.Up, n.keys.Down, &n.row, checkSteps):
	case key.Matches(kp, n.keys.EditNeed):
		n.openNeed(need)
	case key.Matches(kp, n.keys.Reasons):
		n.reasons = !n.reasons
	case key.Matches(kp, n.keys.Edit):
		if n.row == 5 {
			n.contributions = true
			n.contrib = 0
			return reply{}
		}
		n.openStep(need, n.row+1)
	case key.Matches(kp, n.keys.Delete):
		id := need.ID
		return show(newConfirm(n.c, n.c.T("needs.confirm_remove", need.Title), func() reply {
			if !n.sess.RemoveNeed(id) {
				return reply{}
			}
			n.need = max(min(n.need, len(n.sess.Needs)-1), 0)
			return edited()
		}))
	case key.Matches(kp, n.keys.MoveUp):
		if n.sess.MoveNeed(need.ID, -1) {
			n.need--
			return edited()
		}
	case key.Matches(kp, n.keys.MoveDown):
		if n.sess.MoveNeed(need.ID, 1) {
			n.need++
			return edited()
		}
	}
	return reply{}
}

func (n *needsStep) youthOptions() []option {
	opts := []option{{"", n.c.T("needs.whole_family")}}
	for _, y := range n.sess.Youths {
		opts = append(opts, option{y.ID, n.c.Name(y.Name)})
	}
	return opts
}

// openNeed opens the form of a need's title and youth, or of a new need
// (need nil).
func (n *needsStep) openNeed(need *model.Need) {
	title, youth := "", ""
	if need != nil {
		title, youth = need.Title, need.YouthID
	} else if len(n.sess.Youths) == 1 {
		youth = n.sess.Youths[0].ID
	}
	f := newForm(n.c, n.c.T("needs.need_form")).
		text("title", n.c.T("field.need_title"), title, true).
		choice("youth", n.c.T("field.need_youth"), n.youthOptions(), youth).filterable()
	n.open(f.onSubmit(func() reply {
		s := n.sess
		if need == nil {
			s.AddNeed(f.value("title"), f.value("youth"))
			n.need, n.row = len(s.Needs)-1, 0
		} else if cur := n.current(); cur != nil {
			cur.Title, cur.YouthID = f.value("title"), f.value("youth")
		}
		return edited()
	}))
}

// openStep opens the form of one step of the checklist of a need.
func (n *needsStep) openStep(need *model.Need, step int) {
	c := n.c
	n.wasOpen = stepOpen(n.sess, need, step)
	f := newForm(c, c.T("check.step", step, c.T(fmt.Sprintf("check.%d.title", step))))
	switch step {
	case 1:
		date := string(need.Request.Date)
		if date == "" {
			date = string(today(c))
		}
		present := strings.Join(need.Request.Present, ", ")
		if present == "" {
			// Who step 1 says was there, offered in the form: the coach
			// takes out who was not there for this need.
			present = strings.Join(n.sess.Present, ", ")
		}
		f.notes("words", c.T("field.request_words"), need.Request.Words).
			notes("youth_view", c.T("field.youth_view"), need.Request.YouthView).
			text("present", c.T("field.present"), present, false).
			text("date", c.T("field.date"), date, false).validate(checkDate)
	case 2:
		f.choice("jeugdwet", c.T("field.jeugdwet"), answerOptions(c), string(need.Applicability.Jeugdwet)).
			choice("resident", c.T("field.resident"), answerOptions(c), string(need.Applicability.Resident)).
			notes("basis", c.T("field.basis"), need.Applicability.Basis)
	case 3:
		f.notes("text", c.T("field.problems"), need.Problems.Text)
		for i := 0; i < 2; i++ {
			var e model.Expertise
			if i < len(need.Problems.Expertise) {
				e = need.Problems.Expertise[i]
			}
			if e.Checked == "" {
				e.Checked = model.AnswerUnknown
			}
			f.text(fmt.Sprintf("who%d", i), c.T("field.expertise_who", i+1), e.Who, false).
				text(fmt.Sprintf("discipline%d", i), c.T("field.expertise_discipline", i+1), e.Discipline, false).
				choice(fmt.Sprintf("checked%d", i), c.T("field.expertise_checked", i+1), answerOptions(c), string(e.Checked))
		}
	case 4:
		f.text("kind", c.T("field.help_kind"), need.Help.Kind, false).
			text("frequency", c.T("field.help_frequency"), need.Help.Frequency, false).
			text("duration", c.T("field.help_duration"), need.Help.Duration, false).
			notes("goals", c.T("field.help_goals"), need.Help.Goals)
	case 5:
		f.choice("outcome", c.T("field.own_outcome"), codeOptions(c, "sufficiency.", model.Sufficiencies), string(need.Own.Outcome)).
			notes("standard", c.T("field.own_standard"), need.Own.Standard).
			text("capacity", c.T("field.own_capacity"), need.Own.Capacity, false).
			text("load", c.T("field.own_load"), need.Own.Load, false).
			notes("reason", c.T("field.reason"), need.Own.Reason).
			choice("pays_self", c.T("field.own_pays_self"), answerOptions(c), string(need.Own.PaysSelf))
	case 6:
		f.choice("outcome", c.T("field.network_outcome"), codeOptions(c, "sufficiency.", model.Sufficiencies), string(need.Network.Outcome)).
			notes("reason", c.T("field.reason"), need.Network.Reason)
	case 7:
		// An active JIM recorded on step 4 answers "is there a JIM" until
		// the coach says otherwise.
		jim := need.FamilyPlan.JimPresent
		if jim == model.AnswerUnknown && n.activeJim(need) != nil {
			jim = model.AnswerYes
		}
		f.choice("offer", c.T("field.plan_offer"), codeOptions(c, "plan.", model.PlanOffers), string(need.FamilyPlan.Offer)).
			// The family group plan answers the offer once it has begun
			// (issue 17): the coach does not record it twice.
			showIf(func() bool { return n.sess.PlanState() == model.PlanNotOffered }).
			notes("answer", c.T("field.plan_answer"), need.FamilyPlan.Answer).
			choice("jim", c.T("field.jim_present"), answerOptions(c), string(jim))
	case 8, 9:
		p := need.Preceding
		if step == 9 {
			p = need.General
		}
		f.choice("decision", c.T("field.decision"), codeOptions(c, "decision.", model.Decisions), string(p.Decision)).
			text("which", c.T("field.provision_which"), p.Which, false).
			choice("adequate", c.T("field.provision_adequate"), answerOptions(c), string(p.Adequate))
	case 10:
		f.choice("conclusion", c.T("field.gap_conclusion"), codeOptions(c, "conclusion.", model.Conclusions), string(need.Gap.Conclusion)).
			choice("form", c.T("field.gap_form"), codeOptions(c, "careform.", model.CareForms), string(need.Gap.Form)).
			notes("reasoning", c.T("field.gap_reasoning"), need.Gap.Reasoning)
	case 11:
		date := string(need.View.Date)
		if date == "" {
			date = string(today(c))
		}
		f.choice("view", c.T("field.family_view"), codeOptions(c, "view.", model.AgreementViews), string(need.View.View)).
			notes("comments", c.T("field.family_comments"), need.View.Comments).
			text("date", c.T("field.date"), date, false).validate(checkDate)
	}
	n.open(f.onSubmit(func() reply { return n.applyStep(f, step) }))
}

// applyStep writes the submitted form of a checklist step into the
// selected need.
func (n *needsStep) applyStep(f *form, step int) reply {
	need := n.current()
	if need == nil {
		return reply{}
	}
	switch step {
	case 1:
		need.Request.Words, need.Request.YouthView = f.value("words"), f.value("youth_view")
		need.Request.Present = splitList(f.value("present"))
		need.Request.Date = model.Date(f.value("date"))
	case 2:
		need.Applicability.Jeugdwet = model.Answer(f.value("jeugdwet"))
		need.Applicability.Resident = model.Answer(f.value("resident"))
		need.Applicability.Basis = f.value("basis")
	case 3:
		need.Problems.Text = f.value("text")
		var ex []model.Expertise
		for i := 0; i < 2; i++ {
			who, disc := f.value(fmt.Sprintf("who%d", i)), f.value(fmt.Sprintf("discipline%d", i))
			if who != "" || disc != "" {
				ex = append(ex, model.Expertise{Who: who, Discipline: disc, Checked: model.Answer(f.value(fmt.Sprintf("checked%d", i)))})
			}
		}
		// Keep entries beyond the two the form shows.
		if len(need.Problems.Expertise) > 2 {
			ex = append(ex, need.Problems.Expertise[2:]...)
		}
		need.Problems.Expertise = ex
	case 4:
		need.Help = model.HelpStep{Kind: f.value("kind"), Frequency: f.value("frequency"), Duration: f.value("duration"), Goals: f.value("goals")}
	case 5:
		need.Own = model.OwnStrengthStep{Outcome: model.Sufficiency(f.value("outcome")), Standard: f.value("standard"),
			Capacity: f.value("capacity"), Load: f.value("load"), Reason: f.value("reason"), PaysSelf: model.Answer(f.value("pays_self"))}
	case 6:
		need.Network.Outcome = model.Sufficiency(f.value("outcome"))
		need.Network.Reason = f.value("reason")
	case 7:
		need.FamilyPlan = model.FamilyPlanStep{Offer: model.PlanOffer(f.value("offer")), Answer: f.value("answer"), JimPresent: model.Answer(f.value("jim"))}
	case 8, 9:
		p := model.ProvisionStep{Decision: model.Decision(f.value("decision")), Which: f.value("which"), Adequate: model.Answer(f.value("adequate"))}
		if step == 8 {
			need.Preceding = p
		} else {
			need.General = p
		}
	case 10:
		need.Gap = model.GapStep{Conclusion: model.Conclusion(f.value("conclusion")), Form: model.CareForm(f.value("form")), Reasoning: f.value("reasoning")}
	case 11:
		need.View = model.FamilyViewStep{View: model.AgreementView(f.value("view")), Comments: f.value("comments"), Date: model.Date(f.value("date"))}
	}
	n.row = nextOpenStep(model.Evaluate(n.sess, need), step-1)
	n.walkOn(need, step)
	return edited()
}

// nextOpenStep is the row the cursor goes to after row was saved: the
// next step still open, looking on from row and then from the top, so
// that answering the checklist is enter, answer, enter; the next row
// when none is open.
func nextOpenStep(ev model.Evaluation, row int) int {
	for i := 1; i <= checkSteps; i++ {
		if r := (row + i) % checkSteps; r < len(ev.Steps) && ev.Steps[r] == model.StepOpen {
			return r
		}
	}
	return min(row+1, checkSteps-1)
}

// activeJim is the active JIM of the need's youth, or of any youth when
// the need is about the whole family.
func (n *needsStep) activeJim(need *model.Need) *model.JimCandidate {
	if need.YouthID != "" {
		return n.sess.ActiveJim(need.YouthID)
	}
	for _, y := range n.sess.Youths {
		if j := n.sess.ActiveJim(y.ID); j != nil {
			return j
		}
	}
	return nil
}
