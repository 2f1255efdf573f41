package ui

import (
	"strings"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// foldExtra are letters that carry no separate accent mark to strip:
// they are written out as the plain letters a coach types for them.
var foldExtra = strings.NewReplacer("ø", "o", "ł", "l", "ı", "i", "đ", "d", "ß", "ss", "æ", "ae", "œ", "oe")

// fold makes a text comparable as a coach types it: lower case, accents
// gone ("Öztürk" and "ozturk", "Nguyễn" and "nguyen" fold the same).
func fold(s string) string {
	s = strings.ToLower(s)
	// A plain ASCII text (most queries) needs no decomposition.
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	out, _, err := transform.String(t, s)
	if err != nil {
		return s
	}
	return foldExtra.Replace(out)
}
