package i18n

import (
	"regexp"
	"strings"
	"testing"
)

// citation finds law-speak that belongs in the coach's register: case law,
// ECLI numbers, article numbers.
var citation = regexp.MustCompile(`(?i:\bCRvB\b|\bart\.|\bartikel\b|\barticle\b|voorliggende voorziening|maatwerk)|ECLI:|\b\d{4}:\d+\b`)

// sentenceEnd splits a text into sentences.
var sentenceEnd = regexp.MustCompile(`[.!?;:]\s+|\s+·\s+`)

// TestFamilyFacingTextsArePlain keeps the family's register plain (issue
// 12): every family-facing sentence, in both languages, has at most
// MaxFamilyWords words and carries no citation.
func TestFamilyFacingTextsArePlain(t *testing.T) {
	checked := 0
	for lang, m := range map[string]map[string]string{"nl": nl, "en": en} {
		for k, v := range m {
			if !FamilyFacing(k) {
				continue
			}
			checked++
			if citation.MatchString(v) {
				t.Errorf("%s %q is for the family but cites: %q", lang, k, v)
			}
			for _, s := range sentenceEnd.Split(v, -1) {
				if n := len(strings.Fields(s)); n > MaxFamilyWords {
					t.Errorf("%s %q: a sentence of %d words (at most %d): %q", lang, k, n, MaxFamilyWords, s)
				}
			}
		}
	}
	if checked < 100 {
		t.Fatalf("only %d family-facing texts found: the prefixes are wrong", checked)
	}
}

// TestFamilyFacingCatchesLawSpeak makes sure the test above can fail: the
// texts issue 12 named as law-speak on step 3 are caught.
func TestFamilyFacingCatchesLawSpeak(t *testing.T) {
	for _, s := range []string{"Stap 5 (CRvB 2017:1477)", "Voorliggende voorziening", "maatwerk jeugdhulp voor wat overblijft", "ECLI:NL:CRVB:2017:17"} {
		if !citation.MatchString(s) {
			t.Errorf("%q passes as plain", s)
		}
	}
	if !FamilyFacing("check.8.title") || !FamilyFacing("needs.empty") || FamilyFacing("needs.finding") ||
		FamilyFacing("finding.order") || FamilyFacing("rule_full.art_3_1") {
		t.Error("the family-facing prefixes mark the wrong keys")
	}
}
