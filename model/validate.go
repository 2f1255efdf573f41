package model

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"
)

// Limits on text, in characters. A name is a first name or a role; a note
// may be long but not unbounded, so that one paste cannot swamp a screen
// or a file.
const (
	MaxNameLen = 200
	MaxTextLen = 20000
)

// ProblemCode says what is wrong with a field, so that the UI can explain
// it in the user's language.
type ProblemCode string

// Problem codes.
const (
	ProblemRequired    ProblemCode = "required"
	ProblemUnknownCode ProblemCode = "unknown_code"
	ProblemOutOfRange  ProblemCode = "out_of_range"
	ProblemDangling    ProblemCode = "dangling_id"
	ProblemDuplicateID ProblemCode = "duplicate_id"
	ProblemBadDate     ProblemCode = "bad_date"
	ProblemTooLong     ProblemCode = "too_long"
	ProblemSelf        ProblemCode = "self_relation"
)

// ProblemCodes lists every problem code, so that a test can prove each
// has a message in every language.
var ProblemCodes = []ProblemCode{ProblemRequired, ProblemUnknownCode, ProblemOutOfRange, ProblemDangling, ProblemDuplicateID, ProblemBadDate, ProblemTooLong, ProblemSelf, ProblemTooMany, ProblemTooLarge}

// Problem is one thing wrong with a session: the field as a path such as
// people[3].sector, what is wrong, and the offending value (clipped).
type Problem struct {
	Field string      `json:"field"`
	Code  ProblemCode `json:"code"`
	Value string      `json:"value,omitempty"`
}

// Error gives a plain English line for logs; users see the catalogue text.
func (p Problem) Error() string {
	if p.Value == "" {
		return fmt.Sprintf("%s: %s", p.Field, p.Code)
	}
	return fmt.Sprintf("%s: %s (%q)", p.Field, p.Code, p.Value)
}

// Problems is every problem Validate found.
type Problems []Problem

// Error joins the problems for logs.
func (ps Problems) Error() string {
	parts := make([]string, len(ps))
	for i, p := range ps {
		parts[i] = p.Error()
	}
	return strings.Join(parts, "; ")
}

type validator struct{ out Problems }

func (v *validator) add(field string, code ProblemCode, value string) {
	if utf8.RuneCountInString(value) > 40 {
		value = string([]rune(value)[:40]) + "…"
	}
	v.out = append(v.out, Problem{Field: field, Code: code, Value: value})
}

func (v *validator) name(field, s string) {
	switch {
	case strings.TrimSpace(s) == "":
		v.add(field, ProblemRequired, "")
	case utf8.RuneCountInString(s) > MaxNameLen:
		v.add(field, ProblemTooLong, s)
	}
}

func (v *validator) line(field, s string) {
	if utf8.RuneCountInString(s) > MaxNameLen {
		v.add(field, ProblemTooLong, s)
	}
}

func (v *validator) text(field, s string) {
	if utf8.RuneCountInString(s) > MaxTextLen {
		v.add(field, ProblemTooLong, s)
	}
}

func (v *validator) code(field string, ok bool, value string) {
	if !ok {
		v.add(field, ProblemUnknownCode, value)
	}
}

func (v *validator) date(field string, d Date) {
	if !d.Valid() {
		v.add(field, ProblemBadDate, string(d))
	}
}

func (v *validator) unique(field, id string, seen map[string]bool) {
	switch {
	case id == "":
		v.add(field, ProblemRequired, "")
	case seen[id]:
		v.add(field, ProblemDuplicateID, id)
	}
	seen[id] = true
}

func (v *validator) ref(field, id string, known map[string]bool) {
	if !known[id] {
		v.add(field, ProblemDangling, id)
	}
}

// Validate returns every problem in the session, or nil. Unknown codes,
// references to ids that do not exist and duplicate ids are errors.
func (s *Session) Validate() Problems {
	v := &validator{}
	s.validateLimits(v)
	v.name("label", s.Label)
	v.line("coach", s.Coach)
	v.line("dossier", s.Dossier)
	v.date("date", s.Date)
	for i, p := range s.Present {
		v.name(fmt.Sprintf("present[%d]", i), p)
	}

	// Youths and people share one id space: relations point at both.
	members, youths, persons := map[string]bool{}, map[string]bool{}, map[string]bool{}
	for i, y := range s.Youths {
		f := fmt.Sprintf("youths[%d]", i)
		v.unique(f+".id", y.ID, members)
		youths[y.ID] = true
		v.name(f+".name", y.Name)
		if y.BirthYear != 0 && (y.BirthYear < 1900 || y.BirthYear > 2200) {
			v.add(f+".birth_year", ProblemOutOfRange, fmt.Sprint(y.BirthYear))
		}
		v.text(f+".notes", y.Notes)
	}
	for i := range s.People {
		f := fmt.Sprintf("people[%d]", i)
		v.unique(f+".id", s.People[i].ID, members)
		persons[s.People[i].ID] = true
		s.People[i].validate(v, f)
	}

	seen := map[string]bool{}
	for i, r := range s.Relations {
		f := fmt.Sprintf("relations[%d]", i)
		v.unique(f+".id", r.ID, seen)
		v.ref(f+".a", r.A, members)
		v.ref(f+".b", r.B, members)
		if r.A == r.B && r.A != "" {
			v.add(f+".b", ProblemSelf, r.B)
		}
		v.code(f+".kind", r.Kind.Valid(), string(r.Kind))
		v.text(f+".notes", r.Notes)
	}

	seen = map[string]bool{}
	for i := range s.Needs {
		f := fmt.Sprintf("needs[%d]", i)
		v.unique(f+".id", s.Needs[i].ID, seen)
		s.Needs[i].validate(v, f, youths, persons)
	}

	seen = map[string]bool{}
	for i := range s.Jim {
		f := fmt.Sprintf("jim_candidates[%d]", i)
		v.unique(f+".id", s.Jim[i].ID, seen)
		s.Jim[i].validate(v, f, youths, persons)
	}

	seen = map[string]bool{}
	for i := range s.Agreements {
		f := fmt.Sprintf("agreements[%d]", i)
		v.unique(f+".id", s.Agreements[i].ID, seen)
		s.Agreements[i].validate(v, f, persons)
	}
	s.Meeting.validate(v, persons)
	s.Plan.validate(v, members, persons, seen)
	s.validateVisits(v)
	return v.out
}

func (p *Person) validate(v *validator, f string) {
	v.name(f+".name", p.Name)
	v.line(f+".role", p.Role)
	v.code(f+".sector", p.Sector.Valid(), string(p.Sector))
	if !p.Ring.Valid() {
		v.add(f+".ring", ProblemOutOfRange, fmt.Sprint(int(p.Ring)))
	}
	v.code(f+".frequency", p.Frequency.Valid(), string(p.Frequency))
	v.code(f+".known_for", p.KnownFor.Valid(), string(p.KnownFor))
	for _, k := range SupportKinds {
		sup := p.Support.Get(k)
		v.code(f+".support."+string(k)+".level", sup.Level.Valid(), string(sup.Level))
		v.code(f+".support."+string(k)+".direction", sup.Direction.Valid(), string(sup.Direction))
	}
	v.code(f+".quality", p.Quality.Valid(), string(p.Quality))
	v.code(f+".willing", p.Willing.Valid(), string(p.Willing))
	v.code(f+".able", p.Able.Valid(), string(p.Able))
	v.text(f+".notes", p.Notes)
}

func (n *Need) validate(v *validator, f string, youths, persons map[string]bool) {
	v.name(f+".title", n.Title)
	if n.YouthID != "" {
		v.ref(f+".youth_id", n.YouthID, youths)
	}
	v.text(f+".request.words", n.Request.Words)
	v.text(f+".request.youth_view", n.Request.YouthView)
	for i, p := range n.Request.Present {
		v.name(fmt.Sprintf("%s.request.present[%d]", f, i), p)
	}
	v.date(f+".request.date", n.Request.Date)
	v.code(f+".applicability.jeugdwet", n.Applicability.Jeugdwet.Valid(), string(n.Applicability.Jeugdwet))
	v.code(f+".applicability.resident", n.Applicability.Resident.Valid(), string(n.Applicability.Resident))
	v.text(f+".applicability.basis", n.Applicability.Basis)
	v.text(f+".problems.text", n.Problems.Text)
	for i, e := range n.Problems.Expertise {
		v.name(fmt.Sprintf("%s.problems.expertise[%d].who", f, i), e.Who)
		v.line(fmt.Sprintf("%s.problems.expertise[%d].discipline", f, i), e.Discipline)
		v.code(fmt.Sprintf("%s.problems.expertise[%d].checked", f, i), e.Checked.Valid(), string(e.Checked))
	}
	for _, t := range []struct{ name, val string }{
		{"help.kind", n.Help.Kind}, {"help.frequency", n.Help.Frequency}, {"help.duration", n.Help.Duration}, {"help.goals", n.Help.Goals},
		{"own_strength.standard", n.Own.Standard}, {"own_strength.capacity", n.Own.Capacity}, {"own_strength.load", n.Own.Load},
		{"own_strength.reason", n.Own.Reason}, {"network.reason", n.Network.Reason}, {"family_plan.answer", n.FamilyPlan.Answer},
		{"preceding.which", n.Preceding.Which}, {"general.which", n.General.Which}, {"gap.reasoning", n.Gap.Reasoning},
		{"family_view.comments", n.View.Comments},
	} {
		v.text(f+"."+t.name, t.val)
	}
	v.code(f+".own_strength.outcome", n.Own.Outcome.Valid(), string(n.Own.Outcome))
	v.code(f+".own_strength.pays_self", n.Own.PaysSelf.Valid(), string(n.Own.PaysSelf))
	v.code(f+".network.outcome", n.Network.Outcome.Valid(), string(n.Network.Outcome))
	for i, c := range n.Network.Contributions {
		cf := fmt.Sprintf("%s.network.contributions[%d]", f, i)
		v.ref(cf+".person_id", c.PersonID, persons)
		v.line(cf+".what", c.What)
		v.line(cf+".how_often", c.HowOften)
		v.code(cf+".asked", c.Asked.Valid(), string(c.Asked))
		v.code(cf+".willing", c.Willing.Valid(), string(c.Willing))
		v.code(cf+".able", c.Able.Valid(), string(c.Able))
		v.code(cf+".lasting", c.Lasting.Valid(), string(c.Lasting))
		v.text(cf+".why_not", c.WhyNot)
		v.code(cf+".not_asked", c.NotAsked.Valid(), string(c.NotAsked))
	}
	v.code(f+".family_plan.offer", n.FamilyPlan.Offer.Valid(), string(n.FamilyPlan.Offer))
	v.code(f+".family_plan.jim_present", n.FamilyPlan.JimPresent.Valid(), string(n.FamilyPlan.JimPresent))
	v.code(f+".preceding.decision", n.Preceding.Decision.Valid(), string(n.Preceding.Decision))
	v.code(f+".preceding.adequate", n.Preceding.Adequate.Valid(), string(n.Preceding.Adequate))
	v.code(f+".general.decision", n.General.Decision.Valid(), string(n.General.Decision))
	v.code(f+".general.adequate", n.General.Adequate.Valid(), string(n.General.Adequate))
	v.code(f+".gap.conclusion", n.Gap.Conclusion.Valid(), string(n.Gap.Conclusion))
	v.code(f+".gap.form", n.Gap.Form.Valid(), string(n.Gap.Form))
	v.code(f+".family_view.view", n.View.View.Valid(), string(n.View.View))
	v.date(f+".family_view.date", n.View.Date)
}

func (j *JimCandidate) validate(v *validator, f string, youths, persons map[string]bool) {
	v.ref(f+".youth_id", j.YouthID, youths)
	v.ref(f+".person_id", j.PersonID, persons)
	v.text(f+".why", j.Why)
	keys := make([]Criterion, 0, len(j.Criteria))
	for c := range j.Criteria {
		keys = append(keys, c)
	}
	slices.Sort(keys)
	for _, c := range keys {
		a := j.Criteria[c]
		cf := f + ".criteria." + string(c)
		v.code(cf, c.Valid(), string(c))
		v.code(cf+".value", a.Value.Valid(), string(a.Value))
		v.text(cf+".note", a.Note)
	}
	v.code(f+".status", j.Status.Valid(), string(j.Status))
	for i, h := range j.History {
		hf := fmt.Sprintf("%s.history[%d]", f, i)
		v.code(hf+".status", h.Status.Valid(), string(h.Status))
		v.date(hf+".date", h.Date)
		v.text(hf+".note", h.Note)
	}
	v.text(f+".stop_reason", j.StopReason)
}

func (a *Agreement) validate(v *validator, f string, persons map[string]bool) {
	v.code(f+".who", a.Who.Valid(), string(a.Who))
	if a.PersonID != "" {
		v.ref(f+".person_id", a.PersonID, persons)
	}
	if strings.TrimSpace(a.What) == "" {
		v.add(f+".what", ProblemRequired, "")
	}
	v.text(f+".what", a.What)
	v.date(f+".due", a.Due)
	for i, r := range a.Reviews {
		rf := fmt.Sprintf("%s.reviews[%d]", f, i)
		v.date(rf+".date", r.Date)
		v.code(rf+".outcome", r.Outcome.Valid(), string(r.Outcome))
		v.text(rf+".note", r.Note)
	}
}
