package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"kring/store"
	"kring/ui/i18n"
	"kring/ui/report"
)

// Exit statuses.
const (
	exitOK    = 0
	exitError = 1
	exitUsage = 2
)

// environ reads environment variables; tests hand in their own.
type environ struct{ getenv func(string) string }

func (e environ) get(k string) string {
	if e.getenv == nil {
		return ""
	}
	return e.getenv(k)
}

// stdio is where a command reads and writes; in is also where a
// passphrase is asked when it is a terminal.
type stdio struct {
	in       io.Reader
	out, err io.Writer
}

// config holds what tests may change without an environment variable:
// nothing here weakens a store a user creates.
type config struct {
	kdf store.KDFParams
	// tui runs the full-screen program; nil in tests of the command line.
	tui func(st *store.Store, cat i18n.Catalog, env environ, std stdio, o tuiOptions) error
	// now is the clock of the export date; nil means time.Now.
	now func() time.Time
	// caseWorkFactor is the scrypt work factor of a case file; zero
	// means age's default. Tests lower it to stay quick.
	caseWorkFactor int
}

func defaultConfig() config {
	return config{kdf: store.DefaultKDF, tui: runTUI}
}

// run executes one command line and returns the exit status. Every error
// is one line on stderr in the user's language, never a stack trace.
func run(argv []string, env environ, std stdio, cfg config) int {
	cmd, perr := parseArgs(argv)
	lang, lerr := i18n.Resolve(cmd.g.lang, env.get("KRING_LANG"), env.get("LANG"))
	cat := i18n.New(lang)
	if lerr != nil {
		fmt.Fprintln(std.err, cat.T("cli.unknown_lang", cmd.g.lang))
		return exitUsage
	}
	if perr == nil {
		perr = cmd.check()
	}
	if perr != nil {
		var u *errUsage
		if errors.As(perr, &u) {
			args := make([]any, len(u.args))
			for i, a := range u.args {
				// An argument that is itself a catalogue key, such as
				// "cli.arg.id", is said in words.
				if k, ok := a.(string); ok && cat.Has(k) && strings.HasPrefix(k, "cli.") {
					a = cat.T(k)
				}
				args[i] = a
			}
			fmt.Fprintln(std.err, cat.T(u.key, args...))
		} else {
			fmt.Fprintln(std.err, perr)
		}
		return exitUsage
	}

	switch cmd.name {
	case "help":
		fmt.Fprintln(std.out, cat.T("cli.usage"))
		return exitOK
	case "version":
		fmt.Fprintln(std.out, cat.T("cli.version", version))
		return exitOK
	case "demo":
		if err := runDemo(cat, env, std, cfg, cmd.present); err != nil {
			fmt.Fprintln(std.err, message(cat, err, ""))
			return exitError
		}
		return exitOK
	}

	idle, err := lockAfter(cmd.lockAfter, env)
	if err != nil {
		fmt.Fprintln(std.err, cat.T("cli.bad_lock_after"))
		return exitUsage
	}
	dir, err := dataDir(cmd.g.dataDir, env)
	if err != nil {
		fmt.Fprintln(std.err, message(cat, err, ""))
		return exitError
	}
	path := filepath.Join(dir, store.FileName)
	st, err := openStore(dir, cat, env, std, cfg, cmd.name == "tui")
	if err != nil {
		fmt.Fprintln(std.err, message(cat, err, path))
		return exitError
	}
	defer st.Close()

	switch cmd.name {
	case "tui":
		err = cfg.tui(st, cat, env, std, tuiOptions{idle: idle})
	case "list":
		err = cmdList(st, std)
	case "export":
		err = cmdExport(st, cat, cmd, env, std, cfg)
	case "import":
		err = cmdImport(st, cat, cmd.args[0], env, std)
	case "delete":
		err = cmdDelete(st, cat, cmd.args[0], std)
	case "backup":
		err = cmdBackup(st, cat, cmd.args[0], std)
	case "check":
		err = cmdCheck(st, cat, std)
	}
	if err != nil {
		fmt.Fprintln(std.err, message(cat, err, path))
		return exitError
	}
	return exitOK
}

// importFormats are the files kring import reads. It tells them apart by
// their content, so --format on import only names what the user expects
// ("kring import --format case FILE", as the help shows it).
var importFormats = []string{"json", "case"}

// check validates the command word, its arguments and options before
// anything is opened, so that a usage error never asks for a passphrase.
func (c command) check() error {
	switch c.name {
	case "tui", "help", "version", "list", "check", "demo":
		if len(c.args) > 0 {
			return &errUsage{key: "cli.too_many_args", args: []any{c.name}}
		}
	case "export":
		if err := c.want(1, "cli.arg.id"); err != nil {
			return err
		}
		if c.format != "" && !contains(report.Formats(), c.format) {
			return &errUsage{key: "cli.unknown_format", args: []any{c.format, strings.Join(report.Formats(), ", ")}}
		}
	case "import", "delete", "backup":
		what := "cli.arg.file"
		if c.name == "delete" {
			what = "cli.arg.id"
		}
		if err := c.want(1, what); err != nil {
			return err
		}
		if c.name == "import" && c.format != "" && !contains(importFormats, c.format) {
			return &errUsage{key: "cli.unknown_format", args: []any{c.format, strings.Join(importFormats, ", ")}}
		}
	default:
		return &errUsage{key: "cli.unknown_command", args: []any{c.name}}
	}
	if c.lockAfter != "" && c.name != "tui" {
		return &errUsage{key: "cli.bad_flag", args: []any{"--lock-after: kring only"}}
	}
	if c.format != "" && c.name != "export" && c.name != "import" {
		return &errUsage{key: "cli.bad_flag", args: []any{"--format: export and import only"}}
	}
	if (c.out != "" || c.pseudo || c.csvComma || c.notes) && c.name != "export" {
		return &errUsage{key: "cli.bad_flag", args: []any{"--out/--pseudonymise/--csv-comma/--notes: export only"}}
	}
	return nil
}

// dataDir picks the store's folder: $KRING_DATA_DIR, else --data-dir,
// else the operating system's data folder (the order the contract gives).
func dataDir(flagDir string, env environ) (string, error) {
	if d := env.get("KRING_DATA_DIR"); d != "" {
		return d, nil
	}
	if flagDir != "" {
		return flagDir, nil
	}
	return store.DefaultDir()
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

// errExportOverStore refuses an export that would replace the store.
var errExportOverStore = errors.New("an export cannot replace the store file")

// exportWriter writes exports, refusing the store's own file: one typo in
// a file name must not replace every case with a report.
func exportWriter(storePath string) func(string, []byte) error {
	return func(path string, data []byte) error {
		if sameFile(path, storePath) {
			return errExportOverStore
		}
		return writeFile0600(path, data)
	}
}

// sameFile reports whether two paths name one file, by path or, when
// both exist, by identity (a link or another spelling).
func sameFile(a, b string) bool {
	if pa, err := filepath.Abs(a); err == nil {
		if pb, err := filepath.Abs(b); err == nil && filepath.Clean(pa) == filepath.Clean(pb) {
			return true
		}
	}
	fa, errA := os.Stat(a)
	fb, errB := os.Stat(b)
	return errA == nil && errB == nil && os.SameFile(fa, fb)
}

// writeFile0600 writes data to path with mode 0600 through a temporary
// file, so that an interrupted export never leaves half a file.
func writeFile0600(path string, data []byte) error {
	tmp, err := os.CreateTemp(dirOf(path), ".kring-*.tmp")
	if err != nil {
		return err
	}
	name := tmp.Name()
	defer os.Remove(name)
	if err := tmp.Chmod(0o600); err != nil && !isWindows() {
		tmp.Close()
		return err
	}
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(name, path)
}
