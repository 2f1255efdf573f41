package ui

import (
	"testing"

	"kring/ui/i18n"
)

func TestMapUndoTakesBackTheLastChangeToAPerson(t *testing.T) {
	t.Parallel()
	runApp(t, setup{store: listStore(t), lang: i18n.NL, width: 120, height: 40}, func(t *testing.T, d *driver) {
		openMap(d)
		m := mapOf(d)
		saves := len(d.store.savedSessions())
		d.press("u")
		if len(d.store.savedSessions()) != saves {
			t.Fatal("u with nothing to undo saved")
		}
		d.requireNoView("ongedaan maken")
		id := m.selected
		before := *m.sess.Person(id)

		// A quick key, then u.
		d.press("t", "P")
		d.requireView("u/ctrl+z ongedaan maken")
		d.press("u")
		want := before
		want.Quality = lastSaved(t, d).Person(id).Quality // t stays: only the last change goes
		if got := *lastSaved(t, d).Person(id); got != want {
			t.Fatalf("after P and u:\n%+v\nwant\n%+v", got, want)
		}
		if want.Quality == before.Quality {
			t.Fatal("t did not change the tie")
		}
		// One step only: u again does nothing.
		saves = len(d.store.savedSessions())
		d.press("u")
		if len(d.store.savedSessions()) != saves {
			t.Fatal("a second u saved again")
		}

		// The editor, then ctrl+z.
		d.press("enter", "ctrl+u")
		d.typ("Sanneke")
		d.press("enter")
		if lastSaved(t, d).Person(id).Name != "Sanneke" {
			t.Fatal("the editor did not save")
		}
		d.press("ctrl+z")
		if got := lastSaved(t, d).Person(id).Name; got != before.Name {
			t.Fatalf("ctrl+z left the name %q", got)
		}

		// A person added, then u removes them.
		n := len(m.sess.People)
		d.press("a")
		d.typ("Wilma")
		d.press("enter")
		if len(lastSaved(t, d).People) != n+1 {
			t.Fatal("a did not add")
		}
		d.press("u")
		if got := len(lastSaved(t, d).People); got != n {
			t.Fatalf("u after adding left %d people, want %d", got, n)
		}

		// An edit elsewhere since makes the undo stale.
		d.press("w")
		d.press("3", "a")
		d.typ("Nog een vraag")
		d.press("enter", "2")
		saves = len(d.store.savedSessions())
		d.press("u")
		if len(d.store.savedSessions()) != saves {
			t.Fatal("u undid a map change after an edit on step 3")
		}
	})
}
