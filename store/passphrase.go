package store

import (
	"errors"

	"kring/store/internal/zxcvbn"
)

// ErrWeakPassphrase means a new passphrase is too easy to guess. Someone
// who takes the laptop can try passphrases against the file offline, at
// their own pace: length alone ("Welkom01" has eight characters) does not
// stop that.
var ErrWeakPassphrase = errors.New("passphrase is too easy to guess")

// strongScore is zxcvbn's "very unguessable" class: at least 10^10
// guesses. With DefaultKDF costing about a third of a second of a laptop
// core per guess, an attacker with a thousand times that power still needs
// months for 10^10; score 3 (10^8) would be a day.
const strongScore = 4

// maxEstimated is how much of a passphrase the estimator reads: zxcvbn's
// cost grows faster than the length, and a passphrase this long is only
// weak if its first part is (a long repetition, which the estimator sees).
const maxEstimated = 100

// kringWords are words an attacker would try first against a kring store.
var kringWords = []string{"kring", "wijkcoach", "almelo", "jeugdhulp", "gezin", "netwerk", "sonestra", "wachtwoord", "wachtwoordzin"}

// CheckPassphrase says whether a new passphrase is strong enough, with
// the zxcvbn estimator (dictionaries, keyboard patterns, dates, l33t).
// Init and ChangePassphrase call it; the command line and the unlock
// screen call it too, to say so before asking for the passphrase again.
// The estimator needs a string, which Go cannot wipe: the copy lives as
// long as the garbage collector lets it.
func CheckPassphrase(p []byte) error {
	if len(p) == 0 {
		return ErrEmptyPassphrase
	}
	if len(p) > maxEstimated {
		p = p[:maxEstimated]
	}
	if zxcvbn.PasswordStrength(string(p), kringWords).Score < strongScore {
		return ErrWeakPassphrase
	}
	return nil
}
