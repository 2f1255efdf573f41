package ui

import (
	"testing"

	"kring/ui/i18n"
)

// TestMeetingListUsesItsRoomUnderTheGuide: at 80x24 with the guide on
// (as in kring demo) the invitation list shows all three invitees; it
// used to keep two lines spare and show one.
func TestMeetingListUsesItsRoomUnderTheGuide(t *testing.T) {
	t.Parallel()
	runApp(t, setup{store: sonestraStore(t), lang: i18n.NL, width: 80, height: 24, demo: true}, func(t *testing.T, d *driver) {
		openExample(d)
		d.press("5", "m")
		d.requireView("Gespreksgids")
		for _, name := range []string{"Ria · oma", "Lotte · tante", "Ruben · vader"} {
			d.requireView(name)
		}
		d.requireView("Ruben wil Noor weer zien.")
	})
}

// TestEarlierVisitHelpLineShowsTheWayBack: at 80x24 the help line of an
// earlier visit's map names esc and T; they used to sit behind the
// ellipsis after the map's edit keys.
func TestEarlierVisitHelpLineShowsTheWayBack(t *testing.T) {
	t.Parallel()
	runApp(t, setup{store: listStore(t), width: 80, height: 24}, func(t *testing.T, d *driver) {
		secondVisit(d)
		d.press("V", "up", "enter")
		d.requireView("read only")
		d.requireView("esc back to the open visit")
		d.requireView("T correct a typo")
	})
}

// TestMapHelpShowsTheVisitKeysAt80x24: the full help of the map names
// C and F (compare, figures); at 80x24 their group was cut off under the
// blank lines between the groups.
func TestMapHelpShowsTheVisitKeysAt80x24(t *testing.T) {
	t.Parallel()
	runApp(t, setup{store: listStore(t), width: 80, height: 24}, func(t *testing.T, d *driver) {
		openExample(d)
		d.press("2", "?")
		for _, k := range []string{"new visit", "earlier visit", "what changed", "figures"} {
			d.requireView(k)
		}
	})
}

// TestPlanDatesThatCannotBeRight: a task due before the family was first
// seen (2026-10-05) is refused with a plain message and nothing is lost:
// the form stays open with what was typed, and the corrected date saves.
// A signature dated after today (2026-10-08) is refused too.
func TestPlanDatesThatCannotBeRight(t *testing.T) {
	t.Parallel()
	runApp(t, setup{store: listStore(t), lang: i18n.EN, width: 80, height: 24}, func(t *testing.T, d *driver) {
		openExample(d)
		d.press("5", "p", "g")
		d.typ("Sem is niet alleen na school.")
		d.press("enter", "t", "right", "tab")
		d.typ("Sem ophalen")
		d.press("tab")
		d.typ("1999-10-20")
		d.press("enter")
		d.requireView("This date is before the first visit. Is the year right?")
		d.requireView("Sem ophalen")
		if g := lastSaved(t, d).Plan.Goals; len(g) != 1 || len(g[0].Tasks) != 0 {
			t.Fatalf("the task was saved with its wrong date: %+v", g)
		}
		d.press("ctrl+u")
		d.typ("2026-10-20")
		d.press("enter")
		d.requireView("Sanne: Sem ophalen · done by 2026-10-20")
		d.press("s", "tab", "ctrl+u")
		d.typ("2026-12-01")
		d.press("enter")
		d.requireView("You cannot sign on a day that is still to come.")
		if s := lastSaved(t, d); len(s.Plan.Signatures) != 0 {
			t.Fatalf("signed in the future: %+v", s.Plan.Signatures)
		}
	})
}

// TestDemoStatusIsNotCutAt80: in kring demo at 80 columns the Dutch
// "opgeslagen om 09:00:00" did not fit beside the long DEMO line and was
// cut to "opgeslagen om 09:00:"; the short [DEMO] tag then stands in.
func TestDemoStatusIsNotCutAt80(t *testing.T) {
	t.Parallel()
	runApp(t, setup{store: listStore(t), lang: i18n.NL, width: 80, height: 24, demo: true}, func(t *testing.T, d *driver) {
		openExample(d)
		d.requireView("[DEMO: verzonnen gezinnen; de sessies worden niet bewaard]")
		d.press("2", ">")
		d.requireView("[DEMO]  opgeslagen om 09:00:00")
	})
}
