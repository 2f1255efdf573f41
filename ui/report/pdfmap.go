package report

import (
	"math"
	"strconv"
	"strings"

	"codeberg.org/go-pdf/fpdf"

	"kring/model"
)

// The map in the PDF is the printed HTML map drawn with fpdf: the same
// layout, overview and enlarged parts (mapprint.go), with the tie styles,
// arrowheads, relations, marks, stars and letters of the SVG (svg.go),
// and the legend beside the overview at a fixed size.

// pdfPen draws in the map's units on a PDF page: a unit at (x, y) of the
// window vx, vy lands at ox + (x-vx)*k mm.
type pdfPen struct {
	f              *fpdf.Fpdf
	ox, oy, vx, vy float64
	k              float64 // mm per unit
	// cull is the window in units; what lies wholly outside is skipped.
	cull box
	// The stroke and fill last set, so that a run of people with the
	// same style writes it once: most of a large map's bytes otherwise.
	lastStroke, lastFill string
}

func (p *pdfPen) X(x float64) float64 { return p.ox + (x-p.vx)*p.k }
func (p *pdfPen) Y(y float64) float64 { return p.oy + (y-p.vy)*p.k }

// visible reports whether the box b (units) reaches into the window.
func (p *pdfPen) visible(b box) bool { return b.overlaps(p.cull) }

// rgb is a colour "#rrggbb" as its three parts; grey on a bad value.
func rgb(hex string) (int, int, int) {
	v, err := strconv.ParseUint(strings.TrimPrefix(hex, "#"), 16, 32)
	if err != nil || len(hex) != 7 {
		return 68, 68, 68
	}
	return int(v >> 16), int(v >> 8 & 0xff), int(v & 0xff)
}

// stroke sets the line's colour, width (units, as in the SVG) and dash
// pattern ("6 4" in units, or none).
func (p *pdfPen) stroke(colour, width, dash string) {
	if key := colour + width + "/" + dash; key != p.lastStroke {
		p.lastStroke = key
	} else {
		return
	}
	p.f.SetDrawColor(rgb(colour))
	wv, _ := strconv.ParseFloat(width, 64)
	p.f.SetLineWidth(wv * p.k)
	var pat []float64
	for _, d := range strings.Fields(dash) {
		v, _ := strconv.ParseFloat(d, 64)
		pat = append(pat, v*p.k)
	}
	p.f.SetDashPattern(pat, 0)
}

func (p *pdfPen) fill(colour string) {
	if colour != p.lastFill {
		p.lastFill = colour
		p.f.SetFillColor(rgb(colour))
	}
}

func (p *pdfPen) line(x0, y0, x1, y1 float64) { p.f.Line(p.X(x0), p.Y(y0), p.X(x1), p.Y(y1)) }

func (p *pdfPen) circle(x, y, r float64, style string) { p.f.Circle(p.X(x), p.Y(y), r*p.k, style) }

// path draws an open line through pts, only the stretches that reach
// into the window: a long zigzag crosses several enlarged parts.
func (p *pdfPen) path(pts [][2]float64) {
	in := func(i int) bool {
		q := pts[min(max(i, 0), len(pts)-1)]
		return q[0] > p.cull.x0-20 && q[0] < p.cull.x1+20 && q[1] > p.cull.y0-20 && q[1] < p.cull.y1+20
	}
	open, drawn := false, false
	for i, q := range pts {
		if !in(i-1) && !in(i) && !in(i+1) {
			open = false
			continue
		}
		if !open {
			p.f.MoveTo(p.X(q[0]), p.Y(q[1]))
			open = true
		} else {
			p.f.LineTo(p.X(q[0]), p.Y(q[1]))
			drawn = true
		}
	}
	if drawn {
		p.f.DrawPath("D")
	}
}

// polygon fills (and with "FD" also strokes) a closed shape.
func (p *pdfPen) polygon(pts [][2]float64, style string) {
	ps := make([]fpdf.PointType, len(pts))
	for i, q := range pts {
		ps[i] = fpdf.PointType{X: p.X(q[0]), Y: p.Y(q[1])}
	}
	p.f.Polygon(ps, style)
}

// text writes s at (x, y) units in size units with an SVG-like anchor.
func (p *pdfPen) text(x, y, size float64, style, anchor, colour, s string) {
	p.f.SetTextColor(rgb(colour))
	pdfText(p.f, p.X(x), p.Y(y), size*p.k*mmToPt, style, anchor, s)
}

// mark is personMark's drawing.
func (p *pdfPen) mark(per *model.Person, x, y float64) {
	switch {
	case per.Deceased:
		p.fill("#ffffff")
		p.circle(x, y, 7, "F")
		p.stroke(colDeceased, "2.2", "")
		p.line(x, y-7, x, y+7)
		p.line(x-4.5, y-2.5, x+4.5, y-2.5)
	case per.Quality == model.QualityStrong:
		p.fill(colStrong)
		p.stroke("#ffffff", "1", "")
		p.circle(x, y, 6, "FD")
	case per.Quality == model.QualityWeak:
		p.fill("#ffffff")
		p.stroke(colWeak, "1.6", "2.2 1.8")
		p.circle(x, y, 5.5, "FD")
	case per.Quality == model.QualityStressful:
		p.fill("#ffffff")
		p.circle(x, y, 7, "F")
		p.stroke(colStressful, "2.4", "")
		p.line(x-5, y-5, x+5, y+5)
		p.line(x-5, y+5, x+5, y-5)
	default:
		p.fill("#ffffff")
		p.stroke(colNormal, "1.8", "")
		p.circle(x, y, 5.5, "FD")
	}
}

// star is star's drawing.
func (p *pdfPen) star(x, y, r float64, filled bool) {
	pts := starPoints(x, y, r)
	p.fill(colStar)
	if !filled {
		p.fill("#ffffff")
	}
	p.stroke("#8a6400", "1", "")
	p.polygon(pts[:], "FD")
}

// arrow is arrow's drawing.
func (p *pdfPen) arrow(x, y, ux, uy float64, colour string) {
	pts := arrowPoints(x, y, ux, uy)
	p.fill(colour)
	p.polygon(pts[:], "F")
}

// tie draws the line of one tie with its style and arrowheads.
func (p *pdfPen) tie(per *model.Person, x0, y0, x1, y1, ux, uy float64) {
	colour, width, dash := tieStyle(per)
	p.stroke(colour, width, dash)
	// On a small scale the teeth grow to a size that prints (about a
	// millimetre apart), which also keeps a long tie to fewer points.
	if per.Quality == model.QualityStressful {
		p.path(zigzagPoints(x0, y0, x1, y1, math.Max(5, 1/p.k), math.Max(4, 0.4/p.k)))
	} else {
		p.line(x0, y0, x1, y1)
	}
	switch direction(per) {
	case model.DirectionGives:
		p.arrow(x0+ux*3, y0+uy*3, -ux, -uy, colour)
	case model.DirectionReceives:
		p.arrow(x1, y1, ux, uy, colour)
	case model.DirectionMutual:
		p.arrow(x0+ux*3, y0+uy*3, -ux, -uy, colour)
		p.arrow(x1, y1, ux, uy, colour)
	}
}

// relMark is relationMark's drawing.
func (p *pdfPen) relMark(mark string, x, y, ux, uy float64, colour string) {
	px, py := -uy, ux
	p.stroke(colour, "2", "")
	switch mark {
	case "slashes":
		for _, off := range []float64{-3, 3} {
			cx, cy := x+ux*off, y+uy*off
			p.line(cx-px*6+ux*3, cy-py*6+uy*3, cx+px*6-ux*3, cy+py*6-uy*3)
		}
	case "cross":
		p.fill("#ffffff")
		p.circle(x, y, 7, "F")
		p.line(x-5, y-5, x+5, y+5)
		p.line(x-5, y+5, x+5, y-5)
	case "bar":
		p.line(x-px*7, y-py*7, x+px*7, y+py*7)
	}
}

// drawMap draws the map as svg.go's drawMap does, skipping what lies
// outside the pen's window.
func (p *pdfPen) drawMap(l *mapLayout, s *model.Session, nm names, st drawStyle) {
	g := l.g
	f := p.f
	f.SetLineCapStyle("round")
	f.SetLineJoinStyle("round")
	// Rings and sectors.
	R := g.outer(4)
	p.fill("#f4f4f4")
	p.stroke("#b0b0b0", "1.2", "6 4")
	p.circle(g.cx, g.cy, R, "FD")
	p.fill("#ffffff")
	p.stroke(colGrid, "1.2", "")
	p.circle(g.cx, g.cy, g.outer(3), "FD")
	for k := 2; k >= 1; k-- {
		p.circle(g.cx, g.cy, g.outer(k), "D")
	}
	p.stroke(colGrid, "1.2", "3 3")
	for i := 0; i < 6; i++ {
		a := g.mid[i] - g.half[i]
		x0, y0 := g.point(a, g.r0)
		x1, y1 := g.point(a, R)
		p.line(x0, y0, x1, y1)
	}
	for i := 0; i < 6; i++ {
		size := st.size(sectorSize)
		x, y, anchor, b := g.sectorLabelAt(i, sectorWidth(nm.sectors[i])*size/sectorSize, size)
		if p.visible(b) {
			p.text(x, y, size, "B", anchor, "#333333", nm.sectors[i])
		}
	}
	// The youths.
	p.fill("#fff5d6")
	p.stroke("#d4a72c", "1.5", "")
	p.circle(g.cx, g.cy, g.r0, "FD")
	size := st.size(14)
	spots, shown := youthSpots(g, s, size)
	chars := max(int(2*g.r0*0.85/(8.5*size/14)), 4)
	for i, sp := range spots {
		if i >= shown {
			p.text(sp[0], sp[1]+5, st.size(13), "", "middle", "#555555", "+"+itoa(len(s.Youths)-shown))
			continue
		}
		y := s.Youths[i]
		name := truncate(line(y.Name), chars)
		if y.BirthYear != 0 {
			name = truncate(line(y.Name), chars-7) + " (" + itoa(y.BirthYear) + ")"
		}
		p.text(sp[0], sp[1]+5*size/14, size, "B", "middle", "#111111", name)
	}
	// Ties, then relations.
	for _, pl := range l.placed {
		x0, y0, x1, y1, ux, uy, ok := tieLine(g, pl)
		if ok && p.visible(box{math.Min(x0, x1) - 10, math.Min(y0, y1) - 10, math.Max(x0, x1) + 10, math.Max(y0, y1) + 10}) {
			p.tie(pl.item.p, x0, y0, x1, y1, ux, uy)
		}
	}
	for _, c := range relationCurves(l, s, st) {
		if !p.visible(box{math.Min(c.ax, math.Min(c.bx, c.cx)), math.Min(c.ay, math.Min(c.by, c.cy)),
			math.Max(c.ax, math.Max(c.bx, c.cx)), math.Max(c.ay, math.Max(c.by, c.cy))}) {
			continue
		}
		colour, width, dash, mark := relationStyle(c.kind)
		p.stroke(colour, width, dash)
		f.Curve(p.X(c.ax), p.Y(c.ay), p.X(c.cx), p.Y(c.cy), p.X(c.bx), p.Y(c.by), "D")
		mx, my := c.middle()
		p.relMark(mark, mx, my, c.ux, c.uy, colour)
	}
	// Ring names over the lines, on a white ground.
	rs := st.size(ringSize)
	for k := 1; k <= 4; k++ {
		txt := g.ringTextAt(nm, k, rs)
		x, y, b := g.ringLabel(k, textWidth(txt, rs))
		p.fill("#ffffff")
		f.Rect(p.X(b.x0), p.Y(y-rs*0.8), (b.x1-b.x0)*p.k, rs*p.k, "F")
		p.text(x, y, rs, "", "middle", "#707070", txt)
	}
	// People: mark, star and the label on its white ground.
	ls := st.size(labelSize)
	k := ls / labelSize
	for _, pl := range l.placed {
		if !p.visible(labelBox(pl.x, pl.y, pl.w*k)) {
			continue
		}
		per := pl.item.p
		p.mark(per, pl.x, pl.y)
		if pl.item.mark != "" {
			p.star(pl.x+9, pl.y-7, 6, pl.item.mark == "★")
		}
		if st.markersOnly {
			continue
		}
		hw := pl.w*k/2 + 2
		p.fill("#ffffff")
		f.Rect(p.X(pl.x-hw), p.Y(pl.y+7), 2*hw*p.k, 16*k*p.k, "F")
		label := pl.name
		if pl.letters == "" {
			p.text(pl.x, pl.y+7+12*k, ls, "", "middle", labelColour(per), label)
			continue
		}
		// The name and its letters in bold blue, centred together.
		pt := ls * p.k * mmToPt
		pdfFont(f, "", pt)
		wn := f.GetStringWidth(label + " ")
		pdfFont(f, "B", pt)
		wl := f.GetStringWidth(pl.letters)
		x0 := p.X(pl.x) - (wn+wl)/2
		yy := p.Y(pl.y + 7 + 12*k)
		f.SetTextColor(rgb(labelColour(per)))
		pdfFont(f, "", pt)
		f.Text(x0, yy, label)
		f.SetTextColor(rgb(colLetters))
		pdfFont(f, "B", pt)
		f.Text(x0+wn, yy, pl.letters)
	}
	f.SetDashPattern(nil, 0)
	f.SetTextColor(17, 17, 17)
	f.SetDrawColor(17, 17, 17)
}

// pdfLegend draws the legend in one column at (x, y) mm, width wide, with
// units of k mm (the HTML's legendSVG, drawn with the map's pen).
func pdfLegend(f *fpdf.Fpdf, t tr, x, y, width float64) {
	k := width / legendWidth
	p := &pdfPen{f: f, ox: x, oy: y, k: k}
	p.fill("#fafafa")
	p.stroke("#cccccc", "1", "")
	f.Rect(p.X(16), p.Y(0), (legendWidth-32)*k, (legendTall-16)*k, "FD")
	p.text(30, 24, 15, "B", "start", "#222222", t.T("map.legend_title"))
	row := func(col, i int) (float64, float64) {
		return 30, 52 + float64(legendOffsets[col]+i)*legendRow
	}
	label := func(x, y float64, s string) { p.text(x+52, y+4, 12, "", "start", "#222222", s) }
	heading := func(col int, s string) {
		x, y := row(col, 0)
		p.text(x, y-6, 12, "B", "start", "#444444", s)
	}
	heading(0, t.T("report.legend.ties"))
	for i, q := range model.Qualities {
		x, y := row(0, i+1)
		per := &model.Person{Quality: q}
		p.tie(per, x, y, x+34, y, 1, 0)
		p.mark(per, x+42, y)
		label(x, y, t.code("quality", string(q)))
	}
	x0, y0 := row(0, 5)
	p.stroke(colNormal, "1.4", "")
	p.line(x0, y0, x0+30, y0)
	p.arrow(x0+40, y0, 1, 0, colNormal)
	label(x0, y0, t.T("report.legend.direction"))
	x0, y0 = row(0, 6)
	p.mark(&model.Person{Deceased: true}, x0+42, y0)
	label(x0, y0, t.T("report.legend.deceased"))
	heading(1, t.T("report.legend.relations"))
	for i, kind := range model.RelationKinds {
		x, y := row(1, i+1)
		colour, w, dash, mark := relationStyle(kind)
		p.stroke(colour, w, dash)
		p.line(x, y, x+42, y)
		p.relMark(mark, x+21, y, 1, 0, colour)
		label(x, y, t.code("relation", string(kind)))
	}
	heading(2, t.T("report.legend.marks"))
	x0, y0 = row(2, 1)
	p.star(x0+20, y0, 7, true)
	label(x0, y0, t.T("report.legend.jim"))
	x0, y0 = row(2, 2)
	p.star(x0+20, y0, 7, false)
	label(x0, y0, t.T("report.legend.jim_candidate"))
	for i, kind := range model.SupportKinds {
		x, y := row(2, 3+i)
		p.text(x+14, y+5, 13, "B", "start", colLetters, kind.Letter())
		label(x, y, t.code("support", string(kind)))
	}
	heading(3, strings.TrimSpace(t.T("report.legend.rings", "")))
	for i := 1; i <= 4; i++ {
		x, y := row(3, i)
		p.text(x, y+4, 12, "", "start", "#222222", itoa(i)+" "+t.code("ring", itoa(i)))
	}
	f.SetDashPattern(nil, 0)
	f.SetTextColor(17, 17, 17)
	f.SetDrawColor(17, 17, 17)
}
