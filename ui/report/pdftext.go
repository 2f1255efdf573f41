package report

import "codeberg.org/go-pdf/fpdf"

// Text in the PDF goes through these two helpers instead of fpdf's
// SetFont and Write. The report of 300 people writes about 8,000 runs of
// text; fpdf writes a font operator into the page on every SetFont, also
// when the font does not change (a third of a page's bytes), and its
// Write converts the whole run to runes again for every character, which
// made long runs quadratic. The layout stays fpdf's: the same breaks,
// cells and positions.

// pdfFont selects DejaVu in style ("" or "B") and size (pt) unless it is
// the font selected already. fpdf's own state is the truth: it restores
// the font itself at a new page, and no font is set inside a saved
// graphics state (q … Q) that could be undone behind its back.
func pdfFont(f *fpdf.Fpdf, style string, size float64) {
	if pt, _ := f.GetFontSize(); pt == size && f.GetFontStyle() == style && f.GetFontFamily() == "dejavu" {
		return
	}
	f.SetFont("dejavu", style, size)
}

// pdfWrite writes s, a text without line breaks, from the current
// position as fpdf's Write does: lines break at spaces (or inside a word
// longer than a line) at the right margin and go on at the left margin,
// and the position is left just after the text. It is fpdf's algorithm
// over the runes converted once.
func pdfWrite(f *fpdf.Fpdf, h float64, s string) {
	if s == "" {
		return
	}
	if s == " " {
		f.SetX(f.GetX() + f.GetStringWidth(s))
		return
	}
	pageW, _ := f.GetPageSize()
	left, _, right, _ := f.GetMargins()
	cm := f.GetCellMargin()
	_, size := f.GetFontSize()
	var w, wmax float64
	room := func() {
		w = pageW - right - f.GetX()
		wmax = (w - 2*cm) * 1000 / size
	}
	room()
	rs := []rune(s)
	sep, i, j, l, first := -1, 0, 0, 0.0, true
	for i < len(rs) {
		c := rs[i]
		if c == ' ' {
			sep = i
		}
		l += float64(runeWidth(f, c))
		if l <= wmax {
			i++
			continue
		}
		if sep == -1 {
			if f.GetX() > left {
				// The first word does not fit after what is on the line:
				// it starts on the next one.
				f.Ln(h)
				room()
				i++
				continue
			}
			if i == j {
				i++
			}
			f.CellFormat(w, h, string(rs[j:i]), "", 2, "", false, 0, "")
		} else {
			f.CellFormat(w, h, string(rs[j:sep]), "", 2, "", false, 0, "")
			i = sep + 1
		}
		sep, j, l = -1, i, 0
		if first {
			f.SetX(left)
			room()
			first = false
		}
	}
	if i != j {
		f.CellFormat(l/1000*size, h, string(rs[j:]), "", 0, "", false, 0, "")
	}
}

// runeWidth is the width of r in the current font in thousandths of its
// size. Runes past the font's table (which ends at U+FFFF) have the
// missing glyph's width; fpdf's lookup is off by one at U+10000 itself.
func runeWidth(f *fpdf.Fpdf, r rune) int {
	if r >= 0x10000 {
		r = 0x10001
	}
	return f.GetStringSymbolWidth(string(r))
}
