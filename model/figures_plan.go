package model

// addPlanTasks counts, per person, the tasks of the family group plan
// they carry: the figures' "much on one person" names tasks as well as
// needs and agreements, and the Actieteam is where a network leans on
// the same people. A task that carries out an agreement made with the
// same person is that agreement, counted once already.
func (s *Session) addPlanTasks(places map[string]int) {
	agreedWith := make(map[string]string, len(s.Agreements))
	for _, a := range s.Agreements {
		agreedWith[a.ID] = a.PersonID
	}
	for _, g := range s.Plan.Goals {
		for _, t := range g.Tasks {
			if t.PersonID == "" || (t.AgreementID != "" && agreedWith[t.AgreementID] == t.PersonID) {
				continue
			}
			places[t.PersonID]++
		}
	}
}
