package report

import (
	"strings"
	"testing"

	"kring/ui/i18n"
)

// TestSummaryFirst: the summary with each need's outcome and grounds
// comes before the details, and the grid is an appendix after the
// signatures, so that what the municipality decides on is on page 1.
func TestSummaryFirst(t *testing.T) {
	s := example(t)
	md := string(Markdown(s, opts(i18n.NL)))
	order := []string{"## Samenvatting", "| Hulpvraag | Uitkomst van de toets | Grondslagen |", "## 1. Wie waren erbij",
		"## 5. Netwerk-eerst-toets", "## 10. Gezien en getekend", "| Naam | Als | Handtekening | Datum |", "## Bijlage A. Iedereen op de kaart"}
	at := -1
	for _, w := range order {
		i := strings.Index(md, w)
		if i <= at {
			t.Fatalf("%q at %d, after %d: the order is wrong", w, i, at)
		}
		at = i
	}
	summary := md[strings.Index(md, "## Samenvatting"):strings.Index(md, "## 1. Wie")]
	for _, ev := range s.Evaluate() {
		if !strings.Contains(summary, newTr(i18n.NL).code("result", string(ev.Result))) {
			t.Errorf("the summary lacks the outcome %s", ev.Result)
		}
	}
	if !strings.Contains(summary, "Ria (oma (moeders kant)): Sem ophalen op dinsdag") {
		t.Error("the summary does not say who in the network helps")
	}
}

// TestSignatureLines: a line for each parent in the household, each
// youth of 12 or older at the intake, and the coach; not for a parent
// outside the household or a younger child.
func TestSignatureLines(t *testing.T) {
	s := example(t) // Noor born 2012, Sem 2017, intake 2026: Noor signs, Sem does not.
	md := string(Markdown(s, opts(i18n.NL)))
	sign := md[strings.Index(md, "| Naam | Als | Handtekening | Datum |"):]
	sign = sign[:strings.Index(sign, "\n\n")]
	for _, want := range []string{"| Sanne (moeder) | ouder |", "| Noor | jongere |", "| Coach Demi | wijkcoach |"} {
		if !strings.Contains(sign, want) {
			t.Errorf("no signature line %q in\n%s", want, sign)
		}
	}
	for _, not := range []string{"Sem |", "Ruben"} {
		if strings.Contains(sign, not) {
			t.Errorf("a signature line for %q", not)
		}
	}
}

// TestNotesByChoice: notes go into the report only when the coach asks,
// the report says so either way, and a pseudonymised report never
// carries them.
func TestNotesByChoice(t *testing.T) {
	s := example(t)
	note := s.People[0].Notes
	if note == "" {
		t.Fatal("the example needs a note on its first person")
	}
	cat := i18n.New(i18n.NL)
	with, pseudo := opts(i18n.NL), opts(i18n.NL)
	with.Notes = true
	pseudo.Notes, pseudo.Pseudonymise = true, true
	for _, c := range []struct {
		name  string
		o     Options
		notes bool
	}{{"default", opts(i18n.NL), false}, {"asked", with, true}, {"pseudonymised", pseudo, false}} {
		for f, out := range map[string]string{"md": string(Markdown(s, c.o)), "html": string(HTML(s, c.o))} {
			if strings.Contains(out, esc(note)) != c.notes && strings.Contains(out, note) != c.notes {
				t.Errorf("%s %s: note shown %v, want %v", c.name, f, !c.notes, c.notes)
			}
			says := cat.T("report.notes_out")
			if c.notes {
				says = cat.T("report.notes_in")
			}
			if !strings.Contains(out, says) {
				t.Errorf("%s %s: the report does not say %q", c.name, f, says)
			}
		}
	}
}
