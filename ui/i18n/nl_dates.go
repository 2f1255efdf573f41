package i18n

// nlDates holds the Dutch words of a date on the family's papers, which
// read "28 september 2026" rather than "2026-09-28": the month names
// (lower case, as Dutch writes them) and the order of day, month, year.
var nlDates = map[string]string{
	"date.long":     "%d %s %d",
	"date.month.1":  "januari",
	"date.month.2":  "februari",
	"date.month.3":  "maart",
	"date.month.4":  "april",
	"date.month.5":  "mei",
	"date.month.6":  "juni",
	"date.month.7":  "juli",
	"date.month.8":  "augustus",
	"date.month.9":  "september",
	"date.month.10": "oktober",
	"date.month.11": "november",
	"date.month.12": "december",
}
