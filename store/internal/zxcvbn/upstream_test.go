package zxcvbn

import (
	"testing"

	upstream "github.com/trustelem/zxcvbn"
)

// TestScoresMatchUpstream proves the kring patch harmless: on the
// passphrases kring users type (Dutch words, names, dates, l33t, keyboard
// walks, long sentences, accents) and the user inputs kring passes, this
// copy gives the same guesses and score as the release it was copied
// from. Only when the dictionaries are built changed, never what they
// hold. Upstream stays a test-only requirement in go.mod for this test;
// kring's binary does not link it.
func TestScoresMatchUpstream(t *testing.T) {
	inputs := []string{"kring", "wijkcoach", "almelo", "jeugdhulp", "gezin", "netwerk", "sonestra", "wachtwoord", "wachtwoordzin"}
	passphrases := []string{
		"", "a", "kring", "Welkom01", "wachtwoord123", "Wachtwoordzin!", "jeugdhulp2025", "Almelo1990",
		"password", "p@ssw0rd", "P@$$w0rd99", "qwertyuiop", "1qaz2wsx3edc", "zxcvbnm,./", "aaaaaaaaaaaa",
		"abcdefghijk987654321", "neverforget13/3/1997", "correcthorsebatterystaple", "Tr0ub4dour&3",
		"kringperf zoutvat tegenwind 93 lantaarn", "fiets paraplu molen kaas", "de gele fiets van oma Jansen",
		"Öztürk-Jansen 2024!", "Nguyễn Lan speelt piano", "rode appel blauwe peer groene druif",
		"zomer2024winter", "Ilovemyfamily", "sonestraAlmelo", "gezinnetwerk", "12/05/2011bas",
		"hunter2", "letmein!", "trustno1", "dragon1978", "michael jordan", "Sterk genoeg? Misschien niet.",
		"koffie-thee-melk-suiker-7", "ijsbeer ijsvogel ijzer", "😀 emoji wachtwoord 😀", "tttttttttttttttttttttttttttttt",
	}
	for _, p := range passphrases {
		for _, in := range [][]string{nil, inputs} {
			got, want := PasswordStrength(p, in), upstream.PasswordStrength(p, in)
			if got.Score != want.Score || got.Guesses != want.Guesses || len(got.Sequence) != len(want.Sequence) {
				t.Errorf("%q (user inputs %v): score %d, guesses %g, %d matches; upstream %d, %g, %d",
					p, in != nil, got.Score, got.Guesses, len(got.Sequence), want.Score, want.Guesses, len(want.Sequence))
				continue
			}
			for i := range got.Sequence {
				g, w := got.Sequence[i], want.Sequence[i]
				if g.Pattern != w.Pattern || g.I != w.I || g.J != w.J || g.Token != w.Token || g.Guesses != w.Guesses {
					t.Errorf("%q match %d: %s %d-%d %q %g; upstream %s %d-%d %q %g",
						p, i, g.Pattern, g.I, g.J, g.Token, g.Guesses, w.Pattern, w.I, w.J, w.Token, w.Guesses)
				}
			}
		}
	}
}
