package model

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestValidSessionIsClean(t *testing.T) {
	if ps := validSession().Validate(); ps != nil {
		t.Fatalf("validSession() has problems: %v", ps)
	}
}

func TestExampleValidatesClean(t *testing.T) {
	s := exampleSession(t)
	if ps := s.Validate(); ps != nil {
		t.Fatalf("example has problems: %v", ps)
	}
	// The example must exercise the parts of the model a reader looks for.
	if len(s.Youths) != 2 || len(s.People) != 18 || len(s.Relations) != 4 || len(s.Needs) != 2 || len(s.Jim) != 1 || len(s.Agreements) != 2 {
		t.Errorf("example shape changed: %d youths, %d people, %d relations, %d needs, %d jim, %d agreements",
			len(s.Youths), len(s.People), len(s.Relations), len(s.Needs), len(s.Jim), len(s.Agreements))
	}
}

// TestValidate breaks one thing at a time in a valid session and checks
// that Validate reports exactly that one problem, with its field path.
func TestValidate(t *testing.T) {
	long := strings.Repeat("x", 10000)
	tests := []struct {
		name  string
		mut   func(s *Session)
		field string
		code  ProblemCode
	}{
		// required
		{"label empty", func(s *Session) { s.Label = "" }, "label", ProblemRequired},
		{"label only spaces", func(s *Session) { s.Label = "  \t " }, "label", ProblemRequired},
		{"present entry empty", func(s *Session) { s.Present = append(s.Present, "") }, "present[1]", ProblemRequired},
		{"youth id empty", func(s *Session) { s.Youths[1].ID = "" }, "youths[1].id", ProblemRequired},
		{"youth name empty", func(s *Session) { s.Youths[1].Name = "" }, "youths[1].name", ProblemRequired},
		{"person id empty", func(s *Session) { s.People[2].ID = "" }, "people[2].id", ProblemRequired},
		{"person name empty", func(s *Session) { s.People[0].Name = " " }, "people[0].name", ProblemRequired},
		{"relation id empty", func(s *Session) { s.Relations[0].ID = "" }, "relations[0].id", ProblemRequired},
		{"need id empty", func(s *Session) { s.Needs[0].ID = "" }, "needs[0].id", ProblemRequired},
		{"need title empty", func(s *Session) { s.Needs[0].Title = "" }, "needs[0].title", ProblemRequired},
		{"need request present empty", func(s *Session) { s.Needs[0].Request.Present[0] = "" }, "needs[0].request.present[0]", ProblemRequired},
		{"expertise who empty", func(s *Session) { s.Needs[0].Problems.Expertise[0].Who = "" }, "needs[0].problems.expertise[0].who", ProblemRequired},
		{"jim id empty", func(s *Session) { s.Jim[0].ID = "" }, "jim_candidates[0].id", ProblemRequired},
		{"agreement id empty", func(s *Session) { s.Agreements[0].ID = "" }, "agreements[0].id", ProblemRequired},
		{"agreement what empty", func(s *Session) { s.Agreements[0].What = "" }, "agreements[0].what", ProblemRequired},

		// unknown_code, one per enum kind and per place it is used
		{"sector", func(s *Session) { s.People[0].Sector = "kitchen" }, "people[0].sector", ProblemUnknownCode},
		{"sector empty", func(s *Session) { s.People[0].Sector = "" }, "people[0].sector", ProblemUnknownCode},
		{"sector wrong case", func(s *Session) { s.People[0].Sector = "Family" }, "people[0].sector", ProblemUnknownCode},
		{"quality", func(s *Session) { s.People[0].Quality = "great" }, "people[0].quality", ProblemUnknownCode},
		{"willing", func(s *Session) { s.People[0].Willing = "perhaps" }, "people[0].willing", ProblemUnknownCode},
		{"able (answer)", func(s *Session) { s.People[0].Able = "ja" }, "people[0].able", ProblemUnknownCode},
		{"support level", func(s *Session) { s.People[0].Support.Practical.Level = "always" }, "people[0].support.practical.level", ProblemUnknownCode},
		{"support level company", func(s *Session) { s.People[0].Support.Company.Level = "" }, "people[0].support.company.level", ProblemUnknownCode},
		{"support direction", func(s *Session) { s.People[0].Support.Emotional.Direction = "both" }, "people[0].support.emotional.direction", ProblemUnknownCode},
		{"frequency", func(s *Session) { s.People[0].Frequency = "hourly" }, "people[0].frequency", ProblemUnknownCode},
		{"known_for", func(s *Session) { s.People[0].KnownFor = "forever" }, "people[0].known_for", ProblemUnknownCode},
		{"relation kind", func(s *Session) { s.Relations[0].Kind = "married" }, "relations[0].kind", ProblemUnknownCode},
		{"jim status", func(s *Session) { s.Jim[0].Status = "maybe" }, "jim_candidates[0].status", ProblemUnknownCode},
		{"jim history status", func(s *Session) { s.Jim[0].History[0].Status = "" }, "jim_candidates[0].history[0].status", ProblemUnknownCode},
		{"jim criterion", func(s *Session) { s.Jim[0].Criteria["rich"] = CriterionAnswer{Value: AnswerYes} }, "jim_candidates[0].criteria.rich", ProblemUnknownCode},
		{"jim criterion answer", func(s *Session) { s.Jim[0].Criteria[CriterionSafety] = CriterionAnswer{Value: "ok"} }, "jim_candidates[0].criteria.safety.value", ProblemUnknownCode},
		{"party", func(s *Session) { s.Agreements[0].Who = "school" }, "agreements[0].who", ProblemUnknownCode},
		{"review outcome", func(s *Session) { s.Agreements[0].Reviews[0].Outcome = "done" }, "agreements[0].reviews[0].outcome", ProblemUnknownCode},
		{"own strength sufficiency", func(s *Session) { s.Needs[0].Own.Outcome = "plenty" }, "needs[0].own_strength.outcome", ProblemUnknownCode},
		{"network sufficiency", func(s *Session) { s.Needs[0].Network.Outcome = "none" }, "needs[0].network.outcome", ProblemUnknownCode},
		{"preceding decision", func(s *Session) { s.Needs[0].Preceding.Decision = "stop" }, "needs[0].preceding.decision", ProblemUnknownCode},
		{"general decision", func(s *Session) { s.Needs[0].General.Decision = "stop" }, "needs[0].general.decision", ProblemUnknownCode},
		{"preceding adequate", func(s *Session) { s.Needs[0].Preceding.Adequate = "" }, "needs[0].preceding.adequate", ProblemUnknownCode},
		{"general adequate", func(s *Session) { s.Needs[0].General.Adequate = "maybe" }, "needs[0].general.adequate", ProblemUnknownCode},
		{"conclusion", func(s *Session) { s.Needs[0].Gap.Conclusion = "pgb" }, "needs[0].gap.conclusion", ProblemUnknownCode},
		{"care form", func(s *Session) { s.Needs[0].Gap.Form = "cash" }, "needs[0].gap.form", ProblemUnknownCode},
		{"family view", func(s *Session) { s.Needs[0].View.View = "agreed" }, "needs[0].family_view.view", ProblemUnknownCode},
		{"plan offer", func(s *Session) { s.Needs[0].FamilyPlan.Offer = "offered" }, "needs[0].family_plan.offer", ProblemUnknownCode},
		{"jim present", func(s *Session) { s.Needs[0].FamilyPlan.JimPresent = "n/a" }, "needs[0].family_plan.jim_present", ProblemUnknownCode},
		{"applicability jeugdwet", func(s *Session) { s.Needs[0].Applicability.Jeugdwet = "Y" }, "needs[0].applicability.jeugdwet", ProblemUnknownCode},
		{"applicability resident", func(s *Session) { s.Needs[0].Applicability.Resident = "" }, "needs[0].applicability.resident", ProblemUnknownCode},
		{"contribution asked", func(s *Session) { s.Needs[0].Network.Contributions[0].Asked = "x" }, "needs[0].network.contributions[0].asked", ProblemUnknownCode},
		{"contribution willing", func(s *Session) { s.Needs[0].Network.Contributions[0].Willing = "unknown" }, "needs[0].network.contributions[0].willing", ProblemUnknownCode},
		{"contribution able", func(s *Session) { s.Needs[0].Network.Contributions[0].Able = "x" }, "needs[0].network.contributions[0].able", ProblemUnknownCode},
		{"contribution lasting", func(s *Session) { s.Needs[0].Network.Contributions[0].Lasting = "x" }, "needs[0].network.contributions[0].lasting", ProblemUnknownCode},

		// out_of_range
		{"ring 0", func(s *Session) { s.People[1].Ring = 0 }, "people[1].ring", ProblemOutOfRange},
		{"ring 5", func(s *Session) { s.People[1].Ring = 5 }, "people[1].ring", ProblemOutOfRange},
		{"ring negative", func(s *Session) { s.People[1].Ring = -1 }, "people[1].ring", ProblemOutOfRange},
		{"birth year 1899", func(s *Session) { s.Youths[0].BirthYear = 1899 }, "youths[0].birth_year", ProblemOutOfRange},
		{"birth year 2201", func(s *Session) { s.Youths[0].BirthYear = 2201 }, "youths[0].birth_year", ProblemOutOfRange},
		{"birth year negative", func(s *Session) { s.Youths[0].BirthYear = -2012 }, "youths[0].birth_year", ProblemOutOfRange},

		// dangling_id
		{"relation a unknown", func(s *Session) { s.Relations[0].A = "p9" }, "relations[0].a", ProblemDangling},
		{"relation b unknown", func(s *Session) { s.Relations[0].B = "y9" }, "relations[0].b", ProblemDangling},
		{"relation a empty", func(s *Session) { s.Relations[0].A = "" }, "relations[0].a", ProblemDangling},
		{"contribution person unknown", func(s *Session) { s.Needs[0].Network.Contributions[0].PersonID = "p9" }, "needs[0].network.contributions[0].person_id", ProblemDangling},
		{"contribution person is a youth", func(s *Session) { s.Needs[0].Network.Contributions[0].PersonID = "y1" }, "needs[0].network.contributions[0].person_id", ProblemDangling},
		{"jim youth unknown", func(s *Session) { s.Jim[0].YouthID = "y9" }, "jim_candidates[0].youth_id", ProblemDangling},
		{"jim youth is a person", func(s *Session) { s.Jim[0].YouthID = "p1" }, "jim_candidates[0].youth_id", ProblemDangling},
		{"jim person unknown", func(s *Session) { s.Jim[0].PersonID = "p9" }, "jim_candidates[0].person_id", ProblemDangling},
		{"jim person is a youth", func(s *Session) { s.Jim[0].PersonID = "y2" }, "jim_candidates[0].person_id", ProblemDangling},
		{"agreement person unknown", func(s *Session) { s.Agreements[0].PersonID = "p9" }, "agreements[0].person_id", ProblemDangling},
		{"agreement person is a youth", func(s *Session) { s.Agreements[0].PersonID = "y1" }, "agreements[0].person_id", ProblemDangling},
		{"need youth unknown", func(s *Session) { s.Needs[0].YouthID = "y9" }, "needs[0].youth_id", ProblemDangling},
		{"need youth is a person", func(s *Session) { s.Needs[0].YouthID = "p1" }, "needs[0].youth_id", ProblemDangling},

		// duplicate_id
		{"youth ids", func(s *Session) { s.Youths[1].ID = "y1" }, "youths[1].id", ProblemDuplicateID},
		{"person ids", func(s *Session) { s.People[2].ID = "p1" }, "people[2].id", ProblemDuplicateID},
		{"youth and person share an id", func(s *Session) { s.People[2].ID = "y2" }, "people[2].id", ProblemDuplicateID},
		{"relation ids", func(s *Session) {
			s.Relations = append(s.Relations, Relation{ID: "r1", A: "p2", B: "p3", Kind: RelationClose})
		}, "relations[1].id", ProblemDuplicateID},
		{"need ids", func(s *Session) { s.Needs = append(s.Needs, Need{ID: "n1", Title: "Tweede"}); s.Needs[1].normalize() }, "needs[1].id", ProblemDuplicateID},
		{"jim ids", func(s *Session) {
			s.Jim = append(s.Jim, JimCandidate{ID: "j1", YouthID: "y2", PersonID: "p3", Status: JimNamed})
		}, "jim_candidates[1].id", ProblemDuplicateID},
		{"agreement ids", func(s *Session) {
			s.Agreements = append(s.Agreements, Agreement{ID: "a1", Who: PartyFamily, What: "Bellen"})
		}, "agreements[1].id", ProblemDuplicateID},

		// bad_date
		{"session date month 13", func(s *Session) { s.Date = "2026-13-01" }, "date", ProblemBadDate},
		{"request date Dutch order", func(s *Session) { s.Needs[0].Request.Date = "05-10-2026" }, "needs[0].request.date", ProblemBadDate},
		{"family view date 30 February", func(s *Session) { s.Needs[0].View.Date = "2026-02-30" }, "needs[0].family_view.date", ProblemBadDate},
		{"jim history date", func(s *Session) { s.Jim[0].History[0].Date = "gisteren" }, "jim_candidates[0].history[0].date", ProblemBadDate},
		{"agreement due with time", func(s *Session) { s.Agreements[0].Due = "2026-10-13T00:00:00Z" }, "agreements[0].due", ProblemBadDate},
		{"review date", func(s *Session) { s.Agreements[0].Reviews[0].Date = "2026-1-5" }, "agreements[0].reviews[0].date", ProblemBadDate},

		// too_long
		{"person name 10000", func(s *Session) { s.People[0].Name = long }, "people[0].name", ProblemTooLong},
		{"youth name 201", func(s *Session) { s.Youths[0].Name = strings.Repeat("é", MaxNameLen+1) }, "youths[0].name", ProblemTooLong},
		{"label 201", func(s *Session) { s.Label = strings.Repeat("a", MaxNameLen+1) }, "label", ProblemTooLong},
		{"coach 201", func(s *Session) { s.Coach = strings.Repeat("a", MaxNameLen+1) }, "coach", ProblemTooLong},
		{"role 201", func(s *Session) { s.People[0].Role = strings.Repeat("a", MaxNameLen+1) }, "people[0].role", ProblemTooLong},
		{"youth notes", func(s *Session) { s.Youths[0].Notes = strings.Repeat("a", MaxTextLen+1) }, "youths[0].notes", ProblemTooLong},
		{"person notes", func(s *Session) { s.People[0].Notes = strings.Repeat("a", MaxTextLen+1) }, "people[0].notes", ProblemTooLong},
		{"relation notes", func(s *Session) { s.Relations[0].Notes = strings.Repeat("a", MaxTextLen+1) }, "relations[0].notes", ProblemTooLong},
		{"need request words", func(s *Session) { s.Needs[0].Request.Words = strings.Repeat("a", MaxTextLen+1) }, "needs[0].request.words", ProblemTooLong},
		{"need gap reasoning", func(s *Session) { s.Needs[0].Gap.Reasoning = strings.Repeat("a", MaxTextLen+1) }, "needs[0].gap.reasoning", ProblemTooLong},
		{"contribution what", func(s *Session) { s.Needs[0].Network.Contributions[0].What = long }, "needs[0].network.contributions[0].what", ProblemTooLong},
		{"expertise discipline", func(s *Session) { s.Needs[0].Problems.Expertise[0].Discipline = long }, "needs[0].problems.expertise[0].discipline", ProblemTooLong},
		{"jim criterion note", func(s *Session) {
			s.Jim[0].Criteria[CriterionSafety] = CriterionAnswer{Value: AnswerYes, Note: strings.Repeat("a", MaxTextLen+1)}
		}, "jim_candidates[0].criteria.safety.note", ProblemTooLong},
		{"agreement what", func(s *Session) { s.Agreements[0].What = strings.Repeat("a", MaxTextLen+1) }, "agreements[0].what", ProblemTooLong},

		// self_relation
		{"relation with oneself", func(s *Session) { s.Relations[0].B = "p1" }, "relations[0].b", ProblemSelf},
		{"youth related to itself", func(s *Session) { s.Relations[0].A, s.Relations[0].B = "y1", "y1" }, "relations[0].b", ProblemSelf},

		// too_many, too_large (limits.go)
		{"people over the bound", tooManyPeople, "people", ProblemTooMany},
		{"session over the bound", tooLarge, "session", ProblemTooLarge},
	}
	codes := map[ProblemCode]bool{}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := validSession()
			tt.mut(s)
			ps := s.Validate()
			if len(ps) != 1 || ps[0].Field != tt.field || ps[0].Code != tt.code {
				t.Fatalf("Validate() = %v, want exactly %s: %s", ps, tt.field, tt.code)
			}
		})
		codes[tt.code] = true
	}
	for _, c := range ProblemCodes {
		if !codes[c] {
			t.Errorf("no test case for problem code %s", c)
		}
	}
}

// TestValidateAccepts lists edge values that are allowed.
func TestValidateAccepts(t *testing.T) {
	tests := []struct {
		name string
		mut  func(s *Session)
	}{
		{"no birth year", func(s *Session) { s.Youths[0].BirthYear = 0 }},
		{"birth year 1900", func(s *Session) { s.Youths[0].BirthYear = 1900 }},
		{"birth year 2200", func(s *Session) { s.Youths[0].BirthYear = 2200 }},
		{"ring 4", func(s *Session) { s.People[0].Ring = RingNoContact }},
		{"name of MaxNameLen wide characters", func(s *Session) { s.People[0].Name = strings.Repeat("李", MaxNameLen) }},
		{"notes of MaxTextLen", func(s *Session) { s.People[0].Notes = strings.Repeat("a", MaxTextLen) }},
		{"empty optional codes", func(s *Session) {
			p := &s.People[0]
			p.Frequency, p.KnownFor, p.Support.Practical.Direction = "", "", ""
			n := &s.Needs[0]
			n.Own.Outcome, n.Network.Outcome, n.FamilyPlan.Offer = "", "", ""
			n.Preceding.Decision, n.General.Decision, n.Gap.Conclusion, n.Gap.Form, n.View.View = "", "", "", "", ""
		}},
		{"no dates", func(s *Session) {
			s.Date, s.Needs[0].Request.Date, s.Agreements[0].Due, s.Jim[0].History[0].Date = "", "", "", ""
		}},
		{"leap day", func(s *Session) { s.Date = "2028-02-29" }},
		{"need for the whole family", func(s *Session) { s.Needs[0].YouthID = "" }},
		{"agreement without a person", func(s *Session) { s.Agreements[0].PersonID = "" }},
		{"relation between a person and a youth", func(s *Session) { s.Relations[0].B = "y2" }},
		{"relation id equal to a person id", func(s *Session) { s.Relations[0].ID = "p3" }},
		{"ids of different kinds may repeat", func(s *Session) { s.Needs[0].ID, s.Jim[0].ID, s.Agreements[0].ID = "x", "x", "x" }},
		{"no youths and no people", func(s *Session) {
			s.Youths, s.People, s.Relations, s.Needs, s.Jim, s.Agreements = nil, nil, nil, nil, nil, nil
		}},
		{"every criterion", func(s *Session) {
			for _, c := range Criteria {
				s.Jim[0].Criteria[c] = CriterionAnswer{Value: AnswerNo}
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := validSession()
			tt.mut(s)
			if ps := s.Validate(); ps != nil {
				t.Fatalf("Validate() = %v, want none", ps)
			}
		})
	}
}

// TestValidateAcceptsEveryCode sets every listed code of every kind in
// every place it is used and expects no problem.
func TestValidateAcceptsEveryCode(t *testing.T) {
	type setter func(s *Session)
	var cases []setter
	add := func(f setter) { cases = append(cases, f) }
	for _, c := range Sectors {
		add(func(s *Session) { s.People[0].Sector = c })
	}
	for _, r := range Rings {
		add(func(s *Session) { s.People[0].Ring = r })
	}
	for _, c := range Frequencies {
		add(func(s *Session) { s.People[0].Frequency = c })
	}
	for _, c := range KnownFors {
		add(func(s *Session) { s.People[0].KnownFor = c })
	}
	for _, c := range Levels {
		add(func(s *Session) { s.People[0].Support.Advice.Level = c })
	}
	for _, c := range Directions {
		add(func(s *Session) { s.People[0].Support.Company.Direction = c })
	}
	for _, c := range Qualities {
		add(func(s *Session) { s.People[0].Quality = c })
	}
	for _, c := range Willings {
		add(func(s *Session) { s.People[0].Willing = c; s.Needs[0].Network.Contributions[0].Willing = c })
	}
	for _, c := range Answers {
		add(func(s *Session) {
			s.People[0].Able = c
			n := &s.Needs[0]
			n.Applicability.Jeugdwet, n.Applicability.Resident, n.FamilyPlan.JimPresent = c, c, c
			n.Preceding.Adequate, n.General.Adequate = c, c
			cb := &n.Network.Contributions[0]
			cb.Asked, cb.Able, cb.Lasting = c, c, c
			s.Jim[0].Criteria[CriterionAdult] = CriterionAnswer{Value: c}
		})
	}
	for _, c := range RelationKinds {
		add(func(s *Session) { s.Relations[0].Kind = c })
	}
	for _, c := range JimStatuses {
		add(func(s *Session) { s.Jim[0].Status = c; s.Jim[0].History[0].Status = c })
	}
	for _, c := range Criteria {
		add(func(s *Session) { s.Jim[0].Criteria = map[Criterion]CriterionAnswer{c: {Value: AnswerYes}} })
	}
	for _, c := range Parties {
		add(func(s *Session) { s.Agreements[0].Who = c })
	}
	for _, c := range ReviewOutcomes {
		add(func(s *Session) { s.Agreements[0].Reviews[0].Outcome = c })
	}
	for _, c := range Sufficiencies {
		add(func(s *Session) { s.Needs[0].Own.Outcome = c; s.Needs[0].Network.Outcome = c })
	}
	for _, c := range Decisions {
		add(func(s *Session) { s.Needs[0].Preceding.Decision = c; s.Needs[0].General.Decision = c })
	}
	for _, c := range Conclusions {
		add(func(s *Session) { s.Needs[0].Gap.Conclusion = c })
	}
	for _, c := range CareForms {
		add(func(s *Session) { s.Needs[0].Gap.Form = c })
	}
	for _, c := range AgreementViews {
		add(func(s *Session) { s.Needs[0].View.View = c })
	}
	for _, c := range PlanOffers {
		add(func(s *Session) { s.Needs[0].FamilyPlan.Offer = c })
	}
	for i, set := range cases {
		s := validSession()
		set(s)
		if ps := s.Validate(); ps != nil {
			t.Errorf("case %d: %v", i, ps)
		}
	}
	if len(cases) < 60 {
		t.Errorf("only %d codes checked", len(cases))
	}
}

func TestValidateReportsEveryProblem(t *testing.T) {
	s := validSession()
	s.Label = ""
	s.People[0].Sector = "x"
	s.People[1].Ring = 9
	s.Agreements[0].Due = "soon"
	ps := s.Validate()
	want := []string{"label", "people[0].sector", "people[1].ring", "agreements[0].due"}
	if len(ps) != len(want) {
		t.Fatalf("Validate() = %v, want problems in %v", ps, want)
	}
	for i, f := range want {
		if ps[i].Field != f {
			t.Errorf("problem %d is %s, want %s", i, ps[i].Field, f)
		}
	}
}

func TestProblemValueIsClipped(t *testing.T) {
	s := validSession()
	s.People[0].Name = strings.Repeat("李", 10000)
	ps := s.Validate()
	if len(ps) != 1 {
		t.Fatalf("Validate() = %v", ps)
	}
	v := ps[0].Value
	if n := utf8.RuneCountInString(v); n != 41 || !strings.HasSuffix(v, "…") || !strings.HasPrefix(v, "李李") {
		t.Errorf("Value = %q (%d runes), want 40 runes and an ellipsis", v, n)
	}
}

func TestProblemError(t *testing.T) {
	ps := Problems{
		{Field: "label", Code: ProblemRequired},
		{Field: "people[0].sector", Code: ProblemUnknownCode, Value: "kitchen"},
	}
	want := `label: required; people[0].sector: unknown_code ("kitchen")`
	if got := ps.Error(); got != want {
		t.Errorf("Error() = %s, want %s", got, want)
	}
	var err error = ps
	if err.Error() != want {
		t.Error("Problems is not usable as an error")
	}
	_ = fmt.Sprint(err)
}
