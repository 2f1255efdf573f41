package ui

import (
	"time"

	tea "charm.land/bubbletea/v2"

	"kring/model"
)

// Messages between the screens and the App. Screens ask for storage work
// by sending a request message; the App runs it in a command and answers
// with a result message.
type (
	// unlockRequestMsg asks to unlock (or, for a new store, create) the
	// store with a passphrase.
	unlockRequestMsg struct {
		pass   []byte
		create bool
	}
	unlockResultMsg struct{ err error }

	sessionsLoadedMsg struct {
		items []model.Summary
		err   error
	}
	// openSessionMsg asks to open a session in the workspace.
	openSessionMsg   struct{ id string }
	sessionOpenedMsg struct {
		sess *model.Session
		err  error
	}
	// newSessionMsg asks to create a session with a family label.
	newSessionMsg struct{ label string }
	// deleteSessionMsg asks to delete a session; sent after confirmation.
	deleteSessionMsg struct {
		id    string
		label string
	}
	sessionDeletedMsg struct {
		id  string
		err error
	}
	// closeSessionMsg returns from the workspace to the session list.
	closeSessionMsg struct{}
	savedMsg        struct {
		snap *model.Session
		at   time.Time
		err  error
	}
	// giveUpMsg is the coach's answer to "not saved: leave anyway?".
	giveUpMsg struct{ then string }
	// pushDialogMsg lays a dialog over the screen.
	pushDialogMsg struct{ d dialog }
	// idleTickMsg makes the App check whether to lock.
	idleTickMsg struct{}
	// statusMsg puts a line in the status bar, such as where an export
	// went or why it failed.
	statusMsg struct {
		text string
		err  bool
	}
	lockedMsg struct{}
)

func send(msg tea.Msg) tea.Cmd { return func() tea.Msg { return msg } }

// requestSave hands a snapshot of sess to the App to be saved. The
// snapshot is taken now, in Update, so that no command ever reads state
// that Update goes on changing; and it is queued on Common, not sent as a
// message, because messages from commands may arrive in any order while
// saves must land in the order of the edits, before any quit. It also
// counts the edit in c.Rev, which tells cached drawings that the session
// changed. It returns no command; the App starts the save.
func requestSave(c *Common, sess *model.Session) tea.Cmd {
	c.Rev++
	sess.Updated = c.Now()
	c.toSave = sess.Clone()
	return nil
}
