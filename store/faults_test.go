package store_test

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"

	"kring/model"
	"kring/store"
)

// The tests in this file each pin one fault found by attacking the store
// (issue 14); each failed on the code before its fix.

// Fault 1: check said "intact" while a session could not be read, because
// it read the structure and the summaries, never the sessions.
func TestCheckOpensEverySession(t *testing.T) {
	s, _ := newStore(t)
	id, err := s.Create(example(t))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Create(example(t)); err != nil {
		t.Fatal(err)
	}
	v := s.RawValue("sessions", id)
	clear(v[len(v)/2 : len(v)/2+64])
	if err := s.RawPut("sessions", id, v); err != nil {
		t.Fatal(err)
	}
	err = s.Check()
	if !errors.Is(err, store.ErrCorrupt) {
		t.Fatalf("Check of a store with an unreadable session: %v, want ErrCorrupt", err)
	}
	if !strings.Contains(err.Error(), "sessions "+id) {
		t.Errorf("Check does not name session %s: %v", id, err)
	}
	if l, err := s.List(); err != nil || len(l) != 2 {
		t.Errorf("the summaries are intact, yet List gives %v, %v", l, err)
	}
}

// Fault 7: a record replaced by an old copy of itself, or a deleted
// session put back, opened as if nothing happened.
func TestRollbackDetected(t *testing.T) {
	s, _ := newStore(t)
	sess := example(t)
	id, err := s.Create(sess)
	if err != nil {
		t.Fatal(err)
	}
	other, err := s.Create(example(t))
	if err != nil {
		t.Fatal(err)
	}
	oldVal, oldSum := s.RawValue("sessions", id), s.RawValue("summaries", id)
	sess.Label = "Familie Nguyễn, na het gesprek"
	if err := s.Save(sess); err != nil {
		t.Fatal(err)
	}
	if err := s.RawPut("sessions", id, oldVal); err != nil {
		t.Fatal(err)
	}
	if err := s.RawPut("summaries", id, oldSum); err != nil {
		t.Fatal(err)
	}
	if got, err := s.Get(id); !errors.Is(err, store.ErrCorrupt) {
		t.Errorf("Get of a rolled-back session: label %q, %v; want ErrCorrupt", label(got), err)
	}
	if err := s.Check(); !errors.Is(err, store.ErrCorrupt) {
		t.Errorf("Check of a rolled-back session: %v, want ErrCorrupt", err)
	}
	l, err := s.List()
	if !errors.Is(err, store.ErrCorrupt) || len(l) != 1 || l[0].ID != other {
		t.Errorf("List: %v, %v; want only session %s and an error naming %s", l, err, other, id)
	}
}

func TestResurrectionDetected(t *testing.T) {
	s, _ := newStore(t)
	id, err := s.Create(example(t))
	if err != nil {
		t.Fatal(err)
	}
	val, sum := s.RawValue("sessions", id), s.RawValue("summaries", id)
	if err := s.Delete(id); err != nil {
		t.Fatal(err)
	}
	if err := s.RawPut("sessions", id, val); err != nil {
		t.Fatal(err)
	}
	if err := s.RawPut("summaries", id, sum); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Get(id); !errors.Is(err, store.ErrCorrupt) {
		t.Errorf("Get of a deleted session put back: %v, want ErrCorrupt", err)
	}
	if l, err := s.List(); len(l) != 0 || !errors.Is(err, store.ErrCorrupt) {
		t.Errorf("List shows a deleted session put back: %v, %v", l, err)
	}
	if err := s.Check(); !errors.Is(err, store.ErrCorrupt) {
		t.Errorf("Check of a deleted session put back: %v, want ErrCorrupt", err)
	}
}

// Removing a session's records (rather than putting old ones back) is
// found too: the manifest still lists it.
func TestRemovedRecordDetected(t *testing.T) {
	s, _ := newStore(t)
	id, err := s.Create(example(t))
	if err != nil {
		t.Fatal(err)
	}
	if err := s.RawDelete(id); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Get(id); !errors.Is(err, store.ErrCorrupt) {
		t.Errorf("Get of a session whose records were removed: %v, want ErrCorrupt", err)
	}
	if err := s.Check(); !errors.Is(err, store.ErrCorrupt) {
		t.Errorf("Check: %v, want ErrCorrupt", err)
	}
}

func label(s *model.Session) string {
	if s == nil {
		return ""
	}
	return s.Label
}

// Fault 5: delete's compaction renamed its copy over a symlinked kring.db,
// so the link became a file and the target kept the deleted session.
func TestSymlinkedStoreDelete(t *testing.T) {
	realDir, linkDir := t.TempDir(), t.TempDir()
	s, err := store.Open(realDir, testOpts())
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Init(pass); err != nil {
		t.Fatal(err)
	}
	s.Close()
	target := filepath.Join(realDir, store.FileName)
	link := filepath.Join(linkDir, store.FileName)
	if err := os.Symlink(target, link); err != nil {
		t.Skip("no symlinks here:", err)
	}
	s, err = store.Open(linkDir, testOpts())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := s.Unlock(pass); err != nil {
		t.Fatal(err)
	}
	gone := example(t)
	id, err := s.Create(gone)
	if err != nil {
		t.Fatal(err)
	}
	chunk := s.RawValue("sessions", id)[100:132]
	if err := s.Delete(id); err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Fatalf("kring.db is no longer a link after Delete: %v, %v", fi.Mode(), err)
	}
	if bytes.Contains(readFile(t, target), chunk) {
		t.Error("the link's target still holds the deleted session")
	}
	if _, err := s.Create(example(t)); err != nil {
		t.Fatal(err)
	}
}

// Fault 12: a version-0 file with buckets gave "bucket already exists".
func TestVersionZeroWithBuckets(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, store.FileName)
	db, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		for _, n := range []string{"meta", "sessions"} {
			if _, err := tx.CreateBucket([]byte(n)); err != nil {
				return err
			}
		}
		return tx.Bucket([]byte("meta")).Put([]byte("version"), binary.BigEndian.AppendUint64(nil, 0))
	})
	db.Close()
	if err != nil {
		t.Fatal(err)
	}
	before := readFile(t, path)
	s, err := store.Open(dir, testOpts())
	if err == nil {
		s.Close()
		t.Fatal("opened a version-0 file that has buckets")
	}
	if !errors.Is(err, store.ErrCorrupt) || strings.Contains(err.Error(), "already exists") {
		t.Errorf("Open: %v; want ErrCorrupt that says what is wrong", err)
	}
	if !bytes.Equal(before, readFile(t, path)) {
		t.Error("Open changed the file")
	}
}

// TestMigration1To2 opens a store written by kring with schema 1
// (testdata/schema1.db: three example sessions, the second deleted,
// passphrase pass, the test KDF), which has no generations and no
// manifest.
func TestMigration1To2(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, store.FileName)
	if err := os.WriteFile(path, readFile(t, "testdata/schema1.db"), 0o600); err != nil {
		t.Fatal(err)
	}
	s, err := store.Open(dir, testOpts())
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Unlock(pass); err != nil {
		t.Fatal(err)
	}
	l, err := s.List()
	if err != nil || len(l) != 2 || l[0].ID != "1" || l[1].ID != "3" {
		t.Fatalf("List after migration: %v, %v", l, err)
	}
	sess, err := s.Get("1")
	if err != nil {
		t.Fatal(err)
	}
	// The file holds the example case as it was when the file was made
	// (testdata/schema1-example.json); read as the screens read a
	// session (Normalize), it gets the defaults of fields added since.
	want, err := model.Decode(readFile(t, "testdata/schema1-example.json"))
	if err != nil {
		t.Fatal(err)
	}
	want.ID = "1"
	sess.Normalize()
	if encode(t, sess) != encode(t, want) {
		t.Error("session 1 changed in the migration")
	}
	if err := s.Check(); err != nil {
		t.Fatal(err)
	}
	// An old (generation 0) record put back over a saved one is found.
	old := s.RawValue("sessions", "1")
	if err := s.Save(sess); err != nil {
		t.Fatal(err)
	}
	if err := s.RawPut("sessions", "1", old); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Get("1"); !errors.Is(err, store.ErrCorrupt) {
		t.Errorf("Get of a generation-0 record put back after a save: %v", err)
	}
	s.Close()
	if v := readVersion(t, path); v != store.SchemaVersion {
		t.Errorf("version %d after migration, want %d", v, store.SchemaVersion)
	}
}

// setKDF rewrites the plaintext KDF parameters of a closed store.
func setKDF(t *testing.T, path string, tm, mKiB uint32, p uint8) {
	t.Helper()
	db, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	err = db.Update(func(tx *bolt.Tx) error {
		m := tx.Bucket([]byte("meta"))
		var rec map[string]any
		if err := json.Unmarshal(m.Get([]byte("kdf")), &rec); err != nil {
			return err
		}
		rec["t"], rec["m"], rec["p"] = tm, mKiB, p
		b, err := json.Marshal(rec)
		if err != nil {
			return err
		}
		return m.Put([]byte("kdf"), b)
	})
	if err != nil {
		t.Fatal(err)
	}
}

// Fault 8: the key derivation settings in the file were trusted up to
// t=64, m=1 GiB, p=255 (248 s and 1 GB before "wrong passphrase"). Now
// each may be at most four times the default, the cost (t x m) too, and
// Unlock refuses a file outside them before deriving anything. The first
// case is cheap enough to run on the old code, which derived a key and
// said "wrong passphrase".
func TestKDFBounds(t *testing.T) {
	for _, c := range []struct {
		tm   uint32
		mKiB uint32
		p    uint8
	}{
		{13, 8 << 10, 1},    // too many passes
		{64, 1 << 20, 255},  // the values of the attack
		{3, 769 << 10, 4},   // too much memory
		{3, 192 << 10, 17},  // too many lanes
		{12, 768 << 10, 16}, // each at its bound, the cost 16 times
	} {
		s, dir := newStore(t)
		s.Close()
		path := filepath.Join(dir, store.FileName)
		setKDF(t, path, c.tm, c.mKiB, c.p)
		s, err := store.Open(dir, testOpts())
		if err != nil {
			t.Fatal(err)
		}
		err = s.Unlock(pass)
		s.Close()
		if !errors.Is(err, store.ErrKDFTooCostly) {
			t.Errorf("t=%d m=%d KiB p=%d: Unlock gave %v, want ErrKDFTooCostly", c.tm, c.mKiB, c.p, err)
		}
	}
	// The defaults, and a file at four times the default cost, still open.
	s, err := store.Open(t.TempDir(), store.Options{KDF: store.KDFParams{Time: 12, MemoryKiB: 8 << 10, Threads: 16}})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := s.Init(pass); err != nil {
		t.Errorf("Init at the bounds: %v", err)
	}
}

// Fault 8: a passphrase of eight characters was accepted without a
// strength check; the offline guessing it invites is the realistic risk.
func TestWeakPassphraseRefused(t *testing.T) {
	for _, weak := range []string{"Welkom01", "wachtwoord", "P@ssw0rd1", "kring2026!", "aaaaaaaaaaaaaaaaaaaa"} {
		s, err := store.Open(t.TempDir(), testOpts())
		if err != nil {
			t.Fatal(err)
		}
		if err := s.Init([]byte(weak)); !errors.Is(err, store.ErrWeakPassphrase) {
			t.Errorf("Init(%q): %v, want ErrWeakPassphrase", weak, err)
		}
		if s.Initialized() {
			t.Errorf("Init(%q) left a key in the file", weak)
		}
		s.Close()
	}
	s, _ := newStore(t)
	if err := s.ChangePassphrase(pass, []byte("Welkom01")); !errors.Is(err, store.ErrWeakPassphrase) {
		t.Errorf("ChangePassphrase to a weak one: %v", err)
	}
	for _, strong := range []string{"fiets-tafel-wolk-noord", string(pass)} {
		if err := store.CheckPassphrase([]byte(strong)); err != nil {
			t.Errorf("CheckPassphrase(%q): %v", strong, err)
		}
	}
}

// Fault 6 (the store's part): a change sealed aside before Lock opens
// again after Unlock, and not while locked.
func TestSealAside(t *testing.T) {
	s, _ := newStore(t)
	sess := example(t)
	if _, err := s.Create(sess); err != nil {
		t.Fatal(err)
	}
	sess.Label = "Familie Nguyễn, niet opgeslagen"
	sealed, err := s.SealAside(sess)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(sealed, []byte("Nguy")) {
		t.Error("the change kept aside is readable")
	}
	s.Lock()
	if _, err := s.OpenAside(sealed); !errors.Is(err, store.ErrSealed) {
		t.Errorf("OpenAside while locked: %v", err)
	}
	if err := s.Unlock(pass); err != nil {
		t.Fatal(err)
	}
	got, err := s.OpenAside(sealed)
	if err != nil || got.Label != sess.Label {
		t.Fatalf("OpenAside after Unlock: %v, %v", got, err)
	}
	sealed[len(sealed)-1] ^= 1
	if _, err := s.OpenAside(sealed); !errors.Is(err, store.ErrCorrupt) {
		t.Errorf("OpenAside of damaged bytes: %v", err)
	}
}
