package circle

import (
	"fmt"
	"math"
	"math/rand"
	"reflect"
	"testing"
)

func sampleItems(n int, seed int64) []Item {
	rng := rand.New(rand.NewSource(seed))
	names := []string{"Ria", "Henk", "Lotte", "Fatma", "Ruben", "Dewi", "Iris", "Mees", "Gerda", "Kees", "Bram", "Marieke", "Ton", "Esra", "huisarts", "Femke", "李小龙", "Zoë 👩‍👧"}
	items := make([]Item, n)
	for i := range items {
		name := names[rng.Intn(len(names))]
		items[i] = Item{
			ID:     fmt.Sprintf("p%d", i+1),
			Sector: rng.Intn(SectorCount),
			Ring:   1 + rng.Intn(RingCount),
			Labels: []string{"●" + name + " PGAE", "●" + name, "●" + string([]rune(name)[:1])},
		}
	}
	return items
}

func config(w, h int) Config {
	return Config{Width: w, Height: h, Center: "Noor · Sem",
		SectorLabels: [SectorCount]string{"gezin", "familie", "vrienden", "buurt", "school/werk", "hulpverleners"}}
}

// checkInvariants asserts the layout's promises.
func checkInvariants(t *testing.T, cfg Config, items []Item, l Layout) {
	t.Helper()
	var all []Placed
	if l.Center.Text != "" {
		all = append(all, l.Center)
	}
	all = append(all, l.Sectors...)
	all = append(all, l.Labels...)
	for _, o := range l.Overflows {
		if o.Placed {
			all = append(all, o.Marker)
		}
	}
	type cell struct{ x, y int }
	owner := map[cell]string{}
	for _, p := range all {
		if p.Y < 0 || p.Y >= cfg.Height || p.X < 0 || p.X+p.W > cfg.Width {
			t.Fatalf("%q at (%d,%d) w%d is outside %dx%d", p.Text, p.X, p.Y, p.W, cfg.Width, cfg.Height)
		}
		for x := p.X; x < p.X+p.W; x++ {
			if o, ok := owner[cell{x, p.Y}]; ok {
				t.Fatalf("%q and %q overlap at (%d,%d)", o, p.Text, x, p.Y)
			}
			owner[cell{x, p.Y}] = p.Text
		}
	}
	seen := map[string]int{}
	for _, p := range l.Labels {
		seen[p.ID]++
	}
	hidden := 0
	for _, o := range l.Overflows {
		for _, id := range o.IDs {
			seen[id]++
		}
		if !o.Placed {
			hidden += len(o.IDs)
		} else if o.Marker.Text != fmt.Sprintf("+%d", len(o.IDs)) {
			t.Errorf("marker %q counts %d people", o.Marker.Text, len(o.IDs))
		}
	}
	if hidden != l.Hidden {
		t.Errorf("Hidden is %d, the unplaced markers hold %d", l.Hidden, hidden)
	}
	for _, it := range items {
		if seen[it.ID] != 1 {
			t.Fatalf("%s is placed or counted %d times, want exactly once", it.ID, seen[it.ID])
		}
	}
}

func TestLayoutInvariants(t *testing.T) {
	t.Parallel()
	sizes := [][2]int{{0, 0}, {2, 2}, {20, 6}, {58, 17}, {80, 17}, {84, 33}, {120, 30}, {196, 52}}
	counts := []int{0, 1, 18, 60, 300}
	for _, sz := range sizes {
		for _, n := range counts {
			for seed := int64(1); seed <= 3; seed++ {
				t.Run(fmt.Sprintf("%dx%d/%d/%d", sz[0], sz[1], n, seed), func(t *testing.T) {
					cfg := config(sz[0], sz[1])
					items := sampleItems(n, seed)
					checkInvariants(t, cfg, items, Compute(cfg, items))
				})
			}
		}
	}
}

// A label sits in its own slice and ring: its anchor (the middle of the
// label) lies within the slice's angles and the ring's radii, allowing
// for rounding to whole cells.
func TestLabelsSitInTheirSliceAndRing(t *testing.T) {
	t.Parallel()
	cfg := config(120, 34)
	items := sampleItems(40, 7)
	l := Compute(cfg, items)
	g := newGeometry(cfg.Width, cfg.Height)
	byID := map[string]Item{}
	for _, it := range items {
		byID[it.ID] = it
	}
	for _, p := range l.Labels {
		it := byID[p.ID]
		ax := float64(p.X + p.W/2)
		dx, dy := (ax-g.cx)/g.rx, (g.cy-float64(p.Y))/g.ry
		a := math.Atan2(dx, dy)
		a0, a1 := sectorAngles(it.Sector)
		for a < a0-0.5 {
			a += 2 * math.Pi
		}
		for a > a1+0.5 {
			a -= 2 * math.Pi
		}
		tol := 1.5 / (math.Hypot(dx*g.rx, dy*g.ry) + 1) // one cell of rounding, as an angle
		if a < a0-tol-0.15 || a > a1+tol+0.15 {
			t.Errorf("%s (sector %d) placed at angle %.2f outside [%.2f, %.2f]", p.ID, it.Sector, a, a0, a1)
		}
		r := math.Hypot(dx, dy)
		inner, outer := ringRadii[it.Ring-1], ringRadii[it.Ring]
		slack := 1.5 / g.ry
		if r < inner-slack || r > outer+slack {
			t.Errorf("%s (ring %d) placed at radius %.2f outside [%.2f, %.2f]", p.ID, it.Ring, r, inner, outer)
		}
	}
}

func TestLayoutIsDeterministic(t *testing.T) {
	t.Parallel()
	cfg := config(84, 33)
	items := sampleItems(60, 3)
	if a, b := Compute(cfg, items), Compute(cfg, items); !reflect.DeepEqual(a, b) {
		t.Fatal("two layouts of the same input differ")
	}
}

func TestExampleSizedNetworkFitsWithoutOverflow(t *testing.T) {
	t.Parallel()
	// 18 people, as in the example case, at the map's size in a 120x40
	// window: everyone must be on the map by name.
	cfg := config(83, 37)
	items := sampleItems(18, 11)
	l := Compute(cfg, items)
	if len(l.Labels) != 18 {
		t.Fatalf("placed %d of 18", len(l.Labels))
	}
}

func TestBadItemsAreCountedNotDropped(t *testing.T) {
	t.Parallel()
	cfg := config(80, 20)
	items := []Item{{ID: "a", Sector: 9, Ring: 1, Labels: []string{"A"}}, {ID: "b", Sector: 0, Ring: 0, Labels: []string{"B"}}, {ID: "c", Sector: 1, Ring: 2}}
	l := Compute(cfg, items)
	checkInvariants(t, cfg, items, l)
	if l.Hidden != 2 {
		t.Errorf("Hidden %d, want 2 (bad sector, bad ring)", l.Hidden)
	}
}

func FuzzCompute(f *testing.F) {
	f.Add(80, 17, 18, int64(1))
	f.Add(3, 3, 5, int64(2))
	f.Fuzz(func(t *testing.T, w, h, n int, seed int64) {
		w, h, n = w%260, h%90, n%400
		if w < 0 || h < 0 || n < 0 {
			return
		}
		cfg := config(w, h)
		items := sampleItems(n, seed)
		checkInvariants(t, cfg, items, Compute(cfg, items))
	})
}

func BenchmarkCompute300At200x60(b *testing.B) {
	cfg := config(140, 52)
	items := sampleItems(300, 1)
	b.ReportAllocs()
	for b.Loop() {
		Compute(cfg, items)
	}
}
