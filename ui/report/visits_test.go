package report

import (
	"errors"
	"strings"
	"testing"

	"kring/model"
	"kring/ui/i18n"
)

// followUp is the example seen twice: at the second visit Kees came a
// ring closer, Bram left and Zeynep joined.
func followUp(t *testing.T) *model.Session {
	t.Helper()
	s := example(t)
	if err := s.StartVisit("2026-11-16", ""); err != nil {
		t.Fatal(err)
	}
	for i := range s.People {
		switch s.People[i].Name {
		case "Kees":
			s.People[i].Ring = model.RingClose
		case "Bram":
			defer s.RemovePerson(s.People[i].ID)
		}
	}
	s.AddPerson(model.Person{Name: "Zeynep", Sector: model.SectorFriends, Ring: model.RingFurther})
	return s
}

// TestReportWhatChanged: the Markdown and HTML reports of a second visit
// say what changed since the first, in both languages, with the figures
// and their values then; the report of the first visit (--visit 1) has
// no such section unless asked to compare, and then says there is
// nothing to compare with.
func TestReportWhatChanged(t *testing.T) {
	t.Parallel()
	s := followUp(t)
	wants := map[i18n.Lang][]string{
		i18n.NL: {"Wat is er veranderd sinds 2026-10-05", "Bezoek 2 (2026-11-16) vergeleken met bezoek 1 (2026-10-05).",
			"Zeynep is erbij gekomen (ring 3)", "− Bram (jongerenwerker) is er niet meer bij", "↑ Kees (voetbaltrainer van Sem) is dichterbij gekomen (ring 3 → 2)",
			"Cijfers van het netwerk", "**Grootte:** 18 mensen (vorige keer: hetzelfde)", "Hoeveel mensen er op de kaart staan."},
		i18n.EN: {"What has changed since 2026-10-05", "Zeynep has joined (ring 3)", "− Bram (jongerenwerker) is no longer there",
			"↑ Kees (voetbaltrainer van Sem) has come closer (ring 3 → 2)", "Network figures", "Per ring:** 1: 3 · 2: 6 · 3: 6 · 4: 3 (last time: 1: 3 · 2: 5 · 3: 7 · 4: 3)"},
	}
	for lang, want := range wants {
		md, err := Render("md", s, opts(lang))
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range want {
			if !strings.Contains(string(md), w) {
				t.Errorf("%s markdown lacks %q", lang, w)
			}
		}
		html, err := Render("html", s, opts(lang))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(html), esc(want[0])) || !strings.Contains(string(html), esc(want[2])) {
			t.Errorf("%s html lacks the section", lang)
		}
	}
	o := opts(i18n.NL)
	o.Visit = 1
	first, err := Render("md", s, o)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(first), "Wat is er veranderd") || !strings.Contains(string(first), "Bram") || strings.Contains(string(first), "Zeynep") {
		t.Error("the report of the first visit is not the first visit's")
	}
	o.Compare = true
	first, _ = Render("md", s, o)
	if !strings.Contains(string(first), "Dit is het eerste bezoek. Er is nog niets om mee te vergelijken.") {
		t.Error("--compare on the first visit does not say there is nothing to compare")
	}
	o.Visit = 3
	if _, err := Render("md", s, o); !errors.Is(err, model.ErrNoVisit) {
		t.Errorf("visit 3 of 2: %v, want ErrNoVisit", err)
	}
}

// TestReportOfOneVisitUnchanged: a session seen once gets no visits
// section, so its report is what it was.
func TestReportOfOneVisitUnchanged(t *testing.T) {
	t.Parallel()
	md, err := Render("md", example(t), opts(i18n.NL))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(md), "Wat is er veranderd") || strings.Contains(string(md), "Cijfers van het netwerk") {
		t.Error("a session seen once got a visits section")
	}
}

// TestVisitMapIsDatedByItsVisit: the map of a follow-up visit carries the
// day of that visit, and the map of an earlier one its own day, not the
// intake's date.
func TestVisitMapIsDatedByItsVisit(t *testing.T) {
	t.Parallel()
	s := followUp(t)
	for visit, want := range map[int]string{0: "2026-11-16", 1: "2026-10-05"} {
		o := opts(i18n.NL)
		o.Visit = visit
		svg, err := Render("svg", s, o)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(svg), "kaart van "+want) {
			t.Errorf("visit %d: the map is not dated %s", visit, want)
		}
	}
}
