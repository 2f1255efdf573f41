package model

import (
	"time"
)

// Session is one intake: a family, its youths and the network around them.
type Session struct {
	ID         string         `json:"id"`
	Label      string         `json:"label"`
	Coach      string         `json:"coach,omitempty"`
	Dossier    string         `json:"dossier,omitempty"` // the municipality's case number, on every page of the report
	Date       Date           `json:"date,omitempty"`
	Created    time.Time      `json:"created"`
	Updated    time.Time      `json:"updated"`
	Present    []string       `json:"present,omitempty"`
	Youths     []Youth        `json:"youths"`
	People     []Person       `json:"people"`
	Relations  []Relation     `json:"relations,omitempty"`
	Needs      []Need         `json:"needs,omitempty"`
	Jim        []JimCandidate `json:"jim_candidates,omitempty"`
	Agreements []Agreement    `json:"agreements,omitempty"`
	Demo       bool           `json:"demo,omitempty"`
	// Sonestra (issue 17): the network meeting and the family group plan.
	Meeting Meeting    `json:"meeting,omitzero"`
	Plan    FamilyPlan `json:"plan,omitzero"`
	// Follow-up visits (visit.go): the fields above are the open visit,
	// VisitDate and VisitNote its date and note, Visits the earlier ones.
	VisitDate Date    `json:"visit_date,omitempty"`
	VisitNote string  `json:"visit_note,omitempty" clean:"text"`
	Visits    []Visit `json:"visits,omitempty"`
}

// Youth is a child at the centre of the map.
type Youth struct {
	ID        string `json:"id"`
	Name      string `json:"name"`
	BirthYear int    `json:"birth_year,omitempty"`
	Notes     string `json:"notes,omitempty" clean:"text"`
}

// Person is someone in the youths' network. Only a first name or a role is
// kept (data minimisation): no surname, no BSN, no health details.
type Person struct {
	ID        string    `json:"id"`
	Name      string    `json:"name"`
	Role      string    `json:"role,omitempty"`
	Sector    Sector    `json:"sector"`
	Ring      Ring      `json:"ring"`
	Frequency Frequency `json:"frequency,omitempty"`
	KnownFor  KnownFor  `json:"known_for,omitempty"`
	Support   Supports  `json:"support"`
	Quality   Quality   `json:"quality"`
	Willing   Willing   `json:"willing"`
	Able      Answer    `json:"able"`
	Household bool      `json:"household,omitempty"`
	Adult     bool      `json:"adult,omitempty"`
	Parent    bool      `json:"parent,omitempty"`
	Deceased  bool      `json:"deceased,omitempty"`
	// Professional marks someone who is there for their work, in any
	// sector (a school mentor, a youth worker at the club): expertise
	// (step 3) or a provision (steps 8, 9), never the social network.
	Professional bool   `json:"professional,omitempty"`
	Notes        string `json:"notes,omitempty" clean:"text"`
}

// IsProfessional reports whether the person is there for their work: the
// professionals sector, or the flag in any other sector.
func (p *Person) IsProfessional() bool {
	return p.Professional || p.Sector == SectorProfessionals
}

// SocialNetwork reports whether the person belongs to the social network
// whose help step 6 weighs: alive, outside the household, and with a
// social relation rather than a professional one (Wmo 2015 art. 1.1.1,
// which Almelo uses). Household help is own strength (step 5).
func (p *Person) SocialNetwork() bool {
	return !p.Deceased && !p.Household && !p.IsProfessional()
}

// Support is one ecogram support kind in a tie.
type Support struct {
	Level     Level     `json:"level"`
	Direction Direction `json:"direction,omitempty"`
}

// Supports holds the four ecogram support kinds of a tie.
type Supports struct {
	Practical Support `json:"practical"`
	Company   Support `json:"company"`
	Advice    Support `json:"advice"`
	Emotional Support `json:"emotional"`
}

// Get returns the support of kind k.
func (s Supports) Get(k SupportKind) Support {
	if p := s.ptr(k); p != nil {
		return *p
	}
	return Support{Level: LevelNone}
}

// Set replaces the support of kind k; an unknown kind is ignored.
func (s *Supports) Set(k SupportKind, v Support) {
	if p := s.ptr(k); p != nil {
		*p = v
	}
}

func (s *Supports) ptr(k SupportKind) *Support {
	switch k {
	case SupportPractical:
		return &s.Practical
	case SupportCompany:
		return &s.Company
	case SupportAdvice:
		return &s.Advice
	case SupportEmotional:
		return &s.Emotional
	}
	return nil
}

// Letters returns the ecogram letters of the kinds given at all, such as
// "PE", in P, G, A, E order.
func (s Supports) Letters() string {
	out := ""
	for _, k := range SupportKinds {
		if lv := s.Get(k).Level; lv == LevelSometimes || lv == LevelOften {
			out += k.Letter()
		}
	}
	return out
}

// Relation is a tie between two people (or a person and a youth) other
// than their tie to the youths, such as a conflict between two relatives.
type Relation struct {
	ID    string       `json:"id"`
	A     string       `json:"a"`
	B     string       `json:"b"`
	Kind  RelationKind `json:"kind"`
	Notes string       `json:"notes,omitempty" clean:"text"`
}

// Summary is the small part of a session that a list needs, kept apart so
// that listing many sessions never opens them whole.
type Summary struct {
	ID      string    `json:"id"`
	Label   string    `json:"label"`
	Youths  []string  `json:"youths,omitempty"`
	Created time.Time `json:"created"`
	Updated time.Time `json:"updated"`
	Demo    bool      `json:"demo,omitempty"`
}

// Summary returns the list entry of the session.
func (s *Session) Summary() Summary {
	sum := Summary{ID: s.ID, Label: s.Label, Created: s.Created, Updated: s.Updated, Demo: s.Demo}
	for _, y := range s.Youths {
		sum.Youths = append(sum.Youths, y.Name)
	}
	return sum
}

// Person returns the person with the given id, or nil.
func (s *Session) Person(id string) *Person {
	for i := range s.People {
		if s.People[i].ID == id {
			return &s.People[i]
		}
	}
	return nil
}

// Youth returns the youth with the given id, or nil.
func (s *Session) Youth(id string) *Youth {
	for i := range s.Youths {
		if s.Youths[i].ID == id {
			return &s.Youths[i]
		}
	}
	return nil
}

// RemovePerson deletes a person and everything that points at them: their
// relations, JIM candidacies and contributions to needs; an agreement with
// them keeps its text but loses the link, and so does a task of the
// family group plan (RemovePersonWith drops the tasks instead). It reports whether the person existed.
func (s *Session) RemovePerson(id string) bool {
	idx := -1
	for i := range s.People {
		if s.People[i].ID == id {
			idx = i
		}
	}
	if idx < 0 {
		return false
	}
	s.People = append(s.People[:idx:idx], s.People[idx+1:]...)
	s.Relations = filter(s.Relations, func(r Relation) bool { return r.A != id && r.B != id })
	s.Jim = filter(s.Jim, func(j JimCandidate) bool { return j.PersonID != id })
	for i := range s.Needs {
		n := &s.Needs[i]
		n.Network.Contributions = filter(n.Network.Contributions, func(c Contribution) bool { return c.PersonID != id })
	}
	for i := range s.Agreements {
		if s.Agreements[i].PersonID == id {
			s.Agreements[i].PersonID = ""
		}
	}
	s.unlinkPlan(id)
	return true
}

func filter[T any](in []T, keep func(T) bool) []T {
	out := in[:0:0]
	for _, v := range in {
		if keep(v) {
			out = append(out, v)
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}
