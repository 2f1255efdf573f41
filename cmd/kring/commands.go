package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"time"

	"kring/model"
	"kring/store"
	"kring/ui/i18n"
	"kring/ui/report"
)

// cmdList prints one line per session: id, tab, label, tab, the time of
// the last change in RFC 3339. Labels are cleaned on the way in, and again
// on the way out: a label in the file was written by whoever could write
// the file, and a tab, newline or escape sequence in it must neither break
// the columns nor reach the terminal. Sessions whose entry is damaged are
// left out and named in the error; the others are still listed.
func cmdList(st *store.Store, std stdio) error {
	sums, err := st.List()
	for _, s := range sums {
		fmt.Fprintf(std.out, "%s\t%s\t%s\n", s.ID, model.CleanLine(s.Label), s.Updated.UTC().Format(time.RFC3339))
	}
	return err
}

// cmdExport writes a session in the format asked (kring/v1 JSON by
// default) to stdout or --out (mode 0600). The report's language is the
// command line's; --pseudonymise writes a pseudonymised copy; "case" is
// the JSON encrypted with an export passphrase.
func cmdExport(st *store.Store, cat i18n.Catalog, cmd command, env environ, std stdio, cfg config) error {
	sess, err := st.Get(cmd.args[0])
	if err != nil {
		return notFound(cmd.args[0], err)
	}
	now := time.Now
	if cfg.now != nil {
		now = cfg.now
	}
	o := report.Options{Lang: cat.Lang(), Pseudonymise: cmd.pseudo, Now: now(), CaseWorkFactor: cfg.caseWorkFactor,
		CSVComma: cmd.csvComma, Version: version, Notes: cmd.notes, Visit: cmd.visit, Compare: cmd.compare}
	if cmd.visit < 0 || cmd.visit > sess.VisitCount() {
		return &noVisitError{id: cmd.args[0], visit: cmd.visit, of: sess.VisitCount()}
	}
	format := cmd.format
	if format == "" {
		format = "json"
	}
	if format == "case" {
		if o.Passphrase, err = exportPassphrase(cat, env, std, true); err != nil {
			return err
		}
		defer wipe(o.Passphrase)
	}
	data, err := report.Render(format, sess, o)
	if err != nil {
		return err
	}
	if cmd.out == "" {
		_, err = std.out.Write(data)
		return err
	}
	if err := exportWriter(st.Path())(cmd.out, data); err != nil {
		if errors.Is(err, errExportOverStore) {
			return err
		}
		return &fileError{key: "err.write_file", path: cmd.out, err: err}
	}
	return nil
}

// cmdImport reads a kring/v1 file, or a case file that kring export
// --format case wrote, as a new session and prints its id. A file with
// any problem is rejected whole.
func cmdImport(st *store.Store, cat i18n.Catalog, path string, env environ, std stdio) error {
	data, err := readImport(path)
	if err != nil {
		return err
	}
	var sess *model.Session
	if report.IsCase(data) {
		pass, perr := exportPassphrase(cat, env, std, false)
		if perr != nil {
			return perr
		}
		sess, err = report.DecryptCase(data, pass)
		wipe(pass)
	} else {
		sess, err = model.Decode(data)
	}
	if err != nil {
		return &importError{path: path, err: err}
	}
	sess.ID = ""
	id, err := st.Create(sess)
	if err != nil {
		return err
	}
	fmt.Fprintln(std.out, id)
	return nil
}

// errTooLarge is a file over model.MaxFileBytes.
type errTooLarge struct{ path string }

func (e *errTooLarge) Error() string { return e.path + ": file too large" }

// readImport reads a file to import, refusing one over model.MaxFileBytes
// before reading it: no real session comes near, and a huge file would
// fill the memory before validation could refuse it.
func readImport(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, &fileError{key: "err.read_file", path: path, err: err}
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, model.MaxFileBytes+1))
	if err != nil {
		return nil, &fileError{key: "err.read_file", path: path, err: err}
	}
	if len(data) > model.MaxFileBytes {
		return nil, &errTooLarge{path: path}
	}
	return data, nil
}

func cmdDelete(st *store.Store, cat i18n.Catalog, id string, std stdio) error {
	if err := st.Delete(id); err != nil {
		return notFound(id, err)
	}
	fmt.Fprintln(std.out, cat.T("cli.deleted", id))
	return nil
}

func cmdBackup(st *store.Store, cat i18n.Catalog, path string, std stdio) error {
	if err := st.Backup(path); err != nil {
		return err
	}
	fmt.Fprintln(std.out, cat.T("cli.backup_done", path))
	return nil
}

func cmdCheck(st *store.Store, cat i18n.Catalog, std stdio) error {
	if err := st.Check(); err != nil {
		return err
	}
	sums, err := st.List()
	if err != nil {
		return err
	}
	fmt.Fprintln(std.out, cat.N("cli.check_ok", len(sums)))
	return nil
}

func dirOf(path string) string { return filepath.Dir(path) }

func isWindows() bool { return runtime.GOOS == "windows" }
