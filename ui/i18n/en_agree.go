package i18n

// enAgree holds the English texts of step 5: the agreements and reviews.
var enAgree = map[string]string{
	"agree.title":      "Agreements: who does what, by when",
	"agree.empty":      "No agreements yet. Press a to write down who does what, by when.",
	"agree.count_one":  "1 agreement",
	"agree.count_many": "%d agreements",

	"agree.reviews_none": "not reviewed yet",
	"agree.reviews_one":  "1 review",
	"agree.reviews_many": "%d reviews",
	"agree.outcomes":     "%d kept · %d partly · %d not kept",

	"agree.flag_one":  "For the coach: 1 agreement was not kept at two reviews in a row.",
	"agree.flag_many": "For the coach: %d agreements were not kept at two reviews in a row.",
	"agree.flag_rule": "This is information only. kring never gives less help by itself. Less help needs a basis in the ordinance. The coach decides.",
	"agree.flagged":   "not kept twice in a row",

	"agree.party.family":        "the family",
	"agree.party.network":       "the network",
	"agree.party.coach":         "the coach",
	"agree.party_short.family":  "family",
	"agree.party_short.network": "network",
	"agree.party_short.coach":   "coach",
	"agree.nobody":              "nobody in particular",

	"agree.outcome.kept":     "kept",
	"agree.outcome.partly":   "partly kept",
	"agree.outcome.not_kept": "not kept",

	"agree.due":           "by %s",
	"agree.no_due":        "no date",
	"agree.overdue":       "date passed, not reviewed yet",
	"agree.no_reviews":    "not reviewed yet",
	"agree.due_today":     "today",
	"agree.due_tomorrow":  "tomorrow",
	"agree.due_yesterday": "yesterday",
	"agree.due_in":        "in %d days",
	"agree.due_ago":       "%d days ago",

	"agree.n_of":          "Agreement %d of %d",
	"agree.who_line":      "Who: %s",
	"agree.due_line":      "By: %s",
	"agree.reviews_title": "Reviews",
	"agree.reviews_hint":  "Not reviewed yet. After the date, look back together: was the agreement kept? Press r.",

	"agree.form_new":         "New agreement",
	"agree.form_edit":        "Edit agreement",
	"agree.form_review_new":  "Review of “%s”",
	"agree.form_review_edit": "Edit review: “%s”",

	"agree.field.who":              "Who",
	"agree.field.person":           "Who exactly",
	"agree.field.what":             "What",
	"agree.field.what_placeholder": "what will happen, in plain words",
	"agree.field.due":              "By",
	"agree.field.outcome":          "Kept?",
	"agree.field.note":             "Note",
	"agree.field.note_placeholder": "what went well, what did not",

	"agree.confirm_remove":              "Remove agreement “%s” (%s)?",
	"agree.confirm_remove_with_review":  "Remove agreement “%s” (%s)? Its review goes too.",
	"agree.confirm_remove_with_reviews": "Remove agreement “%s” (%s)? Its %d reviews go too.",
	"agree.confirm_remove_review":       "Remove the review of %s (%s) of “%s”?",

	"agree.key.add":     "add agreement",
	"agree.key.review":  "add review",
	"agree.due_in.one":  "in %d day",
	"agree.due_ago.one": "%d day ago",
}
