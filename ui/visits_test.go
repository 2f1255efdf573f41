package ui

import (
	"fmt"
	"testing"

	"github.com/charmbracelet/x/exp/golden"

	"kring/model"
	"kring/ui/i18n"
)

// secondVisit opens the example, starts a second visit (N, yes) and on
// the map moves Kees a ring in, removes Bram and adds Zeynep.
func secondVisit(d *driver) {
	d.t.Helper()
	openExample(d)
	d.press("2", "N", "y")
	d.press("/")
	d.typ("Kees")
	d.press("enter", "<", "/")
	d.typ("Bram")
	d.press("enter", "x", "y", "a")
	d.typ("Zeynep")
	d.press("enter")
}

// savedSession is the example as the fake store holds it now.
func savedSession(d *driver) *model.Session {
	d.t.Helper()
	d.store.mu.Lock()
	defer d.store.mu.Unlock()
	return d.store.sessions["1"].Clone()
}

// TestGoldenCompare: the compare view after a second visit in which
// Kees came closer, Bram left and Zeynep joined, in both languages at
// both sizes. At 120 columns the map of the second visit stands beside
// the list with the marks.
func TestGoldenCompare(t *testing.T) {
	t.Parallel()
	for _, lang := range []i18n.Lang{i18n.NL, i18n.EN} {
		for _, size := range [][2]int{{80, 24}, {120, 40}} {
			name := fmt.Sprintf("compare/%s_%dx%d", lang, size[0], size[1])
			t.Run(name, func(t *testing.T) {
				t.Parallel()
				runApp(t, setup{store: listStore(t), lang: lang, width: size[0], height: size[1]}, func(t *testing.T, d *driver) {
					secondVisit(d)
					d.press("C")
					golden.RequireEqual(t, []byte(d.view()))
				})
			})
		}
	}
}

// TestNewVisitIsSavedAndShown: after N and yes the header names the
// visit, the store holds the first visit as it was, and the second holds
// the edits.
func TestNewVisitIsSavedAndShown(t *testing.T) {
	t.Parallel()
	runApp(t, setup{store: listStore(t)}, func(t *testing.T, d *driver) {
		secondVisit(d)
		d.requireView("visit 2 of 2 · 2026-10-08")
		s := savedSession(d)
		if s.VisitCount() != 2 || s.OpenVisitDate() != "2026-10-08" {
			t.Fatalf("saved: %d visits, open on %q", s.VisitCount(), s.OpenVisitDate())
		}
		first, err := s.VisitSession(1)
		if err != nil {
			t.Fatal(err)
		}
		d2 := model.DiffVisits(first, s)
		if len(d2.Joined) != 1 || d2.Joined[0].Name != "Zeynep" || len(d2.Left) != 1 || d2.Left[0].Name != "Bram" ||
			len(d2.Moved) != 1 || d2.Moved[0].Name != "Kees" || !d2.Moved[0].Closer() {
			t.Errorf("saved changes: %+v", d2)
		}
		d.press("C")
		for _, want := range []string{"What has changed since 2026-10-05", "+ Zeynep has joined (ring", "− Bram is no longer there", "↑ Kees has come closer (ring 3 → 2)"} {
			d.requireView(want)
		}
		d.press("esc", "F")
		d.requireView("Network figures · visit 2 (2026-10-08)")
		d.requireView("Size: 18 people (last time: the same)")
	})
}

// TestEarlierVisitIsReadOnly: an edit in an earlier visit is undone with
// a clear message, and the store keeps both visits as they were.
func TestEarlierVisitIsReadOnly(t *testing.T) {
	t.Parallel()
	// 120x40: the selected line then has room for the ring after the
	// note that a person sits in a +N.
	runApp(t, setup{store: listStore(t), width: 120, height: 40}, func(t *testing.T, d *driver) {
		secondVisit(d)
		before := savedSession(d)
		d.press("V", "up", "enter")
		d.requireView("visit 1 of 2 · 2026-10-05 · read only")
		d.requireView("Bram") // the first visit's map still has him
		d.press("/")
		d.typ("Kees")
		d.press("enter", "<")
		d.requireView("This is an earlier visit. You can only look at it.")
		d.press("enter")
		d.requireView("ring 3") // Kees is back where he was at the first visit
		d.press("N")
		d.requireView("You are looking at an earlier visit.")
		d.press("enter", "esc")
		d.requireView("visit 2 of 2")
		after := savedSession(d)
		if after.Updated != before.Updated || after.VisitCount() != 2 || after.Person("p1") == nil {
			t.Errorf("the earlier visit's edit reached the store: %v -> %v", before.Updated, after.Updated)
		}
		if k := findByName(after.Visits[0].State.People, "Kees"); k == nil || k.Ring != model.RingFurther {
			t.Errorf("Kees in the first visit: %+v", k)
		}
	})
}

// TestVisitKeysWithOneVisit: with one visit there is nothing to open or
// compare; the keys say how to start a second one.
func TestVisitKeysWithOneVisit(t *testing.T) {
	t.Parallel()
	runApp(t, setup{store: listStore(t)}, func(t *testing.T, d *driver) {
		openExample(d)
		d.requireNoView("visit 1 of 1")
		d.press("C")
		d.requireView("There is only one visit so far.")
		d.press("enter", "F")
		d.requireView("Size: 18 people")
		d.requireNoView("last time")
	})
}

func findByName(people []model.Person, name string) *model.Person {
	for i := range people {
		if people[i].Name == name {
			return &people[i]
		}
	}
	return nil
}

// TestCorrectTypoInEarlierVisit: T on the map of an earlier visit puts
// right a typo in the selected name; without a note it is refused; the
// correction and its note are saved with the session, the open visit
// keeps its own name.
func TestCorrectTypoInEarlierVisit(t *testing.T) {
	t.Parallel()
	runApp(t, setup{store: listStore(t)}, func(t *testing.T, d *driver) {
		secondVisit(d)
		d.press("V", "up", "enter", "/")
		d.typ("Kees")
		d.press("enter", "T")
		d.requireView("Correct a typo in an earlier visit: Kees")
		d.press("ctrl+u")
		d.typ("Kees-Jan")
		d.press("enter")
		d.requireView("Write briefly why you correct this.")
		d.press("tab")
		d.typ("verkeerd verstaan")
		d.press("enter")
		d.requireView("Kees-Jan")
		d.requireView("visit 1 of 2")
		s := savedSession(d)
		c := s.Visits[0].Corrections
		if len(c) != 1 || c[0].Old != "Kees" || c[0].New != "Kees-Jan" || c[0].Note != "verkeerd verstaan" || c[0].Date != "2026-10-08" {
			t.Errorf("saved corrections: %+v", c)
		}
		if k := findByName(s.People, "Kees"); k == nil {
			t.Error("the open visit's Kees was renamed too")
		}
	})
}
