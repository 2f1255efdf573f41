package store_test

import (
	"bufio"
	"bytes"
	"context"
	"crypto/rand"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"kring/model"
	"kring/store"
)

func TestSecondOpenLocked(t *testing.T) {
	s, dir := newStore(t)
	_ = s
	start := time.Now()
	s2, err := store.Open(dir, testOpts())
	elapsed := time.Since(start)
	if err == nil {
		s2.Close()
		t.Fatal("second Open of an open store succeeded")
	}
	if !errors.Is(err, store.ErrLocked) {
		t.Fatalf("second Open: %v, want ErrLocked", err)
	}
	if elapsed > 3*time.Second {
		t.Errorf("second Open took %v, want under 3 s", elapsed)
	}
	if !strings.Contains(err.Error(), "another kring window") {
		t.Errorf("message does not name the cause: %v", err)
	}
}

// TestHoldStoreHelper is not a test: TestLockedByOtherProcess runs the
// test binary again with it to hold a store open in another process.
func TestHoldStoreHelper(t *testing.T) {
	dir := os.Getenv("KRING_STORE_HOLD")
	if dir == "" {
		t.Skip("helper process only")
	}
	s, err := store.Open(dir, testOpts())
	if err != nil {
		fmt.Println("error:", err)
		os.Exit(1)
	}
	fmt.Println("ready")
	// Hold the store until the parent closes stdin.
	_, _ = bufio.NewReader(os.Stdin).ReadString('\n')
	s.Close()
}

func TestLockedByOtherProcess(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a process")
	}
	s, dir := newStore(t)
	s.Close()

	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, os.Args[0], "-test.run=^TestHoldStoreHelper$")
	cmd.Env = append(os.Environ(), "KRING_STORE_HOLD="+dir)
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() {
		stdin.Close()
		if err := cmd.Wait(); err != nil {
			t.Errorf("helper process: %v", err)
		}
	}()
	line, err := bufio.NewReader(stdout).ReadString('\n')
	if err != nil || strings.TrimSpace(line) != "ready" {
		t.Fatalf("helper process said %q, %v", line, err)
	}

	start := time.Now()
	s2, err := store.Open(dir, testOpts())
	elapsed := time.Since(start)
	if err == nil {
		s2.Close()
		t.Fatal("Open succeeded while another process holds the store")
	}
	if !errors.Is(err, store.ErrLocked) {
		t.Fatalf("Open: %v, want ErrLocked", err)
	}
	if elapsed > 3*time.Second {
		t.Errorf("Open took %v, want well under 3 s", elapsed)
	}
	t.Logf("Open gave up after %v", elapsed.Round(time.Millisecond))
}

// damagedFixture returns the bytes of a closed store with some sessions,
// large enough to span many pages, and how many of them bbolt uses (the
// file grows ahead of use).
func damagedFixture(t *testing.T) (data []byte, used int) {
	t.Helper()
	s, dir := newStore(t)
	var batch []*model.Session
	for range 40 {
		batch = append(batch, example(t))
	}
	if err := s.CreateAll(batch); err != nil {
		t.Fatal(err)
	}
	// A Save after the batch leaves freed pages, so the freelist is not empty.
	sess := example(t)
	sess.ID = "3"
	if err := s.Save(sess); err != nil {
		t.Fatal(err)
	}
	s.Close()
	path := filepath.Join(dir, store.FileName)
	db, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	_ = db.View(func(tx *bolt.Tx) error {
		used = int(tx.Size())
		return nil
	})
	db.Close()
	return readFile(t, path), used
}

func randomBytes(n int) []byte {
	b := make([]byte, n)
	_, _ = rand.Read(b)
	return b
}

func TestDamagedFiles(t *testing.T) {
	good, used := damagedFixture(t)
	page := os.Getpagesize()
	t.Logf("fixture: %d bytes, %d used", len(good), used)
	scribble := func(from, to int) []byte {
		b := bytes.Clone(good)
		copy(b[from:to], randomBytes(to-from))
		return b
	}
	cases := []struct {
		name string
		data []byte
	}{
		{"cut to half", good[:len(good)/2]},
		{"cut to half of the used part", good[:used/2]},
		{"last used page missing", good[:used-page]},
		{"one page", good[:page]},
		{"two pages", good[:2*page]},
		{"zero bytes", nil},
		{"one byte", good[:1]},
		{"short text", []byte("this is not a database\n")},
		{"random 64 KiB", randomBytes(64 << 10)},
		{"random, file size", randomBytes(len(good))},
		{"both meta pages scribbled", scribble(0, 2*page)},
		{"data pages scribbled", scribble(2*page, len(good))},
		{"second half of the used part scribbled", scribble(used/2, used)},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, store.FileName)
			if err := os.WriteFile(path, tc.data, 0o600); err != nil {
				t.Fatal(err)
			}
			s, err := store.Open(dir, testOpts())
			if err == nil {
				s.Close()
				t.Fatal("Open of a damaged file succeeded")
			}
			if !errors.Is(err, store.ErrCorrupt) {
				t.Errorf("Open: %v, want ErrCorrupt", err)
			}
			t.Log(err)
			if !bytes.Equal(readFile(t, path), tc.data) {
				t.Error("Open changed a damaged file")
			}
		})
	}
}

// TestDamagedRecord flips a bit in a sealed session: bbolt sees nothing
// wrong, the AEAD does.
func TestDamagedRecord(t *testing.T) {
	s, _ := newStore(t)
	id, err := s.Create(example(t))
	if err != nil {
		t.Fatal(err)
	}
	v := s.RawValue("sessions", id)
	v[len(v)/2] ^= 1
	if err := s.RawPut("sessions", id, v); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Get(id); !errors.Is(err, store.ErrCorrupt) {
		t.Errorf("Get of a damaged record: %v, want ErrCorrupt", err)
	}
	if l, err := s.List(); err != nil || len(l) != 1 {
		t.Errorf("List with one damaged session (summary intact): %v, %v", l, err)
	}
}

func setVersion(t *testing.T, path string, v uint64) {
	t.Helper()
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	err = db.Update(func(tx *bolt.Tx) error {
		return tx.Bucket([]byte("meta")).Put([]byte("version"), binary.BigEndian.AppendUint64(nil, v))
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestNewerVersionRefused(t *testing.T) {
	s, dir := newStore(t)
	if _, err := s.Create(example(t)); err != nil {
		t.Fatal(err)
	}
	s.Close()
	path := filepath.Join(dir, store.FileName)
	newer := uint64(store.SchemaVersion + 1)
	setVersion(t, path, newer)
	before := readFile(t, path)
	fiBefore, _ := os.Stat(path)

	s, err := store.Open(dir, testOpts())
	if err == nil {
		s.Close()
		t.Fatal("Open of a newer store succeeded")
	}
	if !errors.Is(err, store.ErrNewerVersion) {
		t.Fatalf("Open: %v, want ErrNewerVersion", err)
	}
	for _, v := range []uint64{newer, store.SchemaVersion} {
		if !strings.Contains(err.Error(), fmt.Sprint(v)) {
			t.Errorf("message %q does not give version %d", err, v)
		}
	}
	if !bytes.Equal(before, readFile(t, path)) {
		t.Error("Open changed a newer store's bytes")
	}
	if fi, _ := os.Stat(path); !fi.ModTime().Equal(fiBefore.ModTime()) {
		t.Error("Open touched a newer store's file")
	}
	// The lock is released: the newer kring can still open it.
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: 100 * time.Millisecond})
	if err != nil {
		t.Fatalf("file still locked after refused Open: %v", err)
	}
	db.Close()
}

func TestMigrationsContiguous(t *testing.T) {
	ms := store.Migrations()
	if len(ms) == 0 || ms[0].From != 0 {
		t.Fatalf("migrations must start at version 0: %v", ms)
	}
	for i, m := range ms {
		if m.To != m.From+1 {
			t.Errorf("migration %d goes from %d to %d: one version a step", i, m.From, m.To)
		}
		if i > 0 && m.From != ms[i-1].To {
			t.Errorf("migration %d starts at %d, the one before ends at %d", i, m.From, ms[i-1].To)
		}
	}
	if last := ms[len(ms)-1].To; last != store.SchemaVersion {
		t.Errorf("migrations end at %d, SchemaVersion is %d", last, store.SchemaVersion)
	}
}

func readVersion(t *testing.T, path string) uint64 {
	t.Helper()
	db, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true, Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var v uint64
	_ = db.View(func(tx *bolt.Tx) error {
		if m := tx.Bucket([]byte("meta")); m != nil {
			v = binary.BigEndian.Uint64(m.Get([]byte("version")))
		}
		return nil
	})
	return v
}

// TestMigration0To1 opens an empty bbolt file (version 0): the first
// migration builds the bucket tree, and the later ones bring it to the
// current version.
func TestMigration0To1(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, store.FileName)
	db, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	db.Close()

	s, err := store.Open(dir, testOpts())
	if err != nil {
		t.Fatal(err)
	}
	if got, want := s.Buckets(), []string{"meta", "sessions", "summaries"}; !slices.Equal(got, want) {
		t.Errorf("buckets %v, want %v", got, want)
	}
	if s.Initialized() {
		t.Error("migrated store claims a key")
	}
	if err := s.Init(pass); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Create(example(t)); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if v := readVersion(t, path); v != store.SchemaVersion {
		t.Errorf("version after migration %d, want %d", v, store.SchemaVersion)
	}
}

func TestNewStoreIsCurrent(t *testing.T) {
	s, dir := newStore(t)
	s.Close()
	if v := readVersion(t, filepath.Join(dir, store.FileName)); v != store.SchemaVersion {
		t.Errorf("new store at version %d, want %d", v, store.SchemaVersion)
	}
}

// TestForeignBoltFile refuses a bbolt file of another program instead of
// adding kring's buckets to it.
func TestForeignBoltFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, store.FileName)
	db, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	_ = db.Update(func(tx *bolt.Tx) error {
		_, err := tx.CreateBucket([]byte("other"))
		return err
	})
	db.Close()
	before := readFile(t, path)
	s, err := store.Open(dir, testOpts())
	if err == nil {
		s.Close()
		t.Fatal("opened a foreign bbolt file")
	}
	if !errors.Is(err, store.ErrCorrupt) {
		t.Errorf("Open: %v, want ErrCorrupt", err)
	}
	if !bytes.Equal(before, readFile(t, path)) {
		t.Error("Open changed a foreign file")
	}
}

func TestDefaultDir(t *testing.T) {
	home := t.TempDir()
	t.Setenv("HOME", home)
	t.Setenv("USERPROFILE", home)
	t.Setenv("AppData", filepath.Join(home, "AppData"))
	t.Setenv("XDG_DATA_HOME", "")
	got, err := store.DefaultDir()
	if err != nil {
		t.Fatal(err)
	}
	var want string
	switch runtime.GOOS {
	case "windows":
		want = filepath.Join(home, "AppData", "kring")
	case "darwin", "ios":
		want = filepath.Join(home, "Library", "Application Support", "kring")
	case "plan9":
		t.Skip()
	default:
		want = filepath.Join(home, ".local", "share", "kring")
		xdg := filepath.Join(home, "xdg")
		t.Setenv("XDG_DATA_HOME", xdg)
		if got, _ := store.DefaultDir(); got != filepath.Join(xdg, "kring") {
			t.Errorf("with XDG_DATA_HOME: %q", got)
		}
		t.Setenv("XDG_DATA_HOME", "relative/dir")
		if got, _ := store.DefaultDir(); got != want {
			t.Errorf("a relative XDG_DATA_HOME must be ignored: %q", got)
		}
		t.Setenv("XDG_DATA_HOME", "")
	}
	if got != want {
		t.Errorf("DefaultDir %q, want %q", got, want)
	}
}
