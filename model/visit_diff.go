package model

// VisitDiff is what changed between two visits of a session, seen from the
// later one: who joined and left, who moved rings, which support came or
// went, which ties changed, how the JIM candidacies moved on and how the
// agreements were kept since. People, candidacies and agreements are
// matched by id, which a new visit keeps, since it starts as a copy.
type VisitDiff struct {
	FromDate, ToDate Date
	Joined           []PersonRef
	Left             []PersonRef
	Moved            []RingMove
	Support          []SupportChange
	Quality          []QualityChange
	Jim              []JimChange
	Agreements       []AgreementChange
}

// PersonRef names a person of one of the two visits; the role is there
// for the privacy screen, which shows roles instead of names.
type PersonRef struct {
	ID, Name, Role string
	Ring           Ring
}

func refOf(p *Person) PersonRef { return PersonRef{ID: p.ID, Name: p.Name, Role: p.Role, Ring: p.Ring} }

// RingMove is a person in another ring than before; Closer when the ring
// number went down (towards the youths).
type RingMove struct {
	PersonRef
	From, To Ring
}

// Closer reports whether the person came closer to the youths.
func (m RingMove) Closer() bool { return m.To < m.From }

// SupportChange is one kind of support that a person started or stopped
// giving (any level against none).
type SupportChange struct {
	PersonRef
	Kind   SupportKind
	Gained bool
}

// QualityChange is a tie that changed its kind.
type QualityChange struct {
	PersonRef
	From, To Quality
}

// JimChange is a JIM candidacy that is new (From empty) or reached another status.
type JimChange struct {
	PersonRef
	YouthID  string
	From, To JimStatus
}

// AgreementChange is an agreement made since the earlier visit (New) or
// reviewed since: Outcome is the last review added since, empty when
// none was.
type AgreementChange struct {
	ID, What string
	New      bool
	Outcome  ReviewOutcome
}

// Empty reports whether nothing changed.
func (d *VisitDiff) Empty() bool {
	return len(d.Joined)+len(d.Left)+len(d.Moved)+len(d.Support)+len(d.Quality)+len(d.Jim)+len(d.Agreements) == 0
}

// DiffVisits compares the state of two visits (VisitSession), from the
// earlier a to the later b. The lists follow the order of b (Left the
// order of a).
func DiffVisits(a, b *Session) VisitDiff {
	d := VisitDiff{FromDate: a.OpenVisitDate(), ToDate: b.OpenVisitDate()}
	before := make(map[string]*Person, len(a.People))
	for i := range a.People {
		before[a.People[i].ID] = &a.People[i]
	}
	now := make(map[string]bool, len(b.People))
	for i := range b.People {
		p := &b.People[i]
		now[p.ID] = true
		ref := refOf(p)
		old, ok := before[p.ID]
		if !ok {
			d.Joined = append(d.Joined, ref)
			continue
		}
		if old.Ring != p.Ring {
			d.Moved = append(d.Moved, RingMove{PersonRef: ref, From: old.Ring, To: p.Ring})
		}
		for _, k := range SupportKinds {
			was, is := gives(old.Support.Get(k)), gives(p.Support.Get(k))
			if was != is {
				d.Support = append(d.Support, SupportChange{PersonRef: ref, Kind: k, Gained: is})
			}
		}
		if old.Quality != p.Quality {
			d.Quality = append(d.Quality, QualityChange{PersonRef: ref, From: old.Quality, To: p.Quality})
		}
	}
	for i := range a.People {
		if p := &a.People[i]; !now[p.ID] {
			d.Left = append(d.Left, refOf(p))
		}
	}
	d.Jim = diffJim(a, b)
	d.Agreements = diffAgreements(a, b)
	return d
}

// gives reports whether support flows at all (sometimes or often).
func gives(s Support) bool { return s.Level == LevelSometimes || s.Level == LevelOften }

func diffJim(a, b *Session) []JimChange {
	was := make(map[string]JimStatus, len(a.Jim))
	for _, j := range a.Jim {
		was[j.ID] = j.Status
	}
	var out []JimChange
	for _, j := range b.Jim {
		from, ok := was[j.ID]
		if ok && from == j.Status {
			continue
		}
		ref := PersonRef{ID: j.PersonID, Name: b.MemberName(j.PersonID)}
		if p := b.Person(j.PersonID); p != nil {
			ref = refOf(p)
		}
		out = append(out, JimChange{PersonRef: ref, YouthID: j.YouthID, From: from, To: j.Status})
	}
	return out
}

func diffAgreements(a, b *Session) []AgreementChange {
	reviews := make(map[string]int, len(a.Agreements))
	for _, ag := range a.Agreements {
		reviews[ag.ID] = len(ag.Reviews)
	}
	var out []AgreementChange
	for _, ag := range b.Agreements {
		n, ok := reviews[ag.ID]
		c := AgreementChange{ID: ag.ID, What: ag.What, New: !ok}
		if len(ag.Reviews) > n {
			c.Outcome = ag.Reviews[len(ag.Reviews)-1].Outcome
		}
		if c.New || c.Outcome != "" {
			out = append(out, c)
		}
	}
	return out
}
