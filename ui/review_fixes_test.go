package ui

import (
	"errors"
	"strings"
	"testing"
	"time"

	"kring/model"
	"kring/ui/i18n"
)

// A note the coach does not touch comes back exactly, however long and
// whatever its line breaks, when the rest of the form is saved.
func TestUntouchedLongNoteSurvivesAFormSave(t *testing.T) {
	t.Parallel()
	note := strings.Repeat("Werkt in de thuiszorg, wisselende diensten. ", 60) + "\nTweede regel.\n\nNa een lege regel."
	st := listStore(t)
	s := st.session("1")
	s.People[0].Notes = note
	st.sessions[s.ID] = s
	runApp(t, setup{store: st, lang: i18n.EN, width: 80, height: 24}, func(t *testing.T, d *driver) {
		openExample(d)
		d.press("down", "down", "down", "enter") // Sanne, the first household member
		d.press("tab")
		d.typ("!") // the role changes, the note does not
		d.press("enter")
		got := lastSaved(t, d).People[0]
		if got.Role != "moeder!" {
			t.Fatalf("role %q: the form did not save", got.Role)
		}
		if got.Notes != model.CleanText(note) {
			t.Fatalf("the untouched note changed: %d characters, want %d", len([]rune(got.Notes)), len([]rune(model.CleanText(note))))
		}
	})
}

// A failed save is tried again when the coach leaves the session, and
// when that fails too the coach is asked before the change is lost.
func TestLeavingWithAFailedSaveAsksFirst(t *testing.T) {
	t.Parallel()
	runApp(t, setup{store: listStore(t), lang: i18n.EN, width: 80, height: 24}, func(t *testing.T, d *driver) {
		openExample(d)
		d.store.failSave(errors.New("the disk is full."))
		addMember(d, "Anna", "oma")
		d.requireView("Not saved")
		d.press("esc")
		d.requireView("A change was not saved")
		d.requireView("Go to the list")
		d.press("n")
		d.requireScreen(screenWorkspace)
		d.requireView("Anna")
		// The disk has room again: leaving saves first, then leaves.
		d.store.failSave(nil)
		d.press("esc")
		d.requireScreen(screenSessions)
		if personNamed(lastSaved(t, d), "Anna") == nil {
			t.Fatal("leaving did not save the change that had failed")
		}
	})
}

func TestQuittingWithAFailedSaveAsksFirst(t *testing.T) {
	t.Parallel()
	runApp(t, setup{store: listStore(t), lang: i18n.EN, width: 80, height: 24}, func(t *testing.T, d *driver) {
		openExample(d)
		d.store.failSave(errors.New("the disk is full."))
		addMember(d, "Anna", "oma")
		d.press("ctrl+c")
		if d.quit {
			t.Fatal("ctrl+c quit with an unsaved change without asking")
		}
		d.requireView("A change was not saved")
		d.requireView("Quit anyway?")
		d.press("y")
		if !d.quit {
			t.Fatal("y did not quit")
		}
	})
}

// In a window too small to work in, q does not quit while a form holds
// what the coach typed.
func TestQInASmallWindowDoesNotDropAForm(t *testing.T) {
	t.Parallel()
	runApp(t, setup{store: listStore(t), lang: i18n.EN, width: 80, height: 24}, func(t *testing.T, d *driver) {
		openExample(d)
		d.press("a")
		d.typ("Jacq")
		d.resize(50, 12)
		d.press("q")
		if d.quit {
			t.Fatal("q quit while a form was open")
		}
		d.resize(80, 24)
		d.press("enter")
		// The small window took no typing; the form kept what it had.
		if personNamed(lastSaved(t, d), "Jacq") == nil {
			t.Fatal("the form did not keep what was typed")
		}
	})
}

func TestLockingWithAnOpenFormSaysSo(t *testing.T) {
	t.Parallel()
	runApp(t, setup{store: listStore(t), lang: i18n.EN, width: 80, height: 24}, func(t *testing.T, d *driver) {
		openExample(d)
		d.press("a")
		d.typ("Pieter")
		d.clock.Advance(time.Hour)
		d.send(idleTickMsg{})
		d.requireScreen(screenUnlock)
		d.requireView("the open form was not kept")
	})
}

// The result of an export shows even when the coach left step 6 before
// the file was written.
func TestExportResultShowsAfterLeavingStepSix(t *testing.T) {
	t.Parallel()
	runApp(t, setup{store: listStore(t), lang: i18n.EN, width: 80, height: 24}, func(t *testing.T, d *driver) {
		e := &exports{fail: errors.New("no such folder")}
		withExports(d, e)
		e.hold()
		d.press("e", "enter", "1")
		// The export is still being written while the coach is on step 1.
		d.requireView("Details")
		d.requireNoView("Export failed")
		e.release()
		d.settle()
		d.requireView("Details")
		d.requireView("Export failed")
	})
}

// Saves land in the order of the edits: with the first save held, two
// more edits wait and the last one is what the store ends up with.
func TestSavesLandInEditOrder(t *testing.T) {
	t.Parallel()
	runApp(t, setup{store: listStore(t), lang: i18n.EN, width: 80, height: 24}, func(t *testing.T, d *driver) {
		openExample(d)
		d.store.holdSaves()
		addMember(d, "Een", "")
		addMember(d, "Twee", "")
		addMember(d, "Drie", "")
		d.store.releaseAll()
		d.settle()
		s := lastSaved(t, d)
		for _, n := range []string{"Een", "Twee", "Drie"} {
			if personNamed(s, n) == nil {
				t.Fatalf("the last save lacks %s", n)
			}
		}
	})
}

// The privacy screen hides the family's own words on step 3: need titles
// and what network members do.
func TestPrivacyHidesStepThreeText(t *testing.T) {
	t.Parallel()
	runApp(t, setup{store: listStore(t), lang: i18n.EN, width: 120, height: 40}, func(t *testing.T, d *driver) {
		openNeeds(d)
		d.requireView("Opvang voor Sem na school")
		d.press("ctrl+p")
		d.requireNoView("Opvang voor Sem")
		d.requireNoView("Noor voelt zich")
		d.requireView("Need 1")
		d.press("down", "down", "down", "down", "down", "enter")
		d.requireNoView("Sem ophalen")
		d.requireNoView("Gerda")
	})
}

// The sweep names a parent by role in the roles it suggests, and the
// privacy screen hides the parent's name in the question.
func TestSweepKeepsNamesOutOfRoles(t *testing.T) {
	t.Parallel()
	runApp(t, setup{store: listStore(t), lang: i18n.EN, width: 120, height: 40}, func(t *testing.T, d *driver) {
		openMap(d)
		d.press("f")
		d.requireView("Who are the parents of Sanne?")
		d.press("ctrl+p")
		d.requireNoView("Sanne")
		d.requireView("Who are the parents of moeder?")
	})
}

// Forms and dialogs made before the privacy screen went on hide the
// names they were made with.
func TestPrivacySwitchedOnOverAnOpenFormOrDialog(t *testing.T) {
	t.Parallel()
	runApp(t, setup{store: listStore(t), lang: i18n.EN, width: 120, height: 40}, func(t *testing.T, d *driver) {
		openMap(d)
		d.press("r")
		d.requireView("New relation of Sanne")
		d.press("ctrl+p")
		d.requireNoView("Sanne")
		d.requireNoView("Noor")
		d.press("esc", "ctrl+p", "x")
		d.requireView("Take Sanne off the map?")
		d.press("ctrl+p")
		d.requireNoView("Sanne")
		d.requireView("Switch the privacy screen off")
	})
}
