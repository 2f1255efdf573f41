package main

import "testing"

// Fault 8 on the unlock screen of a new store: a passphrase of eight
// characters that is easy to guess is refused there too, in words.
func TestE2EWeakPassphraseOnTheUnlockScreen(t *testing.T) {
	env := map[string]string{"KRING_DATA_DIR": t.TempDir(), "KRING_LANG": "en"}
	tm := startTerm(t, 100, 24, env)
	tm.waitFor("new store")
	tm.typeText("Welkom01")
	tm.keys("Enter")
	tm.typeText("Welkom01")
	tm.keys("Enter")
	tm.waitFor("too easy to guess")
}
