package main

import (
	"errors"
	"os"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"

	"kring/store"
	"kring/ui"
	"kring/ui/i18n"
)

var errBadLockAfter = errors.New("bad lock-after")

// lockAfter reads the idle time before the screen locks: --lock-after,
// else KRING_LOCK_AFTER, else ten minutes. "off" never locks, for a
// training room's projector.
func lockAfter(flagVal string, env environ) (time.Duration, error) {
	v := flagVal
	if v == "" {
		v = env.get("KRING_LOCK_AFTER")
	}
	switch strings.TrimSpace(v) {
	case "":
		return ui.DefaultIdleLock, nil
	case "off", "0":
		return -1, nil
	}
	d, err := time.ParseDuration(v)
	if err != nil || d < time.Minute {
		return 0, errBadLockAfter
	}
	return d, nil
}

// exportDir is where the TUI proposes to put exported files: the home
// folder, which a coach can find again, unlike the folder a shortcut
// happened to start kring in.
func exportDir() string {
	if h, err := os.UserHomeDir(); err == nil {
		return h
	}
	return "."
}

// tuiOptions are what the full-screen program gets beyond the store.
type tuiOptions struct {
	idle    time.Duration
	demo    bool
	present bool
}

// runTUI runs the full-screen program on the terminal.
func runTUI(st *store.Store, cat i18n.Catalog, env environ, std stdio, o tuiOptions) error {
	app := ui.New(ui.Options{
		Store:         st,
		Lang:          cat.Lang(),
		Unlocked:      st.Unlocked(),
		Initialized:   st.Initialized(),
		IdleLock:      o.idle,
		Demo:          o.demo,
		Present:       o.present,
		MinPassphrase: minPassphrase,
		NoColor:       env.get("NO_COLOR") != "",
		Explain:       func(err error) string { return message(cat, err, st.Path()) },
		Export:        exportWriter(st.Path()),
		ExportDir:     exportDir(),
	})
	_, err := tea.NewProgram(app, tea.WithOutput(std.out)).Run()
	return err
}
