package store

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
	"syscall"
	"unsafe"

	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"
)

// Open opens (or creates) the store file in dir, creating dir with mode
// 0700 if needed; an existing dir keeps its mode. It waits opts.Timeout
// for another window to let go of the file, then fails with ErrLocked.
//
// Before writing anything Open verifies the file (see verify): a damaged
// file gives ErrCorrupt, a file from a newer kring ErrNewerVersion, and in
// both cases the file is left byte for byte as it was. An empty (0-byte)
// file is ErrCorrupt too: kring never leaves one, so something else emptied
// it. Then Open runs the pending migrations. The store starts sealed: call
// Init or Unlock.
func Open(dir string, opts Options) (*Store, error) {
	opts = opts.withDefaults()
	if dir == "" {
		return nil, errors.New("store: no directory given")
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, err
	}
	path := filepath.Join(dir, FileName)
	fi, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		if err := create(path, opts); err != nil {
			return nil, err
		}
	case err != nil:
		return nil, err
	case !fi.Mode().IsRegular():
		return nil, fmt.Errorf("%w: %s is not a regular file", ErrCorrupt, path)
	case fi.Size() == 0:
		// kring never leaves an empty file behind (create builds the
		// file aside and links it in whole), so an empty kring.db was
		// emptied by something else. bbolt would silently start a new
		// store in it and the coach would be asked for a new passphrase
		// as if nothing had been lost: say it instead.
		return nil, fmt.Errorf("%w: %s is empty (0 bytes)", ErrCorrupt, path)
	}

	// A linked kring.db is the file it points to: a compaction must
	// replace that file, not the link with a copy beside it.
	if real, err := filepath.EvalSymlinks(path); err == nil {
		path = real
	}

	if err := verify(path, opts); err != nil {
		return nil, err
	}
	db, err := openRW(path, opts)
	if err != nil {
		return nil, err
	}
	if err := migrate(db); err != nil {
		_ = db.Close()
		return nil, writeError(err)
	}
	// We hold the lock now, so no other window is building or compacting.
	removeLeftovers(filepath.Dir(path))
	s := &Store{path: path, opts: opts, db: db}
	if s.compactPending() {
		// A delete could not compact last time (a read-only folder, a
		// full disk): try again. If it fails again the mark stays, and
		// the store is as usable as before.
		if err := s.compact(); err != nil && s.db == nil {
			return nil, err
		}
	}
	return s, nil
}

// Names of the temporary files create and compact write next to the store.
const (
	newPrefix     = FileName + ".new-"
	compactPrefix = FileName + ".compact-"
)

// create builds an empty store at schema version 1 in a temporary file and
// links it into place, so that path either does not exist or holds a
// complete store. If another window created it first, that one is kept.
func create(path string, opts Options) error {
	dir := filepath.Dir(path)
	f, err := opts.files.createTemp(dir, newPrefix+"*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	defer os.Remove(tmp)
	if err := f.Close(); err != nil {
		return err
	}
	db, err := bolt.Open(tmp, 0o600, opts.files.boltOptions(&bolt.Options{Timeout: opts.Timeout}))
	if err != nil {
		return err
	}
	if err := migrate(db); err != nil {
		_ = db.Close()
		return err
	}
	if err := db.Close(); err != nil {
		return err
	}
	// Link, unlike rename, fails if path exists: two windows started at
	// once must not replace each other's file.
	if err := os.Link(tmp, path); err != nil {
		if _, statErr := os.Lstat(path); statErr == nil {
			return nil
		}
		// No hard links here (FAT, some network shares): rename.
		if err := os.Rename(tmp, path); err != nil {
			return err
		}
	}
	syncDir(dir)
	return nil
}

// verify opens the file read-only (a shared lock, no writes) and checks it
// before Open trusts it: the size the meta page claims must fit in the
// file, every reachable page is read once with faults turned into panics
// (a truncated mmap raises SIGBUS, which plain recover cannot catch), then
// bbolt's consistency check runs and the schema version is compared.
//
// Cost, measured with a warm page cache on a store of 10,000 sessions of
// 5 KB (73 MiB): the whole Open takes about 8 ms, tx.Check about 4 ms of
// it (BenchmarkOpen10000, BenchmarkCheckLocked10000). Cold, reading the pages
// costs what reading the file from disk costs.
func verify(path string, opts Options) error {
	var db *bolt.DB
	err := guard(func() (err error) {
		db, err = bolt.Open(path, 0o600, opts.files.boltOptions(&bolt.Options{ReadOnly: true, Timeout: opts.Timeout, MmapFlags: populateFlag}))
		return err
	})
	if err != nil {
		return openError(path, err)
	}
	defer db.Close()
	return guard(func() error {
		return db.View(func(tx *bolt.Tx) error {
			fi, err := os.Stat(path)
			if err != nil {
				return err
			}
			if fi.Size() < tx.Size() {
				return fmt.Errorf("%w: %s is %d bytes but its header needs %d: the file was cut short", ErrCorrupt, path, fi.Size(), tx.Size())
			}
			if err := touchAll(tx); err != nil {
				return err
			}
			if err := checkTx(tx); err != nil {
				return err
			}
			v, err := readVersion(tx)
			if err != nil {
				return err
			}
			if v > SchemaVersion {
				return newerVersion(v)
			}
			return nil
		})
	})
}

// touchAll makes sure that bbolt's Check, which runs in a goroutine of
// its own where a memory fault would kill the program, reads nothing
// outside the file: it walks every bucket here, under guard, reading the
// pages that hold the keys (a page outside the file faults here), and
// checks by address alone that a value lies inside the file's bytes (or
// reads its first and last byte when it does not).
// Check reads keys and page headers, never a value's bytes, so the
// values' own pages (most of a big file: a session is 5 KB) need not be
// read at all; verify's time went with them.
func touchAll(tx *bolt.Tx) error {
	base := tx.DB().Info().Data
	end := base + uintptr(tx.Size())
	var sum byte
	var walk func(b *bolt.Bucket)
	walk = func(b *bolt.Bucket) {
		c := b.Cursor()
		for k, v := c.First(); k != nil; k, v = c.Next() {
			sum ^= k[0] ^ k[len(k)-1]
			if v == nil {
				if sub := b.Bucket(k); sub != nil {
					walk(sub)
				}
			} else if len(v) > 0 {
				// A value inside the file's bytes cannot fault. One
				// elsewhere is bbolt's copy of an unaligned inline
				// bucket, or points past the file: it is read here.
				at := uintptr(unsafe.Pointer(unsafe.SliceData(v)))
				if at < base || at+uintptr(len(v)) > end {
					sum ^= v[0] ^ v[len(v)-1]
				}
			}
		}
	}
	err := tx.ForEach(func(_ []byte, b *bolt.Bucket) error {
		walk(b)
		return nil
	})
	runtime.KeepAlive(sum)
	return err
}

// openRW opens the verified file for reading and writing.
func openRW(path string, opts Options) (*bolt.DB, error) {
	var db *bolt.DB
	err := guard(func() (err error) {
		db, err = bolt.Open(path, 0o600, opts.files.boltOptions(&bolt.Options{Timeout: opts.Timeout}))
		return err
	})
	if err != nil {
		return nil, openError(path, err)
	}
	return db, nil
}

// guard runs fn with memory faults turned into panics and turns any panic
// into ErrCorrupt. It is for reading a file not yet trusted; if bbolt
// panics inside Open, its file handle is left to the garbage collector.
func guard(fn func() error) (err error) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		switch r := recover().(type) {
		case nil:
		case interface{ Addr() uintptr }:
			// A memory fault: the mapped file ends before a page bbolt
			// was told to read, or the disk failed to deliver it.
			err = fmt.Errorf("%w: a page of the file cannot be read (%v)", ErrCorrupt, r)
		default:
			err = fmt.Errorf("%w: reading the file failed: %v", ErrCorrupt, r)
		}
	}()
	return fn()
}

// openError maps what bolt.Open returns to the errors callers test for.
func openError(path string, err error) error {
	switch {
	case errors.Is(err, berrors.ErrTimeout):
		return fmt.Errorf("%w (%s)", ErrLocked, path)
	case errors.Is(err, ErrCorrupt), errors.Is(err, ErrNewerVersion),
		errors.Is(err, fs.ErrPermission), errors.Is(err, fs.ErrNotExist):
		return err
	case errors.Is(err, syscall.EROFS), errors.Is(err, syscall.ENOSPC):
		// The system refused to open the file for writing: a read-only
		// disk or a full one is not damage, and "restore a backup"
		// would be the wrong advice.
		return err
	}
	// The file exists and is ours to read, so what bbolt rejects (bad
	// magic, checksum, version, a file shorter than two pages) is damage.
	return fmt.Errorf("%w: %s: %v", ErrCorrupt, path, err)
}

// removeLeftovers deletes temporary files of a create or compaction that
// was interrupted. The caller holds the store's lock.
func removeLeftovers(dir string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		if n := e.Name(); strings.HasPrefix(n, newPrefix) || strings.HasPrefix(n, compactPrefix) {
			_ = os.Remove(filepath.Join(dir, n))
		}
	}
}

// syncDir makes a rename or link durable. Windows cannot sync a
// directory; there the rename is durable enough, so errors are ignored.
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		_ = d.Sync()
		_ = d.Close()
	}
}
