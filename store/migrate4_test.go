package store_test

import (
	"os"
	"path/filepath"
	"testing"

	"kring/store"
)

// TestMigration3To4 opens a store written by kring with schema 3, before
// visits existed (testdata/schema3.db, made with main's code at the
// start of issue 16: three example sessions, the second deleted,
// passphrase pass, the test KDF). After opening it is at schema 4, every
// session reads as one visit on its own date, a second visit is saved and
// read back, and check passes.
func TestMigration3To4(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, store.FileName)
	if err := os.WriteFile(path, readFile(t, "testdata/schema3.db"), 0o600); err != nil {
		t.Fatal(err)
	}
	if v := readVersion(t, path); v != 3 {
		t.Fatalf("the fixture is at schema %d, not 3", v)
	}
	s, err := store.Open(dir, testOpts())
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Unlock(pass); err != nil {
		t.Fatal(err)
	}
	want := example(t)
	for _, id := range []string{"1", "3"} {
		got, err := s.Get(id)
		if err != nil {
			t.Fatal(err)
		}
		if got.VisitCount() != 1 || len(got.Visits) != 0 || got.OpenVisitDate() != want.OpenVisitDate() || got.OpenVisitDate() == "" {
			t.Errorf("session %s after migration: %d visits, open on %q, want one on %q", id, got.VisitCount(), got.OpenVisitDate(), want.OpenVisitDate())
		}
	}
	got, err := s.Get("1")
	if err != nil {
		t.Fatal(err)
	}
	if err := got.StartVisit("2099-01-01", "tweede bezoek"); err != nil {
		t.Fatal(err)
	}
	got.People[0].Ring = 1
	if err := s.Save(got); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if v := readVersion(t, path); v != 4 {
		t.Errorf("schema %d after migration, want 4", v)
	}
	s, err = store.Open(dir, testOpts())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := s.Unlock(pass); err != nil {
		t.Fatal(err)
	}
	back, err := s.Get("1")
	if err != nil {
		t.Fatal(err)
	}
	first, err := back.VisitSession(1)
	if err != nil || back.VisitCount() != 2 || back.OpenVisitDate() != "2099-01-01" || first.People[0].Ring != want.People[0].Ring {
		t.Errorf("after save and reopen: %d visits, open %q, first visit %v", back.VisitCount(), back.OpenVisitDate(), err)
	}
	if err := s.Check(); err != nil {
		t.Fatal(err)
	}
}
