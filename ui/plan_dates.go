package ui

import "kring/model"

// Dates of the plan and the meeting that cannot be right are refused with
// a plain message, not saved: a task due, a meeting held or a review
// planned before the family was first seen is a typo ("1999" for
// "2026"), and nobody signs on a day still to come.

// checkPlanDate is checkDate, and the date may not lie before the
// session's first visit.
func checkPlanDate(s *model.Session) func(string) string {
	return func(v string) string {
		if k := checkDate(v); k != "" {
			return k
		}
		if first := s.VisitDateOf(1); v != "" && first != "" && model.Date(v) < first {
			return "plan.date_before_first_visit"
		}
		return ""
	}
}

// checkSignDate is checkDate, and the date may not lie after today.
func checkSignDate(c *Common) func(string) string {
	return func(v string) string {
		if k := checkDate(v); k != "" {
			return k
		}
		if v != "" && model.Date(v) > today(c) {
			return "plan.sign_in_future"
		}
		return ""
	}
}
