package report

import (
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
// drawn as vectors as the printed HTML draws it (pdfmap.go). DejaVu Sans is
// embedded (subset), so every name prints as typed. Tables are printed as
// records, one row under the other, which wrap without a table engine.
func PDF(s *model.Session, o Options) ([]byte, error) {
	s = prepare(s, o)
	return pdfDocument(s, o, build(s, o), reportType)
}

// pdfType is the type of a PDF: its sizes in pt and line heights in mm.
// The report has one, the family's papers a larger one (planType).
type pdfType struct {
	body, line float64    // body text and its line height
	heads      [5]float64 // headings of level 1 to 4
	furniture  float64    // the running header and footer
	keep       float64    // lines of text kept on a heading's page
}

// reportType is the report's type.
var reportType = pdfType{body: 10, line: 5, heads: [5]float64{0, 16, 13, 11.5, 10.5}, furniture: 8}

// pdfDocument writes a prepared document as an A4 PDF in type ty, with
// the page furniture of the report.
func pdfDocument(s *model.Session, o Options, d *document, ty pdfType) ([]byte, error) {
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
	head, version := furniture(s, o, d.family)
	f.SetHeaderFunc(func() {
		w, _ := f.GetPageSize()
		pdfFont(f, "", ty.furniture)
		f.SetTextColor(85, 85, 85)
		f.Text(15, 11, head)
		if s.Demo {
			pdfFont(f, "B", ty.furniture+1)
			f.SetTextColor(183, 28, 28)
			tag := t.T("report.demo_tag")
			f.Text(w-15-f.GetStringWidth(tag), 11, tag)
		}
		f.SetTextColor(17, 17, 17)
		f.SetY(20)
	})
	f.SetFooterFunc(func() {
		w, h := f.GetPageSize()
		pdfFont(f, "", ty.furniture)
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
		// The grid is wide: its pages are landscape.
		if gridBreak(d.blocks, i) {
			f.AddPageFormat("L", fpdf.SizeType{Wd: 210, Ht: 297})
			continue
		}
		pdfBlock(f, s, o, bl, ty)
	}
	var out compressedPDF
	if err := f.Output(&out); err != nil {
		return nil, err
	}
	return out.bytes(), nil
}

// pdfBlock writes one block of the document.
func pdfBlock(f *fpdf.Fpdf, s *model.Session, o Options, bl block, ty pdfType) {
	switch bl.kind {
	case bHeading:
		size := ty.heads[min(max(bl.level, 1), 4)]
		// A heading alone at the foot of a page goes to the next.
		_, h := f.GetPageSize()
		if _, _, _, bottom := f.GetMargins(); ty.keep > 0 && f.GetY()+3+size*0.5+ty.keep*ty.line > h-bottom {
			f.AddPage()
		}
		f.Ln(2)
		pdfFont(f, "B", size)
		f.MultiCell(0, size*0.5, line(runsText(bl.text)), "", "L", false)
		f.Ln(1)
	case bPara:
		pdfRuns(f, bl.text, 0, ty)
	case bBanner:
		pdfFont(f, "B", ty.body)
		f.SetTextColor(183, 28, 28)
		f.SetDrawColor(183, 28, 28)
		f.MultiCell(0, ty.line+1, line(runsText(bl.text)), "1", "L", false)
		f.SetTextColor(17, 17, 17)
		f.Ln(1)
	case bQuote:
		f.SetTextColor(70, 70, 70)
		pdfRuns(f, bl.text, 5, ty)
		f.SetTextColor(17, 17, 17)
	case bList:
		for _, it := range bl.items {
			pdfRuns(f, append(para{{text: "• "}}, it...), 3, ty)
		}
	case bFacts:
		for _, fc := range bl.facts {
			pdfRuns(f, labelled(line(fc.label), "").andPara(fc.value), 3, ty)
		}
	case bTable:
		if bl.compact {
			pdfGrid(f, bl, ty)
			break
		}
		for _, r := range bl.rows {
			first := ""
			if len(r) > 0 {
				first = r[0]
			}
			p := para{strong(line(first))}
			for i := 1; i < len(bl.head) && i < len(r); i++ {
				if strings.TrimSpace(r[i]) != "" {
					p = append(p, run{text: "\n"}, strong(line(bl.head[i])+": "), run{text: line(r[i])})
				} else if bl.sign {
					// An empty column of a signature table is a line to write on.
					p = append(p, run{text: "\n\n"}, strong(line(bl.head[i])+": "), run{text: signLine})
				}
			}
			pdfRuns(f, p, 3, ty)
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

// signLine is the line to write a signature or a date on.
const signLine = "______________________________"

// pdfRuns writes a paragraph of runs, strong ones in bold, wrapped to the
// text column, indented by indent mm, in type ty.
func pdfRuns(f *fpdf.Fpdf, p para, indent float64, ty pdfType) {
	f.SetLeftMargin(15 + indent)
	f.SetX(15 + indent)
	for _, r := range p {
		style := ""
		if r.strong {
			style = "B"
		}
		pdfFont(f, style, ty.body)
		for i, part := range strings.Split(r.text, "\n") {
			if i > 0 {
				f.Ln(ty.line)
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
			pdfWrite(f, ty.line, txt)
		}
	}
	f.Ln(ty.line + 1)
	f.SetLeftMargin(15)
}

// The PDF's overview: the drawing's box on a landscape page and the
// column beside it for the title, the note and the legend (mm).
const (
	pdfDrawW, pdfDrawH = 207.0, 170.0
	pdfColX, pdfColW   = 227.0, 55.0
)

// pdfMap draws the map as the printed HTML does: the overview on a
// landscape page with the title and the legend beside it, then one page
// per enlarged part when the overview leaves the names out.
func pdfMap(f *fpdf.Fpdf, s *model.Session, o Options) {
	t := newTr(o.Lang)
	nm := mapNames(t)
	l := layoutMap(s, nm)
	vb, st := overviewIn(l, nm, pdfDrawW, pdfDrawH)
	f.AddPageFormat("L", fpdf.SizeType{Wd: 210, Ht: 297})
	k := math.Min(pdfDrawW/vb.w, pdfDrawH/vb.h)
	pen := &pdfPen{f: f, ox: 15 + (pdfDrawW-vb.w*k)/2, oy: 20 + (pdfDrawH-vb.h*k)/2, vx: vb.x, vy: vb.y, k: k,
		cull: box{vb.x, vb.y, vb.x + vb.w, vb.y + vb.h}}
	pen.drawMap(l, s, nm, st)
	f.SetXY(pdfColX, 20)
	f.SetLeftMargin(pdfColX)
	pdfFont(f, "B", 13)
	f.MultiCell(pdfColW, 6, t.T("report.map_title", line(s.Label)), "", "L", false)
	panels := mapPanels(l)
	if st.markersOnly {
		f.Ln(1)
		pdfFont(f, "", 8)
		f.MultiCell(pdfColW, 3.6, t.T("report.map_overview_note", len(panels)), "", "L", false)
	}
	f.SetLeftMargin(15)
	pdfLegend(f, t, pdfColX, f.GetY()+3, pdfColW)
	if len(panels) == 0 {
		f.AddPageFormat("P", fpdf.SizeType{Wd: 210, Ht: 297})
		return
	}
	// The parts are windows on one drawing, written once into the file
	// as a form (a template) that each part's page shows enlarged and
	// clipped: drawing it again for every part made the PDF of 300
	// people four times as large and twice as slow.
	g := l.g
	k0 := math.Min(1, 2000/math.Max(g.w, g.h))
	whole := onceID(f.CreateTemplateCustom(fpdf.PointType{}, fpdf.SizeType{Wd: g.w * k0, Ht: g.h * k0}, func(tp *fpdf.Tpl) {
		pen := &pdfPen{f: &tp.Fpdf, k: k0, cull: box{0, 0, g.w, g.h}}
		pen.drawMap(l, s, nm, drawStyle{})
	}))
	for i, p := range panels {
		wmm, hmm, orient := panelWmm, panelHmm, "L"
		if p.portrait {
			wmm, hmm, orient = portWmm, portHmm, "P"
		}
		f.AddPageFormat(orient, fpdf.SizeType{Wd: 210, Ht: 297})
		var secs []string
		for _, sec := range p.sectors {
			secs = append(secs, nm.sectors[sec])
		}
		pdfFont(f, "B", 12)
		f.MultiCell(0, 6, t.T("report.map_panel", i+1, len(panels), strings.Join(secs, ", ")), "", "L", false)
		top := f.GetY() + 2
		b := p.box
		k := math.Min(wmm/b.w, hmm/b.h)
		ox, oy := 15+(wmm-b.w*k)/2, top+(hmm-b.h*k)/2
		f.ClipRect(15, top, wmm, hmm, false)
		// fpdf places a form from the unrotated page's height (297 mm),
		// also on a landscape page: shift by the difference.
		_, ph := f.GetPageSize()
		f.UseTemplateScaled(whole, fpdf.PointType{X: ox - b.x*k, Y: oy - b.y*k + 297 - ph}, fpdf.SizeType{Wd: g.w * k, Ht: g.h * k})
		f.ClipEnd()
	}
	f.AddPageFormat("P", fpdf.SizeType{Wd: 210, Ht: 297})
}

// pdfText writes a text at (x, y) mm with an SVG-like anchor.
func pdfText(f *fpdf.Fpdf, x, y, size float64, style, anchor, s string) {
	pdfFont(f, style, size)
	w := f.GetStringWidth(s)
	switch anchor {
	case "middle":
		x -= w / 2
	case "end":
		x -= w
	}
	f.Text(x, y, s)
}

// idTemplate is a template whose ID is worked out once: fpdf's own ID is
// a SHA-1 of the template's bytes, taken again at every use (three times
// per enlarged part, over the whole map's drawing).
type idTemplate struct {
	fpdf.Template
	id string
}

func onceID(t fpdf.Template) idTemplate { return idTemplate{t, t.ID()} }

// ID is the template's name in the file.
func (t idTemplate) ID() string { return t.id }
