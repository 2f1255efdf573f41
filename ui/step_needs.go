package ui

import (
	"fmt"
	"strconv"
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
	c       *Common
	sess    *model.Session
	need    int // index of the selected need
	row     int // selected checklist step, 0..10
	form    *form
	editing string // "need", "new-need", "step:<n>", "contrib:<i>", "new-contrib"
	network bool   // the network editor of step 6 is open
	reasons bool   // all reasons of the result are shown, in place of the checklist
	contrib int    // selected contribution in the network editor
	width   int
	height  int
	keys    needsKeys
}

type needsKeys struct {
	PrevNeed, NextNeed, Up, Down key.Binding
	Edit, Add, EditNeed, Delete  key.Binding
	MoveUp, MoveDown             key.Binding
	Outcome, Back, Reasons       key.Binding
	AddContrib                   key.Binding
}

func newNeedsStep(c *Common, sess *model.Session) step {
	n := &needsStep{c: c, sess: sess}
	n.keys = needsKeys{
		PrevNeed:   key.NewBinding(key.WithKeys("left", "h"), key.WithHelp("←/→", c.T("key.other_need"))),
		NextNeed:   key.NewBinding(key.WithKeys("right", "l")),
		Up:         key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/↓", c.T("key.move"))),
		Down:       key.NewBinding(key.WithKeys("down", "j")),
		Edit:       key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", c.T("key.answer"))),
		Add:        key.NewBinding(key.WithKeys("a"), key.WithHelp("a", c.T("key.add_need"))),
		EditNeed:   key.NewBinding(key.WithKeys("e"), key.WithHelp("e", c.T("key.edit_need"))),
		Delete:     key.NewBinding(key.WithKeys("x"), key.WithHelp("x", c.T("key.remove"))),
		MoveUp:     key.NewBinding(key.WithKeys("K", "shift+up"), key.WithHelp("K/J", c.T("key.reorder"))),
		MoveDown:   key.NewBinding(key.WithKeys("J", "shift+down")),
		Outcome:    key.NewBinding(key.WithKeys("o"), key.WithHelp("o", c.T("key.network_outcome"))),
		Back:       key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", c.T("key.back"))),
		Reasons:    key.NewBinding(key.WithKeys("r"), key.WithHelp("r", c.T("key.all_reasons"))),
		AddContrib: key.NewBinding(key.WithKeys("a"), key.WithHelp("a", c.T("key.add_contribution"))),
	}
	return n
}

func (n *needsStep) SetSize(w, h int) {
	n.width, n.height = w, h
	if n.form != nil {
		n.form.SetWidth(min(w, 100))
		n.form.SetHeight(h)
	}
}

func (n *needsStep) Typing() bool { return n.form != nil }

// Back closes the network editor or the reasons before esc leaves the
// workspace.
func (n *needsStep) Back() bool {
	if n.network || n.reasons {
		n.network, n.reasons = false, false
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

func (n *needsStep) Update(msg tea.Msg) tea.Cmd {
	if n.form != nil {
		return runForm(&n.form, msg, n.apply)
	}
	if rm, ok := msg.(removeNeedMsg); ok {
		return n.remove(rm.id)
	}
	kp, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil
	}
	if n.network {
		return n.updateNetwork(kp)
	}
	need := n.current()
	switch {
	case key.Matches(kp, n.keys.Add):
		n.openNeed(nil)
	case need == nil:
		return nil
	case key.Matches(kp, n.keys.PrevNeed):
		n.need = max(n.need-1, 0)
	case key.Matches(kp, n.keys.NextNeed):
		n.need = min(n.need+1, len(n.sess.Needs)-1)
	case key.Matches(kp, n.keys.Up):
		n.row = max(n.row-1, 0)
	case key.Matches(kp, n.keys.Down):
		n.row = min(n.row+1, checkSteps-1)
	case key.Matches(kp, n.keys.EditNeed):
		n.openNeed(need)
	case key.Matches(kp, n.keys.Reasons):
		n.reasons = !n.reasons
	case key.Matches(kp, n.keys.Edit):
		if n.row == 5 {
			n.network = true
			n.contrib = 0
			return nil
		}
		n.openStep(need, n.row+1)
	case key.Matches(kp, n.keys.Delete):
		return send(pushDialogMsg{d: newConfirm(n.c, n.c.T("needs.confirm_remove", need.Title), removeNeedMsg{id: need.ID})})
	case key.Matches(kp, n.keys.MoveUp):
		if n.sess.MoveNeed(need.ID, -1) {
			n.need--
			return requestSave(n.c, n.sess)
		}
	case key.Matches(kp, n.keys.MoveDown):
		if n.sess.MoveNeed(need.ID, 1) {
			n.need++
			return requestSave(n.c, n.sess)
		}
	}
	return nil
}

// removeNeedMsg is sent when the coach confirmed removing a need.
type removeNeedMsg struct{ id string }

func (n *needsStep) remove(id string) tea.Cmd {
	if !n.sess.RemoveNeed(id) {
		return nil
	}
	n.need = max(min(n.need, len(n.sess.Needs)-1), 0)
	return requestSave(n.c, n.sess)
}

func (n *needsStep) newForm(title string) *form {
	f := newForm(n.c, title)
	f.SetWidth(min(n.width, 100))
	f.SetHeight(n.height)
	return f
}

func (n *needsStep) youthOptions() []option {
	opts := []option{{"", n.c.T("needs.whole_family")}}
	for _, y := range n.sess.Youths {
		opts = append(opts, option{y.ID, n.c.Name(y.Name)})
	}
	return opts
}

func (n *needsStep) openNeed(need *model.Need) {
	title, youth := "", ""
	n.editing = "new-need"
	if need != nil {
		n.editing = "need"
		title, youth = need.Title, need.YouthID
	} else if len(n.sess.Youths) == 1 {
		youth = n.sess.Youths[0].ID
	}
	n.form = n.newForm(n.c.T("needs.need_form")).
		text("title", n.c.T("field.need_title"), title, true).
		choice("youth", n.c.T("field.need_youth"), n.youthOptions(), youth)
}

func answerOptions(c *Common) []option {
	return codeOptions(c, "answer.", model.Answers)
}

func (n *needsStep) openStep(need *model.Need, step int) {
	c := n.c
	n.editing = "step:" + strconv.Itoa(step)
	f := n.newForm(c.T("check.step", step, c.T(fmt.Sprintf("check.%d.title", step))))
	switch step {
	case 1:
		date := string(need.Request.Date)
		if date == "" {
			date = string(today(c))
		}
		f.notes("words", c.T("field.request_words"), need.Request.Words).
			notes("youth_view", c.T("field.youth_view"), need.Request.YouthView).
			text("present", c.T("field.present"), strings.Join(need.Request.Present, ", "), false).
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
	n.form = f
}

// apply writes the submitted form into the session and asks for a save.
func (n *needsStep) apply() tea.Cmd {
	f, s := n.form, n.sess
	switch {
	case n.editing == "new-need":
		s.AddNeed(f.value("title"), f.value("youth"))
		n.need, n.row = len(s.Needs)-1, 0
		return requestSave(n.c, s)
	case n.editing == "need":
		if need := n.current(); need != nil {
			need.Title, need.YouthID = f.value("title"), f.value("youth")
		}
		return requestSave(n.c, s)
	case strings.HasPrefix(n.editing, "contrib") || n.editing == "new-contrib":
		n.applyContribution()
		return requestSave(n.c, s)
	}
	need := n.current()
	if need == nil {
		return nil
	}
	step, _ := strconv.Atoi(strings.TrimPrefix(n.editing, "step:"))
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
	return requestSave(n.c, s)
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
