package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// TestE2ESonestraInDemo walks the Sonestra pilot family of kring demo as
// a trainer would (issue 17): the guide on every step, three people
// invited to the network meeting (one from ring 4, no contact now), the
// meeting's outcome, a plan of two goals and three tasks, signed; then
// the plan and the invitation are exported and every item is found in
// the files.
func TestE2ESonestraInDemo(t *testing.T) {
	t.Parallel()
	tm := startTerm(t, 120, 40, map[string]string{"KRING_LANG": "nl"}, "demo")
	tm.waitFor("Familie Mulder (fictief, Sonestra-pilot)")
	tm.keys("Enter")
	tm.waitFor("Gespreksgids")

	// The guide is on in demo; each step shows its own questions.
	for step, question := range map[string]string{
		"1": "Wie horen er bij jullie gezin?", "2": "Wie in de buurt helpt wel eens?",
		"3": "Wat lukt jullie nu al zelf?", "4": "Wie kiest Lina zelf?",
		"5": "Wie nodigt wie uit?", "6": "Klopt dit verslag voor jullie?",
	} {
		tm.keys(step)
		tm.waitFor(question)
	}

	// The meeting: Joke (ring 2), Rick (ring 4) and Sandra (ring 4).
	tm.keys("5")
	tm.waitFor("Afspraken")
	tm.keys("m")
	tm.waitFor("Netwerkberaad")
	invite := func(who, by, reach string, n string) {
		tm.keys("a")
		tm.waitFor("Iemand uitnodigen")
		tm.waitFor(who)
		tm.keys("Tab")
		tm.typeText(by)
		tm.keys("Tab")
		tm.typeText(reach)
		tm.keys("Enter")
		tm.waitFor("Uitgenodigd: " + n)
	}
	invite("‹ Joke · oma (moeder van Eva) ›", "Eva", "app", "1")
	invite("‹ Rick · oom (broer van Eva) · nu geen contact ›", "Eva", "via oma Joke", "2")
	invite("‹ Sandra · tante (zus van Eva) · nu geen contact ›", "Lina", "bellen", "3")
	tm.keys("s") // Sandra comes
	tm.waitFor("komt: 1")
	tm.keys("o")
	tm.waitFor("Uitkomst van het beraad")
	tm.typeText("Rick en Sandra doen weer mee. Joke helpt in de ochtend.")
	tm.keys("Enter")
	tm.waitFor("Rick en Sandra doen weer mee.")

	// The plan: two goals, three tasks, Eva signs.
	tm.keys("Escape")
	tm.waitFor("Beraad: Uitgenodigd: 3")
	tm.keys("p")
	tm.waitFor("Familiegroepsplan")
	goal := func(words string) {
		tm.keys("g")
		tm.waitFor("Nieuw doel")
		tm.typeText(words)
		tm.keys("Enter")
		tm.waitFor(words)
	}
	task := func(rights int, who, what string) {
		tm.keys("t")
		tm.waitFor("Nieuwe taak bij")
		for i := 0; i < rights; i++ {
			tm.keys("Right")
		}
		tm.waitFor("‹ " + who)
		tm.keys("Tab")
		tm.typeText(what)
		tm.keys("Enter")
		tm.waitFor(what)
	}
	goal("De kinderen zijn elke dag op tijd op school.")
	task(2, "Joke", "Op maandag en woensdag de kinderen wekken")
	goal("Eva heeft hulp bij de post.")
	task(3, "Rick", "Elke vrijdag samen de post lezen")
	task(4, "Sandra", "Eva helpen met een weekrooster")
	tm.keys("s")
	tm.waitFor("Wie tekent")
	tm.keys("Enter")
	tm.waitFor("Eva · moeder op ")

	// Export the plan and the invitation from step 6.
	exportAs := func(rights int, label, ext string) string {
		tm.keys("6")
		tm.waitFor("Verslag (voorbeeld)")
		tm.keys("e")
		tm.waitFor("Exporteren")
		for i := 0; i < rights; i++ {
			tm.keys("Right")
		}
		tm.waitFor("‹ " + label)
		tm.keys("Enter")
		// The status line may cut the path off: the file is found in
		// the folder it names, by its ending.
		screen := tm.waitFor("Geëxporteerd naar")
		m := regexp.MustCompile(`Geëxporteerd naar (/\S+)/kring-`).FindStringSubmatch(strings.ReplaceAll(screen, "\n", " "))
		if m == nil {
			t.Fatalf("no export on screen:\n%s", screen)
		}
		var files []string
		for deadline := time.Now().Add(30 * time.Second); len(files) == 0 && time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
			files, _ = filepath.Glob(filepath.Join(m[1], "kring-*"+ext))
		}
		if len(files) != 1 {
			t.Fatalf("%s files in %s: %v", ext, m[1], files)
		}
		data, err := os.ReadFile(files[0])
		if err != nil {
			t.Fatal(err)
		}
		return string(data)
	}
	planItems := []string{
		"De kinderen zijn elke dag op tijd op school.", "Eva heeft hulp bij de post.",
		"Op maandag en woensdag de kinderen wekken", "Elke vrijdag samen de post lezen", "Eva helpen met een weekrooster",
		"Joke (oma, moeder van Eva)", "Rick (oom, broer van Eva)", "Sandra (tante, zus van Eva)",
		"Rick en Sandra doen weer mee. Joke helpt in de ochtend.", "Stand: gemaakt", "DEMO",
	}
	plan := exportAs(7, "familiegroepsplan, HTML", ".plan.html")
	for _, want := range planItems {
		if !strings.Contains(plan, want) {
			t.Errorf("the exported plan lacks %q", want)
		}
	}
	// The plan as PDF, read back in reading order with its whitespace
	// made single spaces, holds the same items.
	planPDF := filepath.Join(t.TempDir(), "plan.pdf")
	if err := os.WriteFile(planPDF, []byte(exportAs(9, "familiegroepsplan, PDF", ".plan.pdf")), 0o600); err != nil {
		t.Fatal(err)
	}
	if raw, err := exec.Command("pdftotext", "-raw", planPDF, "-").Output(); err != nil {
		t.Errorf("pdftotext: %v", err)
	} else {
		text := strings.Join(strings.Fields(string(raw)), " ")
		for _, want := range append(planItems, "pagina 1 van") {
			if !strings.Contains(text, want) {
				t.Errorf("the exported plan's PDF lacks %q", want)
			}
		}
	}
	inv := exportAs(10, "uitnodiging voor het beraad", ".invitation.html")
	for _, want := range []string{"Joke (oma, moeder van Eva)", "Rick (oom, broer van Eva)", "Sandra (tante, zus van Eva)",
		"via oma Joke", "bellen", "komt", "20 november 2026", "in het buurthuis"} {
		if !strings.Contains(inv, want) {
			t.Errorf("the exported invitation lacks %q", want)
		}
	}
	tm.keys("C-c")
	tm.waitFor("Stoppen met de demo?")
	tm.keys("y")
	if code := tm.exitCode(); code != 0 {
		t.Fatalf("exit status %d", code)
	}
}
