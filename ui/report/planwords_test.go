package report

import (
	"testing"

	"kring/model"
	"kring/ui/i18n"
)

// TestWordDate: every month in words in both languages, the day without
// a leading zero; an empty or malformed date gives "" (the paper then
// shows what it shows for a date not filled in), never a panic.
func TestWordDate(t *testing.T) {
	t.Parallel()
	nl := []string{"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
		"september", "oktober", "november", "december"}
	en := []string{"January", "February", "March", "April", "May", "June", "July", "August",
		"September", "October", "November", "December"}
	type tc struct {
		lang i18n.Lang
		in   model.Date
		want string
	}
	cases := []tc{
		{i18n.NL, "2026-09-28", "28 september 2026"},
		{i18n.EN, "2026-09-28", "28 September 2026"},
		{i18n.NL, "2027-01-01", "1 januari 2027"},
		{i18n.EN, "2024-02-29", "29 February 2024"},
	}
	for m := range 12 {
		d := model.Date("2026-" + twoDigits(m+1) + "-05")
		cases = append(cases, tc{i18n.NL, d, "5 " + nl[m] + " 2026"}, tc{i18n.EN, d, "5 " + en[m] + " 2026"})
	}
	for _, l := range []i18n.Lang{i18n.NL, i18n.EN} {
		for _, bad := range []model.Date{"", " ", "2026-13-01", "2026-02-30", "2025-02-29", "28-09-2026",
			"2026-9-28", "2026-09-28T10:00", "morgen", "2026-09-28\x1b[31m"} {
			cases = append(cases, tc{l, bad, ""})
		}
	}
	for _, c := range cases {
		if got := wordDate(i18n.New(c.lang), c.in); got != c.want {
			t.Errorf("%s %q: %q, want %q", c.lang, c.in, got, c.want)
		}
	}
}

// twoDigits writes a month number as a date writes it, "01".
func twoDigits(n int) string { return string(rune('0'+n/10)) + string(rune('0'+n%10)) }

// TestPlanName: a role is written once, in one pair of brackets, also
// when it has brackets of its own; a name without a role, or with the
// role as name, stands alone; an id that is nobody keeps memberName's
// "[id]".
func TestPlanName(t *testing.T) {
	t.Parallel()
	s := &model.Session{
		People: []model.Person{
			{ID: "p1", Name: "Truus", Role: "oma (moeder van Kim)"},
			{ID: "p2", Name: "Ahmet Öztürk", Role: "buurman"},
			{ID: "p3", Name: "Lien Nguyễn", Role: ""},
			{ID: "p4", Name: "Kees", Role: "(opa)"},
			{ID: "p5", Name: "Fenna", Role: "tante (zus (jongste) van moeder)"},
			{ID: "p6", Name: "Bram", Role: "coach [jeugd], trainer"},
			{ID: "p7", Name: "Mila", Role: "()"},
			{ID: "p8", Name: "Sanne", Role: "sanne"},
			{ID: "p9", Name: "Ria", Role: "oma (moeder van Kim) uit Delden"},
		},
		Youths: []model.Youth{{ID: "y1", Name: "Kim"}},
	}
	for id, want := range map[string]string{
		"p1": "Truus (oma, moeder van Kim)",
		"p2": "Ahmet Öztürk (buurman)",
		"p3": "Lien Nguyễn",
		"p4": "Kees (opa)",
		"p5": "Fenna (tante, zus, jongste, van moeder)",
		"p6": "Bram (coach, jeugd, trainer)",
		"p7": "Mila",
		"p8": "Sanne",
		"p9": "Ria (oma, moeder van Kim, uit Delden)",
		"y1": "Kim",
		"x9": "[x9]",
	} {
		if got := planName(s, id); got != want {
			t.Errorf("%s: %q, want %q", id, got, want)
		}
	}
}
