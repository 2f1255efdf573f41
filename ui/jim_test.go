package ui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"

	"kring/model"
	"kring/ui/i18n"
)

func jimOf(d *driver) *jimStep { return d.app.work.jim }

// requireText asserts that the screen shows text, which may be wrapped
// over lines inside a dialog's frame.
func requireText(t *testing.T, d *driver, text string) {
	t.Helper()
	flat := strings.Join(strings.Fields(strings.ReplaceAll(d.view(), "│", " ")), " ")
	if !strings.Contains(flat, text) {
		t.Fatalf("screen does not show %q:\n%s", text, d.view())
	}
}

// openJim opens the example case on step 4.
func openJim(d *driver) {
	d.t.Helper()
	openExample(d)
	d.press("4")
}

// candidateOf is the (not stopped) candidacy of a person for a youth.
func candidateOf(s *model.Session, youthID, personID string) *model.JimCandidate {
	for i := range s.Jim {
		if j := &s.Jim[i]; j.YouthID == youthID && j.PersonID == personID && j.Status != model.JimStopped {
			return j
		}
	}
	return nil
}

// selectJimRow puts the cursor of step 4 on the row of a person, a
// candidate or a suggestion, with the keys a coach would press.
func selectJimRow(t *testing.T, d *driver, personID string) {
	t.Helper()
	j := jimOf(d)
	for range 20 {
		r, _ := j.selected()
		id := r.person
		if c := d.app.work.sess.JimCandidate(r.candidate); c != nil {
			id = c.PersonID
		}
		if id == personID {
			return
		}
		d.press("down")
	}
	t.Fatalf("no row for %s:\n%s", personID, d.view())
}

// allCriteriaYes answers every criterion on the open candidate form yes,
// with tab and right as a coach would, and returns to the first field.
func allCriteriaYes(t *testing.T, d *driver) {
	t.Helper()
	f := jimOf(d).form
	for i, fl := range f.fields {
		if !strings.HasPrefix(fl.key, "crit.") {
			continue
		}
		for f.focus != i {
			d.press("tab")
		}
		for n := 0; f.value(fl.key) != string(model.AnswerYes); n++ {
			if n > 3 {
				t.Fatalf("%s never becomes yes", fl.key)
			}
			d.press("right")
		}
	}
	for f.focus != 0 {
		d.press("tab")
	}
}

func TestGoldenJim(t *testing.T) {
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
			at("jim", 80, 24, openJim),
			at("jim", 120, 40, openJim),
			at("jim_criteria", 80, 24, func(d *driver) { openJim(d); d.press("enter") }),
			at("jim_status", 80, 24, func(d *driver) { openJim(d); d.press("s") }),
			at("jim_add", 80, 24, func(d *driver) { openJim(d); d.press("a") }),
			at("jim_sem", 80, 24, func(d *driver) { openJim(d); d.press("right") }),
			at("jim_active", 80, 24, activateIris),
			at("jim_active", 120, 40, activateIris),
			at("map_jim_parent", 80, 24, func(d *driver) { openMap(d); d.press("m") }),
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

// activateIris makes Iris Noor's JIM the way a coach would: from the
// map with m, then on step 4 the criteria and the statuses one by one;
// Lotte stops, as Noor chose Iris.
func activateIris(d *driver) {
	d.t.Helper()
	openMap(d)
	mapOf(d).selected = "p9"
	d.press("m")
	d.typ("Iris luistert echt naar mij.")
	d.press("enter", "4")
	selectJimRow(d.t, d, "p9")
	d.press("enter")
	allCriteriaYes(d.t, d)
	// The notes come after the criteria.
	jimOf(d).form.focusKey("note.named_by_youth")
	d.typ("Ze zei meteen ja.")
	d.press("enter")
	for range 3 {
		d.press("s", "enter")
	}
	selectJimRow(d.t, d, "p5")
	// Lotte was asked: the picker offers agreed and stopped only.
	d.press("s", "right", "tab")
	d.typ("Noor koos Iris.")
	d.press("enter")
}

func TestJimFromTheMapToActive(t *testing.T) {
	t.Parallel()
	runApp(t, setup{store: listStore(t), lang: i18n.EN, width: 80, height: 24}, func(t *testing.T, d *driver) {
		activateIris(d)
		s := lastSaved(t, d)
		a := s.ActiveJim("y1")
		if a == nil || a.PersonID != "p9" || a.Why != "Iris luistert echt naar mij." {
			t.Fatalf("active JIM %+v", a)
		}
		for _, c := range model.Criteria {
			if a.Answer(c).Value != model.AnswerYes {
				t.Errorf("criterion %s = %s", c, a.Answer(c).Value)
			}
		}
		if a.Answer(model.CriterionNamedByYouth).Note != "Ze zei meteen ja." {
			t.Errorf("note %+v", a.Criteria)
		}
		var got []string
		for _, h := range a.History {
			got = append(got, string(h.Status)+" "+string(h.Date))
		}
		if strings.Join(got, ", ") != "named 2026-10-08, asked 2026-10-08, agreed 2026-10-08, active 2026-10-08" {
			t.Errorf("history %v", got)
		}
		if l := s.JimCandidate("j1"); l.Status != model.JimStopped || l.StopReason != "Noor koos Iris." {
			t.Errorf("Lotte %+v", l)
		}
		d.requireView("★ Active JIM: Iris, since 2026-10-08")
		d.press("2")
		if !strings.Contains(d.view(), "★Iris") && !strings.Contains(d.view(), "★Ir…") {
			t.Fatalf("the map shows no ★ at Iris:\n%s", d.view())
		}
		// Lotte stopped: no mark on the map any more.
		if strings.Contains(d.view(), "☆Lotte") || strings.Contains(d.view(), "★Lotte") {
			t.Fatalf("Lotte still marked:\n%s", d.view())
		}
	})
}

func TestJimMapKeyRefusesAParent(t *testing.T) {
	t.Parallel()
	for _, id := range []string{"p1", "p7"} { // Sanne, Ruben
		runApp(t, setup{store: listStore(t), lang: i18n.EN, width: 120, height: 40}, func(t *testing.T, d *driver) {
			openMap(d)
			mapOf(d).selected = id
			d.press("m")
			name := d.app.work.sess.Person(id).Name
			requireText(t, d, name+" is a parent. A parent cannot be the JIM: the JIM is an adult next to the parents, chosen by the youth. Nothing was changed.")
			if mapOf(d).form != nil {
				t.Fatal("a form opened for a parent")
			}
			d.press("enter")
			d.requireNoView("is a parent")
			if n := len(d.store.savedSessions()); n != 0 {
				t.Fatalf("%d saves after refusing a parent", n)
			}
			if len(d.app.work.sess.Jim) != 1 {
				t.Fatalf("candidates %+v", d.app.work.sess.Jim)
			}
		})
	}
}

func TestJimMapKeyOtherRefusals(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name, person, want string
		oneYouth           bool
	}{
		{"died", "p4", "Henk has died and cannot be the JIM.", false},
		{"already named for the only youth", "p5", "Lotte is already on the JIM list of Noor.", true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			runApp(t, setup{store: listStore(t), lang: i18n.EN, width: 120, height: 40}, func(t *testing.T, d *driver) {
				openMap(d)
				if c.oneYouth {
					d.app.work.sess.Youths = d.app.work.sess.Youths[:1]
				}
				mapOf(d).selected = c.person
				d.press("m")
				requireText(t, d, c.want)
				d.press("esc")
				if len(d.store.savedSessions()) != 0 {
					t.Fatal("saved after a refusal")
				}
			})
		})
	}
}

// Lotte is Noor's candidate already: with two youths, m offers Sem first.
func TestJimMapKeyOffersTheOtherYouth(t *testing.T) {
	t.Parallel()
	runApp(t, setup{store: listStore(t), lang: i18n.EN, width: 80, height: 24}, func(t *testing.T, d *driver) {
		openMap(d)
		mapOf(d).selected = "p5"
		d.press("m")
		d.requireView("Lotte as JIM candidate")
		d.requireView("For youth")
		if v := mapOf(d).form.value("youth"); v != "y2" {
			t.Fatalf("youth offered first %q, want Sem", v)
		}
		d.typ("Tante Lotte is leuk.")
		d.press("enter")
		if c := candidateOf(lastSaved(t, d), "y2", "p5"); c == nil || c.Why != "Tante Lotte is leuk." {
			t.Fatalf("Sem's candidate %+v", c)
		}
		// Noor again is refused on the form, with the reason.
		n := len(d.store.savedSessions())
		d.app.work.sess.RemoveJimCandidate(candidateOf(d.app.work.sess, "y2", "p5").ID)
		d.press("m", "up", "right", "enter")
		if mapOf(d).form == nil {
			t.Fatalf("no form:\n%s", d.view())
		}
		d.requireView("already on the list")
		d.press("esc")
		if len(d.store.savedSessions()) != n {
			t.Fatal("a refused candidate was saved")
		}
	})
}

func TestJimMapKeyWithoutYouths(t *testing.T) {
	t.Parallel()
	runApp(t, setup{store: listStore(t), lang: i18n.EN, width: 80, height: 24}, func(t *testing.T, d *driver) {
		d.press("n")
		d.typ("Familie Qadir")
		d.press("enter", "2", "a")
		d.typ("Wim")
		d.press("enter", "m")
		requireText(t, d, "There is no youth yet.")
		d.press("enter", "4")
		d.requireView("A JIM belongs to a youth")
		d.press("a", "s", "x", "enter", "right")
		if jimOf(d).form != nil {
			t.Fatal("a form without youths")
		}
	})
}

func TestJimPickerRefusesAParent(t *testing.T) {
	t.Parallel()
	runApp(t, setup{store: listStore(t), lang: i18n.NL, width: 80, height: 24}, func(t *testing.T, d *driver) {
		openJim(d)
		d.press("a")
		d.requireView("‹ Ria · oma (moeders kant) ›") // kring's suggestions come first
		for range 10 {
			if jimOf(d).form.value("who") == "p1" {
				break
			}
			d.press("right")
		}
		d.press("enter")
		d.requireView("een ouder kan niet de JIM zijn")
		if len(d.store.savedSessions()) != 0 || len(d.app.work.sess.Jim) != 1 {
			t.Fatal("a parent became a candidate")
		}
		// Another person on the same form is fine.
		d.press("left", "enter")
		if jimOf(d).form != nil {
			t.Fatalf("form still open:\n%s", d.view())
		}
		if s := lastSaved(t, d); len(s.Jim) != 2 {
			t.Fatalf("candidates %+v", s.Jim)
		}
	})
}

func TestJimSuggestionBecomesACandidate(t *testing.T) {
	t.Parallel()
	runApp(t, setup{store: listStore(t), lang: i18n.EN, width: 80, height: 24}, func(t *testing.T, d *driver) {
		openJim(d)
		d.requireView("Suggested by kring · the youth chooses")
		selectJimRow(t, d, "p3") // Ria
		d.press("enter")
		d.requireView("Ria as JIM candidate for Noor")
		d.typ("Oma is er altijd.")
		d.press("enter")
		c := candidateOf(lastSaved(t, d), "y1", "p3")
		if c == nil || c.Why != "Oma is er altijd." || c.Answer(model.CriterionNamedByYouth).Value != model.AnswerYes {
			t.Fatalf("Ria %+v", c)
		}
		// Ria is a candidate now, and no longer a suggestion.
		if r, _ := jimOf(d).selected(); d.app.work.sess.JimCandidate(r.candidate) == nil {
			t.Fatal("the cursor is not on the new candidate")
		}
		for _, id := range d.app.work.sess.JimSuggestions("y1") {
			if id == "p3" {
				t.Fatal("Ria is still suggested")
			}
		}
	})
}

func TestJimStatusRules(t *testing.T) {
	t.Parallel()
	runApp(t, setup{store: listStore(t), lang: i18n.EN, width: 80, height: 24}, func(t *testing.T, d *driver) {
		openJim(d)
		// Out of order is not offered: from named only asked or stopped.
		d.press("s")
		d.requireView("‹ asked ›")
		d.press("right")
		d.requireView("‹ stopped ›")
		d.press("right")
		d.requireView("‹ asked ›")
		d.press("esc")
		// Asked, agreed; then active without safety checked.
		d.press("s", "enter", "s", "enter", "s")
		d.requireView("‹ active ›")
		d.press("enter")
		d.requireView("check safety first")
		d.press("esc")
		// An open safety concern blocks too, and shows on the list.
		d.press("enter")
		f := jimOf(d).form
		f.focusKey("crit.safety")
		d.press("right", "right")
		f.focusKey("note.safety")
		d.typ("Zorg gemeld.")
		d.press("enter")
		d.requireView("Note: a concern about the child's safety. Zorg gemeld.")
		d.press("s", "enter")
		d.requireView("safety concern not resolved yet")
		d.press("esc")
		if d.app.work.sess.ActiveJim("y1") != nil {
			t.Fatal("active despite the safety rule")
		}
		// Stopping needs a reason.
		d.press("s", "right", "enter")
		d.requireView("write down why it stops")
		d.typ("Zorg over de veiligheid.")
		d.press("enter")
		if j := lastSaved(t, d).JimCandidate("j1"); j.Status != model.JimStopped || j.StopReason != "Zorg over de veiligheid." {
			t.Fatalf("stopped %+v", j)
		}
		d.requireView("stopped: Zorg over de veiligheid.")
		// A stopped candidate gets no new status.
		d.press("s")
		requireText(t, d, "A stopped candidate gets no new status.")
		d.press("enter")
		if jimOf(d).form != nil {
			t.Fatal("a status form for a stopped candidate")
		}
	})
}

func TestJimOneActivePerYouthOnScreen(t *testing.T) {
	t.Parallel()
	runApp(t, setup{store: listStore(t), lang: i18n.EN, width: 80, height: 24}, func(t *testing.T, d *driver) {
		openJim(d)
		s := d.app.work.sess
		for _, id := range []string{"j1"} {
			s.SetJimCriterion(id, model.CriterionSafety, model.AnswerYes, "")
		}
		d.press("s", "enter", "s", "enter", "s", "enter")
		if a := s.ActiveJim("y1"); a == nil || a.ID != "j1" {
			t.Fatal("Lotte not active")
		}
		iris, _ := s.AddJimCandidate("y1", "p9", "", "2026-10-08")
		s.SetJimCriterion(iris, model.CriterionSafety, model.AnswerYes, "")
		s.SetJimStatus(iris, model.JimAsked, "2026-10-08", "")
		s.SetJimStatus(iris, model.JimAgreed, "2026-10-08", "")
		selectJimRow(t, d, "p9")
		d.press("s", "enter")
		d.requireView("there is an active JIM already")
	})
}

func TestJimCriteriaFormKeepsWhatItDidNotChange(t *testing.T) {
	t.Parallel()
	runApp(t, setup{store: listStore(t), lang: i18n.EN, width: 80, height: 24}, func(t *testing.T, d *driver) {
		openJim(d)
		d.press("enter")
		d.requireView("Lotte, JIM candidate for Noor")
		// not a parent: no is refused with the rule.
		jimOf(d).form.focusKey("crit.not_parent")
		d.press("right", "enter") // yes to no
		d.requireView("a parent cannot be the JIM")
		d.press("left", "enter")
		s := lastSaved(t, d)
		if _, asked := s.Jim[0].Criteria[model.CriterionReachable]; asked {
			t.Fatal("a criterion never touched was recorded")
		}
		if s.Jim[0].Criteria[model.CriterionWilling].Note != "Noor vraagt het haar zaterdag." {
			t.Fatalf("note lost: %+v", s.Jim[0].Criteria)
		}
	})
}

func TestJimRemoveAsksFirst(t *testing.T) {
	t.Parallel()
	runApp(t, setup{store: listStore(t), lang: i18n.EN, width: 80, height: 24}, func(t *testing.T, d *driver) {
		openJim(d)
		d.press("x")
		requireText(t, d, "Take Lotte off the JIM list of Noor? The person stays on the map.")
		d.press("n")
		if len(d.app.work.sess.Jim) != 1 {
			t.Fatal("n removed")
		}
		d.press("x", "y")
		s := lastSaved(t, d)
		if len(s.Jim) != 0 || s.Person("p5") == nil {
			t.Fatalf("jim %+v, Lotte %v", s.Jim, s.Person("p5"))
		}
		d.requireView("Nobody yet. Ask the youth: who would you choose?")
	})
}

func TestJimSwitchesYouth(t *testing.T) {
	t.Parallel()
	runApp(t, setup{store: listStore(t), lang: i18n.EN, width: 80, height: 24}, func(t *testing.T, d *driver) {
		openJim(d)
		d.requireView("JIM for Noor")
		d.press("right")
		d.requireView("JIM for Sem")
		d.requireView("youth 2 of 2")
		d.requireView("Lotte · tante (zus van moeder) · family · ring 2")
		for _, k := range []string{"]", "[", "left"} {
			before := jimOf(d).youth
			d.press(k)
			if jimOf(d).youth == before {
				t.Fatalf("%s did not switch youth", k)
			}
		}
		if jimOf(d).youth != 0 {
			t.Fatalf("youth %d, want Noor", jimOf(d).youth)
		}
		// A candidate added here is Sem's.
		d.press("right", "a", "enter")
		if c := candidateOf(lastSaved(t, d), "y2", "p3"); c == nil {
			t.Fatalf("Sem's candidate: %+v", lastSaved(t, d).Jim)
		}
	})
}

func TestJimPrivacy(t *testing.T) {
	t.Parallel()
	for _, w := range []int{80, 120} {
		runApp(t, setup{store: listStore(t), lang: i18n.EN, width: w, height: 40}, func(t *testing.T, d *driver) {
			openJim(d)
			d.press("ctrl+p")
			for _, s := range []string{"Lotte", "JIM for Noor", "Met tante", "zaterdag", "Moeder vindt", "Ria"} {
				d.requireNoView(s)
			}
			// The role stands for the name; the words are hidden.
			d.requireView("JIM for N.")
			d.requireView("tante (zus van moeder) · named on 2026-10-05")
			d.requireView("“•••”")
		})
	}
}

func TestJimHelpListsTheKeys(t *testing.T) {
	t.Parallel()
	runApp(t, setup{store: listStore(t), lang: i18n.EN, width: 120, height: 40}, func(t *testing.T, d *driver) {
		openJim(d)
		d.press("?")
		for _, k := range []string{"add candidate", "status", "other youth", "remove"} {
			d.requireView(k)
		}
		d.press("esc", "2", "?")
		d.requireView("JIM candidate")
	})
}

// Keys built from model codes cannot be found by the catalogue's own test.
func TestEveryJimCodeHasALabel(t *testing.T) {
	t.Parallel()
	var keys []string
	for _, c := range model.Criteria {
		keys = append(keys, "jim.criterion."+string(c), "jim.criterion_short."+string(c))
	}
	for _, s := range model.JimStatuses {
		keys = append(keys, "jim.status."+string(s))
	}
	for _, err := range []error{model.ErrJimParent, model.ErrJimDeceased, model.ErrJimDuplicate, model.ErrJimOrder, model.ErrJimStopReason,
		model.ErrJimSafety, model.ErrJimSafetyUnchecked, model.ErrJimOneActive, model.ErrJimTooLong, model.ErrJimUnknown, model.ErrJimDate} {
		keys = append(keys, jimErrKey(err))
	}
	for _, l := range []i18n.Lang{i18n.NL, i18n.EN} {
		cat := i18n.New(l)
		for _, k := range keys {
			if !cat.Has(k) {
				t.Errorf("%s: no text for %q", l, k)
			}
		}
	}
}

func TestJimMarker(t *testing.T) {
	t.Parallel()
	s := exampleCase(t)
	lotte, iris := s.Person("p5"), s.Person("p9")
	if s.JimMark(lotte.ID) != "☆" || s.JimMark(iris.ID) != "" {
		t.Fatalf("named %q, none %q", s.JimMark(lotte.ID), s.JimMark(iris.ID))
	}
	s.Jim[0].Status = model.JimActive
	if s.JimMark(lotte.ID) != "★" {
		t.Fatal("active")
	}
	s.Jim[0].Status = model.JimStopped
	if s.JimMark(lotte.ID) != "" {
		t.Fatal("stopped")
	}
}

// m works in the map's overview and zoom too.
func TestJimMapKeyInGridAndZoom(t *testing.T) {
	t.Parallel()
	for _, mode := range []string{"g", "z"} {
		runApp(t, setup{store: listStore(t), lang: i18n.EN, width: 80, height: 24}, func(t *testing.T, d *driver) {
			openMap(d)
			d.press(mode)
			mapOf(d).selected = "p11" // Gerda
			if mode == "g" {
				mapOf(d).grid.refresh("p11")
			}
			d.press("m")
			d.requireView("Gerda as JIM candidate")
			d.press("enter")
			if c := candidateOf(lastSaved(t, d), "y1", "p11"); c == nil {
				t.Fatalf("Gerda not added in mode %s", mode)
			}
		})
	}
}

func TestJimAddWithNobodyOnTheMap(t *testing.T) {
	t.Parallel()
	runApp(t, setup{store: listStore(t), lang: i18n.EN, width: 80, height: 24}, func(t *testing.T, d *driver) {
		d.press("n")
		d.typ("Familie Qadir")
		d.press("enter", "y")
		d.typ("Mila")
		d.press("enter", "4")
		d.requireView("JIM for Mila")
		d.requireView("No suggestion")
		d.press("a")
		requireText(t, d, "There is nobody on the map yet.")
		d.press("enter")
		if jimOf(d).form != nil {
			t.Fatal("a form with nobody to choose")
		}
	})
}
