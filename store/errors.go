package store

import "errors"

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
