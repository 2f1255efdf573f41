package i18n

import (
	"fmt"
	"strings"
	"unicode"
)

// FieldLabels maps the check's field paths to the catalogue keys of the
// labels of the forms of step 3, so that screen and report name a field alike.
var FieldLabels = map[string]string{
	"request.words": "field.request_words", "request.youth_view": "field.youth_view",
	"request.present": "field.present", "request.date": "field.date",
	"applicability.jeugdwet": "field.jeugdwet", "applicability.resident": "field.resident", "applicability.basis": "field.basis",
	"problems.text": "field.problems",
	"help.kind":     "field.help_kind", "help.frequency": "field.help_frequency", "help.duration": "field.help_duration", "help.goals": "field.help_goals",
	"own_strength.outcome": "field.own_outcome", "own_strength.standard": "field.own_standard",
	"own_strength.capacity": "field.own_capacity", "own_strength.load": "field.own_load", "own_strength.reason": "field.reason",
	"own_strength.pays_self": "field.own_pays_self",
	"network.outcome":        "field.network_outcome", "network.reason": "field.reason", "network.asked": "field.network_asked",
	"family_plan.offer": "field.plan_offer", "family_plan.jim_present": "field.jim_present",
	"preceding.decision": "field.decision", "preceding.which": "field.provision_which",
	"general.decision": "field.decision", "general.which": "field.provision_which", "general.adequate": "field.provision_adequate",
	"gap.conclusion": "field.gap_conclusion", "gap.form": "field.gap_form", "gap.reasoning": "field.gap_reasoning",
	"family_view.view": "field.family_view", "family_view.comments": "field.family_comments", "family_view.date": "field.date",
}

// ContributionLabels are the catalogue keys that name the fields of one
// network member's contribution.
var ContributionLabels = map[string]string{
	"what": "field.contrib_what", "how_often": "field.contrib_how_often", "asked": "field.contrib_asked",
	"willing": "field.contrib_answer", "able": "field.able", "lasting": "field.contrib_lasting", "why_not": "field.contrib_why_not",
	"not_asked": "field.contrib_not_asked", "person_id": "field.contrib_person",
}

// FieldLabel names a field of the check (a path such as
// "network.reason", as model.Finding gives it) as the forms of step 3 do,
// in the form it takes inside a sentence ("not answered yet: can keep it
// up"); a whole step is named by its title. The screen and the report
// share it.
func (c Catalog) FieldLabel(field string, step int) string {
	if k, ok := FieldLabels[field]; ok {
		return c.inSentence(k)
	}
	if strings.HasPrefix(field, "network.contributions[") {
		_, last, _ := strings.Cut(field, "].")
		if k, ok := ContributionLabels[last]; ok {
			return c.inSentence(k)
		}
	}
	if strings.HasPrefix(field, "problems.expertise[") && strings.HasSuffix(field, "].checked") {
		return c.inSentence("field.expertise_checked_short")
	}
	return c.inSentence(fmt.Sprintf("check.%d.title", step))
}

// startsWithName are the labels whose first word is a name (the Youth
// Act, the Jeugdwet): they keep their capital inside a sentence.
var startsWithName = map[string]bool{"field.jeugdwet": true, "check.2.title": true}

// inSentence is a label as it stands inside a sentence: its first letter
// lowercase, unless the label starts with a name or an abbreviation
// ("JIM"), which keeps its own capitals. The label itself, as a form or a
// table shows it, starts with a capital.
func (c Catalog) inSentence(key string) string {
	label := c.T(key)
	if startsWithName[key] {
		return label
	}
	r := []rune(label)
	if len(r) > 1 && unicode.IsUpper(r[1]) {
		return label
	}
	if len(r) > 0 {
		r[0] = unicode.ToLower(r[0])
	}
	return string(r)
}
