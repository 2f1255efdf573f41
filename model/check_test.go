package model

import (
	"cmp"
	"fmt"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// evSession is the map the check cases run on: a parent in the household,
// oma Ria and neighbour Gerda outside it, and opa Henk who has died. The
// session lists nobody as present, so that step 1 depends on the need.
func evSession() *Session {
	return &Session{
		ID: "s1", Label: "Familie Check",
		Youths: []Youth{{ID: "y1", Name: "Noor", BirthYear: 2017}},
		People: []Person{
			{ID: "p1", Name: "Sanne", Role: "moeder", Sector: SectorHousehold, Ring: RingVeryClose, Household: true, Adult: true, Parent: true},
			{ID: "p2", Name: "Ria", Role: "oma", Sector: SectorFamily, Ring: RingClose, Adult: true},
			{ID: "p3", Name: "Henk", Role: "opa", Sector: SectorFamily, Ring: RingNoContact, Adult: true, Deceased: true},
			{ID: "p4", Name: "Gerda", Role: "buurvrouw", Sector: SectorCommunity, Ring: RingFurther, Adult: true},
		},
	}
}

// evSolvedNeed is complete and solved: own strength partly, the network
// enough with two willing contributions; steps 8 to 10 are not needed.
func evSolvedNeed() Need {
	return Need{
		ID: "n1", Title: "Opvang na school", YouthID: "y1",
		Request: RequestStep{Words: "Als ik dienst heb is er niemand thuis.", YouthView: "Ik wil naar oma.",
			Present: []string{"Sanne", "Noor"}, Date: "2026-10-05"},
		Applicability: ApplicabilityStep{Jeugdwet: AnswerYes, Resident: AnswerYes, Basis: "Gezin woont in Almelo."},
		Problems: ProblemsStep{Text: "Twee middagen per week geen toezicht.",
			Expertise: []Expertise{{Who: "Esra", Discipline: "schoolmaatschappelijk werk", Checked: AnswerYes}}},
		Help: HelpStep{Kind: "toezicht na school", Frequency: "2 middagen per week", Duration: "tot de zomer",
			Goals: "Noor is na school bij een bekende volwassene."},
		Own: OwnStrengthStep{Outcome: SufficiencyPartly, Standard: "Toezicht na school is gebruikelijke hulp bij 9 jaar.",
			Capacity: "Vader kan op woensdag.", Load: "Moeder werkt wisselende diensten.",
			Reason: "Op dinsdag en donderdag werken beide ouders."},
		Network: NetworkStep{Outcome: SufficiencyEnough, Contributions: []Contribution{
			{PersonID: "p2", What: "ophalen op dinsdag", HowOften: "wekelijks", Asked: AnswerYes, Willing: WillingYes, Able: AnswerYes, Lasting: AnswerYes},
			{PersonID: "p4", What: "ophalen op donderdag", HowOften: "wekelijks", Asked: AnswerYes, Willing: WillingYes, Able: AnswerYes, Lasting: AnswerYes},
		}},
		FamilyPlan: FamilyPlanStep{Offer: PlanMade, Answer: "Oma en Gerda doen mee.", JimPresent: AnswerNo},
		View:       FamilyViewStep{View: ViewAgree, Date: "2026-10-06"},
	}
}

// evYouthCareNeed is complete and ends in youth care: own strength and
// network not enough (oma asked and unwilling, with her reason), no
// provision, youth care in kind.
func evYouthCareNeed() Need {
	return Need{
		ID: "n2", Title: "Somber en verzuim", YouthID: "y1",
		Request: RequestStep{Words: "Noor zit veel op haar kamer.", YouthView: "Ik wil met iemand praten.",
			Present: []string{"Sanne"}, Date: "2026-10-05"},
		Applicability: ApplicabilityStep{Jeugdwet: AnswerYes, Resident: AnswerYes},
		Problems:      ProblemsStep{Text: "Verzuim van een dag per week.", Expertise: []Expertise{{Who: "Esra", Discipline: "schoolmaatschappelijk werk", Checked: AnswerYes}}},
		Help:          HelpStep{Kind: "gesprekken", Frequency: "wekelijks", Duration: "drie maanden", Goals: "Noor gaat weer elke dag naar school."},
		Own: OwnStrengthStep{Outcome: SufficiencyNotEnough, Standard: "Een kind van 9 mag steun van ouders verwachten.",
			Capacity: "Moeder praat met Noor.", Load: "Moeder is zelf overbelast.", Reason: "Noor wil niet met haar moeder praten."},
		Network: NetworkStep{Outcome: SufficiencyNotEnough, Reason: "Oma wil niet; Gerda is te ver weg voor Noor.", Contributions: []Contribution{
			{PersonID: "p2", Asked: AnswerYes, Willing: WillingNo, WhyNot: "Oma vindt het te zwaar."},
		}},
		FamilyPlan: FamilyPlanStep{Offer: PlanDeclined, Answer: "Moeder wil eerst zelf hulp.", JimPresent: AnswerNo},
		Preceding:  ProvisionStep{Decision: DecisionContinue},
		General:    ProvisionStep{Decision: DecisionContinue},
		Gap:        GapStep{Conclusion: ConclusionYouthCare, Form: CareFormInKind, Reasoning: "Gesprekken nodig die netwerk en ouders niet kunnen geven."},
		View:       FamilyViewStep{View: ViewAgree, Date: "2026-10-06"},
	}
}

// evKey is what a case asserts about a finding.
type evKey struct {
	Step          int
	Code          FindingCode
	Field, Person string
}

func (k evKey) String() string {
	return fmt.Sprintf("%d %s %s %s", k.Step, k.Code, k.Field, k.Person)
}

func fd(step int, code FindingCode, field string) evKey { return evKey{step, code, field, ""} }
func fp(step int, code FindingCode, field, person string) evKey {
	return evKey{step, code, field, person}
}

// evSteps writes step states as letters: D done, O open, C contradiction,
// N not needed.
func evSteps(st [NeedSteps]StepState) string {
	var b strings.Builder
	letters := map[StepState]byte{StepDone: 'D', StepOpen: 'O', StepContradiction: 'C', StepNotNeeded: 'N'}
	for _, s := range st {
		if l, ok := letters[s]; ok {
			b.WriteByte(l)
		} else {
			b.WriteByte('?')
		}
	}
	return b.String()
}

type evCase struct {
	name     string
	base     func() Need
	sess     func(*Session) // optional change to evSession
	edit     func(*Need)
	result   Result
	steps    string // D done, O open, C contradiction, N not needed, steps 1..11
	findings []evKey
}

var evCases = []evCase{
	// The complete bases.
	{name: "solved: own strength partly, network enough; 8 to 10 not needed", base: evSolvedNeed,
		result: ResultSolved, steps: "DDDDDDDNNND"},
	{name: "youth care: own strength and network not enough, nothing refers", base: evYouthCareNeed,
		result: ResultYouthCare, steps: "DDDDDDDDDDD"},
	{name: "solved: own strength enough, network and plan not needed", base: evSolvedNeed,
		edit: func(n *Need) {
			n.Own.Outcome, n.Own.Reason = SufficiencyEnough, ""
			n.Network, n.FamilyPlan = NetworkStep{}, FamilyPlanStep{JimPresent: AnswerUnknown}
		},
		result: ResultSolved, steps: "DDDDDNNNNND"},
	{name: "solved: no youth care, reasoned, own strength partly covers with the network", base: evYouthCareNeed,
		edit: func(n *Need) {
			n.Own.Outcome = SufficiencyPartly
			n.Gap = GapStep{Conclusion: ConclusionNone, Reasoning: "Vader en oma samen dekken de middagen."}
		},
		result: ResultSolved, steps: "DDDDDDDDDDD"},
	{name: "solved: a step not needed but answered is checked and done", base: evSolvedNeed,
		edit:   func(n *Need) { n.Preceding.Decision = DecisionContinue },
		result: ResultSolved, steps: "DDDDDDDDNND"},
	{name: "solved: the session's present list stands in for the need's", base: evSolvedNeed,
		sess:   func(s *Session) { s.Present = []string{"Sanne (moeder)"} },
		edit:   func(n *Need) { n.Request.Present = nil },
		result: ResultSolved, steps: "DDDDDDDNNND"},

	// A new need: every step open, the path assumes the worst.
	{name: "empty need: every step open", base: func() Need { return Need{ID: "n9", Title: "Nieuw"} },
		result: ResultIncomplete, steps: "OOOOOOOOOOO",
		findings: []evKey{fd(1, FindingStepOpen, "request"), fd(2, FindingStepOpen, "applicability"),
			fd(3, FindingStepOpen, "problems"), fd(4, FindingStepOpen, "help"), fd(5, FindingStepOpen, "own_strength"),
			fd(6, FindingStepOpen, "network"), fd(7, FindingStepOpen, "family_plan"), fd(8, FindingStepOpen, "preceding"),
			fd(9, FindingStepOpen, "general"), fd(10, FindingStepOpen, "gap"), fd(11, FindingStepOpen, "family_view")}},

	// Step 1.
	{name: "step 1: the family's words missing", base: evSolvedNeed,
		edit:   func(n *Need) { n.Request.Words = " " },
		result: ResultIncomplete, steps: "ODDDDDDNNND", findings: []evKey{fd(1, FindingStepOpen, "request.words")}},
	{name: "step 1: youth's view and date missing", base: evSolvedNeed,
		edit:   func(n *Need) { n.Request.YouthView, n.Request.Date = "", "" },
		result: ResultIncomplete, steps: "ODDDDDDNNND",
		findings: []evKey{fd(1, FindingStepOpen, "request.youth_view"), fd(1, FindingStepOpen, "request.date")}},
	{name: "step 1: nobody recorded as present, here or in the session", base: evSolvedNeed,
		edit:   func(n *Need) { n.Request.Present = nil },
		result: ResultIncomplete, steps: "ODDDDDDNNND", findings: []evKey{fd(1, FindingStepOpen, "request.present")}},

	// Step 2 and the not-applicable path.
	{name: "step 2: other municipality refers; 3 to 10 not needed and not checked", base: evSolvedNeed,
		edit: func(n *Need) {
			n.Applicability.Resident, n.Applicability.Basis = AnswerNo, "Gezin woont in Hengelo."
			n.Own.Standard = "" // would be no_standard on the Jeugdwet path
		},
		result: ResultRefer, steps: "DDNNNNNNNND"},
	{name: "step 2: Jeugdwet no without a basis", base: evSolvedNeed,
		edit:   func(n *Need) { n.Applicability.Jeugdwet, n.Applicability.Basis = AnswerNo, "" },
		result: ResultIncomplete, steps: "DONNNNNNNND", findings: []evKey{fd(2, FindingNoReason, "applicability.basis")}},
	{name: "step 2: residence unknown", base: evSolvedNeed,
		edit:   func(n *Need) { n.Applicability.Resident = AnswerUnknown },
		result: ResultIncomplete, steps: "DODDDDDNNND", findings: []evKey{fd(2, FindingStepOpen, "applicability.resident")}},
	{name: "step 10: youth care while the Jeugdwet does not apply", base: evYouthCareNeed,
		edit:   func(n *Need) { n.Applicability.Jeugdwet, n.Applicability.Basis = AnswerNo, "Wlz-indicatie." },
		result: ResultContradiction, steps: "DDNNNNNNNCD", findings: []evKey{fd(10, FindingContradictionNotApplicable, "gap.conclusion")}},

	// Step 3.
	{name: "step 3: problems not described", base: evSolvedNeed,
		edit:   func(n *Need) { n.Problems.Text = "" },
		result: ResultIncomplete, steps: "DDODDDDNNND", findings: []evKey{fd(3, FindingStepOpen, "problems.text")}},
	{name: "step 3: expertise without a discipline", base: evSolvedNeed,
		edit: func(n *Need) {
			n.Problems.Expertise = append(n.Problems.Expertise, Expertise{Who: "huisarts", Checked: AnswerYes})
		},
		result: ResultIncomplete, steps: "DDODDDDNNND", findings: []evKey{fd(3, FindingExpertiseUnidentified, "problems.expertise[1]")}},

	{name: "step 3: advice relied on without being checked (CRvB 2024:2040)", base: evSolvedNeed,
		edit:   func(n *Need) { n.Problems.Expertise[0].Checked = AnswerUnknown },
		result: ResultIncomplete, steps: "DDODDDDNNND", findings: []evKey{fd(3, FindingAdviceUnchecked, "problems.expertise[0].checked")}},

	// Step 4 and the order rule.
	{name: "order: goals missing while own strength and network are judged", base: evSolvedNeed,
		edit:   func(n *Need) { n.Help.Goals = "" },
		result: ResultContradiction, steps: "DDDOCCDNNND",
		findings: []evKey{fd(4, FindingStepOpen, "help.goals"), fd(5, FindingOrder, "own_strength.outcome"), fd(6, FindingOrder, "network.outcome")}},
	{name: "order: help needed not recorded at all, youth care concluded (CRvB 2017:1477; CRvB 2025:1390)", base: evYouthCareNeed,
		edit:   func(n *Need) { n.Help = HelpStep{} },
		result: ResultContradiction, steps: "DDDOCCDDDCD",
		findings: []evKey{fd(4, FindingStepOpen, "help"), fd(5, FindingOrder, "own_strength.outcome"), fd(6, FindingOrder, "network.outcome"),
			fd(10, FindingGapHelpUnknown, "gap.conclusion")}},
	{name: "step 4: help incomplete before anything is judged is only open", base: evYouthCareNeed,
		edit: func(n *Need) {
			n.Help.Duration = ""
			n.Own, n.Network = OwnStrengthStep{}, NetworkStep{}
			n.Gap = GapStep{}
		},
		result: ResultIncomplete, steps: "DDDOOODDDOD",
		findings: []evKey{fd(4, FindingStepOpen, "help.duration"), fd(5, FindingStepOpen, "own_strength"),
			fd(6, FindingStepOpen, "network"), fd(10, FindingStepOpen, "gap")}},
	{name: "order: youth care concluded before the network is judged", base: evYouthCareNeed,
		edit:   func(n *Need) { n.Network.Outcome = SufficiencyOpen },
		result: ResultContradiction, steps: "DDDDDODDDCD",
		findings: []evKey{fd(6, FindingStepOpen, "network.outcome"), fd(10, FindingOrderGap, "gap.conclusion")}},
	{name: "order: youth care concluded before own strength is judged", base: evYouthCareNeed,
		edit:   func(n *Need) { n.Own = OwnStrengthStep{} },
		result: ResultContradiction, steps: "DDDDODDDDCD",
		findings: []evKey{fd(5, FindingStepOpen, "own_strength"), fd(10, FindingOrderGap, "gap.conclusion")}},

	// Step 5.
	{name: "step 5: no standard", base: evSolvedNeed,
		edit:   func(n *Need) { n.Own.Standard = "" },
		result: ResultIncomplete, steps: "DDDDODDNNND", findings: []evKey{fd(5, FindingNoStandard, "own_strength.standard")}},
	{name: "step 5: the youth's age not recorded, so the standard is not applied to this youth (CRvB 2024:1095-1097)", base: evSolvedNeed,
		sess:   func(s *Session) { s.Youths[0].BirthYear = 0 },
		result: ResultIncomplete, steps: "DDDDODDNNND", findings: []evKey{fd(5, FindingStandardNoAge, "own_strength.standard")}},
	{name: "step 5: own strength that rests on paying for help (CRvB 2021:1327)", base: evSolvedNeed,
		edit:   func(n *Need) { n.Own.PaysSelf = AnswerYes },
		result: ResultContradiction, steps: "DDDDCDDNNND", findings: []evKey{fd(5, FindingPaidNotOwn, "own_strength.pays_self")}},
	{name: "step 5: paying recorded while own strength is not enough is no finding (CRvB 2021:1327)", base: evYouthCareNeed,
		edit:   func(n *Need) { n.Own.PaysSelf = AnswerYes },
		result: ResultYouthCare, steps: "DDDDDDDDDDD"},
	{name: "step 5: partly without a reason", base: evSolvedNeed,
		edit:   func(n *Need) { n.Own.Reason = "" },
		result: ResultIncomplete, steps: "DDDDODDNNND", findings: []evKey{fd(5, FindingNoReason, "own_strength.reason")}},
	{name: "step 5: capacity and load not shown", base: evYouthCareNeed,
		edit:   func(n *Need) { n.Own.Capacity, n.Own.Load = "", "" },
		result: ResultIncomplete, steps: "DDDDODDDDDD",
		findings: []evKey{fd(5, FindingStepOpen, "own_strength.capacity"), fd(5, FindingStepOpen, "own_strength.load")}},
	{name: "step 5: outcome not judged", base: evSolvedNeed,
		edit:   func(n *Need) { n.Own.Outcome = SufficiencyOpen },
		result: ResultIncomplete, steps: "DDDDODDNNND", findings: []evKey{fd(5, FindingStepOpen, "own_strength.outcome")}},

	// Step 6.
	{name: "step 6: not enough without a reason", base: evYouthCareNeed,
		edit:   func(n *Need) { n.Network.Reason = "" },
		result: ResultIncomplete, steps: "DDDDDODDDDD", findings: []evKey{fd(6, FindingNoReason, "network.reason")}},
	{name: "step 6: counted, never asked", base: evSolvedNeed,
		edit:   func(n *Need) { n.Network.Contributions[0].Asked = AnswerUnknown },
		result: ResultIncomplete, steps: "DDDDDODNNND",
		findings: []evKey{fp(6, FindingCountedNotAsked, "network.contributions[0].asked", "p2")}},
	// CRvB 2017:17: the member's own answer counts; only yes and partly are help.
	{name: "step 6: a maybe does not count, the other yes still carries enough (CRvB 2017:17)", base: evSolvedNeed,
		edit:   func(n *Need) { n.Network.Contributions[1].Willing = WillingMaybe },
		result: ResultSolved, steps: "DDDDDDDNNND"},
	{name: "step 6: a partly counts as help (CRvB 2017:17)", base: evSolvedNeed,
		edit: func(n *Need) {
			n.Network.Contributions[1].Willing, n.Network.Contributions[1].WhyNot = WillingPartly, "Alleen in de even weken."
		},
		result: ResultSolved, steps: "DDDDDDDNNND"},
	{name: "step 6: asked and said no, with her reason, is evidence, not an error (CRvB 2017:17)", base: evSolvedNeed,
		edit: func(n *Need) {
			n.Network.Contributions[0] = Contribution{PersonID: "p2", What: "ophalen op dinsdag", Asked: AnswerYes,
				Willing: WillingNo, Able: AnswerUnknown, Lasting: AnswerUnknown, WhyNot: "Oma werkt zelf op dinsdag."}
			n.Network.Contributions[1].What = "ophalen op dinsdag en donderdag"
		},
		result: ResultSolved, steps: "DDDDDDDNNND"},
	{name: "step 6: said no, why not missing (verordening art. 3.1)", base: evSolvedNeed,
		edit:   func(n *Need) { n.Network.Contributions[0].Willing = WillingNo },
		result: ResultIncomplete, steps: "DDDDDODNNND",
		findings: []evKey{fp(6, FindingUnwillingNoReason, "network.contributions[0].why_not", "p2")}},
	{name: "step 6: asked, answer not recorded (CRvB 2017:17)", base: evSolvedNeed,
		edit: func(n *Need) {
			n.Network.Contributions = append(n.Network.Contributions, Contribution{PersonID: "p2", Asked: AnswerYes, Willing: WillingNotAsked})
		},
		result: ResultIncomplete, steps: "DDDDDODNNND",
		findings: []evKey{fp(6, FindingStepOpen, "network.contributions[2].willing", "p2")}},
	{name: "step 6: yes without what they do (verordening art. 3.1)", base: evSolvedNeed,
		edit:   func(n *Need) { n.Network.Contributions[1].What = "" },
		result: ResultIncomplete, steps: "DDDDDODNNND",
		findings: []evKey{fp(6, FindingStepOpen, "network.contributions[1].what", "p4")}},
	{name: "step 6: counted, not able", base: evSolvedNeed,
		edit:   func(n *Need) { n.Network.Contributions[0].Able = AnswerNo },
		result: ResultIncomplete, steps: "DDDDDODNNND",
		findings: []evKey{fp(6, FindingCountedUnable, "network.contributions[0].able", "p2")}},
	{name: "step 6: counted, not lasting", base: evSolvedNeed,
		edit:   func(n *Need) { n.Network.Contributions[1].Lasting = AnswerNo },
		result: ResultIncomplete, steps: "DDDDDODNNND",
		findings: []evKey{fp(6, FindingCountedNotLasting, "network.contributions[1].lasting", "p4")}},
	{name: "step 6: counted without able, lasting and how often", base: evSolvedNeed,
		edit: func(n *Need) {
			c := &n.Network.Contributions[1]
			c.Able, c.Lasting, c.HowOften = AnswerUnknown, "", ""
		},
		result: ResultIncomplete, steps: "DDDDDODNNND",
		findings: []evKey{fp(6, FindingStepOpen, "network.contributions[1].able", "p4"),
			fp(6, FindingStepOpen, "network.contributions[1].lasting", "p4"),
			fp(6, FindingStepOpen, "network.contributions[1].how_often", "p4")}},
	{name: "step 6: unwilling, why not missing", base: evYouthCareNeed,
		edit:   func(n *Need) { n.Network.Contributions[0].WhyNot = "" },
		result: ResultIncomplete, steps: "DDDDDODDDDD",
		findings: []evKey{fp(6, FindingUnwillingNoReason, "network.contributions[0].why_not", "p2")}},
	{name: "step 6: counted from someone who has died", base: evSolvedNeed,
		edit:   func(n *Need) { n.Network.Contributions[1].PersonID = "p3" },
		result: ResultIncomplete, steps: "DDDDDODNNND",
		findings: []evKey{fp(6, FindingCountedDeceased, "network.contributions[1].person_id", "p3")}},
	{name: "step 6: contribution from nobody on the map", base: evSolvedNeed,
		edit:   func(n *Need) { n.Network.Contributions[1].PersonID = "p99" },
		result: ResultIncomplete, steps: "DDDDDODNNND",
		findings: []evKey{fp(6, FindingUnknownPerson, "network.contributions[1].person_id", "p99")}},
	{name: "step 6: network enough but nobody said yes (CRvB 2017:17)", base: evSolvedNeed,
		edit: func(n *Need) {
			for i := range n.Network.Contributions {
				n.Network.Contributions[i].Willing = WillingMaybe
			}
		},
		result: ResultContradiction, steps: "DDDDDCDNNND", findings: []evKey{fd(6, FindingNetworkEnoughNobody, "network.outcome")}},
	// Wmo 2015 art. 1.1.1: customary care from parents and housemates is
	// own strength (step 5), and the network is a social relation.
	{name: "step 6: household help booked under the network; only the household on the map (Wmo 2015 art. 1.1.1)", base: evSolvedNeed,
		sess: func(s *Session) { s.People = s.People[:1] },
		edit: func(n *Need) {
			n.Network.Contributions = []Contribution{{PersonID: "p1", What: "koken", HowOften: "dagelijks",
				Asked: AnswerYes, Willing: WillingYes, Able: AnswerYes, Lasting: AnswerYes}}
		},
		result: ResultContradiction, steps: "DDDDDCDNNND", findings: []evKey{fd(6, FindingNetworkNotSwept, "network"),
			fp(6, FindingHouseholdAsNetwork, "network.contributions[0].person_id", "p1"), fd(6, FindingNetworkEnoughNobody, "network.outcome")}},
	{name: "step 6: household help beside enough from the network (Wmo 2015 art. 1.1.1)", base: evSolvedNeed,
		edit: func(n *Need) {
			n.Network.Contributions = append(n.Network.Contributions, Contribution{PersonID: "p1", What: "koken", HowOften: "dagelijks",
				Asked: AnswerYes, Willing: WillingYes, Able: AnswerYes, Lasting: AnswerYes})
		},
		result: ResultIncomplete, steps: "DDDDDODNNND", findings: []evKey{fp(6, FindingHouseholdAsNetwork, "network.contributions[2].person_id", "p1")}},
	{name: "step 6: enough resting only on a professional (Wmo 2015 art. 1.1.1)", base: evSolvedNeed,
		sess: func(s *Session) {
			s.People = append(s.People, Person{ID: "p5", Name: "Bram", Role: "jongerenwerker", Sector: SectorCommunity, Ring: RingFurther, Adult: true, Professional: true})
		},
		edit: func(n *Need) {
			n.Network.Contributions = []Contribution{{PersonID: "p5", What: "ophalen", HowOften: "wekelijks",
				Asked: AnswerYes, Willing: WillingYes, Able: AnswerYes, Lasting: AnswerYes}}
		},
		result: ResultContradiction, steps: "DDDDDCDNNND", findings: []evKey{
			fp(6, FindingProfessionalAsNetwork, "network.contributions[0].person_id", "p5"), fd(6, FindingNetworkEnoughNobody, "network.outcome")}},
	{name: "step 6: not swept, only the household and professionals on the map (Wmo 2015 art. 1.1.1; verordening art. 2.8)", base: evYouthCareNeed,
		sess: func(s *Session) {
			s.People = []Person{s.People[0],
				{ID: "p5", Name: "Esra", Sector: SectorProfessionals, Ring: RingFurther, Adult: true},
				{ID: "p6", Name: "Marieke", Role: "mentor", Sector: SectorSchoolWork, Ring: RingFurther, Adult: true, Professional: true}}
		},
		edit:   func(n *Need) { n.Network.Contributions = nil },
		result: ResultIncomplete, steps: "DDDDDODDDDD", findings: []evKey{fd(6, FindingNetworkNotSwept, "network")}},
	{name: "step 6: not swept, the only one outside the household has died", base: evYouthCareNeed,
		sess: func(s *Session) { s.People = []Person{s.People[0], s.People[2]} },
		edit: func(n *Need) {
			n.Network.Contributions = nil
		},
		result: ResultIncomplete, steps: "DDDDDODDDDD", findings: []evKey{fd(6, FindingNetworkNotSwept, "network")}},
	// CRvB 2017:17 (naar analogie): "not enough" rests on the members'
	// own answers, or on why a member could not be asked.
	{name: "step 6: not enough while a family member was never asked (CRvB 2017:17)", base: evYouthCareNeed,
		edit:   func(n *Need) { n.Network.Contributions = nil },
		result: ResultIncomplete, steps: "DDDDDODDDDD", findings: []evKey{fp(6, FindingFamilyNotAsked, "network.asked", "p2")}},
	{name: "step 6: not enough with why the family member could not be asked (CRvB 2017:17)", base: evYouthCareNeed,
		edit: func(n *Need) {
			n.Network.Contributions = []Contribution{{PersonID: "p2", Asked: AnswerNo, NotAsked: NotAskedNoContact, WhyNot: "Geen contact sinds 2024."}}
		},
		result: ResultYouthCare, steps: "DDDDDDDDDDD"},
	{name: "step 6: not enough, no family on the map and nobody asked (CRvB 2017:17)", base: evYouthCareNeed,
		sess:   func(s *Session) { s.People = []Person{s.People[0], s.People[3]} },
		edit:   func(n *Need) { n.Network.Contributions = nil },
		result: ResultIncomplete, steps: "DDDDDODDDDD", findings: []evKey{fd(6, FindingNetworkNobodyAsked, "network.asked")}},
	{name: "step 6: not enough, the neighbour asked said no; no family on the map (CRvB 2017:17)", base: evYouthCareNeed,
		sess: func(s *Session) { s.People = []Person{s.People[0], s.People[3]} },
		edit: func(n *Need) {
			n.Network.Contributions = []Contribution{{PersonID: "p4", Asked: AnswerYes, Willing: WillingNo, WhyNot: "Gerda is te ver weg."}}
		},
		result: ResultYouthCare, steps: "DDDDDDDDDDD"},
	{name: "step 6: answered though not needed is still checked", base: evSolvedNeed,
		edit: func(n *Need) {
			n.Own.Outcome, n.Own.Reason = SufficiencyEnough, ""
			n.Network.Outcome, n.Network.Reason = SufficiencyPartly, "Alleen dinsdag."
			n.Network.Contributions[0].Asked = AnswerUnknown
			n.FamilyPlan = FamilyPlanStep{JimPresent: AnswerUnknown}
		},
		result: ResultIncomplete, steps: "DDDDDONNNND",
		findings: []evKey{fp(6, FindingCountedNotAsked, "network.contributions[0].asked", "p2")}},

	// Step 7.
	{name: "step 7: family group plan not offered", base: evSolvedNeed,
		edit:   func(n *Need) { n.FamilyPlan.Offer = PlanNotOffered },
		result: ResultIncomplete, steps: "DDDDDDONNND", findings: []evKey{fd(7, FindingPlanNotOffered, "family_plan.offer")}},
	{name: "step 7: nothing answered", base: evYouthCareNeed,
		edit:   func(n *Need) { n.FamilyPlan = FamilyPlanStep{JimPresent: AnswerUnknown} },
		result: ResultIncomplete, steps: "DDDDDDODDDD", findings: []evKey{fd(7, FindingStepOpen, "family_plan")}},
	{name: "step 7: JIM presence unknown", base: evSolvedNeed,
		edit:   func(n *Need) { n.FamilyPlan.JimPresent = AnswerUnknown },
		result: ResultIncomplete, steps: "DDDDDDONNND", findings: []evKey{fd(7, FindingStepOpen, "family_plan.jim_present")}},

	// Step 8.
	{name: "step 8: refer to a preceding provision; 9 and 10 not needed", base: evYouthCareNeed,
		edit: func(n *Need) {
			n.Preceding = ProvisionStep{Decision: DecisionRefer, Which: "Zvw: jeugd-ggz via de huisarts", Adequate: AnswerUnknown}
			n.General, n.Gap = ProvisionStep{Adequate: AnswerUnknown}, GapStep{}
		},
		result: ResultRefer, steps: "DDDDDDDDNND"},
	{name: "step 8: refer without saying which", base: evYouthCareNeed,
		edit: func(n *Need) {
			n.Preceding = ProvisionStep{Decision: DecisionRefer}
			n.General, n.Gap = ProvisionStep{}, GapStep{}
		},
		result: ResultIncomplete, steps: "DDDDDDDONND", findings: []evKey{fd(8, FindingProvisionWhich, "preceding.which")}},
	{name: "step 8: refer to a provision judged not adequate (verordening art. 3.1; Beleidsregels 2025)", base: evYouthCareNeed,
		edit: func(n *Need) {
			n.Preceding = ProvisionStep{Decision: DecisionRefer, Which: "Wlz", Adequate: AnswerNo}
		},
		result: ResultContradiction, steps: "DDDDDDDCDDD", findings: []evKey{fd(8, FindingProvisionNotAdequate, "preceding.adequate")}},
	{name: "step 8: no decision", base: evYouthCareNeed,
		edit:   func(n *Need) { n.Preceding = ProvisionStep{Which: "Wlz"} },
		result: ResultIncomplete, steps: "DDDDDDDODDD", findings: []evKey{fd(8, FindingStepOpen, "preceding.decision")}},
	{name: "step 8: nothing answered while not covered", base: evYouthCareNeed,
		edit:   func(n *Need) { n.Preceding = ProvisionStep{Adequate: AnswerUnknown} },
		result: ResultIncomplete, steps: "DDDDDDDODDD", findings: []evKey{fd(8, FindingStepOpen, "preceding")}},

	// Step 9.
	{name: "step 9: refer to an adequate general provision; 10 not needed", base: evYouthCareNeed,
		edit: func(n *Need) {
			n.General = ProvisionStep{Decision: DecisionRefer, Which: "buurthuis huiswerkklas", Adequate: AnswerYes}
			n.Gap = GapStep{}
		},
		result: ResultRefer, steps: "DDDDDDDDDND"},
	{name: "step 9: refer, adequacy unknown", base: evYouthCareNeed,
		edit: func(n *Need) {
			n.General = ProvisionStep{Decision: DecisionRefer, Which: "buurthuis", Adequate: AnswerUnknown}
			n.Gap = GapStep{}
		},
		result: ResultIncomplete, steps: "DDDDDDDDOND", findings: []evKey{fd(9, FindingProvisionAdequate, "general.adequate")}},
	{name: "step 9: refer to a provision judged not adequate", base: evYouthCareNeed,
		edit: func(n *Need) {
			n.General = ProvisionStep{Decision: DecisionRefer, Which: "buurthuis", Adequate: AnswerNo}
		},
		result: ResultContradiction, steps: "DDDDDDDDCDD", findings: []evKey{fd(9, FindingProvisionNotAdequate, "general.adequate")}},
	{name: "step 9: refer without saying which", base: evYouthCareNeed,
		edit: func(n *Need) {
			n.General = ProvisionStep{Decision: DecisionRefer, Adequate: AnswerYes}
			n.Gap = GapStep{}
		},
		result: ResultIncomplete, steps: "DDDDDDDDOND", findings: []evKey{fd(9, FindingProvisionWhich, "general.which")}},
	{name: "step 9: no decision", base: evYouthCareNeed,
		edit:   func(n *Need) { n.General = ProvisionStep{Adequate: AnswerYes} },
		result: ResultIncomplete, steps: "DDDDDDDDODD", findings: []evKey{fd(9, FindingStepOpen, "general.decision")}},

	// Step 10.
	{name: "step 10: youth care without reasoning", base: evYouthCareNeed,
		edit:   func(n *Need) { n.Gap.Reasoning = "" },
		result: ResultIncomplete, steps: "DDDDDDDDDOD", findings: []evKey{fd(10, FindingGapNoReasoning, "gap.reasoning")}},
	{name: "step 10: youth care while the help needed is not recorded (CRvB 2025:1390; CRvB 2017:1477)", base: evYouthCareNeed,
		edit: func(n *Need) {
			n.Help = HelpStep{}
			n.Own.Outcome, n.Network.Outcome = SufficiencyOpen, SufficiencyOpen
		},
		result: ResultContradiction, steps: "DDDOOODDDCD",
		findings: []evKey{fd(4, FindingStepOpen, "help"), fd(5, FindingStepOpen, "own_strength.outcome"), fd(6, FindingStepOpen, "network.outcome"),
			fd(10, FindingGapHelpUnknown, "gap.conclusion"), fd(10, FindingOrderGap, "gap.conclusion")}},
	{name: "step 10: youth care without a form", base: evYouthCareNeed,
		edit:   func(n *Need) { n.Gap.Form = CareFormOpen },
		result: ResultIncomplete, steps: "DDDDDDDDDOD", findings: []evKey{fd(10, FindingGapNoForm, "gap.form")}},
	{name: "step 10: nothing concluded", base: evYouthCareNeed,
		edit:   func(n *Need) { n.Gap = GapStep{} },
		result: ResultIncomplete, steps: "DDDDDDDDDOD", findings: []evKey{fd(10, FindingStepOpen, "gap")}},
	{name: "step 10: reasoning without a conclusion", base: evYouthCareNeed,
		edit:   func(n *Need) { n.Gap.Conclusion, n.Gap.Form = ConclusionOpen, CareFormOpen },
		result: ResultIncomplete, steps: "DDDDDDDDDOD", findings: []evKey{fd(10, FindingStepOpen, "gap.conclusion")}},
	{name: "step 10: no youth care while nothing covers the need", base: evYouthCareNeed,
		edit: func(n *Need) {
			n.Gap = GapStep{Conclusion: ConclusionNone, Reasoning: "Het gaat vanzelf over."}
		},
		result: ResultContradiction, steps: "DDDDDDDDDCD", findings: []evKey{fd(10, FindingContradictionUnmet, "gap.conclusion")}},
	{name: "step 10: youth care while the network is enough", base: evSolvedNeed,
		edit: func(n *Need) {
			n.Gap = GapStep{Conclusion: ConclusionYouthCare, Form: CareFormPGB, Reasoning: "Moeder wil een pgb."}
		},
		result: ResultContradiction, steps: "DDDDDDDNNCD", findings: []evKey{fd(10, FindingContradictionNetworkEnough, "gap.conclusion")}},
	{name: "step 10: youth care while own strength is enough", base: evSolvedNeed,
		edit: func(n *Need) {
			n.Own.Outcome, n.Own.Reason = SufficiencyEnough, ""
			n.Network, n.FamilyPlan = NetworkStep{}, FamilyPlanStep{}
			n.Gap = GapStep{Conclusion: ConclusionYouthCare, Form: CareFormInKind, Reasoning: "Toch hulp."}
		},
		result: ResultContradiction, steps: "DDDDDNNNNCD", findings: []evKey{fd(10, FindingContradictionOwnEnough, "gap.conclusion")}},
	{name: "step 10: youth care while a preceding provision is referred to", base: evYouthCareNeed,
		edit: func(n *Need) {
			n.Preceding = ProvisionStep{Decision: DecisionRefer, Which: "Wlz"}
		},
		result: ResultContradiction, steps: "DDDDDDDDDCD", findings: []evKey{fd(10, FindingContradictionRefer, "gap.conclusion")}},
	{name: "step 10: youth care while an adequate general provision is referred to", base: evYouthCareNeed,
		edit: func(n *Need) {
			n.General = ProvisionStep{Decision: DecisionRefer, Which: "buurthuis", Adequate: AnswerYes}
		},
		result: ResultContradiction, steps: "DDDDDDDDDCD", findings: []evKey{fd(10, FindingContradictionRefer, "gap.conclusion")}},

	// Step 11.
	{name: "step 11: family disagrees, no comments", base: evSolvedNeed,
		edit:   func(n *Need) { n.View.View = ViewDisagree },
		result: ResultIncomplete, steps: "DDDDDDDNNNO", findings: []evKey{fd(11, FindingFamilyDisagreesNoComment, "family_view.comments")}},
	{name: "step 11: family disagrees with comments", base: evYouthCareNeed,
		edit:   func(n *Need) { n.View.View, n.View.Comments = ViewDisagree, "Wij willen een pgb." },
		result: ResultYouthCare, steps: "DDDDDDDDDDD"},
	{name: "step 11: date missing", base: evSolvedNeed,
		edit:   func(n *Need) { n.View.Date = "" },
		result: ResultIncomplete, steps: "DDDDDDDNNNO", findings: []evKey{fd(11, FindingStepOpen, "family_view.date")}},
	{name: "step 11: not asked yet", base: evYouthCareNeed,
		edit:   func(n *Need) { n.View = FamilyViewStep{} },
		result: ResultIncomplete, steps: "DDDDDDDDDDO", findings: []evKey{fd(11, FindingStepOpen, "family_view")}},

	// Several things at once, in step order.
	{name: "several findings across steps, in step order", base: evSolvedNeed,
		edit: func(n *Need) {
			n.View.Date = ""
			n.Request.Words = ""
			n.Network.Contributions[1].Asked = AnswerNo
			n.FamilyPlan.Offer = PlanNotOffered
		},
		result: ResultIncomplete, steps: "ODDDDOONNNO",
		findings: []evKey{fd(1, FindingStepOpen, "request.words"), fp(6, FindingCountedNotAsked, "network.contributions[1].asked", "p4"),
			fd(7, FindingPlanNotOffered, "family_plan.offer"), fd(11, FindingStepOpen, "family_view.date")}},
}

// evRule is the citation table the check must follow: the rule of each
// step_open by step, and of every other code.
func evRule(f Finding) Rule {
	if f.Code == FindingStepOpen {
		switch {
		case strings.HasPrefix(f.Field, "network.contributions[") && strings.HasSuffix(f.Field, ".willing"):
			return RuleCRvB201717
		case strings.HasPrefix(f.Field, "network.contributions["):
			return RuleArt31
		case f.Field == "family_plan.jim_present":
			return RuleChecklist
		}
		return [...]Rule{"", RuleCRvB20171477, RuleJeugdwet23, RuleCRvB20171477, RuleCRvB20171477, RuleJeugdwet23,
			RuleArt28, RuleJeugdwet412, RuleBeleidsregels2025, RuleBeleidsregels2025, RuleJeugdwet23, RuleChecklist}[f.Step]
	}
	if f.Code == FindingNoReason {
		if f.Step == 6 {
			return RuleArt31
		}
		return RuleJeugdwet23
	}
	return map[FindingCode]Rule{
		FindingNoStandard:                 RuleCRvB20241095,
		FindingStandardNoAge:              RuleCRvB20241095,
		FindingPaidNotOwn:                 RuleCRvB20211327,
		FindingAdviceUnchecked:            RuleCRvB20242040,
		FindingProfessionalAsNetwork:      RuleWmo111,
		FindingHouseholdAsNetwork:         RuleWmo111,
		FindingFamilyNotAsked:             RuleCRvB201717,
		FindingNetworkNobodyAsked:         RuleCRvB201717,
		FindingGapHelpUnknown:             RuleCRvB20251390,
		FindingExpertiseUnidentified:      RuleCRvB20171477,
		FindingOrder:                      RuleCRvB20171477,
		FindingOrderGap:                   RuleCRvB20171477,
		FindingCountedNotAsked:            RuleCRvB201717,
		FindingCountedUnable:              RuleArt31,
		FindingCountedNotLasting:          RuleArt31,
		FindingCountedDeceased:            RuleArt31,
		FindingUnknownPerson:              RuleCRvB201717,
		FindingUnwillingNoReason:          RuleArt31,
		FindingNetworkNotSwept:            RuleArt28,
		FindingNetworkEnoughNobody:        RuleCRvB201717,
		FindingPlanNotOffered:             RuleJeugdwet412,
		FindingProvisionWhich:             RuleBeleidsregels2025,
		FindingProvisionAdequate:          RuleBeleidsregels2025,
		FindingProvisionNotAdequate:       RuleBeleidsregels2025,
		FindingGapNoReasoning:             RuleJeugdwet23,
		FindingGapNoForm:                  RuleChecklist,
		FindingContradictionOwnEnough:     RuleJeugdwet23,
		FindingContradictionNetworkEnough: RuleArt31,
		FindingContradictionRefer:         RuleBeleidsregels2025,
		FindingContradictionNotApplicable: RuleJeugdwet23,
		FindingContradictionUnmet:         RuleJeugdwet23,
		FindingFamilyDisagreesNoComment:   RuleChecklist,
	}[f.Code]
}

// evInvariants holds for every evaluation: findings in step order and
// well formed, steps derived from them, the result incomplete exactly
// when there is a finding.
func evInvariants(t *testing.T, ev Evaluation) {
	t.Helper()
	for i, f := range ev.Findings {
		if f.Step < 1 || f.Step > NeedSteps {
			t.Fatalf("finding %+v: step out of range", f)
		}
		if i > 0 && f.Step < ev.Findings[i-1].Step {
			t.Errorf("findings not in step order: %+v after %+v", f, ev.Findings[i-1])
		}
		if !slices.Contains(FindingCodes, f.Code) || !slices.Contains(Rules, f.Rule) {
			t.Errorf("finding %+v: code or rule not listed", f)
		}
		if f.Contradiction != f.Code.Contradiction() {
			t.Errorf("finding %+v: contradiction flag differs from the code's", f)
		}
		if f.Field == "" {
			t.Errorf("finding %+v: no field to point at", f)
		}
	}
	for i, st := range ev.Steps {
		var contra, other bool
		for _, f := range ev.Findings {
			if f.Step == i+1 {
				contra = contra || f.Contradiction
				other = other || !f.Contradiction
			}
		}
		switch {
		case contra && st != StepContradiction, !contra && other && st != StepOpen,
			!contra && !other && st != StepDone && st != StepNotNeeded:
			t.Errorf("step %d is %q with findings contradiction=%v other=%v", i+1, st, contra, other)
		}
	}
	if (len(ev.Findings) > 0) == ev.Result.Clean() {
		t.Errorf("result %q with %d findings", ev.Result, len(ev.Findings))
	}
	contra := slices.ContainsFunc(ev.Findings, func(f Finding) bool { return f.Contradiction })
	if contra != (ev.Result == ResultContradiction) {
		t.Errorf("result %q, a contradiction among the findings: %v", ev.Result, contra)
	}
	// Every result has its grounds: the findings' rules, or the rules of
	// the path a clean result took; in the order of Rules, each once.
	if len(ev.Grounds) == 0 {
		t.Errorf("result %q without grounds", ev.Result)
	}
	for i, g := range ev.Grounds {
		if i > 0 && slices.Index(Rules, g) <= slices.Index(Rules, ev.Grounds[i-1]) {
			t.Errorf("grounds %v not in the order of Rules, or twice", ev.Grounds)
		}
	}
	for _, f := range ev.Findings {
		if !slices.Contains(ev.Grounds, f.Rule) {
			t.Errorf("finding %+v: its rule is not among the grounds %v", f, ev.Grounds)
		}
	}
	if !slices.Contains(Results, ev.Result) {
		t.Errorf("result %q not listed", ev.Result)
	}
}

func evKeys(fs []Finding) []evKey {
	out := make([]evKey, len(fs))
	for i, f := range fs {
		out[i] = evKey{f.Step, f.Code, f.Field, f.PersonID}
	}
	slices.SortFunc(out, func(a, b evKey) int {
		return cmp.Or(cmp.Compare(a.Step, b.Step), cmp.Compare(a.Code, b.Code), cmp.Compare(a.Field, b.Field), cmp.Compare(a.Person, b.Person))
	})
	return out
}

func runEvCase(t *testing.T, tc evCase) Evaluation {
	t.Helper()
	s := evSession()
	if tc.sess != nil {
		tc.sess(s)
	}
	n := tc.base()
	if tc.edit != nil {
		tc.edit(&n)
	}
	s.Needs = []Need{n}
	s.Normalize()
	if ps := s.Validate(); ps != nil && tc.name != "step 6: contribution from nobody on the map" {
		t.Fatalf("the case is not a valid session: %v", ps)
	}
	ev := Evaluate(s, &s.Needs[0])
	evInvariants(t, ev)
	if ev.NeedID != n.ID {
		t.Errorf("need id %q, want %q", ev.NeedID, n.ID)
	}
	if ev.Result != tc.result {
		t.Errorf("result %q, want %q", ev.Result, tc.result)
	}
	if got := evSteps(ev.Steps); got != tc.steps {
		t.Errorf("steps %s, want %s (D done, O open, C contradiction, N not needed)", got, tc.steps)
	}
	want := slices.Clone(tc.findings)
	slices.SortFunc(want, func(a, b evKey) int { return cmp.Compare(a.String(), b.String()) })
	got := evKeys(ev.Findings)
	slices.SortFunc(got, func(a, b evKey) int { return cmp.Compare(a.String(), b.String()) })
	if !slices.Equal(got, want) {
		t.Errorf("findings\n got %v\nwant %v", got, want)
	}
	for _, f := range ev.Findings {
		if r := evRule(f); f.Rule != r {
			t.Errorf("finding %+v cites %q, want %q", f, f.Rule, r)
		}
	}
	// The session-wide entry point gives the same.
	if all := s.Evaluate(); len(all) != 1 || !reflect.DeepEqual(all[0], ev) {
		t.Errorf("Session.Evaluate = %+v, want [%+v]", all, ev)
	}
	return ev
}

func TestEvaluateCases(t *testing.T) {
	if len(evCases) < 30 {
		t.Fatalf("only %d cases", len(evCases))
	}
	codes, results, rules, states := map[FindingCode]bool{}, map[Result]bool{}, map[Rule]bool{}, map[StepState]bool{}
	names := map[string]bool{}
	for _, tc := range evCases {
		if names[tc.name] {
			t.Fatalf("two cases named %q", tc.name)
		}
		names[tc.name] = true
		t.Run(tc.name, func(t *testing.T) {
			ev := runEvCase(t, tc)
			results[ev.Result] = true
			for _, f := range ev.Findings {
				codes[f.Code], rules[f.Rule] = true, true
			}
			for _, st := range ev.Steps {
				states[st] = true
			}
		})
	}
	for _, c := range FindingCodes {
		if !codes[c] {
			t.Errorf("no case finds %q", c)
		}
	}
	for _, r := range Results {
		if !results[r] {
			t.Errorf("no case results in %q", r)
		}
	}
	for _, r := range Rules {
		if !rules[r] {
			t.Errorf("no case cites %q", r)
		}
	}
	for _, s := range StepStates {
		if !states[s] {
			t.Errorf("no case has a step %q", s)
		}
	}
	if len(FindingCodes) != len(slices.Compact(slices.Sorted(slices.Values(FindingCodes)))) {
		t.Error("a finding code is listed twice")
	}
}

// TestEvaluateExample shows the check on the fictional example case as it
// stands: both needs are incomplete. Sem's after-school care (n1) has the
// network not yet judged (neighbour Gerda, not yet asked, only said maybe
// and does not count); Noor's need (n2) relies on the school social
// worker's advice without recording that it was checked, and stops after
// the problems: the help needed is not yet recorded.
func TestEvaluateExample(t *testing.T) {
	s := exampleSession(t)
	evs := s.Evaluate()
	if len(evs) != 2 {
		t.Fatalf("%d evaluations", len(evs))
	}
	want := []struct {
		id       string
		steps    string
		findings []evKey
	}{
		{"n1", "DDDDDODOOOO", []evKey{
			fd(6, FindingStepOpen, "network.outcome"),
			fd(8, FindingStepOpen, "preceding"), fd(9, FindingStepOpen, "general"),
			fd(10, FindingStepOpen, "gap"), fd(11, FindingStepOpen, "family_view"),
		}},
		{"n2", "DDOOOOOOOOO", []evKey{
			fd(3, FindingAdviceUnchecked, "problems.expertise[0].checked"), fd(4, FindingStepOpen, "help"), fd(5, FindingStepOpen, "own_strength"), fd(6, FindingStepOpen, "network"),
			fd(7, FindingStepOpen, "family_plan"), fd(8, FindingStepOpen, "preceding"), fd(9, FindingStepOpen, "general"),
			fd(10, FindingStepOpen, "gap"), fd(11, FindingStepOpen, "family_view"),
		}},
	}
	for i, w := range want {
		ev := evs[i]
		evInvariants(t, ev)
		if ev.NeedID != w.id || ev.Result != ResultIncomplete || evSteps(ev.Steps) != w.steps {
			t.Errorf("%s: %s %s %s, want %s incomplete %s", w.id, ev.NeedID, ev.Result, evSteps(ev.Steps), w.id, w.steps)
		}
		var got []evKey
		for _, f := range ev.Findings {
			got = append(got, evKey{f.Step, f.Code, f.Field, f.PersonID})
		}
		if !slices.Equal(got, w.findings) {
			t.Errorf("%s findings, in order\n got %v\nwant %v", w.id, got, w.findings)
		}
	}
}

// TestEvaluateOddInput feeds what Decode would never let through: nil
// session and need, codes not normalised, unknown codes, dangling and
// duplicate ids.
func TestEvaluateOddInput(t *testing.T) {
	empty := Evaluate(nil, nil)
	evInvariants(t, empty)
	if empty.Result != ResultIncomplete || evSteps(empty.Steps) != "OOOOOOOOOOO" || len(empty.Findings) != NeedSteps {
		t.Errorf("Evaluate(nil, nil) = %+v", empty)
	}
	if got := (*Session)(nil).Evaluate(); got != nil {
		t.Errorf("nil session: %v", got)
	}
	if got := (&Session{}).Evaluate(); got != nil {
		t.Errorf("no needs: %v", got)
	}
	n := evSolvedNeed()
	if ev := Evaluate(nil, &n); ev.Result.Clean() || !slices.Contains(evKeys(ev.Findings), fd(6, FindingNetworkNotSwept, "network")) {
		t.Errorf("nil session: %+v, want the network not swept (nobody on the map)", ev)
	}

	// Before Normalize, empty answers read as unknown and the result is
	// the same as after.
	for _, base := range []func() Need{evSolvedNeed, evYouthCareNeed} {
		raw := evSession()
		raw.Needs = []Need{base()}
		norm := evSession()
		norm.Needs = []Need{base()}
		norm.Normalize()
		if a, b := raw.Evaluate(), norm.Evaluate(); !reflect.DeepEqual(a, b) {
			t.Errorf("raw and normalised differ:\n%+v\n%+v", a, b)
		}
	}

	s := evSession()
	s.People = append(s.People, Person{ID: "p2", Name: "Ria twee", Sector: SectorFamily, Ring: RingClose})
	odd := evSolvedNeed()
	odd.Own.Outcome = "heel veel"
	odd.Network.Outcome = "?"
	odd.Network.Contributions = append(odd.Network.Contributions, Contribution{PersonID: "", What: "iets", Asked: "misschien", Willing: "ja"})
	odd.Gap.Conclusion, odd.View.View = "nee", "hm"
	s.Needs = []Need{odd, {}}
	for _, ev := range s.Evaluate() {
		evInvariants(t, ev)
		if ev.Result != ResultIncomplete {
			t.Errorf("odd need %q: %s", ev.NeedID, ev.Result)
		}
	}
}

// TestEvaluateIndexedLookup makes sure the person index of a large session
// gives what the one-by-one lookup gives, duplicates included.
func TestEvaluateIndexedLookup(t *testing.T) {
	s := evBigSession(300, 20)
	s.People = append(s.People, Person{ID: "p5", Name: "dubbel", Sector: SectorFamily, Ring: 2, Deceased: true})
	s.Needs[3].Network.Contributions[0].PersonID = "p5"
	s.Needs[4].Network.Contributions[0].PersonID = "nobody"
	all := s.Evaluate()
	for i := range s.Needs {
		if one := Evaluate(s, &s.Needs[i]); !reflect.DeepEqual(one, all[i]) {
			t.Errorf("need %d: %+v, alone %+v", i, all[i], one)
		}
	}
	if all[3].Result != ResultSolved || all[4].Result != ResultIncomplete {
		t.Errorf("first p5 (living) should count, nobody should not: %s, %s", all[3].Result, all[4].Result)
	}
	// The evaluator counts the social network: alive, outside the
	// household, no professional (Wmo 2015 art. 1.1.1).
	for _, s := range []*Session{s, exampleSession(t), evSession()} {
		want := 0
		for i := range s.People {
			if p := &s.People[i]; !p.Deceased && !p.Household && !p.Professional && p.Sector != SectorProfessionals {
				want++
			}
		}
		if got := newEvaluator(s, true).outside; got != want {
			t.Errorf("outside %d, want the %d living people of the social network", got, want)
		}
	}
}

// TestFormatDocCoversCheck keeps docs/FORMAT.md in step with the codes of
// the check, as TestFormatDocCoversModel does for the session.
func TestFormatDocCoversCheck(t *testing.T) {
	data, err := os.ReadFile("../docs/FORMAT.md")
	if err != nil {
		t.Skipf("no docs/FORMAT.md: %v", err)
	}
	doc := string(data)
	var want []string
	for _, r := range Results {
		want = append(want, string(r))
	}
	for _, s := range StepStates {
		want = append(want, string(s))
	}
	for _, r := range Rules {
		want = append(want, string(r))
	}
	for _, c := range FindingCodes {
		want = append(want, string(c))
	}
	for _, w := range want {
		if !strings.Contains(doc, "`"+w+"`") {
			t.Errorf("docs/FORMAT.md does not mention `%s`", w)
		}
	}
}

// evBigSession is a session of people and needs as a large family might
// reach after a long sweep: every need complete and solved by three
// contributions from the network.
func evBigSession(people, needs int) *Session {
	s := evSession()
	s.People = s.People[:0]
	for i := range people {
		p := Person{ID: fmt.Sprintf("p%d", i+1), Name: fmt.Sprintf("Persoon %d", i+1), Sector: Sectors[i%len(Sectors)], Ring: Ring(i%4 + 1)}
		p.Household = p.Sector == SectorHousehold
		s.People = append(s.People, p)
	}
	for i := range needs {
		n := evSolvedNeed()
		n.ID, n.Title = fmt.Sprintf("n%d", i+1), fmt.Sprintf("Vraag %d", i+1)
		n.Network.Contributions = nil
		for j := range 3 {
			// Someone of the social network: not the household, not a professional.
			k := people - (i*3+j)%people
			for s.People[k-1].Sector == SectorHousehold || s.People[k-1].Sector == SectorProfessionals {
				k--
			}
			n.Network.Contributions = append(n.Network.Contributions, Contribution{
				PersonID: fmt.Sprintf("p%d", k), What: "ophalen", HowOften: "wekelijks",
				Asked: AnswerYes, Willing: WillingYes, Able: AnswerYes, Lasting: AnswerYes})
		}
		s.Needs = append(s.Needs, n)
	}
	s.Normalize()
	return s
}

// BenchmarkEvaluate300People20Needs checks a large session twice over:
// every need solved (the person index at work, no findings), and every
// need new and empty (eleven findings each).
func BenchmarkEvaluate300People20Needs(b *testing.B) {
	solved := evBigSession(300, 20)
	if evs := solved.Evaluate(); evs[0].Result != ResultSolved {
		b.Fatalf("the benchmark session is not solved: %+v", evs[0])
	}
	empty := evBigSession(300, 20)
	for i := range empty.Needs {
		empty.Needs[i] = Need{ID: empty.Needs[i].ID, Title: "Nieuw"}
	}
	for _, bb := range []struct {
		name string
		s    *Session
	}{{"solved", solved}, {"empty", empty}} {
		b.Run(bb.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				bb.s.Evaluate()
			}
		})
	}
}

// TestEvaluateGrounds pins the grounds of every clean result: the coach
// gets the rules the advice rests on for the decision, also when kring
// finds nothing (issue: "grounds on every outcome"). The sources are the
// citation table of DOMAIN.md.
func TestEvaluateGrounds(t *testing.T) {
	for _, tc := range []struct {
		name   string
		base   func() Need
		edit   func(*Need)
		result Result
		want   []Rule
	}{
		{"solved by the network: Jeugdwet 2.3, Wmo 1.1.1, verordening 2.8 and 3.1, CRvB 2017:17, 2017:1477, 2024:1095", evSolvedNeed, nil, ResultSolved,
			[]Rule{RuleJeugdwet23, RuleWmo111, RuleArt28, RuleArt31, RuleCRvB201717, RuleCRvB20171477, RuleCRvB20241095}},
		{"solved by own strength: Jeugdwet 2.3, verordening 2.8, CRvB 2017:1477, 2024:1095", evSolvedNeed, func(n *Need) {
			n.Own.Outcome, n.Own.Reason = SufficiencyEnough, ""
			n.Network, n.FamilyPlan = NetworkStep{}, FamilyPlanStep{JimPresent: AnswerUnknown}
		}, ResultSolved, []Rule{RuleJeugdwet23, RuleArt28, RuleCRvB20171477, RuleCRvB20241095}},
		{"refer, not the municipality of residence: Jeugdwet 2.3", evSolvedNeed, func(n *Need) {
			n.Applicability.Resident, n.Applicability.Basis = AnswerNo, "Gezin woont in Hengelo."
		}, ResultRefer, []Rule{RuleJeugdwet23}},
		{"refer to a preceding provision: Jeugdwet 2.3, verordening 3.1, Beleidsregels 2025, CRvB 2017:1477", evYouthCareNeed, func(n *Need) {
			n.Preceding = ProvisionStep{Decision: DecisionRefer, Which: "Wlz", Adequate: AnswerYes}
			n.General, n.Gap = ProvisionStep{Adequate: AnswerUnknown}, GapStep{}
		}, ResultRefer, []Rule{RuleJeugdwet23, RuleArt31, RuleBeleidsregels2025, RuleCRvB20171477}},
		{"youth care: Jeugdwet 2.3, verordening 2.8 and 3.1, CRvB 2017:17, 2017:1477, 2024:1095, 2025:1390", evYouthCareNeed, nil, ResultYouthCare,
			[]Rule{RuleJeugdwet23, RuleArt28, RuleArt31, RuleCRvB201717, RuleCRvB20171477, RuleCRvB20241095, RuleCRvB20251390}},
		{"solved, no youth care as own strength and network cover it together", evYouthCareNeed, func(n *Need) {
			n.Own.Outcome = SufficiencyPartly
			n.Gap = GapStep{Conclusion: ConclusionNone, Reasoning: "Vader en oma samen dekken de middagen."}
		}, ResultSolved, []Rule{RuleJeugdwet23, RuleArt28, RuleArt31, RuleCRvB20171477, RuleCRvB20241095}},
		{"contradiction: the grounds are the findings' rules", evSolvedNeed, func(n *Need) {
			n.Own.PaysSelf = AnswerYes
			n.View.Date = ""
		}, ResultContradiction, []Rule{RuleCRvB20211327, RuleChecklist}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := evSession()
			n := tc.base()
			if tc.edit != nil {
				tc.edit(&n)
			}
			s.Needs = []Need{n}
			s.Normalize()
			ev := Evaluate(s, &s.Needs[0])
			evInvariants(t, ev)
			if ev.Result != tc.result || !slices.Equal(ev.Grounds, tc.want) {
				t.Errorf("%s with grounds %v, want %s with %v (findings %v)", ev.Result, ev.Grounds, tc.result, tc.want, evKeys(ev.Findings))
			}
		})
	}
}

// TestRulesFitTheGroundsMask guards the bit set the grounds are gathered in.
func TestRulesFitTheGroundsMask(t *testing.T) {
	if len(Rules) > 64 {
		t.Fatalf("%d rules do not fit the 64 bits of evalRun.grounds", len(Rules))
	}
	for i, r := range Rules {
		if ruleBit(r) != 1<<i {
			t.Fatalf("rule %q is listed twice", r)
		}
	}
}
