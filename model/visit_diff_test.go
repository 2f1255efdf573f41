package model

import (
	"reflect"
	"testing"
)

// diffBefore is a small hand-made network for the diff: Ria in ring 3
// giving practical help, Kees in ring 2 with a normal tie, Gerda in ring
// 2, one JIM candidacy (Kees, asked) and one agreement with a review.
func diffBefore() *Session {
	return &Session{
		ID: "s1", Label: "Familie Öztürk", Date: "2026-10-05",
		Youths: []Youth{{ID: "y1", Name: "Noor"}},
		People: []Person{
			{ID: "p1", Name: "Oma Ria", Sector: SectorFamily, Ring: RingFurther, Quality: QualityNormal,
				Support: Supports{Practical: Support{Level: LevelSometimes}}},
			{ID: "p2", Name: "Kees", Sector: SectorFriends, Ring: RingClose, Quality: QualityNormal},
			{ID: "p3", Name: "Gerda", Sector: SectorCommunity, Ring: RingClose, Quality: QualityWeak},
		},
		Jim: []JimCandidate{{ID: "j1", YouthID: "y1", PersonID: "p2", Status: JimAsked}},
		Agreements: []Agreement{
			{ID: "a1", Who: PartyNetwork, PersonID: "p1", What: "ophalen", Reviews: []Review{{Date: "2026-10-05", Outcome: ReviewKept}}},
			{ID: "a2", Who: PartyFamily, What: "rooster maken"},
		},
	}
}

// TestDiffVisits works out every kind of change on diffBefore. Between
// the visits: Ria moved from ring 3 to ring 1 (closer), stopped practical
// help and started emotional support, her tie became strong; Gerda left;
// Yusuf joined; Kees's tie became stressful and his candidacy went from
// asked to active; a1 got a second review (not kept); a2 was reviewed
// partly kept; a3 is new. Expected: 1 joined, 1 left, 1 move, 2 support
// changes (P lost, E gained), 2 quality changes, 1 JIM change, 3
// agreement changes.
func TestDiffVisits(t *testing.T) {
	a := diffBefore()
	b := diffBefore()
	if err := b.StartVisit("2026-11-16", ""); err != nil {
		t.Fatal(err)
	}
	ria := b.Person("p1")
	ria.Ring, ria.Quality = RingVeryClose, QualityStrong
	ria.Support.Practical = Support{Level: LevelNone}
	ria.Support.Emotional = Support{Level: LevelOften, Direction: DirectionGives}
	b.Person("p2").Quality = QualityStressful
	b.RemovePerson("p3")
	b.AddPerson(Person{Name: "Yusuf", Sector: SectorFriends, Ring: RingFurther})
	b.Jim[0].Status = JimActive
	b.Agreements[0].Reviews = append(b.Agreements[0].Reviews, Review{Date: "2026-11-16", Outcome: ReviewNotKept})
	b.Agreements[1].Reviews = []Review{{Date: "2026-11-16", Outcome: ReviewPartly}}
	b.AddAgreement(Agreement{Who: PartyCoach, What: "bellen met school"})

	d := DiffVisits(a, b)
	want := VisitDiff{
		FromDate: "2026-10-05", ToDate: "2026-11-16",
		Joined:  []PersonRef{{ID: "p4", Name: "Yusuf", Ring: RingFurther}},
		Left:    []PersonRef{{ID: "p3", Name: "Gerda", Ring: RingClose}},
		Moved:   []RingMove{{PersonRef: PersonRef{ID: "p1", Name: "Oma Ria", Ring: RingVeryClose}, From: RingFurther, To: RingVeryClose}},
		Support: []SupportChange{{PersonRef: PersonRef{ID: "p1", Name: "Oma Ria", Ring: RingVeryClose}, Kind: SupportPractical}, {PersonRef: PersonRef{ID: "p1", Name: "Oma Ria", Ring: RingVeryClose}, Kind: SupportEmotional, Gained: true}},
		Quality: []QualityChange{{PersonRef: PersonRef{ID: "p1", Name: "Oma Ria", Ring: RingVeryClose}, From: QualityNormal, To: QualityStrong}, {PersonRef: PersonRef{ID: "p2", Name: "Kees", Ring: RingClose}, From: QualityNormal, To: QualityStressful}},
		Jim:     []JimChange{{PersonRef: PersonRef{ID: "p2", Name: "Kees", Ring: RingClose}, YouthID: "y1", From: JimAsked, To: JimActive}},
		Agreements: []AgreementChange{
			{ID: "a1", What: "ophalen", Outcome: ReviewNotKept},
			{ID: "a2", What: "rooster maken", Outcome: ReviewPartly},
			{ID: "a3", What: "bellen met school", New: true},
		},
	}
	// Yusuf gets p4, not Gerda's freed p3, which the first visit still
	// uses: else he would read as Gerda having moved (withVisitIDs).
	if !reflect.DeepEqual(d, want) {
		t.Errorf("DiffVisits =\n%+v\nwant\n%+v", d, want)
	}
	if !d.Moved[0].Closer() || d.Empty() {
		t.Error("Ria came closer and the diff is not empty")
	}
	if same := DiffVisits(a, a); !same.Empty() {
		t.Errorf("a visit against itself: %+v", same)
	}
}
