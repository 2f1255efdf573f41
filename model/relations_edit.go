package model

// EditRelation changes the kind and the notes of a relation: the family
// corrects "conflict" to "cut off", or adds what it is about. The two
// people stay; another pair is a new relation. It refuses an unknown
// kind, and a kind the same pair already has in another relation.
func (s *Session) EditRelation(id string, kind RelationKind, notes string) error {
	if !kind.Valid() {
		return ErrRelationKind
	}
	at := -1
	for i, r := range s.Relations {
		if r.ID == id {
			at = i
		}
	}
	if at < 0 {
		return ErrRelationUnknown
	}
	cur := s.Relations[at]
	for _, r := range s.Relations {
		if r.ID != id && r.Kind == kind && ((r.A == cur.A && r.B == cur.B) || (r.A == cur.B && r.B == cur.A)) {
			return ErrRelationDuplicate
		}
	}
	s.Relations[at].Kind, s.Relations[at].Notes = kind, CleanText(notes)
	return nil
}
