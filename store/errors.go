package store

import (
	"errors"
	"fmt"
	"io/fs"
	"strings"
	"syscall"
)

// Errors a caller can test for with errors.Is. Most are returned wrapped
// with the detail (path, versions, record) that explains them.
var (
	// ErrLocked means another kring window or process has the store open;
	// bbolt's lock timeout is reported as this.
	ErrLocked = errors.New("the store is open in another kring window or process")

	// ErrWrongPassphrase means the passphrase does not open the data key.
	ErrWrongPassphrase = errors.New("wrong passphrase")

	// ErrNewerVersion means the file was written by a newer kring; the
	// wrapping error gives both schema versions. The file is left untouched.
	ErrNewerVersion = errors.New("store written by a newer version of kring")

	// ErrCorrupt means the file is damaged, truncated or not a kring store,
	// or a record fails to open; the wrapping error says what was found.
	ErrCorrupt = errors.New("store file is damaged")

	// ErrNotFound means there is no session with that id.
	ErrNotFound = errors.New("no such session")

	// ErrNotInitialized means Unlock was called on a store that has no key
	// yet: call Init with a new passphrase instead.
	ErrNotInitialized = errors.New("store has no passphrase yet")

	// ErrAlreadyInitialized means Init was called on a store that already
	// has a key.
	ErrAlreadyInitialized = errors.New("store already has a passphrase")

	// ErrSealed means a method that needs the data key was called before
	// Init or Unlock, or after Lock.
	ErrSealed = errors.New("store is locked: unlock it with the passphrase first")

	// ErrClosed means the store was closed, or could not be reopened after
	// compaction.
	ErrClosed = errors.New("store is closed")

	// ErrEmptyPassphrase means Init or ChangePassphrase was given an empty
	// new passphrase, which would protect nothing.
	ErrEmptyPassphrase = errors.New("passphrase is empty")
)

// ErrNotSaved means the file system refused a write (a failing disk, a
// full disk, a read-only folder): nothing of the change is in the file,
// which is left as it was before. The wrapped error is the system's.
var ErrNotSaved = errors.New("the change was not written to the store file")

// ErrSync means the disk did not confirm that a write reached it (fsync
// failed). It comes wrapped in ErrNotSaved: bbolt rolled the change back.
var ErrSync = errors.New("the disk did not confirm the write")

// DamagedError names the sessions whose records cannot be opened or do not
// match the manifest; the other sessions are fine. It is ErrCorrupt for
// errors.Is.
type DamagedError struct{ IDs []string }

// Error names the damaged sessions.
func (e *DamagedError) Error() string {
	return fmt.Sprintf("%v: cannot open sessions %s", ErrCorrupt, strings.Join(e.IDs, ", "))
}

// Is makes errors.Is(err, ErrCorrupt) hold.
func (e *DamagedError) Is(target error) bool { return target == ErrCorrupt }

// NotCompactedError means Delete removed the session but could not compact
// the file (read-only folder, full disk), so its sealed data still sits in
// the file's free pages. The next Open compacts again.
type NotCompactedError struct {
	ID  string
	Err error
}

// Error says that the session is gone and what is left to do.
func (e *NotCompactedError) Error() string {
	return fmt.Sprintf("session %s deleted, but its encrypted data stays in the file's free space until kring can compact the file: %v", e.ID, e.Err)
}

// Unwrap gives the reason the compaction failed.
func (e *NotCompactedError) Unwrap() error { return e.Err }

// writeError marks what the file system said about a write transaction.
// bbolt returns a failed page write as *fs.PathError and a failed fdatasync
// as a bare errno.
func writeError(err error) error {
	var pe *fs.PathError
	var errno syscall.Errno
	switch {
	case err == nil:
		return nil
	case errors.As(err, &pe):
		return fmt.Errorf("%w: %w", ErrNotSaved, err)
	case errors.As(err, &errno):
		return fmt.Errorf("%w: %w: %w", ErrNotSaved, ErrSync, err)
	}
	return err
}
