package i18n

import "strings"

// Two registers of language. What the family reads on screen at the
// kitchen table is plain B1 Dutch (and plain English): short sentences,
// no law-speak, no citations. The coach's reasons, with the rules they
// rest on, are behind one key (r on step 3) and in the report.

// familyFacing are the key prefixes of texts the family reads on screen:
// the titles of the steps, the outcome, the labels of the forms and the
// answers they offer. A test keeps each sentence in them at
// MaxFamilyWords words or fewer and free of citations.
var familyFacing = []string{
	"check.", "needs.", "result.", "result_short.", "field.", "sufficiency.", "plan.", "decision.",
	"conclusion.", "careform.", "view.", "willing.", "notasked.", "answer.",
	// Sonestra (issue 17): the guide, the meeting, its invitation, the plan.
	"guide.", "meeting.", "invite.",
}

// coachRegister are keys under a family-facing prefix that carry the
// coach's register: a reason with its rule, the grounds of a result.
var coachRegister = map[string]bool{"needs.finding": true, "needs.grounds": true}

// MaxFamilyWords is the most words one family-facing sentence may have.
const MaxFamilyWords = 12

// FamilyFacing reports whether the text under key is for the family's
// eyes, in plain language.
func FamilyFacing(key string) bool {
	if coachRegister[key] {
		return false
	}
	for _, p := range familyFacing {
		if strings.HasPrefix(key, p) {
			return true
		}
	}
	return false
}
