// Package circle lays out the network map: the youths at the centre,
// concentric rings 1 to 4 and six sectors, each person's label wholly in
// their own slice (a sector within a ring) and on no line. It is pure, so
// that its promises can be tested on their own: no two texts overlap,
// nothing is drawn outside the canvas, every person is either placed or
// counted in a visible "+N", and a person keeps their place while others
// are added, edited or removed.
//
// The ellipse fills the canvas (labels run sideways, so the map takes all
// the width it gets). Every slice is cut into places in an order fixed by
// the canvas alone; the k-th person of a slice takes its k-th place, and
// Places remembers who has which place between layouts, so nobody moves
// when someone else comes or goes.
//
//	Config{Width, Height, Center, SectorLabels}
//	                 │
//	                 ▼
//	NewCanvas ── rings and lines, centre, ring numbers, sector names
//	             (with room for a sector's "+N"), every slice's places
//	                 │            (kept while size and texts stay)
//	[]Item{ID, Sector, Ring, Labels long to short, Place}
//	   ▲ Places.Assign: the place each had before
//	                 │
//	                 ▼
//	Canvas.Layout ── per slice: the k-th place to the k-th person, the
//	                 longest label that fits; the rest in the slice's
//	                 "+N", or the sector's when the slice has no room
//	                 │
//	                 ▼
//	Layout{Grid, Center, Sectors, Rings, Labels (each Placed at X, Y, W),
//	       Overflows, Hidden, Spare}
//	                 │
//	                 ▼
//	ui/mapview.go draws it row by row, in the terminal's colours
package circle
