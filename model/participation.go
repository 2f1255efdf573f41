package model

// Participation sums up how the agreements were kept, as information for
// the coach. The council asked that support depend on the family taking
// part; scaling help down needs a basis in the ordinance, so kring only
// reports and never decides.
type Participation struct {
	Agreements int
	Reviews    int
	Kept       int
	Partly     int
	NotKept    int
	// Flagged lists the agreements not kept at two reviews in a row.
	Flagged []string
}

// NotKeptTwiceInARow reports whether two reviews in a row, in the order
// they were recorded, found the agreement not kept.
func (a *Agreement) NotKeptTwiceInARow() bool {
	run := 0
	for _, r := range a.Reviews {
		if r.Outcome == ReviewNotKept {
			run++
			if run >= 2 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// Participation counts the reviews of all agreements and flags those not
// kept twice in a row.
func (s *Session) Participation() Participation {
	p := Participation{Agreements: len(s.Agreements)}
	for i := range s.Agreements {
		a := &s.Agreements[i]
		for _, r := range a.Reviews {
			p.Reviews++
			switch r.Outcome {
			case ReviewKept:
				p.Kept++
			case ReviewPartly:
				p.Partly++
			case ReviewNotKept:
				p.NotKept++
			}
		}
		if a.NotKeptTwiceInARow() {
			p.Flagged = append(p.Flagged, a.ID)
		}
	}
	return p
}

// AddAgreement appends an agreement and returns its id.
func (s *Session) AddAgreement(a Agreement) string {
	ids := make([]string, len(s.Agreements))
	for i, x := range s.Agreements {
		ids[i] = x.ID
	}
	a.ID = NextID("a", s.withVisitIDs(ids))
	s.Agreements = append(s.Agreements, a)
	return a.ID
}

// AgreementByID returns the agreement with the given id, or nil.
func (s *Session) AgreementByID(id string) *Agreement {
	for i := range s.Agreements {
		if s.Agreements[i].ID == id {
			return &s.Agreements[i]
		}
	}
	return nil
}

// RemoveAgreement deletes an agreement; it reports whether it existed.
func (s *Session) RemoveAgreement(id string) bool {
	n := len(s.Agreements)
	s.Agreements = filter(s.Agreements, func(a Agreement) bool { return a.ID != id })
	s.unlinkAgreement(id)
	return len(s.Agreements) != n
}
