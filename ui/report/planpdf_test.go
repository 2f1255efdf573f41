package report

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"kring/ui/i18n"
)

// writePDF renders a format into a file of the test's own.
func writePDF(t *testing.T, format string, data []byte, err error) string {
	t.Helper()
	if err != nil {
		t.Fatalf("%s: %v", format, err)
	}
	path := filepath.Join(t.TempDir(), format+".pdf")
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// rawText is the text of a PDF's pages without the running header and
// footer (the A4 page cropped 15 mm from top and foot), in reading order,
// its whitespace made single spaces, so that a text wrapped over lines
// or over a page break reads as one.
func rawText(t *testing.T, path string) string {
	t.Helper()
	raw, err := exec.Command(needTool(t, "pdftotext"), "-raw", "-x", "0", "-y", "43", "-W", "595", "-H", "756", path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	return strings.Join(strings.Fields(string(raw)), " ")
}

// TestPlanPDF: the plan as PDF holds every goal, task, date, person and
// signer of the demo plan in the HTML plan's order, says DEMO and
// "pagina N van M" on every page, and pdftoppm draws every page; the
// invitation as PDF holds every invitee.
func TestPlanPDF(t *testing.T) {
	t.Parallel()
	s := planned(t)
	for _, l := range []i18n.Lang{i18n.NL, i18n.EN} {
		tr := newTr(l)
		o := opts(l)
		data, err := Render("plan-pdf", s, o)
		path := writePDF(t, "plan-"+string(l), data, err)
		all := rawText(t, path)
		want := planWants(l)
		for _, id := range s.Signers(2026) {
			want = append(want, planName(s, id))
		}
		want = append(want, tr.T("plan.role.parent"), tr.T("plan.role.youth"), tr.T("plan.col.sign"), tr.T("plan.made"))
		for _, w := range want {
			if !strings.Contains(all, w) {
				t.Errorf("%s: %q missing from the plan's PDF", l, w)
			}
		}
		// The same order as the HTML plan: goals, team, JIM, safety,
		// review, the municipality, the meeting, signatures.
		last := -1
		for _, k := range []string{"plan.print_goals", "plan.print_team", "plan.jim", "plan.safety", "plan.review", "plan.ask", "meeting.title", "plan.print_sign"} {
			at := strings.Index(all, tr.T(k))
			if at <= last {
				t.Errorf("%s: %q at %d, after the part before at %d", l, tr.T(k), at, last)
			}
			last = at
		}
		pages := pdfPages(t, path)
		page := regexp.MustCompile(regexp.QuoteMeta(tr.T("report.page")) + ` (\d+) ` + regexp.QuoteMeta(tr.T("report.page_of")) + ` (\d+)`)
		for i, p := range pages {
			m := page.FindStringSubmatch(p)
			if m == nil || m[1] != strconv.Itoa(i+1) || m[2] != strconv.Itoa(len(pages)) {
				t.Errorf("%s page %d of %d: page number %v", l, i+1, len(pages), m)
			}
			if !strings.Contains(p, "DEMO") {
				t.Errorf("%s page %d does not say DEMO", l, i+1)
			}
		}
		out := filepath.Join(t.TempDir(), "page")
		if msg, err := exec.Command(needTool(t, "pdftoppm"), "-r", "20", "-png", path, out).CombinedOutput(); err != nil {
			t.Fatalf("pdftoppm: %v %s", err, msg)
		}
		if pngs, _ := filepath.Glob(out + "*.png"); len(pngs) != len(pages) || len(pages) == 0 {
			t.Errorf("%s: pdftoppm drew %d of %d pages", l, len(pngs), len(pages))
		}
		data, err = Render("invitation-pdf", s, o)
		inv := rawText(t, writePDF(t, "invitation-"+string(l), data, err))
		for _, w := range []string{"Ria (oma, moeders kant)", "Lotte (tante, zus van moeder)", "Ruben (vader)", "via de app",
			planDates[l][3], "bij oma Ria thuis", tr.T("meeting.state.coming"), tr.T("invite.p3"), "DEMO"} {
			if !strings.Contains(inv, w) {
				t.Errorf("%s: %q missing from the invitation's PDF", l, w)
			}
		}
	}
}

// TestPlanPDFLargeType measures every word of the plan's PDF with
// pdftotext -bbox against the footer's "kring", set in planType's
// furniture size in the same font: the body prints at 14 pt or more and
// the title larger. Words in the running header and footer are left out.
func TestPlanPDFLargeType(t *testing.T) {
	t.Parallel()
	s := planned(t)
	data, err := PlanPDF(s, opts(i18n.NL))
	path := writePDF(t, "plan", data, err)
	out, err := exec.Command(needTool(t, "pdftotext"), "-bbox", path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	const mm = 72 / 25.4
	least, smallest, most, words := 1e9, "", 0.0, 0
	for _, page := range strings.Split(string(out), "<page ")[1:] {
		ws := bboxWord.FindAllStringSubmatch(page, -1)
		footer := footerHeight(ws)
		if footer == 0 {
			t.Fatal("a page without the footer")
		}
		for _, w := range ws {
			y0, y1 := wordBox(w)
			if y0 < 15*mm || y0 > (297-15)*mm {
				continue
			}
			pt := planType.furniture * (y1 - y0) / footer
			if pt < least {
				least, smallest = pt, w[3]
			}
			most = max(most, pt)
			words++
		}
	}
	t.Logf("%d words: smallest %.2f pt (%q), largest %.2f pt", words, least, smallest, most)
	if words < 100 {
		t.Fatalf("only %d words measured", words)
	}
	if least < 14-0.01 {
		t.Errorf("%q prints at %.2f pt, under 14 pt", smallest, least)
	}
	if most < 20 {
		t.Errorf("the largest heading prints at %.2f pt", most)
	}
}

// TestPlanPDFLongAndHostile: a goal of one 400-letter word, hostile
// texts in a task, the safety part and the meeting are printed whole
// (wrapped, never cut), and the PDF still opens.
func TestPlanPDFLongAndHostile(t *testing.T) {
	t.Parallel()
	s := planned(t)
	long := strings.Repeat("Noorsem", 57) + "Einde"
	s.Plan.Goals[0].Words = long + " " + hostileTexts[0]
	s.Plan.Goals[1].Tasks[0].What = strings.Repeat("heel lang verhaal over wie wat doet ", 20) + "slotwoord"
	s.Plan.Safety = strings.Join(hostileTexts, "\n")
	s.Meeting.Place = hostileTexts[6]
	data, err := PlanPDF(s, opts(i18n.NL))
	path := writePDF(t, "plan", data, err)
	all := strings.ReplaceAll(rawText(t, path), " ", "")
	for _, w := range []string{long, "slotwoord", strings.ReplaceAll(strings.Repeat("heel lang verhaal over wie wat doet ", 20), " ", "")} {
		if !strings.Contains(all, w) {
			t.Errorf("%.40q… is cut", w)
		}
	}
	if msg, err := exec.Command(needTool(t, "pdftoppm"), "-r", "20", "-png", path, filepath.Join(t.TempDir(), "p")).CombinedOutput(); err != nil {
		t.Fatalf("pdftoppm: %v %s", err, msg)
	}
}

// TestPlanPDFPseudonymised: the pseudonymised plan and invitation as PDF,
// read back as text, name nobody and show none of the family's words.
func TestPlanPDFPseudonymised(t *testing.T) {
	t.Parallel()
	s := planned(t)
	o := opts(i18n.NL)
	o.Pseudonymise = true
	for _, f := range []string{"plan-pdf", "invitation-pdf"} {
		data, err := Render(f, s, o)
		text := rawText(t, writePDF(t, f, data, err))
		if !strings.Contains(text, "DEMO") {
			t.Fatalf("%s does not read back", f)
		}
		for _, leak := range []string{"Ruben", "Lotte", "Ria", "Noor", "Sanne", "Sem ophalen", "Hulp bij de post", "bij oma Ria thuis", "via de app"} {
			if regexp.MustCompile(`(^|[^\p{L}])` + leak + `($|[^\p{L}])`).MatchString(text) {
				t.Errorf("%s: %q is left", f, leak)
			}
		}
	}
}

// wordBox is the top and foot of a word of pdftotext -bbox (bboxWord).
func wordBox(w []string) (y0, y1 float64) {
	y0, _ = strconv.ParseFloat(w[1], 64)
	y1, _ = strconv.ParseFloat(w[2], 64)
	return y0, y1
}

// footerHeight is the height of the footer's "kring" on a page of
// pdftotext -bbox words, or 0 when the page has no footer.
func footerHeight(ws [][]string) float64 {
	footer := 0.0
	for _, w := range ws {
		if w[3] == "kring" {
			y0, y1 := wordBox(w)
			footer = y1 - y0
		}
	}
	return footer
}
