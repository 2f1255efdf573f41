package model

import (
	"slices"
	"strconv"
	"strings"
)

// Result is the advisory outcome of the network-first check of one need.
// The tool supports the coach's judgement; it does not decide.
type Result string

// Results of the check.
const (
	// ResultSolved: the need is solved with the family's own strength and
	// network (step 5 or 6 "enough", or a reasoned "no youth care" in
	// step 10 where they cover it together).
	ResultSolved Result = "solved"
	// ResultRefer: refer to a preceding (step 8) or general (step 9)
	// provision, or the Jeugdwet does not apply or the municipality is not
	// the municipality of residence (step 2).
	ResultRefer Result = "refer"
	// ResultYouthCare: tailored youth care is indicated for the remaining gap.
	ResultYouthCare Result = "youth_care"
	// ResultIncomplete: the investigation is incomplete or contradicts
	// itself; the findings say where.
	ResultIncomplete Result = "incomplete"
)

// Results lists every result.
var Results = []Result{ResultSolved, ResultRefer, ResultYouthCare, ResultIncomplete}

// StepState is the state of one step of the checklist.
type StepState string

// Step states.
const (
	StepDone          StepState = "done"          // needed (or answered) and complete
	StepOpen          StepState = "open"          // something is missing
	StepContradiction StepState = "contradiction" // the step contradicts the recorded steps
	StepNotNeeded     StepState = "not_needed"    // the path through the checklist skips it and it is not answered
)

// StepStates lists every step state.
var StepStates = []StepState{StepDone, StepOpen, StepContradiction, StepNotNeeded}

// NeedSteps is the number of steps of the checklist (DOMAIN.md).
const NeedSteps = 11

// Rule is the rule a finding rests on, as a stable code that the UI turns
// into one cited line.
type Rule string

// Rules cited by findings.
const (
	// RuleJeugdwet23: Jeugdwet art. 2.3(1), youth care only where the own
	// possibilities and problem-solving capacity of youth and parents fall short.
	RuleJeugdwet23 Rule = "jeugdwet_2_3"
	// RuleArt28: Verordening Jeugdhulp Almelo 2025 art. 2.8, the
	// investigation starts from the own strength of youth, parents and the
	// social network.
	RuleArt28 Rule = "art_2_8"
	// RuleArt31: Verordening Jeugdhulp Almelo 2025 art. 3.1, youth care only
	// when the family cannot get support from the social network.
	RuleArt31 Rule = "art_3_1"
	// RuleCRvB20171477: CRvB 1 May 2017, ECLI:NL:CRVB:2017:1477, the order
	// of the investigation (request, problems, help needed, only then own
	// possibilities) and identifiable expertise.
	RuleCRvB20171477 Rule = "crvb_2017_1477"
	// RuleCRvB201717: ECLI:NL:CRVB:2017:17, a network member's willingness
	// counts, not their mere existence.
	RuleCRvB201717 Rule = "crvb_2017_17"
	// RuleJeugdwet412: Jeugdwet art. 4.1.2, the family group plan must be offered.
	RuleJeugdwet412 Rule = "jeugdwet_4_1_2"
	// RuleBeleidsregels2025: Beleidsregels jeugdhulp Almelo 2025, a
	// preceding or general provision comes first.
	RuleBeleidsregels2025 Rule = "beleidsregels_2025"
	// RuleChecklist: no statutory rule of its own; a point of the checklist
	// kring follows (DOMAIN.md, an inference from the case law): the JIM,
	// the care form, the family's view of the report.
	RuleChecklist Rule = "checklist"
)

// Rules lists every rule a finding can cite.
var Rules = []Rule{RuleJeugdwet23, RuleArt28, RuleArt31, RuleCRvB20171477, RuleCRvB201717, RuleJeugdwet412, RuleBeleidsregels2025, RuleChecklist}

// FindingCode says what the check found, as a stable code.
type FindingCode string

// Finding codes. Those marked contradiction set Finding.Contradiction.
const (
	// FindingStepOpen: a step, or a field the report must show, is not
	// answered. Field names the field, or the whole step when nothing of
	// it is answered ("help").
	FindingStepOpen FindingCode = "step_open"
	// FindingNoReason: a negative answer without its reason: own strength
	// or network "partly" or "not enough" without a reason (steps 5, 6),
	// or the Jeugdwet or residence "no" without a basis (step 2).
	FindingNoReason FindingCode = "no_reason"
	// FindingNoStandard: own strength judged without the standard used
	// (age, development; customary care).
	FindingNoStandard FindingCode = "no_standard"
	// FindingExpertiseUnidentified: an expertise entry without who or discipline.
	FindingExpertiseUnidentified FindingCode = "expertise_unidentified"
	// FindingOrder (contradiction): own strength or network judged before
	// the help needed is recorded (steps 5, 6).
	FindingOrder FindingCode = "order"
	// FindingOrderGap (contradiction): youth care concluded before own
	// strength and, where needed, the network are judged (step 10).
	FindingOrderGap FindingCode = "order_gap"
	// FindingCountedNotAsked: a contribution counts as help but the person
	// was not asked.
	FindingCountedNotAsked FindingCode = "counted_not_asked"
	// FindingCountedNotWilling: a contribution counts as help but the
	// person did not say yes.
	FindingCountedNotWilling FindingCode = "counted_not_willing"
	// FindingCountedUnable: a contribution counts as help from someone
	// recorded as not able.
	FindingCountedUnable FindingCode = "counted_unable"
	// FindingCountedNotLasting: a contribution counts as help that is
	// recorded as not lasting.
	FindingCountedNotLasting FindingCode = "counted_not_lasting"
	// FindingCountedDeceased: a contribution counts as help from someone
	// who has died.
	FindingCountedDeceased FindingCode = "counted_deceased"
	// FindingUnknownPerson: a contribution points at nobody on the map.
	FindingUnknownPerson FindingCode = "unknown_person"
	// FindingUnwillingNoReason: a network member is not willing and the
	// record does not say why not.
	FindingUnwillingNoReason FindingCode = "unwilling_no_reason"
	// FindingNetworkNotSwept: the network step is answered while the map
	// has nobody living outside the household.
	FindingNetworkNotSwept FindingCode = "network_not_swept"
	// FindingNetworkEnoughNobody (contradiction): the network is judged
	// enough but no contribution counts as help.
	FindingNetworkEnoughNobody FindingCode = "network_enough_nobody"
	// FindingPlanNotOffered: step 7 answered but the family group plan is
	// not recorded as offered.
	FindingPlanNotOffered FindingCode = "plan_not_offered"
	// FindingProvisionWhich: a referral to a provision that does not say which.
	FindingProvisionWhich FindingCode = "provision_which"
	// FindingProvisionAdequate: a referral to a general provision without
	// the answer whether it is adequate.
	FindingProvisionAdequate FindingCode = "provision_adequate"
	// FindingProvisionNotAdequate (contradiction): a referral to a general
	// provision recorded as not adequate.
	FindingProvisionNotAdequate FindingCode = "provision_not_adequate"
	// FindingGapNoReasoning: a conclusion on the gap without reasoning.
	FindingGapNoReasoning FindingCode = "gap_no_reasoning"
	// FindingGapNoForm: youth care concluded without the form (in kind or pgb).
	FindingGapNoForm FindingCode = "gap_no_form"
	// FindingContradictionOwnEnough (contradiction): youth care concluded
	// while own strength is enough.
	FindingContradictionOwnEnough FindingCode = "contradiction_own_enough"
	// FindingContradictionNetworkEnough (contradiction): youth care
	// concluded while the network is enough.
	FindingContradictionNetworkEnough FindingCode = "contradiction_network_enough"
	// FindingContradictionRefer (contradiction): youth care concluded while
	// a preceding or (adequate) general provision is referred to.
	FindingContradictionRefer FindingCode = "contradiction_refer"
	// FindingContradictionNotApplicable (contradiction): youth care
	// concluded while the Jeugdwet does not apply or the municipality is
	// not the municipality of residence.
	FindingContradictionNotApplicable FindingCode = "contradiction_not_applicable"
	// FindingContradictionUnmet (contradiction): no youth care concluded
	// while own strength and network are both not enough and nothing refers.
	FindingContradictionUnmet FindingCode = "contradiction_unmet"
	// FindingFamilyDisagreesNoComment: the family disagrees with the report
	// and their comments are not recorded.
	FindingFamilyDisagreesNoComment FindingCode = "family_disagrees_no_comment"
)

// FindingCodes lists every finding code, roughly in step order.
var FindingCodes = []FindingCode{
	FindingStepOpen, FindingNoReason, FindingNoStandard, FindingExpertiseUnidentified, FindingOrder, FindingOrderGap,
	FindingCountedNotAsked, FindingCountedNotWilling, FindingCountedUnable, FindingCountedNotLasting,
	FindingCountedDeceased, FindingUnknownPerson, FindingUnwillingNoReason, FindingNetworkNotSwept,
	FindingNetworkEnoughNobody, FindingPlanNotOffered, FindingProvisionWhich, FindingProvisionAdequate,
	FindingProvisionNotAdequate, FindingGapNoReasoning, FindingGapNoForm, FindingContradictionOwnEnough,
	FindingContradictionNetworkEnough, FindingContradictionRefer, FindingContradictionNotApplicable,
	FindingContradictionUnmet, FindingFamilyDisagreesNoComment,
}

// Contradiction reports whether the code is a contradiction (a conclusion
// or judgement that the recorded steps contradict) rather than something
// missing.
func (c FindingCode) Contradiction() bool {
	switch c {
	case FindingOrder, FindingOrderGap, FindingNetworkEnoughNobody, FindingProvisionNotAdequate,
		FindingContradictionOwnEnough, FindingContradictionNetworkEnough, FindingContradictionRefer,
		FindingContradictionNotApplicable, FindingContradictionUnmet:
		return true
	}
	return false
}

// Finding is one thing the check found about a need.
type Finding struct {
	Step          int         `json:"step"` // 1..11, the checklist step of DOMAIN.md
	Code          FindingCode `json:"code"`
	Rule          Rule        `json:"rule"`
	Field         string      `json:"field,omitempty"`     // such as "help.goals", relative to the need
	PersonID      string      `json:"person_id,omitempty"` // when the finding is about one network member
	Contradiction bool        `json:"contradiction,omitempty"`
}

// Evaluation is the check of one need: the advisory result, the state of
// each of the 11 steps (index 0 is step 1) and the findings in step order.
type Evaluation struct {
	NeedID   string               `json:"need_id"`
	Result   Result               `json:"result"`
	Steps    [NeedSteps]StepState `json:"steps"`
	Findings []Finding            `json:"findings,omitempty"`
}

// Counts reports whether the contribution counts as help: it says what
// the person would do.
func (c Contribution) Counts() bool { return strings.TrimSpace(c.What) != "" }

// Evaluate checks one need of the session against the network-first rules
// (Jeugdwet 2.3, verordening art. 2.8 and 3.1) in the order of CRvB
// 2017:1477, step by step as in the checklist of DOMAIN.md. It is pure,
// deterministic and never panics; a nil session or need reads as empty.
//
// Which steps are needed (the path):
//   - steps 1, 2 and 11 always;
//   - if step 2 says "no" to the Jeugdwet or to residence, steps 3 to 10
//     are not needed and are not checked, except that youth care concluded
//     in step 10 is a contradiction (contradiction_not_applicable);
//   - otherwise (also while step 2 is open) steps 3, 4 and 5; steps 6 and 7
//     unless own strength is enough; steps 8 and 9 unless own strength or
//     the network is enough ("covered"); step 9 unless step 8 refers; step
//     10 unless covered, step 8 refers or step 9 refers to a general
//     provision not recorded as inadequate.
//
// A step the path does not need is not_needed while nothing of it is
// answered; once answered, it is checked like any other step, so that the
// report never carries a half-answered step unremarked.
//
// What each step needs (a step with nothing answered gives one step_open
// naming the step; otherwise one finding per missing thing):
//  1. words, the youth's view, the date, and who was present (the need's
//     list, or the session's when the need has none);
//  2. the Jeugdwet and residence answered; a "no" needs a basis (no_reason);
//  3. the problems; each expertise entry with who and discipline;
//  4. kind, frequency, duration and goals;
//  5. outcome, standard (no_standard), capacity and load; "partly" or
//     "not enough" needs a reason; an outcome while step 4 is incomplete is
//     order (the network and own strength are judged only after the help
//     needed is recorded);
//  6. outcome; "partly" or "not enough" needs a reason; "enough" needs a
//     contribution that counts (network_enough_nobody); an answer while
//     nobody living is outside the household is network_not_swept; an
//     outcome while step 4 is incomplete is order. Per contribution: an
//     unknown person is unknown_person; "not willing" needs why not; one
//     that counts (Counts) needs the person alive, asked, willing (yes),
//     able and lasting (not "no", and not unknown: step_open) and how often;
//  7. the offer (plan_not_offered) and whether a JIM is present;
//  8. a decision; refer needs which;
//  9. a decision; refer needs which and adequate answered (unknown is
//     provision_adequate, "no" is provision_not_adequate);
//  10. a conclusion with reasoning; youth care needs a form. Youth care
//     contradicts own strength enough, network enough, a referral in step 8
//     or 9, and step 2 "no"; concluded while own strength or (when needed)
//     the network is not yet judged it is order_gap. "No youth care" while own
//     strength and network are both not enough and nothing refers is
//     contradiction_unmet (with "partly" the coach may reason that the
//     parts cover the need together);
//  11. the view and its date; disagree needs comments.
//
// The result is incomplete when there is any finding; otherwise refer when
// step 2 says "no", solved when covered, refer when step 8 or 9 refers,
// youth_care when step 10 concludes youth care and solved when it
// concludes none. A step is contradiction when a contradiction finding is
// on it, open when any other finding is, not_needed as above, else done.
func Evaluate(s *Session, n *Need) Evaluation {
	c := newEvaluator(s, false)
	return c.evaluate(n)
}

// Evaluate checks every need of the session, in order.
func (s *Session) Evaluate() []Evaluation {
	if s == nil || len(s.Needs) == 0 {
		return nil
	}
	c := newEvaluator(s, true)
	out := make([]Evaluation, len(s.Needs))
	for i := range s.Needs {
		out[i] = c.evaluate(&s.Needs[i])
	}
	return out
}

// evaluator holds what every need of a session shares, computed once.
type evaluator struct {
	s       *Session
	outside int // living people outside the household
	present bool
	index   map[string]*Person // nil: look people up one by one
}

func newEvaluator(s *Session, many bool) *evaluator {
	c := &evaluator{s: s}
	if s == nil {
		return c
	}
	c.present = len(s.Present) > 0
	// As Count().Outside, without building the maps of Count.
	for i := range s.People {
		if p := &s.People[i]; !p.Deceased && !p.Household {
			c.outside++
		}
	}
	if many {
		contributions := 0
		for i := range s.Needs {
			contributions += len(s.Needs[i].Network.Contributions)
		}
		// A map pays off only when there are many lookups in many people.
		if contributions*len(s.People) > 4096 {
			c.index = make(map[string]*Person, len(s.People))
			for i := range s.People {
				if _, dup := c.index[s.People[i].ID]; !dup {
					c.index[s.People[i].ID] = &s.People[i]
				}
			}
		}
	}
	return c
}

func (c *evaluator) person(id string) *Person {
	if c.s == nil {
		return nil
	}
	if c.index != nil {
		return c.index[id]
	}
	return c.s.Person(id)
}

// evalRun is the check of one need in progress.
type evalRun struct {
	findings []Finding
	needed   [NeedSteps]bool
	touched  [NeedSteps]bool
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

func (c *evaluator) evaluate(n *Need) Evaluation {
	if n == nil {
		n = &Need{}
	}
	r := &evalRun{}

	notApplicable := evNo(n.Applicability.Jeugdwet) || evNo(n.Applicability.Resident)
	ownEnough := n.Own.Outcome == SufficiencyEnough
	netEnough := n.Network.Outcome == SufficiencyEnough
	covered := ownEnough || netEnough
	referPre := n.Preceding.Decision == DecisionRefer
	referGen := n.General.Decision == DecisionRefer && !evNo(n.General.Adequate)
	referGenAdequate := n.General.Decision == DecisionRefer && evYes(n.General.Adequate)
	helpComplete := !evBlank(n.Help.Kind) && !evBlank(n.Help.Frequency) && !evBlank(n.Help.Duration) && !evBlank(n.Help.Goals)

	r.needed[0], r.needed[1], r.needed[10] = true, true, true
	if !notApplicable {
		r.needed[2], r.needed[3], r.needed[4] = true, true, true
		r.needed[5] = !ownEnough
		r.needed[6] = !ownEnough
		r.needed[7] = !covered
		r.needed[8] = !covered && !referPre
		r.needed[9] = !covered && !referPre && !referGen
	}
	r.touched = stepsTouched(n)
	check := func(step int) bool {
		return r.needed[step-1] || (!notApplicable && r.touched[step-1])
	}

	// Step 1: the request.
	if !r.touched[0] {
		r.open(1, RuleCRvB20171477, "request")
	} else {
		if evBlank(n.Request.Words) {
			r.open(1, RuleCRvB20171477, "request.words")
		}
		if evBlank(n.Request.YouthView) {
			r.open(1, RuleCRvB20171477, "request.youth_view")
		}
		if len(n.Request.Present) == 0 && !c.present {
			r.open(1, RuleCRvB20171477, "request.present")
		}
		if n.Request.Date == "" {
			r.open(1, RuleCRvB20171477, "request.date")
		}
	}

	// Step 2: applicability.
	if !r.touched[1] {
		r.open(2, RuleJeugdwet23, "applicability")
	} else {
		if !evKnown(n.Applicability.Jeugdwet) {
			r.open(2, RuleJeugdwet23, "applicability.jeugdwet")
		}
		if !evKnown(n.Applicability.Resident) {
			r.open(2, RuleJeugdwet23, "applicability.resident")
		}
		if notApplicable && evBlank(n.Applicability.Basis) {
			r.add(2, FindingNoReason, RuleJeugdwet23, "applicability.basis", "")
		}
	}

	// Step 3: problems and expertise.
	if check(3) {
		if !r.touched[2] {
			r.open(3, RuleCRvB20171477, "problems")
		} else {
			if evBlank(n.Problems.Text) {
				r.open(3, RuleCRvB20171477, "problems.text")
			}
			for i, e := range n.Problems.Expertise {
				if evBlank(e.Who) || evBlank(e.Discipline) {
					r.add(3, FindingExpertiseUnidentified, RuleCRvB20171477, "problems.expertise["+strconv.Itoa(i)+"]", "")
				}
			}
		}
	}

	// Step 4: the help needed.
	if check(4) {
		if !r.touched[3] {
			r.open(4, RuleCRvB20171477, "help")
		} else {
			for _, f := range [...]struct{ v, name string }{
				{n.Help.Kind, "help.kind"}, {n.Help.Frequency, "help.frequency"},
				{n.Help.Duration, "help.duration"}, {n.Help.Goals, "help.goals"},
			} {
				if evBlank(f.v) {
					r.open(4, RuleCRvB20171477, f.name)
				}
			}
		}
	}

	// Step 5: own strength.
	if check(5) {
		o := &n.Own
		if !r.touched[4] {
			r.open(5, RuleJeugdwet23, "own_strength")
		} else {
			if o.Outcome == SufficiencyOpen {
				r.open(5, RuleJeugdwet23, "own_strength.outcome")
			} else if !helpComplete {
				r.add(5, FindingOrder, RuleCRvB20171477, "own_strength.outcome", "")
			}
			if evBlank(o.Standard) {
				r.add(5, FindingNoStandard, RuleJeugdwet23, "own_strength.standard", "")
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
	}

	// Step 6: the network.
	if check(6) {
		c.network(r, n, helpComplete)
	}

	// Step 7: the family group plan and the JIM.
	if check(7) {
		if !r.touched[6] {
			r.open(7, RuleJeugdwet412, "family_plan")
		} else {
			if n.FamilyPlan.Offer == PlanNotOffered {
				r.add(7, FindingPlanNotOffered, RuleJeugdwet412, "family_plan.offer", "")
			}
			if !evKnown(n.FamilyPlan.JimPresent) {
				r.open(7, RuleChecklist, "family_plan.jim_present")
			}
		}
	}

	// Step 8: a preceding provision.
	if check(8) {
		p := &n.Preceding
		if !r.touched[7] {
			r.open(8, RuleBeleidsregels2025, "preceding")
		} else {
			if p.Decision == DecisionOpen {
				r.open(8, RuleBeleidsregels2025, "preceding.decision")
			}
			if p.Decision == DecisionRefer && evBlank(p.Which) {
				r.add(8, FindingProvisionWhich, RuleBeleidsregels2025, "preceding.which", "")
			}
		}
	}

	// Step 9: a general provision.
	if check(9) {
		g := &n.General
		if !r.touched[8] {
			r.open(9, RuleBeleidsregels2025, "general")
		} else {
			if g.Decision == DecisionOpen {
				r.open(9, RuleBeleidsregels2025, "general.decision")
			}
			if g.Decision == DecisionRefer {
				if evBlank(g.Which) {
					r.add(9, FindingProvisionWhich, RuleBeleidsregels2025, "general.which", "")
				}
				switch {
				case evNo(g.Adequate):
					r.add(9, FindingProvisionNotAdequate, RuleBeleidsregels2025, "general.adequate", "")
				case !evYes(g.Adequate):
					r.add(9, FindingProvisionAdequate, RuleBeleidsregels2025, "general.adequate", "")
				}
			}
		}
	}

	// Step 10: the remaining gap.
	youthCare := n.Gap.Conclusion == ConclusionYouthCare
	switch {
	case notApplicable:
		if youthCare {
			r.add(10, FindingContradictionNotApplicable, RuleJeugdwet23, "gap.conclusion", "")
		}
	case check(10):
		gp := &n.Gap
		if !r.touched[9] {
			r.open(10, RuleJeugdwet23, "gap")
			break
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
			if n.Own.Outcome == SufficiencyOpen || (!ownEnough && n.Network.Outcome == SufficiencyOpen) {
				r.add(10, FindingOrderGap, RuleCRvB20171477, "gap.conclusion", "")
			}
			if ownEnough {
				r.add(10, FindingContradictionOwnEnough, RuleJeugdwet23, "gap.conclusion", "")
			}
			if netEnough {
				r.add(10, FindingContradictionNetworkEnough, RuleArt31, "gap.conclusion", "")
			}
			if referPre || referGenAdequate {
				r.add(10, FindingContradictionRefer, RuleBeleidsregels2025, "gap.conclusion", "")
			}
		}
		if gp.Conclusion == ConclusionNone && r.needed[9] &&
			n.Own.Outcome == SufficiencyNotEnough && n.Network.Outcome == SufficiencyNotEnough {
			r.add(10, FindingContradictionUnmet, RuleJeugdwet23, "gap.conclusion", "")
		}
	}

	// Step 11: the family's view.
	v := &n.View
	if !r.touched[10] {
		r.open(11, RuleChecklist, "family_view")
	} else {
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

	ev := Evaluation{NeedID: n.ID, Findings: r.findings}
	// Findings are added step by step; the sort only guards that promise.
	slices.SortStableFunc(ev.Findings, func(a, b Finding) int { return a.Step - b.Step })
	for i := range ev.Steps {
		switch {
		case r.needed[i] || (!notApplicable && r.touched[i]):
			ev.Steps[i] = StepDone
		default:
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

	switch {
	case len(ev.Findings) > 0:
		ev.Result = ResultIncomplete
	case notApplicable:
		ev.Result = ResultRefer
	case covered:
		ev.Result = ResultSolved
	case referPre || referGenAdequate:
		ev.Result = ResultRefer
	case youthCare:
		ev.Result = ResultYouthCare
	case n.Gap.Conclusion == ConclusionNone:
		ev.Result = ResultSolved
	default:
		// Unreachable: with no finding, step 10 is concluded. Say so
		// rather than guess.
		ev.Result = ResultIncomplete
	}
	return ev
}

// network checks step 6.
func (c *evaluator) network(r *evalRun, n *Need, helpComplete bool) {
	nw := &n.Network
	if !r.touched[5] {
		r.open(6, RuleArt28, "network")
		return
	}
	if nw.Outcome == SufficiencyOpen {
		r.open(6, RuleArt28, "network.outcome")
	} else if !helpComplete {
		r.add(6, FindingOrder, RuleCRvB20171477, "network.outcome", "")
	}
	if evShort(nw.Outcome) && evBlank(nw.Reason) {
		r.add(6, FindingNoReason, RuleArt31, "network.reason", "")
	}
	if c.outside == 0 {
		r.add(6, FindingNetworkNotSwept, RuleArt28, "network", "")
	}
	counting := 0
	for i := range nw.Contributions {
		k := &nw.Contributions[i]
		field := "network.contributions[" + strconv.Itoa(i) + "]"
		p := c.person(k.PersonID)
		if p == nil {
			r.add(6, FindingUnknownPerson, RuleCRvB201717, field+".person_id", k.PersonID)
			continue
		}
		if k.Willing == WillingNo && evBlank(k.WhyNot) {
			r.add(6, FindingUnwillingNoReason, RuleArt31, field+".why_not", k.PersonID)
		}
		if !k.Counts() {
			continue
		}
		counting++
		if p.Deceased {
			r.add(6, FindingCountedDeceased, RuleArt31, field+".person_id", k.PersonID)
		}
		if !evYes(k.Asked) {
			r.add(6, FindingCountedNotAsked, RuleCRvB201717, field+".asked", k.PersonID)
		}
		if k.Willing != WillingYes {
			r.add(6, FindingCountedNotWilling, RuleCRvB201717, field+".willing", k.PersonID)
		}
		switch {
		case evNo(k.Able):
			r.add(6, FindingCountedUnable, RuleArt31, field+".able", k.PersonID)
		case !evYes(k.Able):
			r.add(6, FindingStepOpen, RuleArt31, field+".able", k.PersonID)
		}
		switch {
		case evNo(k.Lasting):
			r.add(6, FindingCountedNotLasting, RuleArt31, field+".lasting", k.PersonID)
		case !evYes(k.Lasting):
			r.add(6, FindingStepOpen, RuleArt31, field+".lasting", k.PersonID)
		}
		if evBlank(k.HowOften) {
			r.add(6, FindingStepOpen, RuleArt31, field+".how_often", k.PersonID)
		}
	}
	if nw.Outcome == SufficiencyEnough && counting == 0 {
		r.add(6, FindingNetworkEnoughNobody, RuleCRvB201717, "network.outcome", "")
	}
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
