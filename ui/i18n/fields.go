package i18n

import (
	"fmt"
	"strings"
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
	"network.outcome": "field.network_outcome", "network.reason": "field.reason",
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
	"willing": "field.willing", "able": "field.able", "lasting": "field.contrib_lasting", "why_not": "field.contrib_why_not",
}

// FieldLabel names a field of the check (a path such as
// "network.reason", as model.Finding gives it) as the forms of step 3 do;
// a whole step is named by its title. The screen and the report share it.
func (c Catalog) FieldLabel(field string, step int) string {
	if k, ok := FieldLabels[field]; ok {
		return c.T(k)
	}
	if strings.HasPrefix(field, "network.contributions[") {
		_, last, _ := strings.Cut(field, "].")
		if k, ok := ContributionLabels[last]; ok {
			return c.T(k)
		}
	}
	return c.T(fmt.Sprintf("check.%d.title", step))
}
