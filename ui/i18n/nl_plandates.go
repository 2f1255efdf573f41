package i18n

// nlPlanDates holds the Dutch messages for dates of the plan and the
// meeting that cannot be right.
var nlPlanDates = map[string]string{
	"plan.date_before_first_visit": "Deze datum ligt voor het eerste bezoek. Klopt het jaar?",
	"plan.sign_in_future":          "Tekenen kan niet op een dag die nog moet komen.",
}
