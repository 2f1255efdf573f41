package store

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	bolt "go.etcd.io/bbolt"
)

// Backup writes a consistent copy of the open store to path (mode 0600)
// while the store stays in use. The copy is written to a temporary file in
// the same directory and renamed into place, so path never holds half a
// backup. It is encrypted like the store and opens with the passphrase the
// store had at the time of the backup. Backup does not need the key.
func (s *Store) Backup(path string) error {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.db == nil {
		return ErrClosed
	}
	if fi, err := os.Stat(path); err == nil {
		if self, err := os.Stat(s.path); err == nil && os.SameFile(fi, self) {
			return errors.New("store: cannot back up the store onto itself")
		}
	}
	f, err := os.CreateTemp(filepath.Dir(path), filepath.Base(path)+".tmp-*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	defer os.Remove(tmp) // a no-op once renamed
	err = s.db.View(func(tx *bolt.Tx) error {
		_, err := tx.WriteTo(f)
		return err
	})
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("store: backup to %s: %w", path, err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return err
	}
	syncDir(filepath.Dir(path))
	return nil
}

// Check runs bbolt's consistency check over the whole file; problems come
// back wrapped in ErrCorrupt. Saves wait while it runs, because bbolt's
// check on a read transaction must not race a writer.
func (s *Store) Check() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.db == nil {
		return ErrClosed
	}
	return s.db.View(checkTx)
}

// checkTx drains tx.Check (leaving it undrained would leak its goroutine)
// and reports the first few problems.
func checkTx(tx *bolt.Tx) error {
	var errs []error
	for err := range tx.Check() {
		if len(errs) < 5 {
			errs = append(errs, err)
		}
	}
	if len(errs) > 0 {
		return fmt.Errorf("%w: %w", ErrCorrupt, errors.Join(errs...))
	}
	return nil
}
