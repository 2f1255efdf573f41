package model

import (
	"slices"
	"testing"
)

func TestToggleSupport(t *testing.T) {
	t.Parallel()
	var p Person
	p.ToggleSupport(SupportAdvice)
	if got := p.Support.Get(SupportAdvice); got.Level != LevelSometimes || got.Direction != DirectionGives {
		t.Fatalf("on: %+v", got)
	}
	if p.Support.Letters() != "A" {
		t.Fatalf("letters %q, want A", p.Support.Letters())
	}
	p.Support.Set(SupportEmotional, Support{Level: LevelOften, Direction: DirectionMutual})
	p.ToggleSupport(SupportEmotional)
	p.ToggleSupport(SupportAdvice)
	if p.Support.Letters() != "" {
		t.Fatalf("off: letters %q", p.Support.Letters())
	}
}

func TestCyclesGoRound(t *testing.T) {
	t.Parallel()
	p := Person{Quality: QualityStrong, Willing: WillingNotAsked, Able: AnswerUnknown, Sector: SectorHousehold}
	var qs []Quality
	var ws []Willing
	var as []Answer
	var ss []Sector
	for range 6 {
		p.CycleQuality()
		p.CycleWilling()
		p.CycleAble()
		p.NextSector()
		qs, ws, as, ss = append(qs, p.Quality), append(ws, p.Willing), append(as, p.Able), append(ss, p.Sector)
	}
	if !slices.Equal(qs, []Quality{QualityNormal, QualityWeak, QualityStressful, QualityStrong, QualityNormal, QualityWeak}) {
		t.Errorf("qualities %v", qs)
	}
	if !slices.Equal(ws, []Willing{WillingYes, WillingMaybe, WillingPartly, WillingNo, WillingNotAsked, WillingYes}) {
		t.Errorf("willing %v", ws)
	}
	if !slices.Equal(as, []Answer{AnswerYes, AnswerNo, AnswerUnknown, AnswerYes, AnswerNo, AnswerUnknown}) {
		t.Errorf("able %v", as)
	}
	if !slices.Equal(ss, []Sector{SectorFamily, SectorFriends, SectorCommunity, SectorSchoolWork, SectorProfessionals, SectorHousehold}) {
		t.Errorf("sectors %v", ss)
	}
	// A value the lists do not hold starts them again.
	p.Quality = "odd"
	p.CycleQuality()
	if p.Quality != QualityStrong {
		t.Errorf("from an unknown quality: %q", p.Quality)
	}
}

func TestMoveRingStopsAtTheEdges(t *testing.T) {
	t.Parallel()
	p := Person{Ring: RingVeryClose}
	if p.MoveRing(-1) || p.Ring != RingVeryClose {
		t.Fatalf("moved in from ring 1: %d", p.Ring)
	}
	for want := RingClose; want <= RingNoContact; want++ {
		if !p.MoveRing(1) || p.Ring != want {
			t.Fatalf("out: ring %d, want %d", p.Ring, want)
		}
	}
	if p.MoveRing(1) || p.Ring != RingNoContact {
		t.Fatalf("moved out from ring 4: %d", p.Ring)
	}
	if !p.MoveRing(-1) || p.Ring != RingFurther {
		t.Fatalf("in from 4: %d", p.Ring)
	}
}
