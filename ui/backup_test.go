package ui

import (
	"errors"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// backupStore is the fake store with a Backup, as kring's store has.
type backupStore struct {
	*fakeStore
	mu    sync.Mutex
	paths []string
	err   error
}

func (b *backupStore) Backup(path string) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.paths = append(b.paths, path)
	return b.err
}

// Fault 11 of issue 14: no backup while the TUI was open (the command
// line gets "locked"). b on the session list makes one, next to the
// exports, with the date and time in its name.
func TestBackupFromSessionList(t *testing.T) {
	runApp(t, setup{store: listStore(t)}, func(t *testing.T, d *driver) {
		bs := &backupStore{fakeStore: d.store}
		d.app.store = bs
		d.app.opts.ExportDir = "/home/coach"
		d.press("b")
		if len(bs.paths) != 1 {
			t.Fatalf("b made %d backups, want 1", len(bs.paths))
		}
		p := bs.paths[0]
		if filepath.Dir(p) != "/home/coach" || !strings.HasPrefix(filepath.Base(p), "kring-backup-2026-") || !strings.HasSuffix(p, ".db") {
			t.Errorf("backup path %q", p)
		}
		d.requireView(d.app.c.T("sessions.backup_done", p))
		d.press("?")
		d.requireView(d.app.c.T("key.backup"))
		d.press("?")

		bs.err = errors.New("the disk is full.")
		d.press("b")
		d.requireView(d.app.c.T("sessions.backup_error", "the disk is full."))
		if !d.app.statusErr {
			t.Error("a failed backup is not shown as an error")
		}
		// While the filter is typed, b is a letter.
		d.press("/", "b")
		if len(bs.paths) != 2 {
			t.Errorf("b while filtering made a backup")
		}
	})
}
