package model

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestClean(t *testing.T) {
	tests := []struct {
		name, in, line, text string
	}{
		{"empty", "", "", ""},
		{"plain", "Oma Ria", "Oma Ria", "Oma Ria"},
		{"plain punctuation", "Anne & Bas <3 (50%)", "Anne & Bas <3 (50%)", "Anne & Bas <3 (50%)"},

		// escape sequences
		{"CSI colour", "\x1b[31;1mRia\x1b[0m", "Ria", "Ria"},
		{"CSI 256 colour", "\x1b[38;5;196mRia\x1b[m oma", "Ria oma", "Ria oma"},
		{"OSC 8 hyperlink BEL", "\x1b]8;;https://evil.example/\x07klik hier\x1b]8;;\x07", "klik hier", "klik hier"},
		{"OSC 8 hyperlink ST", "\x1b]8;;https://evil.example/\x1b\\klik\x1b]8;;\x1b\\ nu", "klik nu", "klik nu"},
		{"OSC 52 clipboard", "\x1b]52;c;cm0gLXJmIH4K\x07Sanne", "Sanne", "Sanne"},
		{"OSC title", "\x1b]0;pwned\x07Henk", "Henk", "Henk"},
		{"cursor up and left", "Ria\x1b[2A\x1b[10DHenk", "RiaHenk", "RiaHenk"},
		{"clear screen and home", "\x1b[2J\x1b[HNoor", "Noor", "Noor"},
		{"save and restore cursor", "a\x1b7b\x1b8c", "abc", "abc"},
		{"DCS string", "a\x1bPq#0;2;0;0;0\x1b\\b", "ab", "ab"},
		{"lone ESC at end", "Sem\x1b", "Sem", "Sem"},

		// C0 controls
		{"carriage return is a space", "Sanne\rEvil", "Sanne Evil", "Sanne Evil"},
		{"backspace", "Ria\b\b\bHenk", "RiaHenk", "RiaHenk"},
		{"bell", "a\ab", "ab", "ab"},
		{"NUL", "a\x00b", "ab", "ab"},
		{"DEL", "a\x7fb", "ab", "ab"},
		{"tab is a space", "a\tb", "a b", "a b"},
		{"vertical tab and form feed", "a\v\fb", "a b", "a b"},

		// C1 controls
		{"NEL is a space", "a\u0085b", "a b", "a b"},
		{"8-bit CSI", "a\u009b31mb", "a31mb", "a31mb"},
		{"8-bit OSC", "a\u009d0;x\u009cb", "a0;xb", "a0;xb"},

		// bidi and invisible formatting
		{"right-to-left override", "factuur\u202Efdp.exe", "factuurfdp.exe", "factuurfdp.exe"},
		{"LRE RLE PDF LRO", "\u202Aa\u202Bb\u202Cc\u202Dd", "abcd", "abcd"},
		{"isolates", "\u2066a\u2067b\u2068c\u2069d", "abcd", "abcd"},
		{"LRM and RLM", "a\u200Eb\u200Fc", "abc", "abc"},
		{"Arabic letter mark", "a\u061Cb", "ab", "ab"},
		{"BOM", "\uFEFFNoor", "Noor", "Noor"},
		{"soft hyphen", "Zee\u00ADland", "Zeeland", "Zeeland"},

		// invalid UTF-8
		{"invalid byte", "a\xffb", "a\uFFFDb", "a\uFFFDb"},
		{"truncated rune", "Zo\xc3", "Zo\uFFFD", "Zo\uFFFD"},
		{"raw 8-bit CSI byte", "a\x9b31mb", "a\uFFFD31mb", "a\uFFFD31mb"},

		// white space
		{"leading and trailing", "  Sanne  ", "Sanne", "Sanne"},
		{"inner runs", "Sanne \t  de \u00a0 Vries", "Sanne de Vries", "Sanne de Vries"},
		{"only spaces", " \t \u3000 ", "", ""},
		{"line separator", "a\u2028b", "a b", "a b"},
		{"spaces around a dropped rune", "a \x00 b", "a b", "a b"},

		// lines
		{"newline", "a\nb", "a b", "a\nb"},
		{"CRLF", "a\r\nb", "a b", "a\nb"},
		{"blank line kept", "a\n\nb", "a b", "a\n\nb"},
		{"many blank lines become one", "a\n\n\n\n\nb", "a b", "a\n\nb"},
		{"blank lines with spaces", "a\n \n\t\n  \nb", "a b", "a\n\nb"},
		{"trailing space on a line", "a   \nb  ", "a b", "a\nb"},
		{"leading space on a line", "a\n   b", "a b", "a\nb"},
		{"leading and trailing newlines", "\n\n a\n\n", "a", "a"},
		{"escape across lines", "a\x1b[1m\nb\x1b[0m", "a b", "a\nb"},

		// preserved
		{"emoji and wide characters", "Zoë 👩‍👧 李", "Zoë 👩‍👧 李", "Zoë 👩‍👧 李"},
		{"combining accent", "Zoe\u0308", "Zoe\u0308", "Zoe\u0308"},
		{"Arabic and Hebrew", "فاطمة שרה", "فاطمة שרה", "فاطمة שרה"},
		{"flag", "🇳🇱", "🇳🇱", "🇳🇱"},
		{"continuation byte 0x9b in a rune", "ě", "ě", "ě"},
		{"single guillemet", "a › b", "a › b", "a › b"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := CleanLine(tt.in); got != tt.line {
				t.Errorf("CleanLine(%q) = %q, want %q", tt.in, got, tt.line)
			}
			if got := CleanText(tt.in); got != tt.text {
				t.Errorf("CleanText(%q) = %q, want %q", tt.in, got, tt.text)
			}
		})
	}
}

// checkClean fails if out is not what CleanLine (or, with multiline,
// CleanText) may return.
func checkClean(t testing.TB, in, out string, multiline bool) {
	t.Helper()
	if !utf8.ValidString(out) {
		t.Fatalf("clean(%q) = %q: invalid UTF-8", in, out)
	}
	for _, r := range out {
		if r == '\n' && multiline {
			continue
		}
		if unicode.IsControl(r) || r == 0x1b || UnsafeRune(r) {
			t.Fatalf("clean(%q) = %q: contains %U", in, out, r)
		}
		if unicode.IsSpace(r) && r != ' ' {
			t.Fatalf("clean(%q) = %q: contains white space %U", in, out, r)
		}
	}
	if strings.TrimSpace(out) != out {
		t.Fatalf("clean(%q) = %q: leading or trailing white space", in, out)
	}
	if strings.Contains(out, "  ") || strings.Contains(out, " \n") || strings.Contains(out, "\n ") || strings.Contains(out, "\n\n\n") {
		t.Fatalf("clean(%q) = %q: white space not folded", in, out)
	}
	clean := CleanLine
	if multiline {
		clean = CleanText
	}
	if again := clean(out); again != out {
		t.Fatalf("not idempotent: clean(%q) = %q, clean of that = %q", in, out, again)
	}
}

// hostile is the alphabet of the property test: pieces of escape
// sequences, controls, bidi marks, broken UTF-8, white space and text.
var hostile = []string{
	"\x1b", "[", "]", "P", "\\", "^", "_", "X", "8", ";", "31", "m", "H", "2J", "\x07", "\x9c", "\x9b", "\x90",
	"\u009b", "\u009d", "\u0085", "\x00", "\b", "\r", "\n", "\r\n", "\t", " ", "  ", "\u00a0", "\u2028",
	"\u202e", "\u2066", "\u2069", "\u200e", "\u200f", "\u061c", "\ufeff", "\u00ad", "\u200d",
	"\xff", "\xc3", "\xe2\x80", "a", "Zoë", "李", "👩‍👧", "ě", "e\u0301", "\x7f",
}

func randomHostile(r *rand.Rand) string {
	var b strings.Builder
	for n := r.IntN(24); n > 0; n-- {
		b.WriteString(hostile[r.IntN(len(hostile))])
	}
	return b.String()
}

func TestCleanProperties(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	n := 50000
	if testing.Short() {
		n = 2000
	}
	for i := 0; i < n; i++ {
		in := randomHostile(r)
		checkClean(t, in, CleanLine(in), false)
		checkClean(t, in, CleanText(in), true)
		if strings.Contains(CleanLine(in), "\n") {
			t.Fatalf("CleanLine(%q) keeps a newline", in)
		}
	}
}

// TestCleanPlainFastPath checks that the shortcut for plain ASCII gives
// the same answer as the full path would.
func TestCleanPlainFastPath(t *testing.T) {
	for _, s := range []string{"a", "Oma Ria", "a b c", "~!@#$%^&*()_+{}|:\"<>?`-=[]\\;',./", "x y"} {
		if !isPlain(s) {
			t.Errorf("isPlain(%q) = false", s)
		}
		if got := clean(s+"\u00ad", false); got != s {
			t.Errorf("full path of %q = %q", s, got)
		}
	}
	for _, s := range []string{" a", "a ", "a  b", "a\tb", "a\x7f", "é", "a\x1b"} {
		if isPlain(s) {
			t.Errorf("isPlain(%q) = true", s)
		}
	}
}
