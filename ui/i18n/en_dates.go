package i18n

// enDates holds the English words of a date on the family's papers,
// "28 September 2026": the month names and the order of day, month, year.
var enDates = map[string]string{
	"date.long":     "%d %s %d",
	"date.month.1":  "January",
	"date.month.2":  "February",
	"date.month.3":  "March",
	"date.month.4":  "April",
	"date.month.5":  "May",
	"date.month.6":  "June",
	"date.month.7":  "July",
	"date.month.8":  "August",
	"date.month.9":  "September",
	"date.month.10": "October",
	"date.month.11": "November",
	"date.month.12": "December",
}
