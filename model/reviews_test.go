package model

import (
	"slices"
	"testing"
)

func TestRemoveReview(t *testing.T) {
	reviews := func() []Review {
		return []Review{{Date: "2026-10-01", Outcome: ReviewKept}, {Date: "2026-10-15", Outcome: ReviewPartly}}
	}
	for _, c := range []struct {
		name  string
		id    string
		i     int
		date  Date
		ok    bool
		dates []Date
	}{
		{"first", "a1", 0, "2026-10-01", true, []Date{"2026-10-15"}},
		{"last", "a1", 1, "2026-10-15", true, []Date{"2026-10-01"}},
		{"another date", "a1", 0, "2026-10-15", false, []Date{"2026-10-01", "2026-10-15"}},
		{"out of range", "a1", 2, "2026-10-15", false, []Date{"2026-10-01", "2026-10-15"}},
		{"negative", "a1", -1, "2026-10-01", false, []Date{"2026-10-01", "2026-10-15"}},
		{"no such agreement", "a9", 0, "2026-10-01", false, []Date{"2026-10-01", "2026-10-15"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := &Session{Agreements: []Agreement{{ID: "a1", Reviews: reviews()}}}
			kept := s.Agreements[0].Reviews
			if ok := s.RemoveReview(c.id, c.i, c.date); ok != c.ok {
				t.Fatalf("removed %v, want %v", ok, c.ok)
			}
			var dates []Date
			for _, r := range s.Agreements[0].Reviews {
				dates = append(dates, r.Date)
			}
			if !slices.Equal(dates, c.dates) {
				t.Fatalf("left %v, want %v", dates, c.dates)
			}
			if kept[0].Date != "2026-10-01" {
				t.Fatal("the removal wrote into the slice it was given")
			}
		})
	}
	s := &Session{Agreements: []Agreement{{ID: "a1", Reviews: []Review{{Date: "2026-10-01"}}}}}
	if !s.RemoveReview("a1", 0, "2026-10-01") || s.Agreements[0].Reviews != nil {
		t.Fatal("the last review leaves an empty list, not nil")
	}
}
