package model

import (
	"errors"
	"unicode/utf8"
)

// Errors of the contribution edits.
var (
	// ErrContributionUnknown: the need, the person or the contribution is
	// not in the session.
	ErrContributionUnknown = errors.New("the need, person or contribution is not in the session")
	// ErrContributionCode: an answer is not a known code.
	ErrContributionCode = errors.New("unknown answer in a contribution")
	// ErrContributionTooLong: a text is longer than the format allows.
	ErrContributionTooLong = errors.New("text too long")
)

// cleanContribution cleans the texts of c, gives unset answers their
// default, and checks what Validate would refuse, so that an edit can
// never leave the session invalid.
func (s *Session) cleanContribution(c Contribution) (Contribution, error) {
	c.What, c.HowOften, c.WhyNot = CleanLine(c.What), CleanLine(c.HowOften), CleanText(c.WhyNot)
	c.Asked, c.Able, c.Lasting = defaultAnswer(c.Asked), defaultAnswer(c.Able), defaultAnswer(c.Lasting)
	if c.Willing == "" {
		c.Willing = WillingNotAsked
	}
	switch {
	case s.Person(c.PersonID) == nil:
		return c, ErrContributionUnknown
	case !c.Asked.Valid() || !c.Willing.Valid() || !c.Able.Valid() || !c.Lasting.Valid() || !c.NotAsked.Valid():
		return c, ErrContributionCode
	case utf8.RuneCountInString(c.What) > MaxNameLen || utf8.RuneCountInString(c.HowOften) > MaxNameLen ||
		utf8.RuneCountInString(c.WhyNot) > MaxTextLen:
		return c, ErrContributionTooLong
	}
	return c, nil
}

// AddContribution records what a person from the map can do for a need
// (step 6) and returns its index in the need's list. A refused
// contribution changes nothing.
func (s *Session) AddContribution(needID string, c Contribution) (int, error) {
	n := s.NeedByID(needID)
	if n == nil {
		return -1, ErrContributionUnknown
	}
	c, err := s.cleanContribution(c)
	if err != nil {
		return -1, err
	}
	n.Network.Contributions = append(n.Network.Contributions, c)
	return len(n.Network.Contributions) - 1, nil
}

// SetContribution replaces the i-th contribution of a need. A refused
// contribution changes nothing.
func (s *Session) SetContribution(needID string, i int, c Contribution) error {
	n := s.NeedByID(needID)
	if n == nil || i < 0 || i >= len(n.Network.Contributions) {
		return ErrContributionUnknown
	}
	c, err := s.cleanContribution(c)
	if err != nil {
		return err
	}
	n.Network.Contributions[i] = c
	return nil
}

// RemoveContribution deletes the i-th contribution of a need; it reports
// whether it existed.
func (s *Session) RemoveContribution(needID string, i int) bool {
	n := s.NeedByID(needID)
	if n == nil || i < 0 || i >= len(n.Network.Contributions) {
		return false
	}
	cs := n.Network.Contributions
	n.Network.Contributions = append(cs[:i:i], cs[i+1:]...)
	if len(n.Network.Contributions) == 0 {
		n.Network.Contributions = nil
	}
	return true
}
