package store

import (
	"fmt"
	"os"
	"path/filepath"

	bolt "go.etcd.io/bbolt"
)

// compactTxMaxSize bounds the memory a compaction transaction holds.
const compactTxMaxSize = 32 << 20

// compact rewrites the file with only its live records: bbolt leaves a
// deleted value in a free page until the page is reused, and a deleted
// family must not be recoverable from the file, even encrypted. The copy
// is built in a temporary file next to the store, then renamed over it.
// The caller holds mu exclusively. If the store cannot be reopened, it is
// left closed and later calls return ErrClosed.
func (s *Store) compact() error {
	dir := filepath.Dir(s.path)
	f, err := s.opts.files.createTemp(dir, compactPrefix+"*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	defer os.Remove(tmp) // a no-op once renamed
	if err := f.Close(); err != nil {
		return err
	}
	dst, err := bolt.Open(tmp, 0o600, s.opts.files.boltOptions(&bolt.Options{Timeout: s.opts.Timeout}))
	if err != nil {
		return err
	}
	err = bolt.Compact(dst, s.db, compactTxMaxSize)
	if err == nil {
		// The copy has no deleted data left, so it owes no compaction.
		err = dst.Update(func(tx *bolt.Tx) error {
			m, err := bucket(tx, bucketMeta)
			if err != nil {
				return err
			}
			return m.Delete(keyCompactPending)
		})
	}
	if err != nil {
		_ = dst.Close()
		return err
	}
	if err := dst.Close(); err != nil {
		return err
	}

	// Windows cannot rename over an open file, so close first. Between
	// Close and the reopen the file is unlocked; a window that grabs it
	// in that instant wins and this store ends up closed.
	closeErr := s.db.Close()
	s.db = nil
	renameErr := os.Rename(tmp, s.path)
	if renameErr == nil {
		syncDir(dir)
	}
	db, err := openRW(s.path, s.opts)
	if err != nil {
		s.dropKey()
		return fmt.Errorf("%w: reopening after compaction: %w", ErrClosed, err)
	}
	s.db = db
	if renameErr != nil {
		return renameErr
	}
	return closeErr
}

// keyCompactPending is set in the transaction that deletes a session and
// removed in the compacted copy: while it is set, deleted data may still
// be in the file, and Open compacts.
var keyCompactPending = []byte("compact-pending")

func markCompactPending(tx *bolt.Tx) error { return markPending(tx, keyCompactPending) }

// compactPending reports whether a delete's compaction is still owed.
func (s *Store) compactPending() bool { return s.pending(keyCompactPending) }

// markPending sets a mark in meta for work owed (compact-pending,
// manifest-pending, summaries-pending).
func markPending(tx *bolt.Tx, key []byte) error {
	m, err := bucket(tx, bucketMeta)
	if err != nil {
		return err
	}
	return m.Put(key, []byte{1})
}

// pending reports whether the mark key is set in meta.
func (s *Store) pending(key []byte) bool {
	pending := false
	_ = s.db.View(func(tx *bolt.Tx) error {
		if m := tx.Bucket(bucketMeta); m != nil {
			pending = m.Get(key) != nil
		}
		return nil
	})
	return pending
}
