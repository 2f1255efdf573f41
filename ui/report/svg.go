package report

import (
	"bytes"
	"encoding/xml"
	"math"
	"strconv"
	"strings"

	"kring/model"
)

// SVG returns the circle map alone as a standalone SVG drawing: rings 1
// to 4 and six labelled sectors in the screen map's order, the youths in
// the centre, each person as a mark in their sector and ring with a line
// from the centre whose style is the tie's quality (strong thick, normal
// solid, weak dashed, stressful a red zigzag), arrowheads for who helps
// whom, the P/G/A/E letters, ★ for an active JIM and ☆ for a candidate,
// the relations between people as curves, a legend, the family's label
// and the date. Every text is XML-escaped.
func SVG(s *model.Session, o Options) []byte {
	return renderSVG(prepare(s, o), o)
}

// Colours of the map, chosen to print well in grey as well.
const (
	colStrong    = "#2e7d32"
	colNormal    = "#444444"
	colWeak      = "#8a8a8a"
	colStressful = "#c62828"
	colDeceased  = "#9e9e9e"
	colLetters   = "#0d47a1"
	colStar      = "#f2b200"
	colGrid      = "#c8c8c8"
)

// svgWriter accumulates the drawing.
type svgWriter struct {
	b *bytes.Buffer
	// cull, when set, is the window the drawing is shown through: what
	// lies wholly outside it is left out (an enlarged part of the
	// printed map shows a sixth of the drawing or less).
	cull *box
	// classes names the drawing's groups by class instead of id, for a
	// drawing that stands more than once in a page.
	classes bool
	// tooth, when more than the designed 5 units, is the distance between
	// the teeth of a stressful tie: a drawing printed small gets teeth
	// that print about a millimetre apart, as in the PDF, and a long tie
	// fewer points.
	tooth float64
}

// newSVGWriter is a writer into a buffer of size bytes.
func newSVGWriter(size int) *svgWriter {
	return &svgWriter{b: bytes.NewBuffer(make([]byte, 0, size))}
}

// shows reports whether something within b can be seen.
func (w *svgWriter) shows(b box) bool { return w.cull == nil || b.overlaps(*w.cull) }

// showsLine reports whether the line from (x0, y0) to (x1, y1), with
// its arrowheads and teeth, can be seen.
func (w *svgWriter) showsLine(x0, y0, x1, y1 float64) bool {
	if w.cull == nil {
		return true
	}
	c := *w.cull
	_, _, ok := clipSegment(x0, y0, x1, y1, box{c.x0 - 10, c.y0 - 10, c.x1 + 10, c.y1 + 10})
	return ok
}

// group opens a group of the drawing named name, with attrs.
func (w *svgWriter) group(name, attrs string) {
	if w.classes {
		w.s(`<g class="`, name, `"`, attrs, ">\n")
	} else {
		w.s(`<g id="`, name, `"`, attrs, ">\n")
	}
}

func (w *svgWriter) s(parts ...string) {
	for _, p := range parts {
		w.b.WriteString(p)
	}
}

// esc writes text escaped for XML content and attributes alike.
func (w *svgWriter) esc(s string) {
	_ = xml.EscapeText(w.b, []byte(s))
}

// num formats a coordinate with one decimal, without a trailing ".0".
func num(f float64) string {
	var buf [24]byte
	return string(appendNum(buf[:0], f))
}

// appendNum appends num(f) to b.
func appendNum(b []byte, f float64) []byte {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return append(b, '0')
	}
	v := math.Round(f * 10)
	if math.Abs(v) >= 1e15 {
		s := strconv.FormatFloat(v/10, 'f', 1, 64)
		return append(b, strings.TrimSuffix(s, ".0")...)
	}
	// Tenths as an integer: written without a float formatter, which
	// took a fifth of the printed map's time.
	n := int64(v)
	if n < 0 {
		b, n = append(b, '-'), -n
	}
	b = strconv.AppendInt(b, n/10, 10)
	if n%10 != 0 {
		b = append(b, '.', byte('0'+n%10))
	}
	return b
}

// point writes "x,y" in num's form, straight into the drawing.
func (w *svgWriter) point(x, y float64) {
	b := appendNum(w.b.AvailableBuffer(), x)
	b = append(b, ',')
	w.b.Write(appendNum(b, y))
}

// text writes a <text> element with escaped content.
func (w *svgWriter) text(x, y float64, attrs, content string) {
	w.s(`<text x="`, num(x), `" y="`, num(y), `"`, attrs, `>`)
	w.esc(content)
	w.s("</text>\n")
}

func renderSVG(s *model.Session, o Options) []byte {
	t := newTr(o.Lang)
	nm := mapNames(t)
	l := layoutMap(s, nm)
	g := l.g
	w := newSVGWriter(16384 + 900*len(s.People))
	w.s(`<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="`, num(g.w), `" height="`, num(g.h),
		`" viewBox="0 0 `, num(g.w), " ", num(g.h), `" font-family="DejaVu Sans, Noto Sans, Arial, Helvetica, sans-serif" role="img">`, "\n")
	title := t.T("report.map_title", line(s.Label))
	w.s("<title>")
	w.esc(title)
	w.s("</title>\n")
	w.s(`<rect x="0" y="0" width="`, num(g.w), `" height="`, num(g.h), `" fill="#ffffff"/>`, "\n")

	// Title lines.
	w.text(24, 38, ` font-size="22" font-weight="bold" fill="#111111"`, truncate(line(s.Label), 70))
	sub := t.T("report.map_sub", mapDate(s, o))
	if d := dateOf(o.Now); d != "" {
		sub += " · " + t.T("report.made_on", d)
	}
	w.text(24, 62, ` font-size="13" fill="#555555"`, sub)
	tagY := 30.0
	if s.Demo {
		w.text(g.w-24, tagY+8, ` font-size="15" font-weight="bold" fill="#b71c1c" text-anchor="end"`, t.T("report.demo_tag"))
		tagY += 24
	}
	if o.Pseudonymise {
		w.text(g.w-24, tagY+8, ` font-size="13" fill="#555555" text-anchor="end"`, t.T("report.pseudo_tag"))
	}

	drawMap(w, l, s, nm, drawStyle{})
	drawLegend(w, g.w, g.legendY, legendHeight, false, t)
	w.s("</svg>\n")
	return w.b.Bytes()
}

// drawStyle is how one drawing of the map sets its text: the SVG
// export draws it as designed (the zero value); the printed overview
// raises every text to the size that prints at 7 pt and, when that is
// too large for the names, leaves the names to the enlarged parts.
type drawStyle struct {
	// least is the smallest font size of any text, in units; 0 keeps
	// the designed sizes.
	least float64
	// markersOnly draws each person's mark and star without the name.
	markersOnly bool
}

// size is a designed font size raised to the style's least.
func (st drawStyle) size(designed float64) float64 { return math.Max(designed, st.least) }

// drawMap draws the map itself: rings and sectors, the youths, the ties,
// the relations and the people, without title or legend.
func drawMap(w *svgWriter, l *mapLayout, s *model.Session, nm names, st drawStyle) {
	drawGrid(w, l.g, nm, st)
	drawYouths(w, l.g, s, st)
	drawTies(w, l)
	drawRelations(w, l, s, st)
	drawRingNames(w, l.g, nm, st)
	drawPeople(w, l, st)
}

// drawGrid draws the rings, the sector lines and their names.
func drawGrid(w *svgWriter, g geom, nm names, st drawStyle) {
	R := g.outer(4)
	// Ring 4 (no contact now) is shaded and its edge dashed.
	w.s(`<circle cx="`, num(g.cx), `" cy="`, num(g.cy), `" r="`, num(R), `" fill="#f4f4f4" stroke="#b0b0b0" stroke-width="1.2" stroke-dasharray="6 4"/>`, "\n")
	w.s(`<circle cx="`, num(g.cx), `" cy="`, num(g.cy), `" r="`, num(g.outer(3)), `" fill="#ffffff" stroke="`, colGrid, `" stroke-width="1.2"/>`, "\n")
	for k := 2; k >= 1; k-- {
		w.s(`<circle cx="`, num(g.cx), `" cy="`, num(g.cy), `" r="`, num(g.outer(k)), `" fill="none" stroke="`, colGrid, `" stroke-width="1.2"/>`, "\n")
	}
	for i := 0; i < 6; i++ {
		a := g.mid[i] - g.half[i]
		x0, y0 := g.point(a, g.r0)
		x1, y1 := g.point(a, R)
		w.s(`<line x1="`, num(x0), `" y1="`, num(y0), `" x2="`, num(x1), `" y2="`, num(y1), `" stroke="`, colGrid, `" stroke-width="1.2" stroke-dasharray="3 3"/>`, "\n")
	}
	for i := 0; i < 6; i++ {
		size := st.size(sectorSize)
		x, y, anchor, b := g.sectorLabelAt(i, sectorWidth(nm.sectors[i])*size/sectorSize, size)
		if !w.shows(b) {
			continue
		}
		w.text(x, y, ` font-size="`+num(size)+`" font-weight="bold" fill="#333333" text-anchor="`+anchor+`"`, nm.sectors[i])
	}
}

// drawRingNames writes the rings' names over the tie lines, with a halo.
func drawRingNames(w *svgWriter, g geom, nm names, st drawStyle) {
	size := st.size(ringSize)
	for k := 1; k <= 4; k++ {
		txt := g.ringTextAt(nm, k, size)
		x, y, _ := g.ringLabel(k, textWidth(txt, size))
		w.text(x, y, ` font-size="`+num(size)+`" font-style="italic" fill="#707070" text-anchor="middle" stroke="#ffffff" stroke-width="3" paint-order="stroke"`, txt)
	}
}

// youthSpots are where the youths' names stand in the centre; relations
// with a youth end there. The names are set in size units (14 as
// designed), a line apart.
func youthSpots(g geom, s *model.Session, size float64) (spots [][2]float64, shown int) {
	n := len(s.Youths)
	lh := 18 * size / 14
	maxLines := max(int(2*g.r0*0.8/lh), 1)
	shown = n
	if n > maxLines {
		shown = maxLines - 1
	}
	lines := shown
	if shown < n {
		lines++
	}
	top := g.cy - float64(lines-1)*lh/2
	for i := 0; i < lines; i++ {
		spots = append(spots, [2]float64{g.cx, top + float64(i)*lh})
	}
	return spots, shown
}

func drawYouths(w *svgWriter, g geom, s *model.Session, st drawStyle) {
	w.s(`<circle cx="`, num(g.cx), `" cy="`, num(g.cy), `" r="`, num(g.r0), `" fill="#fff5d6" stroke="#d4a72c" stroke-width="1.5"/>`, "\n")
	size := st.size(14)
	spots, shown := youthSpots(g, s, size)
	chars := max(int(2*g.r0*0.85/(8.5*size/14)), 4)
	small := num(st.size(13))
	for i, sp := range spots {
		if i >= shown {
			w.text(sp[0], sp[1]+5, ` font-size="`+small+`" fill="#555555" text-anchor="middle"`, "+"+itoa(len(s.Youths)-shown))
			continue
		}
		y := s.Youths[i]
		name := truncate(line(y.Name), chars)
		if y.BirthYear != 0 {
			name = truncate(line(y.Name), chars-7) + " (" + itoa(y.BirthYear) + ")"
		}
		w.text(sp[0], sp[1]+5*size/14, ` font-size="`+num(size)+`" font-weight="bold" fill="#111111" text-anchor="middle"`, name)
	}
	if len(s.Youths) == 0 {
		w.text(g.cx, g.cy+5, ` font-size="`+small+`" fill="#777777" text-anchor="middle"`, "–")
	}
}

// direction is the way help flows in a tie as a whole: one direction
// when every kind given agrees, mutual when they differ.
func direction(p *model.Person) model.Direction {
	d := model.DirectionNone
	for _, k := range model.SupportKinds {
		v := p.Support.Get(k)
		if (v.Level != model.LevelSometimes && v.Level != model.LevelOften) || v.Direction == model.DirectionNone {
			continue
		}
		switch {
		case d == model.DirectionNone:
			d = v.Direction
		case d != v.Direction:
			return model.DirectionMutual
		}
	}
	return d
}

// tieStyle is the stroke of a tie line.
func tieStyle(p *model.Person) (colour, width, dash string) {
	switch p.Quality {
	case model.QualityStrong:
		colour, width = colStrong, "3.6"
	case model.QualityWeak:
		colour, width, dash = colWeak, "1.3", "6 4"
	case model.QualityStressful:
		colour, width = colStressful, "1.5"
	default:
		colour, width = colNormal, "1.4"
	}
	if p.Deceased {
		colour = colDeceased
	}
	return colour, width, dash
}

// drawTies draws a line from the youths' disc to every person.
func drawTies(w *svgWriter, l *mapLayout) {
	g := l.g
	w.group("ties", ` fill="none" stroke-linecap="round"`)
	for _, p := range l.placed {
		x0, y0, x1, y1, ux, uy, ok := tieLine(g, p)
		if !ok || !w.showsLine(x0, y0, x1, y1) {
			continue
		}
		colour, width, dash := tieStyle(p.item.p)
		if p.item.p.Quality == model.QualityStressful {
			w.s(`<polyline points="`)
			w.zigzag(x0, y0, x1, y1)
			w.s(`" stroke="`, colour, `" stroke-width="`, width, `" stroke-linejoin="round"/>`, "\n")
		} else {
			w.s(`<line x1="`, num(x0), `" y1="`, num(y0), `" x2="`, num(x1), `" y2="`, num(y1), `" stroke="`, colour, `" stroke-width="`, width, `"`)
			if dash != "" {
				w.s(` stroke-dasharray="`, dash, `"`)
			}
			w.s("/>\n")
		}
		// Arrowheads: towards the centre when the person helps the
		// family, towards the person when the family helps them.
		switch direction(p.item.p) {
		case model.DirectionGives:
			arrow(w, x0+ux*3, y0+uy*3, -ux, -uy, colour)
		case model.DirectionReceives:
			arrow(w, x1, y1, ux, uy, colour)
		case model.DirectionMutual:
			arrow(w, x0+ux*3, y0+uy*3, -ux, -uy, colour)
			arrow(w, x1, y1, ux, uy, colour)
		}
	}
	w.s("</g>\n")
}

// tieLine is where the tie of p runs, from the youths' disc to just
// short of the mark, in direction (ux, uy); ok is false for a mark on the
// disc's edge.
func tieLine(g geom, p placement) (x0, y0, x1, y1, ux, uy float64, ok bool) {
	dx, dy := p.x-g.cx, p.y-g.cy
	d := math.Hypot(dx, dy)
	if d < g.r0+8 {
		return 0, 0, 0, 0, 0, 0, false
	}
	ux, uy = dx/d, dy/d
	return g.cx + ux*g.r0, g.cy + uy*g.r0, p.x - ux*7, p.y - uy*7, ux, uy, true
}

// arrow draws a small filled arrowhead with its tip at (x, y) pointing
// along (ux, uy).
func arrow(w *svgWriter, x, y, ux, uy float64, colour string) {
	p := arrowPoints(x, y, ux, uy)
	w.s(`<polygon points="`)
	w.point(p[0][0], p[0][1])
	w.b.WriteByte(' ')
	w.point(p[1][0], p[1][1])
	w.b.WriteByte(' ')
	w.point(p[2][0], p[2][1])
	w.s(`" fill="`, colour, `" stroke="none"/>`, "\n")
}

// arrowPoints are the corners of an arrowhead with its tip at (x, y)
// pointing along (ux, uy).
func arrowPoints(x, y, ux, uy float64) [3][2]float64 {
	const length, half = 9.0, 4.0
	bx, by := x-ux*length, y-uy*length
	px, py := -uy*half, ux*half
	return [3][2]float64{{x, y}, {bx + px, by + py}, {bx - px, by - py}}
}

// zigzag writes the points of the stressful tie: straight at both ends,
// a zigzag between. Through a window (cull) only the stretch that shows
// is written.
func (w *svgWriter) zigzag(x0, y0, x1, y1 float64) {
	from, to := math.Inf(-1), math.Inf(1)
	if c := w.cull; c != nil {
		// The teeth reach 4 units to the side.
		t0, t1, ok := clipSegment(x0, y0, x1, y1, box{c.x0 - 10, c.y0 - 10, c.x1 + 10, c.y1 + 10})
		if !ok {
			t0, t1 = 0, 0
		}
		d := math.Hypot(x1-x0, y1-y0)
		from, to = t0*d, t1*d
	}
	step, amp := 5.0, 4.0
	if w.tooth > step {
		step, amp = w.tooth, w.tooth*0.4
	}
	for i, p := range zigzagWithin(x0, y0, x1, y1, step, amp, from, to) {
		if i > 0 {
			w.b.WriteByte(' ')
		}
		w.point(p[0], p[1])
	}
}

// zigzagPoints are the corners of the zigzag from (x0, y0) to (x1, y1),
// a tooth every step units, amp units to the side.
func zigzagPoints(x0, y0, x1, y1, step, amp float64) [][2]float64 {
	return zigzagWithin(x0, y0, x1, y1, step, amp, math.Inf(-1), math.Inf(1))
}

// relationStyle is the stroke of a relation and the mark at its middle.
func relationStyle(k model.RelationKind) (colour, width, dash, mark string) {
	switch k {
	case model.RelationPartners:
		return "#1565c0", "2.2", "", ""
	case model.RelationSeparated:
		return "#1565c0", "1.8", "7 4", "slashes"
	case model.RelationConflict:
		return colStressful, "2", "", "cross"
	case model.RelationSupport:
		return colStrong, "1.8", "3 3", ""
	case model.RelationClose:
		return "#6a1b9a", "3.2", "", ""
	case model.RelationCutOff:
		return "#757575", "1.6", "2 3", "bar"
	}
	return colNormal, "1.4", "", ""
}

// drawRelations draws each relation as a curve between the two people
// (or a person and a youth), with its mark at the middle.
func drawRelations(w *svgWriter, l *mapLayout, s *model.Session, st drawStyle) {
	if len(s.Relations) == 0 {
		return
	}
	w.group("relations", ` fill="none" stroke-linecap="round"`)
	for _, c := range relationCurves(l, s, st) {
		if !w.shows(box{math.Min(c.ax, math.Min(c.bx, c.cx)) - 10, math.Min(c.ay, math.Min(c.by, c.cy)) - 10,
			math.Max(c.ax, math.Max(c.bx, c.cx)) + 10, math.Max(c.ay, math.Max(c.by, c.cy)) + 10}) {
			continue
		}
		colour, width, dash, mark := relationStyle(c.kind)
		w.s(`<path d="M`, num(c.ax), " ", num(c.ay), " Q", num(c.cx), " ", num(c.cy), " ", num(c.bx), " ", num(c.by), `" stroke="`, colour, `" stroke-width="`, width, `"`)
		if dash != "" {
			w.s(` stroke-dasharray="`, dash, `"`)
		}
		w.s("/>\n")
		mx, my := c.middle()
		relationMark(w, mark, mx, my, c.ux, c.uy, colour)
	}
	w.s("</g>\n")
}

// relCurve is a relation drawn as a quadratic curve from a over c to b;
// (ux, uy) is the direction from a to b, along which its mark lies.
type relCurve struct {
	ax, ay, cx, cy, bx, by, ux, uy float64
	kind                           model.RelationKind
}

// middle is the curve's middle, where its mark goes.
func (c relCurve) middle() (float64, float64) {
	return 0.25*c.ax + 0.5*c.cx + 0.25*c.bx, 0.25*c.ay + 0.5*c.cy + 0.25*c.by
}

// relationCurves are the curves of the relations between people (or a
// person and a youth) whose both ends are on the map.
func relationCurves(l *mapLayout, s *model.Session, st drawStyle) []relCurve {
	spots, shown := youthSpots(l.g, s, st.size(14))
	pos := func(id string) (float64, float64, bool) {
		if i, ok := l.byID[id]; ok {
			return l.placed[i].x, l.placed[i].y, true
		}
		for i := range s.Youths {
			if s.Youths[i].ID == id && i < shown {
				return spots[i][0] + 24, spots[i][1], true
			}
		}
		return 0, 0, false
	}
	var out []relCurve
	for _, r := range s.Relations {
		ax, ay, ok1 := pos(r.A)
		bx, by, ok2 := pos(r.B)
		if !ok1 || !ok2 {
			continue
		}
		dx, dy := bx-ax, by-ay
		d := math.Hypot(dx, dy)
		if d < 1 {
			continue
		}
		// Bow the curve outwards, away from the youths' disc, so that it
		// neither lies on the tie lines nor crosses the centre.
		px, py := -dy/d, dx/d
		mx0, my0 := (ax+bx)/2-l.g.cx, (ay+by)/2-l.g.cy
		if px*mx0+py*my0 < 0 {
			px, py = -px, -py
		}
		bow := math.Min(0.22*d, 60)
		if need := 2 * (l.g.r0 + 18 - math.Hypot(mx0, my0)); need > bow {
			bow = math.Min(need, 1.2*d)
		}
		cx, cy := (ax+bx)/2+px*bow, (ay+by)/2+py*bow
		// Between two people, bow further until the curve stays clear of
		// the disc with the youths' names (a relation with a youth ends
		// inside it).
		if _, isPerson := l.byID[r.A]; isPerson {
			if _, isPerson := l.byID[r.B]; isPerson {
				for i := 0; i < 40 && nearestToCentre(l.g, ax, ay, cx, cy, bx, by) < l.g.r0+12; i++ {
					bow += 0.1*d + 10
					cx, cy = (ax+bx)/2+px*bow, (ay+by)/2+py*bow
				}
			}
		}
		out = append(out, relCurve{ax, ay, cx, cy, bx, by, dx / d, dy / d, r.Kind})
	}
	return out
}

// nearestToCentre is how close the quadratic curve from (ax, ay) over
// (cx, cy) to (bx, by) comes to the centre of the map, followed in small
// steps.
func nearestToCentre(g geom, ax, ay, cx, cy, bx, by float64) float64 {
	least := math.Inf(1)
	for step := 1; step < 64; step++ {
		u := float64(step) / 64
		x := (1-u)*(1-u)*ax + 2*u*(1-u)*cx + u*u*bx
		y := (1-u)*(1-u)*ay + 2*u*(1-u)*cy + u*u*by
		least = math.Min(least, math.Hypot(x-g.cx, y-g.cy))
	}
	return least
}

// relationMark draws the mark of a relation at (x, y) on a curve running
// along (ux, uy): two slashes for separated, a cross for conflict, a bar
// for cut off.
func relationMark(w *svgWriter, mark string, x, y, ux, uy float64, colour string) {
	px, py := -uy, ux
	seg := func(x0, y0, x1, y1 float64) {
		w.s(`<line x1="`, num(x0), `" y1="`, num(y0), `" x2="`, num(x1), `" y2="`, num(y1), `" stroke="`, colour, `" stroke-width="2"/>`, "\n")
	}
	switch mark {
	case "slashes":
		for _, off := range []float64{-3, 3} {
			cx, cy := x+ux*off, y+uy*off
			seg(cx-px*6+ux*3, cy-py*6+uy*3, cx+px*6-ux*3, cy+py*6-uy*3)
		}
	case "cross":
		w.s(`<circle cx="`, num(x), `" cy="`, num(y), `" r="7" fill="#ffffff" stroke="none"/>`, "\n")
		seg(x-5, y-5, x+5, y+5)
		seg(x-5, y+5, x+5, y-5)
	case "bar":
		seg(x-px*7, y-py*7, x+px*7, y+py*7)
	}
}

// personMark draws the mark of a person: ● strong, ○ normal, ◌ weak,
// ✕ stressful, † deceased, as on the screen.
func personMark(w *svgWriter, p *model.Person, x, y float64) {
	X, Y := num(x), num(y)
	switch {
	case p.Deceased:
		w.s(`<circle cx="`, X, `" cy="`, Y, `" r="7" fill="#ffffff" stroke="none"/>`,
			`<path d="M`, num(x), " ", num(y-7), " V", num(y+7), " M", num(x-4.5), " ", num(y-2.5), " H", num(x+4.5),
			`" stroke="`, colDeceased, `" stroke-width="2.2" fill="none"/>`, "\n")
	case p.Quality == model.QualityStrong:
		w.s(`<circle cx="`, X, `" cy="`, Y, `" r="6" fill="`, colStrong, `" stroke="#ffffff" stroke-width="1"/>`, "\n")
	case p.Quality == model.QualityWeak:
		w.s(`<circle cx="`, X, `" cy="`, Y, `" r="5.5" fill="#ffffff" stroke="`, colWeak, `" stroke-width="1.6" stroke-dasharray="2.2 1.8"/>`, "\n")
	case p.Quality == model.QualityStressful:
		w.s(`<circle cx="`, X, `" cy="`, Y, `" r="7" fill="#ffffff" stroke="none"/>`,
			`<path d="M`, num(x-5), " ", num(y-5), " L", num(x+5), " ", num(y+5), " M", num(x-5), " ", num(y+5), " L", num(x+5), " ", num(y-5),
			`" stroke="`, colStressful, `" stroke-width="2.4" fill="none"/>`, "\n")
	default:
		w.s(`<circle cx="`, X, `" cy="`, Y, `" r="5.5" fill="#ffffff" stroke="`, colNormal, `" stroke-width="1.8"/>`, "\n")
	}
}

// star draws a five-pointed star centred at (x, y): filled for an active
// JIM, hollow for a candidate.
func star(w *svgWriter, x, y, r float64, filled bool) {
	var b strings.Builder
	for i, p := range starPoints(x, y, r) {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(num(p[0]) + "," + num(p[1]))
	}
	fill := colStar
	if !filled {
		fill = "#ffffff"
	}
	w.s(`<polygon points="`, b.String(), `" fill="`, fill, `" stroke="#8a6400" stroke-width="1"/>`, "\n")
}

// starPoints are the ten corners of a star of radius r at (x, y).
func starPoints(x, y, r float64) [10][2]float64 {
	var out [10][2]float64
	for i := range out {
		rr := r
		if i%2 == 1 {
			rr = r * 0.45
		}
		a := float64(i) * math.Pi / 5
		out[i] = [2]float64{x + math.Sin(a)*rr, y - math.Cos(a)*rr}
	}
	return out
}

// labelColour is the colour of a person's name, after the tie.
func labelColour(p *model.Person) string {
	switch {
	case p.Deceased:
		return "#757575"
	case p.Quality == model.QualityStrong:
		return "#1b5e20"
	case p.Quality == model.QualityStressful:
		return "#b71c1c"
	case p.Quality == model.QualityWeak:
		return "#666666"
	}
	return "#222222"
}

// drawPeople draws every person's mark, JIM star and label. A label
// stands on a white ground the size of its box, drawn after every line,
// so that no tie or relation runs through a name: it stops at the label.
func drawPeople(w *svgWriter, l *mapLayout, st drawStyle) {
	w.group("people", "")
	size := st.size(labelSize)
	k := size / labelSize
	for _, p := range l.placed {
		if !w.shows(labelBox(p.x, p.y, p.w*k)) {
			continue
		}
		per := p.item.p
		personMark(w, per, p.x, p.y)
		if p.item.mark != "" {
			star(w, p.x+9, p.y-7, 6, p.item.mark == "★")
		}
		if st.markersOnly {
			continue
		}
		name := p.name
		hw := p.w*k/2 + 2
		w.s(`<rect x="`, num(p.x-hw), `" y="`, num(p.y+7), `" width="`, num(2*hw), `" height="`, num(16*k), `" fill="#ffffff"/>`, "\n")
		w.s(`<text x="`, num(p.x), `" y="`, num(p.y+7+12*k), `" font-size="`, num(size), `" text-anchor="middle" fill="`, labelColour(per),
			`" stroke="#ffffff" stroke-width="3" stroke-linejoin="round" paint-order="stroke">`)
		w.esc(name)
		if p.letters != "" {
			w.s(` <tspan font-size="`, num(st.size(lettersSz)), `" font-weight="bold" fill="`, colLetters, `">`)
			w.esc(p.letters)
			w.s("</tspan>")
		}
		w.s("</text>\n")
	}
	w.s("</g>\n")
}

// legendHeight is the room under the map for the legend.
const legendHeight = 236.0

// The legend in one column, printed beside the map at a fixed size:
// legendWidth by legendTall units, legendRow between lines.
const (
	legendWidth = 260.0
	legendRow   = 19.0
)

// legendTall is the height of the legend in one column: its last row
// and a margin.
var legendTall = 52 + float64(legendOffsets[3]+5)*legendRow + 20

// legendOffsets are the first rows of the legend's sections in one
// column: ties (6 rows), relations, marks and letters (6), rings (4),
// each after a blank row for its heading.
var legendOffsets = [4]int{0, 8, 10 + len(model.RelationKinds), 19 + len(model.RelationKinds)}

// legendSVG is the legend on its own, for the printed map page, where it
// keeps one size whatever the size of the map.
func legendSVG(t tr) []byte {
	w := newSVGWriter(8192)
	w.s(`<svg xmlns="http://www.w3.org/2000/svg" version="1.1" class="legend" viewBox="0 0 `, num(legendWidth), " ", num(legendTall),
		`" font-family="DejaVu Sans, Noto Sans, Arial, Helvetica, sans-serif" role="img">`, "\n")
	drawLegend(w, legendWidth, 0, legendTall, true, t)
	w.s("</svg>\n")
	return w.b.Bytes()
}

// drawLegend explains every line, mark and letter: under the map in
// three columns (width wide, at y0), or, for the printed map page, in one
// column beside the drawing (vertical).
func drawLegend(w *svgWriter, width, y0, height float64, vertical bool, t tr) {
	w.s(`<g id="legend">`, "\n")
	w.s(`<rect x="16" y="`, num(y0), `" width="`, num(width-32), `" height="`, num(height-16), `" fill="#fafafa" stroke="#cccccc"/>`, "\n")
	w.text(30, y0+24, ` font-size="15" font-weight="bold" fill="#222222"`, t.T("map.legend_title"))
	colW := (width - 60) / 3
	// In one column the three sections follow each other, then the rings.
	offset := legendOffsets
	row := func(col, i int) (float64, float64) {
		if vertical {
			return 30, y0 + 52 + float64(offset[col]+i)*legendRow
		}
		return 30 + float64(col)*colW, y0 + 52 + float64(i)*22
	}
	label := func(x, y float64, s string) {
		w.text(x+52, y+4, ` font-size="12" fill="#222222"`, s)
	}
	heading := func(col int, s string) {
		x, y := row(col, 0)
		w.text(x, y-6, ` font-size="12" font-weight="bold" fill="#444444"`, s)
	}
	// Ties.
	heading(0, t.T("report.legend.ties"))
	for i, q := range model.Qualities {
		x, y := row(0, i+1)
		p := &model.Person{Quality: q}
		colour, width, dash := tieStyle(p)
		if q == model.QualityStressful {
			w.s(`<polyline points="`)
			w.zigzag(x, y, x+34, y)
			w.s(`" fill="none" stroke="`, colour, `" stroke-width="`, width, `"/>`, "\n")
		} else {
			w.s(`<line x1="`, num(x), `" y1="`, num(y), `" x2="`, num(x+34), `" y2="`, num(y), `" stroke="`, colour, `" stroke-width="`, width, `"`)
			if dash != "" {
				w.s(` stroke-dasharray="`, dash, `"`)
			}
			w.s("/>\n")
		}
		personMark(w, p, x+42, y)
		label(x, y, t.code("quality", string(q)))
	}
	x, y := row(0, 5)
	w.s(`<line x1="`, num(x), `" y1="`, num(y), `" x2="`, num(x+30), `" y2="`, num(y), `" stroke="`, colNormal, `" stroke-width="1.4"/>`, "\n")
	arrow(w, x+40, y, 1, 0, colNormal)
	label(x, y, t.T("report.legend.direction"))
	x, y = row(0, 6)
	personMark(w, &model.Person{Deceased: true}, x+42, y)
	label(x, y, t.T("report.legend.deceased"))

	// Relations.
	heading(1, t.T("report.legend.relations"))
	for i, k := range model.RelationKinds {
		x, y := row(1, i+1)
		colour, width, dash, mark := relationStyle(k)
		w.s(`<line x1="`, num(x), `" y1="`, num(y), `" x2="`, num(x+42), `" y2="`, num(y), `" stroke="`, colour, `" stroke-width="`, width, `"`)
		if dash != "" {
			w.s(` stroke-dasharray="`, dash, `"`)
		}
		w.s("/>\n")
		relationMark(w, mark, x+21, y, 1, 0, colour)
		label(x, y, t.code("relation", string(k)))
	}

	// Marks and letters.
	heading(2, t.T("report.legend.marks"))
	x, y = row(2, 1)
	star(w, x+20, y, 7, true)
	label(x, y, t.T("report.legend.jim"))
	x, y = row(2, 2)
	star(w, x+20, y, 7, false)
	label(x, y, t.T("report.legend.jim_candidate"))
	for i, k := range model.SupportKinds {
		x, y := row(2, 3+i)
		w.text(x+14, y+5, ` font-size="13" font-weight="bold" fill="`+colLetters+`"`, k.Letter())
		label(x, y, t.code("support", string(k)))
	}
	// Rings: along the bottom, or one a line in a column.
	var rings []string
	for k := 1; k <= 4; k++ {
		rings = append(rings, itoa(k)+" "+t.code("ring", itoa(k)))
	}
	if vertical {
		heading(3, strings.TrimSpace(t.T("report.legend.rings", "")))
		for i, r := range rings {
			x, y := row(3, i+1)
			w.text(x, y+4, ` font-size="12" fill="#222222"`, r)
		}
	} else {
		w.text(30, y0+legendHeight-28, ` font-size="12" fill="#444444"`, t.T("report.legend.rings", strings.Join(rings, " · ")))
	}
	w.s("</g>\n")
}
