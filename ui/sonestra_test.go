package ui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"

	"kring/model"
	"kring/ui/i18n"
)

// sonestraStore holds the example case with a network meeting and a
// family group plan under way: Ria, Lotte and Ruben (the father, ring 4,
// no contact now) invited; two goals, three tasks, one linked to an
// agreement; Sanne signed.
func sonestraStore(t testing.TB) *fakeStore {
	ss := exampleSessions(t)
	s := ss[0]
	s.Meeting.Date, s.Meeting.Place = "2026-10-24", "bij oma Ria thuis"
	for _, inv := range []struct{ id, by, reach string }{{"p3", "Sanne", "app"}, {"p5", "Sanne", "bellen"}, {"p7", "Noor", "via oma Ria"}} {
		if err := s.Invite(inv.id, inv.by, inv.reach); err != nil {
			t.Fatal(err)
		}
	}
	s.Meeting.Invitee("p3").State = model.InviteComing
	s.Meeting.Invitee("p7").State = model.InviteComing
	s.Meeting.Outcome = "Ruben wil Noor weer zien. Ria en Lotte helpen na school."
	g1, _ := s.AddGoal("Noor en Sem zijn na school niet alleen.")
	g2, _ := s.AddGoal("Noor ziet haar vader weer.")
	for _, task := range []struct {
		goal string
		t    model.PlanTask
	}{
		{g1, model.PlanTask{PersonID: "p3", What: "Sem ophalen op dinsdag", Due: "2026-11-01", AgreementID: "a1"}},
		{g1, model.PlanTask{PersonID: "p5", What: "Noor ophalen op donderdag"}},
		{g2, model.PlanTask{PersonID: "p7", What: "Noor elke zaterdag bellen", Due: "2026-11-15"}},
	} {
		if _, err := s.AddTask(task.goal, task.t); err != nil {
			t.Fatal(err)
		}
	}
	s.Plan.JimPart = "Iris praat met Noor als het thuis moeilijk is."
	s.Plan.Safety = "Ruben ziet Noor eerst bij oma."
	s.Plan.ReviewDate, s.Plan.ReviewHow = "2026-12-01", "samen bij oma"
	s.Plan.AskMunicipality = "Hulp bij de post."
	if err := s.Sign("p1", "2026-10-24"); err != nil {
		t.Fatal(err)
	}
	return newFakeStore(testPass, ss...)
}

// TestGoldenSonestra: the guide panel, the meeting and the plan at 80x24
// and 120x40, in Dutch and English.
func TestGoldenSonestra(t *testing.T) {
	t.Parallel()
	type screen struct {
		name string
		lang i18n.Lang
		w, h int
		to   func(d *driver)
	}
	var screens []screen
	for _, lang := range []i18n.Lang{i18n.NL, i18n.EN} {
		for _, size := range [][2]int{{80, 24}, {120, 40}} {
			at := func(name string, to func(d *driver)) screen {
				return screen{fmt.Sprintf("%s/%s_%dx%d", name, lang, size[0], size[1]), lang, size[0], size[1], to}
			}
			screens = append(screens,
				at("guide_map", func(d *driver) { openExample(d); d.press("2", "ctrl+g") }),
				at("guide_needs", func(d *driver) { openExample(d); d.press("3", "ctrl+g") }),
				at("meeting", func(d *driver) { openExample(d); d.press("5", "m") }),
				at("plan", func(d *driver) { openExample(d); d.press("5", "p") }),
			)
		}
	}
	for _, sc := range screens {
		t.Run(sc.name, func(t *testing.T) {
			t.Parallel()
			runApp(t, setup{store: sonestraStore(t), lang: sc.lang, width: sc.w, height: sc.h}, func(t *testing.T, d *driver) {
				sc.to(d)
				golden.RequireEqual(t, []byte(d.view()))
			})
		})
	}
}

// TestGuideToggles: ctrl+g shows and hides the guide; its questions and
// open points follow the step and the session.
func TestGuideToggles(t *testing.T) {
	t.Parallel()
	runApp(t, setup{store: listStore(t), lang: i18n.EN, width: 120, height: 40}, func(t *testing.T, d *driver) {
		openExample(d)
		d.requireNoView("Conversation guide")
		d.press("ctrl+g")
		d.requireView("Conversation guide")
		d.requireView("Who belongs to your family?")
		d.press("4")
		d.requireView("Whom does Noor choose?")
		d.press("5")
		requireFlatText(t, d, "The meeting is not planned yet. Press m.")
		d.press("ctrl+g")
		d.requireNoView("Conversation guide")
	})
}

// TestDemoShowsTheGuideAndPresentHidesOpenPoints: in kring demo the
// guide is on from the start; in presentation mode the open points wait
// behind ctrl+o.
func TestDemoShowsTheGuideAndPresentHidesOpenPoints(t *testing.T) {
	t.Parallel()
	runApp(t, setup{store: listStore(t), lang: i18n.EN, width: 120, height: 40, demo: true}, func(t *testing.T, d *driver) {
		openExample(d)
		d.requireView("Conversation guide")
		d.requireView("Still open")
	})
	runApp(t, setup{store: listStore(t), lang: i18n.EN, width: 120, height: 40, demo: true, present: true}, func(t *testing.T, d *driver) {
		openExample(d)
		d.requireView("PRESENTATION")
		requireFlatText(t, d, "The family tells its own story.")
		d.requireNoView("Still open")
		d.press("ctrl+o")
		d.requireView("Still open")
	})
}

// TestMeetingInviteFromTheMap invites Ruben (ring 4) and records the answer
// and the outcome through the screen.
func TestMeetingInviteFromTheMap(t *testing.T) {
	t.Parallel()
	runApp(t, setup{store: listStore(t), lang: i18n.EN, width: 80, height: 24}, func(t *testing.T, d *driver) {
		openExample(d)
		d.press("5", "m")
		d.requireView("Nobody invited yet.")
		d.press("a")
		d.requireView("Invite someone")
		// Cycle to Ruben, who is in ring 4.
		for i := 0; i < 20 && !strings.Contains(d.view(), "Ruben · vader · no contact now"); i++ {
			d.press("right")
		}
		d.requireView("Ruben · vader · no contact now")
		d.press("tab")
		d.typ("Noor")
		d.press("tab")
		d.typ("via oma")
		d.press("enter")
		d.requireView("Invited: 1 · coming: 0 · not coming: 0")
		d.press("s")
		d.requireView("Invited: 1 · coming: 1 · not coming: 0")
		d.press("o")
		d.typ("Ruben komt weer op zaterdag.")
		d.press("enter")
		s := lastSaved(t, d)
		v := s.Meeting.Invitee("p7")
		if v == nil || v.State != model.InviteComing || v.InvitedBy != "Noor" || v.Reach != "via oma" || s.Meeting.Outcome != "Ruben komt weer op zaterdag." {
			t.Fatalf("meeting saved as %+v", s.Meeting)
		}
		d.press("esc")
		d.requireView("Meeting: Invited: 1")
	})
}

// TestPlanGoalTaskSign writes a goal with a task for Ria and Sanne's
// signature: the plan is made, and step 7 says so.
func TestPlanGoalTaskSign(t *testing.T) {
	t.Parallel()
	runApp(t, setup{store: listStore(t), lang: i18n.EN, width: 80, height: 24}, func(t *testing.T, d *driver) {
		openExample(d)
		d.press("5", "p")
		d.requireView("No goals yet.")
		d.press("t")
		d.requireView("Make a goal first.")
		d.press("enter", "g")
		d.typ("Sem is niet alleen na school.")
		d.press("enter")
		d.press("t", "right", "right") // the family, Sanne, Yusuf: the second right is Yusuf
		d.press("left")                // back to Sanne
		d.press("tab")
		d.typ("Sem ophalen")
		d.press("enter")
		d.requireView("Sanne: Sem ophalen")
		d.press("s", "enter")
		s := lastSaved(t, d)
		if got := s.PlanState(); got != model.PlanMade {
			t.Fatalf("plan state %q, plan %+v", got, s.Plan)
		}
		d.requireView("State: made")
	})
}

// TestRemovingSomeoneWithTasksAsks: taking Ria off the map asks what
// happens to her tasks; keeping them leaves them without a name.
func TestRemovingSomeoneWithTasksAsks(t *testing.T) {
	t.Parallel()
	runApp(t, setup{store: sonestraStore(t), lang: i18n.EN, width: 120, height: 40}, func(t *testing.T, d *driver) {
		openExample(d)
		d.press("2", "/")
		d.typ("Ria")
		d.press("enter", "x")
		requireFlatText(t, d, "Ria has 1 tasks in the plan")
		requireFlatText(t, d, "Ria is on the list for the meeting")
		d.press("h")
		s := lastSaved(t, d)
		if s.Person("p3") != nil || s.Meeting.Invitee("p3") != nil {
			t.Fatal("Ria is still there")
		}
		if task := s.Plan.Goals[0].Tasks[0]; task.PersonID != "" || task.What != "Sem ophalen op dinsdag" {
			t.Fatalf("kept task = %+v", task)
		}
	})
}

// TestPresentHidesCoachFlags: in presentation mode the coach's flag (an
// agreement not kept twice) waits behind ctrl+o, with the open points.
func TestPresentHidesCoachFlags(t *testing.T) {
	t.Parallel()
	runApp(t, setup{store: listStore(t), lang: i18n.EN, width: 120, height: 40, demo: true, present: true}, func(t *testing.T, d *driver) {
		twoReviewRounds(d)
		d.requireNoView("not kept twice in a row")
		d.press("ctrl+o")
		d.requireView("not kept twice in a row")
		d.requireView("Still open")
	})
}

// TestStepSevenFormLeavesTheOfferToThePlan: once the family group plan
// has begun, step 7's form no longer asks whether it was offered; the
// step reads it from the plan.
func TestStepSevenFormLeavesTheOfferToThePlan(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		store *fakeStore
		asks  bool
	}{{listStore(t), true}, {sonestraStore(t), false}} {
		runApp(t, setup{store: tc.store, lang: i18n.EN, width: 120, height: 40}, func(t *testing.T, d *driver) {
			openExample(d)
			d.press("3", "down", "down", "down", "down", "down", "down", "enter")
			d.requireView("Family's answer")
			if got := strings.Contains(d.view(), "Family group plan  "); got != tc.asks {
				t.Errorf("the form asks for the offer: %v, want %v\n%s", got, tc.asks, d.view())
			}
		})
	}
}
