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
		} else if want := fmt.Sprintf("+%d", len(o.IDs)); o.Marker.Text != want && (len(o.IDs) <= 99 || o.Marker.Text != "99+") {
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

// Every cell of every label lies in the label's own slice and ring, by
// the test's own reckoning of the ellipse, and on no line of the grid;
// every sector name lies in its sector.
func TestLabelsSitInTheirSliceAndRing(t *testing.T) {
	t.Parallel()
	for _, sz := range [][2]int{{80, 15}, {83, 33}, {159, 55}, {120, 34}} {
		cfg := config(sz[0], sz[1])
		items := sampleItems(60, 7)
		l := Compute(cfg, items)
		cx, cy := math.Floor(float64(cfg.Width-1)/2), math.Floor(float64(cfg.Height-1)/2)
		rx, ry := float64(cfg.Width-1)/2, float64(cfg.Height-1)/2
		slice := func(x, y int) (int, int) {
			u, v := (float64(x)-cx)/rx, (cy-float64(y))/ry
			a := math.Mod(math.Atan2(u, v)+2*math.Pi+math.Pi/6, 2*math.Pi)
			rho := math.Hypot(u, v)
			ring := 1
			for ring < RingCount && rho > ringRadii[ring] {
				ring++
			}
			if rho > 1 {
				ring = 0
			}
			return int(a / (math.Pi / 3)), ring
		}
		byID := map[string]Item{}
		for _, it := range items {
			byID[it.ID] = it
		}
		for _, p := range l.Labels {
			it := byID[p.ID]
			for x := p.X; x < p.X+p.W; x++ {
				if s, r := slice(x, p.Y); s != it.Sector || r != it.Ring {
					t.Fatalf("%dx%d: %q (sector %d ring %d) has a cell in sector %d ring %d", sz[0], sz[1], p.Text, it.Sector, it.Ring, s, r)
				}
				if l.Grid[p.Y][x] != 0 {
					t.Fatalf("%dx%d: %q lies on a line", sz[0], sz[1], p.Text)
				}
			}
		}
		for i, p := range l.Sectors {
			if s, _ := slice(p.X+p.W/2, p.Y); s != i {
				t.Errorf("%dx%d: sector name %q stands in sector %d", sz[0], sz[1], p.Text, s)
			}
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
