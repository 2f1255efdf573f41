package model

import (
	"math"
	"strconv"
	"strings"
)

// NextID returns prefix followed by one more than the highest number
// already used with that prefix among ids, such as "p16" after "p15".
// A freed highest id may come back; that is harmless because RemovePerson
// removes every reference to the person it deletes.
func NextID(prefix string, ids []string) string {
	highest := 0
	for _, id := range ids {
		// The largest int is skipped: one more would wrap to a negative id.
		if n, err := strconv.Atoi(strings.TrimPrefix(id, prefix)); err == nil && strings.HasPrefix(id, prefix) && n > highest && n < math.MaxInt {
			highest = n
		}
	}
	return prefix + strconv.Itoa(highest+1)
}

// MemberIDs returns the ids of all youths and people, which share one id space.
func (s *Session) MemberIDs() []string {
	ids := make([]string, 0, len(s.Youths)+len(s.People))
	for _, y := range s.Youths {
		ids = append(ids, y.ID)
	}
	for _, p := range s.People {
		ids = append(ids, p.ID)
	}
	return ids
}

// AddPerson gives p a fresh id, appends it and returns the id.
func (s *Session) AddPerson(p Person) string {
	p.ID = NextID("p", s.withVisitIDs(s.MemberIDs()))
	p.normalize()
	s.People = append(s.People, p)
	return p.ID
}

// AddYouth gives y a fresh id, appends it and returns the id.
func (s *Session) AddYouth(y Youth) string {
	y.ID = NextID("y", s.withVisitIDs(s.MemberIDs()))
	s.Youths = append(s.Youths, y)
	return y.ID
}
