package report

import (
	"bytes"
	"math"
	"strings"

	"kring/model"
)

// The printed map. The map grows with the network (its text keeps one
// size in the drawing), so a drawing fitted to the page prints its names
// smaller the larger the network is. On paper the map therefore gets a
// landscape page of its own, with the title in the page's heading and the
// legend beside it at a fixed size; and when the whole disc would print
// its smallest text under minPrintPt, one panel per sector (or per part
// of a sector) follows, each a window on the same drawing, enlarged.

const (
	// mmToPt converts millimetres to points.
	mmToPt = 72 / 25.4
	// pxToPt converts CSS pixels, the SVG's user units, to points.
	pxToPt = 0.75
	// The boxes the CSS gives the drawing and a panel on a landscape A4
	// page (267 by 176 mm inside the margins, less the heading).
	drawWmm, drawHmm   = 207.0, 172.0
	panelWmm, panelHmm = 267.0, 160.0
	// A part taller than wide gets a portrait page (180 by 263 mm).
	portWmm, portHmm = 180.0, 245.0
	// minPrintPt is the smallest size a text on the printed map may have.
	minPrintPt = 7.0
	// minMapFont is the smallest font size in the drawing, in units: the
	// labels, letters, ring names and youth counts.
	minMapFont = 13.0
	// maxGrow is how much the overview may enlarge the names beyond their
	// designed size: a label's box has about this much room around it.
	maxGrow = 1.12
)

// mapCSS gives the printed drawing and panels the boxes the print scale
// is worked out for.
var mapCSS = "@media print {\n" +
	"  figure.map svg.drawing { width: " + num(drawWmm) + "mm; height: " + num(drawHmm) + "mm; flex: none; }\n" +
	"  svg.panel { width: " + num(panelWmm) + "mm; height: " + num(panelHmm) + "mm; }\n" +
	"  svg.panel.portrait { width: " + num(portWmm) + "mm; height: " + num(portHmm) + "mm; }\n}\n"

// viewBox is a window on the drawing, in its units.
type viewBox struct{ x, y, w, h float64 }

func (v viewBox) attr() string {
	return num(v.x) + " " + num(v.y) + " " + num(v.w) + " " + num(v.h)
}

// printScale is how many points a unit of v takes when v is fitted into
// a box of wmm by hmm millimetres (SVG's default "meet").
func (v viewBox) printScale(wmm, hmm float64) float64 {
	return math.Min(wmm*mmToPt/v.w, hmm*mmToPt/v.h)
}

// drawingBox is the part of the map's canvas the printed drawing shows:
// the circle with its sector names, without the title lines and the
// legend, which the page shows itself.
func drawingBox(g geom) viewBox { return viewBox{0, g.mapTop, g.w, g.legendY - g.mapTop} }

// panel is one enlarged window: the names of the sectors it shows and
// its box.
type panel struct {
	sectors []int
	box     viewBox
	// portrait is whether the part prints larger on a portrait page.
	portrait bool
}

// shown is what the panel's page shows of the drawing: its box widened
// (or heightened) to the page's box, as the SVG fits the box in the
// middle and shows what lies around it.
func (p panel) shown() box {
	wmm, hmm := panelWmm, panelHmm
	if p.portrait {
		wmm, hmm = portWmm, portHmm
	}
	k := p.scale() / mmToPt // mm a unit
	cx, cy := p.box.x+p.box.w/2, p.box.y+p.box.h/2
	hw, hh := math.Max(p.box.w, wmm/k)/2, math.Max(p.box.h, hmm/k)/2
	return box{cx - hw, cy - hh, cx + hw, cy + hh}
}

// scale is how many points a unit of the panel takes on its page.
func (p panel) scale() float64 {
	if p.portrait {
		return p.box.printScale(portWmm, portHmm)
	}
	return p.box.printScale(panelWmm, panelHmm)
}

// mapPanels are the windows to print after the whole disc when that
// prints its smallest text under minPrintPt; none when it does not. The
// circle is cut into as few parts as make every text at least
// minPrintPt: two halves (a half disc fits a landscape page), then
// quarters, sixths, eighths and twelfths, and each of those also into
// inner and outer rings. The parts overlap a little, so that a name cut
// at one window's edge is whole in the next; a part without people is
// left out.
func mapPanels(l *mapLayout) []panel {
	g := l.g
	if maxGrow*minMapFont*drawingBox(g).printScale(drawWmm, drawHmm) >= minPrintPt {
		return nil
	}
	var parts []panel
	for _, n := range []int{2, 4, 6, 8, 12} {
		for _, m := range []int{1, 2} {
			parts = circleParts(g, n, m)
			ok := true
			for _, p := range parts {
				ok = ok && minMapFont*p.scale() >= minPrintPt
			}
			if ok {
				return withPeople(l, parts)
			}
		}
	}
	return withPeople(l, parts)
}

// withPeople keeps the parts in which someone stands.
func withPeople(l *mapLayout, parts []panel) []panel {
	var out []panel
	for _, p := range parts {
		b := box{p.box.x, p.box.y, p.box.x + p.box.w, p.box.y + p.box.h}
		for _, pl := range l.placed {
			if pl.x > b.x0 && pl.x < b.x1 && pl.y > b.y0 && pl.y < b.y1 {
				out = append(out, p)
				break
			}
		}
	}
	return out
}

// circleParts cuts the circle into n parts by angle, starting at 9
// o'clock so that two parts are the upper and lower half, and into m (1
// or 2) by radius; each part is the bounding box of its piece of the
// circle with room for the labels.
func circleParts(g geom, n, m int) []panel {
	radii := [][2]float64{{0, g.outerMax + 20}}
	if m == 2 {
		mid := g.outer(2)
		radii = [][2]float64{{0, mid + 45}, {mid - 45, g.outerMax + 20}}
	}
	width := 2 * math.Pi / float64(n)
	var out []panel
	for i := 0; i < n; i++ {
		for _, rr := range radii {
			// Overlap by about a label's half width at the outer edge.
			over := math.Min(70/rr[1], width/3)
			lo := -math.Pi/2 + width*float64(i) - over
			hi := lo + width + 2*over
			x0, y0, x1, y1 := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
			for j := 0; j <= 48; j++ {
				a := lo + (hi-lo)*float64(j)/48
				for _, r := range rr {
					x, y := g.point(a, r)
					x0, y0, x1, y1 = math.Min(x0, x), math.Min(y0, y), math.Max(x1, x), math.Max(y1, y)
				}
			}
			// Labels stand below their marks and reach sideways.
			x0, x1, y0, y1 = x0-20, x1+20, y0-20, y1+30
			var secs []int
			for s := 0; s < 6; s++ {
				if angleOverlap(g.mid[s]-g.half[s], g.mid[s]+g.half[s], lo+over, hi-over) {
					secs = append(secs, s)
				}
			}
			b := viewBox{x0, y0, x1 - x0, y1 - y0}
			out = append(out, panel{sectors: secs, box: b, portrait: b.printScale(portWmm, portHmm) > b.printScale(panelWmm, panelHmm)})
		}
	}
	return out
}

// angleOverlap reports whether the arcs [a0, a1] and [b0, b1] (radians,
// each shorter than a turn) share more than a sliver.
func angleOverlap(a0, a1, b0, b1 float64) bool {
	const eps = 0.01
	for _, k := range []float64{-2, 0, 2} {
		s, e := b0+k*math.Pi, b1+k*math.Pi
		if math.Min(a1, e)-math.Max(a0, s) > eps {
			return true
		}
	}
	return false
}

// overview is the window and the text style of the printed map's first
// page, the whole disc. Every text on it prints at minPrintPt or more: as
// designed when the disc is small enough; with the names a little larger
// when that is enough (up to maxGrow); otherwise without the names, which
// then stand in the enlarged parts (mapPanels), and with the sector, ring
// and youths' names raised to minPrintPt. Larger sector names need a
// wider margin, which shrinks the drawing, so the size is found in a few
// rounds.
func overview(l *mapLayout, nm names) (viewBox, drawStyle) {
	return overviewIn(l, nm, drawWmm, drawHmm)
}

// overviewIn is overview for a box of wmm by hmm millimetres.
func overviewIn(l *mapLayout, nm names, wmm, hmm float64) (viewBox, drawStyle) {
	vb := drawingBox(l.g)
	k := vb.printScale(wmm, hmm)
	switch {
	case minMapFont*k >= minPrintPt:
		return vb, drawStyle{}
	case maxGrow*minMapFont*k >= minPrintPt:
		return vb, drawStyle{least: atLeast(k)}
	}
	st := drawStyle{markersOnly: true}
	for range 4 {
		st.least = atLeast(k)
		// How far the widest sector name reaches beyond the circle, and
		// how tall a name above or below it is.
		reach := 0.0
		for _, n := range nm.sectors {
			reach = math.Max(reach, sectorWidth(n)*st.least/sectorSize)
		}
		dx := math.Max(0, 18+reach+8-marginSide)
		dy := math.Max(0, 18+st.least+8-marginVert)
		base := drawingBox(l.g)
		vb = viewBox{base.x - dx, base.y - dy, base.w + 2*dx, base.h + 2*dy}
		k = vb.printScale(wmm, hmm)
	}
	// The last round's box, with the size it prints at 7 pt.
	st.least = atLeast(k)
	return vb, st
}

// atLeast is the font size in units that prints at minPrintPt at k points
// a unit, rounded up to the tenth the drawing writes.
func atLeast(k float64) float64 { return math.Ceil(minPrintPt/k*10) / 10 }

// printedMap writes the map's landscape page for the HTML report: the
// heading, the drawing fitted to its box beside the legend, and the
// panels, each on a page of its own. Each panel holds only what can be
// seen through its window: the drawing again, not a <use> of it, as the
// page links to nothing, not even inside itself; all of it in every
// panel made the page of 300 people 7.8 MB.
func printedMap(w *bytes.Buffer, s *model.Session, o Options, heading string) {
	t := newTr(o.Lang)
	nm := mapNames(t)
	l := layoutMap(s, nm)
	vb, st := overview(l, nm)
	panels := mapPanels(l)
	// Measured: about 1,250 bytes a person for the overview, and 3,500
	// to 4,700 more for the parts (a person shows in one or two).
	size := 16384 + 1300*len(s.People)
	if len(panels) > 0 {
		size += 5000 * len(s.People)
	}
	w.Grow(size)
	// The heading stands above the legend, beside the drawing, so that
	// the drawing has the page's full height.
	w.WriteString("<section class=\"mappage\">\n<figure class=\"map\">\n")
	sw := &svgWriter{b: w}
	if st.markersOnly {
		// An overview without names is printed small: teeth about a
		// millimetre apart (vb's scale is in points a unit).
		sw.tooth = mmToPt / vb.printScale(drawWmm, drawHmm)
	}
	sw.s(`<svg xmlns="http://www.w3.org/2000/svg" version="1.1" class="drawing" viewBox="`, vb.attr(),
		`" font-family="DejaVu Sans, Noto Sans, Arial, Helvetica, sans-serif" role="img">`, "\n<title>")
	sw.esc(t.T("report.map_title", line(s.Label)))
	sw.s("</title>\n")
	drawMap(sw, l, s, nm, st)
	sw.s("</svg>\n")
	w.WriteString("<figcaption>\n<h2>" + esc(heading) + "</h2>\n")
	if st.markersOnly {
		w.WriteString("<p class=\"mapnote\">" + esc(t.T("report.map_overview_note", len(panels))) + "</p>\n")
	}
	w.Write(legendSVG(t))
	w.WriteString("</figcaption>\n</figure>\n</section>\n")
	for i, p := range panels {
		class, svgClass := "mappage panel", "panel"
		if p.portrait {
			class, svgClass = "mappage panel portrait", "panel portrait"
		}
		w.WriteString("<section class=\"" + class + "\">\n<h3>")
		var secs []string
		for _, sec := range p.sectors {
			secs = append(secs, nm.sectors[sec])
		}
		w.WriteString(esc(t.T("report.map_panel", i+1, len(panels), strings.Join(secs, ", "))))
		w.WriteString("</h3>\n<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" class=\"" + svgClass + "\" viewBox=\"")
		w.WriteString(p.box.attr())
		w.WriteString("\" font-family=\"DejaVu Sans, Noto Sans, Arial, Helvetica, sans-serif\" role=\"img\">\n")
		// The panels show the drawing as designed, names and all; an id
		// may stand only once in a page.
		cull := p.shown()
		drawMap(&svgWriter{b: w, cull: &cull, classes: true}, l, s, nm, drawStyle{})
		w.WriteString("</svg>\n</section>\n")
	}
}
