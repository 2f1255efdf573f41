package model

// AddNeed appends a need with a title (and the youth it is about, or ""
// for the family) and returns its id.
func (s *Session) AddNeed(title, youthID string) string {
	ids := make([]string, len(s.Needs))
	for i, n := range s.Needs {
		ids[i] = n.ID
	}
	n := Need{ID: NextID("n", ids), Title: CleanLine(title), YouthID: youthID}
	n.normalize()
	s.Needs = append(s.Needs, n)
	return n.ID
}

// NeedByID returns the need with the given id, or nil.
func (s *Session) NeedByID(id string) *Need {
	for i := range s.Needs {
		if s.Needs[i].ID == id {
			return &s.Needs[i]
		}
	}
	return nil
}

// RemoveNeed deletes a need; it reports whether it existed.
func (s *Session) RemoveNeed(id string) bool {
	n := len(s.Needs)
	s.Needs = filter(s.Needs, func(x Need) bool { return x.ID != id })
	return len(s.Needs) != n
}

// MoveNeed moves a need one place up (delta -1) or down (+1) in the
// order the report shows them; it reports whether anything moved.
func (s *Session) MoveNeed(id string, delta int) bool {
	for i := range s.Needs {
		if s.Needs[i].ID != id {
			continue
		}
		j := i + delta
		if j < 0 || j >= len(s.Needs) {
			return false
		}
		s.Needs[i], s.Needs[j] = s.Needs[j], s.Needs[i]
		return true
	}
	return false
}
