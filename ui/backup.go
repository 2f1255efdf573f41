package ui

import (
	"errors"
	"path/filepath"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// Backuper is a Store that can copy itself while open (kring's store
// can). The command line's kring backup cannot reach a store that this
// window holds, so the session list offers it.
type Backuper interface {
	Backup(path string) error
}

// errNoBackup is the answer of a store that cannot back itself up.
var errNoBackup = errors.New("this store cannot make a backup")

// backupDoneMsg is the result of a backup from the session list.
type backupDoneMsg struct {
	path string
	err  error
}

// newBackupKey is b on the session list. It shadows the list's own b
// (page back), which left, h, pgup and u still do.
func newBackupKey(c *Common) key.Binding {
	return key.NewBinding(key.WithKeys("b"), key.WithHelp("b", c.T("key.backup")))
}

// backupFromList copies the whole (encrypted) store into the export
// folder, named with the date and time, never a family's name; it
// opens with the passphrase the store has now.
func (a *App) backupFromList() tea.Cmd {
	dir := a.opts.ExportDir
	if dir == "" {
		dir = "."
	}
	path := filepath.Join(dir, "kring-backup-"+a.c.Now().In(a.c.Loc).Format("2006-01-02-150405")+".db")
	st := a.store
	return func() tea.Msg {
		b, ok := st.(Backuper)
		if !ok {
			return backupDoneMsg{path: path, err: errNoBackup}
		}
		return backupDoneMsg{path: path, err: b.Backup(path)}
	}
}

func (a *App) backupDone(msg backupDoneMsg) tea.Cmd {
	if msg.err != nil {
		a.status, a.statusErr = a.c.T("sessions.backup_error", a.opts.Explain(msg.err)), true
	} else {
		a.status, a.statusErr = a.c.T("sessions.backup_done", msg.path), false
	}
	return nil
}
