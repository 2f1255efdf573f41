package report

import (
	"strings"

	"codeberg.org/go-pdf/fpdf"
)

// pdfGrid prints a compact table (the grid of everyone on the map) as a
// table, as the printed HTML does (on landscape pages when it starts on
// one, see pdfDocument): a bold header row on a grey ground,
// repeated at the top of each page, then one row per person with a thin
// rule under it; a cell's text wraps inside its column. Printed as
// records, one field under the other, the grid of 300 people filled
// about 75 pages (and most of the PDF's time); as a table it fills about
// a tenth of that.
func pdfGrid(f *fpdf.Fpdf, bl block, ty pdfType) {
	size := ty.body * 0.8
	lh := size * 0.45 // line height in mm
	pad := f.GetCellMargin()
	const vpad = 0.8
	pageW, pageH := f.GetPageSize()
	left, _, right, bottom := f.GetMargins()
	widths := gridWidths(f, bl, size, pageW-left-right, pad)
	orient := "P"
	if pageW > pageH {
		orient = "L"
	}
	cells := func(style string, row []string) ([][]string, float64) {
		pdfFont(f, style, size)
		lines := make([][]string, len(widths))
		most := 1
		for i := range widths {
			if i < len(row) {
				if c := line(row[i]); c != "" {
					lines[i] = f.SplitText(c, widths[i])
				}
			}
			most = max(most, len(lines[i]))
		}
		return lines, float64(most)*lh + 2*vpad
	}
	draw := func(lines [][]string, y float64) {
		x := left
		for i, ls := range lines {
			for k, l := range ls {
				f.Text(x+pad, y+vpad+float64(k)*lh+lh*0.72, l)
			}
			x += widths[i]
		}
	}
	head, headH := cells("B", bl.head)
	header := func() {
		y := f.GetY()
		f.SetFillColor(238, 238, 238)
		f.Rect(left, y, pageW-left-right, headH, "F")
		pdfFont(f, "B", size)
		draw(head, y)
		f.SetY(y + headH)
	}
	f.Ln(1)
	header()
	f.SetDrawColor(200, 200, 200)
	f.SetLineWidth(0.2)
	for _, r := range bl.rows {
		lines, h := cells("", r)
		if f.GetY()+h > pageH-bottom {
			f.AddPageFormat(orient, fpdf.SizeType{Wd: 210, Ht: 297})
			f.SetDrawColor(200, 200, 200)
			f.SetLineWidth(0.2)
			header()
		}
		y := f.GetY()
		pdfFont(f, "", size)
		draw(lines, y)
		f.Line(left, y+h, pageW-right, y+h)
		f.SetY(y + h)
	}
	f.SetDrawColor(17, 17, 17)
	f.Ln(3)
}

// gridWidths shares the text column's width (mm) among a table's
// columns: each gets at least its longest word, and what is left goes
// to the columns whose cells are longer, in proportion to how much.
func gridWidths(f *fpdf.Fpdf, bl block, size, avail, pad float64) []float64 {
	n := len(bl.head)
	least, want := make([]float64, n), make([]float64, n)
	measure := func(i int, cell string, whole bool) {
		cell = line(cell)
		for _, w := range strings.Fields(cell) {
			least[i] = max(least[i], f.GetStringWidth(w)+2*pad)
		}
		if whole {
			want[i] = max(want[i], f.GetStringWidth(cell)+2*pad)
		}
	}
	pdfFont(f, "B", size)
	for i, h := range bl.head {
		measure(i, h, false)
	}
	pdfFont(f, "", size)
	for _, r := range bl.rows {
		for i := 0; i < n && i < len(r); i++ {
			measure(i, r[i], true)
		}
	}
	// Columns that want no more than a fair share of what is left get
	// what they want, until none does; the rest share what remains, each
	// at least its longest word.
	out := make([]float64, n)
	open, room := make([]bool, n), avail
	for i := range open {
		open[i] = true
		want[i] = max(want[i], least[i])
	}
	for settled := true; settled; {
		settled = false
		count := 0
		for i := range n {
			if open[i] {
				count++
			}
		}
		for i := range n {
			if open[i] && count > 0 && want[i] <= room/float64(count) {
				out[i], open[i], room, settled = want[i], false, room-want[i], true
				break
			}
		}
	}
	var sumLeast, sumWant float64
	for i := range n {
		if open[i] {
			sumLeast += least[i]
			sumWant += want[i]
		}
	}
	for i := range n {
		if !open[i] {
			continue
		}
		switch {
		case sumLeast >= room:
			out[i] = least[i] * room / sumLeast
		default:
			out[i] = least[i] + (want[i]-least[i])*(room-sumLeast)/(sumWant-sumLeast)
		}
	}
	return out
}

// gridBreak reports whether blocks[i] is the page break before the
// heading of a compact table, which then starts a landscape page.
func gridBreak(blocks []block, i int) bool {
	return i+2 < len(blocks) && blocks[i].kind == bPageBreak && blocks[i+1].kind == bHeading &&
		blocks[i+2].kind == bTable && blocks[i+2].compact
}
