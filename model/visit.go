package model

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"
)

// A coach comes back after some weeks to see who helped and whether the
// agreements were kept. Each meeting is a visit. The live fields of a
// Session are the open (latest) visit, so that every screen and export
// works on it unchanged; Session.Visits holds the earlier visits, oldest
// first, each a frozen copy of the session's state that day. A session
// without visits (every session made before visits existed) is one
// visit: the open one.

// MaxVisits bounds the earlier visits of one session: a family is seen
// every few weeks for a year or two, far fewer than this.
const MaxVisits = 50

// Visit is an earlier visit: its date, the coach's note and the state of
// the session that day. It is read-only but for corrections of an obvious
// typo, each recorded with a note (CorrectVisitName).
type Visit struct {
	Date        Date         `json:"date"`
	Note        string       `json:"note,omitempty" clean:"text"`
	Corrections []Correction `json:"corrections,omitempty"`
	State       VisitState   `json:"state"`
}

// VisitState is what a visit keeps: the map (youths, people with their
// ring, sector, support and tie), the relations, the needs, the JIM
// candidates with their statuses and the agreements with their reviews.
type VisitState struct {
	Present    []string       `json:"present,omitempty"`
	Youths     []Youth        `json:"youths"`
	People     []Person       `json:"people"`
	Relations  []Relation     `json:"relations,omitempty"`
	Needs      []Need         `json:"needs,omitempty"`
	Jim        []JimCandidate `json:"jim_candidates,omitempty"`
	Agreements []Agreement    `json:"agreements,omitempty"`
}

// Correction records a typo put right in an earlier visit: when, which
// field, what it was, what it became and why.
type Correction struct {
	Date  Date   `json:"date"`
	Field string `json:"field"`
	Old   string `json:"old"`
	New   string `json:"new"`
	Note  string `json:"note" clean:"text"`
}

// Errors of the visit methods.
var (
	ErrVisitDate      = errors.New("a visit needs a real date, not before the visit before it")
	ErrTooManyVisits  = errors.New("too many visits in one session")
	ErrNoVisit        = errors.New("no such earlier visit")
	ErrVisitReadOnly  = errors.New("an earlier visit cannot be changed, only a typo corrected with a note")
	ErrCorrectionNote = errors.New("a correction needs a note that says why")
)

// VisitCount is the number of visits, the open one included: at least 1.
func (s *Session) VisitCount() int { return len(s.Visits) + 1 }

// OpenVisitDate is the date of the open visit: its own date, else the
// session's date, else the day the session was made (a session from
// before visits existed).
func (s *Session) OpenVisitDate() Date {
	switch {
	case s.VisitDate != "":
		return s.VisitDate
	case s.Date != "":
		return s.Date
	case s.Created.IsZero():
		return ""
	}
	return DateOf(s.Created)
}

// VisitDateOf returns the date of visit n (1 is the first, VisitCount the
// open one), or "" when there is no such visit.
func (s *Session) VisitDateOf(n int) Date {
	switch {
	case n == s.VisitCount():
		return s.OpenVisitDate()
	case n >= 1 && n <= len(s.Visits):
		return s.Visits[n-1].Date
	}
	return ""
}

// state returns the session's live state, sharing its slices.
func (s *Session) state() VisitState {
	return VisitState{Present: s.Present, Youths: s.Youths, People: s.People, Relations: s.Relations,
		Needs: s.Needs, Jim: s.Jim, Agreements: s.Agreements}
}

// StartVisit freezes the open visit as an earlier one and opens a new
// visit on date as a copy of it: the coach goes on from where the family
// was. The date may not be before the open visit's.
func (s *Session) StartVisit(date Date, note string) error {
	open := s.OpenVisitDate()
	if date == "" || !date.Valid() || (open != "" && date < open) {
		return ErrVisitDate
	}
	if len(s.Visits) >= MaxVisits {
		return ErrTooManyVisits
	}
	frozen := s.snapshot()
	s.Visits = append(s.Visits, Visit{Date: open, Note: s.VisitNote, State: frozen})
	s.VisitDate, s.VisitNote = date, CleanText(note)
	return nil
}

// snapshot returns a deep copy of the live state. The copy goes through
// Clone with the earlier visits left out, so it is as deep as Clone is.
func (s *Session) snapshot() VisitState {
	visits := s.Visits
	s.Visits = nil
	c := s.Clone()
	s.Visits = visits
	return c.state()
}

// VisitSession returns visit n (1 is the first, VisitCount the open one)
// as a session of its own, for the screens, the figures, the diff and the
// report: the session's label and dates with the visit's state. It is a
// copy: changing it changes nothing in s. Its Visits are the visits before
// it, so that the report of an earlier visit can compare too.
func (s *Session) VisitSession(n int) (*Session, error) {
	if n < 1 || n > s.VisitCount() {
		return nil, ErrNoVisit
	}
	if n == s.VisitCount() {
		return s.Clone(), nil
	}
	v := s.Visits[n-1]
	out := &Session{ID: s.ID, Label: s.Label, Coach: s.Coach, Dossier: s.Dossier, Date: s.Date,
		Created: s.Created, Updated: s.Updated, Demo: s.Demo, VisitDate: v.Date, VisitNote: v.Note}
	out.setState(v.State)
	out.Visits = s.Visits[:n-1]
	return out.Clone(), nil
}

func (s *Session) setState(v VisitState) {
	s.Present, s.Youths, s.People, s.Relations = v.Present, v.Youths, v.People, v.Relations
	s.Needs, s.Jim, s.Agreements = v.Needs, v.Jim, v.Agreements
}

// CorrectVisitName puts right an obvious typo in the name of a person in
// earlier visit n (1-based, before the open one) and records the
// correction with its date and note. The open visit is edited as always;
// asking for it here is ErrVisitReadOnly's mistake turned round, so it is
// refused too.
func (s *Session) CorrectVisitName(n int, personID, name, note string, date Date) error {
	if n < 1 || n > len(s.Visits) {
		return ErrNoVisit
	}
	note, name = CleanText(note), CleanLine(name)
	if strings.TrimSpace(note) == "" {
		return ErrCorrectionNote
	}
	if name == "" || utf8.RuneCountInString(name) > MaxNameLen {
		return fmt.Errorf("%w: the name must be 1 to %d characters", ErrVisitReadOnly, MaxNameLen)
	}
	v := &s.Visits[n-1]
	for i := range v.State.People {
		p := &v.State.People[i]
		if p.ID != personID {
			continue
		}
		v.Corrections = append(v.Corrections, Correction{Date: date, Field: "people." + personID + ".name", Old: p.Name, New: name, Note: note})
		p.Name = name
		return nil
	}
	return ErrNoVisit
}

// normalizeVisits completes every earlier visit's state the way
// Normalize does the open one; Normalize has cleaned their text already.
func (s *Session) normalizeVisits() {
	for i := range s.Visits {
		v := &s.Visits[i]
		tmp := &Session{}
		tmp.setState(v.State)
		tmp.normalizeState()
		v.State = tmp.state()
	}
}

// validateVisits adds the problems of every earlier visit, each field
// named under visits[i], and dates that go backwards.
func (s *Session) validateVisits(v *validator) {
	if len(s.Visits) > MaxVisits {
		v.add("visits", ProblemTooMany, fmt.Sprint(MaxVisits))
		return
	}
	v.date("visit_date", s.VisitDate)
	v.text("visit_note", s.VisitNote)
	prev := Date("")
	for i := range s.Visits {
		vi := &s.Visits[i]
		f := fmt.Sprintf("visits[%d]", i)
		if vi.Date == "" {
			v.add(f+".date", ProblemRequired, "")
		} else {
			v.date(f+".date", vi.Date)
			if vi.Date < prev {
				v.add(f+".date", ProblemOutOfRange, string(vi.Date))
			}
			prev = vi.Date
		}
		v.text(f+".note", vi.Note)
		for j, c := range vi.Corrections {
			cf := fmt.Sprintf("%s.corrections[%d]", f, j)
			v.date(cf+".date", c.Date)
			v.line(cf+".field", c.Field)
			v.line(cf+".old", c.Old)
			v.line(cf+".new", c.New)
			v.text(cf+".note", c.Note)
		}
		tmp := &Session{Label: "-"}
		tmp.setState(vi.State)
		for _, p := range tmp.Validate() {
			p.Field = f + ".state." + p.Field
			v.out = append(v.out, p)
		}
	}
	if s.VisitDate != "" && prev != "" && s.VisitDate < prev {
		v.add("visit_date", ProblemOutOfRange, string(s.VisitDate))
	}
}

// withVisitIDs adds to ids every id that the earlier visits use, so that
// NextID never hands out again an id that a person, youth, candidacy or
// agreement had in an earlier visit: the diff matches them by id, and a
// newcomer with a leaver's id would read as the leaver having moved.
func (s *Session) withVisitIDs(ids []string) []string {
	for i := range s.Visits {
		st := &s.Visits[i].State
		for _, y := range st.Youths {
			ids = append(ids, y.ID)
		}
		for _, p := range st.People {
			ids = append(ids, p.ID)
		}
		for _, j := range st.Jim {
			ids = append(ids, j.ID)
		}
		for _, a := range st.Agreements {
			ids = append(ids, a.ID)
		}
	}
	return ids
}
