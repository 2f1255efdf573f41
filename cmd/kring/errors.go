package main

import (
	"errors"
	"io/fs"
	"strings"
	"syscall"

	"kring/model"
	"kring/store"
	"kring/ui/i18n"
	"kring/ui/report"
)

// fileError is a file kring could not read or write.
type fileError struct {
	key  string
	path string
	err  error
}

func (e *fileError) Error() string { return e.path + ": " + e.err.Error() }
func (e *fileError) Unwrap() error { return e.err }

// importError is a file that is not a valid kring/v1 session.
type importError struct {
	path string
	err  error
}

func (e *importError) Error() string { return e.path + ": " + e.err.Error() }
func (e *importError) Unwrap() error { return e.err }

// notFoundError names the session id that does not exist.
type notFoundError struct{ id string }

func (e *notFoundError) Error() string { return "no session " + e.id }
func (e *notFoundError) Unwrap() error { return store.ErrNotFound }

// notFound adds the id to a store.ErrNotFound, so the message can name it.
func notFound(id string, err error) error {
	if errors.Is(err, store.ErrNotFound) {
		return &notFoundError{id: id}
	}
	return err
}

// message turns an error into the one line a user reads; path is the
// store file, named when it is damaged.
func message(cat i18n.Catalog, err error, path string) string {
	var fe *fileError
	var ie *importError
	var pe *passphraseError
	var nf *notFoundError
	var nc *store.NotCompactedError
	var dmg *store.DamagedError
	var tl *errTooLarge
	var nv *noVisitError
	switch {
	case errors.As(err, &nv):
		return cat.T("cli.no_visit", nv.id, nv.visit, nv.of)
	case errors.As(err, &ie):
		return importMessage(cat, ie)
	case errors.As(err, &fe):
		return cat.T(fe.key, fe.path, osReason(cat, fe.err))
	case errors.As(err, &pe):
		return cat.T("err.passphrase_file", pe.err.Error())
	case errors.Is(err, store.ErrLocked):
		return cat.T("err.locked")
	case errors.Is(err, store.ErrWrongPassphrase):
		return cat.T("err.wrong_passphrase")
	case errors.Is(err, store.ErrNewerVersion):
		return cat.T("err.newer_version")
	case errors.As(err, &tl):
		return cat.T("err.file_too_large", tl.path, model.MaxFileBytes>>20)
	case errors.Is(err, store.ErrWeakPassphrase):
		return cat.T("err.passphrase_weak")
	case errors.Is(err, store.ErrKDFTooCostly):
		return cat.T("err.kdf_too_costly", path)
	case errors.As(err, &nc):
		return cat.T("err.not_compacted", nc.ID, osReason(cat, nc.Err))
	case errors.Is(err, store.ErrNotSaved):
		return saveMessage(cat, err)
	case errors.Is(err, syscall.EROFS):
		// Opening a store on a read-only disk: the file is fine, and
		// restoring a backup over it would be the wrong advice.
		return cat.T("err.read_only", path)
	case errors.As(err, &dmg):
		return cat.T("err.damaged_sessions", path, strings.Join(dmg.IDs, ", "))
	case errors.Is(err, store.ErrCorrupt):
		return cat.T("err.corrupt", path)
	case errors.As(err, &nf):
		return cat.T("err.not_found", nf.id)
	case errors.Is(err, errNoPassphrase):
		return cat.T("err.no_passphrase")
	case errors.Is(err, errNoExportPassphrase):
		return cat.T("export.no_passphrase")
	case errors.Is(err, errPassphraseShort):
		return cat.T("err.passphrase_short", minPassphrase)
	case errors.Is(err, errExportOverStore):
		return cat.T("err.export_over_store")
	case errors.Is(err, errPassphraseDiff):
		return cat.T("err.passphrase_differ")
	}
	if r := osReason(cat, err); r != err.Error() {
		return cat.T("err.file", r)
	}
	return cat.T("err.other", err.Error())
}

// osReason says in the user's language why the operating system refused
// a file: it does not exist, no permission, the disk is full. Other
// reasons keep the system's own words.
func osReason(cat i18n.Catalog, err error) string {
	var pe *fs.PathError
	path := ""
	if errors.As(err, &pe) {
		path = pe.Path
	}
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return cat.T("err.os.not_exist", path)
	case errors.Is(err, fs.ErrPermission):
		return cat.T("err.os.permission", path)
	case errors.Is(err, syscall.ENOSPC):
		return cat.T("err.os.disk_full")
	case errors.Is(err, syscall.EROFS):
		return cat.T("err.os.read_only")
	}
	return err.Error()
}

// saveMessage says why a write to the store failed, each cause in its own
// words: a full disk, a read-only folder, a disk that did not confirm the
// write, or one that refused it. Each says that nothing in the file changed.
func saveMessage(cat i18n.Catalog, err error) string {
	switch {
	case errors.Is(err, syscall.ENOSPC):
		return cat.T("err.save.disk_full")
	case errors.Is(err, syscall.EROFS), errors.Is(err, fs.ErrPermission):
		return cat.T("err.save.read_only", systemWords(err))
	case errors.Is(err, store.ErrSync):
		return cat.T("err.save.sync", systemWords(err))
	}
	return cat.T("err.save.write", systemWords(err))
}

// systemWords is the operating system's own reason, without the path.
func systemWords(err error) string {
	var errno syscall.Errno
	if errors.As(err, &errno) {
		return errno.Error()
	}
	return err.Error()
}

func importMessage(cat i18n.Catalog, ie *importError) string {
	var se *model.SyntaxError
	var fe *model.FieldError
	var ps model.Problems
	switch {
	case errors.Is(ie.err, report.ErrCaseWrongPassphrase):
		return cat.T("export.wrong_passphrase", ie.path)
	case errors.Is(ie.err, report.ErrCaseDamaged):
		return cat.T("export.damaged", ie.path)
	case errors.Is(ie.err, model.ErrNotKring):
		return cat.T("err.not_kring", ie.path)
	case errors.Is(ie.err, model.ErrNewerFormat):
		return cat.T("err.newer_format", ie.path, ie.err.Error())
	case errors.As(ie.err, &se) && se.Line == 0:
		return cat.T("err.syntax_nopos", ie.path)
	case errors.As(ie.err, &se):
		return cat.T("err.syntax", ie.path, se.Line, se.Column)
	case errors.As(ie.err, &fe):
		what := cat.T("err.field.type")
		if fe.Msg == "unknown field" {
			what = cat.T("err.field.unknown")
		}
		return cat.T("err.field", ie.path, fe.Field, what)
	case errors.As(ie.err, &ps) && len(ps) > 0:
		return cat.T("err.problems", ie.path, len(ps), ps[0].Field, cat.Problem(ps[0]))
	}
	return cat.T("err.other", ie.err.Error())
}
