package i18n

// nlAgree holds the Dutch texts of step 5: the agreements and reviews.
var nlAgree = map[string]string{
	"agree.title":      "Afspraken: wie doet wat, en wanneer",
	"agree.empty":      "Nog geen afspraken. Druk a om vast te leggen wie wat doet, en wanneer.",
	"agree.count_one":  "1 afspraak",
	"agree.count_many": "%d afspraken",

	"agree.reviews_none": "nog geen terugblik",
	"agree.reviews_one":  "1 terugblik",
	"agree.reviews_many": "%d terugblikken",
	"agree.outcomes":     "%d nagekomen · %d deels · %d niet nagekomen",

	"agree.flag_one":  "Voor de coach: 1 afspraak is twee keer na elkaar niet nagekomen.",
	"agree.flag_many": "Voor de coach: %d afspraken zijn twee keer na elkaar niet nagekomen.",
	"agree.flag_rule": "Dit is alleen informatie. kring maakt de hulp nooit zelf minder. Minder hulp kan alleen als de verordening daar een grond voor geeft. De coach beslist.",
	"agree.flagged":   "twee keer na elkaar niet nagekomen",

	"agree.party.family":        "het gezin",
	"agree.party.network":       "het netwerk",
	"agree.party.coach":         "de coach",
	"agree.party_short.family":  "gezin",
	"agree.party_short.network": "netwerk",
	"agree.party_short.coach":   "coach",
	"agree.nobody":              "niemand in het bijzonder",

	"agree.outcome.kept":     "nagekomen",
	"agree.outcome.partly":   "deels nagekomen",
	"agree.outcome.not_kept": "niet nagekomen",

	"agree.due":           "uiterlijk %s",
	"agree.no_due":        "geen datum",
	"agree.overdue":       "datum voorbij, nog geen terugblik",
	"agree.no_reviews":    "nog geen terugblik",
	"agree.due_today":     "vandaag",
	"agree.due_tomorrow":  "morgen",
	"agree.due_yesterday": "gisteren",
	"agree.due_in":        "over %d dagen",
	"agree.due_ago":       "%d dagen geleden",

	"agree.n_of":          "Afspraak %d van %d",
	"agree.who_line":      "Wie: %s",
	"agree.due_line":      "Uiterlijk: %s",
	"agree.reviews_title": "Terugblikken",
	"agree.reviews_hint":  "Nog geen terugblik. Kijk na de datum samen terug: is de afspraak nagekomen? Druk r.",

	"agree.form_new":         "Nieuwe afspraak",
	"agree.form_edit":        "Afspraak wijzigen",
	"agree.form_review_new":  "Terugblik op „%s”",
	"agree.form_review_edit": "Terugblik wijzigen: „%s”",

	"agree.field.who":              "Wie",
	"agree.field.person":           "Wie precies",
	"agree.field.what":             "Wat",
	"agree.field.what_placeholder": "wat gaat er gebeuren, in gewone woorden",
	"agree.field.due":              "Uiterlijk",
	"agree.field.outcome":          "Nagekomen?",
	"agree.field.note":             "Notitie",
	"agree.field.note_placeholder": "wat ging goed, wat niet",

	"agree.confirm_remove":              "Afspraak „%s” (%s) verwijderen?",
	"agree.confirm_remove_with_review":  "Afspraak „%s” (%s) verwijderen? De terugblik gaat ook weg.",
	"agree.confirm_remove_with_reviews": "Afspraak „%s” (%s) verwijderen? De %d terugblikken gaan ook weg.",
	"agree.confirm_remove_review":       "Terugblik van %s (%s) bij „%s” verwijderen?",

	"agree.key.add":     "afspraak erbij",
	"agree.key.review":  "terugblik erbij",
	"agree.due_in.one":  "over %d dag",
	"agree.due_ago.one": "%d dag geleden",
}
