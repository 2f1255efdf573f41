package main

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"kring/model"
	"kring/store"
	"kring/ui/i18n"
)

// Faults of issue 14 seen from the command line; each test failed before
// its fix.

// storeWith makes a store in dir through the command line (so it has the
// command line's passphrase) and adds sessions to it directly.
func storeWith(t *testing.T, dir string, sessions ...*model.Session) {
	t.Helper()
	if r := kring(t, dir, nil, "list"); r.code != 0 {
		t.Fatalf("list on a new store: %+v", r)
	}
	st, err := store.Open(dir, store.Options{KDF: testKDF})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if err := st.Unlock([]byte(testPass)); err != nil {
		t.Fatal(err)
	}
	for _, s := range sessions {
		if _, err := st.Create(s); err != nil {
			t.Fatal(err)
		}
	}
}

func session(label string) *model.Session {
	return &model.Session{Label: label, Created: time.Date(2026, 10, 5, 9, 0, 0, 0, time.UTC)}
}

// Fault 9: kring list printed a stored label's escape sequences raw.
func TestListCleansLabels(t *testing.T) {
	dir := t.TempDir()
	storeWith(t, dir, session("Familie \x1b]0;gekaapt\x07Jansen\x1b[2J\u202e"))
	r := kring(t, dir, nil, "list")
	if r.code != 0 {
		t.Fatalf("list: %+v", r)
	}
	if strings.ContainsAny(r.stdout, "\x1b\x07\u202e") {
		t.Errorf("list printed control characters: %q", r.stdout)
	}
	if !strings.Contains(r.stdout, "Jansen") {
		t.Errorf("list lost the label: %q", r.stdout)
	}
}

// Fault 2: one summary that cannot be opened hid every session.
func TestListShowsTheRestPastADamagedEntry(t *testing.T) {
	dir := t.TempDir()
	storeWith(t, dir, session("Familie Öztürk"), session("Familie Bakker"))
	db, err := bolt.Open(filepath.Join(dir, store.FileName), 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket([]byte("summaries"))
		key := binary.BigEndian.AppendUint64(nil, 1)
		v := append([]byte(nil), b.Get(key)...)
		v[len(v)-1] ^= 1
		return b.Put(key, v)
	})
	db.Close()
	if err != nil {
		t.Fatal(err)
	}
	r := kring(t, dir, nil, "list")
	if r.code != exitError {
		t.Errorf("list with a damaged entry: exit %d, want 1", r.code)
	}
	if !strings.Contains(r.stdout, "Familie Bakker") {
		t.Errorf("list hid the intact session: stdout %q", r.stdout)
	}
	if strings.Contains(r.stdout, "Öztürk") {
		t.Errorf("list showed the damaged one: %q", r.stdout)
	}
	oneLine(t, r.stderr)
	if !strings.Contains(r.stderr, "1") {
		t.Errorf("the message does not name session 1: %q", r.stderr)
	}
	// check finds it as well.
	if c := kring(t, dir, nil, "check"); c.code != exitError {
		t.Errorf("check of a damaged entry: %+v", c)
	}
}

// Each failure of the disk has its own message in both languages, and
// none of them sends the coach to a backup of an intact store. The errors
// are built as the store returns them (see store's TestSaveFaults).
func TestFileFaultMessages(t *testing.T) {
	write := fmt.Errorf("%w: %w", store.ErrNotSaved, &fs.PathError{Op: "write", Path: "kring.db", Err: syscall.EBADF})
	sync := fmt.Errorf("%w: %w: %w", store.ErrNotSaved, store.ErrSync, syscall.EIO)
	full := fmt.Errorf("%w: %w", store.ErrNotSaved, &fs.PathError{Op: "write", Path: "kring.db", Err: syscall.ENOSPC})
	roSave := fmt.Errorf("%w: %w", store.ErrNotSaved, &fs.PathError{Op: "write", Path: "kring.db", Err: syscall.EROFS})
	roOpen := &fs.PathError{Op: "open", Path: "/media/stick/kring.db", Err: syscall.EROFS}
	notCompacted := &store.NotCompactedError{ID: "4", Err: &fs.PathError{Op: "open", Path: "x", Err: syscall.EROFS}}
	damaged := &store.DamagedError{IDs: []string{"2", "7"}}
	for _, lang := range []i18n.Lang{i18n.NL, i18n.EN} {
		cat := i18n.New(lang)
		seen := map[string]string{}
		for name, err := range map[string]error{"write": write, "sync": sync, "full": full, "read-only save": roSave, "read-only open": roOpen, "not compacted": notCompacted, "damaged": damaged} {
			msg := message(cat, err, "/data/kring.db")
			if other, dup := seen[msg]; dup {
				t.Errorf("%s: %s and %s say the same: %q", lang, name, other, msg)
			}
			seen[msg] = name
			if strings.Contains(msg, "Something went wrong") || strings.Contains(msg, "Er ging iets mis") {
				t.Errorf("%s: %s has no message of its own: %q", lang, name, msg)
			}
			if name != "damaged" && (strings.Contains(msg, "damaged in") || strings.Contains(msg, "beschadigd bij") || strings.Contains(msg, cat.T("err.corrupt", "/data/kring.db"))) {
				t.Errorf("%s: %s is called damage: %q", lang, name, msg)
			}
		}
		if msg := message(cat, damaged, "/data/kring.db"); !strings.Contains(msg, "2, 7") {
			t.Errorf("%s: the damaged sessions are not named: %q", lang, msg)
		}
	}
}

// Fault 8: a new store took any passphrase of eight characters.
func TestWeakPassphraseRefused(t *testing.T) {
	dir := t.TempDir()
	r := kring(t, dir, map[string]string{"KRING_PASSPHRASE": "Welkom01"}, "list")
	if r.code != exitError || !strings.Contains(r.stderr, "too easy to guess") {
		t.Errorf("a new store with passphrase Welkom01: %+v", r)
	}
	oneLine(t, r.stderr)
	nl := kring(t, t.TempDir(), map[string]string{"KRING_PASSPHRASE": "Welkom01", "KRING_LANG": "nl"}, "list")
	if !strings.Contains(nl.stderr, "te makkelijk te raden") {
		t.Errorf("Dutch: %q", nl.stderr)
	}
	if r := kring(t, dir, nil, "list"); r.code != 0 {
		t.Errorf("the refused passphrase left a store behind that the next one cannot open: %+v", r)
	}
}

// Fault 10: no size limits; a file with a million people imported.
func TestImportLimits(t *testing.T) {
	data, err := os.ReadFile(example(t))
	if err != nil {
		t.Fatal(err)
	}
	var doc map[string]any
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	sess := doc["session"].(map[string]any)
	people := sess["people"].([]any)
	first := people[0].(map[string]any)
	for i := len(people); i <= model.MaxPeople; i++ {
		p := maps.Clone(first)
		p["id"] = fmt.Sprintf("extra%d", i)
		people = append(people, p)
	}
	sess["people"] = people
	many, _ := json.Marshal(doc)
	dir := t.TempDir()
	path := filepath.Join(dir, "many.json")
	if err := os.WriteFile(path, many, 0o600); err != nil {
		t.Fatal(err)
	}
	r := kring(t, dir, nil, "import", path)
	if r.code != exitError || !strings.Contains(r.stderr, "people") || !strings.Contains(r.stderr, "500") {
		t.Errorf("import of %d people: %+v", len(people), r)
	}
	oneLine(t, r.stderr)

	// A file over the size bound is refused before it is read, even when
	// it is valid JSON (here padded with spaces).
	big := append(bytes.Repeat([]byte(" "), model.MaxFileBytes), data...)
	if err := os.WriteFile(path, big, 0o600); err != nil {
		t.Fatal(err)
	}
	r = kring(t, dir, nil, "import", path)
	if r.code != exitError || !strings.Contains(r.stderr, "4 MB") {
		t.Errorf("import of a %d-byte file: %+v", len(big), r)
	}
	if l := kring(t, dir, nil, "list"); strings.TrimSpace(l.stdout) != "" {
		t.Errorf("something was imported: %q", l.stdout)
	}
}
