package ui

import (
	"time"

	tea "charm.land/bubbletea/v2"

	"kring/model"
)

// Requests from the screens to the App, and the answers of the App's
// commands. A screen asks for storage work by sending a request message;
// the App runs it in a command and answers with a result message. Edits
// of the open session do not travel this way: the workspace hands their
// snapshots to the App's save queue in the same Update (workspace.commit).
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
	// exportDoneMsg reports how an export went.
	exportDoneMsg struct {
		path string
		err  error
	}
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

// send makes a command that hands msg to the App: a request from a
// screen to the App, never a message back to the screen that sent it.
func send(msg tea.Msg) tea.Cmd { return func() tea.Msg { return msg } }
