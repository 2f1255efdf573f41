package report

import (
	"strings"

	"github.com/charmbracelet/x/ansi"

	"kring/model"
)

// TermStyle colours the terminal report; each field may be nil (plain
// text). The ui package fills it from its theme, so that the report
// package needs no styling library and NO_COLOR reaches the preview.
type TermStyle struct {
	Heading, Strong, Subtle, Banner func(string) string
}

func apply(f func(string) string, s string) string {
	if f == nil || s == "" {
		return s
	}
	return f(s)
}

// Terminal returns the intake report laid out for a terminal of the given
// width: the same document as the Markdown and HTML exports, written as
// text without markup characters, wrapped at word boundaries. A table
// that fits the width is drawn in aligned columns; one that does not
// becomes one record per row (each cell under its column's name), which
// stays readable at 80 columns. It is pure and takes a few
// milliseconds, so step 6 calls it from Update, never from View.
func Terminal(s *model.Session, o Options, width int, st TermStyle) string {
	s = prepare(s, o)
	d := build(s, o)
	t := newTr(o.Lang)
	width = max(width, 20)
	var w strings.Builder
	w.Grow(8192 + 200*len(s.People))
	for i, bl := range d.blocks {
		if i > 0 {
			w.WriteByte('\n')
		}
		switch bl.kind {
		case bHeading:
			h := line(runsText(bl.text))
			w.WriteString(apply(st.Heading, wrapText(h, width)))
			w.WriteByte('\n')
			if bl.level <= 2 {
				w.WriteString(apply(st.Subtle, strings.Repeat(rule(bl.level), min(ansi.StringWidth(h), width))))
				w.WriteByte('\n')
			}
		case bPara:
			w.WriteString(termRuns(bl.text, width, "", "", st))
			w.WriteByte('\n')
		case bBanner:
			w.WriteString(apply(st.Banner, wrapText(line(runsText(bl.text)), width)))
			w.WriteByte('\n')
		case bQuote:
			w.WriteString(termRuns(bl.text, width, "│ ", "│ ", st))
			w.WriteByte('\n')
		case bList:
			for _, it := range bl.items {
				w.WriteString(termRuns(it, width, "• ", "  ", st))
				w.WriteByte('\n')
			}
		case bFacts:
			for _, f := range bl.facts {
				w.WriteString(termRuns(labelled(line(f.label), "").andPara(f.value), width, "• ", "  ", st))
				w.WriteByte('\n')
			}
		case bTable:
			termTable(&w, bl.head, bl.rows, width, st)
		case bPageBreak:
			w.WriteString(apply(st.Subtle, strings.Repeat("─", width)))
			w.WriteByte('\n')
		case bMap:
			w.WriteString(apply(st.Subtle, wrapText(line(t.T("report.map_note")), width)))
			w.WriteByte('\n')
		}
	}
	return strings.TrimRight(w.String(), "\n")
}

// rule is the underline of a heading: double for the title, single for a
// section.
func rule(level int) string {
	if level == 1 {
		return "═"
	}
	return "─"
}

// andPara appends the runs of q, dropping the empty run labelled adds.
func (p para) andPara(q para) para {
	if n := len(p); n > 0 && strings.TrimSpace(p[n-1].text) == "" {
		p = append(p[:n-1:n-1], run{text: " "})
	}
	return append(p, q...)
}

// termRuns writes runs as wrapped lines: the first line starts with
// first, later lines with indent. Strong runs are styled before wrapping;
// ansi.Wrap measures around the escape codes.
func termRuns(p para, width int, first, indent string, st TermStyle) string {
	var lines []string
	for _, r := range p {
		parts := strings.Split(text(r.text), "\n")
		if strings.HasPrefix(r.text, " ") {
			// Cleaning drops the space between a label and its value.
			parts[0] = " " + parts[0]
		}
		for i, part := range parts {
			if i > 0 || len(lines) == 0 {
				lines = append(lines, "")
			}
			if r.strong {
				part = apply(st.Strong, part)
			}
			lines[len(lines)-1] += part
		}
	}
	var out []string
	for i, l := range lines {
		lead := indent
		if i == 0 {
			lead = first
		}
		room := width - max(ansi.StringWidth(lead), ansi.StringWidth(indent))
		for j, wl := range strings.Split(wrapText(l, room), "\n") {
			if i == 0 && j > 0 {
				lead = indent
			}
			out = append(out, lead+wl)
		}
	}
	return strings.Join(out, "\n")
}

// wrapText wraps a line at word boundaries to width cells, cutting only
// a word longer than the line.
func wrapText(s string, width int) string {
	return ansi.Wrap(s, max(width, 10), "")
}

// termTable draws a table in aligned columns when it fits the width, and
// else as records: the first cell as a line of its own, the others as
// "column: value" beneath it.
func termTable(w *strings.Builder, head []string, rows [][]string, width int, st TermStyle) {
	cell := func(r []string, i int) string {
		if i < len(r) {
			return line(r[i])
		}
		return ""
	}
	widths := make([]int, len(head))
	for i, h := range head {
		widths[i] = ansi.StringWidth(line(h))
	}
	for _, r := range rows {
		for i := range head {
			widths[i] = max(widths[i], ansi.StringWidth(cell(r, i)))
		}
	}
	total := 0
	for _, cw := range widths {
		total += cw + 2
	}
	if total-2 <= width {
		row := func(r []string, style func(string) string) {
			var b strings.Builder
			for i := range head {
				c := cell(r, i)
				if i < len(head)-1 {
					c += strings.Repeat(" ", widths[i]-ansi.StringWidth(c)+2)
				}
				b.WriteString(c)
			}
			w.WriteString(apply(style, strings.TrimRight(b.String(), " ")))
			w.WriteByte('\n')
		}
		row(head, st.Strong)
		w.WriteString(apply(st.Subtle, strings.Repeat("─", total-2)))
		w.WriteByte('\n')
		for _, r := range rows {
			row(r, nil)
		}
		return
	}
	for n, r := range rows {
		if n > 0 {
			w.WriteByte('\n')
		}
		first := cell(r, 0)
		if strings.TrimSpace(first) == "" {
			first = "–"
		}
		w.WriteString(termRuns(para{strong(first)}, width, "▸ ", "  ", st))
		w.WriteByte('\n')
		for i := 1; i < len(head); i++ {
			c := cell(r, i)
			if strings.TrimSpace(c) == "" {
				continue
			}
			w.WriteString(termRuns(labelled(line(head[i]), "").andPara(plain(c)), width, "  ", "    ", st))
			w.WriteByte('\n')
		}
	}
}
