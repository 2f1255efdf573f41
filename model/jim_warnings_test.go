package model

import (
	"os"
	"slices"
	"testing"
)

// TestJimRuleWarningsOnAnImportedFile reads a file a kring screen would
// never have let through (DOMAIN.md, JIM: not a parent; child safety is an
// absolute condition; one JIM per youth): Elif has her father as active
// JIM and her aunt active too with an open safety concern; Can has his
// mother named and a cousin not recorded as an adult answered "18 or
// older". Import accepts it; the warnings name every broken rule; no
// criterion reads as met where the record says otherwise.
func TestJimRuleWarningsOnAnImportedFile(t *testing.T) {
	data, err := os.ReadFile("testdata/jim-broken.json")
	if err != nil {
		t.Fatal(err)
	}
	s, err := Decode(data)
	if err != nil {
		t.Fatalf("import must stay accepting, so that the coach can fix the file: %v", err)
	}
	got := s.JimRuleWarnings()
	want := []JimRuleWarning{
		{JimRuleParent, "y1", "j1", "p2"},
		{JimRuleActiveUnsafe, "y1", "j2", "p3"},
		{JimRuleTwoActive, "y1", "", ""},
		{JimRuleParent, "y2", "j4", "p1"},
	}
	if !slices.Equal(got, want) {
		t.Errorf("warnings\n got %v\nwant %v", got, want)
	}
	for _, tc := range []struct {
		cand string
		c    Criterion
		want Answer
	}{
		{"j1", CriterionNotParent, AnswerNo},  // the father: recorded as parent
		{"j1", CriterionAdult, AnswerYes},     // he is an adult
		{"j2", CriterionNotParent, AnswerYes}, // the aunt is no parent
		{"j2", CriterionSafety, AnswerNo},     // the concern stays a no
		{"j3", CriterionAdult, AnswerNo},      // Deniz is not recorded as an adult
		{"j4", CriterionNotParent, AnswerNo},  // the mother
	} {
		j := s.JimCandidate(tc.cand)
		if a := s.JimAnswer(j, tc.c); a.Value != tc.want {
			t.Errorf("%s %s shown as %s, want %s", tc.cand, tc.c, a.Value, tc.want)
		}
		if s.JimContradicted(j, tc.c) != (j.Answer(tc.c).Value != tc.want) {
			t.Errorf("%s %s: JimContradicted wrong", tc.cand, tc.c)
		}
	}
	if !slices.Contains(s.JimWarnings(s.JimCandidate("j3")), CriterionAdult) {
		t.Error("the criteria still open for Deniz leave out adult")
	}
}

// TestJimRuleWarningsCleanAndStopped: a session kring's own edits made
// has no warnings, a stopped candidacy breaks no rule, and someone who
// died cannot stay a candidate.
func TestJimRuleWarningsCleanAndStopped(t *testing.T) {
	s := exampleSession(t)
	if w := s.JimRuleWarnings(); w != nil {
		t.Errorf("example: %v", w)
	}
	s.Jim = append(s.Jim, JimCandidate{ID: "j9", YouthID: "y1", PersonID: "p1", Status: JimStopped, StopReason: "ouder"})
	if w := s.JimRuleWarnings(); w != nil {
		t.Errorf("stopped parent: %v", w)
	}
	// Opa Henk (p4) has died: named in an older file, he is a warning.
	s.Jim = append(s.Jim, JimCandidate{ID: "j8", YouthID: "y1", PersonID: "p4", Status: JimNamed})
	if w := s.JimRuleWarnings(); !slices.Equal(w, []JimRuleWarning{{JimRuleDeceased, "y1", "j8", "p4"}}) {
		t.Errorf("deceased candidate: %v", w)
	}
	if (*Session)(nil).JimRuleWarnings() != nil {
		t.Error("nil session")
	}
}
