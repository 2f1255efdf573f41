package model

import (
	"encoding/json"
	"strconv"
)

// Limits on the size of a session. A real family's map has tens of
// people, not thousands; without a bound one hostile or broken file (a
// million people in 62 MB took 19 s and 2 GB to import, and 14 s and 3 GB
// per edit after) makes kring unusable. Each bound is far above any real
// case and is named in the problem it gives. docs/FORMAT.md lists them.
const (
	MaxYouths        = 20
	MaxPeople        = 500
	MaxRelations     = 2000
	MaxNeeds         = 100
	MaxJimCandidates = 200
	MaxAgreements    = 500
	// MaxSessionBytes bounds all text together: the session as kring/v1
	// JSON. Each name and note has its own bound too (MaxNameLen,
	// MaxTextLen).
	MaxSessionBytes = 2 << 20
	// MaxFileBytes is the largest file kring import reads.
	MaxFileBytes = 4 << 20
)

// Problem codes of the limits.
const (
	// ProblemTooMany: a list has more entries than its bound; Value is
	// the bound.
	ProblemTooMany ProblemCode = "too_many"
	// ProblemTooLarge: the session as JSON is over MaxSessionBytes;
	// Value is the bound in bytes.
	ProblemTooLarge ProblemCode = "too_large"
)

// validateLimits adds a problem for every list over its bound, and one for
// a session too large as a whole. The lists are counted first, so that a
// session with a million people is refused without encoding it.
func (s *Session) validateLimits(v *validator) {
	over := false
	for _, l := range []struct {
		field  string
		n, max int
	}{
		{"youths", len(s.Youths), MaxYouths},
		{"people", len(s.People), MaxPeople},
		{"relations", len(s.Relations), MaxRelations},
		{"needs", len(s.Needs), MaxNeeds},
		{"jim_candidates", len(s.Jim), MaxJimCandidates},
		{"agreements", len(s.Agreements), MaxAgreements},
		{"meeting.invitees", len(s.Meeting.Invitees), MaxInvitees},
		{"plan.goals", len(s.Plan.Goals), MaxPlanGoals},
	} {
		if l.n > l.max {
			v.add(l.field, ProblemTooMany, strconv.Itoa(l.max))
			over = true
		}
	}
	if over {
		return
	}
	if b, err := json.Marshal(s); err == nil && len(b) > MaxSessionBytes {
		v.add("session", ProblemTooLarge, strconv.Itoa(MaxSessionBytes))
	}
}
