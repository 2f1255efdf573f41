package report

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"kring/model"
	"kring/ui/i18n"
)

// TestReportNeverShowsAContradictedJimCriterionAsMet imports a file with a
// parent as active JIM, an active JIM with an open safety concern and two
// active JIMs for one youth (model/testdata/jim-broken.json), and reads
// every report format made from it: "not a parent" is met only for the
// two candidates who are no parent, "18 or older" only for the two
// recorded as adults, and the broken rules are listed (DOMAIN.md, JIM).
func TestReportNeverShowsAContradictedJimCriterionAsMet(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "..", "model", "testdata", "jim-broken.json"))
	if err != nil {
		t.Fatal(err)
	}
	s, err := model.Decode(data)
	if err != nil {
		t.Fatalf("import must accept the file: %v", err)
	}
	for _, l := range []i18n.Lang{i18n.NL, i18n.EN} {
		cat := i18n.New(l)
		yes := cat.T("answer.yes")
		md := string(Markdown(s, opts(l)))
		for crit, want := range map[string]int{"jim.criterion.not_parent": 2, "jim.criterion.adult": 2} {
			row := "| " + cat.T(crit) + " | " + yes + " |"
			if got := strings.Count(md, row); got != want {
				t.Errorf("%s md: %q met %d times, want %d (the record says otherwise for the rest)", l, cat.T(crit), got, want)
			}
		}
		html := string(HTML(s, opts(l)))
		for crit, want := range map[string]int{"jim.criterion.not_parent": 2, "jim.criterion.adult": 2} {
			row := "<td>" + esc(cat.T(crit)) + "</td><td>" + esc(yes) + "</td>"
			if got := strings.Count(html, row); got != want {
				t.Errorf("%s html: %q met %d times, want %d", l, cat.T(crit), got, want)
			}
		}
		for _, want := range []string{
			cat.T("report.jim_warnings"),
			cat.T("jimrule.jim_parent", "Mehmet (vader)"),
			cat.T("jimrule.jim_active_unsafe", "Zeynep (tante)"),
			cat.T("jimrule.jim_two_active", "Elif"),
			cat.T("jimrule.jim_parent", "Ayşe (moeder)"),
			cat.T("report.jim_overridden"),
		} {
			if !strings.Contains(md, want) || !strings.Contains(html, esc(want)) {
				t.Errorf("%s: the report lacks %q", l, want)
			}
		}
	}
}
