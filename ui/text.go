package ui

import (
	"strings"

	"github.com/charmbracelet/x/ansi"

	"kring/ui/cellwidth"
)

// The helpers every screen uses to lay out text in terminal cells. They
// count cells and graphemes, not bytes, so that wide characters and emoji
// keep the columns aligned.

// clip cuts s to at most w cells, with an ellipsis when it was longer.
func clip(s string, w int) string {
	if w <= 0 {
		return ""
	}
	if cellwidth.Of(s) <= w {
		return s
	}
	return ansi.Truncate(s, w, "…")
}

// pad clips s and fills it with spaces to exactly w cells.
func pad(s string, w int) string {
	s = clip(s, w)
	if n := w - cellwidth.Of(s); n > 0 {
		s += strings.Repeat(" ", n)
	}
	return s
}

// fit makes a block exactly fit w x h: every line clipped to w cells and
// at most h lines. It is the last guard before the terminal, so that no
// screen can ever draw past the window's edge.
func fit(s string, w, h int) string {
	lines := strings.Split(s, "\n")
	if len(lines) > h {
		lines = lines[:max(h, 0)]
	}
	for i, l := range lines {
		if cellwidth.Of(l) > w {
			lines[i] = ansi.Truncate(l, w, "")
		}
	}
	return strings.Join(lines, "\n")
}

// cells is the width of s in terminal cells.
func cells(s string) int { return cellwidth.Of(s) }

// wrap breaks text into lines of at most w cells at spaces; a word longer
// than w is clipped.
func wrap(text string, w int) []string {
	var out []string
	for _, para := range strings.Split(text, "\n") {
		line := ""
		for _, word := range strings.Fields(para) {
			switch {
			case line == "":
				line = clip(word, w)
			case cells(line)+1+cells(word) <= w:
				line += " " + word
			default:
				out = append(out, line)
				line = clip(word, w)
			}
		}
		out = append(out, line)
	}
	return out
}

// flat puts a note on one line, for a list or a status line.
func flat(s string) string { return strings.Join(strings.Fields(s), " ") }

// joinColumns puts two blocks side by side, the left one padded to lw.
func joinColumns(left, right string, lw, rw int) string {
	ll, rl := strings.Split(left, "\n"), strings.Split(right, "\n")
	n := max(len(ll), len(rl))
	var b strings.Builder
	for i := 0; i < n; i++ {
		var l, r string
		if i < len(ll) {
			l = ll[i]
		}
		if i < len(rl) {
			r = rl[i]
		}
		b.WriteString(pad(l, lw) + " " + clip(r, rw))
		if i < n-1 {
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// scrollTo returns at most h lines of lines, keeping line at in view.
func scrollTo(lines []string, at, h int) []string {
	if h <= 0 || len(lines) <= h {
		return lines
	}
	start := max(min(at-h/2, len(lines)-h), 0)
	return lines[start : start+h]
}

// orUnknown reads an empty code as "unknown", the catalogue's key for it.
func orUnknown(s string) string {
	if s == "" {
		return "unknown"
	}
	return s
}

// orDash shows an empty text as a dash.
func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

// splitList turns "Sanne, Yusuf" into its names.
func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}
