package ui

import (
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"kring/model"
	"kring/ui/i18n"
	"kring/ui/report"
)

// Common is shared by every screen. Only the App changes it, in Update,
// so screens read it without locks.
type Common struct {
	Width, Height int
	Styles        *Styles
	Cat           i18n.Catalog
	Keys          globalKeys
	// Privacy replaces names and notes with initials or roles, for the
	// moment a stranger looks at the screen.
	Privacy bool
	// Now is the clock and Loc the zone times are shown in; tests inject
	// their own so that snapshots do not depend on the machine.
	Now func() time.Time
	Loc *time.Location
	// Rev counts the edits of the open session; a step that caches a
	// drawing of the session redraws when it changes.
	Rev int
	// JimMarker returns a mark for a person who is a JIM, such as "★";
	// the JIM step sets it so that the map shows the JIM.
	JimMarker func(*model.Session, *model.Person) string
	// toSave is the newest snapshot a step asked to save; the App takes it
	// after every Update.
	toSave *model.Session
	// Export writes an exported file; ExportDir is where files go by default.
	Export    func(path string, data []byte) error
	ExportDir string
}

// Time formats t for the screen as date and minutes in the local zone.
func (c *Common) Time(t time.Time) string { return t.In(c.Loc).Format("2006-01-02 15:04") }

// T is shorthand for the catalogue.
func (c *Common) T(key string, args ...any) string { return c.Cat.T(key, args...) }

// Person returns how a person is shown: the name, or with the privacy
// screen on the role ("oma", "buurvrouw") or else the initials.
func (c *Common) Person(p *model.Person) string {
	if !c.Privacy {
		return p.Name
	}
	if p.Role != "" {
		return p.Role
	}
	return report.Initials(p.Name)
}

// Name shows a bare name (a youth, a family label) or its initials.
func (c *Common) Name(s string) string {
	if c.Privacy {
		return report.Initials(s)
	}
	return s
}

// Note shows a note, or a neutral mark with the privacy screen on.
func (c *Common) Note(s string) string {
	if c.Privacy && s != "" {
		return c.T("privacy.hidden")
	}
	return s
}

// clip cuts s to at most w cells, with an ellipsis when it was longer.
// It counts cells and graphemes, so wide characters and emoji keep the
// columns aligned.
func clip(s string, w int) string {
	if w <= 0 {
		return ""
	}
	if ansi.StringWidth(s) <= w {
		return s
	}
	return ansi.Truncate(s, w, "…")
}

// pad clips s and fills it with spaces to exactly w cells.
func pad(s string, w int) string {
	s = clip(s, w)
	if n := w - ansi.StringWidth(s); n > 0 {
		s += strings.Repeat(" ", n)
	}
	return s
}

// fit makes a block exactly fit w x h: every line clipped to w cells and
// at most h lines. It is the last guard before the terminal, so that no
// screen can ever draw past the window's edge.
func fit(s string, w, h int) string {
	lines := strings.Split(s, "\n")
	if len(lines) > h {
		lines = lines[:max(h, 0)]
	}
	for i, l := range lines {
		if ansi.StringWidth(l) > w {
			lines[i] = ansi.Truncate(l, w, "")
		}
	}
	return strings.Join(lines, "\n")
}

// cells is the width of s in terminal cells.
func cells(s string) int { return ansi.StringWidth(s) }

// cleanSummary makes a list entry safe to show, whatever the store gave:
// no escape sequence or control character reaches the terminal.
func cleanSummary(sum *model.Summary) {
	sum.Label = model.CleanLine(sum.Label)
	for i, y := range sum.Youths {
		sum.Youths[i] = model.CleanLine(y)
	}
}

// cleanInput takes out of typed or pasted text what must never reach the
// screen or the store: escape sequences, control and bidi characters. A
// text input shows its value as typed, so this happens before it gets the
// text, not only when the value is read.
func cleanInput(msg tea.Msg) tea.Msg {
	switch m := msg.(type) {
	case tea.PasteMsg:
		// Line breaks and tabs become spaces; spaces stay as they are,
		// so that a paste in the middle of a name keeps its word break.
		m.Content = strings.Map(func(r rune) rune {
			switch {
			case r == '\n' || r == '\r' || r == '\t':
				return ' '
			case model.UnsafeRune(r):
				return -1
			}
			return r
		}, ansi.Strip(strings.ToValidUTF8(m.Content, "\uFFFD")))
		return m
	case tea.KeyPressMsg:
		if m.Text == "" || !strings.ContainsFunc(m.Text, model.UnsafeRune) {
			return m
		}
		// A key left with no text still counts as its key code.
		m.Text = strings.Map(func(r rune) rune {
			if model.UnsafeRune(r) {
				return -1
			}
			return r
		}, m.Text)
		return m
	}
	return msg
}

// today is the coach's date, for a new review, status change or request.
func today(c *Common) model.Date { return model.DateOf(c.Now().In(c.Loc)) }

// checkDate is a form check: empty or a real YYYY-MM-DD date.
func checkDate(v string) string {
	if !model.Date(v).Valid() {
		return "field.date_invalid"
	}
	return ""
}

// flat puts a note on one line, for a list or a status line.
func flat(s string) string { return strings.Join(strings.Fields(s), " ") }
