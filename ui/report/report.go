package report

import (
	"strconv"
	"strings"
	"time"
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
	// Passphrase encrypts a case file; the other formats do not use it.
	// Render does not keep it: the caller wipes it after.
	Passphrase []byte
	// CaseWorkFactor is the scrypt work factor (log2 N) of a case file;
	// zero means age's default, 18. Only tests lower it, to stay quick.
	CaseWorkFactor int
	// CSVComma writes CSV with commas and no byte order mark, the form
	// that scripts and English spreadsheets read, also for a Dutch export.
	CSVComma bool
	// Version is kring's version, printed at the foot of every page.
	Version string
	// Notes puts the coach's notes into the report (an appendix). Off by
	// default, and the report says either way; a pseudonymised report
	// never carries them.
	Notes bool
	// Visit is the visit to export (1 the first); 0 is the open one, the
	// latest. Compare adds what changed since the visit before it.
	Visit   int
	Compare bool
}

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

// mapDate is the date the map carries: the day of the visit for a
// session seen more than once (the report of visit 2 shows the map of
// that day), else the session's date, else the export date.
func mapDate(s *model.Session, o Options) string {
	if s.VisitDate != "" {
		return line(string(s.VisitDate))
	}
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

// sectorIndex is the position of a sector in map order; an unknown
// sector is drawn with the last one rather than lost.
func sectorIndex(s model.Sector) int {
	if i := s.Index(); i >= 0 {
		return i
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
