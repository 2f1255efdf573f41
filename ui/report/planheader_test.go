package report

import (
	"strings"
	"testing"

	"kring/model"
	"kring/ui/i18n"
)

// TestPapersDateTheirHeaderInWords: the running header on every page of
// the family's papers (plan and invitation, HTML and PDF) dates the
// session in words like their text, in both languages; the coach's report
// keeps the sortable ISO date.
func TestPapersDateTheirHeaderInWords(t *testing.T) {
	t.Parallel()
	s := planned(t)
	iso := mapDate(s, opts(i18n.NL))
	for _, l := range []i18n.Lang{i18n.NL, i18n.EN} {
		o := opts(l)
		words := wordDate(newTr(l).cat, model.Date(iso))
		// In the page's CSS, without cssString's quotes.
		css := func(v string) string { q := cssString(v); return q[1 : len(q)-1] }
		if words == "" || words == iso {
			t.Fatalf("%s: the session's date %q has no words", l, iso)
		}
		for _, f := range []string{"plan", "invitation"} {
			page := string(mustRender(t, f, s, o))
			if !strings.Contains(page, css(words)) || strings.Contains(page, css(iso)) {
				t.Errorf("%s %s: the page header does not say %q", l, f, words)
			}
		}
		for _, f := range []string{"plan-pdf", "invitation-pdf"} {
			data, err := Render(f, s, o)
			for i, p := range pdfPages(t, writePDF(t, f+"-"+string(l), data, err)) {
				if !strings.Contains(p, words) {
					t.Errorf("%s %s page %d: no %q in the running header:\n%s", l, f, i+1, words, p)
				}
			}
		}
		if page := string(mustRender(t, "html", s, o)); !strings.Contains(page, css(iso)) {
			t.Errorf("%s: the coach's report no longer dates its header %q", l, iso)
		}
	}
}

// mustRender is Render of a format that cannot fail.
func mustRender(t *testing.T, format string, s *model.Session, o Options) []byte {
	t.Helper()
	data, err := Render(format, s, o)
	if err != nil {
		t.Fatal(err)
	}
	return data
}
