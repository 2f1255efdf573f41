package main

import (
	"os"
	"regexp"
	"strings"
	"testing"
)

var exportedTo = regexp.MustCompile(`Geëxporteerd naar (\S+\.html)`)

// TestE2EAgreementInExportedReport adds an agreement and a review on
// step 5, exports the HTML report from step 6 and finds both in the file.
func TestE2EAgreementInExportedReport(t *testing.T) {
	t.Parallel()
	env, _ := importExample(t, "nl")
	tm := openExample(t, env, 120, 40)
	tm.keys("5")
	tm.waitFor("afspraken")
	tm.keys("a")
	tm.waitFor("Wie precies")
	tm.keys("Tab", "Tab")
	tm.typeText("Yusuf brengt Sem op woensdag naar voetbal")
	tm.keys("Enter")
	tm.waitFor("opgeslagen om")
	tm.waitFor("Yusuf brengt Sem op woensdag")
	tm.keys("r")
	tm.waitFor("Terugblik")
	tm.keys("Tab")
	tm.typeText("Ging drie weken goed")
	tm.keys("Enter")
	tm.waitFor("Ging drie weken goed")
	tm.keys("6")
	tm.waitFor("Verslag (voorbeeld)")
	tm.keys("e")
	tm.waitFor("Exporteren")
	tm.keys("Enter")
	screen := tm.waitFor("Geëxporteerd naar")
	m := exportedTo.FindStringSubmatch(strings.ReplaceAll(screen, "\n", " "))
	if m == nil {
		t.Fatalf("no export path on screen:\n%s", screen)
	}
	html, err := os.ReadFile(m[1])
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Yusuf brengt Sem op woensdag naar voetbal", "Ging drie weken goed"} {
		if !strings.Contains(string(html), want) {
			t.Errorf("the exported report lacks %q", want)
		}
	}
	if fi, err := os.Stat(m[1]); err != nil || fi.Mode().Perm() != 0o600 {
		t.Errorf("export file mode: %v", fi.Mode().Perm())
	}
	tm.keys("C-c") // q would go back to the list
	if code := tm.exitCode(); code != 0 {
		t.Fatalf("exit status %d", code)
	}
}
