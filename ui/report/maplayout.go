package report

import (
	"math"
	"sort"

	"kring/model"
)

// The vector map uses the screen map's order and meaning: the youths in
// the centre, rings 1 (very close) to 4 (no contact now) outwards, six
// sectors with the household centred at 12 o'clock and the others
// following clockwise. Every person is drawn as a mark in their sector
// and ring with a label below it; labels never overlap. When a slice is
// too full the whole map grows (the text stays the same size), so that a
// crowded network is still readable when zoomed.

const (
	ringWidth  = 82.0  // width of a ring at scale 1
	labelSize  = 13.0  // font size of a person's label
	lettersSz  = 13.0  // font size of the P/G/A/E letters, as large as the name: printed small they would not read
	marginSide = 150.0 // room left and right of the circle for sector names
	marginVert = 62.0  // room above and below the circle
	headHeight = 78.0  // title lines above the map
	maxScale   = 12.0
	// minScale lets a small network draw a compact circle, so that the
	// printed map, fitted to its page, prints its names larger.
	minScale = 0.75
)

// box is an axis-aligned rectangle.
type box struct{ x0, y0, x1, y1 float64 }

func (a box) overlaps(b box) bool {
	return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1
}

// geom is the map's geometry at one scale.
type geom struct {
	scale    float64
	w, h     float64 // canvas
	cx, cy   float64
	r0       float64 // radius of the youths' disc
	rw       float64 // ring width
	mapTop   float64
	legendY  float64
	outerMax float64 // how far a ring-4 label may reach beyond the circle
	// mid[i] is the middle angle of sector i and half[i] half its width.
	mid, half [6]float64
	// edges[i] are the unit vectors of sector i's two edges, drawn in a
	// hair so that a label never touches them.
	edges [6][2][2]float64
}

// sectorAngles are the sectors' middles and half widths.
type sectorAngles struct{ mid, half [6]float64 }

// equalSectors are six sectors of 60°, the household centred at 12
// o'clock and the others clockwise, as on the screen.
func equalSectors() sectorAngles {
	var a sectorAngles
	for i := range a.mid {
		a.mid[i] = float64(i) * 2 * math.Pi / 6
		a.half[i] = math.Pi / 6
	}
	return a
}

// weightedSectors keep the order but give a crowded sector more of the
// circle: half of the circle is shared equally, the other half by the
// number of people. The household stays centred at 12 o'clock.
func weightedSectors(count [6]int) sectorAngles {
	total := 0
	for _, n := range count {
		total += n
	}
	if total == 0 {
		return equalSectors()
	}
	var a sectorAngles
	var w [6]float64
	for i, n := range count {
		w[i] = math.Pi/6 + math.Pi*float64(n)/float64(total)
	}
	start := -w[0] / 2
	for i := range w {
		a.half[i] = w[i] / 2
		a.mid[i] = start + w[i]/2
		start += w[i]
	}
	return a
}

func newGeom(scale float64, angles sectorAngles) geom {
	g := geom{scale: scale, rw: ringWidth * scale, r0: ringWidth * scale, mid: angles.mid, half: angles.half}
	R := g.outer(4)
	g.w = 2 * (R + marginSide)
	g.cx = g.w / 2
	g.mapTop = headHeight
	g.cy = g.mapTop + marginVert + R
	g.legendY = g.cy + R + marginVert
	g.h = g.legendY + legendHeight
	g.outerMax = R + 52
	const inset = 0.005
	for i := range g.edges {
		a0, a1 := g.mid[i]-g.half[i]+inset, g.mid[i]+g.half[i]-inset
		g.edges[i] = [2][2]float64{{math.Sin(a0), -math.Cos(a0)}, {math.Sin(a1), -math.Cos(a1)}}
	}
	return g
}

// outer is the radius of ring k's outer edge; outer(0) is the disc.
func (g geom) outer(k int) float64 { return g.r0 + float64(k)*g.rw }

// point is the position at angle a (radians clockwise from 12 o'clock)
// and radius r.
func (g geom) point(a, r float64) (float64, float64) {
	return g.cx + math.Sin(a)*r, g.cy - math.Cos(a)*r
}

// mapItem is one person to place.
type mapItem struct {
	p       *model.Person
	sector  int
	ring    int
	names   []string // label texts to try, longest first
	letters string
	mark    string // ★ or ☆
}

// placement is a person placed on the map.
type placement struct {
	item    *mapItem
	x, y    float64 // the mark
	name    string  // the label text chosen
	letters string
	w       float64 // estimated label width
}

// mapLayout is everything drawn at one scale.
type mapLayout struct {
	g      geom
	placed []placement
	fixed  []box // sector and ring names
	byID   map[string]int
}

// textWidth estimates the width of a text in a sans-serif font: a good
// guess is enough, as every label has a margin around it.
func textWidth(s string, size float64) float64 {
	w := 0.0
	for _, r := range s {
		switch {
		case r == ' ' || r == '.' || r == ',' || r == ':' || r == ';' || r == '\'' || r == '|' || r == '!':
			w += 0.32
		case r == 'i' || r == 'l' || r == 'j' || r == 't' || r == 'f' || r == 'r' || r == 'I' || r == '(' || r == ')':
			w += 0.38
		case r == 'm' || r == 'w' || r == 'M' || r == 'W':
			w += 0.9
		case r >= 'A' && r <= 'Z':
			w += 0.7
		case r < 0x80:
			w += 0.6
		case r >= 0x1100 && isWide(r):
			w += 1.0
		default:
			w += 0.65
		}
	}
	return w * size
}

func isWide(r rune) bool {
	return (r >= 0x1100 && r <= 0x115F) || (r >= 0x2E80 && r <= 0xA4CF) || (r >= 0xAC00 && r <= 0xD7A3) ||
		(r >= 0xF900 && r <= 0xFAFF) || (r >= 0xFE30 && r <= 0xFE4F) || (r >= 0xFF00 && r <= 0xFF60) ||
		(r >= 0xFFE0 && r <= 0xFFE6) || (r >= 0x1F300 && r <= 0x1FAFF) || (r >= 0x20000 && r <= 0x3FFFD)
}

// labelWidth is the width of a label with its letters.
func labelWidth(name, letters string) float64 {
	w := textWidth(name, labelSize)
	if letters != "" {
		w += textWidth(" ", labelSize) + textWidth(letters, lettersSz)*1.1
	}
	return w
}

// labelBox is the room a mark at (x, y) and its label of width w take:
// the mark (and a JIM star at its upper right) above, the text below.
func labelBox(x, y, w float64) box {
	half := math.Max(w/2, 13) + 5
	return box{x - half, y - 13, x + half, y + 23}
}

func mapItems(s *model.Session) []mapItem {
	items := make([]mapItem, len(s.People))
	for i := range s.People {
		p := &s.People[i]
		name := line(p.Name)
		if name == "" {
			name = "?"
		}
		items[i] = mapItem{
			p: p, sector: sectorIndex(p.Sector), ring: ringOf(p.Ring),
			letters: p.Support.Letters(), mark: s.JimMark(p.ID),
		}
		seen := map[string]bool{}
		// The whole name first (a long one cut at 40), then shorter
		// forms for a crowded slice.
		for _, n := range []int{40, 18, 10, 5, 2} {
			t := truncate(name, n)
			if !seen[t] {
				seen[t] = true
				items[i].names = append(items[i].names, t)
			}
		}
	}
	return items
}

// startScale guesses the scale at which every slice has room: the area
// its labels need against the area of the slice.
func startScale(items []mapItem, angles sectorAngles) float64 {
	var need [6][5]float64
	for i := range items {
		it := &items[i]
		b := labelBox(0, 0, labelWidth(it.names[0], it.letters))
		need[it.sector][it.ring] += (b.x1 - b.x0 + 4) * (b.y1 - b.y0 + 4)
	}
	scale := minScale
	for s := 0; s < 6; s++ {
		for r := 1; r <= 4; r++ {
			if need[s][r] == 0 {
				continue
			}
			ri, ro := ringWidth*float64(r), ringWidth*float64(r+1)
			area := (ro*ro - ri*ri) * angles.half[s]
			// About half a slice can hold labels without overlap; when
			// that guess is too low, layoutMap grows the map.
			if k := math.Sqrt(need[s][r] / (0.5 * area)); k > scale {
				scale = k
			}
		}
	}
	return math.Min(scale, maxScale)
}

// crowdedScale is the scale from which a map gets sectors weighted by
// their number of people instead of six equal ones.
const crowdedScale = 1.6

// layoutMap places every person. Six equal sectors, as on the screen,
// unless that makes the map much larger than normal: then a crowded
// sector gets a larger share of the circle. It starts at the scale the
// density suggests and grows the map until every label has room; past
// the largest scale the last people are placed where they overlap least.
func layoutMap(s *model.Session, nm names) *mapLayout {
	items := mapItems(s)
	angles := equalSectors()
	scale := startScale(items, angles)
	if scale > crowdedScale {
		var count [6]int
		for i := range items {
			count[items[i].sector]++
		}
		angles = weightedSectors(count)
		scale = startScale(items, angles)
	}
	for {
		l, ok := tryLayout(items, nm, angles, scale, false)
		if ok {
			return l
		}
		if scale >= maxScale {
			l, _ = tryLayout(items, nm, angles, scale, true)
			return l
		}
		scale = math.Min(scale*1.1, maxScale)
	}
}

// spatial is a grid of buckets for fast overlap tests.
type spatial struct {
	cell    float64
	cols    int
	rows    int
	buckets [][]int32
	boxes   []box
}

func newSpatial(w, h float64) *spatial {
	const cell = 64
	cols, rows := int(w/cell)+1, int(h/cell)+1
	return &spatial{cell: cell, cols: cols, rows: rows, buckets: make([][]int32, cols*rows)}
}

func (sp *spatial) span(b box) (c0, r0, c1, r1 int) {
	clamp := func(v, hi int) int { return min(max(v, 0), hi-1) }
	return clamp(int(b.x0/sp.cell), sp.cols), clamp(int(b.y0/sp.cell), sp.rows),
		clamp(int(b.x1/sp.cell), sp.cols), clamp(int(b.y1/sp.cell), sp.rows)
}

func (sp *spatial) free(b box) bool {
	c0, r0, c1, r1 := sp.span(b)
	for r := r0; r <= r1; r++ {
		for c := c0; c <= c1; c++ {
			for _, i := range sp.buckets[r*sp.cols+c] {
				if sp.boxes[i].overlaps(b) {
					return false
				}
			}
		}
	}
	return true
}

func (sp *spatial) add(b box) {
	i := int32(len(sp.boxes))
	sp.boxes = append(sp.boxes, b)
	c0, r0, c1, r1 := sp.span(b)
	for r := r0; r <= r1; r++ {
		for c := c0; c <= c1; c++ {
			sp.buckets[r*sp.cols+c] = append(sp.buckets[r*sp.cols+c], i)
		}
	}
}

// tryLayout places the items at one scale; ok is false when someone found
// no room. With force, someone without room is placed at their slice's
// first anchor all the same.
func tryLayout(items []mapItem, nm names, angles sectorAngles, scale float64, force bool) (*mapLayout, bool) {
	g := newGeom(scale, angles)
	l := &mapLayout{g: g, byID: make(map[string]int, len(items))}
	sp := newSpatial(g.w, g.h)
	for _, b := range fixedBoxes(g, nm) {
		sp.add(b)
		l.fixed = append(l.fixed, b)
	}
	order := make([]int, len(items))
	for i := range order {
		order[i] = i
	}
	// Inner rings first: they have the least room.
	sort.SliceStable(order, func(a, b int) bool {
		ia, ib := &items[order[a]], &items[order[b]]
		if ia.ring != ib.ring {
			return ia.ring < ib.ring
		}
		return ia.sector < ib.sector
	})
	var total, seen [6][5]int
	for i := range items {
		total[items[i].sector][items[i].ring]++
	}
	l.placed = make([]placement, 0, len(items))
	marks := &markIndex{}
	table := g.anchorTable()
	ok := true
	for _, i := range order {
		it := &items[i]
		n := seen[it.sector][it.ring]
		seen[it.sector][it.ring]++
		ar := &table[it.sector][it.ring]
		start := ar.start(n, total[it.sector][it.ring])
		p, found := place(g, sp, marks, it, ar, start)
		if !found {
			ok = false
			if !force {
				return nil, false
			}
			a := ar.first(start)
			name := it.names[len(it.names)-1]
			w := labelWidth(name, it.letters)
			sp.add(labelBox(a[0], a[1], w))
			marks.add(it.sector, a)
			p = placement{item: it, x: a[0], y: a[1], name: name, letters: it.letters, w: w}
		}
		l.byID[it.p.ID] = len(l.placed)
		l.placed = append(l.placed, p)
	}
	return l, ok
}

// place finds a mark and a label for one person. It tries the label
// texts longest first, and takes the first text that has room anywhere in
// the slice and ring. Among the free anchors the best is a label inside
// its slice and ring with a clear line from the centre; then a label
// sticking out of its slice; then a line that runs close past the mark
// of someone nearer the centre. Once one anchor is found, the search
// goes on for two more rows at most, which keeps a crowded slice fast.
func place(g geom, sp *spatial, marks *markIndex, it *mapItem, ar *anchorRows, start int) (placement, bool) {
	for ni, name := range it.names {
		letters := it.letters
		if ni >= 2 {
			// The shortest labels drop the letters before the name.
			letters = ""
		}
		w := labelWidth(name, letters)
		var best [2]float64
		bestRank, budget := 4, -1
		ar.each(start, func(a [2]float64) bool {
			if budget == 0 {
				return false
			}
			if budget > 0 {
				budget--
			}
			b := labelBox(a[0], a[1], w)
			if !sp.free(b) {
				return true
			}
			rank := 0
			if !g.fits(b, it.sector, it.ring, true) {
				rank = 1
				if rank >= bestRank || !g.fits(b, it.sector, it.ring, false) {
					return true
				}
			}
			if rank >= bestRank {
				return true
			}
			if marks.blocks(g, it.sector, a) {
				rank += 2
			}
			if rank < bestRank {
				if bestRank == 4 {
					budget = 2 * ar.steps
				}
				best, bestRank = a, rank
			}
			return bestRank > 0
		})
		if bestRank > 3 {
			continue
		}
		sp.add(labelBox(best[0], best[1], w))
		marks.add(it.sector, best)
		return placement{item: it, x: best[0], y: best[1], name: name, letters: letters, w: w}, true
	}
	return placement{}, false
}

// markIndex holds the marks placed so far per sector, to keep a tie line
// from running through someone else's mark.
type markIndex [6][][2]float64

func (m *markIndex) add(sector int, a [2]float64) { m[sector] = append(m[sector], a) }

// blocks reports whether the line from the youths' disc to a passes
// within a mark's width of a mark already placed in the sector.
func (m *markIndex) blocks(g geom, sector int, a [2]float64) bool {
	dx, dy := a[0]-g.cx, a[1]-g.cy
	d := math.Sqrt(dx*dx + dy*dy)
	if d == 0 {
		return false
	}
	ux, uy := dx/d, dy/d
	for _, p := range m[sector] {
		px, py := p[0]-g.cx, p[1]-g.cy
		along := px*ux + py*uy
		if along <= g.r0 || along >= d-4 {
			continue
		}
		if math.Abs(px*uy-py*ux) < 16 {
			return true
		}
	}
	return false
}

// depths are the relative depths in a ring where marks may stand: five
// in a ring of normal width, more when the map has grown, the middle
// first and then outwards in turn, so that a ring fills evenly.
func depths(bandWidth float64) []float64 {
	n := max(5, int(bandWidth/36))
	out := make([]float64, 0, n)
	for k := 0; k < n; k++ {
		// Order 0, +1, -1, +2, -2 … around the middle row.
		off := (k + 1) / 2
		if k%2 == 1 {
			off = -off
		}
		row := (n-1)/2 + off
		if row < 0 || row >= n {
			continue
		}
		out = append(out, (float64(row)+0.5)/float64(n))
	}
	return out
}

// anchorRows are the candidate marks of one slice and ring: rows at
// several depths, each a run of evenly spaced points along the arc.
type anchorRows struct {
	steps int
	rows  [][][2]float64
}

// anchorTable computes the candidate marks of every slice and ring once
// per layout; placing hundreds of people would otherwise redo the same
// trigonometry for each.
func (g geom) anchorTable() (t [6][5]anchorRows) {
	for ring := 1; ring <= 4; ring++ {
		ri, ro := g.outer(ring-1), g.outer(ring)
		mid := (ri + ro) / 2
		ds := depths(ro - ri)
		for sector := 0; sector < 6; sector++ {
			half := g.half[sector]
			steps := int(mid * 2 * half / 16)
			steps = min(max(steps, 5), 160)
			a0 := g.mid[sector] - half
			ar := anchorRows{steps: steps, rows: make([][][2]float64, len(ds))}
			for di, d := range ds {
				r := ri + (ro-ri)*d
				// Keep the mark a little away from the sector's edges.
				margin := math.Min(14/r, half/3)
				span := 2*half - 2*margin
				row := make([][2]float64, steps)
				for k := range row {
					x, y := g.point(a0+margin+span*(float64(k)+0.5)/float64(steps), r)
					row[k] = [2]float64{x, y}
				}
				ar.rows[di] = row
			}
			t[sector][ring] = ar
		}
	}
	return t
}

// start is where the n-th of total people of a slice and ring begins on
// the arc, so that a slice's people spread out.
func (a *anchorRows) start(n, total int) int {
	if total <= 0 {
		return 0
	}
	return (n*a.steps/total + a.steps/(2*total)) % a.steps
}

// each calls f with the anchors in order, depth by depth, from start
// along the arc; f returns false to stop.
func (a *anchorRows) each(start int, f func([2]float64) bool) {
	for _, row := range a.rows {
		for j := 0; j < a.steps; j++ {
			if !f(row[(start+j)%a.steps]) {
				return
			}
		}
	}
}

// first is the anchor tried first.
func (a *anchorRows) first(start int) [2]float64 { return a.rows[0][start%a.steps] }

// fits checks a label box against the canvas and the youths' disc and,
// when strict, that it stays inside its slice and ring. It tests the
// corners and the middles of the sides, with squared radii and cross
// products rather than angles.
func (g geom) fits(b box, sector, ring int, strict bool) bool {
	if b.x0 < 4 || b.y0 < g.mapTop || b.x1 > g.w-4 || b.y1 > g.legendY-4 {
		return false
	}
	mx, my := (b.x0+b.x1)/2, (b.y0+b.y1)/2
	pts := [8][2]float64{
		{b.x0, b.y0}, {b.x1, b.y0}, {b.x0, b.y1}, {b.x1, b.y1},
		{mx, b.y0}, {mx, b.y1}, {b.x0, my}, {b.x1, my},
	}
	disc := (g.r0 + 3) * (g.r0 + 3)
	ri, ro := g.outer(ring-1)+2, g.outer(ring)-2
	if ring == 4 {
		ro = g.outerMax - 2
	}
	ri2, ro2 := ri*ri, ro*ro
	v0x, v0y := g.edges[sector][0][0], g.edges[sector][0][1]
	v1x, v1y := g.edges[sector][1][0], g.edges[sector][1][1]
	for _, p := range pts {
		dx, dy := p[0]-g.cx, p[1]-g.cy
		r2 := dx*dx + dy*dy
		if r2 < disc {
			return false
		}
		if !strict {
			continue
		}
		if r2 < ri2 || r2 > ro2 {
			return false
		}
		// Inside the wedge: clockwise of its first edge and
		// anticlockwise of its second (a wedge under 180°).
		if v0x*dy-v0y*dx < 0 || dx*v1y-dy*v1x < 0 {
			return false
		}
	}
	return true
}

// sectorLabel is where a sector's name goes: outside the circle at the
// middle of the sector.
func (g geom) sectorLabel(i int, w float64) (x, y float64, anchor string, b box) {
	return g.sectorLabelAt(i, w, sectorSize)
}

// sectorLabelAt is sectorLabel for a name set in size units.
func (g geom) sectorLabelAt(i int, w, size float64) (x, y float64, anchor string, b box) {
	a := g.mid[i]
	R := g.outer(4)
	x, y = g.point(a, R+18)
	switch sin := math.Sin(a); {
	case sin > 0.3:
		anchor = "start"
		y += size / 3
		b = box{x - 2, y - size, x + w + 2, y + 5}
	case sin < -0.3:
		anchor = "end"
		y += size / 3
		b = box{x - w - 2, y - size, x + 2, y + 5}
	case math.Cos(a) > 0:
		anchor = "middle"
		y -= 4
		b = box{x - w/2 - 2, y - size, x + w/2 + 2, y + 5}
	default:
		anchor = "middle"
		y += size + 2
		b = box{x - w/2 - 2, y - size, x + w/2 + 2, y + 5}
	}
	return x, y, anchor, b
}

// ringLabel is where ring k's name goes: just below the boundary between
// family and friends at 3 o'clock, centred in the ring.
func (g geom) ringLabel(k int, w float64) (x, y float64, b box) {
	x = g.cx + (g.outer(k-1)+g.outer(k))/2
	y = g.cy + 13
	return x, y, box{x - w/2 - 2, y - ringSize, x + w/2 + 2, y + 3}
}

// Font sizes of the fixed names.
const (
	sectorSize = 15.0
	ringSize   = 13.0 // as large as a name, so that the printed map has no smaller text
)

// names are the fixed words of the map: the sectors and the rings.
type names struct {
	sectors [6]string
	rings   [4]string
}

func mapNames(t tr) names {
	var n names
	for i, s := range model.Sectors {
		n.sectors[i] = t.code("sector", string(s))
	}
	for k := 1; k <= 4; k++ {
		n.rings[k-1] = itoa(k) + " " + t.code("ring", itoa(k))
	}
	return n
}

func sectorWidth(s string) float64 { return textWidth(s, sectorSize) * 1.1 }

// ringText is the ring's name, or only its number when the ring is too
// narrow for it.
func (g geom) ringText(n names, k int) string { return g.ringTextAt(n, k, ringSize) }

// ringTextAt is ringText for a name set in size units.
func (g geom) ringTextAt(n names, k int, size float64) string {
	if textWidth(n.rings[k-1], size) <= g.rw-8 {
		return n.rings[k-1]
	}
	return itoa(k)
}

func fixedBoxes(g geom, n names) []box {
	var out []box
	for i := 0; i < 6; i++ {
		_, _, _, b := g.sectorLabel(i, sectorWidth(n.sectors[i]))
		out = append(out, b)
	}
	for k := 1; k <= 4; k++ {
		_, _, b := g.ringLabel(k, textWidth(g.ringText(n, k), ringSize))
		out = append(out, b)
	}
	return out
}
