package store_test

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"kring/model"
	"kring/store"
)

var pass = []byte("correct horse battery staple")

func testOpts() store.Options { return store.Options{KDF: store.TestKDF} }

// newStore opens and initialises a store in a fresh directory.
func newStore(t testing.TB) (*store.Store, string) {
	t.Helper()
	dir := t.TempDir()
	s, err := store.Open(dir, testOpts())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if err := s.Init(pass); err != nil {
		t.Fatal(err)
	}
	return s, dir
}

func example(t testing.TB) *model.Session {
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

func readFile(t testing.TB, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func encode(t testing.TB, s *model.Session) string {
	t.Helper()
	b, err := model.Encode(s)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestRoundTripExample(t *testing.T) {
	s, _ := newStore(t)
	orig := example(t)
	want := example(t)
	id, err := s.Create(orig)
	if err != nil {
		t.Fatal(err)
	}
	if id != "1" || orig.ID != id {
		t.Fatalf("Create gave id %q, sess.ID %q; want 1", id, orig.ID)
	}
	got, err := s.Get(id)
	if err != nil {
		t.Fatal(err)
	}
	if got.ID != id {
		t.Errorf("Get: ID %q, want %q", got.ID, id)
	}
	want.ID = id
	if g, w := encode(t, got), encode(t, want); g != w {
		t.Errorf("round trip differs:\n got %s\nwant %s", g, w)
	}
	// The example carries its own times: Create keeps them.
	if !got.Created.Equal(want.Created) || !got.Updated.Equal(want.Updated) {
		t.Errorf("times changed: %v %v", got.Created, got.Updated)
	}
}

func TestCreateSetsZeroTimes(t *testing.T) {
	s, _ := newStore(t)
	before := time.Now()
	sess := &model.Session{Label: "Familie A"}
	sess.Normalize()
	if _, err := s.Create(sess); err != nil {
		t.Fatal(err)
	}
	if sess.Created.Before(before.Add(-time.Second)) || sess.Updated.IsZero() {
		t.Fatalf("times not set: %v %v", sess.Created, sess.Updated)
	}
	got, err := s.Get(sess.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !got.Created.Equal(sess.Created) || !got.Updated.Equal(sess.Updated) {
		t.Errorf("stored times %v %v, caller has %v %v", got.Created, got.Updated, sess.Created, sess.Updated)
	}
}

func TestCreateInvalid(t *testing.T) {
	s, _ := newStore(t)
	sess := example(t)
	sess.People[0].Sector = "nowhere"
	_, err := s.Create(sess)
	var ps model.Problems
	if !errors.As(err, &ps) {
		t.Fatalf("Create of invalid session: %v, want model.Problems", err)
	}
	if sess.ID != "example" {
		t.Errorf("a refused session got id %q", sess.ID)
	}
	if l, _ := s.List(); len(l) != 0 {
		t.Errorf("List after refused Create: %v", l)
	}
}

func TestListOrder(t *testing.T) {
	s, _ := newStore(t)
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	for i, up := range []time.Time{t0, t0.Add(time.Hour), t0, t0.Add(2 * time.Hour), t0} {
		sess := &model.Session{Label: fmt.Sprintf("s%d", i+1), Created: t0, Updated: up}
		sess.Normalize()
		if _, err := s.Create(sess); err != nil {
			t.Fatal(err)
		}
	}
	l, err := s.List()
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, sum := range l {
		ids = append(ids, sum.ID)
	}
	if want := []string{"4", "2", "1", "3", "5"}; !slices.Equal(ids, want) {
		t.Errorf("List order %v, want %v", ids, want)
	}
	if l[0].Label != "s4" {
		t.Errorf("summary label %q", l[0].Label)
	}
}

func TestNotFound(t *testing.T) {
	s, _ := newStore(t)
	if _, err := s.Create(example(t)); err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{"2", "0", "01", "abc", "", "-1", "1 "} {
		if _, err := s.Get(id); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("Get(%q): %v, want ErrNotFound", id, err)
		}
		if err := s.Delete(id); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("Delete(%q): %v, want ErrNotFound", id, err)
		}
		sess := example(t)
		sess.ID = id
		if err := s.Save(sess); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("Save(%q): %v, want ErrNotFound", id, err)
		}
	}
}

func TestSaveAtomic(t *testing.T) {
	s, dir := newStore(t)
	sess := example(t)
	id, err := s.Create(sess)
	if err != nil {
		t.Fatal(err)
	}
	old := encode(t, sess)
	before := readFile(t, filepath.Join(dir, store.FileName))

	bad := example(t)
	bad.ID = id
	bad.Label = "Nieuwe naam"
	bad.Relations[0].B = "p99" // dangling
	var ps model.Problems
	if err := s.Save(bad); !errors.As(err, &ps) {
		t.Fatalf("Save of invalid session: %v, want model.Problems", err)
	}
	got, err := s.Get(id)
	if err != nil {
		t.Fatal(err)
	}
	if encode(t, got) != old {
		t.Error("a refused Save changed the session")
	}
	if !bytes.Equal(before, readFile(t, filepath.Join(dir, store.FileName))) {
		t.Error("a refused Save changed the file")
	}

	good := example(t)
	good.ID = id
	good.Label = "Familie Veldkamp, tweede gesprek"
	if err := s.Save(good); err != nil {
		t.Fatal(err)
	}
	got, _ = s.Get(id)
	l, _ := s.List()
	if got.Label != good.Label || len(l) != 1 || l[0].Label != good.Label {
		t.Errorf("after Save: Get label %q, List %v", got.Label, l)
	}
}

// TestRecordBoundToPlace moves a sealed session to another id: the
// associated data makes it fail to open instead of showing the wrong family.
func TestRecordBoundToPlace(t *testing.T) {
	s, _ := newStore(t)
	for range 2 {
		if _, err := s.Create(example(t)); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.RawPut("sessions", "2", s.RawValue("sessions", "1")); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Get("2"); !errors.Is(err, store.ErrCorrupt) {
		t.Errorf("Get of a moved record: %v, want ErrCorrupt", err)
	}
	if err := s.RawPut("summaries", "2", s.RawValue("sessions", "2")); err != nil {
		t.Fatal(err)
	}
	l, err := s.List()
	if !errors.Is(err, store.ErrCorrupt) || !strings.Contains(err.Error(), "2") || len(l) != 1 || l[0].ID != "1" {
		t.Errorf("List with a moved summary: %v, %v; want the good one and ErrCorrupt naming 2", l, err)
	}
}

// TestNoPlaintext looks for every name, the label, the coach and the notes
// of the example in the raw file.
func TestNoPlaintext(t *testing.T) {
	s, dir := newStore(t)
	sess := example(t)
	if _, err := s.Create(sess); err != nil {
		t.Fatal(err)
	}
	sess.Label += " (bijgewerkt)"
	if err := s.Save(sess); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	raw := readFile(t, filepath.Join(dir, store.FileName))

	secrets := []string{sess.Label, sess.Coach}
	secrets = append(secrets, sess.Present...)
	for _, y := range sess.Youths {
		secrets = append(secrets, y.Name, y.Notes)
	}
	for _, p := range sess.People {
		secrets = append(secrets, p.Name, p.Role, p.Notes)
	}
	for _, r := range sess.Relations {
		secrets = append(secrets, r.Notes)
	}
	for _, n := range sess.Needs {
		secrets = append(secrets, n.Title, n.Request.Words, n.Request.YouthView)
	}
	for _, a := range sess.Agreements {
		secrets = append(secrets, a.What)
	}
	for _, sec := range secrets {
		if sec == "" {
			continue
		}
		// Three random bytes match a short name somewhere in a file of
		// this size about once in a few hundred runs; plaintext JSON
		// would carry the quotes, which make a chance match negligible.
		needle := sec
		if len(sec) < 6 {
			needle = `"` + sec + `"`
		}
		if bytes.Contains(raw, []byte(needle)) {
			t.Errorf("%q appears in the file in plaintext", needle)
		}
	}
}

func TestDeleteLeavesNoTrace(t *testing.T) {
	s, dir := newStore(t)
	path := filepath.Join(dir, store.FileName)
	keep := example(t)
	keep.Label = "Familie Blijft"
	if _, err := s.Create(keep); err != nil {
		t.Fatal(err)
	}
	gone := example(t)
	id, err := s.Create(gone)
	if err != nil {
		t.Fatal(err)
	}
	sealed := s.RawValue("sessions", id)
	sealedSum := s.RawValue("summaries", id)
	chunk, sumChunk := sealed[len(sealed)/2:len(sealed)/2+32], sealedSum[24:56]
	if !bytes.Contains(readFile(t, path), chunk) {
		t.Fatal("test is blind: the live ciphertext is not found in the file")
	}

	if err := s.Delete(id); err != nil {
		t.Fatal(err)
	}
	raw := readFile(t, path)
	if bytes.Contains(raw, chunk) || bytes.Contains(raw, sumChunk) {
		t.Error("deleted ciphertext is still in the file")
	}
	if bytes.Contains(raw, []byte(gone.Label)) {
		t.Error("deleted label is in the file")
	}
	if _, err := s.Get(id); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Get after Delete: %v", err)
	}
	// The store still works after the compaction swapped the file.
	if got, err := s.Get(keep.ID); err != nil || got.Label != keep.Label {
		t.Fatalf("the kept session after Delete: %v, %v", got, err)
	}
	// Ids are not reused: the sequence survives the compaction.
	next, err := s.Create(example(t))
	if err != nil || next != "3" {
		t.Errorf("Create after Delete: id %q, %v; want 3", next, err)
	}
	if err := s.Check(); err != nil {
		t.Error(err)
	}
	if runtime.GOOS != "windows" {
		if fi, _ := os.Stat(path); fi.Mode().Perm() != 0o600 {
			t.Errorf("compacted file mode %v", fi.Mode().Perm())
		}
	}
	if left, _ := filepath.Glob(filepath.Join(dir, "*.compact-*")); len(left) > 0 {
		t.Errorf("compaction left %v", left)
	}

	// Without the compaction the ciphertext would have stayed: this is
	// what the test guards against.
	sealed = s.RawValue("sessions", next)
	chunk = sealed[len(sealed)/2 : len(sealed)/2+32]
	if err := s.RawDelete(next); err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(readFile(t, path), chunk) {
		t.Log("note: bbolt overwrote the freed page this time")
	}
}

func TestSealed(t *testing.T) {
	dir := t.TempDir()
	s, err := store.Open(dir, testOpts())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if s.Initialized() || s.Unlocked() {
		t.Fatal("new store claims a key")
	}
	if err := s.Unlock(pass); !errors.Is(err, store.ErrNotInitialized) {
		t.Errorf("Unlock of a new store: %v", err)
	}
	if _, err := s.List(); !errors.Is(err, store.ErrSealed) {
		t.Errorf("List before Init: %v", err)
	}
	if err := s.Init(nil); !errors.Is(err, store.ErrEmptyPassphrase) {
		t.Errorf("Init with empty passphrase: %v", err)
	}
	if err := s.Init(pass); err != nil {
		t.Fatal(err)
	}
	if !s.Initialized() || !s.Unlocked() {
		t.Fatal("Init did not leave the store unlocked")
	}
	if err := s.Init(pass); !errors.Is(err, store.ErrAlreadyInitialized) {
		t.Errorf("second Init: %v", err)
	}
	id, err := s.Create(example(t))
	if err != nil {
		t.Fatal(err)
	}

	s.Lock()
	if s.Unlocked() {
		t.Error("Unlocked after Lock")
	}
	if _, err := s.List(); !errors.Is(err, store.ErrSealed) {
		t.Errorf("List after Lock: %v", err)
	}
	if _, err := s.Get(id); !errors.Is(err, store.ErrSealed) {
		t.Errorf("Get after Lock: %v", err)
	}
	if _, err := s.Create(example(t)); !errors.Is(err, store.ErrSealed) {
		t.Errorf("Create after Lock: %v", err)
	}
	sess := example(t)
	sess.ID = id
	if err := s.Save(sess); !errors.Is(err, store.ErrSealed) {
		t.Errorf("Save after Lock: %v", err)
	}
	if err := s.Delete(id); !errors.Is(err, store.ErrSealed) {
		t.Errorf("Delete after Lock: %v", err)
	}
	if err := s.Unlock(pass); err != nil {
		t.Fatal(err)
	}
	if l, err := s.List(); err != nil || len(l) != 1 {
		t.Errorf("List after Unlock: %v, %v", l, err)
	}

	s.Close()
	if _, err := s.List(); !errors.Is(err, store.ErrClosed) {
		t.Errorf("List after Close: %v", err)
	}
	if err := s.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
}

func TestWrongPassphrase(t *testing.T) {
	s, dir := newStore(t)
	if _, err := s.Create(example(t)); err != nil {
		t.Fatal(err)
	}
	s.Close()
	path := filepath.Join(dir, store.FileName)
	before := readFile(t, path)

	s, err := store.Open(dir, testOpts())
	if err != nil {
		t.Fatal(err)
	}
	if !s.Initialized() {
		t.Fatal("reopened store not initialised")
	}
	for _, p := range []string{"", "correct horse battery stapl", "Correct horse battery staple"} {
		if err := s.Unlock([]byte(p)); !errors.Is(err, store.ErrWrongPassphrase) {
			t.Errorf("Unlock(%q): %v, want ErrWrongPassphrase", p, err)
		}
	}
	if s.Unlocked() {
		t.Error("unlocked by a wrong passphrase")
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(before, readFile(t, path)) {
		t.Error("a wrong passphrase changed the file")
	}
}

func TestChangePassphrase(t *testing.T) {
	s, dir := newStore(t)
	id, err := s.Create(example(t))
	if err != nil {
		t.Fatal(err)
	}
	newPass := []byte("een nieuwe zin")
	if err := s.ChangePassphrase([]byte("wrong"), newPass); !errors.Is(err, store.ErrWrongPassphrase) {
		t.Errorf("ChangePassphrase with a wrong old one: %v", err)
	}
	if err := s.ChangePassphrase(pass, nil); !errors.Is(err, store.ErrEmptyPassphrase) {
		t.Errorf("ChangePassphrase to empty: %v", err)
	}
	if err := s.ChangePassphrase(pass, newPass); err != nil {
		t.Fatal(err)
	}
	if !s.Unlocked() {
		t.Error("ChangePassphrase locked the store")
	}
	s.Close()

	s, err = store.Open(dir, testOpts())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := s.Unlock(pass); !errors.Is(err, store.ErrWrongPassphrase) {
		t.Errorf("old passphrase after change: %v", err)
	}
	if err := s.Unlock(newPass); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Get(id); err != nil {
		t.Errorf("session after passphrase change: %v", err)
	}
}

func TestBackup(t *testing.T) {
	s, _ := newStore(t)
	for range 3 {
		if _, err := s.Create(example(t)); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Delete("2"); err != nil {
		t.Fatal(err)
	}
	want, err := s.List()
	if err != nil {
		t.Fatal(err)
	}
	bdir := t.TempDir()
	bpath := filepath.Join(bdir, store.FileName)
	if err := s.Backup(bpath); err != nil {
		t.Fatal(err)
	}
	// A second backup replaces the first.
	if err := s.Backup(bpath); err != nil {
		t.Fatal(err)
	}
	if err := s.Backup(s.Path()); err == nil {
		t.Error("Backup onto the store itself succeeded")
	}
	if runtime.GOOS != "windows" {
		if fi, _ := os.Stat(bpath); fi.Mode().Perm() != 0o600 {
			t.Errorf("backup mode %v, want 0600", fi.Mode().Perm())
		}
	}
	if left, _ := filepath.Glob(filepath.Join(bdir, "*.tmp-*")); len(left) > 0 {
		t.Errorf("backup left %v", left)
	}

	b, err := store.Open(bdir, testOpts())
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	if err := b.Unlock(pass); err != nil {
		t.Fatal(err)
	}
	got, err := b.List()
	if err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("backup lists %v, want %v", got, want)
	}
	if err := b.Check(); err != nil {
		t.Error(err)
	}
}

func TestCheckGoodStore(t *testing.T) {
	s, _ := newStore(t)
	if _, err := s.Create(example(t)); err != nil {
		t.Fatal(err)
	}
	if err := s.Check(); err != nil {
		t.Fatal(err)
	}
}

func TestModes(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no Unix modes on Windows")
	}
	dir := filepath.Join(t.TempDir(), "a", "kring")
	s, err := store.Open(dir, testOpts())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for path, want := range map[string]os.FileMode{dir: 0o700, filepath.Join(dir, store.FileName): 0o600} {
		fi, err := os.Stat(path)
		if err != nil {
			t.Fatal(err)
		}
		if fi.Mode().Perm() != want {
			t.Errorf("%s: mode %v, want %v", path, fi.Mode().Perm(), want)
		}
	}
	if left, _ := filepath.Glob(filepath.Join(dir, "*.new-*")); len(left) > 0 {
		t.Errorf("create left %v", left)
	}
}

func TestLeftoversRemoved(t *testing.T) {
	s, dir := newStore(t)
	s.Close()
	stale := filepath.Join(dir, store.FileName+".compact-123")
	if err := os.WriteFile(stale, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	s, err := store.Open(dir, testOpts())
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	if _, err := os.Stat(stale); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("leftover of an interrupted compaction not removed: %v", err)
	}
}

// TestConcurrent saves, creates and lists from several goroutines; run
// with -race.
func TestConcurrent(t *testing.T) {
	s, _ := newStore(t)
	const n = 6
	ids := make([]string, n)
	for i := range ids {
		id, err := s.Create(example(t))
		if err != nil {
			t.Fatal(err)
		}
		ids[i] = id
	}
	var wg sync.WaitGroup
	errs := make(chan error, 100)
	for i := range n {
		wg.Go(func() {
			for j := range 5 {
				sess, err := s.Get(ids[i])
				if err != nil {
					errs <- err
					return
				}
				sess.Label = fmt.Sprintf("goroutine %d save %d", i, j)
				if err := s.Save(sess); err != nil {
					errs <- err
				}
				if _, err := s.List(); err != nil {
					errs <- err
				}
			}
		})
	}
	wg.Go(func() {
		for range 3 {
			if _, err := s.Create(example(t)); err != nil {
				errs <- err
			}
		}
	})
	wg.Go(func() {
		// Delete swaps the bbolt handle under the others' feet.
		id, err := s.Create(example(t))
		if err == nil {
			err = s.Delete(id)
		}
		if err != nil {
			errs <- err
		}
	})
	wg.Go(func() {
		if err := s.Check(); err != nil {
			errs <- err
		}
	})
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	for i, id := range ids {
		sess, err := s.Get(id)
		if err != nil || sess.Label != fmt.Sprintf("goroutine %d save 4", i) {
			t.Errorf("session %s: %v, %v", id, sess.Label, err)
		}
	}
}
