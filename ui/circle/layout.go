package circle

import (
	"math"
	"sort"

	"github.com/charmbracelet/x/ansi"
)

// Sectors and rings of the map.
const (
	SectorCount = 6
	RingCount   = 4
)

// Item is one person to place. Labels holds the texts to try, longest
// first (say "Ria PGE", "Ria", "R"); the first that fits is used.
type Item struct {
	ID     string
	Sector int // 0 .. SectorCount-1
	Ring   int // 1 .. RingCount
	Labels []string
}

// Config is the canvas and its fixed texts.
type Config struct {
	Width, Height int
	Center        string
	SectorLabels  [SectorCount]string
}

// Placed is text at a position: a person's label, a sector name, the
// centre or a "+N" marker.
type Placed struct {
	ID   string
	X, Y int
	Text string
	W    int
}

// Overflow counts the people of one slice and ring that did not fit.
type Overflow struct {
	Sector, Ring int
	IDs          []string
	// Marker is the "+N" text drawn in the slice and ring; Placed is false
	// when even the marker found no room, and then the count is part of
	// Layout.Hidden.
	Marker Placed
	Placed bool
}

// Layout is the result of Compute.
type Layout struct {
	Width, Height int
	// Grid holds the drawing of rings and sector boundaries; 0 is empty.
	Grid      [][]rune
	Center    Placed
	Sectors   []Placed
	Labels    []Placed
	Overflows []Overflow
	// Hidden is how many people are in overflows whose marker found no room.
	Hidden int
}

// geometry holds the ellipse of the outer ring. Terminal cells are about
// twice as high as wide, so the x radius is twice the y radius when the
// width allows.
type geometry struct {
	cx, cy float64
	rx, ry float64
	// anchors[s][r-1] are the candidate cells of slice s, ring r, in the
	// order placeText tries them (depth first, then along the arc).
	anchors [SectorCount][RingCount][]cell
}

type cell struct{ x, y int }

const arcSteps = 9

var depths = []float64{0.5, 0.3, 0.7, 0.15, 0.85}

// anchorTable computes every candidate anchor once per layout: placing
// hundreds of labels would otherwise redo the same trigonometry.
func anchorTable(g geometry) (t [SectorCount][RingCount][]cell) {
	for s := 0; s < SectorCount; s++ {
		a0, a1 := sectorAngles(s)
		for r := 1; r <= RingCount; r++ {
			inner, outer := ringRadius(r-1), ringRadius(r)
			if r == 1 {
				inner = 0.35 // leave the centre to the youths
			}
			cells := make([]cell, 0, len(depths)*arcSteps)
			for _, d := range depths {
				f := inner + (outer-inner)*d
				for j := 0; j < arcSteps; j++ {
					x, y := g.point(a0+(a1-a0)*(float64(j)+0.5)/arcSteps, f)
					cells = append(cells, cell{x, y})
				}
			}
			t[s][r-1] = cells
		}
	}
	return t
}

func newGeometry(w, h int) geometry {
	// A little wider than round (2.4 rather than 2) gives the labels,
	// which run sideways, more room.
	ry := float64(h-1) / 2
	rx := ry * 2.4
	if maxRX := float64(w-1) / 2; rx > maxRX {
		rx = maxRX
		ry = min(ry, rx/2)
	}
	// A whole-cell centre keeps the two halves of the horizontal sector
	// lines on one row.
	return geometry{cx: math.Floor(float64(w-1) / 2), cy: math.Floor(float64(h-1) / 2), rx: rx, ry: ry}
}

// point returns the cell at angle a (radians clockwise from 12 o'clock)
// and relative radius f (1 = the outer ring).
func (g geometry) point(a, f float64) (int, int) {
	x := g.cx + math.Sin(a)*g.rx*f
	y := g.cy - math.Cos(a)*g.ry*f
	return int(math.Round(x)), int(math.Round(y))
}

// sectorAngles returns the start and end angle of a sector; sector 0 is
// centred at 12 o'clock and the others follow clockwise.
func sectorAngles(s int) (float64, float64) {
	w := 2 * math.Pi / SectorCount
	start := float64(s)*w - w/2
	return start, start + w
}

// ringRadius is the relative radius of ring r's outer edge.
func ringRadius(r int) float64 { return float64(r) / RingCount }

type occupancy struct {
	w, h  int
	cells []bool
}

func (o *occupancy) free(x, y, w int) bool {
	if y < 0 || y >= o.h || x < 0 || x+w > o.w {
		return false
	}
	for i := x; i < x+w; i++ {
		if o.cells[y*o.w+i] {
			return false
		}
	}
	return true
}

// take marks the cells and one cell of margin on each side, so that two
// labels on one row never touch.
func (o *occupancy) take(x, y, w int) {
	for i := max(x-1, 0); i < min(x+w+1, o.w); i++ {
		o.cells[y*o.w+i] = true
	}
}

// Compute lays out the items on a canvas of cfg.Width x cfg.Height.
func Compute(cfg Config, items []Item) Layout {
	w, h := max(cfg.Width, 0), max(cfg.Height, 0)
	l := Layout{Width: w, Height: h}
	l.Grid = make([][]rune, h)
	for y := range l.Grid {
		l.Grid[y] = make([]rune, w)
	}
	if w < 3 || h < 3 {
		for _, it := range items {
			l.addHidden(it)
		}
		return l
	}
	g := newGeometry(w, h)
	g.anchors = anchorTable(g)
	drawGrid(l.Grid, g)
	occ := &occupancy{w: w, h: h, cells: make([]bool, w*h)}

	if cfg.Center != "" {
		text := fitText(cfg.Center, w)
		tw := ansi.StringWidth(text)
		x, y := int(math.Round(g.cx))-tw/2, int(math.Round(g.cy))
		if occ.free(x, y, tw) {
			occ.take(x, y, tw)
			l.Center = Placed{X: x, Y: y, Text: text, W: tw}
		}
	}
	for s := 0; s < SectorCount; s++ {
		if p, ok := placeSectorLabel(g, occ, s, cfg.SectorLabels[s]); ok {
			l.Sectors = append(l.Sectors, p)
		}
	}

	// Inner rings first: they have the least room.
	order := make([]int, len(items))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool {
		ia, ib := items[order[a]], items[order[b]]
		if ia.Ring != ib.Ring {
			return ia.Ring < ib.Ring
		}
		return ia.Sector < ib.Sector
	})
	// Count per slice and ring so that people spread over the arc.
	type cellKey struct{ s, r int }
	total := map[cellKey]int{}
	for _, it := range items {
		total[cellKey{it.Sector, it.Ring}]++
	}
	seen := map[cellKey]int{}
	over := map[cellKey]*Overflow{}
	var overOrder []cellKey
	for _, i := range order {
		it := items[i]
		k := cellKey{it.Sector, it.Ring}
		if it.Sector < 0 || it.Sector >= SectorCount || it.Ring < 1 || it.Ring > RingCount {
			l.addHidden(it)
			continue
		}
		n := seen[k]
		seen[k]++
		if p, ok := placeItem(g, occ, it, n, total[k]); ok {
			l.Labels = append(l.Labels, p)
			continue
		}
		if over[k] == nil {
			over[k] = &Overflow{Sector: it.Sector, Ring: it.Ring}
			overOrder = append(overOrder, k)
		}
		over[k].IDs = append(over[k].IDs, it.ID)
	}
	for _, k := range overOrder {
		o := over[k]
		text := "+" + itoa(len(o.IDs))
		o.Marker, o.Placed = placeText(g, occ, o.Sector, o.Ring, text, 0, 1)
		if !o.Placed {
			l.Hidden += len(o.IDs)
		}
		l.Overflows = append(l.Overflows, *o)
	}
	return l
}

func (l *Layout) addHidden(it Item) {
	l.Overflows = append(l.Overflows, Overflow{Sector: it.Sector, Ring: it.Ring, IDs: []string{it.ID}})
	l.Hidden++
}

// placeItem tries each label text of the item, longest first.
func placeItem(g geometry, occ *occupancy, it Item, n, total int) (Placed, bool) {
	for _, text := range it.Labels {
		if text == "" {
			continue
		}
		if p, ok := placeText(g, occ, it.Sector, it.Ring, text, n, total); ok {
			p.ID = it.ID
			return p, true
		}
	}
	return Placed{}, false
}

// placeText finds room for text inside a slice and ring. Candidate anchors
// run over the arc (starting at the n-th of total evenly spread points,
// so that a slice's people spread out) and over the ring's depth; the
// label is centred on its anchor, and the anchor must lie in the slice.
func placeText(g geometry, occ *occupancy, s, r int, text string, n, total int) (Placed, bool) {
	tw := ansi.StringWidth(text)
	start := 0
	if total > 0 {
		start = (n*arcSteps/total + arcSteps/(2*total)) % arcSteps
	}
	cells := g.anchors[s][r-1]
	for d := 0; d < len(depths); d++ {
		row := cells[d*arcSteps : (d+1)*arcSteps]
		for i := 0; i < arcSteps; i++ {
			c := row[(start+i)%arcSteps]
			x := c.x - tw/2
			if occ.free(x, c.y, tw) {
				occ.take(x, c.y, tw)
				return Placed{X: x, Y: c.y, Text: text, W: tw}, true
			}
		}
	}
	return Placed{}, false
}

func placeSectorLabel(g geometry, occ *occupancy, s int, text string) (Placed, bool) {
	if text == "" {
		return Placed{}, false
	}
	a0, a1 := sectorAngles(s)
	mid := (a0 + a1) / 2
	for _, f := range []float64{1.0, 0.95, 0.9} {
		ax, ay := g.point(mid, f)
		for _, t := range []string{text, fitText(text, 8), fitText(text, 4)} {
			tw := ansi.StringWidth(t)
			x := ax - tw/2
			// Keep the label on the canvas by sliding it inwards.
			x = min(max(x, 0), occ.w-tw)
			if occ.free(x, ay, tw) {
				occ.take(x, ay, tw)
				return Placed{X: x, Y: ay, Text: t, W: tw}, true
			}
		}
	}
	return Placed{}, false
}

// drawGrid draws the four rings and the sector boundaries with dots.
func drawGrid(grid [][]rune, g geometry) {
	set := func(x, y int, r rune) {
		if y >= 0 && y < len(grid) && x >= 0 && x < len(grid[y]) {
			grid[y][x] = r
		}
	}
	for ring := 1; ring <= RingCount; ring++ {
		f := ringRadius(ring)
		steps := int(2*math.Pi*g.rx*f) * 2
		for i := 0; i < steps; i++ {
			x, y := g.point(2*math.Pi*float64(i)/float64(steps), f)
			set(x, y, '·')
		}
	}
	for s := 0; s < SectorCount; s++ {
		a, _ := sectorAngles(s)
		steps := int(g.rx)
		for i := 0; i <= steps; i++ {
			f := ringRadius(1)*0.6 + (1-ringRadius(1)*0.6)*float64(i)/float64(max(steps, 1))
			x, y := g.point(a, f)
			set(x, y, '∙')
		}
	}
}

// fitText clips text to at most w cells.
func fitText(text string, w int) string {
	if ansi.StringWidth(text) <= w {
		return text
	}
	return ansi.Truncate(text, w, "")
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[i:])
}
