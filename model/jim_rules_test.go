package model

import (
	"bytes"
	"errors"
	"reflect"
	"slices"
	"strings"
	"testing"
)

const jimToday Date = "2026-10-08"

// unchanged fails the test when s differs from before (an encoding taken
// before the refused change).
func unchanged(t *testing.T, s *Session, before []byte) {
	t.Helper()
	after, err := Encode(s)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(before, after) {
		t.Fatalf("a refused change changed the session:\n%s", after)
	}
}

func encoded(t *testing.T, s *Session) []byte {
	t.Helper()
	b, err := Encode(s)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func valid(t *testing.T, s *Session) {
	t.Helper()
	if ps := s.Validate(); ps != nil {
		t.Fatalf("session invalid: %v", ps)
	}
}

func TestAddJimCandidate(t *testing.T) {
	cases := []struct {
		name          string
		youth, person string
		why           string
		today         Date
		err           error
		adult, named  Answer
	}{
		{"adult friend with the youth's words", "y1", "p9", "Iris luistert echt.", jimToday, nil, AnswerYes, AnswerYes},
		{"without words: named by the youth not known yet", "y1", "p3", "", jimToday, nil, AnswerYes, AnswerUnknown},
		{"a child is allowed, adult answered no", "y2", "p10", "Mees is mijn vriend.", jimToday, nil, AnswerNo, AnswerYes},
		{"partner of mother in the household, not a parent", "y1", "p2", "", jimToday, nil, AnswerYes, AnswerUnknown},
		{"same person for the other youth", "y2", "p5", "", jimToday, nil, AnswerYes, AnswerUnknown},
		{"mother is a parent", "y1", "p1", "", jimToday, ErrJimParent, "", ""},
		{"father without contact is a parent", "y2", "p7", "Papa.", jimToday, ErrJimParent, "", ""},
		{"grandfather died", "y1", "p4", "Ik mis opa.", jimToday, ErrJimDeceased, "", ""},
		{"already a candidate for this youth", "y1", "p5", "", jimToday, ErrJimDuplicate, "", ""},
		{"unknown person", "y1", "p404", "", jimToday, ErrJimUnknown, "", ""},
		{"unknown youth", "y9", "p9", "", jimToday, ErrJimUnknown, "", ""},
		{"a youth is not a person", "y1", "y2", "", jimToday, ErrJimUnknown, "", ""},
		{"bad date", "y1", "p9", "", "2026-13-01", ErrJimDate, "", ""},
		{"words too long", "y1", "p9", strings.Repeat("x", MaxTextLen+1), jimToday, ErrJimTooLong, "", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := exampleSession(t)
			before := encoded(t, s)
			id, err := s.AddJimCandidate(c.youth, c.person, c.why+"\x1b[31m ", c.today)
			if !errors.Is(err, c.err) {
				t.Fatalf("err %v, want %v", err, c.err)
			}
			if c.err != nil {
				if id != "" {
					t.Errorf("id %q for a refused candidate", id)
				}
				unchanged(t, s, before)
				return
			}
			j := s.JimCandidate(id)
			if id != "j2" || j == nil || j.YouthID != c.youth || j.PersonID != c.person || j.Why != c.why {
				t.Fatalf("id %q candidate %+v", id, j)
			}
			if j.Status != JimNamed || !reflect.DeepEqual(j.History, []StatusChange{{Status: JimNamed, Date: jimToday}}) {
				t.Errorf("status %s history %+v", j.Status, j.History)
			}
			if j.Answer(CriterionNotParent).Value != AnswerYes || j.Answer(CriterionAdult).Value != c.adult || j.Answer(CriterionNamedByYouth).Value != c.named {
				t.Errorf("criteria %+v", j.Criteria)
			}
			if j.Answer(CriterionSafety).Value != AnswerUnknown {
				t.Error("safety answered without being checked")
			}
			valid(t, s)
		})
	}
}

func TestAddJimCandidateAgainAfterStopping(t *testing.T) {
	s := exampleSession(t)
	if err := s.SetJimStatus("j1", JimStopped, jimToday, "Lotte verhuist."); err != nil {
		t.Fatal(err)
	}
	id, err := s.AddJimCandidate("y1", "p5", "", jimToday)
	if err != nil || id != "j2" {
		t.Fatalf("adding a stopped candidate again: %q %v", id, err)
	}
	if _, err := s.AddJimCandidate("y1", "p5", "", jimToday); !errors.Is(err, ErrJimDuplicate) {
		t.Fatalf("third time: %v, want duplicate", err)
	}
	valid(t, s)
}

func TestSetJimCriterion(t *testing.T) {
	cases := []struct {
		name   string
		id     string
		crit   Criterion
		answer Answer
		note   string
		parent bool // Lotte recorded as a parent first
		err    error
	}{
		{"every criterion takes yes", "j1", CriterionWilling, AnswerYes, "", false, nil},
		{"adult no is a warning, not a block", "j1", CriterionAdult, AnswerNo, "Lotte is 17.", false, nil},
		{"safety concern is always recorded", "j1", CriterionSafety, AnswerNo, "Zorg gemeld bij Veilig Thuis.", false, nil},
		{"safety checked with what was done", "j1", CriterionSafety, AnswerYes, "Zorg besproken en opgelost.", false, nil},
		{"parents disagree", "j1", CriterionParentsAgree, AnswerNo, "Vader wil het niet.", false, nil},
		{"back to not known", "j1", CriterionNamedByYouth, AnswerUnknown, "", false, nil},
		{"not a parent cannot be no", "j1", CriterionNotParent, AnswerNo, "", false, ErrJimParent},
		{"not a parent cannot be yes for a parent", "j1", CriterionNotParent, AnswerYes, "", true, ErrJimParent},
		{"not a parent may be not known", "j1", CriterionNotParent, AnswerUnknown, "", false, nil},
		{"unknown criterion", "j1", "favourite", AnswerYes, "", false, ErrJimCriterion},
		{"unknown answer", "j1", CriterionWilling, "maybe", "", false, ErrJimCriterion},
		{"note too long", "j1", CriterionWilling, AnswerYes, strings.Repeat("x", MaxTextLen+1), false, ErrJimTooLong},
		{"unknown candidate", "j9", CriterionWilling, AnswerYes, "", false, ErrJimUnknown},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := exampleSession(t)
			s.Person("p5").Parent = c.parent
			before := encoded(t, s)
			err := s.SetJimCriterion(c.id, c.crit, c.answer, " "+c.note+"\x07")
			if !errors.Is(err, c.err) {
				t.Fatalf("err %v, want %v", err, c.err)
			}
			if c.err != nil {
				unchanged(t, s, before)
				return
			}
			if got := s.JimCandidate(c.id).Criteria[c.crit]; got.Value != c.answer || got.Note != c.note {
				t.Fatalf("criterion %s = %+v", c.crit, got)
			}
			valid(t, s)
		})
	}
}

func TestSetJimCriterionOnACandidateWithoutCriteria(t *testing.T) {
	s := exampleSession(t)
	s.Jim[0].Criteria = nil
	if err := s.SetJimCriterion("j1", CriterionReachable, AnswerYes, ""); err != nil {
		t.Fatal(err)
	}
	if s.Jim[0].Answer(CriterionReachable).Value != AnswerYes {
		t.Fatal("not recorded")
	}
}

func TestEditJimCandidateIsAllOrNothing(t *testing.T) {
	s := exampleSession(t)
	before := encoded(t, s)
	c, err := s.EditJimCandidate("j1", "Andere woorden.", map[Criterion]CriterionAnswer{
		CriterionWilling:   {Value: AnswerYes},
		CriterionNotParent: {Value: AnswerNo},
		"favourite":        {Value: AnswerYes},
	})
	if !errors.Is(err, ErrJimParent) || c != CriterionNotParent {
		t.Fatalf("refused %q with %v, want not_parent and the parent rule", c, err)
	}
	unchanged(t, s, before)

	c, err = s.EditJimCandidate("j1", " Met tante Lotte kan ik over alles praten.\n\n\n Echt. ", map[Criterion]CriterionAnswer{
		CriterionWilling: {Value: AnswerYes, Note: "Ze zei meteen ja.\x1b[2J"},
		CriterionSafety:  {Value: AnswerYes},
	})
	if err != nil || c != "" {
		t.Fatalf("%q %v", c, err)
	}
	j := s.JimCandidate("j1")
	if j.Why != "Met tante Lotte kan ik over alles praten.\n\nEcht." || j.Criteria[CriterionWilling].Note != "Ze zei meteen ja." {
		t.Errorf("why %q willing %+v", j.Why, j.Criteria[CriterionWilling])
	}
	// Answers not in the edit keep what they were.
	if j.Criteria[CriterionParentsAgree].Note != "Moeder vindt het goed." {
		t.Errorf("parents agree lost: %+v", j.Criteria)
	}
	valid(t, s)

	if _, err := s.EditJimCandidate("j9", "", nil); !errors.Is(err, ErrJimUnknown) {
		t.Errorf("unknown candidate: %v", err)
	}
	if _, err := s.EditJimCandidate("j1", strings.Repeat("x", MaxTextLen+1), nil); !errors.Is(err, ErrJimTooLong) {
		t.Errorf("long words: %v", err)
	}
}

// safeCandidate is Lotte for Noor at the given status, with safety checked.
func safeCandidate(t *testing.T, st JimStatus) *Session {
	t.Helper()
	s := exampleSession(t)
	j := &s.Jim[0]
	j.Status = st
	j.Criteria[CriterionSafety] = CriterionAnswer{Value: AnswerYes}
	return s
}

func TestJimStatusOrder(t *testing.T) {
	cases := []struct {
		from, to JimStatus
		note     string
		err      error
	}{
		{JimNamed, JimAsked, "", nil},
		{JimAsked, JimAgreed, "", nil},
		{JimAgreed, JimActive, "", nil},
		{JimNamed, JimAgreed, "", ErrJimOrder},
		{JimNamed, JimActive, "", ErrJimOrder},
		{JimAsked, JimActive, "", ErrJimOrder},
		{JimAsked, JimNamed, "", ErrJimOrder},
		{JimActive, JimAgreed, "", ErrJimOrder},
		{JimNamed, JimNamed, "", ErrJimOrder},
		{JimActive, JimActive, "", ErrJimOrder},
		{JimNamed, JimStopped, "Noor kiest toch iemand anders.", nil},
		{JimAsked, JimStopped, "Lotte zei nee.", nil},
		{JimAgreed, JimStopped, "Lotte verhuist.", nil},
		{JimActive, JimStopped, "Noor wil het niet meer.", nil},
		{JimActive, JimStopped, "", ErrJimStopReason},
		{JimNamed, JimStopped, "   ", ErrJimStopReason},
		{JimStopped, JimNamed, "", ErrJimOrder},
		{JimStopped, JimStopped, "Nog een keer.", ErrJimOrder},
		{JimNamed, "paused", "", ErrJimOrder},
	}
	for _, c := range cases {
		t.Run(string(c.from)+" to "+string(c.to), func(t *testing.T) {
			s := safeCandidate(t, c.from)
			before := encoded(t, s)
			err := s.SetJimStatus("j1", c.to, jimToday, c.note)
			if !errors.Is(err, c.err) {
				t.Fatalf("err %v, want %v", err, c.err)
			}
			if c.err != nil {
				unchanged(t, s, before)
				return
			}
			j := s.JimCandidate("j1")
			last := j.History[len(j.History)-1]
			if j.Status != c.to || last != (StatusChange{Status: c.to, Date: jimToday, Note: c.note}) || j.Since() != jimToday {
				t.Fatalf("status %s, last change %+v", j.Status, last)
			}
			if c.to == JimStopped && j.StopReason != c.note {
				t.Errorf("stop reason %q", j.StopReason)
			}
			valid(t, s)
		})
	}
}

func TestSetJimStatusRefusesBadInput(t *testing.T) {
	s := safeCandidate(t, JimNamed)
	if err := s.SetJimStatus("j9", JimAsked, jimToday, ""); !errors.Is(err, ErrJimUnknown) {
		t.Errorf("unknown candidate: %v", err)
	}
	if err := s.SetJimStatus("j1", JimAsked, "8 oktober", ""); !errors.Is(err, ErrJimDate) {
		t.Errorf("bad date: %v", err)
	}
	if err := s.SetJimStatus("j1", JimAsked, jimToday, strings.Repeat("x", MaxTextLen+1)); !errors.Is(err, ErrJimTooLong) {
		t.Errorf("long note: %v", err)
	}
}

func TestJimSafetyBlocksActive(t *testing.T) {
	cases := []struct {
		name   string
		safety *CriterionAnswer
		err    error
	}{
		{"not recorded", nil, ErrJimSafetyUnchecked},
		{"not known yet", &CriterionAnswer{Value: AnswerUnknown}, ErrJimSafetyUnchecked},
		{"open concern", &CriterionAnswer{Value: AnswerNo, Note: "Zorg over de veiligheid."}, ErrJimSafety},
		{"checked, no concern", &CriterionAnswer{Value: AnswerYes}, nil},
		{"concern resolved", &CriterionAnswer{Value: AnswerYes, Note: "Besproken met het team; opgelost."}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := exampleSession(t)
			j := &s.Jim[0]
			j.Status = JimAgreed
			delete(j.Criteria, CriterionSafety)
			if c.safety != nil {
				j.Criteria[CriterionSafety] = *c.safety
			}
			before := encoded(t, s)
			err := s.SetJimStatus("j1", JimActive, jimToday, "")
			if !errors.Is(err, c.err) {
				t.Fatalf("err %v, want %v", err, c.err)
			}
			if c.err != nil {
				unchanged(t, s, before)
				if s.ActiveJim("y1") != nil {
					t.Fatal("an active JIM without safety checked")
				}
				return
			}
			if a := s.ActiveJim("y1"); a == nil || a.ID != "j1" {
				t.Fatalf("active JIM %+v", a)
			}
		})
	}
}

// A concern that comes up later can always be recorded; the JIM stays
// active until the coach stops it, and the concern heads the warnings.
func TestJimSafetyConcernOnAnActiveJim(t *testing.T) {
	s := safeCandidate(t, JimActive)
	if err := s.SetJimCriterion("j1", CriterionSafety, AnswerNo, "Nieuwe zorg."); err != nil {
		t.Fatalf("recording a concern refused: %v", err)
	}
	if !slices.Contains(s.JimWarnings(&s.Jim[0]), CriterionSafety) {
		t.Fatal("the concern is not among the warnings")
	}
	if err := s.SetJimStatus("j1", JimStopped, jimToday, "Zorg over de veiligheid."); err != nil {
		t.Fatal(err)
	}
	if s.ActiveJim("y1") != nil {
		t.Fatal("still active after stopping")
	}
}

func TestOneActiveJimPerYouth(t *testing.T) {
	s := safeCandidate(t, JimActive)
	iris, err := s.AddJimCandidate("y1", "p9", "", jimToday)
	if err != nil {
		t.Fatal(err)
	}
	for _, st := range []JimStatus{JimAsked, JimAgreed} {
		if err := s.SetJimStatus(iris, st, jimToday, ""); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.SetJimCriterion(iris, CriterionSafety, AnswerYes, ""); err != nil {
		t.Fatal(err)
	}
	before := encoded(t, s)
	if err := s.SetJimStatus(iris, JimActive, jimToday, ""); !errors.Is(err, ErrJimOneActive) {
		t.Fatalf("second active JIM: %v", err)
	}
	unchanged(t, s, before)

	// Another youth may have an active JIM of their own, even the same person.
	sem, err := s.AddJimCandidate("y2", "p5", "", jimToday)
	if err != nil {
		t.Fatal(err)
	}
	for _, st := range []JimStatus{JimAsked, JimAgreed} {
		if err := s.SetJimStatus(sem, st, jimToday, ""); err != nil {
			t.Fatal(err)
		}
	}
	s.SetJimCriterion(sem, CriterionSafety, AnswerYes, "")
	if err := s.SetJimStatus(sem, JimActive, jimToday, ""); err != nil {
		t.Fatalf("active JIM for the second youth: %v", err)
	}

	// Once the first stops, the second can become active.
	if err := s.SetJimStatus("j1", JimStopped, jimToday, "Lotte verhuist."); err != nil {
		t.Fatal(err)
	}
	if err := s.SetJimStatus(iris, JimActive, jimToday, ""); err != nil {
		t.Fatalf("after the first stopped: %v", err)
	}
	if a := s.ActiveJim("y1"); a == nil || a.ID != iris {
		t.Fatalf("active %+v, want Iris", a)
	}
	if a := s.ActiveJim("y2"); a == nil || a.ID != sem {
		t.Fatalf("active for Sem %+v", a)
	}
	valid(t, s)
}

// A person recorded as a parent after being named cannot become active,
// and the warnings say so.
func TestJimParentRuleAfterTheFact(t *testing.T) {
	s := safeCandidate(t, JimAgreed)
	s.Person("p5").Parent = true
	before := encoded(t, s)
	if err := s.SetJimStatus("j1", JimActive, jimToday, ""); !errors.Is(err, ErrJimParent) {
		t.Fatalf("activating a parent: %v", err)
	}
	unchanged(t, s, before)
	if w := s.JimWarnings(&s.Jim[0]); !slices.Contains(w, CriterionNotParent) {
		t.Fatalf("warnings %v lack not_parent", w)
	}
	s.Person("p5").Parent = false
	s.Person("p5").Deceased = true
	if err := s.SetJimStatus("j1", JimActive, jimToday, ""); !errors.Is(err, ErrJimDeceased) {
		t.Fatalf("activating someone who died: %v", err)
	}
}

func TestJimWarnings(t *testing.T) {
	s := exampleSession(t)
	j := &s.Jim[0]
	// Lotte: named, not parent, adult and parents agree are yes; willing
	// is not known; the rest were never asked.
	want := []Criterion{CriterionWilling, CriterionApproachable, CriterionSafety, CriterionReachable}
	if got := s.JimWarnings(j); !slices.Equal(got, want) {
		t.Fatalf("warnings %v, want %v", got, want)
	}
	for _, c := range Criteria {
		if err := s.SetJimCriterion("j1", c, AnswerYes, ""); err != nil {
			t.Fatal(err)
		}
	}
	if got := s.JimWarnings(j); got != nil {
		t.Fatalf("all yes, warnings %v", got)
	}
	s.SetJimCriterion("j1", CriterionAdult, AnswerNo, "")
	if got := s.JimWarnings(j); !slices.Equal(got, []Criterion{CriterionAdult}) {
		t.Fatalf("adult no: %v", got)
	}
	s.SetJimStatus("j1", JimStopped, jimToday, "Gestopt.")
	if got := s.JimWarnings(j); got != nil {
		t.Fatalf("a stopped candidacy warns: %v", got)
	}
	if s.JimWarnings(nil) != nil {
		t.Fatal("nil candidate")
	}
}

func TestJimSuggestions(t *testing.T) {
	s := exampleSession(t)
	// Noor: Ria (strong tie, willing, able, ring 1), Iris (strong,
	// willing, able not known), Marieke (normal, willing, able), Gerda
	// (normal, maybe). Not Sanne and Yusuf (household), Lotte (already a
	// candidate), Mees (a child), Henk (died), Ruben (a parent, ring 4),
	// nobody further out.
	if got, want := s.JimSuggestions("y1"), []string{"p3", "p9", "p14", "p11"}; !slices.Equal(got, want) {
		t.Errorf("Noor: %v, want %v", got, want)
	}
	// Sem: Lotte (strong, maybe) is no candidate of his: after the
	// willing ones with a strong tie, before the normal ties.
	if got, want := s.JimSuggestions("y2"), []string{"p3", "p9", "p5", "p14", "p11"}; !slices.Equal(got, want) {
		t.Errorf("Sem: %v, want %v", got, want)
	}
	// A professional in ring 2 is not suggested, nor a group; a stopped
	// candidate is not suggested again.
	s.AddPerson(Person{Name: "Anouk", Sector: SectorProfessionals, Ring: RingClose, Adult: true, Quality: QualityStrong, Willing: WillingYes, Able: AnswerYes})
	s.AddPerson(Person{Name: "Familie Yilmaz", Sector: SectorCommunity, Ring: RingVeryClose, Adult: true, Quality: QualityStrong, Willing: WillingYes, Able: AnswerYes})
	s.SetJimStatus("j1", JimStopped, jimToday, "Gestopt.")
	if got, want := s.JimSuggestions("y1"), []string{"p3", "p9", "p14", "p11"}; !slices.Equal(got, want) {
		t.Errorf("with a professional and a group: %v, want %v", got, want)
	}
	// Alike in all else, ring 1 before ring 2, and names sort without
	// regard to case.
	gerda := *s.Person("p11")
	for _, n := range []string{"bea", "Bram"} {
		p := gerda
		p.ID, p.Name = "", n
		s.AddPerson(p)
	}
	p := gerda
	p.ID, p.Name, p.Ring = "", "Zora", RingVeryClose
	zora := s.AddPerson(p)
	got := s.JimSuggestions("y1")
	var names []string
	for _, id := range got[3:] {
		names = append(names, s.Person(id).Name)
	}
	if got[3] != zora || !slices.Equal(names, []string{"Zora", "bea", "Bram", "Gerda"}) {
		t.Errorf("ring and name order: %v", names)
	}
	if s.JimSuggestions("y9") != nil {
		t.Error("suggestions for an unknown youth")
	}
}

func TestIsGroup(t *testing.T) {
	t.Parallel()
	for name, want := range map[string]bool{
		"Familie Yilmaz": true, "Fam. Jansen": true, "De buren": true, "Gezin Bakker": true, "the Smith family": true,
		"Ria": false, "Buurman Piet": false, "Familieman": false, "": false,
	} {
		if got := (&Person{Name: name, Role: "vriendin van de familie"}).IsGroup(); got != want {
			t.Errorf("IsGroup(%q) = %v, want %v", name, got, want)
		}
	}
}

func TestReachableJimStatuses(t *testing.T) {
	t.Parallel()
	want := map[JimStatus][]JimStatus{
		JimNamed:   {JimAsked, JimStopped},
		JimAsked:   {JimAgreed, JimStopped},
		JimAgreed:  {JimActive, JimStopped},
		JimActive:  {JimStopped},
		JimStopped: nil,
	}
	for st, w := range want {
		if got := ReachableJimStatuses(st); !slices.Equal(got, w) {
			t.Errorf("%s: %v, want %v", st, got, w)
		}
	}
}

func TestAddJimCandidateTakesWillingFromTheMap(t *testing.T) {
	t.Parallel()
	for willing, want := range map[Willing]Answer{
		WillingYes: AnswerYes, WillingNo: AnswerNo, WillingMaybe: AnswerUnknown, WillingPartly: AnswerUnknown, WillingNotAsked: AnswerUnknown,
	} {
		s := exampleSession(t)
		id := s.AddPerson(Person{Name: "Dilan", Sector: SectorFriends, Ring: RingClose, Adult: true, Willing: willing})
		cid, err := s.AddJimCandidate("y1", id, "", jimToday)
		if err != nil {
			t.Fatal(err)
		}
		if got := s.JimCandidate(cid).Answer(CriterionWilling).Value; got != want {
			t.Errorf("map says %s: willing %s, want %s", willing, got, want)
		}
	}
}

func TestRemoveJimCandidate(t *testing.T) {
	s := exampleSession(t)
	if s.RemoveJimCandidate("j9") {
		t.Fatal("removed an unknown candidate")
	}
	if !s.RemoveJimCandidate("j1") || s.Jim != nil || s.JimCandidate("j1") != nil {
		t.Fatalf("after removal %+v", s.Jim)
	}
	valid(t, s)
}

func TestNextJimStatus(t *testing.T) {
	want := map[JimStatus]JimStatus{JimNamed: JimAsked, JimAsked: JimAgreed, JimAgreed: JimActive, JimActive: JimStopped, JimStopped: ""}
	for from, to := range want {
		if got := NextJimStatus(from); got != to {
			t.Errorf("after %s: %q, want %q", from, got, to)
		}
	}
}

// Everything the rules record survives kring/v1: candidates, criteria
// with notes, statuses, dates and the stop reason.
func TestJimRoundTrip(t *testing.T) {
	s := exampleSession(t)
	iris, err := s.AddJimCandidate("y1", "p9", "Iris luistert.", jimToday)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range Criteria {
		if err := s.SetJimCriterion(iris, c, AnswerYes, "ok "+string(c)); err != nil {
			t.Fatal(err)
		}
	}
	for _, st := range []JimStatus{JimAsked, JimAgreed, JimActive} {
		if err := s.SetJimStatus(iris, st, jimToday, "stap "+string(st)); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.SetJimStatus("j1", JimStopped, "2026-10-09", "Noor koos Iris."); err != nil {
		t.Fatal(err)
	}
	b := encoded(t, s)
	s2, err := Decode(b)
	if err != nil {
		t.Fatalf("Decode: %v", err)
	}
	if !reflect.DeepEqual(s, s2) {
		t.Fatalf("JIM data changed in a round trip:\n%+v\n%+v", s.Jim, s2.Jim)
	}
	if !bytes.Equal(b, encoded(t, s2)) {
		t.Fatal("second encoding differs")
	}
	if a := s2.ActiveJim("y1"); a == nil || a.PersonID != "p9" || len(a.History) != 4 || a.Criteria[CriterionSafety].Note != "ok safety" {
		t.Fatalf("active after a round trip: %+v", a)
	}
	if j := s2.JimCandidate("j1"); j.StopReason != "Noor koos Iris." || j.Since() != "2026-10-09" {
		t.Fatalf("stopped after a round trip: %+v", j)
	}
}
