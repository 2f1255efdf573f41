package circle

import (
	"math"
	"sort"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"kring/ui/cellwidth"
)

// Sectors and rings of the map.
const (
	SectorCount = 6
	RingCount   = 4
)

// Item is one person to place. Labels holds the texts to try, longest
// first (say "●Ria PGE", "●Ria"); the first that fits its place is used,
// else the last one is cut to fit.
type Item struct {
	ID     string
	Sector int // 0 .. SectorCount-1
	Ring   int // 1 .. RingCount
	Labels []string
	// Place is the item's place in its slice, counted from 1 in the
	// slice's fixed order of places; 0 takes the first place no other
	// item holds. A caller that remembers places (Places) keeps people
	// where they were when others come and go.
	Place int
}

// Config is the canvas and its fixed texts.
type Config struct {
	Width, Height int
	Center        string
	SectorLabels  [SectorCount]string
}

// Placed is text at a position: a person's label, a sector name, a ring
// number, the centre or a "+N" marker.
type Placed struct {
	ID   string
	X, Y int
	Text string
	W    int
	// Item is the index of a label's item in the items laid out, so that
	// a caller finds the person without a search.
	Item int
}

// Overflow counts the people of one slice and ring that did not fit; with
// Ring 0 it counts those of a sector's slices that had no room for a
// marker of their own, and its marker stands after the sector's name.
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
	Grid [][]rune
	// GridText is Grid as text, a space for an empty cell, and
	// GridOffsets[y][x] the byte offset of cell x in GridText[y] (one more
	// for the row's end), so that a row is drawn by slicing, not rune by
	// rune.
	GridText    []string
	GridOffsets [][]int
	Center      Placed
	Sectors     []Placed
	Rings       []Placed
	Labels      []Placed
	Overflows   []Overflow
	// Hidden is how many people are in overflows whose marker found no room.
	Hidden int
	// Spare are the places nobody took (Text empty), so that a test can
	// tell a name cut for want of room from one cut with room to spare.
	Spare []Placed
	geo   geometry
}

// ringRadii are the outer edges of rings 1 to 4, relative to the outer
// ring. The inner rings are wider than a quarter each: they hold the
// closest people and have the least room round the circle.
var ringRadii = [RingCount + 1]float64{0, 0.31, 0.55, 0.77, 1}

// geometry is the ellipse of the outer ring, filling the canvas: labels
// run sideways, so the map takes all the width it is given.
type geometry struct {
	cx, cy float64
	rx, ry float64
}

func newGeometry(w, h int) geometry {
	return geometry{
		cx: math.Floor(float64(w-1) / 2), cy: math.Floor(float64(h-1) / 2),
		rx: float64(w-1) / 2, ry: float64(h-1) / 2,
	}
}

// point returns the cell at angle a (radians clockwise from 12 o'clock)
// and relative radius f (1 = the outer ring).
func (g geometry) point(a, f float64) (int, int) {
	x := g.cx + math.Sin(a)*g.rx*f
	y := g.cy - math.Cos(a)*g.ry*f
	return int(math.Round(x)), int(math.Round(y))
}

// polar is a cell's relative radius and its angle clockwise from 12
// o'clock, in [0, 2π).
func (g geometry) polar(x, y int) (float64, float64) {
	u := (float64(x) - g.cx) / g.rx
	v := (g.cy - float64(y)) / g.ry
	a := math.Atan2(u, v)
	if a < 0 {
		a += 2 * math.Pi
	}
	return math.Hypot(u, v), a
}

// sliceOf returns the sector and ring whose area holds the middle of the
// cell, or ok false outside the outer ring.
func (g geometry) sliceOf(x, y int) (sector, ring int, ok bool) {
	if g.rx <= 0 || g.ry <= 0 {
		return 0, 0, false
	}
	// polar's radius first: a cell outside the map needs no angle, and
	// the angle (math.Atan2) is most of what a canvas costs.
	u := (float64(x) - g.cx) / g.rx
	v := (g.cy - float64(y)) / g.ry
	rho := math.Hypot(u, v)
	if rho > 1 {
		return 0, 0, false
	}
	a := math.Atan2(u, v) // as polar
	if a < 0 {
		a += 2 * math.Pi
	}
	ring = 1
	for ring < RingCount && rho > ringRadii[ring] {
		ring++
	}
	w := 2 * math.Pi / SectorCount
	sector = int(math.Floor((a+w/2)/w)) % SectorCount
	return sector, ring, true
}

// SliceAt returns the sector and ring whose area holds cell (x, y); ok is
// false outside the map. Tests use it to check that labels keep to their
// slice.
func (l Layout) SliceAt(x, y int) (sector, ring int, ok bool) {
	if l.Width < 3 || l.Height < 3 {
		return 0, 0, false
	}
	return l.geo.sliceOf(x, y)
}

// sectorAngles returns the start and end angle of a sector; sector 0 is
// centred at 12 o'clock and the others follow clockwise.
func sectorAngles(s int) (float64, float64) {
	w := 2 * math.Pi / SectorCount
	start := float64(s)*w - w/2
	return start, start + w
}

// slot is one place for a label: a run of free cells on row y.
type slot struct{ x, y, w int }

// Marker width: "+N" up to "+99", and "99+" beyond.
const markerW = 3

// minSlotW is the narrowest place a label is put in: a glyph, two
// letters of a name and an ellipsis (a name cut to one letter says
// nothing).
const minSlotW = 4

// labelWidth is how wide one place in a slice is made: names up to about
// 24 columns on a wide map, down to about 10 on a small one.
// wideLabelW is the place width from which the map is wide enough that
// every ring's narrow runs use their free cells (see slicePlaces).
const wideLabelW = 20

func labelWidth(w int) int { return min(max(w*2/13, 10), 24) }

// Compute lays out the items on a canvas of cfg.Width x cfg.Height; it is
// NewCanvas(cfg).Layout(items).
func Compute(cfg Config, items []Item) Layout {
	return NewCanvas(cfg).Layout(items)
}

// Canvas is the part of a layout that depends on the configuration alone:
// the rings and lines, the fixed texts and every slice's places. A caller
// keeps it while the window and the youths' names stay the same, and
// lays out the people again after each edit at a fraction of the cost.
type Canvas struct {
	cfg         Config
	base        Layout
	places      [SectorCount][RingCount][]slot
	sectorMarks [SectorCount]*slot
}

// NewCanvas draws the rings and lines, places the centre, the ring
// numbers and the sector names, and cuts every slice (one sector within
// one ring) into places, in an order fixed by the canvas alone: wide
// places first, every other row first, nearest the slice's middle first.
func NewCanvas(cfg Config) *Canvas {
	w, h := max(cfg.Width, 0), max(cfg.Height, 0)
	c := &Canvas{cfg: cfg}
	l := &c.base
	l.Width, l.Height = w, h
	l.Grid = make([][]rune, h)
	for y := range l.Grid {
		l.Grid[y] = make([]rune, w)
	}
	if w < 3 || h < 3 {
		return c
	}
	g := newGeometry(w, h)
	l.geo = g
	drawGrid(l.Grid, g)
	l.GridText, l.GridOffsets = gridText(l.Grid)
	blocked := make([]bool, w*h)
	block := func(p Placed) {
		for x := max(p.X-1, 0); x < min(p.X+p.W+1, w); x++ {
			blocked[p.Y*w+x] = true
		}
	}
	free := func(x, y, tw int) bool {
		if y < 0 || y >= h || x < 0 || x+tw > w {
			return false
		}
		for i := x; i < x+tw; i++ {
			if blocked[y*w+i] {
				return false
			}
		}
		return true
	}
	if cfg.Center != "" {
		text := fitText(cfg.Center, w)
		tw := cellwidth.Of(text)
		x := min(max(int(g.cx)-tw/2, 0), w-tw)
		l.Center = Placed{X: x, Y: int(g.cy), Text: text, W: tw}
		block(l.Center)
	}
	for r := 1; r <= RingCount; r++ {
		x, y := g.point(math.Pi/2, ringRadii[r])
		x = min(x, w-1)
		if free(x, y, 1) {
			p := Placed{X: x, Y: y, Text: itoa(r), W: 1}
			l.Rings = append(l.Rings, p)
			block(p)
		}
	}
	// Each sector's name keeps room for a "+N" after it, for the people
	// of a slice too small to hold even its own marker.
	for s := 0; s < SectorCount; s++ {
		if p, ok := placeSectorLabel(g, free, s, cfg.SectorLabels[s]); ok {
			l.Sectors = append(l.Sectors, p)
			block(p)
			if free(p.X+p.W+1, p.Y, markerW) {
				c.sectorMarks[s] = &slot{p.X + p.W + 1, p.Y, markerW}
				block(Placed{X: p.X + p.W + 1, Y: p.Y, W: markerW})
			}
		}
	}
	// The centre row is two sector lines and the youths' names.
	for x := 0; x < w; x++ {
		blocked[int(g.cy)*w+x] = true
	}
	c.places = slicePlaces(g, l.Grid, blocked, labelWidth(w))
	return c
}

// Config is the configuration the canvas was made for.
func (c *Canvas) Config() Config { return c.cfg }

// Layout places the items on the canvas. The k-th person of a slice (or
// the one whose Place is k) takes its k-th place, so adding someone,
// anywhere, moves nobody already drawn. The right end of the slice's
// last place is kept for its "+N" marker, for when it has more people
// than places; a slice without room for one has its hidden people
// counted after the sector's name. The layout
// shares Grid, Sectors and Rings with the canvas: they are read only.
func (c *Canvas) Layout(items []Item) Layout {
	l := c.base
	l.Labels = make([]Placed, 0, len(items))
	if l.Width < 3 || l.Height < 3 {
		for _, it := range items {
			l.addHidden(it)
		}
		return l
	}
	// Which items go in which slice, in their given order.
	var bySlice [SectorCount][RingCount][]int
	for i, it := range items {
		if it.Sector < 0 || it.Sector >= SectorCount || it.Ring < 1 || it.Ring > RingCount {
			l.addHidden(it)
			continue
		}
		bySlice[it.Sector][it.Ring-1] = append(bySlice[it.Sector][it.Ring-1], i)
	}
	for s := 0; s < SectorCount; s++ {
		var unmarked []string
		for r := 1; r <= RingCount; r++ {
			unmarked = append(unmarked, l.placeSlice(items, bySlice[s][r-1], c.places[s][r-1], s, r)...)
		}
		if len(unmarked) > 0 {
			o := Overflow{Sector: s, IDs: unmarked}
			if m := c.sectorMarks[s]; m != nil {
				o.Marker, o.Placed = markerAt(*m, len(unmarked)), true
			} else {
				l.Hidden += len(unmarked)
			}
			l.Overflows = append(l.Overflows, o)
		}
	}
	return l
}

// markerAt is the "+N" text for n people, centred in place m.
func markerAt(m slot, n int) Placed {
	text := "+" + itoa(n)
	if n > 99 {
		text = "99+"
	}
	tw := cellwidth.Of(text)
	return Placed{X: m.x + (m.w-tw)/2, Y: m.y, Text: text, W: tw}
}

// placeSlice puts the items of one slice in its places, and the rest in a
// "+N" marker at the end of the slice's last place. It returns the people
// it could neither place nor count in a marker of the slice (when the
// slice has no room for one), for the sector's own marker.
func (l *Layout) placeSlice(items []Item, idx []int, places []slot, s, r int) []string {
	if len(idx) == 0 {
		return nil
	}
	// The slice's last place gives its right end to the "+N" marker when
	// it is wide enough for both; a slice with no such place counts its
	// hidden people after the sector's name.
	people := places
	var marker *slot
	if n := len(places); n > 0 && places[n-1].w >= minSlotW+1+markerW {
		last := places[n-1]
		people = append(places[:n-1:n-1], slot{last.x, last.y, last.w - markerW - 1})
		marker = &slot{last.x + last.w - markerW, last.y, markerW}
	}
	// Items that ask for a place get it when it is not taken; a place
	// beyond the slice's room leaves the item in the "+N". The others
	// fill the free places in order.
	taken := make([]bool, len(people))
	at := make([]int, len(idx))
	for k, i := range idx {
		at[k] = -1
		if p := items[i].Place - 1; p >= 0 && p < len(people) && !taken[p] {
			at[k], taken[p] = p, true
		}
	}
	next := 0
	var over Overflow
	for k, i := range idx {
		if at[k] < 0 && items[i].Place <= len(people) {
			for next < len(people) && taken[next] {
				next++
			}
			if next < len(people) {
				at[k], taken[next] = next, true
			}
		}
		if at[k] < 0 {
			over.IDs = append(over.IDs, items[i].ID)
			continue
		}
		sl := people[at[k]]
		text := labelFor(items[i].Labels, sl.w)
		if text == "" {
			over.IDs = append(over.IDs, items[i].ID)
			continue
		}
		tw := cellwidth.Of(text)
		l.Labels = append(l.Labels, Placed{ID: items[i].ID, X: sl.x + (sl.w-tw)/2, Y: sl.y, Text: text, W: tw, Item: i})
	}
	for p, t := range taken {
		if !t {
			l.Spare = append(l.Spare, Placed{X: people[p].x, Y: people[p].y, W: people[p].w})
		}
	}
	if len(over.IDs) == 0 {
		return nil
	}
	if marker == nil {
		return over.IDs
	}
	over.Sector, over.Ring = s, r
	over.Marker, over.Placed = markerAt(*marker, len(over.IDs)), true
	l.Overflows = append(l.Overflows, over)
	return nil
}

// labelFor is the longest label that fits in w cells, else the last one
// cut to w with an ellipsis; "" when not even that fits.
func labelFor(labels []string, w int) string {
	for _, t := range labels {
		if t != "" && cellwidth.Of(t) <= w {
			return t
		}
	}
	if len(labels) == 0 || w < 2 {
		return ""
	}
	return ansi.Truncate(labels[len(labels)-1], w, "…")
}

func (l *Layout) addHidden(it Item) {
	l.Overflows = append(l.Overflows, Overflow{Sector: it.Sector, Ring: it.Ring, IDs: []string{it.ID}})
	l.Hidden++
}

// slicePlaces cuts every slice into places. A run is a stretch of cells
// on one row that all lie in the slice, on no line and on nothing
// reserved; a cell is left free at each end, so that no label touches a
// line or a label of the next slice (a run narrower than a place gives
// it up next to a line, below). A run is cut into places about labelW
// wide.
func slicePlaces(g geometry, grid [][]rune, blocked []bool, labelW int) (out [SectorCount][RingCount][]slot) {
	w := len(grid[0])
	type run struct{ s, r, x0, x1 int }
	for y := range grid {
		var cur *run
		end := func() {
			if cur == nil {
				return
			}
			x0, x1 := cur.x0+1, cur.x1-1 // a free cell at each end
			if (cur.r <= 2 || labelW >= wideLabelW) && x1-x0 < labelW {
				// A run narrower than a place gives its free cell to the
				// label where a line or the margin of a text is its
				// neighbour: no label of another slice can touch it there.
				// So do the inner rings, whose slices are the smallest,
				// and on a wide map the outer rings' side slices, so that
				// their names keep 20 columns and more.
				if !openCell(g, grid, blocked, cur.x0-1, y) {
					x0--
				}
				if !openCell(g, grid, blocked, cur.x1, y) {
					x1++
				}
			}
			if n := x1 - x0; n >= minSlotW {
				out[cur.s][cur.r-1] = append(out[cur.s][cur.r-1], cutRun(x0, y, n, labelW)...)
			}
			cur = nil
		}
		for x := 0; x < w; x++ {
			if grid[y][x] != 0 || blocked[y*w+x] {
				end()
				continue
			}
			s, r, ok := g.sliceOf(x, y)
			if !ok {
				end()
				continue
			}
			if cur != nil && (cur.s != s || cur.r != r) {
				end()
			}
			if cur == nil {
				cur = &run{s, r, x, x}
			}
			cur.x1 = x + 1
		}
		end()
	}
	for s := 0; s < SectorCount; s++ {
		for r := 1; r <= RingCount; r++ {
			orderPlaces(g, out[s][r-1], s, r, labelW)
		}
	}
	return out
}

// openCell says cell (x, y) is free room of some slice, where a label of
// that slice could stand: inside the map, on no line, on nothing reserved.
func openCell(g geometry, grid [][]rune, blocked []bool, x, y int) bool {
	w := len(grid[0])
	if x < 0 || x >= w {
		return false
	}
	_, _, ok := g.sliceOf(x, y)
	return ok && grid[y][x] == 0 && !blocked[y*w+x]
}

// cutRun cuts a run of n cells into places as near labelW wide as it
// allows, with one cell between them.
func cutRun(x0, y, n, labelW int) []slot {
	k := max(1, (2*(n+1)+labelW+1)/(2*(labelW+1))) // rounded
	avail := n - (k - 1)
	out := make([]slot, k)
	x := x0
	for i := range out {
		sw := avail / k
		if i < avail%k {
			sw++
		}
		out[i] = slot{x, y, sw}
		x += sw + 1
	}
	return out
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// orderPlaces sorts a slice's places into the order people take them:
// the widest first (all those wide enough for a name count as equal),
// then rows at an even distance from the slice's middle (so that labels
// keep a row apart while there is room), then nearest the middle.
func orderPlaces(g geometry, places []slot, s, r, labelW int) {
	a0, a1 := sectorAngles(s)
	f := (ringRadii[r-1] + ringRadii[r]) / 2
	mx, my := g.point((a0+a1)/2, f)
	wide := labelW - 2
	key := func(p slot) (int, int, float64) {
		// Wider first, up to wide enough for a name of about 20 columns.
		class := -min(p.w, wide)
		dy := p.y - my
		odd := (dy%2 + 2) % 2
		return class, odd, math.Hypot(float64(p.x+p.w/2-mx), 2*float64(dy))
	}
	sort.SliceStable(places, func(i, j int) bool {
		ni, oi, di := key(places[i])
		nj, oj, dj := key(places[j])
		if ni != nj {
			return ni < nj
		}
		if oi != oj {
			return oi < oj
		}
		if di != dj {
			return di < dj
		}
		if places[i].y != places[j].y {
			return places[i].y < places[j].y
		}
		return places[i].x < places[j].x
	})
}

// placeSectorLabel puts a sector's name in the middle of its sector, on
// the line between rings 2 and 3, where it is near the sector's people
// whichever ring they are in.
func placeSectorLabel(g geometry, free func(x, y, w int) bool, s int, text string) (Placed, bool) {
	if text == "" {
		return Placed{}, false
	}
	a0, a1 := sectorAngles(s)
	mid := (a0 + a1) / 2
	for _, f := range []float64{ringRadii[2], ringRadii[3], ringRadii[1]} {
		ax, ay := g.point(mid, f)
		for _, t := range []string{text, fitText(text, 8), fitText(text, 4)} {
			tw := cellwidth.Of(t)
			x := ax - tw/2
			if free(x, ay, tw) {
				return Placed{X: x, Y: ay, Text: t, W: tw}, true
			}
		}
	}
	return Placed{}, false
}

// gridText turns the grid into text rows and the byte offset of each
// cell.
func gridText(grid [][]rune) ([]string, [][]int) {
	text := make([]string, len(grid))
	offs := make([][]int, len(grid))
	var b strings.Builder
	for y, row := range grid {
		b.Reset()
		o := make([]int, len(row)+1)
		for x, r := range row {
			o[x] = b.Len()
			if r == 0 {
				r = ' '
			}
			b.WriteRune(r)
		}
		o[len(row)] = b.Len()
		text[y], offs[y] = b.String(), o
	}
	return text, offs
}

// drawGrid draws the four rings and the sector boundaries with dots.
func drawGrid(grid [][]rune, g geometry) {
	set := func(x, y int, r rune) {
		if y >= 0 && y < len(grid) && x >= 0 && x < len(grid[y]) {
			grid[y][x] = r
		}
	}
	for ring := 1; ring <= RingCount; ring++ {
		f := ringRadii[ring]
		steps := int(2*math.Pi*max(g.rx, g.ry)*f)*2 + 8
		for i := 0; i < steps; i++ {
			x, y := g.point(2*math.Pi*float64(i)/float64(steps), f)
			set(x, y, '·')
		}
	}
	for s := 0; s < SectorCount; s++ {
		a, _ := sectorAngles(s)
		from := ringRadii[1] * 0.6
		steps := int(max(g.rx, g.ry)) * 2
		for i := 0; i <= steps; i++ {
			f := from + (1-from)*float64(i)/float64(max(steps, 1))
			x, y := g.point(a, f)
			set(x, y, '∙')
		}
	}
}

// fitText clips text to at most w cells.
func fitText(text string, w int) string {
	if cellwidth.Of(text) <= w {
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
