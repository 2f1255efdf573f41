package main

import (
	"crypto/rand"
	"embed"
	"encoding/hex"
	"os"
	"path"

	"kring/model"
	"kring/store"
	"kring/ui/i18n"
)

// demoFiles are fictional families for training: the Sonestra way of
// working can be shown on them without anyone's real data.
//
//go:embed demodata/*.json
var demoFiles embed.FS

// runDemo opens the fictional families in a store of their own, in a
// temporary folder that is removed when the program ends: nothing typed
// during a training stays on the laptop, and the coach's own store is
// never touched. The store is sealed with a random key that nobody needs
// to type; the screen never locks, as there would be no passphrase to
// type back. present is the trainer's presentation mode (--present).
func runDemo(cat i18n.Catalog, env environ, std stdio, cfg config, present bool) error {
	dir, err := os.MkdirTemp("", "kring-demo-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	st, err := store.Open(dir, store.Options{KDF: cfg.kdf})
	if err != nil {
		return err
	}
	defer st.Close()
	key := make([]byte, 32)
	if _, err := rand.Read(key); err != nil {
		return err
	}
	pass := []byte(hex.EncodeToString(key))
	defer wipe(pass)
	if err := st.Init(pass); err != nil {
		return err
	}
	if err := seedDemo(st); err != nil {
		return err
	}
	if cfg.tui == nil {
		return nil
	}
	return cfg.tui(st, cat, env, std, tuiOptions{idle: -1, demo: true, present: present})
}

// seedDemo puts every demo family in the store, each marked as demo.
func seedDemo(st *store.Store) error {
	entries, err := demoFiles.ReadDir("demodata")
	if err != nil {
		return err
	}
	for _, e := range entries {
		data, err := demoFiles.ReadFile(path.Join("demodata", e.Name()))
		if err != nil {
			return err
		}
		s, err := model.Decode(data)
		if err != nil {
			return err
		}
		s.ID, s.Demo = "", true
		if _, err := st.Create(s); err != nil {
			return err
		}
	}
	return nil
}
