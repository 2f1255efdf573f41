package report

import (
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
// of the map from the HTML itself: the font sizes in the drawing and the
// scale at which its viewBox fits the box the CSS gives it on the page.
// The whole disc prints every text at 7 pt or more, or it is followed by
// enlarged parts that do, and that together show everyone.
func TestPrintedMapTextSize(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		name string
		s    *model.Session
	}{{"example", example(t)}, {"10", bigSession(10)}, {"18", bigSession(18)}, {"40", bigSession(40)}, {"300", bigSession(300)}} {
		l := layoutMap(c.s, mapNames(newTr(i18n.NL)))
		html := string(HTML(c.s, opts(i18n.NL)))
		// The drawing's own smallest font, read from the page.
		i := strings.Index(html, `class="drawing"`)
		j := strings.Index(html[i:], "</svg>")
		smallest := 1e9
		for _, m := range svgFont.FindAllStringSubmatch(html[i:i+j], -1) {
			f, _ := strconv.ParseFloat(m[1], 64)
			smallest = min(smallest, f)
		}
		whole := smallest * drawingBox(l.g).printScale(drawWmm, drawHmm)
		panels := mapPanels(l)
		if n := strings.Count(html, `class="panel`); n != len(panels) {
			t.Fatalf("%s: %d panels on the page, %d planned", c.name, n, len(panels))
		}
		least := whole
		if len(panels) > 0 {
			least = 1e9
			for _, p := range panels {
				least = min(least, smallest*p.scale())
			}
			// Everyone stands in a part.
			for _, pl := range l.placed {
				in := false
				for _, p := range panels {
					b := p.box
					in = in || (pl.x > b.x+20 && pl.x < b.x+b.w-20 && pl.y > b.y+20 && pl.y < b.y+b.h-30)
				}
				if !in {
					t.Errorf("%s: %s stands in no enlarged part", c.name, pl.name)
				}
			}
		}
		t.Logf("%s people: smallest map text %.1f units; whole disc prints it at %.2f pt; %d parts, smallest %.2f pt",
			c.name, smallest, whole, len(panels), least)
		if least < minPrintPt {
			t.Errorf("%s: the printed map's smallest text is %.2f pt", c.name, least)
		}
	}
}

// bboxWord is a word of pdftotext -bbox output with its height.
var bboxWord = regexp.MustCompile(`<word xMin="[0-9.]+" yMin="([0-9.]+)" xMax="[0-9.]+" yMax="([0-9.]+)">([^<]*)</word>`)

// TestPrintedMapInPDF prints the report in Chromium and measures the map
// as printed: the height of each person's name on the map pages against
// the height of the footer's "kring", which is set in 8 pt. The
// enlarged parts (or the whole disc when there are none) print every
// name at 7 pt or more.
func TestPrintedMapInPDF(t *testing.T) {
	if testing.Short() {
		t.Skip("prints in Chromium")
	}
	t.Parallel()
	for _, n := range []int{18, 40} {
		t.Run(itoa(n), func(t *testing.T) {
			s := bigSession(n)
			pdf := printPDF(t, HTML(s, opts(i18n.NL)))
			out, err := exec.Command(needTool(t, "pdftotext"), "-bbox", pdf, "-").Output()
			if err != nil {
				t.Fatal(err)
			}
			first := map[string]bool{}
			for _, p := range s.People {
				first[strings.Fields(p.Name)[0]] = true
			}
			tr := newTr(i18n.NL)
			panelHead := strings.Fields(tr.T("report.map_panel", 1, 1, ""))[0] // "Netwerkkaart,"
			hasPanels := len(mapPanels(layoutMap(s, mapNames(tr)))) > 0
			least, measured := 1e9, 0
			for _, page := range strings.Split(string(out), "<page ")[1:] {
				words := bboxWord.FindAllStringSubmatch(page, -1)
				isPanel := len(words) > 4 && words[4][3] == panelHead
				isWhole := strings.Contains(page, ">"+strings.Fields(tr.T("report.s.map"))[1]+"<") && strings.Contains(page, ">"+tr.T("map.legend_title")+"<")
				if !(isPanel || (isWhole && !hasPanels)) {
					continue
				}
				footer := 0.0
				names := map[string]float64{}
				for _, w := range words {
					y0, _ := strconv.ParseFloat(w[1], 64)
					y1, _ := strconv.ParseFloat(w[2], 64)
					if w[3] == "kring" && footer == 0 {
						footer = y1 - y0
					}
					// A name with a halo is drawn twice; the glyphs are
					// the smaller box.
					if first[w[3]] && (names[w[3]] == 0 || y1-y0 < names[w[3]]) {
						names[w[3]] = y1 - y0
					}
				}
				if footer == 0 {
					t.Fatal("a map page without the footer")
				}
				for _, h := range names {
					least = min(least, 8*h/footer)
					measured++
				}
			}
			if measured == 0 {
				t.Fatal("no name found on the printed map")
			}
			t.Logf("%d people: %d names measured on the printed map, smallest %.2f pt", n, measured, least)
			if least < minPrintPt {
				t.Errorf("%d people: a name prints at %.2f pt", n, least)
			}
		})
	}
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
