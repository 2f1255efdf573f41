package report

import (
	"math"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"kring/model"
	"kring/ui/i18n"
)

// svgFont finds a font size in the drawing.
var svgFont = regexp.MustCompile(`font-size="([0-9.]+)"`)

// TestPrintedMapTextSize works out the printed size of the smallest text
// of the map from the HTML itself: the font sizes in each drawing and the
// scale at which its viewBox fits the box the CSS gives it on the page.
// The overview (the whole disc) prints every text at 7 pt or more; when
// it leaves the names out, enlarged parts follow that print every text
// at 7 pt or more and together show everyone.
func TestPrintedMapTextSize(t *testing.T) {
	t.Parallel()
	viewBoxOf := func(svg string) viewBox {
		m := regexp.MustCompile(`viewBox="([-0-9.]+) ([-0-9.]+) ([-0-9.]+) ([-0-9.]+)"`).FindStringSubmatch(svg)
		if m == nil {
			t.Fatalf("no viewBox in %.80s", svg)
		}
		var v [4]float64
		for k := range v {
			v[k], _ = strconv.ParseFloat(m[k+1], 64)
		}
		return viewBox{v[0], v[1], v[2], v[3]}
	}
	smallestFont := func(svg string) float64 {
		least := 1e9
		for _, m := range svgFont.FindAllStringSubmatch(svg, -1) {
			f, _ := strconv.ParseFloat(m[1], 64)
			least = min(least, f)
		}
		return least
	}
	for _, c := range []struct {
		name string
		s    *model.Session
	}{{"example", example(t)}, {"10", bigSession(10)}, {"18", bigSession(18)}, {"40", bigSession(40)}, {"300", bigSession(300)}} {
		l := layoutMap(c.s, mapNames(newTr(i18n.NL)))
		html := string(HTML(c.s, opts(i18n.NL)))
		// The overview's own smallest font and its box, read from the page.
		i := strings.Index(html, `<svg `+"xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" class=\"drawing\"")
		if i < 0 {
			t.Fatalf("%s: no drawing", c.name)
		}
		drawing := html[i : i+strings.Index(html[i:], "</svg>")]
		whole := smallestFont(drawing) * viewBoxOf(drawing).printScale(drawWmm, drawHmm)
		named := strings.Count(drawing, "<tspan") > 0 || strings.Contains(drawing, l.placed[0].name+"<")
		panels := mapPanels(l)
		if n := strings.Count(html, `class="panel`); n != len(panels) {
			t.Fatalf("%s: %d panels on the page, %d planned", c.name, n, len(panels))
		}
		if !named && len(panels) == 0 {
			t.Errorf("%s: the overview has no names and no enlarged part follows", c.name)
		}
		least := 1e9
		for k := 0; k < len(panels); k++ {
			j := strings.Index(html, `class="panel`)
			svg := html[j : j+strings.Index(html[j:], "</svg>")]
			html = html[j+len(svg):]
			scale := viewBoxOf(svg).printScale(panelWmm, panelHmm)
			if strings.HasPrefix(svg, `class="panel portrait"`) {
				scale = viewBoxOf(svg).printScale(portWmm, portHmm)
			}
			least = min(least, smallestFont(svg)*scale)
		}
		// Everyone stands in a part.
		for _, pl := range l.placed {
			in := len(panels) == 0
			for _, p := range panels {
				b := p.box
				in = in || (pl.x > b.x+20 && pl.x < b.x+b.w-20 && pl.y > b.y+20 && pl.y < b.y+b.h-30)
			}
			if !in {
				t.Errorf("%s: %s stands in no enlarged part", c.name, pl.name)
			}
		}
		if len(panels) == 0 {
			t.Logf("%s people: overview prints its smallest text at %.2f pt, names shown %v; no parts", c.name, whole, named)
		} else {
			t.Logf("%s people: overview prints its smallest text at %.2f pt, names shown %v; %d parts, smallest %.2f pt",
				c.name, whole, named, len(panels), least)
		}
		if whole < minPrintPt || least < minPrintPt {
			t.Errorf("%s: the printed map's smallest text is %.2f pt (overview) and %.2f pt (parts)", c.name, whole, least)
		}
	}
}

// bboxWord is a word of pdftotext -bbox output with its height.
var bboxWord = regexp.MustCompile(`<word xMin="[0-9.]+" yMin="([0-9.]+)" xMax="[0-9.]+" yMax="([0-9.]+)">([^<]*)</word>`)

// TestPrintedMapInPDF prints the report in Chromium and measures the map
// pages as printed (measureMapPages): every word on the overview page and
// on each enlarged part's page prints at 7 pt or more, at 18, 40 and 300
// people.
func TestPrintedMapInPDF(t *testing.T) {
	if testing.Short() {
		t.Skip("prints in Chromium")
	}
	t.Parallel()
	for _, n := range []int{18, 40, 300} {
		t.Run(itoa(n), func(t *testing.T) {
			s := bigSession(n)
			measureMapPages(t, printPDF(t, HTML(s, opts(i18n.NL))), s)
		})
	}
}

// mapPages is what measureMapPages read from a PDF's map pages.
type mapPages struct {
	// text is the words of the overview page, in order.
	text string
}

// measureMapPages reads a PDF with pdftotext -bbox and measures the map
// pages: the height of every word on the overview page and on each
// enlarged part's page, names, sector and ring names, legend and note
// alike, against the height of the footer's "kring", which is set in
// 8 pt in the same font (DejaVu Sans, as fc-match gives for every family
// the page names on this machine). It fails the test when a word prints
// under 7 pt, when a page is missing, or when not every name is there.
func measureMapPages(t *testing.T, pdf string, s *model.Session) mapPages {
	t.Helper()
	out, err := exec.Command(needTool(t, "pdftotext"), "-bbox", pdf, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	first := map[string]bool{}
	for _, p := range s.People {
		first[strings.Fields(p.Name)[0]] = true
	}
	tr := newTr(i18n.NL)
	panelHead := strings.Fields(tr.T("report.map_panel", 1, 1, "")) // "Netwerkkaart," "deel"
	panels := len(mapPanels(layoutMap(s, mapNames(tr))))
	var res mapPages
	least, smallest, words, names, pages, overviews := 1e9, "", 0, 0, 0, 0
	for _, page := range strings.Split(string(out), "<page ")[1:] {
		ws := bboxWord.FindAllStringSubmatch(page, -1)
		isPanel := false
		for i := 0; i+1 < len(ws); i++ {
			isPanel = isPanel || (ws[i][3] == panelHead[0] && ws[i+1][3] == panelHead[1])
		}
		isWhole := strings.Contains(page, ">"+tr.T("map.legend_title")+"<")
		if !isPanel && !isWhole {
			continue
		}
		pages++
		footer := footerHeight(ws)
		if footer == 0 {
			t.Fatal("a map page without the footer")
		}
		for _, w := range ws {
			y0, _ := strconv.ParseFloat(w[1], 64)
			y1, _ := strconv.ParseFloat(w[2], 64)
			if pt := 8 * (y1 - y0) / footer; pt < least {
				least, smallest = pt, w[3]
			}
			words++
			if first[w[3]] {
				names++
			}
			if isWhole {
				res.text += w[3] + " "
			}
		}
		if isWhole {
			overviews++
		}
	}
	if overviews != 1 || pages != 1+panels {
		t.Fatalf("%d map pages (%d overviews), want the overview and %d parts", pages, overviews, panels)
	}
	if names < len(s.People) {
		t.Errorf("only %d names on the map pages for %d people", names, len(s.People))
	}
	t.Logf("%d people: %d map pages, %d words measured (%d names), smallest %.3f pt (%q)", len(s.People), pages, words, names, least, smallest)
	// pdftotext gives the boxes to a hundredth of a point: a word set at
	// exactly 7 pt can measure a few thousandths under.
	if least < minPrintPt-0.01 {
		t.Errorf("%d people: %q prints at %.2f pt on a map page", len(s.People), smallest, least)
	}
	return res
}

// relPath reads the relation curves of a drawn map: "M ax ay Q cx cy bx by".
var relPath = regexp.MustCompile(`<path d="M([-0-9.]+) ([-0-9.]+) Q([-0-9.]+) ([-0-9.]+) ([-0-9.]+) ([-0-9.]+)"`)

// TestRelationsMissTheCentre: no relation between two people runs
// through the youths' disc, where their names stand. The curves are read
// back from the SVG and followed in small steps.
func TestRelationsMissTheCentre(t *testing.T) {
	t.Parallel()
	opposite := bigSession(18)
	// People straight across the disc from each other, in every ring.
	opposite.Relations = nil
	for i := 0; i+9 < 18; i++ {
		a, b := &opposite.People[i], &opposite.People[i+9]
		b.Sector, b.Ring, b.Household = model.Sectors[(sectorIndex(a.Sector)+3)%6], a.Ring, false
		opposite.Relations = append(opposite.Relations, model.Relation{ID: "r" + itoa(i), A: a.ID, B: b.ID, Kind: model.RelationKinds[i%6]})
	}
	for _, c := range []struct {
		name string
		s    *model.Session
	}{{"example", example(t)}, {"18", bigSession(18)}, {"40", bigSession(40)}, {"300", bigSession(300)}, {"across", opposite}} {
		l := layoutMap(c.s, mapNames(newTr(i18n.NL)))
		svg := string(SVG(c.s, opts(i18n.NL)))
		i := strings.Index(svg, `<g id="relations"`)
		if i < 0 {
			t.Fatalf("%s: no relations drawn", c.name)
		}
		n := 0
		for _, m := range relPath.FindAllStringSubmatch(svg[i:], -1) {
			var v [6]float64
			for k := range v {
				v[k], _ = strconv.ParseFloat(m[k+1], 64)
			}
			n++
			for step := 1; step < 100; step++ {
				u := float64(step) / 100
				x := (1-u)*(1-u)*v[0] + 2*u*(1-u)*v[2] + u*u*v[4]
				y := (1-u)*(1-u)*v[1] + 2*u*(1-u)*v[3] + u*u*v[5]
				if d := dist(x-l.g.cx, y-l.g.cy); d < l.g.r0 {
					t.Errorf("%s: relation %d passes %.0f units from the centre, inside the disc (radius %.0f)", c.name, n, d, l.g.r0)
					break
				}
			}
		}
		if n == 0 {
			t.Fatalf("%s: no relation curve found", c.name)
		}
	}
}

// TestLongNamesWhole: a name longer than 18 characters (the mother's,
// with both surnames) is drawn whole when the slice has room, and every
// label stands on a white ground drawn after the lines, so that no line
// runs through it.
func TestLongNamesWhole(t *testing.T) {
	s := bigSession(18)
	long := "Fatma Öztürk-Jansen de Vries" // 28 characters
	s.People[0].Name = long
	svg := string(SVG(s, opts(i18n.NL)))
	if !strings.Contains(svg, ">"+long+" <tspan") && !strings.Contains(svg, ">"+long+"<") {
		t.Errorf("the name %q is not drawn whole", long)
	}
	people := svg[strings.Index(svg, `<g id="people">`):]
	if n := strings.Count(people, `fill="#ffffff"/>`+"\n<text"); n != len(s.People) {
		t.Errorf("%d labels on a white ground, want %d", n, len(s.People))
	}
	if strings.Index(svg, `<g id="people">`) < strings.Index(svg, `<g id="relations"`) {
		t.Error("the people are drawn before the relations")
	}
}

// TestNumWritesTenths: num writes a coordinate rounded to tenths exactly
// as strconv does, without a trailing ".0" or a negative zero.
func TestNumWritesTenths(t *testing.T) {
	old := func(f float64) string {
		s := strings.TrimSuffix(strconv.FormatFloat(math.Round(f*10)/10, 'f', 1, 64), ".0")
		if s == "-0" {
			return "0"
		}
		return s
	}
	cases := []float64{0, -0.0, 0.04, 0.05, -0.05, -0.04, 1, -1, 12.25, -12.35, 999.95, 1e14, -1e14, 1e16, -3e17, math.NaN(), math.Inf(1)}
	for i := range 20000 {
		cases = append(cases, (float64(i)-10000)*0.0137, float64(i)*123.456789)
	}
	for _, f := range cases {
		want := old(f)
		if math.IsNaN(f) || math.IsInf(f, 0) {
			want = "0"
		}
		if got := num(f); got != want {
			t.Errorf("num(%v) = %q, want %q", f, got, want)
		}
	}
}
