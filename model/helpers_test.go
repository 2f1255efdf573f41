package model

import (
	"os"
	"testing"
)

const examplePath = "testdata/example-case.json"

func readExample() ([]byte, error) { return os.ReadFile(examplePath) }

// exampleJSON returns the bytes of the fictional example case.
func exampleJSON(t testing.TB) []byte {
	t.Helper()
	data, err := readExample()
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// exampleSession decodes the example case and fails the test if it does not.
func exampleSession(t testing.TB) *Session {
	t.Helper()
	s, err := Decode(exampleJSON(t))
	if err != nil {
		t.Fatalf("Decode(example): %v", err)
	}
	return s
}

// validSession is a small session that touches every struct of the model
// and validates clean. Youth y2 and person p3 are referenced by nothing, so
// that a test can break their ids without causing dangling references.
func validSession() *Session {
	s := &Session{
		ID:      "s1",
		Label:   "Familie Test",
		Coach:   "Coach Demi",
		Date:    "2026-10-05",
		Present: []string{"Sanne"},
		Youths: []Youth{
			{ID: "y1", Name: "Noor", BirthYear: 2012, Notes: "Tekent graag."},
			{ID: "y2", Name: "Sem"},
		},
		People: []Person{
			{ID: "p1", Name: "Sanne", Role: "moeder", Sector: SectorHousehold, Ring: RingVeryClose, Frequency: FrequencyDaily, KnownFor: KnownOver5,
				Support: Supports{Practical: Support{Level: LevelOften, Direction: DirectionGives}}},
			{ID: "p2", Name: "Ria", Role: "oma", Sector: SectorFamily, Ring: RingClose},
			{ID: "p3", Name: "Gerda", Sector: SectorCommunity, Ring: RingNoContact},
		},
		Relations: []Relation{{ID: "r1", A: "p1", B: "p2", Kind: RelationSupport}},
		Needs: []Need{{
			ID: "n1", Title: "Opvang na school", YouthID: "y1",
			Request:  RequestStep{Words: "Niemand thuis.", Present: []string{"Sanne"}, Date: "2026-10-05"},
			Problems: ProblemsStep{Expertise: []Expertise{{Who: "Esra", Discipline: "schoolmaatschappelijk werk"}}},
			Own:      OwnStrengthStep{Outcome: SufficiencyPartly},
			Network: NetworkStep{Outcome: SufficiencyEnough, Contributions: []Contribution{
				{PersonID: "p2", What: "ophalen", Asked: AnswerYes, Willing: WillingYes, Able: AnswerYes, Lasting: AnswerYes},
			}},
			FamilyPlan: FamilyPlanStep{Offer: PlanMade},
			Preceding:  ProvisionStep{Decision: DecisionContinue},
			General:    ProvisionStep{Decision: DecisionRefer, Which: "buurthuis"},
			Gap:        GapStep{Conclusion: ConclusionYouthCare, Form: CareFormInKind},
			View:       FamilyViewStep{View: ViewAgree, Date: "2026-10-06"},
		}},
		Jim: []JimCandidate{{
			ID: "j1", YouthID: "y1", PersonID: "p2",
			Criteria: map[Criterion]CriterionAnswer{CriterionSafety: {Value: AnswerYes}},
			Status:   JimAsked,
			History:  []StatusChange{{Status: JimNamed, Date: "2026-10-05"}},
		}},
		Agreements: []Agreement{{
			ID: "a1", Who: PartyNetwork, PersonID: "p2", What: "Oma haalt Sem op.", Due: "2026-10-13",
			Reviews: []Review{{Date: "2026-10-20", Outcome: ReviewKept}},
		}},
	}
	s.Normalize()
	return s
}
