// Package cellwidth measures text in terminal cells, fast for the text kring
// draws most: printable ASCII, Latin letters with accents (Öztürk,
// Nguyễn), the map's glyphs and lines, and the colour escapes of its
// styles. Anything else (emoji, wide letters, combining marks, other
// escape sequences) is measured by ansi.StringWidth, so the answer is
// always the same as that function's: a screen measures every line of
// every frame, and the grapheme segmentation behind ansi.StringWidth was
// most of the time of a selection move on the map.
//
//	string ──▶ Of ── every rune known narrow, escapes SGR only? ──▶ count
//	                    otherwise ──▶ ansi.StringWidth
package cellwidth

import (
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// Of is the width of s in terminal cells, as ansi.StringWidth counts it.
func Of(s string) int {
	n := 0
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c >= 0x20 && c < 0x7f:
			n++
			i++
		case c == 0x1b:
			// A CSI sequence of the kind the styles write: ESC [, parameter
			// bytes, one final byte. Intermediate bytes (space to /) are
			// left to ansi.StringWidth: its parser reads some orders of
			// them, such as "ESC [ space 0 A", as text (FuzzWidth found it).
			j := i + 1
			if j >= len(s) || s[j] != '[' {
				return ansi.StringWidth(s)
			}
			j++
			for j < len(s) && s[j] >= 0x30 && s[j] <= 0x3f {
				j++
			}
			if j >= len(s) || s[j] < 0x40 || s[j] > 0x7e {
				return ansi.StringWidth(s)
			}
			i = j + 1
		case c < 0x80:
			return ansi.StringWidth(s)
		default:
			r, size := utf8.DecodeRuneInString(s[i:])
			if !Narrow(r) {
				return ansi.StringWidth(s)
			}
			n++
			i += size
		}
	}
	return n
}

// narrowRanges are runes one cell wide that never join a neighbour into
// one grapheme: Latin letters with their accents as single code points,
// and the punctuation, arrows, lines and shapes the screens use.
var narrowRanges = [][2]rune{
	{0x00a1, 0x00ac}, // ¡ to ¬ (not the soft hyphen)
	{0x00ae, 0x024f}, // Latin-1 letters to Latin Extended-B
	{0x1e00, 0x1eff}, // Latin Extended Additional (Nguyễn)
	{0x2010, 0x2027}, // dashes, quotes, bullets, … (not the separators after)
	{0x2190, 0x21ff}, // arrows ← ↑ → ↓ ↔
	{0x2208, 0x2219}, // ∙
	{0x2500, 0x257f}, // box drawing ─ │
	{0x25a0, 0x25fc}, // geometric shapes ● ○ ◌ (not the emoji squares after)
	{0x2605, 0x2606}, // ★ ☆
	{0x2713, 0x2717}, // ✓ ✕
}

// Narrow reports whether Of counts r as one cell without asking the
// grapheme segmenter.
func Narrow(r rune) bool {
	if r < 0x250 {
		// The first two ranges, asked most (Latin letters, the map's ·).
		return r >= 0xa1 && r != 0xad
	}
	for _, rg := range narrowRanges[2:] {
		if r >= rg[0] && r <= rg[1] {
			return true
		}
	}
	return false
}
