package model

import (
	"slices"
	"testing"
)

func reviews(outcomes ...ReviewOutcome) []Review {
	out := make([]Review, len(outcomes))
	for i, o := range outcomes {
		out[i] = Review{Date: Date("2026-10-" + string(rune('1'+i)) + "0"), Outcome: o}
	}
	return out
}

func TestNotKeptTwiceInARow(t *testing.T) {
	cases := []struct {
		name    string
		reviews []Review
		want    bool
	}{
		{"no reviews", nil, false},
		{"one not kept", reviews(ReviewNotKept), false},
		{"two not kept in a row", reviews(ReviewNotKept, ReviewNotKept), true},
		{"not kept, kept, not kept", reviews(ReviewNotKept, ReviewKept, ReviewNotKept), false},
		{"partly breaks the run", reviews(ReviewNotKept, ReviewPartly, ReviewNotKept), false},
		{"kept then two not kept", reviews(ReviewKept, ReviewNotKept, ReviewNotKept), true},
		{"two not kept, then kept again", reviews(ReviewNotKept, ReviewNotKept, ReviewKept), true},
		{"all kept", reviews(ReviewKept, ReviewKept, ReviewKept), false},
		{"partly twice", reviews(ReviewPartly, ReviewPartly), false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := Agreement{ID: "a1", Who: PartyFamily, What: "x", Reviews: c.reviews}
			if got := a.NotKeptTwiceInARow(); got != c.want {
				t.Fatalf("got %v, want %v", got, c.want)
			}
		})
	}
}

func TestParticipation(t *testing.T) {
	s := &Session{Label: "x", Youths: []Youth{}, People: []Person{}}
	s.AddAgreement(Agreement{Who: PartyFamily, What: "a", Reviews: reviews(ReviewKept, ReviewPartly)})
	id2 := s.AddAgreement(Agreement{Who: PartyCoach, What: "b", Reviews: reviews(ReviewNotKept, ReviewNotKept)})
	s.AddAgreement(Agreement{Who: PartyNetwork, What: "c"})
	p := s.Participation()
	want := Participation{Agreements: 3, Reviews: 4, Kept: 1, Partly: 1, NotKept: 2, Flagged: []string{id2}}
	if p.Agreements != want.Agreements || p.Reviews != want.Reviews || p.Kept != want.Kept || p.Partly != want.Partly || p.NotKept != want.NotKept || !slices.Equal(p.Flagged, want.Flagged) {
		t.Fatalf("got %+v, want %+v", p, want)
	}
	if ps := s.Validate(); len(ps) > 0 {
		t.Fatalf("invalid: %v", ps)
	}
	if !s.RemoveAgreement(id2) || s.RemoveAgreement(id2) || s.AgreementByID("a1") == nil {
		t.Fatal("RemoveAgreement / AgreementByID")
	}
	if got := s.Participation().Flagged; len(got) != 0 {
		t.Fatalf("flagged after removal: %v", got)
	}
}
