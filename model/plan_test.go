package model

import (
	"bytes"
	"errors"
	"slices"
	"testing"
)

// planSession is evSession with a step 5 agreement, for the plan's links.
func planSession() *Session {
	s := evSession()
	s.Agreements = []Agreement{{ID: "a1", Who: PartyNetwork, PersonID: "p2", What: "Oma haalt Noor op."}}
	s.Normalize()
	return s
}

func TestMeetingInvitesOnlyPeopleOnTheMap(t *testing.T) {
	s := planSession()
	// p3 is in ring 4 (no contact now) and has died: the map still holds
	// them; p4 is further out. Anyone on the map may be invited.
	for _, id := range []string{"p2", "p4"} {
		if err := s.Invite(id, "Sanne", "via oma"); err != nil {
			t.Fatalf("Invite(%s): %v", id, err)
		}
	}
	s.People = append(s.People, Person{ID: "p5", Name: "Kees", Role: "oom", Sector: SectorFamily, Ring: RingNoContact})
	s.Normalize()
	if err := s.Invite("p5", "Sanne", ""); err != nil {
		t.Fatalf("a ring-4 person is refused: %v", err)
	}
	if err := s.Invite("p99", "Sanne", ""); !errors.Is(err, ErrNotOnMap) {
		t.Errorf("Invite(p99) = %v, want ErrNotOnMap", err)
	}
	if err := s.Invite("p2", "", ""); !errors.Is(err, ErrAlreadyInvited) {
		t.Errorf("second invitation = %v, want ErrAlreadyInvited", err)
	}
	if got := s.Meeting.Invitee("p2"); got == nil || got.State != InviteInvited || got.Reach != "via oma" {
		t.Errorf("invitee p2 = %+v", got)
	}
	if ps := s.Validate(); len(ps) > 0 {
		t.Fatalf("valid meeting: %v", ps)
	}
}

func TestMeetingStatesAndValidation(t *testing.T) {
	s := planSession()
	_ = s.Invite("p2", "Sanne", "")
	_ = s.Invite("p4", "Noor", "")
	s.Meeting.Invitee("p2").State = InviteComing
	s.Meeting.Invitee("p4").State = InviteNotComing
	c := s.Meeting.MeetingCounts()
	if c[InviteComing] != 1 || c[InviteNotComing] != 1 || c[InviteInvited] != 0 {
		t.Errorf("counts = %v", c)
	}
	for _, tc := range []struct {
		name  string
		edit  func(*Session)
		field string
		code  ProblemCode
	}{
		{"unknown state", func(s *Session) { s.Meeting.Invitees[0].State = "maybe" }, "meeting.invitees[0].state", ProblemUnknownCode},
		{"not on the map", func(s *Session) { s.Meeting.Invitees[0].PersonID = "p99" }, "meeting.invitees[0].person_id", ProblemDangling},
		{"twice", func(s *Session) { s.Meeting.Invitees[1].PersonID = "p2" }, "meeting.invitees[1].person_id", ProblemDuplicateID},
		{"bad date", func(s *Session) { s.Meeting.Date = "2026-13-01" }, "meeting.date", ProblemBadDate},
		{"place too long", func(s *Session) { s.Meeting.Place = string(make([]byte, MaxNameLen+1)) }, "meeting.place", ProblemTooLong},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := s.Clone()
			tc.edit(c)
			if !hasProblem(c.Validate(), tc.field, tc.code) {
				t.Errorf("no %s on %s in %v", tc.code, tc.field, c.Validate())
			}
		})
	}
}

func hasProblem(ps Problems, field string, code ProblemCode) bool {
	return slices.ContainsFunc(ps, func(p Problem) bool { return p.Field == field && p.Code == code })
}

func TestPlanTasksLinkPeopleAndAgreements(t *testing.T) {
	s := planSession()
	g, err := s.AddGoal("Noor is na school niet alleen.")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.AddTask(g, PlanTask{PersonID: "p2", What: "ophalen op dinsdag", Due: "2026-11-01", AgreementID: "a1"}); err != nil {
		t.Fatalf("task linked to oma and a1: %v", err)
	}
	if _, err := s.AddTask(g, PlanTask{What: "rooster op de koelkast"}); err != nil {
		t.Fatalf("a task of the family as a whole: %v", err)
	}
	if _, err := s.AddTask(g, PlanTask{PersonID: "p99", What: "x"}); !errors.Is(err, ErrNotOnMap) {
		t.Errorf("task for someone not on the map = %v", err)
	}
	if _, err := s.AddTask(g, PlanTask{PersonID: "p4", What: "x", AgreementID: "a9"}); !errors.Is(err, ErrUnknownAgreement) {
		t.Errorf("task linked to a missing agreement = %v", err)
	}
	if _, err := s.AddTask(g, PlanTask{What: "  "}); err == nil {
		t.Error("a task without what is accepted")
	}
	if _, err := s.AddTask("g9", PlanTask{What: "x"}); err == nil {
		t.Error("a task under a missing goal is accepted")
	}
	g2, _ := s.AddGoal("Sanne heeft een avond voor zichzelf.")
	if _, err := s.AddTask(g2, PlanTask{PersonID: "p4", What: "oppassen"}); err != nil {
		t.Fatal(err)
	}
	if got := s.Actieteam(); !slices.Equal(got, []string{"p2", "p4"}) {
		t.Errorf("Actieteam = %v, want [p2 p4]", got)
	}
	if ps := s.Validate(); len(ps) > 0 {
		t.Fatalf("valid plan: %v", ps)
	}
	// Removing the agreement keeps the task and drops the link.
	s.RemoveAgreement("a1")
	if s.Plan.Goals[0].Tasks[0].AgreementID != "" {
		t.Error("a removed agreement is still linked from a task")
	}
	// A file that links a task to a missing person or agreement is refused.
	c := s.Clone()
	c.Plan.Goals[0].Tasks[0].PersonID = "p99"
	c.Plan.Goals[0].Tasks[1].AgreementID = "a9"
	ps := c.Validate()
	if !hasProblem(ps, "plan.goals[0].tasks[0].person_id", ProblemDangling) || !hasProblem(ps, "plan.goals[0].tasks[1].agreement_id", ProblemDangling) {
		t.Errorf("dangling links not found: %v", ps)
	}
}

func TestRemovingAPersonSaysWhatHangsOnThem(t *testing.T) {
	build := func() (*Session, string) {
		s := planSession()
		_ = s.Invite("p2", "Sanne", "")
		g, _ := s.AddGoal("Noor is na school niet alleen.")
		_, _ = s.AddTask(g, PlanTask{PersonID: "p2", What: "ophalen op dinsdag"})
		_, _ = s.AddTask(g, PlanTask{PersonID: "p2", What: "ophalen op donderdag"})
		_, _ = s.AddTask(g, PlanTask{PersonID: "p4", What: "oppassen"})
		return s, g
	}
	s, _ := build()
	l := s.LinksOf("p2")
	if len(l.Tasks) != 2 || !l.Invited || l.Signed || !l.Any() {
		t.Errorf("LinksOf(p2) = %+v", l)
	}
	if s.LinksOf("p1").Any() {
		t.Errorf("LinksOf(p1) = %+v, want nothing", s.LinksOf("p1"))
	}

	// Keep: the tasks stay without a name, the invitation goes.
	s.RemovePersonWith("p2", TasksKeep)
	if n := len(s.Plan.Goals[0].Tasks); n != 3 || s.Plan.Goals[0].Tasks[0].PersonID != "" {
		t.Errorf("kept tasks = %+v", s.Plan.Goals[0].Tasks)
	}
	if s.Meeting.Invitee("p2") != nil {
		t.Error("the invitation of a removed person stays")
	}
	if ps := s.Validate(); len(ps) > 0 {
		t.Errorf("after removal: %v", ps)
	}

	// Drop: the tasks go with the person; others' tasks stay.
	s, _ = build()
	s.RemovePersonWith("p2", TasksDrop)
	if got := s.Plan.Goals[0].Tasks; len(got) != 1 || got[0].PersonID != "p4" {
		t.Errorf("after drop, tasks = %+v", got)
	}
}

// TestStepSevenReadsThePlan: Jeugdwet art. 4.1.2 asks that the family
// group plan be offered; step 7 reads made, in preparation or declined
// from the plan itself so that the coach does not record it twice, and
// falls back on the need's own answer when there is no plan.
func TestStepSevenReadsThePlan(t *testing.T) {
	signedPlan := func(s *Session) {
		g, _ := s.AddGoal("Noor is na school niet alleen.")
		_, _ = s.AddTask(g, PlanTask{PersonID: "p2", What: "ophalen"})
		_ = s.Sign("p1", "2026-10-06")
	}
	for _, tc := range []struct {
		name      string
		offer     PlanOffer // the need's own answer
		edit      func(*Session)
		state     PlanOffer
		notOffer  bool // step 7 finds plan_not_offered (art. 4.1.2)
		stepState StepState
	}{
		{"no plan, need says not offered", PlanNotOffered, func(*Session) {}, PlanNotOffered, true, StepOpen},
		{"no plan, need says made", PlanMade, func(*Session) {}, PlanNotOffered, false, StepDone},
		{"a meeting planned: in preparation", PlanNotOffered, func(s *Session) { s.Meeting.Date = "2026-11-01" }, PlanInPreparation, false, StepDone},
		{"a goal without tasks: in preparation", PlanNotOffered, func(s *Session) { _, _ = s.AddGoal("Rust in huis.") }, PlanInPreparation, false, StepDone},
		{"tasks but nobody signed: in preparation", PlanNotOffered, func(s *Session) {
			g, _ := s.AddGoal("Rust in huis.")
			_, _ = s.AddTask(g, PlanTask{What: "samen eten"})
		}, PlanInPreparation, false, StepDone},
		{"signed by a youth only: in preparation", PlanNotOffered, func(s *Session) {
			g, _ := s.AddGoal("Rust in huis.")
			_, _ = s.AddTask(g, PlanTask{What: "samen eten"})
			_ = s.Sign("y1", "2026-10-06")
		}, PlanInPreparation, false, StepDone},
		{"tasks and a parent signed: made", PlanNotOffered, signedPlan, PlanMade, false, StepDone},
		{"the plan overrules the need's answer", PlanDeclined, signedPlan, PlanMade, false, StepDone},
		{"declined in the plan", PlanMade, func(s *Session) { s.Plan.Declined = true }, PlanDeclined, false, StepDone},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := planSession()
			n := evSolvedNeed()
			n.FamilyPlan = FamilyPlanStep{Offer: tc.offer, JimPresent: AnswerNo}
			if tc.offer == PlanNotOffered {
				n.FamilyPlan.Answer = ""
			}
			s.Needs = []Need{n}
			tc.edit(s)
			s.Normalize()
			if got := s.PlanState(); got != tc.state {
				t.Fatalf("PlanState = %q, want %q", got, tc.state)
			}
			ev := s.Evaluate()[0]
			found := slices.ContainsFunc(ev.Findings, func(f Finding) bool { return f.Code == FindingPlanNotOffered })
			if found != tc.notOffer {
				t.Errorf("plan_not_offered found = %v, want %v (%v)", found, tc.notOffer, ev.Findings)
			}
			if ev.Steps[6] != tc.stepState {
				t.Errorf("step 7 = %q, want %q (%v)", ev.Steps[6], tc.stepState, ev.Findings)
			}
		})
	}
}

func TestSignersAreParentsAndYouthsFromTwelve(t *testing.T) {
	s := planSession()
	s.Youths = append(s.Youths, Youth{ID: "y2", Name: "Sem", BirthYear: 2010}, Youth{ID: "y3", Name: "Lin"})
	// In 2026 Noor (2017) is 9: she does not sign; Sem (16) does, and Lin,
	// whose age is not recorded, gets a line rather than be left out.
	if got := s.Signers(2026); !slices.Equal(got, []string{"p1", "y2", "y3"}) {
		t.Errorf("Signers(2026) = %v", got)
	}
	if err := s.Sign("p99", "2026-10-06"); !errors.Is(err, ErrNotOnMap) {
		t.Errorf("Sign(p99) = %v", err)
	}
	_ = s.Sign("p1", "2026-10-06")
	_ = s.Sign("p1", "2026-10-07")
	if len(s.Plan.Signatures) != 1 || s.Plan.Signed("p1") != "2026-10-07" {
		t.Errorf("signatures = %+v", s.Plan.Signatures)
	}
}

// TestOldFilesStillImport: a kring/v1 file from before the meeting and the
// plan reads as before, and a session without them writes neither.
func TestOldFilesStillImport(t *testing.T) {
	s := exampleSession(t)
	if s.Meeting.Started() || s.Plan.started() {
		t.Fatalf("the example has a meeting or plan: %+v %+v", s.Meeting, s.Plan)
	}
	data, err := Encode(s)
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{`"meeting"`, `"plan"`} {
		if bytes.Contains(data, []byte(k)) {
			t.Errorf("an old session writes %s", k)
		}
	}
	// And a session with both round-trips.
	p := planSession()
	_ = p.Invite("p4", "Sanne", "app")
	p.Meeting.Outcome = "Gerda komt op woensdag."
	g, _ := p.AddGoal("Rust in huis.")
	_, _ = p.AddTask(g, PlanTask{PersonID: "p4", What: "oppassen", Due: "2026-11-01", AgreementID: "a1"})
	_ = p.Sign("p1", "2026-10-06")
	data, err = Encode(p)
	if err != nil {
		t.Fatal(err)
	}
	back, err := Decode(data)
	if err != nil {
		t.Fatalf("Decode: %v", err)
	}
	if back.Meeting.Outcome != p.Meeting.Outcome || len(back.Plan.Goals[0].Tasks) != 1 || back.PlanState() != PlanMade {
		t.Errorf("round trip lost the meeting or plan: %+v %+v", back.Meeting, back.Plan)
	}
}
