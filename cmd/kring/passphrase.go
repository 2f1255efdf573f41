package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"

	"golang.org/x/term"

	"kring/store"
	"kring/ui/i18n"
)

// minPassphrase is the shortest passphrase accepted for a new store.
const minPassphrase = 8

var (
	errNoPassphrase       = errors.New("no passphrase")
	errNoExportPassphrase = errors.New("no export passphrase")
	errPassphraseShort    = errors.New("passphrase too short")
	errPassphraseDiff     = errors.New("passphrases differ")
)

// passphraseError is an unreadable KRING_PASSPHRASE_FILE.
type passphraseError struct{ err error }

func (e *passphraseError) Error() string { return e.err.Error() }

// envPassphrase returns the passphrase scripts and training rooms hand in:
// the file named by KRING_PASSPHRASE_FILE (one trailing line break is
// dropped), else KRING_PASSPHRASE. ok is false when neither is set.
func envPassphrase(env environ) (pass []byte, ok bool, err error) {
	if path := env.get("KRING_PASSPHRASE_FILE"); path != "" {
		data, err := os.ReadFile(path)
		if err != nil {
			return nil, true, &passphraseError{err: err}
		}
		data = bytes.TrimSuffix(data, []byte("\n"))
		data = bytes.TrimSuffix(data, []byte("\r"))
		return data, true, nil
	}
	if p := env.get("KRING_PASSPHRASE"); p != "" {
		return []byte(p), true, nil
	}
	return nil, false, nil
}

// prompts are the texts askSecret shows, and the check a new secret
// must pass before it is asked again (nil: length alone).
type prompts struct {
	once, first, again string
	check              func([]byte) error
}

// askPassphrase reads the store's passphrase from the terminal without
// echo; twice when confirm is set. Without a terminal it fails with
// errNoPassphrase rather than reading a secret from a pipe a user cannot see.
func askPassphrase(cat i18n.Catalog, std stdio, confirm bool) ([]byte, error) {
	p, err := askSecret(std, confirm, prompts{cat.T("pass.prompt"), cat.T("pass.prompt_new"), cat.T("pass.prompt_again"), store.CheckPassphrase})
	if errors.Is(err, errNoTerminal) {
		return nil, errNoPassphrase
	}
	return p, err
}

// exportPassphrase is the passphrase of a case file: KRING_EXPORT_PASSPHRASE
// for scripts, else asked on the terminal (twice for a new case file). It
// is never the store's passphrase: a case file leaves the laptop.
func exportPassphrase(cat i18n.Catalog, env environ, std stdio, confirm bool) ([]byte, error) {
	if p := env.get("KRING_EXPORT_PASSPHRASE"); p != "" {
		if confirm && len([]rune(p)) < minPassphrase {
			return nil, errPassphraseShort
		}
		return []byte(p), nil
	}
	p, err := askSecret(std, confirm, prompts{cat.T("export.pass_prompt"), cat.T("export.pass_prompt_new"), cat.T("export.pass_prompt_again"), nil})
	if errors.Is(err, errNoTerminal) {
		return nil, errNoExportPassphrase
	}
	return p, err
}

var errNoTerminal = errors.New("no terminal")

// askSecret reads a secret from the terminal without echo; twice when
// confirm is set, and then at least minPassphrase characters long.
func askSecret(std stdio, confirm bool, pr prompts) ([]byte, error) {
	f, ok := std.in.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) {
		return nil, errNoTerminal
	}
	read := func(prompt string) ([]byte, error) {
		fmt.Fprint(std.err, prompt)
		p, err := term.ReadPassword(int(f.Fd()))
		fmt.Fprintln(std.err)
		return p, err
	}
	if !confirm {
		return read(pr.once)
	}
	first, err := read(pr.first)
	if err != nil {
		return nil, err
	}
	if len([]rune(string(first))) < minPassphrase {
		wipe(first)
		return nil, errPassphraseShort
	}
	if pr.check != nil {
		if err := pr.check(first); err != nil {
			wipe(first)
			return nil, err
		}
	}
	second, err := read(pr.again)
	if err != nil {
		wipe(first)
		return nil, err
	}
	defer wipe(second)
	if !bytes.Equal(first, second) {
		wipe(first)
		return nil, errPassphraseDiff
	}
	return first, nil
}

// openStore opens the store in dir and unlocks it with the passphrase
// from the environment or the terminal. For the TUI without a passphrase
// in the environment the store stays locked: its unlock screen asks.
func openStore(dir string, cat i18n.Catalog, env environ, std stdio, cfg config, tui bool) (*store.Store, error) {
	st, err := store.Open(dir, store.Options{KDF: cfg.kdf})
	if err != nil {
		return nil, err
	}
	pass, ok, err := envPassphrase(env)
	if err == nil && !ok {
		if tui {
			return st, nil
		}
		if !st.Initialized() {
			fmt.Fprintln(std.err, cat.T("cli.new_store", st.Path()))
		}
		pass, err = askPassphrase(cat, std, !st.Initialized())
	}
	if err != nil {
		st.Close()
		return nil, err
	}
	defer wipe(pass)
	if st.Initialized() {
		err = st.Unlock(pass)
	} else if len([]rune(string(pass))) < minPassphrase {
		err = errPassphraseShort
	} else {
		err = st.Init(pass)
	}
	if err != nil {
		st.Close()
		return nil, err
	}
	return st, nil
}

func wipe(b []byte) {
	for i := range b {
		b[i] = 0
	}
}
