package model

import (
	"strings"
	"unicode"

	"github.com/charmbracelet/x/ansi"
)

// CleanLine makes s safe to store and to show on a terminal as one line:
// escape sequences and control characters go, bidi overrides that could
// reorder what the family sees go, invalid UTF-8 is replaced and runs of
// white space become one space.
func CleanLine(s string) string {
	return clean(s, false)
}

// CleanText is CleanLine for notes: it keeps line breaks (at most two in a
// row) and trims trailing space on each line.
func CleanText(s string) string {
	return clean(s, true)
}

func clean(s string, multiline bool) string {
	if isPlain(s) {
		return s
	}
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = ansi.Strip(s)
	var b strings.Builder
	b.Grow(len(s))
	space, breaks := false, 0
	for _, r := range s {
		switch {
		case r == '\n' && multiline:
			space = false
			if breaks < 2 && b.Len() > 0 {
				b.WriteByte('\n')
			}
			breaks++
			continue
		case unicode.IsSpace(r):
			space = true
			continue
		case UnsafeRune(r):
			continue
		}
		if space && b.Len() > 0 && breaks == 0 {
			b.WriteByte(' ')
		}
		space, breaks = false, 0
		b.WriteRune(r)
	}
	return strings.TrimRight(b.String(), "\n")
}

// isPlain is the fast path: printable ASCII with single inner spaces and no
// leading or trailing space needs no work.
func isPlain(s string) bool {
	if s == "" {
		return true
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	prev := byte(0)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 || c >= 0x7f || (c == ' ' && prev == ' ') {
			return false
		}
		prev = c
	}
	return true
}

// UnsafeRune reports a rune that text on screen must not hold: controls
// (ESC among them) and the invisible ones that reorder or hide text.
func UnsafeRune(r rune) bool {
	switch {
	case unicode.IsControl(r):
		return true
	case r >= 0x202A && r <= 0x202E, r >= 0x2066 && r <= 0x2069:
		return true
	case r == 0x200E, r == 0x200F, r == 0x061C, r == 0xFEFF, r == 0x00AD:
		return true
	}
	return false
}
