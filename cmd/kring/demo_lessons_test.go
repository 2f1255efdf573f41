package main

import (
	"path"
	"testing"

	"kring/model"
)

// demoSession decodes one demo family as kring demo seeds it.
func demoSession(t *testing.T, name string) *model.Session {
	t.Helper()
	data, err := demoFiles.ReadFile(path.Join("demodata", name))
	if err != nil {
		t.Fatal(err)
	}
	s, err := model.Decode(data)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return s
}

// TestDemoFamiliesShowTheirLesson: each demo family shows one lesson of
// the Sonestra way of working (issue 17), with a meeting and a plan in a
// state that fits it.
func TestDemoFamiliesShowTheirLesson(t *testing.T) {
	t.Run("bakker: a thin household, the family found in the sweep covers the need", func(t *testing.T) {
		s := demoSession(t, "bakker.json")
		household, family := 0, 0
		for _, p := range s.People {
			if p.Household {
				household++
			}
			if p.Sector == model.SectorFamily && !p.Household {
				family++
			}
		}
		if household > 1 || family < 5 {
			t.Errorf("household %d, wider family %d: want a single parent and a large family", household, family)
		}
		if ev := s.Evaluate(); len(ev) == 0 || ev[0].Result != model.ResultSolved {
			t.Errorf("the network does not cover the need: %+v", ev)
		}
		if s.PlanState() != model.PlanMade || s.Meeting.Outcome == "" || len(s.Actieteam()) < 3 {
			t.Errorf("want a meeting held and a plan made with an Actieteam: %q %q %v", s.PlanState(), s.Meeting.Outcome, s.Actieteam())
		}
	})
	t.Run("veldkamp: a stressful tie, a JIM Noor chose, youth care for one need", func(t *testing.T) {
		s := demoSession(t, "veldkamp.json")
		stressful := false
		for _, p := range s.People {
			stressful = stressful || p.Quality == model.QualityStressful
		}
		if !stressful {
			t.Error("no stressful tie")
		}
		chosen := false
		for _, j := range s.Jim {
			chosen = chosen || (j.Criteria[model.CriterionNamedByYouth].Value == model.AnswerYes && j.Status == model.JimAgreed)
		}
		if !chosen {
			t.Error("no JIM chosen by the youth and agreed")
		}
		youthCare := 0
		for _, ev := range s.Evaluate() {
			if ev.Result == model.ResultYouthCare {
				youthCare++
			}
		}
		if youthCare != 1 {
			t.Errorf("%d needs end in youth care, want 1: %+v", youthCare, s.Evaluate())
		}
		if s.PlanState() != model.PlanInPreparation || s.Plan.JimPart == "" {
			t.Errorf("want a plan in preparation with the JIM's part: %q", s.PlanState())
		}
	})
	t.Run("mulder: the Sonestra pilot, ring-4 people to invite, the meeting planned", func(t *testing.T) {
		s := demoSession(t, "mulder.json")
		ring4 := 0
		for _, p := range s.People {
			if p.Ring == model.RingNoContact && !p.Deceased {
				ring4++
			}
		}
		if ring4 < 2 {
			t.Errorf("%d people in ring 4, want some to come back at the meeting", ring4)
		}
		if s.Meeting.Date == "" || len(s.Meeting.Invitees) != 0 || len(s.Plan.Goals) != 0 {
			t.Errorf("want the meeting planned and the invitations and plan left to the training: %+v %+v", s.Meeting, s.Plan)
		}
		if s.PlanState() != model.PlanInPreparation {
			t.Errorf("plan state %q", s.PlanState())
		}
	})
}
