package report

import (
	"bytes"
	"encoding/json"
	"errors"
	"image/png"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"

	"kring/model"
	"kring/ui/i18n"
)

// Golden files of every format for the example case; run with -update
// after a deliberate change and read the diff.
func TestGolden(t *testing.T) {
	t.Parallel()
	s := example(t)
	cases := []struct {
		name string
		out  func() []byte
	}{
		{"md_nl", func() []byte { return Markdown(s, opts(i18n.NL)) }},
		{"md_en", func() []byte { return Markdown(s, opts(i18n.EN)) }},
		{"md_nl_pseudonymised", func() []byte {
			o := opts(i18n.NL)
			o.Pseudonymise = true
			return Markdown(s, o)
		}},
		{"html_nl", func() []byte { return HTML(s, opts(i18n.NL)) }},
		{"html_en", func() []byte { return HTML(s, opts(i18n.EN)) }},
		{"svg_nl", func() []byte { return SVG(s, opts(i18n.NL)) }},
		{"svg_en", func() []byte { return SVG(s, opts(i18n.EN)) }},
		{"csv", func() []byte {
			// The golden file keeps LF so that it reads the same on every
			// system; the CRLF line ends are tested below.
			return bytes.ReplaceAll(CSV(s, opts(i18n.NL)), []byte("\r\n"), []byte("\n"))
		}},
		{"dot", func() []byte { return DOT(s, opts(i18n.NL)) }},
		{"graphml", func() []byte { return GraphML(s, opts(i18n.NL)) }},
		{"json", func() []byte {
			j, err := JSON(s, opts(i18n.NL))
			if err != nil {
				t.Fatal(err)
			}
			return j
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			out := c.out()
			if !bytes.Equal(out, c.out()) {
				t.Fatal("two renderings differ")
			}
			golden.RequireEqual(t, out)
		})
	}
}

func TestFormatsList(t *testing.T) {
	t.Parallel()
	want := []string{"html", "md", "pdf", "svg", "csv", "dot", "graphml", "plan", "plan-md", "plan-pdf", "invitation", "invitation-pdf", "json", "case"}
	if !slices.Equal(Formats(), want) {
		t.Fatalf("Formats = %v", Formats())
	}
}

// Render knows every format of the list, gives each its own function's
// output, and refuses a format not in it.
func TestRenderEveryFormat(t *testing.T) {
	t.Parallel()
	s := example(t)
	o := Options{Lang: i18n.EN, Now: testNow, Passphrase: []byte("zeven kleine geitjes"), CaseWorkFactor: 10}
	own := map[string][]byte{"md": Markdown(s, o), "html": HTML(s, o), "svg": SVG(s, o), "csv": CSV(s, o), "dot": DOT(s, o), "graphml": GraphML(s, o)}
	own["json"], _ = JSON(s, o)
	own["pdf"], _ = PDF(s, o)
	own["plan"], own["plan-md"], own["invitation"] = PlanHTML(s, o), PlanMarkdown(s, o), InvitationHTML(s, o)
	own["plan-pdf"], _ = PlanPDF(s, o)
	own["invitation-pdf"], _ = InvitationPDF(s, o)
	for _, f := range Formats() {
		data, err := Render(f, s, o)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		if f == "case" {
			back, err := DecryptCase(data, o.Passphrase)
			if err != nil || back.Label != s.Label {
				t.Fatalf("case: %v", err)
			}
			continue
		}
		if !bytes.Equal(data, own[f]) {
			t.Errorf("%s: Render differs from the format's own function", f)
		}
	}
	if _, err := Render("docx", s, o); !errors.Is(err, ErrUnknownFormat) {
		t.Fatalf("docx: %v", err)
	}
	o.Pseudonymise = true
	data, err := Render("case", s, o)
	if err != nil {
		t.Fatal(err)
	}
	if back, _ := DecryptCase(data, o.Passphrase); back == nil || back.Label != Pseudonymise(s).Label {
		t.Fatal("a pseudonymised case file names the family")
	}
}

// Every catalogue key the report asks for exists in both languages: a
// missing key shows as "!key".
func TestNoMissingKeys(t *testing.T) {
	t.Parallel()
	missing := regexp.MustCompile(`![a-z_]+\.[a-z0-9_.]+`)
	s := hostile()
	s.Agreements[0].Reviews = []model.Review{{Date: "2026-10-20", Outcome: model.ReviewNotKept}, {Date: "2026-11-03", Outcome: model.ReviewNotKept}}
	for _, sess := range []*model.Session{example(t), s, {}} {
		for _, l := range []i18n.Lang{i18n.NL, i18n.EN} {
			for _, pseudo := range []bool{false, true} {
				o := opts(l)
				o.Pseudonymise = pseudo
				for f, out := range render(t, sess, o) {
					if m := missing.Find(out); m != nil {
						t.Errorf("%s %s: missing key %s", l, f, m)
					}
				}
			}
		}
	}
}

// The report follows the order of the investigation.
func TestReportOrder(t *testing.T) {
	t.Parallel()
	s := example(t)
	for _, l := range []i18n.Lang{i18n.NL, i18n.EN} {
		cat := i18n.New(l)
		for f, out := range map[string][]byte{"md": Markdown(s, opts(l)), "html": HTML(s, opts(l))} {
			text := string(out)
			last := -1
			for _, k := range []string{"report.s.present", "report.s.request", "report.s.map", "report.s.counts",
				"report.s.check", "report.s.jim", "report.s.agreements", "report.s.view", "report.s.grounds"} {
				title := cat.T(k)
				if f == "html" {
					title = esc(title)
				}
				i := strings.Index(text, title)
				if i < 0 || i < last {
					t.Errorf("%s %s: %q missing or out of order", l, f, title)
				}
				last = i
			}
			for _, want := range []string{cat.T("report.demo"), "Als ik avonddienst heb", cat.T("result.incomplete"), "CRvB 2024:2040", "ECLI:NL:CRVB:2024:2040", cat.T("report.decides.incomplete"),
				cat.T("report.never_scales_down"), "Coach Demi", "2026-10-05", "2026-10-06"} {
				if f == "html" {
					want = esc(want)
				}
				if !strings.Contains(text, want) {
					t.Errorf("%s %s: %q is missing", l, f, want)
				}
			}
		}
	}
}

func TestHTMLIsWellFormedAndSelfContained(t *testing.T) {
	t.Parallel()
	for _, l := range []i18n.Lang{i18n.NL, i18n.EN} {
		out := HTML(example(t), opts(l))
		doc := parseXML(t, out)
		names := map[string]int{}
		for _, e := range doc.elements {
			names[e.Name.Local]++
			for _, a := range e.Attr {
				if a.Name.Local == "href" || a.Name.Local == "src" || strings.HasPrefix(a.Name.Local, "on") {
					t.Errorf("%s: attribute %s on <%s>", l, a.Name.Local, e.Name.Local)
				}
			}
		}
		for _, bad := range []string{"script", "link", "img", "iframe", "object", "a", "image", "use"} {
			if names[bad] > 0 {
				t.Errorf("%s: the page has <%s>", l, bad)
			}
		}
		// The map, its legend and the enlarged parts of the map.
		if names["svg"] != 2+strings.Count(string(out), `class="panel`) || names["style"] != 1 {
			t.Errorf("%s: want the map and its legend as inline svg and one style, got %d and %d", l, names["svg"], names["style"])
		}
		text := string(out)
		for _, want := range []string{"@page", "size: A4", "Content-Security-Policy", "default-src 'none'"} {
			if !strings.Contains(text, want) {
				t.Errorf("%s: %q missing", l, want)
			}
		}
		if strings.Contains(text, "url(") || strings.Contains(text, "@import") || strings.Contains(text, "@font-face") {
			t.Errorf("%s: the style loads something", l)
		}
	}
}

func TestSVGAndGraphMLAreXML(t *testing.T) {
	t.Parallel()
	s := example(t)
	svg := parseXML(t, SVG(s, opts(i18n.NL)))
	if svg.elements[0].Name.Local != "svg" || svg.elements[0].Name.Space != "http://www.w3.org/2000/svg" {
		t.Fatalf("root is %v", svg.elements[0].Name)
	}
	text := strings.Join(svg.text, " ")
	for _, want := range []string{"gezin", "familie", "vrienden", "buurt en club", "school en werk", "hulpverleners",
		"Legenda", "Familie Veldkamp", "2026-10-05", "DEMO", "Ria", "PGE", "Noor (2012)"} {
		if !strings.Contains(text, want) {
			t.Errorf("SVG text lacks %q", want)
		}
	}
	gm := parseXML(t, GraphML(s, opts(i18n.NL)))
	keys := map[string]bool{}
	var nodes, edges int
	for _, e := range gm.elements {
		switch e.Name.Local {
		case "key":
			for _, a := range e.Attr {
				if a.Name.Local == "id" {
					keys[a.Value] = true
				}
			}
		case "node":
			nodes++
		case "edge":
			edges++
		case "data":
			for _, a := range e.Attr {
				if a.Name.Local == "key" && !keys[a.Value] {
					t.Errorf("data uses undeclared key %q", a.Value)
				}
			}
		}
	}
	if nodes != len(s.Youths)+len(s.People) || edges != len(s.Youths)*len(s.People)+len(s.Relations) {
		t.Errorf("GraphML has %d nodes and %d edges", nodes, edges)
	}
	for _, a := range personAttrs {
		if !keys["n_"+a.name] {
			t.Errorf("no key for node attribute %s", a.name)
		}
	}
}

func TestDOTParses(t *testing.T) {
	t.Parallel()
	s := example(t)
	g := parseDOT(t, DOT(s, opts(i18n.NL)))
	if len(g.nodes) != len(s.Youths)+len(s.People) || len(g.edges) != len(s.Youths)*len(s.People)+len(s.Relations) {
		t.Fatalf("DOT has %d nodes and %d edges", len(g.nodes), len(g.edges))
	}
	if g.nodes["p3"]["sector"] != "family" || g.nodes["p3"]["letters"] != "PGE" || g.nodes["y1"]["kind"] != "youth" {
		t.Errorf("attributes of p3: %v", g.nodes["p3"])
	}
	if g.centre != 1+len(s.Youths) {
		t.Errorf("the radial layout's centre and its edges to the youths: %d statements", g.centre)
	}
}

// TestDOTLabelsInReportLanguage: a Dutch graph says "uit elkaar", an
// English one "separated", never the code in a Dutch graph.
func TestDOTLabelsInReportLanguage(t *testing.T) {
	s := example(t)
	for lang, want := range map[i18n.Lang]string{i18n.NL: `label="uit elkaar"`, i18n.EN: `label="separated"`} {
		if out := string(DOT(s, opts(lang))); !strings.Contains(out, want) || strings.Contains(out, `label="separated"`) != (lang == i18n.EN) {
			t.Errorf("%s: no %s", lang, want)
		}
	}
}

// TestDOTPlainDotDrawsRadial: the plain dot command honours the radial
// layout, so 40 people give a picture no wider than 3,000 px (dot's own
// layered layout made a 4,067 px strip of 18 people), and 300 people draw
// at all.
func TestDOTPlainDotDrawsRadial(t *testing.T) {
	dot := needTool(t, "dot")
	for _, n := range []int{40, 300} {
		cmd := exec.Command(dot, "-Tpng")
		cmd.Stdin = bytes.NewReader(DOT(bigSession(n), opts(i18n.NL)))
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("%d people: %v", n, err)
		}
		cfg, err := png.DecodeConfig(bytes.NewReader(out))
		if err != nil {
			t.Fatalf("%d people: %v", n, err)
		}
		if cfg.Width > 3000 || cfg.Height > 3000 {
			t.Errorf("%d people: %dx%d px", n, cfg.Width, cfg.Height)
		}
		t.Logf("%d people: %dx%d px", n, cfg.Width, cfg.Height)
	}
}

// Graphviz itself reads the DOT export, where it is installed.
func TestDOTWithGraphviz(t *testing.T) {
	t.Parallel()
	dot := needTool(t, "dot")
	for _, s := range []*model.Session{example(t), hostile()} {
		cmd := exec.Command(dot, "-Tsvg")
		cmd.Stdin = bytes.NewReader(DOT(s, opts(i18n.NL)))
		out, err := cmd.CombinedOutput()
		if err != nil || !bytes.Contains(out, []byte("<svg")) {
			t.Fatalf("dot: %v\n%.400s", err, out)
		}
	}
}

func TestCSV(t *testing.T) {
	t.Parallel()
	s := example(t)
	out := CSV(s, opts(i18n.NL))
	if !bytes.HasSuffix(out, []byte("\r\n")) || bytes.Count(out, []byte("\r\n")) != len(s.People)+1 {
		t.Fatal("CSV rows must end in CRLF")
	}
	rows := readExcelNL(t, out)
	if len(rows) != len(s.People)+1 || !slices.Equal(rows[0], csvHeader) {
		t.Fatalf("rows %d, header %v", len(rows), rows[0])
	}
	if r := rows[3]; r[1] != "Ria" || r[3] != "family" || r[4] != "1" || r[7] != "often" || r[8] != "gives" || r[15] != "strong" {
		t.Errorf("Ria's row: %v", r)
	}
}

func TestJSONIsEncode(t *testing.T) {
	t.Parallel()
	s := example(t)
	j, err := JSON(s, opts(i18n.NL))
	if err != nil {
		t.Fatal(err)
	}
	want, _ := model.Encode(s)
	if !bytes.Equal(j, want) {
		t.Fatal("JSON differs from model.Encode")
	}
}

// The example's map, drawn by librsvg, is a real picture.
func TestSVGRendersToPNG(t *testing.T) {
	t.Parallel()
	rsvg := needTool(t, "rsvg-convert")
	dir := t.TempDir()
	for name, s := range map[string]*model.Session{"example": example(t), "hostile": hostile(), "big": bigSession(300)} {
		in := filepath.Join(dir, name+".svg")
		out := filepath.Join(dir, name+".png")
		if err := os.WriteFile(in, SVG(s, opts(i18n.NL)), 0o600); err != nil {
			t.Fatal(err)
		}
		if msg, err := exec.Command(rsvg, "-o", out, in).CombinedOutput(); err != nil {
			t.Fatalf("%s: rsvg-convert: %v\n%s", name, err, msg)
		}
		f, err := os.Open(out)
		if err != nil {
			t.Fatal(err)
		}
		img, err := png.Decode(f)
		f.Close()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		b := img.Bounds()
		if b.Dx() < 500 || b.Dy() < 500 {
			t.Fatalf("%s: PNG is %v", name, b)
		}
		first := img.At(b.Min.X, b.Min.Y)
		r0, g0, b0, _ := first.RGBA()
		colours := 0
		for y := b.Min.Y; y < b.Max.Y && colours == 0; y += 3 {
			for x := b.Min.X; x < b.Max.X; x += 3 {
				r, g, bb, _ := img.At(x, y).RGBA()
				if r != r0 || g != g0 || bb != b0 {
					colours++
					break
				}
			}
		}
		if colours == 0 {
			t.Fatalf("%s: the PNG is one colour", name)
		}
	}
}

// The map keeps its promises: every person is placed once, inside the
// canvas, in their own sector and ring, and no two labels overlap.
func TestMapLayout(t *testing.T) {
	t.Parallel()
	for name, s := range map[string]*model.Session{"example": example(t), "big": bigSession(300), "crowded": crowded(60)} {
		l := layoutMap(s, mapNames(newTr(i18n.NL)))
		g := l.g
		if len(l.placed) != len(s.People) {
			t.Fatalf("%s: placed %d of %d", name, len(l.placed), len(s.People))
		}
		boxes := make([]box, len(l.placed))
		for i, p := range l.placed {
			boxes[i] = labelBox(p.x, p.y, p.w)
			r := dist(p.x-g.cx, p.y-g.cy)
			ring := p.item.ring
			if r < g.outer(ring-1)-0.5 || r > g.outer(ring)+0.5 {
				t.Errorf("%s: %s at radius %.0f is outside ring %d", name, p.item.p.ID, r, ring)
			}
			if sectorAt(g, p.x, p.y) != p.item.sector {
				t.Errorf("%s: %s is outside sector %d", name, p.item.p.ID, p.item.sector)
			}
			b := boxes[i]
			if b.x0 < 0 || b.y0 < 0 || b.x1 > g.w || b.y1 > g.h {
				t.Errorf("%s: %s's label leaves the canvas", name, p.item.p.ID)
			}
		}
		for i := range boxes {
			for j := i + 1; j < len(boxes); j++ {
				if boxes[i].overlaps(boxes[j]) {
					t.Errorf("%s: labels of %s and %s overlap", name, l.placed[i].item.p.ID, l.placed[j].item.p.ID)
				}
			}
			for _, f := range l.fixed {
				if boxes[i].overlaps(f) {
					t.Errorf("%s: label of %s covers a sector or ring name", name, l.placed[i].item.p.ID)
				}
			}
		}
	}
}

func TestEmptySession(t *testing.T) {
	t.Parallel()
	for _, s := range []*model.Session{nil, {}} {
		for f, out := range render(t, s, opts(i18n.NL)) {
			if len(out) == 0 {
				t.Errorf("%s of an empty session is empty", f)
			}
		}
	}
	parseXML(t, SVG(nil, opts(i18n.EN)))
	parseXML(t, HTML(nil, opts(i18n.EN)))
}

func TestDemoIsMarked(t *testing.T) {
	t.Parallel()
	s := example(t)
	s.Demo = false
	for _, f := range []string{"md", "html", "svg"} {
		out := render(t, s, opts(i18n.NL))[f]
		if bytes.Contains(out, []byte("DEMO")) {
			t.Errorf("%s: a real session is marked DEMO", f)
		}
	}
	s.Demo = true
	out := render(t, s, opts(i18n.EN))
	for _, f := range []string{"md", "html", "svg"} {
		if !bytes.Contains(out[f], []byte("DEMO")) {
			t.Errorf("%s: a demo session is not marked", f)
		}
	}
	var doc struct {
		Session struct{ Demo bool } `json:"session"`
	}
	if err := json.Unmarshal(out["json"], &doc); err != nil || !doc.Session.Demo {
		t.Errorf("JSON loses the demo mark: %v", err)
	}
	if !bytes.Contains(out["graphml"], []byte(`<data key="g_demo">true</data>`)) || !bytes.Contains(out["dot"], []byte(`demo="true"`)) {
		t.Error("graph exports lose the demo mark")
	}
}

func TestParticipationFlagged(t *testing.T) {
	t.Parallel()
	s := example(t)
	s.Agreements[1].Reviews = []model.Review{{Date: "2026-10-19", Outcome: model.ReviewNotKept}, {Date: "2026-10-26", Outcome: model.ReviewNotKept, Note: "niet gelukt"}}
	for _, l := range []i18n.Lang{i18n.NL, i18n.EN} {
		cat := i18n.New(l)
		out := string(HTML(s, opts(l)))
		for _, want := range []string{cat.T("report.flagged", "#2"), cat.T("report.participation", 2, 2, 0, 0, 2), cat.T("report.never_scales_down"), "niet gelukt"} {
			if !strings.Contains(out, esc(want)) {
				t.Errorf("%s: %q missing", l, want)
			}
		}
	}
}

func TestActiveJimStar(t *testing.T) {
	t.Parallel()
	s := example(t)
	s.Jim[0].Criteria[model.CriterionSafety] = model.CriterionAnswer{Value: model.AnswerYes}
	s.Jim[0].Criteria[model.CriterionWilling] = model.CriterionAnswer{Value: model.AnswerYes}
	for _, st := range []model.JimStatus{model.JimAsked, model.JimAgreed, model.JimActive} {
		if err := s.SetJimStatus("j1", st, "2026-10-10", ""); err != nil {
			t.Fatal(err)
		}
	}
	md := string(Markdown(s, opts(i18n.NL)))
	if !strings.Contains(md, "★ Actieve JIM: Lotte (tante (zus van moeder)), sinds 2026-10-10") || !strings.Contains(md, "Lotte (tante (zus van moeder)) ★") {
		t.Error("the report does not show the active JIM")
	}
	l := layoutMap(s, mapNames(newTr(i18n.NL)))
	if l.placed[l.byID["p5"]].item.mark != "★" {
		t.Error("the map does not mark the active JIM")
	}
	if !bytes.Contains(GraphML(s, opts(i18n.NL)), []byte(`<data key="n_jim">active</data>`)) {
		t.Error("GraphML does not carry the JIM status")
	}
}

// A crowded sector gets more of the circle; the order stays, the
// household stays at 12 o'clock and a small map keeps six equal sectors.
func TestWeightedSectors(t *testing.T) {
	t.Parallel()
	a := weightedSectors([6]int{2, 40, 5, 5, 5, 3})
	sum := 0.0
	for i := range a.half {
		sum += 2 * a.half[i]
		if i > 0 && math.Abs(a.mid[i-1]+a.half[i-1]-(a.mid[i]-a.half[i])) > 1e-9 {
			t.Errorf("sector %d does not start where %d ends", i, i-1)
		}
	}
	if math.Abs(sum-2*math.Pi) > 1e-9 || a.mid[0] != 0 || a.half[1] <= a.half[2] {
		t.Errorf("sectors %+v", a)
	}
	if l := layoutMap(example(t), mapNames(newTr(i18n.NL))); l.g.half != equalSectors().half {
		t.Error("the example lost its equal sectors")
	}
	if l := layoutMap(bigSession(300), mapNames(newTr(i18n.NL))); l.g.half[1] <= l.g.half[0] {
		t.Error("the crowded family sector did not grow")
	}
}
