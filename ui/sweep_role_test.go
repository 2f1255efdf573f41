package ui

import (
	"strings"
	"testing"

	"kring/model"
	"kring/ui/i18n"
)

// sweepTo opens the family sweep and goes to question q.
func sweepTo(d *driver, q string) {
	d.t.Helper()
	openMap(d)
	d.press("f")
	for i := 0; i < 12 && !strings.Contains(d.view(), q); i++ {
		d.press("esc")
	}
	d.requireView(q)
}

// TestSweepRoleFromTheNamesFirstWord checks the role a leading role word
// gives in a question without a role of its own: shown greyed while the
// name is typed, taken when the role is left empty, and a role the coach
// types wins.
func TestSweepRoleFromTheNamesFirstWord(t *testing.T) {
	t.Parallel()
	runApp(t, setup{store: listStore(t), lang: i18n.NL, width: 120, height: 40}, func(t *testing.T, d *driver) {
		sweepTo(d, d.app.c.T("sweep.q.school_work"))
		d.typ("Juf Anne")
		if ph := mapOf(d).sweep.form.fieldOf("role").input.Placeholder; ph != "juf" {
			t.Fatalf("role placeholder while typing %q, want juf", ph)
		}
		d.press("enter")
		if p := personNamed(lastSaved(t, d), "Juf Anne"); p == nil || p.Role != "juf" {
			t.Fatalf("Juf Anne: %+v, want role juf", p)
		}
		// The coach's own role wins over the word.
		d.typ("Meester Rob")
		d.press("tab")
		d.typ("mentor")
		d.press("enter")
		if p := personNamed(lastSaved(t, d), "Meester Rob"); p == nil || p.Role != "mentor" {
			t.Fatalf("Meester Rob: %+v, want role mentor", p)
		}
		// A title is no role.
		d.typ("Meneer Dijkstra")
		d.press("enter")
		if p := personNamed(lastSaved(t, d), "Meneer Dijkstra"); p == nil || p.Role != "" {
			t.Fatalf("Meneer Dijkstra: %+v, want no role", p)
		}
	})
}

// TestSweepRoleWordKeepsTheSide checks a family question: the role word
// takes the place of the question's own role and keeps the parent's
// side, until the coach changes the field.
func TestSweepRoleWordKeepsTheSide(t *testing.T) {
	t.Parallel()
	runApp(t, setup{store: listStore(t), lang: i18n.NL, width: 120, height: 40}, func(t *testing.T, d *driver) {
		openMap(d)
		d.press("f")
		sw := mapOf(d).sweep
		q := sw.questions[sw.at]
		if q.side == "" {
			t.Fatalf("the first question %q has no side", q.text())
		}
		d.typ("Oma Ria")
		want := d.app.c.T("sweep.role.word_side", "oma", q.side)
		if got := sw.form.value("role"); got != want {
			t.Fatalf("role while typing %q, want %q", got, want)
		}
		d.press("enter")
		if p := personNamed(lastSaved(t, d), "Oma Ria"); p == nil || p.Role != want || p.Sector != model.SectorFamily {
			t.Fatalf("Oma Ria: %+v, want %q", p, want)
		}
		// No role word: the question's own role.
		d.typ("Ria")
		if got := sw.form.value("role"); got != q.role {
			t.Fatalf("role for a plain name %q, want the question's %q", got, q.role)
		}
		// A role the coach changed stays as typed.
		d.press("tab", "ctrl+u")
		d.typ("stiefoma")
		d.press("shift+tab")
		d.typ(" Opa")
		if got := sw.form.value("role"); got != "stiefoma" {
			t.Fatalf("the coach's role became %q", got)
		}
	})
}
