package cellwidth

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// Every rune Of takes as narrow must be one cell to ansi.StringWidth
// too, alone and after a letter; else the fast path would differ from it.
func TestNarrowRunesAreOneCell(t *testing.T) {
	for _, rg := range narrowRanges {
		for r := rg[0]; r <= rg[1]; r++ {
			if w := ansi.StringWidth(string(r)); w != 1 {
				t.Errorf("U+%04X %q is %d cells to ansi.StringWidth", r, r, w)
			}
			if w := ansi.StringWidth("a" + string(r) + "b"); w != 3 {
				t.Errorf("U+%04X %q joins its neighbours (%d cells)", r, r, w)
			}
		}
	}
}

// Narrow's shortcut for the first ranges must say what the table says.
func TestNarrowShortcutMatchesTheTable(t *testing.T) {
	for r := rune(0); r < 0x2000; r++ {
		inTable := false
		for _, rg := range narrowRanges {
			inTable = inTable || (r >= rg[0] && r <= rg[1])
		}
		if Narrow(r) != inTable {
			t.Errorf("Narrow(U+%04X) = %v, the table says %v", r, Narrow(r), inTable)
		}
	}
}

func TestWidthAgreesWithAnsi(t *testing.T) {
	samples := []string{
		"", "Ria", "●Öztürk PGAE", "○Nguyễn Thi Lan AE", "Fenna 🌻 G", "李小龙", "Zoë 👩‍👧",
		"e\u0301", "a\u200db", "\x1b[1mbold\x1b[0m ●Ria", "\x1b[38;2;1;2;3mkleur\x1b[m", "\x1b]8;;http://x\x07link\x1b]8;;\x07",
		"tab\there", "\r\n", "\x1b", "\x1b[", "\x1b[1", "\x1b[ 0A", "\x1b[0 A", "─────│", "←↑↓→ • … · ∙ ★ ☆ ✕ †", "\u00ad", "\u2028",
		strings.Repeat("·", 200), "Ωmega", "Ærø", "ǅ", "\u2060", "\ufe0f", "♥", "☺",
	}
	for _, s := range samples {
		if got, want := Of(s), ansi.StringWidth(s); got != want {
			t.Errorf("Of(%q) = %d, ansi.StringWidth = %d", s, got, want)
		}
	}
}

func FuzzWidth(f *testing.F) {
	f.Add("●Öztürk PGAE")
	f.Add("\x1b[1mÅ\x1b[0m🌻")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Of(s), ansi.StringWidth(s); got != want {
			t.Fatalf("Of(%q) = %d, ansi.StringWidth = %d", s, got, want)
		}
	})
}

func BenchmarkWidthMapRow(b *testing.B) {
	row := "\x1b[2m····  \x1b[0m\x1b[32m●Oma Ayşe Öztürk PE\x1b[0m\x1b[2m  ··∙∙  ·····\x1b[0m" + strings.Repeat("·", 120)
	b.Run("cells", func(b *testing.B) {
		for b.Loop() {
			Of(row)
		}
	})
	b.Run("ansi", func(b *testing.B) {
		for b.Loop() {
			ansi.StringWidth(row)
		}
	})
}
