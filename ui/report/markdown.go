package report

import (
	"strings"

	"kring/model"
)

// Markdown returns the intake report as CommonMark (with GitHub tables),
// in the order of the investigation. Every text from the session is
// escaped so that it reads as text: no raw HTML, no link, no emphasis,
// no heading or list it did not ask for. The picture of the map is in the
// HTML and SVG exports; here the map is the table of people and the counts.
func Markdown(s *model.Session, o Options) []byte {
	s = prepare(s, o)
	return mdDocument(o, build(s, o), 8192+200*len(s.People))
}

// mdDocument writes a document as CommonMark: the report, the plan and
// the invitation.
func mdDocument(o Options, d *document, size int) []byte {
	t := newTr(o.Lang)
	var w strings.Builder
	w.Grow(size)
	// Two lists in a row would merge into one; the second gets the other
	// bullet.
	bullet, prevList := "- ", false
	for i, bl := range d.blocks {
		if i > 0 {
			w.WriteByte('\n')
		}
		isList := bl.kind == bList || bl.kind == bFacts
		if isList && prevList {
			if bullet == "- " {
				bullet = "* "
			} else {
				bullet = "- "
			}
		} else if isList {
			bullet = "- "
		}
		prevList = isList
		switch bl.kind {
		case bHeading:
			w.WriteString(strings.Repeat("#", bl.level))
			w.WriteByte(' ')
			w.WriteString(mdLine(runsText(bl.text)))
			w.WriteByte('\n')
		case bPara:
			mdRuns(&w, bl.text, "")
			w.WriteByte('\n')
		case bBanner:
			w.WriteString("> **")
			w.WriteString(mdLine(runsText(bl.text)))
			w.WriteString("**\n")
		case bQuote:
			w.WriteString("> ")
			mdRuns(&w, bl.text, "> ")
			w.WriteByte('\n')
		case bList:
			for _, it := range bl.items {
				w.WriteString(bullet)
				mdRuns(&w, it, "  ")
				w.WriteByte('\n')
			}
		case bFacts:
			for _, f := range bl.facts {
				w.WriteString(bullet + "**")
				w.WriteString(mdLine(f.label))
				w.WriteString(":** ")
				mdRuns(&w, f.value, "  ")
				w.WriteByte('\n')
			}
		case bTable:
			mdTable(&w, bl.head, bl.rows)
		case bPageBreak:
			w.WriteString("---\n")
		case bMap:
			w.WriteString("*")
			w.WriteString(mdLine(t.T("report.map_note")))
			w.WriteString("*\n")
		}
	}
	return []byte(w.String())
}

func runsText(p para) string {
	var b strings.Builder
	for _, r := range p {
		b.WriteString(r.text)
	}
	return b.String()
}

// mdRuns writes runs whose texts may hold line breaks: each break becomes
// a hard break (a backslash at the end of the line) and the next line is
// indented so that it stays inside its list item or quote.
func mdRuns(w *strings.Builder, p para, indent string) {
	for _, r := range p {
		lines := strings.Split(r.text, "\n")
		for i, l := range lines {
			if i > 0 {
				w.WriteString("\\\n")
				w.WriteString(indent)
			}
			e := mdEscape(l, i == 0 && w.Len() > 0 && !endsLine(w))
			if r.strong && strings.TrimSpace(l) != "" {
				// Emphasis may not start or end with a space.
				lead := len(e) - len(strings.TrimLeft(e, " "))
				trail := len(e) - len(strings.TrimRight(e, " "))
				w.WriteString(e[:lead] + "**" + strings.TrimSpace(e) + "**" + e[len(e)-trail:])
				continue
			}
			w.WriteString(e)
		}
	}
}

func endsLine(w *strings.Builder) bool {
	s := w.String()
	return strings.HasSuffix(s, "\n") || strings.HasSuffix(s, "- ") || strings.HasSuffix(s, "* ") || strings.HasSuffix(s, "> ")
}

// mdTable writes a GitHub table; a cell is one line with | escaped.
func mdTable(w *strings.Builder, head []string, rows [][]string) {
	w.WriteString("|")
	for _, h := range head {
		w.WriteString(" " + mdCell(h) + " |")
	}
	w.WriteString("\n|")
	for range head {
		w.WriteString(" --- |")
	}
	w.WriteByte('\n')
	for _, r := range rows {
		w.WriteString("|")
		for i := range head {
			c := ""
			if i < len(r) {
				c = r[i]
			}
			w.WriteString(" " + mdCell(c) + " |")
		}
		w.WriteByte('\n')
	}
}

func mdCell(s string) string {
	e := mdLine(s)
	if e == "" {
		return " "
	}
	return e
}

// mdLine escapes a text for one line inside a heading, a table cell or
// after a label, where no block can start: its line breaks become spaces.
func mdLine(s string) string { return mdEscape(line(s), true) }

// mdSpecial are the characters that can start markup anywhere in a line:
// emphasis, code, links and images, raw HTML and autolinks, entities,
// table cells, strikethrough, a heading's closing #s and the backslash
// itself.
const mdSpecial = "\\`*_[]<&|~#"

// mdEscape escapes a text so that CommonMark and GitHub Markdown read it as
// text. Every character that can open markup inside a line is preceded by
// a backslash, and so is one that would make a block at the start of a
// line (a list marker, a numbered list, a quote, a setext underline). In a word
// that an extended autolink would turn into a link (www., a scheme, an
// address with @), the dots, colons and at signs are escaped too. mid is
// true when the text does not start a line.
func mdEscape(s string, mid bool) string {
	s = text(s)
	if s == "" {
		return ""
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	words := strings.SplitAfter(s, " ")
	atStart := !mid
	for _, word := range words {
		link := looksLinky(word)
		rest := word
		if atStart {
			// "1. text" or "1) text" would start a numbered list.
			j := strings.IndexFunc(word, func(c rune) bool { return c < '0' || c > '9' })
			if j > 0 && j < 10 && (word[j] == '.' || word[j] == ')') {
				b.WriteString(word[:j])
				b.WriteByte('\\')
				b.WriteByte(word[j])
				rest = word[j+1:]
			}
		}
		for i, r := range rest {
			switch {
			case strings.ContainsRune(mdSpecial, r):
				b.WriteByte('\\')
			case link && (r == '.' || r == ':' || r == '@' || r == '/'):
				b.WriteByte('\\')
			case atStart && i == 0 && len(rest) == len(word) && (r == '-' || r == '+' || r == '=' || r == '>'):
				b.WriteByte('\\')
			}
			b.WriteRune(r)
		}
		if strings.TrimSpace(word) != "" {
			atStart = false
		}
	}
	return b.String()
}

// looksLinky reports whether a word could become an extended autolink.
func looksLinky(w string) bool {
	l := strings.ToLower(w)
	return strings.Contains(l, "www.") || strings.Contains(l, "://") || strings.Contains(l, "@") || strings.HasPrefix(l, "mailto:") || strings.HasPrefix(l, "xmpp:")
}
