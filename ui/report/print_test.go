package report

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"kring/model"
	"kring/ui/i18n"
)

// printPDF prints an HTML report to an A4 PDF in headless Chromium, as a
// coach does from the browser, without the browser's own header and
// footer, and returns the PDF's path. The flags are those that work on a
// machine without a network or a desktop bus.
func printPDF(t *testing.T, html []byte) string {
	t.Helper()
	chromium := needTool(t, "chromium")
	dir := t.TempDir()
	page := filepath.Join(dir, "report.html")
	if err := os.WriteFile(page, html, 0o600); err != nil {
		t.Fatal(err)
	}
	pdf := filepath.Join(dir, "report.pdf")
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
		"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--user-data-dir="+filepath.Join(dir, "profile"), "--no-pdf-header-footer", "--print-to-pdf="+pdf, "file://"+page)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("chromium: %v\n%s", err, out)
	}
	return pdf
}

// pdfPages is the text of each page of a PDF, read with pdftotext
// (poppler-utils), which ends every page with a form feed.
func pdfPages(t *testing.T, pdf string) []string {
	t.Helper()
	pdftotext := needTool(t, "pdftotext")
	out, err := exec.Command(pdftotext, "-layout", pdf, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	pages := strings.Split(string(out), "\f")
	if n := len(pages); n > 0 && strings.TrimSpace(pages[n-1]) == "" {
		pages = pages[:n-1]
	}
	if len(pages) == 0 {
		t.Fatal("the PDF has no pages")
	}
	return pages
}

// TestPrintedPagesHaveFurniture prints the report of a made-up family of
// 18 and of 40 in Chromium and reads the PDF back: every page says
// "pagina N van M" (or "page N of M"), the session number, and for a
// demo session DEMO; a real session's pages never say DEMO. Page 1 holds
// the summary with the outcome of the check.
func TestPrintedPagesHaveFurniture(t *testing.T) {
	if testing.Short() {
		t.Skip("prints in Chromium")
	}
	t.Parallel()
	real40 := bigSession(40)
	real40.Dossier = "JH-2026-0412"
	cases := []struct {
		name string
		s    *model.Session
		lang i18n.Lang
		page string
		head string
	}{
		{"example nl", example(t), i18n.NL, `pagina (\d+) van (\d+)`, "sessie example"},
		{"example en", example(t), i18n.EN, `page (\d+) of (\d+)`, "session example"},
		{"40 people nl", real40, i18n.NL, `pagina (\d+) van (\d+)`, "dossier JH-2026-0412"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			o := opts(c.lang)
			o.Version = "1.2.3"
			pages := pdfPages(t, printPDF(t, HTML(c.s, o)))
			if len(pages) < 2 {
				t.Fatalf("%d page(s): the test needs a report of several pages", len(pages))
			}
			tr := newTr(c.lang)
			first := tr.code("result", string(c.s.Evaluate()[0].Result))
			// Table cells wrap in the PDF's text, so the words of the
			// outcome are looked for one by one.
			onFirst := func(s string) bool {
				for _, w := range strings.Fields(s) {
					if !strings.Contains(pages[0], w) {
						return false
					}
				}
				return true
			}
			if !strings.Contains(pages[0], tr.T("report.s.summary")) || !onFirst(first) || !onFirst(tr.T("report.col.outcome")) {
				t.Errorf("page 1 does not hold the summary with the first outcome %q:\n%s", first, pages[0])
			}
			re := regexp.MustCompile(c.page)
			for i, p := range pages {
				m := re.FindStringSubmatch(p)
				if m == nil || m[1] != itoa(i+1) || m[2] != itoa(len(pages)) {
					t.Errorf("page %d of %d: page number %v", i+1, len(pages), m)
				}
				if !strings.Contains(p, c.head) || !strings.Contains(p, "kring 1.2.3") {
					t.Errorf("page %d: no running header %q or version", i+1, c.head)
				}
				if strings.Contains(p, "DEMO") != c.s.Demo {
					t.Errorf("page %d: DEMO shown %v, session demo %v", i+1, !c.s.Demo, c.s.Demo)
				}
			}
		})
	}
}

// TestCSSString: a dossier number or session id cannot end the CSS string,
// the rule or the <style> element of the page furniture.
func TestCSSString(t *testing.T) {
	for _, in := range []string{`"; } </style><script>alert(1)</script>`, "a\nb\\c", "Öztürk · 2026-10-05", "}{@import url(x)"} {
		out := cssString(in)
		inner := out[1 : len(out)-1]
		if strings.ContainsAny(inner, "\"<>{};\n()@") || !strings.HasPrefix(out, `"`) || !strings.HasSuffix(out, `"`) {
			t.Errorf("cssString(%q) = %s", in, out)
		}
	}
	if got := cssString("Öztürk · 2026-10-05"); got != `"Öztürk · 2026-10-05"` {
		t.Errorf("plain text is escaped: %s", got)
	}
}
