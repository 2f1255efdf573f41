package ui

import "kring/model"

// focusOpenCriterion puts the cursor of a candidate's form on the first
// criterion not yet answered: what the map already says (not a parent,
// 18+, willing) is filled in, and the coach asks the family what is
// left, not tabs past what is known. With every criterion answered the
// cursor stays on the youth's words.
func focusOpenCriterion(f *form, cand *model.JimCandidate) {
	for _, cr := range model.Criteria {
		if v := cand.Answer(cr).Value; v == "" || v == model.AnswerUnknown {
			f.focusKey("crit." + string(cr))
			return
		}
	}
}
