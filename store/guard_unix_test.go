//go:build unix

package store

import (
	"errors"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// TestGuardCatchesSIGBUS reads a mapped page past the end of a file, which
// raises SIGBUS as a truncated store would: guard must turn it into
// ErrCorrupt instead of letting the runtime kill the program.
func TestGuardCatchesSIGBUS(t *testing.T) {
	page := os.Getpagesize()
	f, err := os.Create(filepath.Join(t.TempDir(), "short"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := f.Truncate(int64(page)); err != nil {
		t.Fatal(err)
	}
	m, err := syscall.Mmap(int(f.Fd()), 0, 4*page, syscall.PROT_READ, syscall.MAP_SHARED)
	if err != nil {
		t.Fatal(err)
	}
	defer syscall.Munmap(m)
	var b byte
	err = guard(func() error {
		b = m[2*page]
		return nil
	})
	if !errors.Is(err, ErrCorrupt) {
		t.Fatalf("guard: %v (read %d), want ErrCorrupt", err, b)
	}
	t.Log(err)
}
