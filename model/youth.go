package model

// RemoveYouth deletes a youth and what points at them: relations, JIM
// candidacies, and the link of a need to the youth (the need stays, as a
// need of the family), and their signature under the plan. It reports whether the youth existed.
func (s *Session) RemoveYouth(id string) bool {
	idx := -1
	for i := range s.Youths {
		if s.Youths[i].ID == id {
			idx = i
		}
	}
	if idx < 0 {
		return false
	}
	s.Youths = append(s.Youths[:idx:idx], s.Youths[idx+1:]...)
	s.Relations = filter(s.Relations, func(r Relation) bool { return r.A != id && r.B != id })
	s.Jim = filter(s.Jim, func(j JimCandidate) bool { return j.YouthID != id })
	for i := range s.Needs {
		if s.Needs[i].YouthID == id {
			s.Needs[i].YouthID = ""
		}
	}
	s.Unsign(id)
	return true
}
