package model

import (
	"fmt"
	"strings"
)

// The network meeting (Het Beraad of Sonestra): the family and the people
// it picks from its map meet and decide, without professionals at the
// table. kring prepares it: whom to invite, who invites them, how to
// reach them, who comes; and after it, what was decided.

// InviteState is where one invitation stands.
type InviteState string

// Invitation states; an invitee starts as invited.
const (
	InviteInvited   InviteState = "invited"
	InviteComing    InviteState = "coming"
	InviteNotComing InviteState = "not_coming"
)

// InviteStates lists every state, in the order the form cycles them.
var InviteStates = []InviteState{InviteInvited, InviteComing, InviteNotComing}

// Valid reports whether st is a known code.
func (st InviteState) Valid() bool { return oneOf(st, InviteStates) }

// Invitee is one person from the map asked to the meeting. Only people on
// the map can be invited (any ring, also ring 4 "no contact now": the
// meeting is often where they come back into the picture).
type Invitee struct {
	PersonID string `json:"person_id"`
	// InvitedBy says who in the family asks them (a first name or a role):
	// the family invites, not the coach.
	InvitedBy string `json:"invited_by,omitempty"`
	// Reach is how to reach them, as little as needed ("via oma", "app").
	// No address or number is asked for (data minimisation).
	Reach string      `json:"reach,omitempty"`
	State InviteState `json:"state"`
}

// Meeting is the network meeting: when, where, who, and its outcome.
type Meeting struct {
	Date     Date      `json:"date,omitempty"`
	Place    string    `json:"place,omitempty"`
	Invitees []Invitee `json:"invitees,omitempty"`
	// Outcome is what the meeting decided, in the family's words.
	Outcome string `json:"outcome,omitempty" clean:"text"`
}

// MaxInvitees bounds the invitation list; a real meeting has a dozen.
const MaxInvitees = 200

// Started reports whether anything of the meeting is recorded.
func (m *Meeting) Started() bool {
	return m.Date != "" || strings.TrimSpace(m.Place) != "" || len(m.Invitees) > 0 || strings.TrimSpace(m.Outcome) != ""
}

// Invitee returns the invitation of a person, or nil.
func (m *Meeting) Invitee(personID string) *Invitee {
	for i := range m.Invitees {
		if m.Invitees[i].PersonID == personID {
			return &m.Invitees[i]
		}
	}
	return nil
}

// ErrNotOnMap is Invite's answer for someone who is not on the map.
var ErrNotOnMap = fmt.Errorf("not on the map")

// ErrAlreadyInvited is Invite's answer for someone invited before.
var ErrAlreadyInvited = fmt.Errorf("already invited")

// Invite adds a person from the map to the meeting, as invited. Anyone on
// the map may be invited, whatever the ring; someone not on the map, or
// invited already, is refused.
func (s *Session) Invite(personID, invitedBy, reach string) error {
	if s.Person(personID) == nil {
		return ErrNotOnMap
	}
	if s.Meeting.Invitee(personID) != nil {
		return ErrAlreadyInvited
	}
	if len(s.Meeting.Invitees) >= MaxInvitees {
		return fmt.Errorf("at most %d invitees", MaxInvitees)
	}
	s.Meeting.Invitees = append(s.Meeting.Invitees, Invitee{
		PersonID: personID, InvitedBy: CleanLine(invitedBy), Reach: CleanLine(reach), State: InviteInvited,
	})
	return nil
}

// Uninvite removes a person's invitation; it reports whether there was one.
func (s *Session) Uninvite(personID string) bool {
	n := len(s.Meeting.Invitees)
	s.Meeting.Invitees = filter(s.Meeting.Invitees, func(v Invitee) bool { return v.PersonID != personID })
	return len(s.Meeting.Invitees) < n
}

// MeetingCounts counts the invitees per state.
func (m *Meeting) MeetingCounts() map[InviteState]int {
	out := map[InviteState]int{}
	for _, v := range m.Invitees {
		out[v.State]++
	}
	return out
}

func (m *Meeting) validate(v *validator, persons map[string]bool) {
	v.date("meeting.date", m.Date)
	v.line("meeting.place", m.Place)
	v.text("meeting.outcome", m.Outcome)
	seen := map[string]bool{}
	for i, inv := range m.Invitees {
		f := fmt.Sprintf("meeting.invitees[%d]", i)
		v.unique(f+".person_id", inv.PersonID, seen)
		v.ref(f+".person_id", inv.PersonID, persons)
		v.line(f+".invited_by", inv.InvitedBy)
		v.line(f+".reach", inv.Reach)
		v.code(f+".state", inv.State.Valid(), string(inv.State))
	}
}

func (m *Meeting) normalize() {
	for i := range m.Invitees {
		if m.Invitees[i].State == "" {
			m.Invitees[i].State = InviteInvited
		}
	}
}
