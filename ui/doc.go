// Package ui is kring's terminal interface, built on Bubble Tea v2.
//
// The root App owns the shared Common (size, styles, catalogue, privacy
// switch, clock) and one screen at a time: unlock, the session list or
// the session workspace. Window size goes to every screen, other messages
// to the active one; dialogs lie on top in a small stack. All storage runs
// in tea.Cmd functions through the Store interface, never in Update, and a
// command never touches model state: it gets a copy and answers with a
// message.
package ui
