package store_test

import (
	"os"
	"path/filepath"
	"testing"

	"kring/store"
)

// TestMigration2To3 opens a store written by kring with schema 2
// (testdata/schema2.db: three example sessions, the second deleted,
// passphrase pass, the test KDF), whose list entries are JSON. Before the
// first unlock the entries are JSON and still list; after it they are in
// the compact form, list the same and pass check.
func TestMigration2To3(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, store.FileName), readFile(t, "testdata/schema2.db"), 0o600); err != nil {
		t.Fatal(err)
	}
	s, err := store.Open(dir, testOpts())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := s.Unlock(pass); err != nil {
		t.Fatal(err)
	}
	want := example(t).Summary()
	for _, id := range []string{"1", "3"} {
		if form, err := s.SummaryForm(id); err != nil || form != store.SummaryFormat {
			t.Errorf("list entry %s after the first unlock: form %q, %v", id, form, err)
		}
	}
	l, err := s.List()
	if err != nil || len(l) != 2 || l[0].ID != "1" || l[1].ID != "3" {
		t.Fatalf("List after migration: %v, %v", l, err)
	}
	for _, got := range l {
		if got.Label != want.Label || !got.Updated.Equal(want.Updated) || !got.Created.Equal(want.Created) ||
			len(got.Youths) != len(want.Youths) || got.Demo != want.Demo {
			t.Errorf("entry %s after migration: %+v, want %+v", got.ID, got, want)
		}
	}
	if err := s.Check(); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Get("1"); err != nil {
		t.Fatal(err)
	}
}
