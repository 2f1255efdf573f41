package store_test

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"kring/store"
)

// tmpfs mounts a small tmpfs for a test, or skips where that is not
// allowed (it needs root; .ci/run runs as root). The fault tests in
// faults_internal_test.go inject the same failures through the file
// layer everywhere; this one makes a real disk full and read-only.
func tmpfs(t *testing.T, size string) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "disk")
	if err := os.Mkdir(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size="+size, "tmpfs", dir).CombinedOutput(); err != nil {
		t.Skipf("cannot mount a tmpfs here: %v %s", err, out)
	}
	t.Cleanup(func() { _ = exec.Command("umount", "-l", dir).Run() })
	return dir
}

func remount(t *testing.T, dir, mode string) {
	t.Helper()
	if out, err := exec.Command("mount", "-o", "remount,"+mode, dir).CombinedOutput(); err != nil {
		t.Fatalf("remount %s: %v %s", mode, err, out)
	}
}

// TestRealFullAndReadOnlyDisk saves onto a disk that is really full, then
// opens the store on a disk that is really read-only.
func TestRealFullAndReadOnlyDisk(t *testing.T) {
	dir := tmpfs(t, "4m")
	s, err := store.Open(dir, testOpts())
	if err != nil {
		t.Fatal(err)
	}
	defer func() { s.Close() }()
	if err := s.Init(pass); err != nil {
		t.Fatal(err)
	}
	sess := example(t)
	id, err := s.Create(sess)
	if err != nil {
		t.Fatal(err)
	}
	before := sess.Label

	// Fill the disk to the last byte.
	filler, err := os.Create(filepath.Join(dir, "filler"))
	if err != nil {
		t.Fatal(err)
	}
	chunk := make([]byte, 64<<10)
	for {
		if _, err := filler.Write(chunk); err != nil {
			if !errors.Is(err, syscall.ENOSPC) {
				t.Fatal(err)
			}
			break
		}
	}
	for len(chunk) > 1 {
		chunk = chunk[:len(chunk)/2]
		_, _ = filler.Write(chunk)
	}
	filler.Close()

	// An edit that needs new pages: long notes on every person.
	sess.Label = "Familie Öztürk, na het gesprek"
	for i := range sess.People {
		sess.People[i].Notes = strings.Repeat("notitie ", 2000)
	}
	err = s.Save(sess)
	if !errors.Is(err, store.ErrNotSaved) || !errors.Is(err, syscall.ENOSPC) {
		t.Fatalf("Save on a full disk: %v; want ErrNotSaved and ENOSPC", err)
	}
	if got, err := s.Get(id); err != nil || got.Label != before {
		t.Fatalf("after the failed save: %v, %v", got, err)
	}
	if err := s.Check(); err != nil {
		t.Fatalf("Check after the failed save: %v", err)
	}
	// Room again: the same edit saves.
	if err := os.Remove(filepath.Join(dir, "filler")); err != nil {
		t.Fatal(err)
	}
	if err := s.Save(sess); err != nil {
		t.Fatalf("Save once there is room: %v", err)
	}
	s.Close()

	remount(t, dir, "ro")
	_, err = store.Open(dir, testOpts())
	if err == nil || errors.Is(err, store.ErrCorrupt) || !errors.Is(err, syscall.EROFS) {
		t.Fatalf("Open on a read-only disk: %v; want EROFS, not ErrCorrupt", err)
	}
	remount(t, dir, "rw")
	s, err = store.Open(dir, testOpts())
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Unlock(pass); err != nil {
		t.Fatal(err)
	}
	if got, err := s.Get(id); err != nil || got.Label != sess.Label {
		t.Fatalf("after the read-only spell: %v, %v", got, err)
	}
	if err := s.Check(); err != nil {
		t.Fatal(err)
	}
}
