// Package ui is kring's terminal interface, built on Bubble Tea v2.
//
// One edit, from a keypress to the disk:
//
//	key ──► App.Update ──► overlay (a dialog on top gets it first)
//	          │                 │ confirm: runs its action now
//	          ▼                 ▼
//	        screen: unlock | sessions | workspace
//	                                      │ step by name: family, network,
//	                                      │ needs, jim, agreements, report
//	                                      ▼
//	                                 step.Update ──► form.onSubmit action
//	                                      │             (edits the session)
//	                                      ▼
//	                           reply{cmd, dialog, edited}
//	                                      │
//	        workspace.settle: edited ──► commit: snapshot (Clone)
//	                                      │
//	        App.queueSave ──► one Store.Save at a time, in edit order ──► savedMsg
//
// The App owns the shared Common (size, styles, catalogue, keys, privacy
// switch, clock), the stack of dialogs (overlay) and one screen at a time.
// Window size goes to every screen, other messages to the active one. A
// screen, step or dialog answers with a reply: a command to run, a dialog
// to lay over the screen, and whether the open session changed. Only the
// workspace holds the session; it turns "changed" into one snapshot for
// the App to save. All storage runs in tea.Cmd functions through the Store
// interface, never in Update, and a command never touches model state: it
// gets a copy and answers with a message.
//
// Files: app.go (routing, saves, lock), workspace.go (the steps and the
// step bar), step.go (the step interface and the page every step embeds),
// step_<name>.go per step with its view in <name>_view.go where it is
// long (the README's Architecture section lists the files of each step),
// form.go and form_choices.go, overlay.go and one file per dialog,
// text.go (layout helpers every screen uses), clean.go (what typed or
// stored text must lose before it reaches the screen).
package ui
