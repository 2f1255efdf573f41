package store

import (
	"bytes"
	"fmt"

	bolt "go.etcd.io/bbolt"
)

// Test hooks: reach under the API to build fixtures and to damage records.

// TestKDF is cheap enough for tests and gives no protection. It lives in
// this test file, so no build of kring can use it for real data.
var TestKDF = KDFParams{Time: 1, MemoryKiB: 8 << 10, Threads: 1}

// RawValue returns a copy of the sealed value stored under id in bucket.
func (s *Store) RawValue(bucket, id string) []byte {
	key, _ := idKey(id)
	var v []byte
	s.mu.RLock()
	defer s.mu.RUnlock()
	_ = s.db.View(func(tx *bolt.Tx) error {
		if b := tx.Bucket([]byte(bucket)); b != nil {
			v = bytes.Clone(b.Get(key))
		}
		return nil
	})
	return v
}

// RawPut stores value under id in bucket without sealing.
func (s *Store) RawPut(bucket, id string, value []byte) error {
	key, ok := idKey(id)
	if !ok {
		return fmt.Errorf("bad id %q", id)
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.db.Update(func(tx *bolt.Tx) error {
		return tx.Bucket([]byte(bucket)).Put(key, value)
	})
}

// RawDelete deletes a session the way Delete does, minus the compaction.
func (s *Store) RawDelete(id string) error {
	key, _ := idKey(id)
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.db.Update(func(tx *bolt.Tx) error {
		if err := tx.Bucket(bucketSessions).Delete(key); err != nil {
			return err
		}
		return tx.Bucket(bucketSummaries).Delete(key)
	})
}

// Migration is a step of the migration list, for checking its order.
type Migration struct{ From, To uint64 }

// Migrations lists the migration steps.
func Migrations() []Migration {
	var out []Migration
	for _, m := range migrations {
		out = append(out, Migration{m.from, m.to})
	}
	return out
}

// Buckets lists the top-level buckets of the open store.
func (s *Store) Buckets() []string {
	var out []string
	s.mu.RLock()
	defer s.mu.RUnlock()
	_ = s.db.View(func(tx *bolt.Tx) error {
		return tx.ForEach(func(name []byte, _ *bolt.Bucket) error {
			out = append(out, string(name))
			return nil
		})
	})
	return out
}

// SummaryForm returns the first byte of the opened list entry of id: '{'
// for JSON (schema 2), summaryFormat for the compact form.
func (s *Store) SummaryForm(id string) (byte, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	var form byte
	err := s.db.View(func(tx *bolt.Tx) error {
		m, err := s.readManifest(tx)
		if err != nil {
			return err
		}
		key, _ := idKey(id)
		pt, err := s.openPlain(m, bucketSummaries, id, tx.Bucket(bucketSummaries).Get(key))
		if err != nil {
			return err
		}
		defer wipe(pt)
		if len(pt) > 0 {
			form = pt[0]
		}
		return nil
	})
	return form, err
}

// SummaryFormat is the first byte of a compact list entry.
const SummaryFormat = summaryFormat
