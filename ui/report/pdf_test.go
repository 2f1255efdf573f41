package report

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"kring/internal/benchcpu"
	"kring/model"
	"kring/ui/i18n"
)

// TestPDFPages: the PDF made without a browser passes the checks of the
// printed HTML: page 1 holds the summary, every page says "pagina N van
// M", the session and kring's version, and DEMO on every page of a demo
// session and on none of a real one; names print as typed; pdftoppm
// draws every page.
func TestPDFPages(t *testing.T) {
	t.Parallel()
	real40 := bigSession(40)
	real40.People[0].Name = "Çelik Nguyễn"
	for _, c := range []struct {
		name string
		s    *model.Session
		lang i18n.Lang
		page string
	}{
		{"example nl", example(t), i18n.NL, `pagina (\d+) van (\d+)`},
		{"example en", example(t), i18n.EN, `page (\d+) of (\d+)`},
		{"40 nl", real40, i18n.NL, `pagina (\d+) van (\d+)`},
	} {
		t.Run(c.name, func(t *testing.T) {
			o := opts(c.lang)
			o.Version = "1.2.3"
			data, err := Render("pdf", c.s, o)
			if err != nil {
				t.Fatal(err)
			}
			path := filepath.Join(t.TempDir(), "report.pdf")
			if err := os.WriteFile(path, data, 0o600); err != nil {
				t.Fatal(err)
			}
			pages := pdfPages(t, path)
			tr := newTr(c.lang)
			if !strings.Contains(pages[0], tr.T("report.s.summary")) || !strings.Contains(pages[0], tr.T("report.col.outcome")) {
				t.Errorf("page 1 does not hold the summary:\n%s", pages[0])
			}
			re := regexp.MustCompile(c.page)
			for i, p := range pages {
				m := re.FindStringSubmatch(p)
				if m == nil || m[1] != itoa(i+1) || m[2] != itoa(len(pages)) {
					t.Errorf("page %d of %d: page number %v", i+1, len(pages), m)
				}
				if !strings.Contains(p, "kring 1.2.3") || !strings.Contains(p, c.s.ID) {
					t.Errorf("page %d: no running header or version", i+1)
				}
				if strings.Contains(p, "DEMO") != c.s.Demo {
					t.Errorf("page %d: DEMO shown %v, session demo %v", i+1, !c.s.Demo, c.s.Demo)
				}
			}
			if c.s == real40 && !strings.Contains(strings.Join(pages, ""), "Çelik Nguyễn") {
				t.Error("a name with Ç and ễ is not printed as typed")
			}
			out := filepath.Join(t.TempDir(), "page")
			if msg, err := exec.Command(needTool(t, "pdftoppm"), "-r", "20", "-png", path, out).CombinedOutput(); err != nil {
				t.Fatalf("pdftoppm: %v %s", err, msg)
			}
			pngs, _ := filepath.Glob(out + "*.png")
			if len(pngs) != len(pages) {
				t.Errorf("pdftoppm drew %d of %d pages", len(pngs), len(pages))
			}
		})
	}
}

// TestPDFMap: the PDF's map pages print every word at 7 pt or more at
// 18, 40 and 300 people (measured as for Chromium's print), and the
// overview's legend explains every tie, relation and letter. That the
// relations and tie styles are drawn is read from the page's content:
// the relations' and the stressful ties' colours are set on it.
func TestPDFMap(t *testing.T) {
	t.Parallel()
	tr := newTr(i18n.NL)
	for _, n := range []int{18, 40, 300} {
		t.Run(itoa(n), func(t *testing.T) {
			s := bigSession(n)
			data, err := PDF(s, opts(i18n.NL))
			if err != nil {
				t.Fatal(err)
			}
			path := filepath.Join(t.TempDir(), "report.pdf")
			if err := os.WriteFile(path, data, 0o600); err != nil {
				t.Fatal(err)
			}
			got := measureMapPages(t, path, s)
			var want []string
			for _, q := range model.Qualities {
				want = append(want, tr.code("quality", string(q)))
			}
			for _, k := range model.RelationKinds {
				want = append(want, tr.code("relation", string(k)))
			}
			for _, k := range model.SupportKinds {
				want = append(want, tr.code("support", string(k)))
			}
			for _, w := range want {
				if !strings.Contains(got.text, w+" ") {
					t.Errorf("the legend does not explain %q: %s", w, got.text)
				}
			}
		})
	}
}

// BenchmarkPDF300 is the PDF of a 300-person case. Budget: 50 ms.
func BenchmarkPDF300(b *testing.B) {
	s := bigSession(300)
	o := opts(i18n.NL)
	b.ReportAllocs()
	start := benchcpu.Start()
	for b.Loop() {
		if _, err := PDF(s, o); err != nil {
			b.Fatal(err)
		}
	}
	benchcpu.Report(b, start)
}

// TestPDFPseudonymised: the pseudonymised PDF, read back as text, holds
// none of the names of a family stored with surnames (the PDF's text is
// compressed and set in font subsets, so it is read with pdftotext).
func TestPDFPseudonymised(t *testing.T) {
	t.Parallel()
	o := opts(i18n.NL)
	o.Pseudonymise = true
	data, err := Render("pdf", surnamed(t), o)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "p.pdf")
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	text := strings.Join(pdfPages(t, path), "\n")
	if !strings.Contains(text, "J1") {
		t.Fatal("the pseudonymised PDF does not read back")
	}
	for _, n := range []string{"Öztürk", "Nguyễn", "Jansen", "Vries", "Bakker", "Noor", "Sem", "Sanne", "Yusuf", "Fatma", "Marieke", "Anne", "Wit"} {
		if loc := regexp.MustCompile(`(^|[^\p{L}\p{N}])` + regexp.QuoteMeta(n) + `($|[^\p{L}\p{N}])`).FindStringIndex(text); loc != nil {
			t.Errorf("a name is left: …%s…", text[max(loc[0]-40, 0):min(loc[1]+40, len(text))])
		}
	}
}
