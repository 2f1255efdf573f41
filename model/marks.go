package model

import (
	"strings"
	"unicode"
)

// The marks below are how kring writes a person in one or two characters:
// on the terminal map, in the grid and in every export alike, so that a
// coach reads the same sign on screen and on paper.

// Initials turns "Familie de Vries" into "F.d.V.": the privacy screen and
// pseudonymised exports both use it. A text with no letter or digit gives
// "…", so that something always stands where a name was.
func Initials(s string) string {
	var b strings.Builder
	for _, w := range strings.Fields(s) {
		for _, r := range w {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				b.WriteRune(r)
				b.WriteByte('.')
				break
			}
		}
	}
	if b.Len() == 0 {
		return "…"
	}
	return b.String()
}

// QualityGlyph is the mark of a tie: ● strong, ○ normal, ◌ weak,
// ✕ stressful, † deceased.
func (p *Person) QualityGlyph() string {
	if p.Deceased {
		return "†"
	}
	switch p.Quality {
	case QualityStrong:
		return "●"
	case QualityWeak:
		return "◌"
	case QualityStressful:
		return "✕"
	}
	return "○"
}

// JimMark is ★ for a person who is an active JIM and ☆ for a candidate
// still in play (named, asked or agreed), for any youth; else "".
func (s *Session) JimMark(personID string) string {
	mark := ""
	for i := range s.Jim {
		j := &s.Jim[i]
		if j.PersonID != personID {
			continue
		}
		switch j.Status {
		case JimActive:
			return "★"
		case JimStopped:
		default:
			mark = "☆"
		}
	}
	return mark
}

// Index is the sector's position in map order (Sectors), or -1 for a code
// kring does not know.
func (s Sector) Index() int {
	for i, x := range Sectors {
		if x == s {
			return i
		}
	}
	return -1
}
