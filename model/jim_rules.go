package model

import (
	"cmp"
	"errors"
	"slices"
	"strings"
	"unicode/utf8"
)

// The rules of a JIM candidacy (DOMAIN.md, JIM). The youth chooses; kring
// records the choice, checks the few hard rules and shows what is still
// open. Hard rules, which refuse a change and leave the session as it was:
//
//   - a parent cannot become the JIM (ErrJimParent);
//   - the statuses go named, asked, agreed, active, one step at a time;
//     stopped can follow any of them, needs a reason and is final
//     (ErrJimOrder, ErrJimStopReason);
//   - a JIM becomes active only when child safety was checked and no
//     concern is open (ErrJimSafety, ErrJimSafetyUnchecked);
//   - a youth has at most one active JIM (ErrJimOneActive).
//
// "Preferably 18 or older" is a preference, not a rule: a younger
// candidate is allowed and shows up among the warnings. Recording a
// safety concern is never refused, not even for an active JIM: the
// concern then shows as a warning and the coach decides what to do.

// Errors of the JIM rules.
var (
	ErrJimUnknown         = errors.New("the youth, person or candidacy is not in the session")
	ErrJimParent          = errors.New("a parent cannot become the JIM")
	ErrJimDeceased        = errors.New("a person who died cannot become the JIM")
	ErrJimDuplicate       = errors.New("this person is already a JIM candidate for this youth")
	ErrJimCriterion       = errors.New("unknown criterion or answer")
	ErrJimOrder           = errors.New("JIM statuses go named, asked, agreed, active; stopped can follow any and is final")
	ErrJimStopReason      = errors.New("stopping a JIM candidacy needs a reason")
	ErrJimSafety          = errors.New("an open safety concern blocks an active JIM")
	ErrJimSafetyUnchecked = errors.New("child safety must be checked before a JIM becomes active")
	ErrJimOneActive       = errors.New("this youth already has an active JIM")
	ErrJimDate            = errors.New("not a valid date")
	ErrJimTooLong         = errors.New("text too long")
)

// JimCandidate returns the candidacy with the given id, or nil.
func (s *Session) JimCandidate(id string) *JimCandidate {
	for i := range s.Jim {
		if s.Jim[i].ID == id {
			return &s.Jim[i]
		}
	}
	return nil
}

// JimCandidatesOf returns the candidacies of a youth, in the order they
// were added.
func (s *Session) JimCandidatesOf(youthID string) []*JimCandidate {
	var out []*JimCandidate
	for i := range s.Jim {
		if s.Jim[i].YouthID == youthID {
			out = append(out, &s.Jim[i])
		}
	}
	return out
}

// ActiveJim returns the youth's active JIM, or nil.
func (s *Session) ActiveJim(youthID string) *JimCandidate {
	for i := range s.Jim {
		if s.Jim[i].YouthID == youthID && s.Jim[i].Status == JimActive {
			return &s.Jim[i]
		}
	}
	return nil
}

// Answer returns the answer to criterion c, unknown when not recorded.
func (j *JimCandidate) Answer(c Criterion) CriterionAnswer {
	a, ok := j.Criteria[c]
	if !ok || a.Value == "" {
		a.Value = AnswerUnknown
	}
	return a
}

// Since returns the date the candidacy reached its current status, or ""
// when the history does not say.
func (j *JimCandidate) Since() Date {
	for i := len(j.History) - 1; i >= 0; i-- {
		if j.History[i].Status == j.Status {
			return j.History[i].Date
		}
	}
	return ""
}

// NextJimStatus returns the status that may follow st: the next one in
// the order, stopped after active, and "" after stopped.
func NextJimStatus(st JimStatus) JimStatus {
	switch st {
	case JimNamed:
		return JimAsked
	case JimAsked:
		return JimAgreed
	case JimAgreed:
		return JimActive
	case JimActive:
		return JimStopped
	}
	return ""
}

// ReachableJimStatuses are the statuses a candidacy in st can move to:
// the next one in the order and stopped (once, when that is the next);
// none after stopped. A status picker offers only these, so that it never
// offers what SetJimStatus refuses.
func ReachableJimStatuses(st JimStatus) []JimStatus {
	next := NextJimStatus(st)
	switch next {
	case "":
		return nil
	case JimStopped:
		return []JimStatus{JimStopped}
	}
	return []JimStatus{next, JimStopped}
}

// checkJimPerson applies the rules about who can be a candidate at all.
func checkJimPerson(p *Person) error {
	switch {
	case p.Parent:
		return ErrJimParent
	case p.Deceased:
		return ErrJimDeceased
	}
	return nil
}

// CanBeJim reports whether a person may be named as a JIM candidate for
// the youth: the person and the youth exist, the person is no parent, is
// alive and is not a candidate for that youth already. The error is the
// one AddJimCandidate would return.
func (s *Session) CanBeJim(youthID, personID string) error {
	p := s.Person(personID)
	if p == nil || s.Youth(youthID) == nil {
		return ErrJimUnknown
	}
	if err := checkJimPerson(p); err != nil {
		return err
	}
	for _, j := range s.Jim {
		if j.YouthID == youthID && j.PersonID == personID && j.Status != JimStopped {
			return ErrJimDuplicate
		}
	}
	return nil
}

// AddJimCandidate records that the youth names a person as a possible
// JIM, with the youth's own words about why, and returns the new id. The
// candidacy starts as named, dated today. What kring knows already is
// filled in: not a parent (checked here), adult from the person's record,
// willing from the map's "wil helpen" (yes or no) and, when the youth's
// words are given, named by the youth. A refused
// candidate changes nothing.
func (s *Session) AddJimCandidate(youthID, personID, why string, today Date) (string, error) {
	if err := s.CanBeJim(youthID, personID); err != nil {
		return "", err
	}
	why = CleanText(why)
	switch {
	case utf8.RuneCountInString(why) > MaxTextLen:
		return "", ErrJimTooLong
	case !today.Valid():
		return "", ErrJimDate
	}
	p := s.Person(personID)
	adult := AnswerNo
	if p.Adult {
		adult = AnswerYes
	}
	named := AnswerUnknown
	if strings.TrimSpace(why) != "" {
		named = AnswerYes
	}
	crit := map[Criterion]CriterionAnswer{
		CriterionNamedByYouth: {Value: named},
		CriterionNotParent:    {Value: AnswerYes},
		CriterionAdult:        {Value: adult},
	}
	// "Wil het doen" starts from the map's answer to "wil helpen" once
	// the person was asked: yes or no; maybe, partly or not asked leave
	// it open for the coach to ask.
	switch p.Willing {
	case WillingYes:
		crit[CriterionWilling] = CriterionAnswer{Value: AnswerYes}
	case WillingNo:
		crit[CriterionWilling] = CriterionAnswer{Value: AnswerNo}
	}
	ids := make([]string, len(s.Jim))
	for i, j := range s.Jim {
		ids[i] = j.ID
	}
	j := JimCandidate{
		ID: NextID("j", s.withVisitIDs(ids)), YouthID: youthID, PersonID: personID, Why: why,
		Criteria: crit,
		Status:   JimNamed,
		History:  []StatusChange{{Status: JimNamed, Date: today}},
	}
	s.Jim = append(s.Jim, j)
	return j.ID, nil
}

// RemoveJimCandidate deletes a candidacy; it reports whether it existed.
func (s *Session) RemoveJimCandidate(id string) bool {
	n := len(s.Jim)
	s.Jim = filter(s.Jim, func(j JimCandidate) bool { return j.ID != id })
	return len(s.Jim) != n
}

// checkCriterion applies the rules of one answer:
//
//   - the criterion and the answer must be known codes;
//   - not a parent cannot be answered no (a parent cannot be a
//     candidate: remove the candidacy instead), and not yes for a person
//     recorded as a parent;
//   - a note may not be longer than MaxTextLen.
//
// Every other answer is the coach's to give, a safety concern included.
func (s *Session) checkCriterion(j *JimCandidate, c Criterion, a Answer, note string) error {
	switch {
	case !c.Valid() || !a.Valid():
		return ErrJimCriterion
	case utf8.RuneCountInString(note) > MaxTextLen:
		return ErrJimTooLong
	case c == CriterionNotParent && a == AnswerNo:
		return ErrJimParent
	case c == CriterionNotParent && a == AnswerYes:
		if p := s.Person(j.PersonID); p != nil && p.Parent {
			return ErrJimParent
		}
	}
	return nil
}

// SetJimCriterion records the answer to one criterion with its note (such
// as the safety concern and what was done about it).
func (s *Session) SetJimCriterion(id string, c Criterion, a Answer, note string) error {
	j := s.JimCandidate(id)
	if j == nil {
		return ErrJimUnknown
	}
	note = CleanText(note)
	if err := s.checkCriterion(j, c, a, note); err != nil {
		return err
	}
	if j.Criteria == nil {
		j.Criteria = map[Criterion]CriterionAnswer{}
	}
	j.Criteria[c] = CriterionAnswer{Value: a, Note: note}
	return nil
}

// EditJimCandidate sets the youth's words and any number of criteria at
// once, as a form does: every answer is checked first, and when one is
// refused nothing changes and the criterion is returned with the error
// ("" when the words were refused).
func (s *Session) EditJimCandidate(id, why string, answers map[Criterion]CriterionAnswer) (Criterion, error) {
	j := s.JimCandidate(id)
	if j == nil {
		return "", ErrJimUnknown
	}
	why = CleanText(why)
	if utf8.RuneCountInString(why) > MaxTextLen {
		return "", ErrJimTooLong
	}
	keys := make([]Criterion, 0, len(answers))
	for c := range answers {
		keys = append(keys, c)
	}
	// In the order asked, so that the first refused is the first on a form.
	slices.SortFunc(keys, func(a, b Criterion) int {
		return cmp.Compare(criterionIndex(a), criterionIndex(b))
	})
	clean := make(map[Criterion]CriterionAnswer, len(answers))
	for _, c := range keys {
		a := CriterionAnswer{Value: answers[c].Value, Note: CleanText(answers[c].Note)}
		if err := s.checkCriterion(j, c, a.Value, a.Note); err != nil {
			return c, err
		}
		clean[c] = a
	}
	j.Why = why
	if len(clean) > 0 && j.Criteria == nil {
		j.Criteria = map[Criterion]CriterionAnswer{}
	}
	for c, a := range clean {
		j.Criteria[c] = a
	}
	return "", nil
}

func criterionIndex(c Criterion) int {
	if i := slices.Index(Criteria, c); i >= 0 {
		return i
	}
	return len(Criteria)
}

// SetJimStatus moves a candidacy to a new status, dated today, with a
// note; for stopped the note is the reason and is required. The order
// named, asked, agreed, active is kept one step at a time; stopped can
// follow any status and nothing follows it. Active needs the safety
// criterion answered yes, a person who is not a parent, and no other
// active JIM for the youth.
func (s *Session) SetJimStatus(id string, st JimStatus, today Date, note string) error {
	j := s.JimCandidate(id)
	if j == nil {
		return ErrJimUnknown
	}
	note = CleanText(note)
	switch {
	case !today.Valid():
		return ErrJimDate
	case utf8.RuneCountInString(note) > MaxTextLen:
		return ErrJimTooLong
	case !st.Valid() || j.Status == JimStopped:
		return ErrJimOrder
	case st == JimStopped:
		if strings.TrimSpace(note) == "" {
			return ErrJimStopReason
		}
	case st != NextJimStatus(j.Status):
		return ErrJimOrder
	case st == JimActive:
		if err := s.canActivate(j); err != nil {
			return err
		}
	}
	j.Status = st
	j.History = append(j.History, StatusChange{Status: st, Date: today, Note: note})
	if st == JimStopped {
		j.StopReason = note
	}
	return nil
}

func (s *Session) canActivate(j *JimCandidate) error {
	p := s.Person(j.PersonID)
	if p == nil {
		return ErrJimUnknown
	}
	if err := checkJimPerson(p); err != nil {
		return err
	}
	switch j.Answer(CriterionSafety).Value {
	case AnswerNo:
		return ErrJimSafety
	case AnswerUnknown:
		return ErrJimSafetyUnchecked
	}
	if a := s.ActiveJim(j.YouthID); a != nil && a.ID != j.ID {
		return ErrJimOneActive
	}
	return nil
}

// JimSuggestions returns the ids of people kring suggests to the youth:
// adults in rings 1 and 2 who live outside the household, are no parent,
// are alive, are not professionals (the JIM comes from the youth's own
// network), are one person rather than a group ("Familie Yilmaz") and are
// not a candidate for this youth yet. The likeliest come first: by the
// tie (strong first, stressful last), then willing (yes, partly, maybe,
// not asked, no), then able (yes, not known, no), then ring, then name.
// They are only suggestions: the youth's own choice always wins.
func (s *Session) JimSuggestions(youthID string) []string {
	if s.Youth(youthID) == nil {
		return nil
	}
	var ps []*Person
	for i := range s.People {
		p := &s.People[i]
		if !p.Adult || p.Household || p.Parent || p.Deceased || p.Sector == SectorProfessionals || p.Ring > RingClose || p.IsGroup() {
			continue
		}
		if slices.ContainsFunc(s.Jim, func(j JimCandidate) bool { return j.YouthID == youthID && j.PersonID == p.ID }) {
			continue
		}
		ps = append(ps, p)
	}
	slices.SortStableFunc(ps, func(a, b *Person) int {
		return cmp.Or(
			cmp.Compare(rank(suggestQuality, a.Quality), rank(suggestQuality, b.Quality)),
			cmp.Compare(rank(suggestWilling, a.Willing), rank(suggestWilling, b.Willing)),
			cmp.Compare(rank(suggestAble, a.Able), rank(suggestAble, b.Able)),
			cmp.Compare(a.Ring, b.Ring),
			cmp.Compare(strings.ToLower(a.Name), strings.ToLower(b.Name)), cmp.Compare(a.Name, b.Name))
	})
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.ID
	}
	return out
}

// The orders of JimSuggestions, likeliest first.
var (
	suggestQuality = []Quality{QualityStrong, QualityNormal, QualityWeak, QualityStressful}
	suggestWilling = []Willing{WillingYes, WillingPartly, WillingMaybe, WillingNotAsked, WillingNo}
	suggestAble    = []Answer{AnswerYes, AnswerUnknown, AnswerNo}
)

// rank is v's place in order; a value not in it comes after them all.
func rank[T comparable](order []T, v T) int {
	if i := slices.Index(order, v); i >= 0 {
		return i
	}
	return len(order)
}

// JimWarnings returns the criteria of a candidacy that are not answered
// yes, in the order they are asked, as JimAnswer shows them: not a parent
// counts as no when the person is recorded as a parent, whatever was answered. A stopped
// candidacy has no warnings: it is history.
func (s *Session) JimWarnings(j *JimCandidate) []Criterion {
	if j == nil || j.Status == JimStopped {
		return nil
	}
	var out []Criterion
	for _, c := range Criteria {
		if s.JimAnswer(j, c).Value != AnswerYes {
			out = append(out, c)
		}
	}
	return out
}
