package main

import (
	"html"
	"os"
	"strings"
	"testing"
)

// TestE2EFollowUpVisit opens the example, starts a second visit, moves
// Kees a ring in, removes Bram and adds Zeynep on the map, and finds all
// three on the map (↑Kees, +Zeynep, "weg sinds <datum>: Bram" in the
// side panel), in the compare view, in the HTML report exported
// from step 6 and in `kring export --format md --compare`.
func TestE2EFollowUpVisit(t *testing.T) {
	t.Parallel()
	env, id := importExample(t, "nl")
	tm := openExample(t, env, 120, 40)
	tm.keys("2")
	tm.waitFor("Tellingen")
	tm.keys("N")
	tm.waitFor("Een nieuw bezoek beginnen")
	tm.keys("j")
	tm.waitFor("bezoek 2 van 2")
	tm.keys("/")
	tm.typeText("Kees")
	tm.keys("Enter")
	tm.waitFor("buurt en club · ring 3") // Kees is selected, in ring 3
	tm.keys("<")
	tm.waitFor("buurt en club · ring 2")
	tm.keys("/")
	tm.typeText("Bram")
	tm.keys("Enter")
	tm.waitFor("jongerenwerker")
	tm.keys("x")
	tm.waitFor("j = ja")
	tm.keys("j")
	tm.keys("a")
	tm.waitFor("Nieuwe persoon")
	tm.typeText("Zeynep")
	tm.keys("Enter")
	// The map marks all three: ↑ before Kees, + before Zeynep, and Bram
	// named in the side panel (right of the 83 columns of the map) only.
	tm.waitFor("+Zeynep")
	tm.waitFor("↑Kees")
	screen := tm.waitFor("weg sinds 2026-")
	for _, line := range strings.Split(screen, "\n") {
		if r := []rune(line); strings.Contains(string(r[:min(len(r), 83)]), "Bram") {
			t.Errorf("Bram is still on the map: %q", line)
		}
	}
	if !strings.Contains(screen, ": Bram") {
		t.Errorf("the side panel does not name Bram, who left:\n%s", screen)
	}
	tm.keys("C")
	for _, want := range []string{"Wat is er veranderd sinds", "+ Zeynep is erbij gekomen", "− Bram is er niet meer bij", "↑ Kees is dichterbij gekomen (ring 3 → 2)", "↑ Kees"} {
		tm.waitFor(want)
	}
	tm.keys("Escape")
	tm.waitFor("Tellingen") // the map again; a 6 right after esc would read as alt+6
	tm.keys("6")
	tm.waitFor("Verslag (voorbeeld)")
	tm.keys("e")
	tm.waitFor("Exporteren")
	tm.keys("Enter")
	screen = tm.waitFor("Geëxporteerd naar")
	m := exportedTo.FindStringSubmatch(strings.ReplaceAll(screen, "\n", " "))
	if m == nil {
		t.Fatalf("no export path on screen:\n%s", screen)
	}
	page, err := os.ReadFile(m[1])
	if err != nil {
		t.Fatal(err)
	}
	report := html.UnescapeString(string(page))
	for _, want := range []string{"Wat is er veranderd sinds", "Zeynep is erbij gekomen", "Bram (jongerenwerker) is er niet meer bij", "Kees (voetbaltrainer van Sem) is dichterbij gekomen (ring 3 → 2)"} {
		if !strings.Contains(report, want) {
			t.Errorf("the exported report lacks %q", want)
		}
	}
	tm.keys("C-c")
	if code := tm.exitCode(); code != 0 {
		t.Fatalf("exit status %d", code)
	}
	md, stderr, code := cli(t, env, "export", id, "--format", "md", "--compare")
	if code != 0 {
		t.Fatalf("export --compare: %d %s", code, stderr)
	}
	for _, want := range []string{"## Wat is er veranderd sinds", "Zeynep is erbij gekomen", "Bram (jongerenwerker) is er niet meer bij", "Kees (voetbaltrainer van Sem) is dichterbij gekomen"} {
		if !strings.Contains(md, want) {
			t.Errorf("kring export --compare lacks %q", want)
		}
	}
	first, _, code := cli(t, env, "export", id, "--format", "md", "--visit", "1")
	if code != 0 || !strings.Contains(first, "Bram") || strings.Contains(first, "Zeynep") {
		t.Errorf("kring export --visit 1 (exit %d) is not the first visit", code)
	}
	_, stderr, code = cli(t, env, "export", id, "--visit", "3")
	if code != 1 || !strings.Contains(stderr, "sessie "+id+" heeft geen bezoek 3; er zijn 2 bezoeken") {
		t.Errorf("--visit 3 of 2: exit %d, %q", code, stderr)
	}
}
