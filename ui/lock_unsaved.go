package ui

import (
	tea "charm.land/bubbletea/v2"

	"kring/model"
)

// AsideSealer is a Store that can seal a session under its data key
// without writing it (kring's store can). The App uses it to keep a
// change whose save failed while the screen is locked: as ciphertext,
// since the lock is there so that nobody can read the family's data.
type AsideSealer interface {
	SealAside(s *model.Session) ([]byte, error)
	OpenAside(sealed []byte) (*model.Session, error)
}

// unsavedAside is a change that could not be saved when the screen
// locked: sealed when the store can seal, else the snapshot itself.
type unsavedAside struct {
	sealed []byte
	plain  *model.Session
}

// unsavedRestoredMsg carries the change kept aside back after unlocking.
type unsavedRestoredMsg struct {
	sess *model.Session
	err  error
}

// putUnsavedAside runs in lock, before the store forgets its key: a
// change whose save failed is sealed aside instead of being dropped with
// the workspace. It reports whether there was one, for the lock screen
// to say so.
func (a *App) putUnsavedAside() bool {
	if a.unsaved == nil {
		return false
	}
	aside := &unsavedAside{plain: a.unsaved}
	if s, ok := a.store.(AsideSealer); ok {
		if sealed, err := s.SealAside(a.unsaved); err == nil {
			aside = &unsavedAside{sealed: sealed}
		}
	}
	a.aside, a.unsaved = aside, nil
	return true
}

// restoreUnsaved runs after a successful unlock: it opens what was kept
// aside, if anything.
func (a *App) restoreUnsaved() tea.Cmd {
	aside := a.aside
	if aside == nil {
		return nil
	}
	a.aside = nil
	st := a.store
	return func() tea.Msg {
		if aside.plain != nil {
			return unsavedRestoredMsg{sess: aside.plain}
		}
		sess, err := st.(AsideSealer).OpenAside(aside.sealed)
		return unsavedRestoredMsg{sess: sess, err: err}
	}
}

// reopenUnsaved opens the session with the change kept aside, as it was
// on screen before the lock, and saves it; if that fails again, the
// status says so and the change stays, as after any failed save.
func (a *App) reopenUnsaved(msg unsavedRestoredMsg) tea.Cmd {
	if msg.err != nil {
		a.setError(msg.err)
		return nil
	}
	msg.sess.Normalize()
	a.openWorkspace(msg.sess)
	return a.queueSave(msg.sess.Clone())
}
