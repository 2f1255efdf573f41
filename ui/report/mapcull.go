package report

import "math"

// The printed map's enlarged parts are windows on the drawing, and each
// holds only what can be seen through it (svgWriter.cull). A tie runs
// from the centre outwards through several windows; these find the part
// of it inside one, so that a long stressful tie (a corner every 5
// units) is written there only as far as it shows.

// clipSegment is the stretch [t0, t1] (0 at (x0, y0), 1 at (x1, y1)) of
// the segment that lies inside b; ok is false when the segment misses b
// (Liang and Barsky's clipping).
func clipSegment(x0, y0, x1, y1 float64, b box) (t0, t1 float64, ok bool) {
	t0, t1 = 0, 1
	dx, dy := x1-x0, y1-y0
	for _, e := range [4][2]float64{{-dx, x0 - b.x0}, {dx, b.x1 - x0}, {-dy, y0 - b.y0}, {dy, b.y1 - y0}} {
		p, q := e[0], e[1]
		if p == 0 {
			if q < 0 {
				return 0, 0, false
			}
			continue
		}
		r := q / p
		if p < 0 {
			t0 = math.Max(t0, r)
		} else {
			t1 = math.Min(t1, r)
		}
		if t0 > t1 {
			return 0, 0, false
		}
	}
	return t0, t1, true
}

// zigzagWithin is zigzagPoints limited to the corners from a distance
// from to a distance to along the line, with one corner more at each
// end, so that the line is whole between from and to.
func zigzagWithin(x0, y0, x1, y1, step, amp, from, to float64) [][2]float64 {
	dx, dy := x1-x0, y1-y0
	d := math.Hypot(dx, dy)
	if d < 30 {
		return [][2]float64{{x0, y0}, {x1, y1}}
	}
	ux, uy := dx/d, dy/d
	px, py := -uy, ux
	const lead = 12.0
	n := int((d - 2*lead) / step)
	// The points are the start (k = 0), the corners (k = 1 … n+1) and
	// the end (k = n+2), each at a distance along the line.
	at := func(k int) float64 {
		switch {
		case k == 0:
			return 0
		case k == n+2:
			return d
		}
		return lead + float64(k-1)*step
	}
	first, last := 0, n+2
	for first < last && at(first+1) <= from {
		first++
	}
	for last > first && at(last-1) >= to {
		last--
	}
	out := make([][2]float64, 0, last-first+1)
	for k := first; k <= last; k++ {
		switch k {
		case 0:
			out = append(out, [2]float64{x0, y0})
		case n + 2:
			out = append(out, [2]float64{x1, y1})
		default:
			i, t := k-1, at(k)
			side := amp
			if i%2 == 1 {
				side = -amp
			}
			if i == 0 || i == n {
				side = 0
			}
			out = append(out, [2]float64{x0 + ux*t + px*side, y0 + uy*t + py*side})
		}
	}
	return out
}
