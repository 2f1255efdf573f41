package store

import (
	"encoding/json"

	bolt "go.etcd.io/bbolt"

	"kring/model"
)

// keySummariesPending is set by the migration to schema 3, which runs
// without the key and so cannot rewrite the sealed list entries: the first
// Unlock rewrites them in the compact form and removes the mark. Until
// then decodeSummary reads the JSON ones.
var keySummariesPending = []byte("summaries-pending")

// markSummariesPending is the migration from schema 2 to 3. It also stops
// a kring that knows only schema 2, and would read the compact entries as
// damaged JSON, with ErrNewerVersion. A file without entries (a new
// store runs every migration) owes nothing, so its first Unlock writes
// nothing.
func markSummariesPending(tx *bolt.Tx) error {
	b, err := bucket(tx, bucketSummaries)
	if err != nil {
		return err
	}
	if k, _ := b.Cursor().First(); k == nil {
		return nil
	}
	return markPending(tx, keySummariesPending)
}

// resealPendingSummaries rewrites the JSON list entries that the migration
// to schema 3 left, in one transaction, each under its own generation (the
// content is the same list entry). An entry that does not open is left as
// it is for check to name. If the file cannot be written (a read-only
// disk) the store still opens: the JSON entries stay readable.
func (s *Store) resealPendingSummaries() {
	if !s.pending(keySummariesPending) {
		return
	}
	_ = s.update(func(tx *bolt.Tx) error {
		meta, err := bucket(tx, bucketMeta)
		if err != nil || meta.Get(keySummariesPending) == nil {
			return err
		}
		b, err := bucket(tx, bucketSummaries)
		if err != nil {
			return err
		}
		man, err := s.readManifest(tx)
		if err != nil {
			return err
		}
		var keys, vals [][]byte
		err = b.ForEach(func(k, v []byte) error {
			id, ok := idString(k)
			if !ok {
				return nil
			}
			gen, _, _ := splitGen(v)
			pt, err := s.openPlain(man, bucketSummaries, id, v)
			if err != nil {
				return nil
			}
			defer wipe(pt)
			if len(pt) == 0 || pt[0] != '{' {
				return nil
			}
			var sum model.Summary
			if json.Unmarshal(pt, &sum) != nil {
				return nil
			}
			compact, err := appendSummary(nil, &sum)
			if err != nil {
				return err
			}
			val, err := s.sealRecord(bucketSummaries, id, gen, compact)
			if err != nil {
				return err
			}
			keys, vals = append(keys, k), append(vals, val)
			return nil
		})
		if err != nil {
			return err
		}
		for i := range keys {
			if err := b.Put(keys[i], vals[i]); err != nil {
				return err
			}
		}
		return meta.Delete(keySummariesPending)
	})
}
