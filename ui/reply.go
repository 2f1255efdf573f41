package ui

import tea "charm.land/bubbletea/v2"

// reply is what a screen, a step or a dialog did with a message, so that
// whoever handed it the message can finish the job in the same Update:
// run a command, lay a dialog over the screen, and, when the open session
// changed, save a snapshot of it. Nothing of this travels any other way.
type reply struct {
	// cmd runs after Update, as in Bubble Tea.
	cmd tea.Cmd
	// dialog is laid over the screen; it has the keyboard until it closes.
	dialog dialog
	// edited says the open session changed: the workspace saves a
	// snapshot, in the order of the edits.
	edited bool
}

// run is a reply that only runs a command.
func run(cmd tea.Cmd) reply { return reply{cmd: cmd} }

// show is a reply that lays a dialog over the screen.
func show(d dialog) reply { return reply{dialog: d} }

// edited is the reply of a step that changed the session.
func edited() reply { return reply{edited: true} }

// then adds a command to run after the reply's own.
func (r reply) then(cmd tea.Cmd) reply {
	r.cmd = tea.Batch(r.cmd, cmd)
	return r
}
