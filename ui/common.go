package ui

import (
	"time"

	"kring/model"
	"kring/ui/i18n"
)

// Common is what every screen shares: the window size, the styles, the
// catalogue, the global keys, the privacy screen and the clock. Only the
// App changes it, in Update, so screens read it without locks. What one
// screen needs (the session, where exports go, how to save) is given to
// that screen, not put here.
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
	return model.Initials(p.Name)
}

// Name shows a bare name (a youth, a family label) or its initials.
func (c *Common) Name(s string) string {
	if c.Privacy {
		return model.Initials(s)
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

// today is the coach's date, for a new review, status change or request.
func today(c *Common) model.Date { return model.DateOf(c.Now().In(c.Loc)) }
