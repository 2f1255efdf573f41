package store

import (
	"sync"
	"time"

	bolt "go.etcd.io/bbolt"
)

// FileName is the name of the store file inside its directory.
const FileName = "kring.db"

// Options tune Open. The zero value is what kring uses.
type Options struct {
	// Timeout is how long Open waits for another kring window to let go
	// of the file before giving up with ErrLocked; zero means 1 s.
	Timeout time.Duration
	// KDF is used by Init and ChangePassphrase; the zero value means
	// DefaultKDF. Unlock always uses the parameters stored in the file.
	KDF KDFParams

	// files is the way to the file system; nil means osFiles. Only the
	// package's own tests set it, to inject failures.
	files *fileLayer
}

func (o Options) withDefaults() Options {
	if o.Timeout <= 0 {
		o.Timeout = time.Second
	}
	if o.KDF == (KDFParams{}) {
		o.KDF = DefaultKDF
	}
	if o.files == nil {
		o.files = osFiles
	}
	return o
}

// Store is an open store file. It is safe for concurrent use: the UI saves
// from tea.Cmd goroutines while it lists.
type Store struct {
	path string
	opts Options

	// mu guards db, which Delete swaps when it compacts the file, and key.
	// Reads and writes of sessions hold it shared (bbolt serialises the
	// writers itself); Delete, Lock, Close and Check hold it exclusively.
	mu  sync.RWMutex
	db  *bolt.DB
	key *sealer // nil while sealed
}

// Path returns the path of the store file.
func (s *Store) Path() string { return s.path }

// Unlocked reports whether the data key is in memory, so that sessions can
// be read and written.
func (s *Store) Unlocked() bool {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.db != nil && s.key != nil
}

// Lock wipes the data key from memory; the store stays open, and Unlock
// brings the key back. Use it when the laptop is left alone.
func (s *Store) Lock() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.dropKey()
}

func (s *Store) dropKey() {
	if s.key != nil {
		s.key.wipe()
		s.key = nil
	}
}

// Close wipes the key and closes the file, releasing it for another
// window. Closing twice is harmless.
func (s *Store) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.dropKey()
	if s.db == nil {
		return nil
	}
	err := s.db.Close()
	s.db = nil
	return err
}

// unsealed returns nil when sessions can be read and written; the caller
// holds mu.
func (s *Store) unsealed() error {
	switch {
	case s.db == nil:
		return ErrClosed
	case s.key == nil:
		return ErrSealed
	}
	return nil
}
