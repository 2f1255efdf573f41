package model

import (
	"errors"
	"strings"
	"testing"
)

// TestContributionEdits drives the three edits of step 6's contributions
// through their cases: what is accepted is cleaned and completed, what is
// refused leaves the need as it was.
func TestContributionEdits(t *testing.T) {
	yes := Contribution{PersonID: "p2", What: "  ophalen\x1b[1m ", HowOften: "wekelijks", Asked: AnswerYes, Willing: WillingYes}
	for _, tc := range []struct {
		name string
		do   func(s *Session) error
		err  error
		want []string // the person ids of need n1's contributions afterwards
	}{
		{"add to an empty need", func(s *Session) error { _, err := s.AddContribution("n1", yes); return err }, nil, []string{"p2"}},
		{"add to an unknown need", func(s *Session) error { _, err := s.AddContribution("n9", yes); return err }, ErrContributionUnknown, nil},
		{"add from nobody on the map", func(s *Session) error {
			c := yes
			c.PersonID = "p99"
			_, err := s.AddContribution("n1", c)
			return err
		}, ErrContributionUnknown, nil},
		{"add with an unknown answer", func(s *Session) error {
			c := yes
			c.Willing = "graag"
			_, err := s.AddContribution("n1", c)
			return err
		}, ErrContributionCode, nil},
		{"add with an unknown not-asked reason", func(s *Session) error {
			c := yes
			c.NotAsked = "vergeten"
			_, err := s.AddContribution("n1", c)
			return err
		}, ErrContributionCode, nil},
		{"add with a what too long", func(s *Session) error {
			c := yes
			c.What = strings.Repeat("x", MaxNameLen+1)
			_, err := s.AddContribution("n1", c)
			return err
		}, ErrContributionTooLong, nil},
		{"set the second", func(s *Session) error {
			s.AddContribution("n1", yes)
			s.AddContribution("n1", yes)
			c := yes
			c.PersonID = "p4"
			return s.SetContribution("n1", 1, c)
		}, nil, []string{"p2", "p4"}},
		{"set past the end", func(s *Session) error {
			s.AddContribution("n1", yes)
			return s.SetContribution("n1", 1, yes)
		}, ErrContributionUnknown, []string{"p2"}},
		{"set refused leaves the old one", func(s *Session) error {
			s.AddContribution("n1", yes)
			c := yes
			c.Asked = "misschien"
			return s.SetContribution("n1", 0, c)
		}, ErrContributionCode, []string{"p2"}},
		{"remove the first of two", func(s *Session) error {
			s.AddContribution("n1", yes)
			c := yes
			c.PersonID = "p4"
			s.AddContribution("n1", c)
			if !s.RemoveContribution("n1", 0) {
				return errors.New("not removed")
			}
			return nil
		}, nil, []string{"p4"}},
		{"remove the last leaves none", func(s *Session) error {
			s.AddContribution("n1", yes)
			if !s.RemoveContribution("n1", 0) || s.RemoveContribution("n1", 0) || s.RemoveContribution("n9", 0) || s.RemoveContribution("n1", -1) {
				return errors.New("remove reported wrongly")
			}
			return nil
		}, nil, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := evSession()
			s.Needs = []Need{{ID: "n1", Title: "Opvang"}}
			s.Normalize()
			if err := tc.do(s); !errors.Is(err, tc.err) {
				t.Fatalf("error %v, want %v", err, tc.err)
			}
			cs := s.Needs[0].Network.Contributions
			var got []string
			for _, c := range cs {
				got = append(got, c.PersonID)
				if c.What != "ophalen" || c.Able != AnswerUnknown || c.Lasting != AnswerUnknown {
					t.Errorf("contribution not cleaned and completed: %+v", c)
				}
			}
			if strings.Join(got, ",") != strings.Join(tc.want, ",") {
				t.Errorf("contributions %v, want %v", got, tc.want)
			}
			if ps := s.Validate(); len(ps) > 0 {
				t.Errorf("invalid after the edit: %v", ps)
			}
		})
	}
}
