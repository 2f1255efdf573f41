package store

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"

	"kring/model"
)

// Fault injection through the file layer: each failure the system can
// give a write has its own error, loses nothing already saved, and leaves
// a file that opens and passes Check.

var testPass = []byte("correct horse battery staple")

func exampleSession(t *testing.T) *model.Session {
	t.Helper()
	data, err := os.ReadFile("../model/testdata/example-case.json")
	if err != nil {
		t.Fatal(err)
	}
	s, err := model.Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// faultyStore makes a store with one session, closes it and opens it again
// through files; broken turns the fault on.
func faultyStore(t *testing.T, files *fileLayer) (s *Store, dir string, sess *model.Session) {
	t.Helper()
	dir = t.TempDir()
	s, err := Open(dir, Options{KDF: TestKDF})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Init(testPass); err != nil {
		t.Fatal(err)
	}
	sess = exampleSession(t)
	if _, err := s.Create(sess); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s, err = Open(dir, Options{KDF: TestKDF, files: files})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if err := s.Unlock(testPass); err != nil {
		t.Fatal(err)
	}
	return s, dir, sess
}

// intactAfter checks that the file still holds the session as last saved
// and passes Check, in this store and opened afresh without faults.
func intactAfter(t *testing.T, s *Store, dir string, want string) {
	t.Helper()
	if got, err := s.Get("1"); err != nil || got.Label != want {
		t.Errorf("after the fault: %v, %v; want label %q", label(got), err, want)
	}
	if err := s.Check(); err != nil {
		t.Errorf("Check after the fault: %v", err)
	}
	s.Close()
	s2, err := Open(dir, Options{KDF: TestKDF})
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	if err := s2.Unlock(testPass); err != nil {
		t.Fatal(err)
	}
	if err := s2.Check(); err != nil {
		t.Errorf("Check after reopening: %v", err)
	}
	if got, err := s2.Get("1"); err != nil || got.Label != want {
		t.Errorf("reopened: %v, %v; want label %q", label(got), err, want)
	}
}

func label(s *model.Session) string {
	if s == nil {
		return ""
	}
	return s.Label
}

// failingCommit is a file layer whose commits fail with err while on is set.
func failingCommit(on *atomic.Bool, err error) *fileLayer {
	f := *osFiles
	f.commit = func() error {
		if on.Load() {
			return err
		}
		return nil
	}
	return &f
}

func TestSaveFaults(t *testing.T) {
	for _, tt := range []struct {
		name  string
		files func(on *atomic.Bool) *fileLayer
		is    []error
		isnt  []error
	}{
		{
			// The store file opened without write access: bbolt's page
			// writes fail for real (EBADF).
			name: "failing write",
			files: func(on *atomic.Bool) *fileLayer {
				f := *osFiles
				f.openFile = func(name string, flag int, perm os.FileMode) (*os.File, error) {
					if on.Load() && filepath.Base(name) == FileName {
						flag &^= os.O_RDWR | os.O_WRONLY | os.O_CREATE
					}
					return os.OpenFile(name, flag, perm)
				}
				return &f
			},
			is:   []error{ErrNotSaved},
			isnt: []error{ErrSync, ErrCorrupt, syscall.ENOSPC},
		},
		{
			// bbolt returns a failed fdatasync as a bare errno.
			name:  "failing sync",
			files: func(on *atomic.Bool) *fileLayer { return failingCommit(on, syscall.EIO) },
			is:    []error{ErrNotSaved, ErrSync},
			isnt:  []error{ErrCorrupt},
		},
		{
			name: "full disk",
			files: func(on *atomic.Bool) *fileLayer {
				return failingCommit(on, &fs.PathError{Op: "write", Path: FileName, Err: syscall.ENOSPC})
			},
			is:   []error{ErrNotSaved, syscall.ENOSPC},
			isnt: []error{ErrSync, ErrCorrupt},
		},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var on atomic.Bool
			// The fault is on from the reopen: a failing write must also
			// not stop the store from opening.
			on.Store(true)
			s, dir, sess := faultyStore(t, tt.files(&on))
			saved := sess.Label
			sess.Label = "Familie Öztürk, na de pauze"
			err := s.Save(sess)
			if err == nil {
				t.Fatal("Save succeeded through the fault")
			}
			for _, e := range tt.is {
				if !errors.Is(err, e) {
					t.Errorf("Save: %v; want it to be %v", err, e)
				}
			}
			for _, e := range tt.isnt {
				if errors.Is(err, e) {
					t.Errorf("Save: %v; must not be %v", err, e)
				}
			}
			// The caller still holds the edit; once the fault is gone,
			// saving it again works.
			intactAfter(t, s, dir, saved)
		})
	}
}

// TestRetryAfterFault saves the edit that failed once the disk is back.
func TestRetryAfterFault(t *testing.T) {
	var on atomic.Bool
	on.Store(true)
	s, _, sess := faultyStore(t, failingCommit(&on, &fs.PathError{Op: "write", Path: FileName, Err: syscall.ENOSPC}))
	sess.Label = "Familie Jansen-de Vries"
	if err := s.Save(sess); err == nil {
		t.Fatal("Save succeeded on a full disk")
	}
	on.Store(false)
	if err := s.Save(sess); err != nil {
		t.Fatal(err)
	}
	if got, err := s.Get("1"); err != nil || got.Label != sess.Label {
		t.Errorf("after the retry: %v, %v", label(got), err)
	}
}

// readOnlyFolder refuses to make files, as a read-only folder or disk does.
func readOnlyFolder(on *atomic.Bool) *fileLayer {
	f := *osFiles
	f.createTemp = func(dir, pattern string) (*os.File, error) {
		if on.Load() {
			return nil, &fs.PathError{Op: "open", Path: filepath.Join(dir, pattern), Err: syscall.EROFS}
		}
		return os.CreateTemp(dir, pattern)
	}
	return &f
}

// Fault 4: a delete whose compaction failed said only "failed", although
// the session was gone, and its ciphertext stayed in the free pages.
func TestDeleteCompactionFails(t *testing.T) {
	var on atomic.Bool
	on.Store(true)
	s, dir, _ := faultyStore(t, readOnlyFolder(&on))
	// Saving works in a read-only folder: the file itself is open.
	keep := exampleSession(t)
	keep.Label = "Familie Bakker"
	if _, err := s.Create(keep); err != nil {
		t.Fatal(err)
	}
	chunk := s.RawValue("sessions", "1")[100:132]
	err := s.Delete("1")
	var nc *NotCompactedError
	if !errors.As(err, &nc) || nc.ID != "1" || !errors.Is(err, syscall.EROFS) {
		t.Fatalf("Delete with a failing compaction: %v; want a NotCompactedError for 1 that keeps the reason", err)
	}
	if _, err := s.Get("1"); !errors.Is(err, ErrNotFound) {
		t.Errorf("the deleted session is still there: %v", err)
	}
	// Backup in a read-only folder says so too.
	if err := s.Backup(filepath.Join(dir, "copy.db")); !errors.Is(err, syscall.EROFS) {
		t.Errorf("Backup into a read-only folder: %v", err)
	}
	path := s.Path()
	s.Close()
	if !bytes.Contains(readAll(t, path), chunk) {
		t.Log("note: bbolt reused the freed page; the test below still holds")
	}
	// The folder is writable again: the next Open finishes the job.
	s2, err := Open(dir, Options{KDF: TestKDF})
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	if bytes.Contains(readAll(t, path), chunk) {
		t.Error("the deleted session's ciphertext is still in the file after reopening")
	}
	if s2.compactPending() {
		t.Error("the compaction is still marked as owed")
	}
	if err := s2.Unlock(testPass); err != nil {
		t.Fatal(err)
	}
	if err := s2.Check(); err != nil {
		t.Error(err)
	}
	if l, err := s2.List(); err != nil || len(l) != 1 || l[0].Label != keep.Label {
		t.Errorf("List after the owed compaction: %v, %v", l, err)
	}
}

func readAll(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// Fault 3: a read-only disk was reported as a damaged store, and the
// advice to restore a backup could overwrite an intact store.
func TestReadOnlyDiskIsNotDamage(t *testing.T) {
	err := openError("kring.db", &fs.PathError{Op: "open", Path: "kring.db", Err: syscall.EROFS})
	if errors.Is(err, ErrCorrupt) || !errors.Is(err, syscall.EROFS) {
		t.Errorf("openError of a read-only disk: %v", err)
	}
	dir := t.TempDir()
	s, err := Open(dir, Options{KDF: TestKDF})
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	ro := *osFiles
	ro.openFile = func(name string, flag int, perm os.FileMode) (*os.File, error) {
		if flag&(os.O_RDWR|os.O_WRONLY) != 0 {
			return nil, &fs.PathError{Op: "open", Path: name, Err: syscall.EROFS}
		}
		return os.OpenFile(name, flag, perm)
	}
	_, err = Open(dir, Options{KDF: TestKDF, files: &ro})
	if err == nil || errors.Is(err, ErrCorrupt) || !errors.Is(err, syscall.EROFS) {
		t.Errorf("Open on a read-only disk: %v; want the system's EROFS, not ErrCorrupt", err)
	}
	if msg := err.Error(); strings.Contains(msg, "damaged") {
		t.Errorf("message says damaged: %q", msg)
	}
}
