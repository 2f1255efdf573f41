package model

import (
	"reflect"
	"strings"
	"testing"
)

func TestNormalizeDefaults(t *testing.T) {
	empty := &Session{Label: "x"}
	empty.Normalize()
	if empty.Youths == nil || len(empty.Youths) != 0 || empty.People == nil || len(empty.People) != 0 {
		t.Errorf("youths %#v, people %#v: want empty non-nil slices", empty.Youths, empty.People)
	}

	s := &Session{
		Label:  "x",
		Youths: []Youth{{ID: "y1", Name: "Noor"}},
		People: []Person{{ID: "p1", Name: "Ria", Sector: SectorFamily, Ring: RingClose}},
		Needs:  []Need{{ID: "n1", Title: "t", Network: NetworkStep{Contributions: []Contribution{{PersonID: "p1"}}}}},
		Jim: []JimCandidate{
			{ID: "j1", YouthID: "y1", PersonID: "p1", Criteria: map[Criterion]CriterionAnswer{CriterionSafety: {Note: "n"}}},
			{ID: "j2", YouthID: "y1", PersonID: "p1", Criteria: map[Criterion]CriterionAnswer{}},
		},
	}
	s.Normalize()

	p := s.People[0]
	if p.Quality != QualityNormal || p.Willing != WillingNotAsked || p.Able != AnswerUnknown {
		t.Errorf("person defaults: quality %q willing %q able %q", p.Quality, p.Willing, p.Able)
	}
	for _, k := range SupportKinds {
		if sup := p.Support.Get(k); sup.Level != LevelNone || sup.Direction != DirectionNone {
			t.Errorf("support %s = %+v, want level none and no direction", k, sup)
		}
	}
	if p.Frequency != FrequencyUnknown || p.KnownFor != KnownUnknown {
		t.Errorf("optional codes got a value: %q %q", p.Frequency, p.KnownFor)
	}
	n := s.Needs[0]
	for name, a := range map[string]Answer{
		"jeugdwet": n.Applicability.Jeugdwet, "resident": n.Applicability.Resident, "jim_present": n.FamilyPlan.JimPresent,
		"preceding.adequate": n.Preceding.Adequate, "general.adequate": n.General.Adequate,
	} {
		if a != AnswerUnknown {
			t.Errorf("need %s = %q, want unknown", name, a)
		}
	}
	if n.Own.Outcome != SufficiencyOpen || n.Gap.Conclusion != ConclusionOpen || n.FamilyPlan.Offer != PlanNotOffered {
		t.Errorf("open steps got a value: %+v", n)
	}
	c := n.Network.Contributions[0]
	if c.Asked != AnswerUnknown || c.Able != AnswerUnknown || c.Lasting != AnswerUnknown || c.Willing != WillingNotAsked {
		t.Errorf("contribution defaults: %+v", c)
	}
	if s.Jim[0].Status != JimNamed {
		t.Errorf("jim status = %q, want named", s.Jim[0].Status)
	}
	if a := s.Jim[0].Criteria[CriterionSafety]; a.Value != AnswerUnknown || a.Note != "n" {
		t.Errorf("criterion answer = %+v, want value unknown and the note kept", a)
	}
	if s.Jim[1].Criteria != nil {
		t.Errorf("empty criteria map = %#v, want nil", s.Jim[1].Criteria)
	}
	if ps := s.Validate(); ps != nil {
		t.Errorf("normalized session has problems: %v", ps)
	}
}

func TestNormalizeKeepsValues(t *testing.T) {
	s := validSession()
	s.People[0].Quality = QualityStressful
	s.People[0].Willing = WillingNo
	s.People[0].Able = AnswerNo
	s.People[0].Support.Emotional = Support{Level: LevelSometimes, Direction: DirectionMutual}
	s.Jim[0].Status = JimStopped
	s.Needs[0].Applicability.Jeugdwet = AnswerNo
	want := *s
	before, err := Encode(s)
	if err != nil {
		t.Fatal(err)
	}
	s.Normalize()
	after, err := Encode(s)
	if err != nil {
		t.Fatal(err)
	}
	if string(before) != string(after) {
		t.Errorf("Normalize changed a normalized session:\n%s\n%s", before, after)
	}
	if s.People[0].Quality != want.People[0].Quality {
		t.Error("quality overwritten")
	}
}

func TestNormalizeCleansNested(t *testing.T) {
	const dirty = "\x1b[31mRia\x1b[0m\u202e\n\n\n oma\x07"
	s := validSession()
	s.Label = dirty
	s.Present = []string{dirty}
	s.Youths[0].Notes = dirty
	s.People[0].Name = dirty
	s.People[0].Notes = dirty
	s.Needs[0].Request.Words = dirty
	s.Needs[0].Request.Present = []string{dirty}
	s.Needs[0].Problems.Expertise[0].Who = dirty
	s.Needs[0].Help.Kind = dirty
	s.Needs[0].Network.Contributions[0].WhyNot = dirty
	s.Jim[0].Criteria[CriterionSafety] = CriterionAnswer{Value: AnswerYes, Note: dirty}
	s.Agreements[0].What = dirty
	s.Agreements[0].Reviews[0].Note = dirty
	s.Normalize()

	const line, text = "Ria oma", "Ria\n\noma"
	for _, c := range []struct{ where, got, want string }{
		{"label", s.Label, line},
		{"present", s.Present[0], line},
		{"youth notes", s.Youths[0].Notes, text},
		{"person name", s.People[0].Name, line},
		{"person notes", s.People[0].Notes, text},
		{"request words", s.Needs[0].Request.Words, text},
		{"request present", s.Needs[0].Request.Present[0], line},
		{"expertise who", s.Needs[0].Problems.Expertise[0].Who, line},
		{"help kind", s.Needs[0].Help.Kind, line},
		{"contribution why not", s.Needs[0].Network.Contributions[0].WhyNot, text},
		{"jim criterion note (map value)", s.Jim[0].Criteria[CriterionSafety].Note, text},
		{"agreement what", s.Agreements[0].What, line},
		{"review note", s.Agreements[0].Reviews[0].Note, text},
	} {
		if c.got != c.want {
			t.Errorf("%s = %q, want %q", c.where, c.got, c.want)
		}
	}
}

func TestNormalizeLeavesCodesToValidate(t *testing.T) {
	s := validSession()
	s.People[0].Sector = "fam\x1b[1mily"
	s.Normalize()
	if s.People[0].Sector != "fam\x1b[1mily" {
		t.Errorf("code field was changed to %q", s.People[0].Sector)
	}
	if ps := s.Validate(); len(ps) != 1 || ps[0].Code != ProblemUnknownCode {
		t.Errorf("Validate() = %v, want the sector as unknown_code", ps)
	}
}

// TestNormalizeEveryStringField fills every plain string field of a
// session (through every struct, slice and map) with text of two lines,
// normalizes it and checks that exactly the fields tagged clean:"text"
// kept the line break. A new string field is covered without editing
// this test.
func TestNormalizeEveryStringField(t *testing.T) {
	const in = "  a \x1b[1m\n\n\n b\x00 "
	var s Session
	n := fill(reflect.ValueOf(&s).Elem(), in)
	s.Normalize()
	got := 0
	check(t, reflect.ValueOf(&s).Elem(), "session", false, &got)
	if got != n || n < 40 {
		t.Errorf("filled %d string fields, checked %d", n, got)
	}
}

var criterionType = reflect.TypeOf(Criterion(""))

func fill(v reflect.Value, s string) int {
	switch v.Kind() {
	case reflect.String:
		if v.Type() == stringType {
			v.SetString(s)
			return 1
		}
	case reflect.Struct:
		n := 0
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).IsExported() {
				n += fill(v.Field(i), s)
			}
		}
		return n
	case reflect.Slice:
		v.Set(reflect.MakeSlice(v.Type(), 1, 1))
		return fill(v.Index(0), s)
	case reflect.Map:
		if v.Type().Key() != criterionType {
			panic("unexpected map " + v.Type().String())
		}
		v.Set(reflect.MakeMap(v.Type()))
		val := reflect.New(v.Type().Elem()).Elem()
		n := fill(val, s)
		v.SetMapIndex(reflect.ValueOf(CriterionSafety), val)
		return n
	}
	return 0
}

func check(t *testing.T, v reflect.Value, path string, text bool, n *int) {
	t.Helper()
	switch v.Kind() {
	case reflect.String:
		if v.Type() != stringType {
			return
		}
		*n++
		want := "a b"
		if text {
			want = "a\n\nb"
		}
		if v.String() != want {
			t.Errorf("%s = %q, want %q", path, v.String(), want)
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			f := v.Type().Field(i)
			if f.IsExported() {
				name := strings.Split(f.Tag.Get("json"), ",")[0]
				check(t, v.Field(i), path+"."+name, f.Tag.Get("clean") == "text", n)
			}
		}
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			check(t, v.Index(i), path+"[]", text, n)
		}
	case reflect.Map:
		iter := v.MapRange()
		for iter.Next() {
			check(t, iter.Value(), path+"."+iter.Key().String(), text, n)
		}
	}
}
