package report

import (
	"bytes"
	"math"
	"strconv"
	"strings"

	"codeberg.org/go-pdf/fpdf"
	"github.com/go-fonts/dejavu/dejavusans"
	"github.com/go-fonts/dejavu/dejavusansbold"

	"kring/model"
)

// PDF returns the intake report as an A4 PDF made without a browser: the
// same document as the HTML, with the same page furniture (session and
// dossier number and date at the top of every page, DEMO for a made-up
// session, kring's version and "pagina N van M" at the foot) and the map
// drawn as vectors on a landscape page of its own. DejaVu Sans is
// embedded (subset), so every name prints as typed. Tables are printed as
// records, one row under the other, which wrap without a table engine.
func PDF(s *model.Session, o Options) ([]byte, error) {
	s = prepare(s, o)
	d := build(s, o)
	t := newTr(o.Lang)
	f := fpdf.New("P", "mm", "A4", "")
	f.SetMargins(15, 20, 15)
	f.SetAutoPageBreak(true, 20)
	f.AddUTF8FontFromBytes("dejavu", "", dejavusans.TTF)
	f.AddUTF8FontFromBytes("dejavu", "B", dejavusansbold.TTF)
	f.AliasNbPages("{nb}")
	f.SetTitle(d.title, true)
	// The same session and moment give the same file.
	f.SetCatalogSort(true)
	// Compressed afterwards with one writer for all pages: see pdfcompress.go.
	f.SetCompression(false)
	f.SetCreationDate(o.Now)
	f.SetModificationDate(o.Now)
	head, version := furniture(s, o)
	f.SetHeaderFunc(func() {
		w, _ := f.GetPageSize()
		f.SetFont("dejavu", "", 8)
		f.SetTextColor(85, 85, 85)
		f.Text(15, 11, head)
		if s.Demo {
			f.SetFont("dejavu", "B", 9)
			f.SetTextColor(183, 28, 28)
			tag := t.T("report.demo_tag")
			f.Text(w-15-f.GetStringWidth(tag), 11, tag)
		}
		f.SetTextColor(17, 17, 17)
		f.SetY(20)
	})
	f.SetFooterFunc(func() {
		w, h := f.GetPageSize()
		f.SetFont("dejavu", "", 8)
		f.SetTextColor(85, 85, 85)
		f.Text(15, h-9, version)
		page := t.T("report.page") + " " + strconv.Itoa(f.PageNo()) + " " + t.T("report.page_of") + " {nb}"
		f.Text(w-15-f.GetStringWidth(page), h-9, page)
		f.SetTextColor(17, 17, 17)
	})
	f.AddPage()
	for i, bl := range d.blocks {
		// The map's page break and heading go onto its own landscape page.
		if next := func(k int) blockKind {
			if i+k < len(d.blocks) {
				return d.blocks[i+k].kind
			}
			return -1
		}; (bl.kind == bPageBreak && next(1) == bHeading && next(2) == bMap) || (bl.kind == bHeading && next(1) == bMap) {
			continue
		}
		pdfBlock(f, s, o, bl)
	}
	var buf bytes.Buffer
	if err := f.Output(&buf); err != nil {
		return nil, err
	}
	if small, err := compressStreams(buf.Bytes()); err == nil {
		return small, nil
	}
	// A file laid out otherwise is still a valid PDF, only larger.
	return buf.Bytes(), nil
}

// pdfBlock writes one block of the document.
func pdfBlock(f *fpdf.Fpdf, s *model.Session, o Options, bl block) {
	switch bl.kind {
	case bHeading:
		size := [5]float64{0, 16, 13, 11.5, 10.5}[min(max(bl.level, 1), 4)]
		f.Ln(2)
		f.SetFont("dejavu", "B", size)
		f.MultiCell(0, size*0.5, line(runsText(bl.text)), "", "L", false)
		f.Ln(1)
	case bPara:
		pdfRuns(f, bl.text, 0)
	case bBanner:
		f.SetFont("dejavu", "B", 10)
		f.SetTextColor(183, 28, 28)
		f.SetDrawColor(183, 28, 28)
		f.MultiCell(0, 6, line(runsText(bl.text)), "1", "L", false)
		f.SetTextColor(17, 17, 17)
		f.Ln(1)
	case bQuote:
		f.SetTextColor(70, 70, 70)
		pdfRuns(f, bl.text, 5)
		f.SetTextColor(17, 17, 17)
	case bList:
		for _, it := range bl.items {
			pdfRuns(f, append(para{{text: "• "}}, it...), 3)
		}
	case bFacts:
		for _, fc := range bl.facts {
			pdfRuns(f, labelled(line(fc.label), "").andPara(fc.value), 3)
		}
	case bTable:
		for _, r := range bl.rows {
			first := ""
			if len(r) > 0 {
				first = r[0]
			}
			p := para{strong(line(first))}
			for i := 1; i < len(bl.head) && i < len(r); i++ {
				if strings.TrimSpace(r[i]) != "" {
					p = append(p, run{text: "\n"}, strong(line(bl.head[i])+": "), run{text: line(r[i])})
				}
			}
			pdfRuns(f, p, 3)
			if bl.sign {
				f.Ln(8)
			}
		}
	case bPageBreak:
		f.AddPage()
	case bMap:
		pdfMap(f, s, o)
	}
}

// pdfRuns writes a paragraph of runs, strong ones in bold, wrapped to the
// text column, indented by indent mm.
func pdfRuns(f *fpdf.Fpdf, p para, indent float64) {
	f.SetLeftMargin(15 + indent)
	f.SetX(15 + indent)
	for _, r := range p {
		style := ""
		if r.strong {
			style = "B"
		}
		f.SetFont("dejavu", style, 10)
		for i, part := range strings.Split(r.text, "\n") {
			if i > 0 {
				f.Ln(5)
			}
			// Cleaning trims the space between a label and its value.
			cleaned := text(part)
			txt := cleaned
			if strings.HasPrefix(part, " ") {
				txt = " " + txt
			}
			if strings.HasSuffix(part, " ") && cleaned != "" {
				txt += " "
			}
			f.Write(5, txt)
		}
	}
	f.Ln(6)
	f.SetLeftMargin(15)
}

// pdfMap draws the map on a landscape page: rings, sectors, the youths,
// the ties and every person with their label, scaled to the page.
func pdfMap(f *fpdf.Fpdf, s *model.Session, o Options) {
	t := newTr(o.Lang)
	nm := mapNames(t)
	l := layoutMap(s, nm)
	g := l.g
	f.AddPageFormat("L", fpdf.SizeType{Wd: 210, Ht: 297})
	f.SetFont("dejavu", "B", 13)
	f.MultiCell(0, 6, t.T("report.map_title", line(s.Label)), "", "L", false)
	// Drawn here: the rings, sectors, youths, ties, marks and names; the
	// relations, the tie styles and the legend are in the HTML report.
	vb := drawingBox(g)
	k := math.Min(267/vb.w, 160/vb.h) // mm per unit
	ox, oy := 15+(267-vb.w*k)/2, 30.0
	X := func(x float64) float64 { return ox + (x-vb.x)*k }
	Y := func(y float64) float64 { return oy + (y-vb.y)*k }
	pt := func(units float64) float64 { return units * k * mmToPt }
	f.SetLineWidth(0.2)
	f.SetDrawColor(176, 176, 176)
	f.SetFillColor(244, 244, 244)
	f.Circle(X(g.cx), Y(g.cy), g.outer(4)*k, "FD")
	f.SetFillColor(255, 255, 255)
	f.Circle(X(g.cx), Y(g.cy), g.outer(3)*k, "FD")
	for r := 2; r >= 1; r-- {
		f.Circle(X(g.cx), Y(g.cy), g.outer(r)*k, "D")
	}
	for i := 0; i < 6; i++ {
		a := g.mid[i] - g.half[i]
		x0, y0 := g.point(a, g.r0)
		x1, y1 := g.point(a, g.outer(4))
		f.Line(X(x0), Y(y0), X(x1), Y(y1))
		x, y, anchor, _ := g.sectorLabel(i, sectorWidth(nm.sectors[i]))
		pdfText(f, X(x), Y(y), pt(sectorSize), "B", anchor, nm.sectors[i])
	}
	f.SetFillColor(255, 245, 214)
	f.SetDrawColor(212, 167, 44)
	f.Circle(X(g.cx), Y(g.cy), g.r0*k, "FD")
	spots, shown := youthSpots(g, s, 14)
	for i, sp := range spots {
		name := "+" + strconv.Itoa(len(s.Youths)-shown)
		if i < shown {
			name = line(s.Youths[i].Name)
		}
		pdfText(f, X(sp[0]), Y(sp[1]+5), pt(14), "B", "middle", name)
	}
	for _, p := range l.placed {
		colour, _, _ := tieStyle(p.item.p)
		setDraw(f, colour)
		a := math.Atan2(p.x-g.cx, g.cy-p.y)
		x0, y0 := g.point(a, g.r0)
		f.Line(X(x0), Y(y0), X(p.x), Y(p.y))
		f.SetFillColor(255, 255, 255)
		f.Circle(X(p.x), Y(p.y), 5.5*k, "FD")
		label := p.name
		if p.letters != "" {
			label += " " + p.letters
		}
		f.SetTextColor(17, 17, 17)
		pdfText(f, X(p.x), Y(p.y+19), pt(labelSize), "", "middle", label)
	}
	f.SetDrawColor(17, 17, 17)
	f.AddPageFormat("P", fpdf.SizeType{Wd: 210, Ht: 297})
}

// pdfText writes a text at (x, y) mm with an SVG-like anchor.
func pdfText(f *fpdf.Fpdf, x, y, size float64, style, anchor, s string) {
	f.SetFont("dejavu", style, size)
	w := f.GetStringWidth(s)
	switch anchor {
	case "middle":
		x -= w / 2
	case "end":
		x -= w
	}
	f.Text(x, y, s)
}

// setDraw sets the line colour from "#rrggbb".
func setDraw(f *fpdf.Fpdf, hex string) {
	v, err := strconv.ParseUint(strings.TrimPrefix(hex, "#"), 16, 32)
	if err != nil {
		f.SetDrawColor(68, 68, 68)
		return
	}
	f.SetDrawColor(int(v>>16), int(v>>8&0xff), int(v&0xff))
}
