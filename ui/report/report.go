// Package report turns a session into the files that leave the laptop:
// the intake report (Markdown and a print-ready HTML page), the circle map
// as SVG, the network as CSV, DOT and GraphML, the kring/v1 JSON and an
// encrypted case file. It is pure: bytes in, bytes out, no file I/O.
//
// Every text from the session is escaped for the format it lands in, so a
// name such as <script> or =HYPERLINK(…) comes out as text, never as
// markup, a link or a formula. The report follows the order of the
// investigation (CRvB 1 May 2017, ECLI:NL:CRVB:2017:1477).
package report

import (
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"kring/model"
	"kring/ui/i18n"
)

// Options says how to render a session.
type Options struct {
	// Lang is the language of the report, the map and their labels.
	Lang i18n.Lang
	// Pseudonymise renders Pseudonymise(s) instead of s.
	Pseudonymise bool
	// Now is the export date shown in the report and on the map.
	Now time.Time
	// CSVComma writes CSV with commas and no byte order mark, the form
	// that scripts and English spreadsheets read, also for a Dutch export.
	CSVComma bool
	// Version is kring's version, printed at the foot of every page.
	Version string
	// Notes puts the coach's notes into the report (an appendix). Off by
	// default, and the report says either way; a pseudonymised report
	// never carries them.
	Notes bool
}

// Formats lists the formats kring export writes, in the order the help
// names them.
var Formats = []string{"md", "html", "svg", "csv", "dot", "graphml", "json", "case"}

// JSON returns model.Encode of the session, pseudonymised if asked.
func JSON(s *model.Session, o Options) ([]byte, error) {
	return model.Encode(prepare(s, o))
}

// prepare returns the session to render: the pseudonymised copy when
// asked, and never nil.
func prepare(s *model.Session, o Options) *model.Session {
	if s == nil {
		s = &model.Session{}
	}
	if o.Pseudonymise {
		return Pseudonymise(s)
	}
	return s
}

// tr is the catalogue of the report's language.
type tr struct{ cat i18n.Catalog }

func newTr(l i18n.Lang) tr { return tr{cat: i18n.New(l)} }

// T translates a key.
func (t tr) T(key string, args ...any) string { return t.cat.T(key, args...) }

// line cleans a text for one line of output: no control or escape
// characters, no bidi overrides, no line breaks.
func line(s string) string { return model.CleanLine(s) }

// text cleans a text that may keep its line breaks.
func text(s string) string { return model.CleanText(s) }

// personName is how a person is named in the report: the name, with the
// role after it when it says more.
func personName(p *model.Person) string {
	name, role := line(p.Name), line(p.Role)
	if role == "" || strings.EqualFold(role, name) {
		return name
	}
	return name + " (" + role + ")"
}

// memberName names a person or a youth by id, or returns the id itself
// in brackets when it points at nobody.
func memberName(s *model.Session, id string) string {
	if p := s.Person(id); p != nil {
		return personName(p)
	}
	if y := s.Youth(id); y != nil {
		return line(y.Name)
	}
	return "[" + line(id) + "]"
}

// dateOf formats the export date.
func dateOf(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(model.DateLayout)
}

// mapDate is the date the map carries: the session's date, else the
// export date.
func mapDate(s *model.Session, o Options) string {
	if s.Date != "" {
		return line(string(s.Date))
	}
	return dateOf(o.Now)
}

// or returns s, or the catalogue's "not filled in" when it is blank.
func (t tr) or(s string) string {
	if strings.TrimSpace(s) == "" {
		return t.T("report.empty")
	}
	return s
}

// code turns a code into its catalogue label under prefix, with an empty
// code read as "unknown".
func (t tr) code(prefix, c string) string {
	if c == "" {
		c = "unknown"
	}
	key := prefix + "." + c
	if !t.cat.Has(key) {
		return line(c)
	}
	return t.T(key)
}

// answer labels a yes/no/unknown answer.
func (t tr) answer(a model.Answer) string { return t.code("answer", string(a)) }

// QualityGlyph is the map's mark of a tie: ● strong, ○ normal, ◌ weak,
// ✕ stressful, † deceased; the screen and every export use it.
func QualityGlyph(p *model.Person) string {
	if p.Deceased {
		return "†"
	}
	switch p.Quality {
	case model.QualityStrong:
		return "●"
	case model.QualityWeak:
		return "◌"
	case model.QualityStressful:
		return "✕"
	}
	return "○"
}

// JimMark is ★ for an active JIM and ☆ for a candidate still in play,
// for any youth; the screen and every export use it.
func JimMark(s *model.Session, id string) string {
	mark := ""
	for i := range s.Jim {
		j := &s.Jim[i]
		if j.PersonID != id {
			continue
		}
		switch j.Status {
		case model.JimActive:
			return "★"
		case model.JimStopped:
		default:
			mark = "☆"
		}
	}
	return mark
}

// sectorIndex is the position of a sector in map order; an unknown
// sector is drawn with the last one rather than lost.
func sectorIndex(s model.Sector) int {
	for i, x := range model.Sectors {
		if x == s {
			return i
		}
	}
	return len(model.Sectors) - 1
}

// ringOf clamps a ring to 1..4, so that a bad value is drawn, not lost.
func ringOf(r model.Ring) int {
	switch {
	case r < model.RingVeryClose:
		return 1
	case r > model.RingNoContact:
		return 4
	}
	return int(r)
}

// Initials turns "Familie de Vries" into "F.d.V.": the privacy screen
// and pseudonymised exports both use it.
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

func itoa(n int) string { return strconv.Itoa(n) }

// truncate cuts s to at most n characters, with an ellipsis when cut.
func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	if n <= 1 {
		return "…"
	}
	r := []rune(s)
	return strings.TrimRight(string(r[:n-1]), " ") + "…"
}
