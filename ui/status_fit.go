package ui

import "github.com/charmbracelet/x/ansi"

// demoLabel is the DEMO mark in front of the status line: the long one
// that says the sessions are not kept, or, when that would push the
// status (the time of the last save, a message) past the right edge, the
// short [DEMO] tag, so that the status is not cut off.
func (a *App) demoLabel(status string) string {
	long := a.c.T("status.demo")
	if status == "" || ansi.StringWidth(long)+2+ansi.StringWidth(status) <= a.c.Width {
		return long
	}
	return a.c.T("demo.tag")
}
