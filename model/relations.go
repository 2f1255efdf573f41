package model

import "errors"

// Errors of AddRelation.
var (
	ErrRelationSelf      = errors.New("a relation needs two different people")
	ErrRelationUnknown   = errors.New("a relation points at someone who is not in the session")
	ErrRelationKind      = errors.New("unknown relation kind")
	ErrRelationDuplicate = errors.New("these two already have this relation")
)

// AddRelation adds a relation between two members (people or youths) and
// returns its id. The pair is unordered: a conflict between A and B is the
// same as one between B and A.
func (s *Session) AddRelation(a, b string, kind RelationKind, notes string) (string, error) {
	switch {
	case a == b:
		return "", ErrRelationSelf
	case !kind.Valid():
		return "", ErrRelationKind
	case !s.isMember(a) || !s.isMember(b):
		return "", ErrRelationUnknown
	}
	for _, r := range s.Relations {
		if r.Kind == kind && ((r.A == a && r.B == b) || (r.A == b && r.B == a)) {
			return "", ErrRelationDuplicate
		}
	}
	ids := make([]string, len(s.Relations))
	for i, r := range s.Relations {
		ids[i] = r.ID
	}
	id := NextID("r", ids)
	s.Relations = append(s.Relations, Relation{ID: id, A: a, B: b, Kind: kind, Notes: CleanText(notes)})
	return id, nil
}

// RemoveRelation deletes a relation; it reports whether it existed.
func (s *Session) RemoveRelation(id string) bool {
	n := len(s.Relations)
	s.Relations = filter(s.Relations, func(r Relation) bool { return r.ID != id })
	return len(s.Relations) != n
}

// RelationsOf returns the relations a member takes part in.
func (s *Session) RelationsOf(id string) []Relation {
	var out []Relation
	for _, r := range s.Relations {
		if r.A == id || r.B == id {
			out = append(out, r)
		}
	}
	return out
}

// MemberName returns the name of a person or youth, or "" for an unknown id.
func (s *Session) MemberName(id string) string {
	if p := s.Person(id); p != nil {
		return p.Name
	}
	if y := s.Youth(id); y != nil {
		return y.Name
	}
	return ""
}

func (s *Session) isMember(id string) bool {
	return s.Person(id) != nil || s.Youth(id) != nil
}
