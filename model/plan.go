package model

import (
	"fmt"
	"strings"
)

// The family group plan (familiegroepsplan, Jeugdwet art. 1.1 and 4.1.2):
// the parents make it with relatives and others around the child; it has
// no fixed form and can become the formal help plan. kring keeps what the
// family writes: goals in its own words, per goal who does what by when
// (the people with tasks are the Actieteam of Sonestra), the JIM's part,
// what is agreed about safety, when and how the plan is looked at again,
// what the family asks of the municipality, and who signed.

// PlanGoal is one goal in the family's words, with its tasks.
type PlanGoal struct {
	ID    string     `json:"id"`
	Words string     `json:"words" clean:"text"`
	Tasks []PlanTask `json:"tasks,omitempty"`
}

// PlanTask is who does what by when. PersonID names someone on the map
// (empty: the family as a whole); AgreementID optionally links a step 5
// agreement that the task carries out.
type PlanTask struct {
	ID          string `json:"id"`
	PersonID    string `json:"person_id,omitempty"`
	What        string `json:"what"`
	Due         Date   `json:"due,omitempty"`
	AgreementID string `json:"agreement_id,omitempty"`
}

// Signature is a parent or a youth who signed the plan, and when.
type Signature struct {
	MemberID string `json:"member_id"`
	Date     Date   `json:"date"`
}

// FamilyPlan is the family group plan. Declined records that the family
// was offered the plan and chose not to make one.
type FamilyPlan struct {
	Goals   []PlanGoal `json:"goals,omitempty"`
	JimPart string     `json:"jim_part,omitempty" clean:"text"`
	Safety  string     `json:"safety,omitempty" clean:"text"`
	// ReviewDate and ReviewHow: when and how the plan is looked at again.
	ReviewDate Date   `json:"review_date,omitempty"`
	ReviewHow  string `json:"review_how,omitempty" clean:"text"`
	// AskMunicipality is what the family asks of the municipality.
	AskMunicipality string      `json:"ask_municipality,omitempty" clean:"text"`
	Signatures      []Signature `json:"signatures,omitempty"`
	Declined        bool        `json:"declined,omitempty"`
	DeclinedReason  string      `json:"declined_reason,omitempty" clean:"text"`
}

// Bounds of the plan, far above a real family's plan.
const (
	MaxPlanGoals = 50
	MaxGoalTasks = 100
)

// State derives step 7's answer from the plan, so that the coach does
// not record it twice (Jeugdwet art. 4.1.2: the plan must be offered):
//
//   - declined: the family chose not to make one;
//   - made: a goal with a task, signed by at least one parent;
//   - in preparation: anything of the plan, or of the network meeting
//     that prepares it, is recorded;
//   - PlanNotOffered (empty): nothing yet; step 7 then reads the need's
//     own answer.
func (s *Session) PlanState() PlanOffer {
	p := &s.Plan
	switch {
	case p.Declined:
		return PlanDeclined
	case p.hasTask() && s.parentSigned():
		return PlanMade
	case p.started() || s.Meeting.Started():
		return PlanInPreparation
	}
	return PlanNotOffered
}

func (p *FamilyPlan) hasTask() bool {
	for _, g := range p.Goals {
		if len(g.Tasks) > 0 {
			return true
		}
	}
	return false
}

func (p *FamilyPlan) started() bool {
	return len(p.Goals) > 0 || strings.TrimSpace(p.JimPart+p.Safety+p.ReviewHow+p.AskMunicipality) != "" ||
		p.ReviewDate != "" || len(p.Signatures) > 0
}

func (s *Session) parentSigned() bool {
	for _, sg := range s.Plan.Signatures {
		if p := s.Person(sg.MemberID); p != nil && p.Parent {
			return true
		}
	}
	return false
}

// Signers are who signs the plan: the parents in the household and every
// youth of 12 or older in the year given (a youth whose birth year is
// not recorded too, rather than be left out), by member id.
func (s *Session) Signers(year int) []string {
	var out []string
	for i := range s.People {
		if p := &s.People[i]; p.Parent && p.Household && !p.Deceased {
			out = append(out, p.ID)
		}
	}
	for _, y := range s.Youths {
		if y.BirthYear == 0 || year-y.BirthYear >= 12 {
			out = append(out, y.ID)
		}
	}
	return out
}

// Sign records that a signer signed on a date; signing again moves the date.
func (s *Session) Sign(memberID string, d Date) error {
	if s.Person(memberID) == nil && s.Youth(memberID) == nil {
		return ErrNotOnMap
	}
	for i := range s.Plan.Signatures {
		if s.Plan.Signatures[i].MemberID == memberID {
			s.Plan.Signatures[i].Date = d
			return nil
		}
	}
	s.Plan.Signatures = append(s.Plan.Signatures, Signature{MemberID: memberID, Date: d})
	return nil
}

// Unsign removes a signature; it reports whether there was one.
func (s *Session) Unsign(memberID string) bool {
	n := len(s.Plan.Signatures)
	s.Plan.Signatures = filter(s.Plan.Signatures, func(g Signature) bool { return g.MemberID != memberID })
	return len(s.Plan.Signatures) < n
}

// Signed returns the date a member signed, or "".
func (p *FamilyPlan) Signed(memberID string) Date {
	for _, g := range p.Signatures {
		if g.MemberID == memberID {
			return g.Date
		}
	}
	return ""
}

// planIDs are every goal and task id, which share one id space.
func (p *FamilyPlan) planIDs() []string {
	var ids []string
	for _, g := range p.Goals {
		ids = append(ids, g.ID)
		for _, t := range g.Tasks {
			ids = append(ids, t.ID)
		}
	}
	return ids
}

// AddGoal adds a goal in the family's words and returns its id.
func (s *Session) AddGoal(words string) (string, error) {
	if strings.TrimSpace(words) == "" {
		return "", fmt.Errorf("a goal needs words")
	}
	if len(s.Plan.Goals) >= MaxPlanGoals {
		return "", fmt.Errorf("at most %d goals", MaxPlanGoals)
	}
	id := NextID("g", s.Plan.planIDs())
	s.Plan.Goals = append(s.Plan.Goals, PlanGoal{ID: id, Words: CleanText(words)})
	return id, nil
}

// Goal returns the goal with the given id, or nil.
func (s *Session) Goal(id string) *PlanGoal {
	for i := range s.Plan.Goals {
		if s.Plan.Goals[i].ID == id {
			return &s.Plan.Goals[i]
		}
	}
	return nil
}

// RemoveGoal removes a goal with its tasks; it reports whether it existed.
func (s *Session) RemoveGoal(id string) bool {
	n := len(s.Plan.Goals)
	s.Plan.Goals = filter(s.Plan.Goals, func(g PlanGoal) bool { return g.ID != id })
	return len(s.Plan.Goals) < n
}

// ErrUnknownAgreement is AddTask's answer for a link to no agreement.
var ErrUnknownAgreement = fmt.Errorf("no such agreement")

// checkTask refuses a task that names someone not on the map or an
// agreement that does not exist.
func (s *Session) checkTask(t PlanTask) error {
	if strings.TrimSpace(t.What) == "" {
		return fmt.Errorf("a task needs what")
	}
	if t.PersonID != "" && s.Person(t.PersonID) == nil {
		return ErrNotOnMap
	}
	if t.AgreementID != "" && s.AgreementByID(t.AgreementID) == nil {
		return ErrUnknownAgreement
	}
	if !t.Due.Valid() {
		return fmt.Errorf("bad date %q", t.Due)
	}
	return nil
}

// AddTask adds a task to a goal and returns its id. The person must be on
// the map and the agreement, when given, must exist.
func (s *Session) AddTask(goalID string, t PlanTask) (string, error) {
	g := s.Goal(goalID)
	if g == nil {
		return "", fmt.Errorf("no such goal %q", goalID)
	}
	t.What = CleanLine(t.What)
	if err := s.checkTask(t); err != nil {
		return "", err
	}
	if len(g.Tasks) >= MaxGoalTasks {
		return "", fmt.Errorf("at most %d tasks", MaxGoalTasks)
	}
	t.ID = NextID("t", s.Plan.planIDs())
	g.Tasks = append(g.Tasks, t)
	return t.ID, nil
}

// UpdateTask replaces the task with t's id, under the same checks as AddTask.
func (s *Session) UpdateTask(t PlanTask) error {
	t.What = CleanLine(t.What)
	if err := s.checkTask(t); err != nil {
		return err
	}
	for gi := range s.Plan.Goals {
		for ti := range s.Plan.Goals[gi].Tasks {
			if s.Plan.Goals[gi].Tasks[ti].ID == t.ID {
				s.Plan.Goals[gi].Tasks[ti] = t
				return nil
			}
		}
	}
	return fmt.Errorf("no such task %q", t.ID)
}

// RemoveTask removes a task; it reports whether it existed.
func (s *Session) RemoveTask(id string) bool {
	for gi := range s.Plan.Goals {
		g := &s.Plan.Goals[gi]
		n := len(g.Tasks)
		g.Tasks = filter(g.Tasks, func(t PlanTask) bool { return t.ID != id })
		if len(g.Tasks) < n {
			return true
		}
	}
	return false
}

// Actieteam is the people with tasks in the plan, by id, in the order
// of their first task: the people who carry the plan out.
func (s *Session) Actieteam() []string {
	var out []string
	seen := map[string]bool{}
	for _, g := range s.Plan.Goals {
		for _, t := range g.Tasks {
			if t.PersonID != "" && !seen[t.PersonID] {
				seen[t.PersonID] = true
				out = append(out, t.PersonID)
			}
		}
	}
	return out
}

// PersonLinks is what of the meeting and the plan hangs on one person:
// what removing them from the map would touch, so that the screen can ask
// first what should happen to it.
type PersonLinks struct {
	Tasks   []string // ids of the tasks they carry out
	Invited bool     // on the meeting's invitation list
	Signed  bool     // signed the plan
}

// Any reports whether anything hangs on the person.
func (l PersonLinks) Any() bool { return len(l.Tasks) > 0 || l.Invited || l.Signed }

// LinksOf returns what of the meeting and the plan names a person.
func (s *Session) LinksOf(personID string) PersonLinks {
	var l PersonLinks
	for _, g := range s.Plan.Goals {
		for _, t := range g.Tasks {
			if t.PersonID == personID {
				l.Tasks = append(l.Tasks, t.ID)
			}
		}
	}
	l.Invited = s.Meeting.Invitee(personID) != nil
	l.Signed = s.Plan.Signed(personID) != ""
	return l
}

// TasksOnRemove is what happens to a removed person's tasks.
type TasksOnRemove int

// The choices the screen offers when a person with tasks is removed.
const (
	// TasksKeep keeps the tasks, without a name: someone else can take them.
	TasksKeep TasksOnRemove = iota
	// TasksDrop removes the tasks with the person.
	TasksDrop
)

// RemovePersonWith removes a person like RemovePerson, with their tasks
// kept without a name or removed as the family chose. Their invitation
// and signature always go: they point at someone no longer on the map.
func (s *Session) RemovePersonWith(id string, tasks TasksOnRemove) bool {
	if tasks == TasksDrop {
		for _, t := range s.LinksOf(id).Tasks {
			s.RemoveTask(t)
		}
	}
	return s.RemovePerson(id)
}

// unlinkPlan drops what of the meeting and the plan points at a person
// who leaves the map: the invitation and signature go, tasks keep their
// text without a name. RemovePerson calls it.
func (s *Session) unlinkPlan(id string) {
	s.Uninvite(id)
	s.Unsign(id)
	for gi := range s.Plan.Goals {
		for ti := range s.Plan.Goals[gi].Tasks {
			if t := &s.Plan.Goals[gi].Tasks[ti]; t.PersonID == id {
				t.PersonID = ""
			}
		}
	}
}

// unlinkAgreement drops a removed agreement from the tasks that carried it.
func (s *Session) unlinkAgreement(id string) {
	for gi := range s.Plan.Goals {
		for ti := range s.Plan.Goals[gi].Tasks {
			if t := &s.Plan.Goals[gi].Tasks[ti]; t.AgreementID == id {
				t.AgreementID = ""
			}
		}
	}
}

func (p *FamilyPlan) validate(v *validator, members, persons, agreements map[string]bool) {
	seen := map[string]bool{}
	for i, g := range p.Goals {
		f := fmt.Sprintf("plan.goals[%d]", i)
		v.unique(f+".id", g.ID, seen)
		if strings.TrimSpace(g.Words) == "" {
			v.add(f+".words", ProblemRequired, "")
		}
		v.text(f+".words", g.Words)
		if len(g.Tasks) > MaxGoalTasks {
			v.add(f+".tasks", ProblemTooMany, fmt.Sprint(MaxGoalTasks))
			continue
		}
		for k, t := range g.Tasks {
			tf := fmt.Sprintf("%s.tasks[%d]", f, k)
			v.unique(tf+".id", t.ID, seen)
			if t.PersonID != "" {
				v.ref(tf+".person_id", t.PersonID, persons)
			}
			if strings.TrimSpace(t.What) == "" {
				v.add(tf+".what", ProblemRequired, "")
			}
			v.line(tf+".what", t.What)
			v.date(tf+".due", t.Due)
			if t.AgreementID != "" {
				v.ref(tf+".agreement_id", t.AgreementID, agreements)
			}
		}
	}
	for _, x := range []struct{ f, s string }{{"jim_part", p.JimPart}, {"safety", p.Safety}, {"review_how", p.ReviewHow},
		{"ask_municipality", p.AskMunicipality}, {"declined_reason", p.DeclinedReason}} {
		v.text("plan."+x.f, x.s)
	}
	v.date("plan.review_date", p.ReviewDate)
	signed := map[string]bool{}
	for i, g := range p.Signatures {
		f := fmt.Sprintf("plan.signatures[%d]", i)
		v.unique(f+".member_id", g.MemberID, signed)
		v.ref(f+".member_id", g.MemberID, members)
		v.date(f+".date", g.Date)
	}
}
