package model

import (
	"maps"
	"slices"
)

// Clone returns a deep copy of the session, for handing a snapshot to a
// background save while the original is edited on. Every save takes one,
// so it copies by hand rather than through JSON (a round trip cost about
// 40% of a quick edit on a 300-person map). Value fields come with the
// struct copies; only slices and maps need a copy of their own here.
// TestCloneSharesNothing fills every field by reflection and fails when a
// new slice or map field is not copied below.
func (s *Session) Clone() *Session {
	out := *s
	out.Present = slices.Clone(s.Present)
	out.Youths = slices.Clone(s.Youths)
	out.People = slices.Clone(s.People)
	out.Relations = slices.Clone(s.Relations)
	out.Needs = cloneEach(s.Needs, (*Need).clone)
	out.Jim = cloneEach(s.Jim, (*JimCandidate).clone)
	out.Agreements = cloneEach(s.Agreements, (*Agreement).clone)
	out.Meeting.Invitees = slices.Clone(s.Meeting.Invitees)
	out.Plan.Goals = cloneEach(s.Plan.Goals, (*PlanGoal).clone)
	out.Plan.Signatures = slices.Clone(s.Plan.Signatures)
	out.Visits = cloneEach(s.Visits, (*Visit).clone)
	return &out
}

func (v *Visit) clone() Visit {
	out := *v
	out.Corrections = slices.Clone(v.Corrections)
	st := &v.State
	out.State = VisitState{
		Present:    slices.Clone(st.Present),
		Youths:     slices.Clone(st.Youths),
		People:     slices.Clone(st.People),
		Relations:  slices.Clone(st.Relations),
		Needs:      cloneEach(st.Needs, (*Need).clone),
		Jim:        cloneEach(st.Jim, (*JimCandidate).clone),
		Agreements: cloneEach(st.Agreements, (*Agreement).clone),
	}
	return out
}

// cloneEach copies a slice and deep-copies each element with clone.
func cloneEach[T any](in []T, clone func(*T) T) []T {
	if in == nil {
		return nil
	}
	out := make([]T, len(in))
	for i := range in {
		out[i] = clone(&in[i])
	}
	return out
}

func (n *Need) clone() Need {
	out := *n
	out.Request.Present = slices.Clone(n.Request.Present)
	out.Problems.Expertise = slices.Clone(n.Problems.Expertise)
	out.Network.Contributions = slices.Clone(n.Network.Contributions)
	return out
}

func (j *JimCandidate) clone() JimCandidate {
	out := *j
	out.Criteria = maps.Clone(j.Criteria)
	out.History = slices.Clone(j.History)
	return out
}

func (a *Agreement) clone() Agreement {
	out := *a
	out.Reviews = slices.Clone(a.Reviews)
	return out
}

func (g *PlanGoal) clone() PlanGoal {
	out := *g
	out.Tasks = slices.Clone(g.Tasks)
	return out
}
