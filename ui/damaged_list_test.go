package ui

import (
	"errors"
	"testing"

	"kring/model"
)

// damagedListStore lists all sessions but the first, with an error
// naming that one, as kring's store does when one entry cannot be opened.
type damagedListStore struct{ *fakeStore }

func (d damagedListStore) List() ([]model.Summary, error) {
	all, err := d.fakeStore.List()
	if err != nil || len(all) == 0 {
		return all, err
	}
	return all[1:], errors.New("session " + all[0].ID + " is damaged")
}

// Fault 2 of issue 14: one list entry that could not be opened hid every
// session; the TUI showed only "damaged".
func TestListShowsTheRestPastADamagedEntry(t *testing.T) {
	runApp(t, setup{store: listStore(t)}, func(t *testing.T, d *driver) {
		all, _ := d.store.List()
		if len(all) < 2 {
			t.Fatal("the test needs two sessions")
		}
		if all[0].Label == all[1].Label {
			t.Fatal("the test needs two labels")
		}
		// As after unlocking: the list is empty, then loaded.
		d.app.sessions.clear()
		d.app.store = damagedListStore{d.store}
		d.run(d.app.loadSessions())
		d.requireView("is damaged")
		d.requireView(all[1].Label)
		d.requireNoView(all[0].Label)
	})
}
