package i18n

import (
	"testing"
	"unicode"
)

// A field's label inside a sentence ("not answered yet: …") starts with a
// small letter, except where it starts with a name or an abbreviation;
// the goldens of the report and of step 3 show these words, and this test
// pins them, so that a blanket -update cannot change their capitals.
func TestFieldLabelInASentence(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		lang  Lang
		field string
		step  int
		want  string
	}{
		{EN, "network.contributions[0].lasting", 6, "can keep it up"},
		{NL, "network.contributions[0].lasting", 6, "houdt het vol"},
		{EN, "applicability.jeugdwet", 2, "Youth Act applies"},
		{NL, "applicability.jeugdwet", 2, "Jeugdwet van toepassing"},
		{EN, "applicability.resident", 2, "lives in Almelo"},
		{NL, "family_plan.jim_present", 7, "is er een JIM"},
		{EN, "family_plan.jim_present", 7, "is there a JIM"},
		{EN, "", 2, "Youth Act and residence"},
		{NL, "", 2, "Jeugdwet en woonplaats"},
		{EN, "", 7, "family group plan and JIM"},
		{NL, "", 10, "wat is er nog nodig aan jeugdhulp?"},
	} {
		if got := New(c.lang).FieldLabel(c.field, c.step); got != c.want {
			t.Errorf("%s %q step %d: %q, want %q", c.lang, c.field, c.step, got, c.want)
		}
	}
	// Every label: a capital only where the label starts with a name.
	for _, lang := range []Lang{NL, EN} {
		cat := New(lang)
		for field, key := range FieldLabels {
			got := []rune(cat.FieldLabel(field, 1))
			if unicode.IsUpper(got[0]) && !startsWithName[key] && !(len(got) > 1 && unicode.IsUpper(got[1])) {
				t.Errorf("%s %s: %q starts with a capital inside a sentence", lang, field, string(got))
			}
		}
	}
}
