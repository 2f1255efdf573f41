package i18n

import (
	"strconv"
	"strings"
	"testing"
)

// TestGuideQuestions: every step of the workspace has a principle and two
// to five questions in both languages; each question is one short
// sentence (at most MaxFamilyWords words, issue 17) with at most the
// youth's name as its only argument.
func TestGuideQuestions(t *testing.T) {
	for step := 1; step <= 6; step++ {
		for lang, m := range map[string]map[string]string{"nl": nl, "en": en} {
			p := "guide." + strconv.Itoa(step) + "."
			if m[p+"principle"] == "" {
				t.Errorf("%s: step %d has no principle", lang, step)
			}
			n := 0
			for ; m[p+"q"+strconv.Itoa(n+1)] != ""; n++ {
				q := m[p+"q"+strconv.Itoa(n+1)]
				if w := len(strings.Fields(q)); w > MaxFamilyWords {
					t.Errorf("%s %sq%d: %d words (at most %d): %q", lang, p, n+1, w, MaxFamilyWords, q)
				}
				if v := verb.FindAllString(q, -1); len(v) > 1 || (len(v) == 1 && v[0] != "%s") {
					t.Errorf("%s %sq%d: arguments %v, only one %%s (the youth) is given", lang, p, n+1, v)
				}
			}
			if n < 2 || n > 5 {
				t.Errorf("%s: step %d has %d questions, want 2 to 5", lang, step, n)
			}
		}
	}
}

// TestSonestraTextsAreFamilyFacing: the guide, the meeting, the
// invitation and the plan are read by the family, so the plain-language
// test (TestFamilyFacingTextsArePlain) covers every line of them; this
// test fails if one of their prefixes drops out of that register.
func TestSonestraTextsAreFamilyFacing(t *testing.T) {
	for _, p := range []string{"guide.", "meeting.", "invite.", "plan."} {
		n := 0
		for k := range nl {
			if strings.HasPrefix(k, p) {
				n++
				if !FamilyFacing(k) {
					t.Errorf("%q is not family-facing", k)
				}
			}
		}
		if n < 5 {
			t.Errorf("only %d keys under %q", n, p)
		}
	}
}
