package model

// JimStatus is where a JIM candidacy stands. The statuses follow each
// other in this order; stopped can follow any of them.
type JimStatus string

// JIM statuses.
const (
	JimNamed   JimStatus = "named"
	JimAsked   JimStatus = "asked"
	JimAgreed  JimStatus = "agreed"
	JimActive  JimStatus = "active"
	JimStopped JimStatus = "stopped"
)

// JimStatuses lists the statuses in order.
var JimStatuses = []JimStatus{JimNamed, JimAsked, JimAgreed, JimActive, JimStopped}

// Valid reports whether s is a known code.
func (s JimStatus) Valid() bool { return oneOf(s, JimStatuses) }

// Criterion is one of the things checked about a JIM candidate.
type Criterion string

// JIM criteria seen in practice (DOMAIN.md, JIM section).
const (
	CriterionNamedByYouth Criterion = "named_by_youth"
	CriterionNotParent    Criterion = "not_parent"
	CriterionAdult        Criterion = "adult"
	CriterionWilling      Criterion = "willing"
	CriterionApproachable Criterion = "approachable"
	CriterionParentsAgree Criterion = "parents_agree"
	CriterionSafety       Criterion = "safety"
	CriterionReachable    Criterion = "reachable"
)

// Criteria lists every criterion in the order they are asked.
var Criteria = []Criterion{CriterionNamedByYouth, CriterionNotParent, CriterionAdult, CriterionWilling, CriterionApproachable, CriterionParentsAgree, CriterionSafety, CriterionReachable}

// Valid reports whether c is a known code.
func (c Criterion) Valid() bool { return oneOf(c, Criteria) }

// CriterionAnswer is the answer to one criterion, with a note such as the
// safety concern and what was done about it.
type CriterionAnswer struct {
	Value Answer `json:"value"`
	Note  string `json:"note,omitempty" clean:"text"`
}

// StatusChange records when a candidacy reached a status.
type StatusChange struct {
	Status JimStatus `json:"status"`
	Date   Date      `json:"date,omitempty"`
	Note   string    `json:"note,omitempty" clean:"text"`
}

// JimCandidate is a person the youth might choose as JIM (Jouw Ingebrachte
// Mentor). The youth's own choice, in the youth's own words, always wins.
type JimCandidate struct {
	ID         string                        `json:"id"`
	YouthID    string                        `json:"youth_id"`
	PersonID   string                        `json:"person_id"`
	Why        string                        `json:"why,omitempty" clean:"text"`
	Criteria   map[Criterion]CriterionAnswer `json:"criteria,omitempty"`
	Status     JimStatus                     `json:"status"`
	History    []StatusChange                `json:"history,omitempty"`
	StopReason string                        `json:"stop_reason,omitempty" clean:"text"`
}
