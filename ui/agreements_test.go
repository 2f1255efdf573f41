package ui

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/golden"

	"kring/model"
	"kring/ui/i18n"
)

func agreementsOf(d *driver) *agreementsStep { return d.app.work.agreements }

// openAgreements opens the example case on step 5. The example has two
// agreements without reviews: Ria (oma) picks Sem up on Tuesday, and
// Sanne asks Gerda about Thursday.
func openAgreements(d *driver) {
	d.t.Helper()
	openExample(d)
	d.press("5")
}

// requireFlatText asserts that the screen shows text, which may be
// wrapped over lines, in a dialog's frame too.
func requireFlatText(t *testing.T, d *driver, text string) {
	t.Helper()
	flat := strings.Join(strings.Fields(strings.ReplaceAll(d.view(), "│", " ")), " ")
	if !strings.Contains(flat, text) {
		t.Fatalf("screen does not show %q:\n%s", text, d.view())
	}
}

// review adds a review to the agreement under the cursor: the keys that
// pick the outcome (none keeps "kept") and a note; the date is today.
func review(d *driver, note string, outcome ...string) {
	d.t.Helper()
	d.press("r")
	d.press(outcome...)
	if note != "" {
		d.press("tab")
		d.typ(note)
	}
	d.press("enter")
}

// selectAgreement puts the cursor on the line of an agreement.
func selectAgreement(t *testing.T, d *driver, id string) {
	t.Helper()
	a := agreementsOf(d)
	for a.cursor > 0 {
		d.press("up")
	}
	for range 40 {
		if r, ok := a.selected(); ok && r.review < 0 && a.sess.Agreements[r.agreement].ID == id {
			return
		}
		d.press("down")
	}
	t.Fatalf("no line for agreement %s:\n%s", id, d.view())
}

// twoReviewRounds is the example a week and a fortnight on: Ria kept
// her Tuesdays, once forgetting; Sanne did not ask Gerda either time.
func twoReviewRounds(d *driver) {
	d.t.Helper()
	openAgreements(d)
	d.clock.Advance(5 * 24 * time.Hour) // Tuesday 13 October
	selectAgreement(d.t, d, "a1")
	review(d, "Ging goed, Sem was blij.")
	selectAgreement(d.t, d, "a2")
	review(d, "Nog niet gevraagd.", "left")
	d.clock.Advance(7 * 24 * time.Hour) // Tuesday 20 October
	selectAgreement(d.t, d, "a1")
	review(d, "Een keer vergeten.", "right")
	selectAgreement(d.t, d, "a2")
	review(d, "Sanne zag er tegenop.", "left")
}

func TestGoldenAgreements(t *testing.T) {
	t.Parallel()
	type screen struct {
		name string
		lang i18n.Lang
		w, h int
		to   func(d *driver)
	}
	var screens []screen
	for _, lang := range []i18n.Lang{i18n.NL, i18n.EN} {
		at := func(name string, w, h int, to func(d *driver)) screen {
			return screen{fmt.Sprintf("%s/%s_%dx%d", name, lang, w, h), lang, w, h, to}
		}
		screens = append(screens,
			at("agreements", 80, 24, openAgreements),
			at("agreements", 120, 40, openAgreements),
			at("agreements_flagged", 80, 24, twoReviewRounds),
			at("agreements_flagged", 120, 40, twoReviewRounds),
			at("agreement_form", 80, 24, func(d *driver) { openAgreements(d); d.press("a", "right", "tab", "right") }),
			at("review_form", 80, 24, func(d *driver) { openAgreements(d); d.press("r", "left") }),
			at("agreements_remove", 80, 24, func(d *driver) { twoReviewRounds(d); selectAgreement(d.t, d, "a2"); d.press("x") }),
			at("agreements_empty", 80, 24, func(d *driver) {
				d.press("n")
				d.typ("Familie Qadir")
				d.press("enter", "5")
			}),
		)
	}
	for _, sc := range screens {
		t.Run(sc.name, func(t *testing.T) {
			t.Parallel()
			runApp(t, setup{store: listStore(t), lang: sc.lang, width: sc.w, height: sc.h}, func(t *testing.T, d *driver) {
				sc.to(d)
				golden.RequireEqual(t, []byte(d.view()))
			})
		})
	}
}

func TestAgreementsAddWithSomeoneFromTheMap(t *testing.T) {
	t.Parallel()
	runApp(t, setup{store: listStore(t), lang: i18n.EN, width: 80, height: 24}, func(t *testing.T, d *driver) {
		openAgreements(d)
		d.requireView("2 agreements · not reviewed yet")
		d.press("a")
		d.requireView("New agreement")
		// The family's choice offers the household and the parents only.
		d.press("tab", "right")
		d.requireView("Sanne · moeder")
		d.press("shift+tab", "right") // the network
		d.press("tab", "right")       // the first on the map outside the family: Ria
		d.requireView("Ria · oma (moeders kant)")
		d.press("tab")
		d.typ("Ria brengt Noor vrijdag naar tekenles.")
		d.press("tab")
		d.typ("2026-10-30")
		d.press("enter")
		s := lastSaved(t, d)
		if len(s.Agreements) != 3 {
			t.Fatalf("agreements after adding: %+v", s.Agreements)
		}
		got := s.Agreements[2]
		want := model.Agreement{ID: "a3", Who: model.PartyNetwork, PersonID: "p3", What: "Ria brengt Noor vrijdag naar tekenles.", Due: "2026-10-30"}
		if got.ID != want.ID || got.Who != want.Who || got.PersonID != want.PersonID || got.What != want.What || got.Due != want.Due || got.Reviews != nil {
			t.Fatalf("saved %+v, want %+v", got, want)
		}
		if probs := s.Validate(); len(probs) > 0 {
			t.Fatalf("the saved session does not validate: %v", probs)
		}
		if r, _ := agreementsOf(d).selected(); r.agreement != 2 || r.review != -1 {
			t.Fatalf("the new agreement is not selected: %+v", r)
		}
		d.requireView("3 agreements · not reviewed yet")
		d.requireView("Ria · network · by 2026-10-30")

		// Someone of the household, and the coach with nobody named.
		d.press("a", "tab", "right", "right", "tab")
		d.typ("Yusuf haalt Sem op woensdag.")
		d.press("enter")
		d.press("a", "left", "tab")
		d.typ("Coach belt school over Noor.")
		d.press("enter")
		s = lastSaved(t, d)
		if a := s.Agreements[3]; a.Who != model.PartyFamily || a.PersonID != "p2" || a.Due != "" {
			t.Fatalf("household agreement %+v", a)
		}
		if a := s.Agreements[4]; a.Who != model.PartyCoach || a.PersonID != "" || a.What != "Coach belt school over Noor." {
			t.Fatalf("coach agreement %+v", a)
		}
		d.requireView("the coach · no date")
	})
}

func TestAgreementsEditKeepsReviews(t *testing.T) {
	t.Parallel()
	runApp(t, setup{store: listStore(t), lang: i18n.EN, width: 80, height: 24}, func(t *testing.T, d *driver) {
		openAgreements(d)
		review(d, "")
		d.press("up", "enter")
		d.requireView("Edit agreement")
		d.requireView("Ria · oma (moeders kant)") // the person the agreement names
		d.press("tab", "tab")
		d.press("backspace")
		d.typ(" en donderdag.")
		d.press("enter")
		a := lastSaved(t, d).Agreements[0]
		if a.What != "Oma haalt Sem op dinsdag op van school en donderdag." || a.Who != model.PartyNetwork || a.PersonID != "p3" || len(a.Reviews) != 1 {
			t.Fatalf("edited agreement %+v", a)
		}
	})
}

func TestAgreementsReviewsAndTheFlag(t *testing.T) {
	t.Parallel()
	runApp(t, setup{store: listStore(t), lang: i18n.EN, width: 80, height: 24}, func(t *testing.T, d *driver) {
		openAgreements(d)
		selectAgreement(t, d, "a2")
		review(d, "Nog niet gevraagd.", "right", "right")
		a := lastSaved(t, d).Agreements[1]
		if len(a.Reviews) != 1 || a.Reviews[0] != (model.Review{Date: "2026-10-08", Outcome: model.ReviewNotKept, Note: "Nog niet gevraagd."}) {
			t.Fatalf("review %+v", a.Reviews)
		}
		d.requireView("2 agreements · 1 review: 0 kept · 0 partly · 1 not kept")
		d.requireNoView("For the coach")

		// A partly kept review in between: no two in a row.
		review(d, "", "right")
		review(d, "", "left")
		d.requireNoView("For the coach")
		if p := lastSaved(t, d).Participation(); len(p.Flagged) != 0 || p.Reviews != 3 {
			t.Fatalf("participation %+v", p)
		}

		// The second "not kept" in a row, on another date.
		d.clock.Advance(7 * 24 * time.Hour)
		review(d, "Sanne zag er tegenop.", "left")
		s := lastSaved(t, d)
		if p := s.Participation(); !slices.Equal(p.Flagged, []string{"a2"}) || p.NotKept != 3 || p.Partly != 1 {
			t.Fatalf("participation %+v", p)
		}
		if r := s.Agreements[1].Reviews[3]; r.Date != "2026-10-15" {
			t.Fatalf("the date of a review is today: %+v", r)
		}
		requireFlatText(t, d, "For the coach: 1 agreement was not kept at two reviews in a row.")
		requireFlatText(t, d, "kring never gives less help by itself. Less help needs a basis in the ordinance. The coach decides.")
		d.requireView("⚑ not kept twice in a row")

		// Editing the last review to "kept" takes the flag away; the
		// agreements themselves are never changed by the flag.
		d.press("enter", "right", "enter")
		s = lastSaved(t, d)
		if p := s.Participation(); len(p.Flagged) != 0 || len(s.Agreements) != 2 {
			t.Fatalf("participation after editing %+v", p)
		}
		if r := s.Agreements[1].Reviews[3]; r.Outcome != model.ReviewKept || r.Note != "Sanne zag er tegenop." || r.Date != "2026-10-15" {
			t.Fatalf("edited review %+v", r)
		}
		d.requireNoView("For the coach")
	})
}

func TestAgreementsDutchFlag(t *testing.T) {
	t.Parallel()
	runApp(t, setup{store: listStore(t), lang: i18n.NL, width: 80, height: 24}, func(t *testing.T, d *driver) {
		openAgreements(d)
		review(d, "", "left")
		review(d, "", "left")
		requireFlatText(t, d, "Voor de coach: 1 afspraak is twee keer na elkaar niet nagekomen.")
		requireFlatText(t, d, "kring maakt de hulp nooit zelf minder. Minder hulp kan alleen als de verordening daar een grond voor geeft.")
	})
}

func TestAgreementsEscSavesNothing(t *testing.T) {
	t.Parallel()
	runApp(t, setup{store: listStore(t), lang: i18n.EN, width: 80, height: 24}, func(t *testing.T, d *driver) {
		openAgreements(d)
		n := len(d.store.savedSessions())
		d.press("a", "right")
		d.typ("Iets nieuws")
		d.press("esc")
		d.press("enter", "tab", "tab")
		d.typ(" veranderd")
		d.press("esc")
		d.press("r", "left")
		d.typ("note")
		d.press("esc")
		if len(d.store.savedSessions()) != n {
			t.Fatal("a cancelled form was saved")
		}
		d.requireScreen(screenWorkspace)
		d.requireView("2 agreements · not reviewed yet")
		if s := d.app.work.sess; len(s.Agreements) != 2 || s.Agreements[0].What != "Oma haalt Sem op dinsdag op van school." || s.Agreements[0].Reviews != nil {
			t.Fatalf("the session changed: %+v", s.Agreements)
		}
		// esc outside a form goes back to the list.
		d.press("esc")
		d.requireScreen(screenSessions)
	})
}

func TestAgreementsRemoveAsks(t *testing.T) {
	t.Parallel()
	runApp(t, setup{store: listStore(t), lang: i18n.EN, width: 80, height: 24}, func(t *testing.T, d *driver) {
		openAgreements(d)
		selectAgreement(t, d, "a2")
		review(d, "Nog niet gevraagd.", "left")
		review(d, "")
		n := len(d.store.savedSessions())

		// A review: the dialog names its date, outcome and agreement.
		d.press("x")
		requireFlatText(t, d, "Remove the review of 2026-10-08 (kept) of “Sanne vraagt Gerda of zij op donderdag kan.”?")
		d.press("n")
		if len(d.store.savedSessions()) != n {
			t.Fatal("saying no saved")
		}
		d.press("x", "y")
		if r := lastSaved(t, d).Agreements[1].Reviews; len(r) != 1 || r[0].Outcome != model.ReviewNotKept {
			t.Fatalf("reviews after removing %+v", r)
		}

		// An agreement: the dialog names it and who, and its reviews.
		selectAgreement(t, d, "a2")
		d.press("x")
		requireFlatText(t, d, "Remove agreement “Sanne vraagt Gerda of zij op donderdag kan.” (the family)? Its review goes too.")
		d.press("esc")
		d.requireView("2 agreements")
		d.press("x", "y")
		s := lastSaved(t, d)
		if len(s.Agreements) != 1 || s.Agreements[0].ID != "a1" {
			t.Fatalf("agreements after removing %+v", s.Agreements)
		}
		d.requireView("1 agreement · not reviewed yet")
		d.press("x")
		requireFlatText(t, d, "Remove agreement “Oma haalt Sem op dinsdag op van school.” (Ria · network)?")
		d.press("y")
		if s := lastSaved(t, d); len(s.Agreements) != 0 {
			t.Fatalf("agreements after removing the last %+v", s.Agreements)
		}
		d.requireView("No agreements yet. Press a")
		// With nothing left, only a does something.
		d.press("enter", "r", "x")
		d.requireNoView("Remove")
		d.requireNoView("Review of")
	})
}

func TestAgreementsBadDueDateIsRefused(t *testing.T) {
	t.Parallel()
	runApp(t, setup{store: listStore(t), lang: i18n.EN, width: 80, height: 24}, func(t *testing.T, d *driver) {
		openAgreements(d)
		n := len(d.store.savedSessions())
		d.press("a", "tab", "tab")
		d.typ("Sanne belt de huisarts.")
		d.press("tab")
		d.typ("2026-02-30")
		d.press("enter")
		lines := strings.Split(d.view(), "\n")
		at := slices.IndexFunc(lines, func(l string) bool { return strings.Contains(l, "By") && strings.Contains(l, "2026-02-30") })
		if at < 0 || at+1 >= len(lines) || !strings.Contains(lines[at+1], "not a valid date") {
			t.Fatalf("the error is not under the date:\n%s", d.view())
		}
		if len(d.store.savedSessions()) != n {
			t.Fatal("a bad date was saved")
		}
		// A review's date is checked the same way and may not be empty.
		for range 10 {
			d.press("backspace")
		}
		d.typ("2026-11-02")
		d.press("enter")
		if a := lastSaved(t, d).Agreements[2]; a.Due != "2026-11-02" || a.What != "Sanne belt de huisarts." {
			t.Fatalf("agreement %+v", a)
		}
		n = len(d.store.savedSessions())
		d.press("r", "tab", "tab")
		for range 10 {
			d.press("backspace")
		}
		d.press("enter")
		d.requireView("Review of")
		d.requireView(d.app.c.T("problem.required"))
		d.typ("13-10-2026")
		d.press("enter")
		d.requireView("not a valid date")
		if len(d.store.savedSessions()) != n {
			t.Fatal("a review with a bad date was saved")
		}
		// What is required.
		d.press("esc", "a", "enter")
		d.requireView(d.app.c.T("problem.required"))
	})
}

func TestAgreementsPrivacy(t *testing.T) {
	t.Parallel()
	runApp(t, setup{store: listStore(t), lang: i18n.EN, width: 120, height: 40}, func(t *testing.T, d *driver) {
		openAgreements(d)
		review(d, "Ria was ziek.", "left")
		d.press("ctrl+p")
		for _, hidden := range []string{"Ria", "Oma haalt", "Sanne vraagt", "ziek"} {
			d.requireNoView(hidden)
		}
		d.requireView("oma (moeders kant) · network")
		d.press("up", "enter", "tab")
		d.requireNoView("Ria")
		d.requireView("oma (moeders kant)")
	})
}

// Every party and outcome has a label in both languages: these keys are
// built from model codes, which the catalogue's own test cannot see.
func TestAgreementCodesHaveLabels(t *testing.T) {
	t.Parallel()
	var keys []string
	for _, p := range model.Parties {
		keys = append(keys, "agree.party."+string(p), "agree.party_short."+string(p))
	}
	for _, o := range model.ReviewOutcomes {
		keys = append(keys, "agree.outcome."+string(o))
	}
	for _, l := range []i18n.Lang{i18n.NL, i18n.EN} {
		cat := i18n.New(l)
		for _, k := range keys {
			if !cat.Has(k) {
				t.Errorf("%s: no label %s", l, k)
			}
		}
	}
}

// With more agreements than fit, moving down keeps the cursor in view,
// and the agreement a selected review belongs to stays named above it.
func TestAgreementsScrollKeepsTheAgreementInView(t *testing.T) {
	t.Parallel()
	ex := exampleCase(t)
	ex.ID = "1"
	for i := range 8 {
		id := ex.AddAgreement(model.Agreement{Who: model.PartyCoach, What: fmt.Sprintf("Afspraak nummer %d", i+3), Due: "2026-10-20"})
		ag := ex.AgreementByID(id)
		for k := range 3 {
			ag.Reviews = append(ag.Reviews, model.Review{Date: model.Date(fmt.Sprintf("2026-10-%02d", 10+k)), Outcome: model.ReviewPartly, Note: fmt.Sprintf("notitie %d.%d", i+3, k+1)})
		}
	}
	for _, size := range [][2]int{{80, 24}, {MinWidth, MinHeight}} {
		runApp(t, setup{store: newFakeStore(testPass, ex), lang: i18n.EN, width: size[0], height: size[1]}, func(t *testing.T, d *driver) {
			d.openSelected()
			d.press("5")
			a := agreementsOf(d)
			for range len(a.rows()) + 2 {
				r, _ := a.selected()
				ag := &a.sess.Agreements[r.agreement]
				d.requireView(ag.What)
				if r.review >= 0 {
					d.requireView("› ~ " + string(ag.Reviews[r.review].Date) + " partly kept · " + ag.Reviews[r.review].Note)
				} else {
					d.requireView("› " + ag.What)
				}
				checkFrame(t, d.raw(), size[0], size[1], true)
				d.press("down")
			}
			if r, _ := a.selected(); r.agreement != 9 || r.review != 2 {
				t.Fatalf("the cursor stops at the last line, not at %+v", r)
			}
		})
	}
}

func TestAgreeScroll(t *testing.T) {
	t.Parallel()
	lines := []string{"0", "1", "2", "3", "4", "5", "6", "7"}
	tests := []struct {
		at, top, h int
		want       string
	}{
		{0, 0, 3, "0 1 2"},
		{7, 6, 3, "5 6 7"}, // the agreement's line is in view
		{7, 2, 3, "2 6 7"}, // it takes the first row
		{6, 2, 2, "2 6"},   // the cursor's line stays
		{5, 2, 2, "2 5"},   // and is never the row given up
		{7, 2, 1, "7"},     // one row: the cursor's line
		{3, 0, 10, "0 1 2 3 4 5 6 7"},
	}
	for _, tt := range tests {
		if got := strings.Join(agreeScroll(lines, tt.at, tt.top, tt.h), " "); got != tt.want {
			t.Errorf("agreeScroll(at %d, top %d, h %d) = %q, want %q", tt.at, tt.top, tt.h, got, tt.want)
		}
	}
}
