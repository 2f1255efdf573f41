package store_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"kring/internal/benchcpu"
	"kring/model"
	"kring/store"
)

// session5KB trims the example to a session whose JSON is about 5 KB.
func session5KB(tb testing.TB) *model.Session {
	s := example(tb)
	size := func() int {
		b, _ := json.Marshal(s)
		return len(b)
	}
	for size() > 5000 && len(s.People) > 1 {
		s.RemovePerson(s.People[len(s.People)-1].ID)
	}
	if n := 5120 - size(); n > 0 {
		s.Youths[0].Notes += strings.Repeat(".", n)
	}
	return s
}

// BenchmarkSave5KB saves one 5 KB session with bbolt's default, synced
// commits (NoSync would lose a coach's work on a power cut). Compare with
// BenchmarkRawWriteSync5KB from the same run.
func BenchmarkSave5KB(b *testing.B) {
	s, _ := newStore(b)
	sess := session5KB(b)
	if _, err := s.Create(sess); err != nil {
		b.Fatal(err)
	}
	j, _ := json.Marshal(sess)
	b.SetBytes(int64(len(j)))
	for b.Loop() {
		if err := s.Save(sess); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRawWriteSync5KB is the floor a synced save is measured against:
// 5 KB written in place and flushed with fdatasync (fsync where there is
// none), in the same directory kind as the store.
func BenchmarkRawWriteSync5KB(b *testing.B) {
	f, err := os.OpenFile(filepath.Join(b.TempDir(), "raw"), os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	buf := make([]byte, 5120)
	b.SetBytes(int64(len(buf)))
	for b.Loop() {
		if _, err := f.WriteAt(buf, 0); err != nil {
			b.Fatal(err)
		}
		if err := datasync(f); err != nil {
			b.Fatal(err)
		}
	}
}

// bigStore builds a store with n 5 KB sessions, 500 to a transaction.
func bigStore(b *testing.B, n int) (*store.Store, string) {
	b.Helper()
	s, dir := newStore(b)
	base := session5KB(b)
	for i := 0; i < n; {
		var batch []*model.Session
		for ; i < n && len(batch) < 500; i++ {
			c := *base
			c.Label = fmt.Sprintf("Familie %d", i)
			c.Created, c.Updated = base.Created.AddDate(0, 0, i%400), base.Updated.AddDate(0, 0, i%400)
			batch = append(batch, &c)
		}
		if err := s.CreateAll(batch); err != nil {
			b.Fatal(err)
		}
	}
	return s, dir
}

func BenchmarkList10000(b *testing.B) {
	s, _ := bigStore(b, 10000)
	start := benchcpu.Start()
	for b.Loop() {
		l, err := s.List()
		if err != nil || len(l) != 10000 {
			b.Fatal(len(l), err)
		}
	}
	benchcpu.Report(b, start)
}

// BenchmarkOpen10000 is what Open's verification costs on a big store:
// reading every page, tx.Check, and the two bbolt opens.
func BenchmarkOpen10000(b *testing.B) {
	s, dir := bigStore(b, 10000)
	s.Close()
	start := benchcpu.Start()
	for b.Loop() {
		s, err := store.Open(dir, testOpts())
		if err != nil {
			b.Fatal(err)
		}
		s.Close()
	}
	benchcpu.Report(b, start)
	fi, _ := os.Stat(filepath.Join(dir, store.FileName))
	b.ReportMetric(float64(fi.Size())/(1<<20), "file-MiB")
}

// BenchmarkCheck10000 is what kring check costs on a big store: tx.Check,
// then opening all 20,000 records and comparing them with the manifest.
func BenchmarkCheck10000(b *testing.B) {
	s, _ := bigStore(b, 10000)
	for b.Loop() {
		if err := s.Check(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCheckLocked10000 is tx.Check alone on a big store: a locked
// store cannot open its records, so Check reads the structure only.
func BenchmarkCheckLocked10000(b *testing.B) {
	s, _ := bigStore(b, 10000)
	s.Lock()
	for b.Loop() {
		if err := s.Check(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDelete10000 is a Delete with its compaction on a big store.
func BenchmarkDelete10000(b *testing.B) {
	s, _ := bigStore(b, 10000)
	id := 0
	for b.Loop() {
		id++
		if err := s.Delete(fmt.Sprint(id)); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkUnlock runs the real KDF: DefaultKDF should take 0.2-1 s.
func BenchmarkUnlock(b *testing.B) {
	dir := b.TempDir()
	s, err := store.Open(dir, store.Options{KDF: store.DefaultKDF})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	if err := s.Init(pass); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if err := s.Unlock(pass); err != nil {
			b.Fatal(err)
		}
	}
}
