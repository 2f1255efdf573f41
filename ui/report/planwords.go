package report

import (
	"strconv"
	"strings"

	"kring/model"
	"kring/ui/i18n"
)

// The family's papers are read by parents in plain B1 Dutch: a date is
// written in words ("28 september 2026") and a person's role once, in one
// pair of brackets. The coach's report and the CSV/JSON exports keep ISO
// dates, which sort and which a file system or spreadsheet reads.

// wordDate writes d in words in the catalogue's language, "28 september
// 2026". An empty or malformed date gives "", so that the caller shows
// what it shows for a date not filled in.
func wordDate(c i18n.Catalog, d model.Date) string {
	tm, ok := d.Time()
	if !ok {
		return ""
	}
	return c.T("date.long", tm.Day(), c.T("date.month."+strconv.Itoa(int(tm.Month()))), tm.Year())
}

// planName names a member on the family's papers: the name, and the role
// in one pair of brackets. A role that has brackets of its own, "oma
// (moeder van Kim)", is written flat, "Truus (oma, moeder van Kim)",
// rather than in brackets inside brackets.
func planName(s *model.Session, id string) string {
	p := s.Person(id)
	if p == nil {
		return memberName(s, id)
	}
	return personName(&model.Person{Name: p.Name, Role: flatRole(line(p.Role))})
}

// flatRole takes the brackets out of a role: each bracket becomes a
// comma, and the commas and spaces left over are tidied, so "oma (moeder
// van Kim)" reads "oma, moeder van Kim" and "oma (moeder van Kim) uit
// Delden" reads "oma, moeder van Kim, uit Delden".
func flatRole(role string) string {
	if !strings.ContainsAny(role, "()[]") {
		return role
	}
	role = strings.NewReplacer("(", ",", "[", ",", ")", ",", "]", ",").Replace(role)
	var parts []string
	for _, part := range strings.Split(role, ",") {
		if part = strings.Join(strings.Fields(part), " "); part != "" {
			parts = append(parts, part)
		}
	}
	return strings.Join(parts, ", ")
}
