package model

import (
	"strconv"
	"strings"
	"testing"
)

// tooManyPeople gives the session one person more than MaxPeople, each
// valid on its own.
func tooManyPeople(s *Session) {
	p := s.People[0]
	for i := len(s.People); i <= MaxPeople; i++ {
		p.ID = "extra" + strconv.Itoa(i)
		s.People = append(s.People, p)
	}
}

// tooLarge gives the session agreements whose texts, each within
// MaxTextLen, together pass MaxSessionBytes.
func tooLarge(s *Session) {
	a := s.Agreements[0]
	a.What = strings.Repeat("a", MaxTextLen)
	for i := 0; i*MaxTextLen <= MaxSessionBytes; i++ {
		a.ID = "big" + strconv.Itoa(i)
		s.Agreements = append(s.Agreements, a)
	}
}

// Fault 10 of issue 14: a file with a million people imported. Each
// list's bound is named in the problem.
func TestLimits(t *testing.T) {
	for _, tt := range []struct {
		name  string
		mut   func(*Session)
		field string
		value string
	}{
		{"people", tooManyPeople, "people", "500"},
		{"needs", func(s *Session) {
			n := s.Needs[0]
			for i := len(s.Needs); i <= MaxNeeds; i++ {
				n.ID = "n" + strconv.Itoa(i+10)
				s.Needs = append(s.Needs, n)
			}
		}, "needs", "100"},
		{"text", tooLarge, "session", strconv.Itoa(MaxSessionBytes)},
	} {
		t.Run(tt.name, func(t *testing.T) {
			s := validSession()
			tt.mut(s)
			ps := s.Validate()
			if len(ps) == 0 || ps[0].Field != tt.field || ps[0].Value != tt.value {
				t.Fatalf("Validate: %v; want first %s over its bound %s", ps, tt.field, tt.value)
			}
		})
	}
	s := validSession()
	p := s.People[0]
	for i := len(s.People); i < MaxPeople; i++ {
		p.ID = "ok" + strconv.Itoa(i)
		s.People = append(s.People, p)
	}
	if ps := s.Validate(); len(ps) != 0 {
		t.Errorf("exactly MaxPeople people: %v", ps)
	}
}
