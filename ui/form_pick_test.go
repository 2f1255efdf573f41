package ui

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"kring/ui/i18n"
)

// pickForm is a form with one person picker over people and a text field.
func pickForm(people []string) *form {
	c := &Common{Cat: i18n.New(i18n.NL), Styles: NewStyles(true, true)}
	opts := make([]option, len(people))
	for i, p := range people {
		opts[i] = option{fmt.Sprintf("p%d", i), p}
	}
	f := newForm(c, "Nieuwe relatie")
	f.choice("other", "Met wie", opts, "").personal().text("notes", "Notities", "", false)
	f.SetWidth(100)
	return f
}

func typeIn(f *form, text string) {
	for _, r := range text {
		f.Update(keyMsg(string(r)))
	}
}

func TestPickerFindsByTypingAccentsAside(t *testing.T) {
	t.Parallel()
	f := pickForm([]string{"Ayşe", "Joost", "Oma Fatma", "Lan Nguyễn", "Opa Henk", "Henk-Jan"})
	typeIn(f, "nguyen")
	if got := f.value("other"); got != "p3" {
		t.Fatalf("nguyen chose %q, want Lan Nguyễn (p3)", got)
	}
	if v := ansi.Strip(f.View()); !strings.Contains(v, "‹ Lan Nguyễn ›") || !strings.Contains(v, "/nguyen 1 van 1") {
		t.Fatalf("the picker does not show its find:\n%s", v)
	}
	// Letters that are keys elsewhere (q, a digit) are typed, not run.
	for range 6 {
		f.Update(keyMsg("backspace"))
	}
	typeIn(f, "henk")
	if got := f.value("other"); got != "p4" {
		t.Fatalf("henk chose %q, want Opa Henk (p4) first", got)
	}
	// → goes through the matches only, and round.
	f.Update(keyMsg("right"))
	if got := f.value("other"); got != "p5" {
		t.Fatalf("→ chose %q, want Henk-Jan (p5)", got)
	}
	f.Update(keyMsg("right"))
	if got := f.value("other"); got != "p4" {
		t.Fatalf("→ again chose %q, want Opa Henk (p4)", got)
	}
	// No match keeps the choice and says so.
	typeIn(f, "zz")
	if got := f.value("other"); got != "p4" {
		t.Fatalf("a query without a match changed the choice to %q", got)
	}
	if v := ansi.Strip(f.View()); !strings.Contains(v, "niemand gevonden") {
		t.Fatalf("no word for a query without a match:\n%s", v)
	}
	// ctrl+u clears the query; → then cycles over everyone again.
	f.Update(keyMsg("ctrl+u"))
	f.Update(keyMsg("right"))
	if got := f.value("other"); got != "p5" {
		t.Fatalf("→ after ctrl+u chose %q, want p5", got)
	}
	// A paste finds too; tab leaves the picker, and the query goes.
	f.Update(tea.PasteMsg{Content: "FATMA"})
	if got := f.value("other"); got != "p2" {
		t.Fatalf("a pasted FATMA chose %q, want Oma Fatma (p2)", got)
	}
	f.Update(keyMsg("tab"))
	if f.fields[0].pick.query != "" || f.focus != 1 {
		t.Fatalf("tab kept the query %q or the focus %d", f.fields[0].pick.query, f.focus)
	}
	typeIn(f, "q")
	if f.value("notes") != "q" || f.value("other") != "p2" {
		t.Fatalf("typing after tab: notes %q, other %q", f.value("notes"), f.value("other"))
	}
	f.Update(keyMsg("enter"))
	if f.state != formSubmitted {
		t.Fatal("enter did not submit")
	}
}

func TestPickerHelpSaysTypeToFind(t *testing.T) {
	t.Parallel()
	f := pickForm([]string{"Ayşe", "Joost"})
	var help []string
	for _, b := range f.ShortHelp() {
		help = append(help, b.Help().Key+" "+b.Help().Desc)
	}
	if !strings.Contains(strings.Join(help, " · "), "abc zoeken") {
		t.Fatalf("help line of a picker: %v", help)
	}
	if v := ansi.Strip(f.View()); !strings.Contains(v, "typ een naam om te zoeken") {
		t.Fatalf("no hint on a picker:\n%s", v)
	}
}

// BenchmarkPickerFilter300 is one keystroke in a person picker over 300
// people: the query grows by a letter and the options are filtered
// again, accents aside. Budget: 1 ms.
func BenchmarkPickerFilter300(b *testing.B) {
	people := make([]string, 300)
	for i := range people {
		people[i] = fmt.Sprintf("Persoon %d Öztürk-Nguyễn · buurvrouw", i)
	}
	f := pickForm(people)
	typeIn(f, "a") // folds the labels once, as the first letter does
	o, bs := keyMsg("o"), keyMsg("backspace")
	b.ReportAllocs()
	for b.Loop() {
		f.Update(o)
		f.Update(bs)
	}
}

// BenchmarkPickerFirstLetter300 is the first letter typed in a picker
// over 300 people, which also folds every label once. Budget: 1 ms.
func BenchmarkPickerFirstLetter300(b *testing.B) {
	people := make([]string, 300)
	for i := range people {
		people[i] = fmt.Sprintf("Persoon %d Öztürk-Nguyễn · buurvrouw", i)
	}
	f := pickForm(people)
	o, bs := keyMsg("o"), keyMsg("backspace")
	b.ReportAllocs()
	for b.Loop() {
		f.fields[0].pick.folded = nil
		f.Update(o)
		f.Update(bs)
	}
}

// The picker folds letter by letter; it must agree with fold, which the
// map's find uses.
func TestPickerFoldsAsTheMapFind(t *testing.T) {
	t.Parallel()
	var ps pickState
	for _, s := range []string{"Öztürk", "Lan Nguyễn", "Jansen-de Vries", "Çelik", "Søren", "Yıldız", "BUURMAN", "Straße", "e\u0303", "Ayşe 🙂 ﬁ", ""} {
		if got, want := ps.fold(s), fold(s); got != want {
			t.Errorf("picker folds %q as %q, fold as %q", s, got, want)
		}
	}
}

func TestLetterChoosesTheNextOptionStartingWithIt(t *testing.T) {
	t.Parallel()
	c := &Common{Cat: i18n.New(i18n.NL), Styles: NewStyles(true, true)}
	f := newForm(c, "Stap 8")
	f.choice("adequate", "Passend", answerOptions(c), "").text("which", "Welke", "", false)
	if f.value("adequate") != "unknown" {
		t.Fatalf("starts at %q", f.value("adequate"))
	}
	for _, c := range []struct{ key, want string }{
		{"n", "no"},      // "nog niet bekend" is chosen already: on to "nee"
		{"n", "unknown"}, // and round again
		{"J", "yes"},     // case aside
		{"x", "yes"},     // no option starts with x: nothing changes
		{"ctrl+n", "yes"},
	} {
		f.Update(keyMsg(c.key))
		if got := f.value("adequate"); got != c.want {
			t.Errorf("%s chose %q, want %q", c.key, got, c.want)
		}
	}
	if !f.fields[0].touched {
		t.Error("a letter's choice is not marked as the coach's")
	}
}
