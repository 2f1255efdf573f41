package model

// The JIM rules as warnings. The edits of jim_rules.go refuse what breaks
// a hard rule, but a session read from a file, or written by an older
// kring, can hold anything: a parent as candidate or active JIM, an
// active JIM with an open or unchecked safety concern, two active JIMs for
// one youth. Import stays accepting (a coach must be able to open a file
// and fix it); these warnings say what to fix, and JimAnswer makes sure
// no screen or report shows a criterion as met that the recorded facts
// contradict.

// JimRuleCode names a broken JIM rule, as a stable code.
type JimRuleCode string

// JIM rule warnings (DOMAIN.md, JIM).
const (
	// JimRuleParent: a parent is a candidate or the JIM; the JIM is not a parent.
	JimRuleParent JimRuleCode = "jim_parent"
	// JimRuleDeceased: someone who has died is still a candidate or the JIM.
	JimRuleDeceased JimRuleCode = "jim_deceased"
	// JimRuleActiveUnsafe: an active JIM while child safety is not
	// recorded as checked without concern (an absolute condition).
	JimRuleActiveUnsafe JimRuleCode = "jim_active_unsafe"
	// JimRuleTwoActive: a youth has more than one active JIM.
	JimRuleTwoActive JimRuleCode = "jim_two_active"
)

// JimRuleCodes lists every code, in the order the warnings come.
var JimRuleCodes = []JimRuleCode{JimRuleParent, JimRuleDeceased, JimRuleActiveUnsafe, JimRuleTwoActive}

// JimRuleWarning is one broken JIM rule. CandidateID and PersonID are
// empty for a warning about the youth as a whole (two active JIMs).
type JimRuleWarning struct {
	Code        JimRuleCode
	YouthID     string
	CandidateID string
	PersonID    string
}

// JimRuleWarnings returns the broken JIM rules of the session, youth by
// youth in the order of the youths (candidacies for a youth not in the
// session last), each youth's candidacies in their order. Stopped
// candidacies are history and break nothing.
func (s *Session) JimRuleWarnings() []JimRuleWarning {
	if s == nil || len(s.Jim) == 0 {
		return nil
	}
	// One pass to group the candidacies by youth and to index the
	// people they name, so that a large file stays linear.
	byYouth := map[string][]*JimCandidate{}
	people := make(map[string]*Person, len(s.Jim))
	for i := range s.Jim {
		j := &s.Jim[i]
		byYouth[j.YouthID] = append(byYouth[j.YouthID], j)
		people[j.PersonID] = nil
	}
	for i := range s.People {
		if p, ok := people[s.People[i].ID]; ok && p == nil {
			people[s.People[i].ID] = &s.People[i]
		}
	}
	var out []JimRuleWarning
	order := make([]string, 0, len(byYouth))
	for _, y := range s.Youths {
		order = append(order, y.ID)
	}
	for i := range s.Jim {
		order = append(order, s.Jim[i].YouthID)
	}
	for _, id := range order {
		cands, ok := byYouth[id]
		if !ok {
			continue
		}
		delete(byYouth, id) // each youth once, at its first place
		out = jimYouthWarnings(out, id, cands, people)
	}
	return out
}

func jimYouthWarnings(out []JimRuleWarning, youthID string, cands []*JimCandidate, people map[string]*Person) []JimRuleWarning {
	active := 0
	for _, j := range cands {
		if j.Status == JimStopped {
			continue
		}
		w := JimRuleWarning{YouthID: youthID, CandidateID: j.ID, PersonID: j.PersonID}
		if p := people[j.PersonID]; p != nil {
			if p.Parent {
				w.Code = JimRuleParent
				out = append(out, w)
			}
			if p.Deceased {
				w.Code = JimRuleDeceased
				out = append(out, w)
			}
		}
		if j.Status == JimActive {
			active++
			if j.Answer(CriterionSafety).Value != AnswerYes {
				w.Code = JimRuleActiveUnsafe
				out = append(out, w)
			}
		}
	}
	if active > 1 {
		out = append(out, JimRuleWarning{Code: JimRuleTwoActive, YouthID: youthID})
	}
	return out
}

// JimAnswer returns the answer to criterion c as it may be shown: the
// recorded answer, except that a criterion the person's record
// contradicts reads no. A person recorded as a parent is not "not a
// parent", and a person not recorded as an adult is not "18 or older",
// whatever was answered; the note is kept.
func (s *Session) JimAnswer(j *JimCandidate, c Criterion) CriterionAnswer {
	a := j.Answer(c)
	p := s.Person(j.PersonID)
	if p == nil {
		return a
	}
	switch {
	case c == CriterionNotParent && p.Parent, c == CriterionAdult && !p.Adult && a.Value == AnswerYes:
		a.Value = AnswerNo
	}
	return a
}

// JimContradicted reports whether the person's record contradicts the
// recorded answer to c, so that a screen or report can say why it shows no.
func (s *Session) JimContradicted(j *JimCandidate, c Criterion) bool {
	return s.JimAnswer(j, c).Value != j.Answer(c).Value
}
