package store

import (
	"errors"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"

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
	f, err := s.opts.files.createTemp(filepath.Dir(path), filepath.Base(path)+".tmp-*")
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
// back wrapped in ErrCorrupt. When the store is unlocked it then opens
// every session and list entry and compares them with the manifest, so a
// session that cannot be read, an old copy put back or a deleted session
// returned is found: those come back as a *DamagedError naming the ids.
// Saves wait while it runs, because bbolt's check on a read transaction
// must not race a writer.
func (s *Store) Check() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.db == nil {
		return ErrClosed
	}
	return s.db.View(func(tx *bolt.Tx) error {
		if err := checkTx(tx); err != nil {
			return err
		}
		if s.key == nil {
			return nil
		}
		return s.checkRecords(tx)
	})
}

// checkRecords opens every record of both buckets against the manifest.
func (s *Store) checkRecords(tx *bolt.Tx) error {
	m, err := s.readManifest(tx)
	if err != nil {
		return err
	}
	bad := map[string]bool{}
	for _, name := range [][]byte{bucketSessions, bucketSummaries} {
		b, err := bucket(tx, name)
		if err != nil {
			return err
		}
		seen := make(map[uint64]bool, len(m.gens))
		err = b.ForEach(func(k, v []byte) error {
			id, ok := idString(k)
			if !ok {
				bad[fmt.Sprintf("key %x", k)] = true
				return nil
			}
			seen[mustID(id)] = true
			if err := s.openAny(m, name, id, v); err != nil {
				bad[id] = true
			}
			return nil
		})
		if err != nil {
			return err
		}
		for n := range m.gens {
			if !seen[n] {
				bad[strconv.FormatUint(n, 10)] = true
			}
		}
	}
	if len(bad) == 0 {
		return nil
	}
	ids := slices.Collect(maps.Keys(bad))
	slices.SortFunc(ids, compareIDs)
	return &DamagedError{IDs: ids}
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
