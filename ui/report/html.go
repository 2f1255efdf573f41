package report

import (
	"bytes"
	"fmt"
	"html"
	"strings"
	"unicode"

	"kring/model"
)

// HTML returns the intake report as one self-contained page for print:
// A4 page rules, no external fonts, scripts or images, the map as inline
// SVG. Printing it from a browser gives a clean PDF. The page is
// well-formed XHTML as well as HTML, and a Content-Security-Policy allows
// nothing but its own inline style. Every text is escaped.
func HTML(s *model.Session, o Options) []byte {
	s = prepare(s, o)
	return htmlDocument(s, o, build(s, o), css, 32768+600*len(s.People))
}

// htmlDocument writes a document as one self-contained page with the
// given style sheet: the report, and the family's own papers (the plan,
// the invitation) in a larger type.
func htmlDocument(s *model.Session, o Options, d *document, style string, size int) []byte {
	// One buffer for the whole page, handed back without a copy: the
	// page of 300 people with its map is a few megabytes.
	var w bytes.Buffer
	w.Grow(size)
	lang := "nl"
	if o.Lang == "en" {
		lang = "en"
	}
	w.WriteString("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"" + lang + "\">\n<head>\n")
	w.WriteString("<meta charset=\"utf-8\"/>\n")
	w.WriteString("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\"/>\n")
	w.WriteString("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
	w.WriteString("<meta name=\"generator\" content=\"kring\"/>\n")
	w.WriteString("<title>")
	w.WriteString(esc(d.title))
	w.WriteString("</title>\n<style>\n")
	w.WriteString(style)
	w.WriteString(mapCSS)
	w.WriteString(pageFurniture(s, o, d.family))
	w.WriteString("</style>\n</head>\n<body>\n<main>\n")
	for i, bl := range d.blocks {
		switch bl.kind {
		case bHeading:
			if i+1 < len(d.blocks) && d.blocks[i+1].kind == bMap {
				continue // the map's page writes its own heading
			}
			tag := "h" + itoa(bl.level)
			w.WriteString("<" + tag + ">")
			htmlRuns(&w, bl.text)
			w.WriteString("</" + tag + ">\n")
		case bPara:
			w.WriteString("<p>")
			htmlRuns(&w, bl.text)
			w.WriteString("</p>\n")
		case bBanner:
			w.WriteString("<p class=\"banner\">")
			htmlRuns(&w, bl.text)
			w.WriteString("</p>\n")
		case bQuote:
			w.WriteString("<blockquote>")
			htmlRuns(&w, bl.text)
			w.WriteString("</blockquote>\n")
		case bList:
			w.WriteString("<ul>\n")
			for _, it := range bl.items {
				w.WriteString("<li>")
				htmlRuns(&w, it)
				w.WriteString("</li>\n")
			}
			w.WriteString("</ul>\n")
		case bFacts:
			w.WriteString("<table class=\"facts\">\n")
			for _, f := range bl.facts {
				w.WriteString("<tr><th scope=\"row\">")
				w.WriteString(esc(line(f.label)))
				w.WriteString("</th><td>")
				htmlRuns(&w, f.value)
				w.WriteString("</td></tr>\n")
			}
			w.WriteString("</table>\n")
		case bTable:
			if bl.compact {
				w.WriteString("<table class=\"grid\">\n<thead><tr>")
			} else if bl.sign {
				w.WriteString("<table class=\"sign\">\n<thead><tr>")
			} else {
				w.WriteString("<table>\n<thead><tr>")
			}
			for _, h := range bl.head {
				w.WriteString("<th>" + esc(line(h)) + "</th>")
			}
			w.WriteString("</tr></thead>\n<tbody>\n")
			for _, r := range bl.rows {
				w.WriteString("<tr>")
				for i := range bl.head {
					c := ""
					if i < len(r) {
						c = r[i]
					}
					w.WriteString("<td>" + esc(line(c)) + "</td>")
				}
				w.WriteString("</tr>\n")
			}
			w.WriteString("</tbody>\n</table>\n")
		case bPageBreak:
			w.WriteString("<div class=\"page-break\"></div>\n")
		case bMap:
			heading := ""
			if i > 0 && d.blocks[i-1].kind == bHeading {
				heading = runsText(d.blocks[i-1].text)
			}
			printedMap(&w, s, o, heading)
		}
	}
	w.WriteString("</main>\n</body>\n</html>\n")
	return w.Bytes()
}

// htmlRuns writes runs, a line break inside a text as <br/>.
func htmlRuns(w *bytes.Buffer, p para) {
	for _, r := range p {
		if r.strong {
			w.WriteString("<strong>")
		}
		for i, l := range strings.Split(text(r.text), "\n") {
			if i > 0 {
				w.WriteString("<br/>")
			}
			w.WriteString(esc(l))
		}
		if r.strong {
			w.WriteString("</strong>")
		}
	}
}

// esc escapes a text for HTML (html.EscapeString) after replacing any
// character XML does not allow, so the page is also well-formed XHTML.
func esc(s string) string { return html.EscapeString(xmlValid(s)) }

// xmlValid replaces characters that XML 1.0 does not allow by U+FFFD.
func xmlValid(s string) string {
	ok := true
	for _, r := range s {
		if !xmlChar(r) {
			ok = false
			break
		}
	}
	if ok {
		return s
	}
	return strings.Map(func(r rune) rune {
		if xmlChar(r) {
			return r
		}
		return '\uFFFD'
	}, s)
}

func xmlChar(r rune) bool {
	return r == 0x09 || r == 0x0A || r == 0x0D ||
		(r >= 0x20 && r <= 0xD7FF) || (r >= 0xE000 && r <= 0xFFFD) || (r >= 0x10000 && r <= 0x10FFFF)
}

// pageFurniture is the CSS of the printed page's margins, which Chromium
// draws on every page (CSS paged media margin boxes): at the top the
// session number, the dossier number and the date, with the DEMO mark on
// the right for a made-up session; at the foot kring's version and
// "pagina N van M". A page that is torn off still says whose file it
// belongs in, and the browser's own header (a local file path and a US
// date) is not needed.
func pageFurniture(s *model.Session, o Options, family bool) string {
	t := newTr(o.Lang)
	head, version := furniture(s, o, family)
	var b strings.Builder
	b.WriteString("@page {\n")
	b.WriteString("  @top-left { content: " + cssString(head) + "; font-size: 8pt; color: #555; font-family: sans-serif; }\n")
	if s.Demo {
		b.WriteString("  @top-right { content: " + cssString(t.T("report.demo_tag")) + "; font-size: 9pt; font-weight: bold; color: #b71c1c; font-family: sans-serif; }\n")
	}
	b.WriteString("  @bottom-left { content: " + cssString(version) + "; font-size: 8pt; color: #555; font-family: sans-serif; }\n")
	b.WriteString("  @bottom-right { content: " + cssString(t.T("report.page")+" ") + " counter(page) " +
		cssString(" "+t.T("report.page_of")+" ") + " counter(pages); font-size: 8pt; color: #555; font-family: sans-serif; }\n")
	b.WriteString("}\n")
	return b.String()
}

// furniture is the running header (session and dossier number, date)
// and the foot's "kring VERSION", the same in the HTML and the PDF. On
// the family's papers the date is in words ("14 september 2026").
func furniture(s *model.Session, o Options, family bool) (head, version string) {
	t := newTr(o.Lang)
	parts := []string{t.T("report.session_no", line(s.ID))}
	if d := line(s.Dossier); d != "" {
		parts = append(parts, t.T("report.dossier_no", d))
	}
	date := mapDate(s, o)
	if words := wordDate(t.cat, model.Date(date)); family && words != "" {
		date = words
	}
	parts = append(parts, date)
	version = "kring"
	if v := line(o.Version); v != "" {
		version += " " + v
	}
	return strings.Join(parts, " · "), version
}

// cssString quotes s as a CSS string. Everything but letters, digits and
// a few safe marks is written as a hex escape, so that no text from the
// session can end the string, the rule or the <style> element.
func cssString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune(" .,:·-/", r):
			b.WriteRune(r)
		default:
			fmt.Fprintf(&b, "\\%x ", r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// css is the page's only style: A4 pages, system fonts, tables that break
// cleanly between rows, the map kept on one page.
const css = `@page { size: A4; margin: 16mm 15mm 18mm 15mm; }
html { background: #fff; }
body { font-family: "Segoe UI", "Noto Sans", "DejaVu Sans", Arial, Helvetica, sans-serif; font-size: 10.5pt; line-height: 1.4; color: #111; margin: 0; }
main { max-width: 180mm; margin: 0 auto; padding: 10mm 6mm; }
h1 { font-size: 18pt; margin: 0 0 .3em; }
h2 { font-size: 14pt; margin: 1.4em 0 .4em; padding-bottom: .1em; border-bottom: 1.5px solid #666; break-after: avoid; page-break-after: avoid; }
h3 { font-size: 12pt; margin: 1.1em 0 .3em; break-after: avoid; page-break-after: avoid; }
h4 { font-size: 10.5pt; margin: .8em 0 .2em; break-after: avoid; page-break-after: avoid; }
p { margin: .3em 0; }
ul { margin: .2em 0 .5em; padding-left: 1.4em; }
table { border-collapse: collapse; width: 100%; margin: .3em 0 .7em; font-size: 9.5pt; }
th, td { border: 1px solid #bbb; padding: 2px 5px; text-align: left; vertical-align: top; overflow-wrap: break-word; }
table.grid { font-size: 8.5pt; }
table.grid td, table.grid th { padding: 1px 3px; }
thead th { background: #eee; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
table.facts th { width: 30%; background: #f4f4f4; font-weight: 600; }
blockquote { margin: .2em 0 .6em; padding: .3em .8em; border-left: 3px solid #888; background: #f6f6f6; font-style: italic; }
.banner { border: 2px solid #b71c1c; color: #b71c1c; padding: .35em .7em; font-weight: bold; margin: .5em 0; }
.page-break { break-after: page; page-break-after: always; }
table.sign { break-inside: avoid; page-break-inside: avoid; }
table.sign td { height: 14mm; vertical-align: bottom; }
table.sign th:nth-child(3), table.sign td:nth-child(3) { width: 40%; }
@page map { size: A4 landscape; margin: 16mm 15mm 18mm 15mm; }
@page mapportrait { size: A4 portrait; margin: 16mm 15mm 18mm 15mm; }
figure.map { margin: .5em 0 .8em; display: flex; flex-wrap: wrap; gap: 5mm; align-items: flex-start; }
figure.map svg.drawing { display: block; width: 100%; height: auto; }
figure.map figcaption { width: 55mm; flex: none; }
figure.map svg.legend { display: block; width: 100%; height: auto; }
svg.panel { display: block; width: 100%; height: auto; }
@media print {
  main { max-width: none; padding: 0; } a { color: inherit; text-decoration: none; }
  .mappage { page: map; break-before: page; break-after: page; break-inside: avoid; }
  .mappage.portrait { page: mapportrait; }
  .mappage h2, .mappage h3 { margin-top: 0; }
  figure.map { margin: 0; flex-wrap: nowrap; }
}
`
