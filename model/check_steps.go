package model

import (
	"math/bits"
	"slices"
	"strconv"
	"strings"
)

// The steps of the checklist (DOMAIN.md), one method per step, in the
// order of the investigation. Each adds its findings to the run; the
// path (which steps are needed) is decided once, in newEvalRun, from the
// answers that steer it.

// evalRun is the check of one need in progress.
type evalRun struct {
	n        *Need
	findings []Finding
	needed   [NeedSteps]bool
	touched  [NeedSteps]bool

	// The answers that steer the path and the result.
	notApplicable    bool // step 2 says no to the Jeugdwet or to residence
	ownEnough        bool
	netEnough        bool
	covered          bool // own strength or the network is enough
	referPre         bool // step 8 refers
	referGen         bool // step 9 refers to a provision not recorded as inadequate
	referGenAdequate bool // step 9 refers to a provision recorded as adequate
	helpComplete     bool // step 4 holds kind, frequency, duration and goals
	ageUnknown       bool // the need is about a youth whose birth year is not recorded
	// planState is step 7's answer read from the session's family group
	// plan (Session.PlanState); empty: the need's own answer counts.
	planState PlanOffer
}

// usePlan lets the session's family group plan answer step 7's offer,
// so that the coach does not record it twice.
func (r *evalRun) usePlan(st PlanOffer) {
	if st != PlanNotOffered {
		r.planState = st
		r.touched[6] = true
	}
}

// planOffer is step 7's offer: the plan's state when the session has a
// plan, else the need's own answer.
func (r *evalRun) planOffer() PlanOffer {
	if r.planState != PlanNotOffered {
		return r.planState
	}
	return r.n.FamilyPlan.Offer
}

// init sets the run up for need n; the run lives on the caller's stack.
func (r *evalRun) init(n *Need) {
	*r = evalRun{n: n}
	r.notApplicable = evNo(n.Applicability.Jeugdwet) || evNo(n.Applicability.Resident)
	r.ownEnough = n.Own.Outcome == SufficiencyEnough
	r.netEnough = n.Network.Outcome == SufficiencyEnough
	r.covered = r.ownEnough || r.netEnough
	r.referPre = n.Preceding.Decision == DecisionRefer && !evNo(n.Preceding.Adequate)
	r.referGen = n.General.Decision == DecisionRefer && !evNo(n.General.Adequate)
	r.referGenAdequate = n.General.Decision == DecisionRefer && evYes(n.General.Adequate)
	r.helpComplete = !evBlank(n.Help.Kind) && !evBlank(n.Help.Frequency) && !evBlank(n.Help.Duration) && !evBlank(n.Help.Goals)

	r.needed[0], r.needed[1], r.needed[10] = true, true, true
	if !r.notApplicable {
		r.needed[2], r.needed[3], r.needed[4] = true, true, true
		r.needed[5] = !r.ownEnough
		r.needed[6] = !r.ownEnough
		r.needed[7] = !r.covered
		r.needed[8] = !r.covered && !r.referPre
		r.needed[9] = !r.covered && !r.referPre && !r.referGen
	}
	r.touched = stepsTouched(n)
}

// check reports whether a step (1..11) is checked: the path needs it, or
// it is answered while the Jeugdwet applies.
func (r *evalRun) check(step int) bool {
	return r.needed[step-1] || (!r.notApplicable && r.touched[step-1])
}

func (r *evalRun) add(step int, code FindingCode, rule Rule, field, person string) {
	r.findings = append(r.findings, Finding{Step: step, Code: code, Rule: rule, Field: field, PersonID: person, Contradiction: code.Contradiction()})
}

// open adds a step_open for a missing field.
func (r *evalRun) open(step int, rule Rule, field string) {
	r.add(step, FindingStepOpen, rule, field, "")
}

func evBlank(s string) bool { return strings.TrimSpace(s) == "" }

func evYes(a Answer) bool { return a == AnswerYes }
func evNo(a Answer) bool  { return a == AnswerNo }

// known reports whether a is yes or no; empty reads as unknown.
func evKnown(a Answer) bool { return a == AnswerYes || a == AnswerNo }

func evShort(s Sufficiency) bool { return s == SufficiencyPartly || s == SufficiencyNotEnough }

// request checks step 1: the words, the youth's view, the date, and who
// was present (the need's list, or the session's when the need has none).
func (r *evalRun) request(sessionPresent bool) {
	q := &r.n.Request
	if !r.touched[0] {
		r.open(1, RuleCRvB20171477, "request")
		return
	}
	if evBlank(q.Words) {
		r.open(1, RuleCRvB20171477, "request.words")
	}
	if evBlank(q.YouthView) {
		r.open(1, RuleCRvB20171477, "request.youth_view")
	}
	if len(q.Present) == 0 && !sessionPresent {
		r.open(1, RuleCRvB20171477, "request.present")
	}
	if q.Date == "" {
		r.open(1, RuleCRvB20171477, "request.date")
	}
}

// applicability checks step 2: the Jeugdwet and residence answered; a
// "no" needs a basis.
func (r *evalRun) applicability() {
	a := &r.n.Applicability
	if !r.touched[1] {
		r.open(2, RuleJeugdwet23, "applicability")
		return
	}
	if !evKnown(a.Jeugdwet) {
		r.open(2, RuleJeugdwet23, "applicability.jeugdwet")
	}
	if !evKnown(a.Resident) {
		r.open(2, RuleJeugdwet23, "applicability.resident")
	}
	if r.notApplicable && evBlank(a.Basis) {
		r.add(2, FindingNoReason, RuleJeugdwet23, "applicability.basis", "")
	}
}

// problems checks step 3: the problems, and each expertise entry with who
// and discipline.
func (r *evalRun) problems() {
	p := &r.n.Problems
	if !r.touched[2] {
		r.open(3, RuleCRvB20171477, "problems")
		return
	}
	if evBlank(p.Text) {
		r.open(3, RuleCRvB20171477, "problems.text")
	}
	for i, e := range p.Expertise {
		// The field's name is built only for a finding: the check runs on
		// every keypress and should not allocate for a complete need.
		if evBlank(e.Who) || evBlank(e.Discipline) {
			r.add(3, FindingExpertiseUnidentified, RuleCRvB20171477, "problems.expertise["+strconv.Itoa(i)+"]", "")
		}
		if !evYes(e.Checked) {
			r.add(3, FindingAdviceUnchecked, RuleCRvB20242040, "problems.expertise["+strconv.Itoa(i)+"].checked", "")
		}
	}
}

// help checks step 4: kind, frequency, duration and goals.
func (r *evalRun) help() {
	h := &r.n.Help
	if !r.touched[3] {
		r.open(4, RuleCRvB20171477, "help")
		return
	}
	for _, f := range [...]struct{ v, name string }{
		{h.Kind, "help.kind"}, {h.Frequency, "help.frequency"},
		{h.Duration, "help.duration"}, {h.Goals, "help.goals"},
	} {
		if evBlank(f.v) {
			r.open(4, RuleCRvB20171477, f.name)
		}
	}
}

// ownStrength checks step 5: outcome, standard, capacity and load;
// "partly" or "not enough" needs a reason; an outcome while step 4 is
// incomplete is out of order. The standard must be stated and applied to
// this youth's age (CRvB 2024:1095-1097); own strength that rests on
// paying for help is none (CRvB 2021:1327).
func (r *evalRun) ownStrength() {
	o := &r.n.Own
	if !r.touched[4] {
		r.open(5, RuleJeugdwet23, "own_strength")
		return
	}
	if o.Outcome == SufficiencyOpen {
		r.open(5, RuleJeugdwet23, "own_strength.outcome")
	} else if !r.helpComplete {
		r.add(5, FindingOrder, RuleCRvB20171477, "own_strength.outcome", "")
	}
	switch {
	case evBlank(o.Standard):
		r.add(5, FindingNoStandard, RuleCRvB20241095, "own_strength.standard", "")
	case r.ageUnknown && o.Outcome != SufficiencyOpen:
		r.add(5, FindingStandardNoAge, RuleCRvB20241095, "own_strength.standard", "")
	}
	if evYes(o.PaysSelf) && (o.Outcome == SufficiencyEnough || o.Outcome == SufficiencyPartly) {
		r.add(5, FindingPaidNotOwn, RuleCRvB20211327, "own_strength.pays_self", "")
	}
	if evBlank(o.Capacity) {
		r.open(5, RuleJeugdwet23, "own_strength.capacity")
	}
	if evBlank(o.Load) {
		r.open(5, RuleJeugdwet23, "own_strength.load")
	}
	if evShort(o.Outcome) && evBlank(o.Reason) {
		r.add(5, FindingNoReason, RuleJeugdwet23, "own_strength.reason", "")
	}
}

// familyPlan checks step 7: the offer and whether a JIM is present.
func (r *evalRun) familyPlan() {
	f := &r.n.FamilyPlan
	if !r.touched[6] {
		r.open(7, RuleJeugdwet412, "family_plan")
		return
	}
	if r.planOffer() == PlanNotOffered {
		r.add(7, FindingPlanNotOffered, RuleJeugdwet412, "family_plan.offer", "")
	}
	if !evKnown(f.JimPresent) {
		r.open(7, RuleChecklist, "family_plan.jim_present")
	}
}

// preceding checks step 8 and general step 9: a decision; refer needs
// which, and refers nowhere when the provision is recorded as not
// adequate. Step 9 also needs the answer whether it is adequate; step 8
// asks it only when it is given (a provision under another law is
// usually adequate by its nature).
func (r *evalRun) preceding() { r.provision(8, &r.n.Preceding, "preceding", false) }

func (r *evalRun) general() { r.provision(9, &r.n.General, "general", true) }

func (r *evalRun) provision(step int, p *ProvisionStep, name string, adequacyNeeded bool) {
	if !r.touched[step-1] {
		r.open(step, RuleBeleidsregels2025, name)
		return
	}
	if p.Decision == DecisionOpen {
		r.open(step, RuleBeleidsregels2025, name+".decision")
	}
	if p.Decision != DecisionRefer {
		return
	}
	if evBlank(p.Which) {
		r.add(step, FindingProvisionWhich, RuleBeleidsregels2025, name+".which", "")
	}
	switch {
	case evNo(p.Adequate):
		r.add(step, FindingProvisionNotAdequate, RuleBeleidsregels2025, name+".adequate", "")
	case adequacyNeeded && !evYes(p.Adequate):
		r.add(step, FindingProvisionAdequate, RuleBeleidsregels2025, name+".adequate", "")
	}
}

// gap checks step 10: a conclusion with reasoning, youth care with a
// form and consistent with the steps before it.
func (r *evalRun) gap() {
	n := r.n
	youthCare := n.Gap.Conclusion == ConclusionYouthCare
	if r.notApplicable {
		if youthCare {
			r.add(10, FindingContradictionNotApplicable, RuleJeugdwet23, "gap.conclusion", "")
		}
		return
	}
	if !r.check(10) {
		return
	}
	gp := &n.Gap
	if !r.touched[9] {
		r.open(10, RuleJeugdwet23, "gap")
		return
	}
	if gp.Conclusion == ConclusionOpen {
		r.open(10, RuleJeugdwet23, "gap.conclusion")
	}
	if gp.Conclusion != ConclusionOpen && evBlank(gp.Reasoning) {
		r.add(10, FindingGapNoReasoning, RuleJeugdwet23, "gap.reasoning", "")
	}
	if youthCare {
		if gp.Form == CareFormOpen {
			r.add(10, FindingGapNoForm, RuleChecklist, "gap.form", "")
		}
		if !r.helpComplete {
			r.add(10, FindingGapHelpUnknown, RuleCRvB20251390, "gap.conclusion", "")
		}
		if n.Own.Outcome == SufficiencyOpen || (!r.ownEnough && n.Network.Outcome == SufficiencyOpen) {
			r.add(10, FindingOrderGap, RuleCRvB20171477, "gap.conclusion", "")
		}
		if r.ownEnough {
			r.add(10, FindingContradictionOwnEnough, RuleJeugdwet23, "gap.conclusion", "")
		}
		if r.netEnough {
			r.add(10, FindingContradictionNetworkEnough, RuleArt31, "gap.conclusion", "")
		}
		if r.referPre || r.referGenAdequate {
			r.add(10, FindingContradictionRefer, RuleBeleidsregels2025, "gap.conclusion", "")
		}
	}
	if gp.Conclusion == ConclusionNone && r.needed[9] &&
		n.Own.Outcome == SufficiencyNotEnough && n.Network.Outcome == SufficiencyNotEnough {
		r.add(10, FindingContradictionUnmet, RuleJeugdwet23, "gap.conclusion", "")
	}
}

// view checks step 11: the view and its date; disagree needs comments.
func (r *evalRun) view() {
	v := &r.n.View
	if !r.touched[10] {
		r.open(11, RuleChecklist, "family_view")
		return
	}
	if v.View == ViewOpen {
		r.open(11, RuleChecklist, "family_view.view")
	}
	if v.Date == "" {
		r.open(11, RuleChecklist, "family_view.date")
	}
	if v.View == ViewDisagree && evBlank(v.Comments) {
		r.add(11, FindingFamilyDisagreesNoComment, RuleChecklist, "family_view.comments", "")
	}
}

// evaluation derives the step states, the result and its grounds from
// the findings.
func (r *evalRun) evaluation() Evaluation {
	n := r.n
	ev := Evaluation{NeedID: n.ID, Findings: r.findings}
	// Findings are added step by step; the sort only guards that promise.
	slices.SortStableFunc(ev.Findings, func(a, b Finding) int { return a.Step - b.Step })
	for i := range ev.Steps {
		if r.needed[i] || (!r.notApplicable && r.touched[i]) {
			ev.Steps[i] = StepDone
		} else {
			ev.Steps[i] = StepNotNeeded
		}
	}
	for _, f := range ev.Findings {
		switch st := &ev.Steps[f.Step-1]; {
		case f.Contradiction:
			*st = StepContradiction
		case *st != StepContradiction:
			*st = StepOpen
		}
	}
	contradiction := false
	for _, f := range ev.Findings {
		contradiction = contradiction || f.Contradiction
	}
	switch {
	case contradiction:
		ev.Result = ResultContradiction
	case len(ev.Findings) > 0:
		ev.Result = ResultIncomplete
	case r.notApplicable:
		ev.Result = ResultRefer
	case r.covered:
		ev.Result = ResultSolved
	case r.referPre || r.referGenAdequate:
		ev.Result = ResultRefer
	case n.Gap.Conclusion == ConclusionYouthCare:
		ev.Result = ResultYouthCare
	case n.Gap.Conclusion == ConclusionNone:
		ev.Result = ResultSolved
	default:
		// Unreachable: with no finding, step 10 is concluded. Say so
		// rather than guess.
		ev.Result = ResultIncomplete
	}
	ev.Grounds = r.grounds(ev)
	return ev
}

// grounds are the rules the result rests on. For a clean result they are
// the rules of the path it took: the order of the investigation always,
// then what decided it. For incomplete and contradiction they are the
// rules of the findings. One allocation per need: the check runs on
// every keypress of step 3 for every need.
func (r *evalRun) grounds(ev Evaluation) []Rule {
	var mask uint64 // bit i: Rules[i] (TestRulesFitTheGroundsMask)
	switch {
	case !ev.Result.Clean():
		for _, f := range ev.Findings {
			mask |= ruleBit(f.Rule)
		}
	case r.notApplicable:
		mask = groundsNotApplicable
	case r.ownEnough:
		mask = groundsOwnEnough
	case r.netEnough:
		mask = groundsNetworkEnough
	case r.referPre || r.referGenAdequate:
		mask = groundsRefer
	case ev.Result == ResultYouthCare:
		mask = groundsYouthCare
	default: // no youth care: own strength and network cover it together
		mask = groundsNoYouthCare
	}
	out := make([]Rule, 0, bits.OnesCount64(mask))
	for i, rule := range Rules {
		if mask&(1<<i) != 0 {
			out = append(out, rule)
		}
	}
	return out
}

// The grounds of each clean path, as masks over Rules.
var (
	groundsNotApplicable = ruleMask(RuleJeugdwet23)
	groundsOwnEnough     = ruleMask(RuleJeugdwet23, RuleArt28, RuleCRvB20171477, RuleCRvB20241095)
	groundsNetworkEnough = ruleMask(RuleJeugdwet23, RuleArt28, RuleArt31, RuleWmo111, RuleCRvB201717, RuleCRvB20171477, RuleCRvB20241095)
	groundsRefer         = ruleMask(RuleJeugdwet23, RuleArt31, RuleBeleidsregels2025, RuleCRvB20171477)
	groundsYouthCare     = ruleMask(RuleJeugdwet23, RuleArt28, RuleArt31, RuleCRvB201717, RuleCRvB20171477, RuleCRvB20241095, RuleCRvB20251390)
	groundsNoYouthCare   = ruleMask(RuleJeugdwet23, RuleArt28, RuleArt31, RuleCRvB20171477, RuleCRvB20241095)
)

// ruleBit is the bit of a rule in a mask over Rules; 0 for an unknown rule.
func ruleBit(r Rule) uint64 {
	for i, x := range Rules {
		if x == r {
			return 1 << i
		}
	}
	return 0
}

func ruleMask(rs ...Rule) uint64 {
	var m uint64
	for _, r := range rs {
		m |= ruleBit(r)
	}
	return m
}

// stepsTouched reports per step whether anything of it is answered. Answers
// left unknown (or empty, before Normalize) count as not answered.
func stepsTouched(n *Need) [NeedSteps]bool {
	var t [NeedSteps]bool
	q := &n.Request
	t[0] = !evBlank(q.Words) || !evBlank(q.YouthView) || len(q.Present) > 0 || q.Date != ""
	a := &n.Applicability
	t[1] = evKnown(a.Jeugdwet) || evKnown(a.Resident) || !evBlank(a.Basis)
	p := &n.Problems
	t[2] = !evBlank(p.Text) || len(p.Expertise) > 0
	h := &n.Help
	t[3] = !evBlank(h.Kind) || !evBlank(h.Frequency) || !evBlank(h.Duration) || !evBlank(h.Goals)
	o := &n.Own
	t[4] = o.Outcome != SufficiencyOpen || !evBlank(o.Standard) || !evBlank(o.Capacity) || !evBlank(o.Load) || !evBlank(o.Reason)
	w := &n.Network
	t[5] = w.Outcome != SufficiencyOpen || !evBlank(w.Reason) || len(w.Contributions) > 0
	f := &n.FamilyPlan
	t[6] = f.Offer != PlanNotOffered || !evBlank(f.Answer) || evKnown(f.JimPresent)
	t[7] = provisionTouched(&n.Preceding)
	t[8] = provisionTouched(&n.General)
	g := &n.Gap
	t[9] = g.Conclusion != ConclusionOpen || g.Form != CareFormOpen || !evBlank(g.Reasoning)
	v := &n.View
	t[10] = v.View != ViewOpen || !evBlank(v.Comments) || v.Date != ""
	return t
}

func provisionTouched(p *ProvisionStep) bool {
	return p.Decision != DecisionOpen || !evBlank(p.Which) || evKnown(p.Adequate)
}
