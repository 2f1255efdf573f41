package i18n

// enPlanDates holds the English messages for dates of the plan and the
// meeting that cannot be right.
var enPlanDates = map[string]string{
	"plan.date_before_first_visit": "This date is before the first visit. Is the year right?",
	"plan.sign_in_future":          "You cannot sign on a day that is still to come.",
}
