package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// fullCitation is the full form of each rule as a file of record needs
// it (DOMAIN.md, the citation table), written out here rather than taken
// from the catalogue, so that a changed catalogue line fails this test.
var fullCitation = map[string]string{
	"Jeugdwet art. 2.3":    "Jeugdwet, artikel 2.3, eerste lid",
	"Wmo 2015 art. 1.1.1":  "Wet maatschappelijke ondersteuning 2015, artikel 1.1.1",
	"Verordening art. 2.8": "Verordening Jeugdhulp Almelo 2025, artikel 2.8",
	"Verordening art. 3.1": "Verordening Jeugdhulp Almelo 2025, artikel 3.1",
	"Beleidsregels 2025":   "Beleidsregels jeugdhulp Almelo 2025, Gemeenteblad 2025, 257836",
	"CRvB 2017:17":         "Centrale Raad van Beroep 11 januari 2017, ECLI:NL:CRVB:2017:17 (Wmo 2015; naar analogie)",
	"CRvB 2017:1477":       "Centrale Raad van Beroep 1 mei 2017, ECLI:NL:CRVB:2017:1477",
	"CRvB 2024:1095-1097":  "Centrale Raad van Beroep 29 mei 2024, ECLI:NL:CRVB:2024:1095, ECLI:NL:CRVB:2024:1096 en ECLI:NL:CRVB:2024:1097",
	"CRvB 2025:1390":       "Centrale Raad van Beroep 18 september 2025, ECLI:NL:CRVB:2025:1390",
}

// TestE2EGroundsOfEveryOutcome imports one case per outcome through the
// real binary (kring import, then kring export --format md) and reads the
// Markdown a coach would put in the file: the outcome line, its grounds in
// short form, what the coach still decides, the reason that makes it
// incomplete or contradictory, and chapter 9 with every ground cited in
// full, once, in order (issue 12: grounds on every outcome, also clean ones).
func TestE2EGroundsOfEveryOutcome(t *testing.T) {
	for _, tc := range []struct {
		file, outcome, decides, reason string
		grounds                        []string
	}{
		{"grounds-solved.json", "opgelost met eigen kracht en netwerk",
			"De coach beslist nog: of de afspraken met gezin en netwerk haalbaar zijn", "",
			[]string{"Jeugdwet art. 2.3", "Wmo 2015 art. 1.1.1", "Verordening art. 2.8", "Verordening art. 3.1", "CRvB 2017:17", "CRvB 2017:1477", "CRvB 2024:1095-1097"}},
		{"grounds-refer.json", "verwijzen naar een andere voorziening",
			"De coach beslist nog: of de verwijzing past", "",
			[]string{"Jeugdwet art. 2.3", "Verordening art. 3.1", "Beleidsregels 2025", "CRvB 2017:1477"}},
		{"grounds-youth-care.json", "jeugdhulp voor wat nog nodig is",
			"De coach beslist nog: welke jeugdhulp, hoeveel en hoe lang", "",
			[]string{"Jeugdwet art. 2.3", "Verordening art. 2.8", "Verordening art. 3.1", "CRvB 2017:17", "CRvB 2017:1477", "CRvB 2024:1095-1097", "CRvB 2025:1390"}},
		{"grounds-incomplete.json", "onderzoek nog niet compleet",
			"De coach beslist nog: wat verder wordt uitgezocht",
			"- Stap 6: netwerk 'niet genoeg', maar Bert (opa) is niet gevraagd en er staat niet bij waarom niet (CRvB 2017:17)",
			[]string{"CRvB 2017:17"}},
		{"grounds-contradiction.json", "tegenstrijdig: een conclusie past niet bij de stappen",
			"De coach beslist nog: welke stap of conclusie klopt",
			"- Stap 10: jeugdhulp, terwijl het netwerk genoeg is (Verordening art. 3.1)",
			[]string{"Verordening art. 3.1"}},
	} {
		t.Run(tc.file, func(t *testing.T) {
			t.Parallel()
			env := map[string]string{"KRING_DATA_DIR": t.TempDir(), "KRING_PASSPHRASE": "appelboom-42", "KRING_LANG": "nl"}
			out, stderr, code := cli(t, env, "import", filepath.Join("testdata", tc.file))
			if code != 0 {
				t.Fatalf("import: %q", stderr)
			}
			md, stderr, code := cli(t, env, "export", strings.TrimSpace(out), "--format", "md")
			if code != 0 {
				t.Fatalf("export: %q", stderr)
			}
			for _, want := range []string{
				"**Uitkomst: " + tc.outcome + "**",
				"- **Grondslagen:** " + strings.Join(tc.grounds, "; ") + "\n",
				tc.decides,
				tc.reason,
			} {
				if !strings.Contains(md, want) {
					t.Errorf("the report lacks %q", want)
				}
			}
			// Chapter 9: each ground in full, once, in the order of the
			// short list, and nothing else.
			_, chapter, ok := strings.Cut(md, "## 9. Grondslagen\n")
			if !ok {
				t.Fatalf("no chapter 9 in:\n%s", md)
			}
			var items []string
			for _, l := range strings.Split(chapter, "\n") {
				if strings.HasPrefix(l, "- **") {
					items = append(items, l)
				}
			}
			if len(items) != len(tc.grounds) {
				t.Errorf("chapter 9 lists %d grounds, want %d: %q", len(items), len(tc.grounds), items)
			}
			for i, g := range tc.grounds {
				if i < len(items) && !strings.HasPrefix(items[i], "- **"+g+":** "+fullCitation[g]) {
					t.Errorf("ground %d: %q, want %q in full: %q", i+1, items[i], g, fullCitation[g])
				}
				if n := strings.Count(md, fullCitation[g]); n != 1 {
					t.Errorf("the full citation of %s is in the report %d times, want once", g, n)
				}
			}
		})
	}
}
