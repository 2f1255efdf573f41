package model

import ()

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
	// ResultIncomplete: the investigation is incomplete; the findings say
	// what is missing.
	ResultIncomplete Result = "incomplete"
	// ResultContradiction: a judgement or the conclusion contradicts the
	// recorded steps; the findings say which. It outweighs incomplete, so
	// that a file never calls a contradiction merely unfinished.
	ResultContradiction Result = "contradiction"
)

// Results lists every result.
var Results = []Result{ResultSolved, ResultRefer, ResultYouthCare, ResultIncomplete, ResultContradiction}

// Clean reports whether the result is an advice without open findings.
func (r Result) Clean() bool {
	return r == ResultSolved || r == ResultRefer || r == ResultYouthCare
}

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
	// RuleWmo111: Wmo 2015 art. 1.1.1 (the definitions Almelo uses): the
	// social network is the people with whom the family has a social
	// relation, not professionals; customary care is what parents and
	// housemates may be expected to give, which is own strength.
	RuleWmo111 Rule = "wmo_1_1_1"
	// RuleCRvB20211327: CRvB 26 May 2021, ECLI:NL:CRVB:2021:1327, the
	// ability to pay is not an own possibility under Jeugdwet 2.3(1).
	RuleCRvB20211327 Rule = "crvb_2021_1327"
	// RuleCRvB20241095: CRvB 29 May 2024, ECLI:NL:CRVB:2024:1095-1097, the
	// standard for own possibilities and customary care must be stated.
	RuleCRvB20241095 Rule = "crvb_2024_1095"
	// RuleCRvB20242040: CRvB 18 October 2024, ECLI:NL:CRVB:2024:2040,
	// advice must be checked before it is relied on.
	RuleCRvB20242040 Rule = "crvb_2024_2040"
	// RuleCRvB20251390: CRvB 18 September 2025, ECLI:NL:CRVB:2025:1390,
	// it must be clear which youth care is needed.
	RuleCRvB20251390 Rule = "crvb_2025_1390"
	// RuleChecklist: no statutory rule of its own; a point of the checklist
	// kring follows (DOMAIN.md, an inference from the case law): the JIM,
	// the care form, the family's view of the report.
	RuleChecklist Rule = "checklist"
)

// Rules lists every rule a finding or a ground can cite, in the order a
// report lists them: statutes, the ordinance and policy, case law by date,
// and kring's own checklist last.
var Rules = []Rule{RuleJeugdwet23, RuleJeugdwet412, RuleWmo111, RuleArt28, RuleArt31, RuleBeleidsregels2025,
	RuleCRvB201717, RuleCRvB20171477, RuleCRvB20211327, RuleCRvB20241095, RuleCRvB20242040, RuleCRvB20251390, RuleChecklist}

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
	// FindingStandardNoAge: own strength judged for a youth whose age is
	// not recorded, so the standard cannot be applied to this youth.
	FindingStandardNoAge FindingCode = "standard_no_age"
	// FindingPaidNotOwn (contradiction): own strength judged enough or
	// partly while it rests on the family paying for help.
	FindingPaidNotOwn FindingCode = "paid_not_own_strength"
	// FindingAdviceUnchecked: expertise relied on without the record that
	// it was checked.
	FindingAdviceUnchecked FindingCode = "advice_unchecked"
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
	// FindingProfessionalAsNetwork: a professional's help counted as
	// network help; it is expertise (step 3) or a provision (steps 8, 9).
	FindingProfessionalAsNetwork FindingCode = "professional_as_network"
	// FindingHouseholdAsNetwork: help from the household counted as
	// network help; it is customary care, own strength (step 5).
	FindingHouseholdAsNetwork FindingCode = "household_as_network"
	// FindingFamilyNotAsked: the network judged not enough while a family
	// member was neither asked nor recorded with why they could not be.
	FindingFamilyNotAsked FindingCode = "family_not_asked"
	// FindingNetworkNobodyAsked: the network judged not enough while
	// nobody from it was asked and answered.
	FindingNetworkNobodyAsked FindingCode = "network_nobody_asked"
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
	// FindingProvisionNotAdequate (contradiction): a referral to a
	// preceding or general provision recorded as not adequate.
	FindingProvisionNotAdequate FindingCode = "provision_not_adequate"
	// FindingGapNoReasoning: a conclusion on the gap without reasoning.
	FindingGapNoReasoning FindingCode = "gap_no_reasoning"
	// FindingGapHelpUnknown (contradiction): youth care concluded while
	// the help needed (step 4) is not recorded in full.
	FindingGapHelpUnknown FindingCode = "gap_help_unknown"
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
	FindingStepOpen, FindingNoReason, FindingNoStandard, FindingStandardNoAge, FindingPaidNotOwn,
	FindingExpertiseUnidentified, FindingAdviceUnchecked, FindingOrder, FindingOrderGap,
	FindingCountedNotAsked, FindingCountedUnable, FindingCountedNotLasting,
	FindingCountedDeceased, FindingUnknownPerson, FindingUnwillingNoReason, FindingProfessionalAsNetwork,
	FindingHouseholdAsNetwork, FindingFamilyNotAsked, FindingNetworkNobodyAsked, FindingNetworkNotSwept,
	FindingNetworkEnoughNobody, FindingPlanNotOffered, FindingProvisionWhich, FindingProvisionAdequate,
	FindingProvisionNotAdequate, FindingGapNoReasoning, FindingGapHelpUnknown, FindingGapNoForm, FindingContradictionOwnEnough,
	FindingContradictionNetworkEnough, FindingContradictionRefer, FindingContradictionNotApplicable,
	FindingContradictionUnmet, FindingFamilyDisagreesNoComment,
}

// Contradiction reports whether the code is a contradiction (a conclusion
// or judgement that the recorded steps contradict) rather than something
// missing.
func (c FindingCode) Contradiction() bool {
	switch c {
	case FindingOrder, FindingOrderGap, FindingPaidNotOwn, FindingNetworkEnoughNobody, FindingProvisionNotAdequate, FindingGapHelpUnknown,
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
// each of the 11 steps (index 0 is step 1), the findings in step order,
// and the grounds: the rules the result rests on, in the order of Rules.
// A clean result has grounds too, so that the coach has them for the
// decision; for incomplete and contradiction they are the findings' rules.
type Evaluation struct {
	NeedID   string               `json:"need_id"`
	Result   Result               `json:"result"`
	Steps    [NeedSteps]StepState `json:"steps"`
	Findings []Finding            `json:"findings,omitempty"`
	Grounds  []Rule               `json:"grounds,omitempty"`
}

// Counts reports whether the contribution counts as help: the member
// answered yes or partly. A no, a maybe or no answer yet does not count.
func (c Contribution) Counts() bool { return c.Willing.Helps() }

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
//     10 unless covered, step 8 refers or step 9 refers (a referral, in
//     either step, to a provision recorded as inadequate refers nowhere).
//
// A step the path does not need is not_needed while nothing of it is
// answered; once answered, it is checked like any other step, so that the
// report never carries a half-answered step unremarked.
//
// What each step needs (a step with nothing answered gives one step_open
// naming the step; otherwise one finding per missing thing). Each step is
// one method of evalRun (check_steps.go; the network in check_network.go),
// whose doc comment says what it checks:
//  1. request: words, the youth's view, the date, who was present;
//  2. applicability: the Jeugdwet and residence; a "no" needs a basis;
//  3. problems: the text; each expertise entry identified and checked
//     (CRvB 2024:2040);
//  4. help: kind, frequency, duration and goals;
//  5. ownStrength: outcome, the standard for this youth's age
//     (CRvB 2024:1095-1097), capacity and load, a reason when short; not
//     resting on paying (CRvB 2021:1327); judged only after step 4;
//  6. network: the social network only (no household, no professionals:
//     Wmo 2015 art. 1.1.1); the members' own answers, only yes and partly
//     counting; "not enough" resting on answers or on why not asked
//     (CRvB 2017:17);
//  7. familyPlan: the offer and whether a JIM is present;
//  8. preceding and 9. general: a decision; refer needs which, and a
//     provision recorded as not adequate refers nowhere;
//  10. gap: a conclusion with reasoning; youth care needs a form and the
//     help needed (CRvB 2025:1390), and contradicts own strength or the
//     network enough, a referral, and step 2 "no"; concluded before own
//     strength and the network are judged it is order_gap; "no youth
//     care" while both are not enough and nothing refers is
//     contradiction_unmet;
//  11. view: the view and its date; disagree needs comments.
//
// The result is contradiction when a finding is a contradiction,
// incomplete when there is any other finding; otherwise refer when step 2
// says "no", solved when covered, refer when step 8 or 9 refers,
// youth_care when step 10 concludes youth care and solved when it
// concludes none. Every result carries its grounds (evalRun.grounds). A
// step is contradiction when a contradiction finding is on it, open when
// any other finding is, not_needed as above, else done.
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
	outside int // people of the social network (Person.SocialNetwork)
	present bool
	index   map[string]*Person // nil: look people up one by one
	// planState is the family group plan's state, read once per session.
	planState PlanOffer
}

func newEvaluator(s *Session, many bool) *evaluator {
	c := &evaluator{s: s}
	if s == nil {
		return c
	}
	c.present = len(s.Present) > 0
	c.planState = s.PlanState()
	// The social network on the map: alive, outside the household, no
	// professional (Wmo 2015 art. 1.1.1).
	for i := range s.People {
		if s.People[i].SocialNetwork() {
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

func (c *evaluator) evaluate(n *Need) Evaluation {
	if n == nil {
		n = &Need{}
	}
	var run evalRun
	r := &run
	r.init(n)
	if c.s != nil {
		r.usePlan(c.planState)
	}
	if c.s != nil && n.YouthID != "" {
		if y := c.s.Youth(n.YouthID); y != nil && y.BirthYear == 0 {
			r.ageUnknown = true
		}
	}
	// The checklist of DOMAIN.md, one method per step, in the order of
	// the investigation (CRvB 2017:1477).
	r.request(c.present)
	r.applicability()
	if r.check(3) {
		r.problems()
	}
	if r.check(4) {
		r.help()
	}
	if r.check(5) {
		r.ownStrength()
	}
	if r.check(6) {
		c.network(r)
	}
	if r.check(7) {
		r.familyPlan()
	}
	if r.check(8) {
		r.preceding()
	}
	if r.check(9) {
		r.general()
	}
	r.gap()
	r.view()
	return r.evaluation()
}
