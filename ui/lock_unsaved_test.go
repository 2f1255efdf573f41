package ui

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"kring/model"
)

// Fault 6 of issue 14: with the disk full an edit showed "not saved"; the
// screen locked after the idle time, and after unlocking the session
// opened without the edit, which the next successful save then overwrote
// for good. Nothing on the lock screen said a change was not saved.
func TestFailedSaveSurvivesIdleLock(t *testing.T) {
	for _, sealing := range []bool{false, true} {
		name := "plain store"
		if sealing {
			name = "store that seals aside"
		}
		t.Run(name, func(t *testing.T) {
			st := listStore(t)
			var store Store = st
			var sealer *asideStore
			if sealing {
				sealer = &asideStore{fakeStore: st}
				store = sealer
			}
			runApp(t, setup{store: st}, func(t *testing.T, d *driver) {
				d.app.store = store
				openExample(d)
				d.store.failSave(errors.New("the disk is full."))
				addMember(d, "Anna", "")
				d.requireView(d.app.c.T("status.save_failed", "the disk is full."))

				d.clock.Advance(DefaultIdleLock + time.Second)
				d.send(idleTickMsg{})
				d.requireScreen(screenUnlock)
				d.requireView(d.app.c.T("lock.unsaved")[:40])
				if strings.Contains(d.view(), "Anna") {
					t.Error("the lock screen shows the unsaved change")
				}
				if sealing && (sealer.sealed != 1 || d.app.aside == nil || d.app.aside.plain != nil) {
					t.Errorf("the change was not sealed before the key was dropped: %d seals", sealer.sealed)
				}

				d.store.failSave(nil)
				d.typ(testPass)
				d.press("enter")
				saved := d.store.savedSessions()
				if len(saved) == 0 || !hasPerson(saved[len(saved)-1], "Anna") {
					t.Fatalf("after unlocking, the change was not saved (%d saves)", len(saved))
				}
				d.requireScreen(screenWorkspace)
				d.requireView("Anna")
			})
		})
	}
}

func hasPerson(s *model.Session, name string) bool {
	for _, p := range s.People {
		if p.Name == name {
			return true
		}
	}
	return false
}

// asideStore is the fake store with SealAside and OpenAside, as kring's
// store has them: the "sealed" bytes are the session's JSON reversed,
// which OpenAside only turns back while the store is unlocked.
type asideStore struct {
	*fakeStore
	sealed int
}

func (a *asideStore) SealAside(s *model.Session) ([]byte, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if !a.open {
		return nil, errLocked
	}
	a.sealed++
	b, err := model.Encode(s)
	slices.Reverse(b)
	return b, err
}

func (a *asideStore) OpenAside(b []byte) (*model.Session, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if !a.open {
		return nil, errLocked
	}
	c := slices.Clone(b)
	slices.Reverse(c)
	return model.Decode(c)
}
