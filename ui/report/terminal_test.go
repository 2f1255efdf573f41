package report

import (
	"strings"
	"testing"
	"unicode"

	"github.com/charmbracelet/x/ansi"

	"kring/ui/i18n"
)

// TestTerminalHasNoMarkup: the terminal preview shows the report's text
// as text, without the Markdown export's markup or escapes, and a hostile
// text arrives as the family typed it, minus control characters.
func TestTerminalHasNoMarkup(t *testing.T) {
	t.Parallel()
	for _, l := range []i18n.Lang{i18n.NL, i18n.EN} {
		out := Terminal(example(t), opts(l), 80, TermStyle{})
		for _, bad := range []string{"**", "\\<", "\\(", "| --- |", "\n#", "\n- **"} {
			if strings.Contains(out, bad) {
				t.Errorf("%s: markup %q in the terminal report", l, bad)
			}
		}
		tr := newTr(l)
		for _, want := range []string{tr.T("report.s.present"), tr.T("field.date") + ": ", "DEMO"} {
			if !strings.Contains(out, want) {
				t.Errorf("%s: %q missing", l, want)
			}
		}
	}
	out := Terminal(hostile(), opts(i18n.NL), 80, TermStyle{})
	if !strings.Contains(out, "<script>alert(1)</script>") {
		t.Error("a name with < is escaped or lost")
	}
	for _, r := range out {
		if r != '\n' && (unicode.IsControl(r) || r == '\u202E') {
			t.Fatalf("control or bidi character %U in the terminal report", r)
		}
	}
}

// TestTerminalFitsTheWidth: no line is wider than asked, at the widths of
// the goldens and at a narrow one, for a small and a large family.
func TestTerminalFitsTheWidth(t *testing.T) {
	t.Parallel()
	for _, s := range []struct {
		name string
		n    int
	}{{"example", 0}, {"300", 300}} {
		sess := example(t)
		if s.n > 0 {
			sess = bigSession(s.n)
		}
		for _, w := range []int{40, 79, 119} {
			for i, line := range strings.Split(Terminal(sess, opts(i18n.EN), w, TermStyle{}), "\n") {
				if got := ansi.StringWidth(line); got > w {
					t.Fatalf("%s at %d: line %d is %d cells: %q", s.name, w, i+1, got, line)
				}
			}
		}
	}
}

// TestTerminalTables: a table that fits is drawn in columns under its
// header; one that does not becomes records of "column: value".
func TestTerminalTables(t *testing.T) {
	t.Parallel()
	var w strings.Builder
	termTable(&w, []string{"Naam", "Rol"}, [][]string{{"Çelik", "buurvrouw"}, {"Nguyễn", "oom"}}, 80, TermStyle{})
	want := "Naam    Rol\n─────────────────\nÇelik   buurvrouw\nNguyễn  oom\n"
	if w.String() != want {
		t.Errorf("columns:\n%s\nwant:\n%s", w.String(), want)
	}
	w.Reset()
	termTable(&w, []string{"Naam", "Rol"}, [][]string{{"Çelik", "buurvrouw"}}, 12, TermStyle{})
	want = "▸ Çelik\n  Rol:\n    buurvrouw\n"
	if w.String() != want {
		t.Errorf("records:\n%q\nwant:\n%q", w.String(), want)
	}
}

// TestNotesFormatsCarryNotes: the formats for which step 6 offers the
// notes choice put the notes appendix in when asked, and only then.
func TestNotesFormatsCarryNotes(t *testing.T) {
	t.Parallel()
	tr := newTr(i18n.NL)
	for _, f := range NotesFormats() {
		for _, notes := range []bool{false, true} {
			o := opts(i18n.NL)
			o.Notes = notes
			out, err := Render(f, example(t), o)
			if err != nil {
				t.Fatal(err)
			}
			if got := strings.Contains(string(out), esc(tr.T("report.notes_in"))) || strings.Contains(string(out), tr.T("report.notes_in")); got != notes {
				t.Errorf("%s with Notes=%v: notes appendix announced = %v", f, notes, got)
			}
		}
	}
}

// BenchmarkTerminal300 is the cost of laying out step 6's preview of a
// 300-person case, paid in Update on entering the step and on a resize.
func BenchmarkTerminal300(b *testing.B) {
	s := bigSession(300)
	o := opts(i18n.NL)
	for b.Loop() {
		Terminal(s, o, 119, TermStyle{})
	}
}
