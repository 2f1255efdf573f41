// Package circle lays out the network map: the youths at the centre,
// concentric rings 1 to 4 and six sectors, each person's label in its own
// slice and ring. Compute is a pure function of the items and the canvas
// size, so that its promises can be tested on their own: no two labels
// overlap, nothing is drawn outside the canvas, and every person is either
// placed or counted in a "+N" marker of their slice and ring.
//
//	[]Item{ID, Sector, Ring, Labels: long to short}
//	Config{Width, Height, Center, SectorLabels}
//	                 │
//	                 ▼
//	Compute ── per slice and ring: the longest label that fits, else a
//	           shorter one, else counted in "+N"
//	                 │
//	                 ▼
//	Layout{Grid (rings and sector lines), Center, Sectors, Labels
//	       (each Placed at X, Y, W), Overflows, Hidden}
//	                 │
//	                 ▼
//	ui/mapview.go draws it row by row, in the terminal's colours
package circle
