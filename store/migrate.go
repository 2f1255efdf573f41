package store

import (
	"encoding/binary"
	"fmt"

	bolt "go.etcd.io/bbolt"
)

// SchemaVersion is the layout this kring writes. Open brings older files
// up to it and refuses newer ones with ErrNewerVersion.
const SchemaVersion = 4

// Bucket and key names. They are plaintext in the file: never put a
// name, note or label in a key.
var (
	bucketMeta      = []byte("meta")
	bucketSessions  = []byte("sessions")
	bucketSummaries = []byte("summaries")

	keyVersion  = []byte("version")
	keyKDF      = []byte("kdf")
	keyDataKey  = []byte("datakey")
	keyKeyCheck = []byte("keycheck")
)

// migration moves the file from one schema version to the next. apply and
// the version bump run in one transaction, so a crash leaves the file
// wholly at from or wholly at to.
type migration struct {
	from, to uint64
	what     string
	apply    func(tx *bolt.Tx) error
}

// migrations must stay ordered and contiguous from 0 to SchemaVersion
// (TestMigrationsContiguous). Add to the end; never edit a released step.
var migrations = []migration{
	{from: 0, to: 1, what: "create the meta, sessions and summaries buckets", apply: createBuckets},
	{from: 1, to: 2, what: "give every record a generation for the manifest", apply: addGenerations},
	{from: 2, to: 3, what: "list entries in a compact form, rewritten at the first unlock", apply: markSummariesPending},
	{from: 3, to: 4, what: "sessions hold follow-up visits; a session stored before is one visit", apply: markVisits},
}

func createBuckets(tx *bolt.Tx) error {
	// A file at version 0 is empty, or it is an empty bbolt file that
	// something else gave a meta bucket: buckets here are not kring's.
	if k, _ := tx.Cursor().First(); k != nil {
		return fmt.Errorf("%w: the file says it is a new store (schema version 0) but already holds data (bucket %q)", ErrCorrupt, k)
	}
	for _, name := range [][]byte{bucketMeta, bucketSessions, bucketSummaries} {
		if _, err := tx.CreateBucket(name); err != nil {
			return err
		}
	}
	return nil
}

// migrate runs the pending migrations one transaction each.
func migrate(db *bolt.DB) error {
	for {
		var v uint64
		err := db.View(func(tx *bolt.Tx) (err error) {
			v, err = readVersion(tx)
			return err
		})
		if err != nil {
			return err
		}
		if v == SchemaVersion {
			return nil
		}
		if v > SchemaVersion {
			return newerVersion(v)
		}
		m, ok := findMigration(v)
		if !ok {
			return fmt.Errorf("%w: no migration from schema version %d", ErrCorrupt, v)
		}
		err = db.Update(func(tx *bolt.Tx) error {
			if cur, err := readVersion(tx); err != nil || cur != m.from {
				return fmt.Errorf("schema version changed during migration: %d, %v", cur, err)
			}
			if err := m.apply(tx); err != nil {
				return err
			}
			return writeVersion(tx, m.to)
		})
		if err != nil {
			return fmt.Errorf("migrating the store from version %d to %d (%s): %w", m.from, m.to, m.what, err)
		}
	}
}

func findMigration(from uint64) (migration, bool) {
	for _, m := range migrations {
		if m.from == from {
			return m, true
		}
	}
	return migration{}, false
}

func newerVersion(v uint64) error {
	return fmt.Errorf("%w: the file has schema version %d, this kring knows up to version %d; update kring", ErrNewerVersion, v, SchemaVersion)
}

// readVersion returns 0 for an empty bbolt file, the state before the
// first migration. A file with other buckets but no meta is not ours.
func readVersion(tx *bolt.Tx) (uint64, error) {
	m := tx.Bucket(bucketMeta)
	if m == nil {
		if k, _ := tx.Cursor().First(); k != nil {
			return 0, fmt.Errorf("%w: not a kring store (bucket %q but no meta)", ErrCorrupt, k)
		}
		return 0, nil
	}
	v := m.Get(keyVersion)
	if len(v) != 8 {
		return 0, fmt.Errorf("%w: schema version of %d bytes", ErrCorrupt, len(v))
	}
	return binary.BigEndian.Uint64(v), nil
}

func writeVersion(tx *bolt.Tx, v uint64) error {
	m, err := bucket(tx, bucketMeta)
	if err != nil {
		return err
	}
	return m.Put(keyVersion, binary.BigEndian.AppendUint64(nil, v))
}

// addGenerations puts generation 0 in front of every session and summary
// value (schema 1 values were the sealed bytes alone) and marks the
// manifest as owed: the migration runs before the passphrase is known, so
// the first Unlock writes the sealed manifest (see readManifest).
func addGenerations(tx *bolt.Tx) error {
	for _, name := range [][]byte{bucketSessions, bucketSummaries} {
		b, err := bucket(tx, name)
		if err != nil {
			return err
		}
		var keys, vals [][]byte
		if err := b.ForEach(func(k, v []byte) error {
			keys = append(keys, k)
			vals = append(vals, append(make([]byte, genSize, genSize+len(v)), v...))
			return nil
		}); err != nil {
			return err
		}
		for i := range keys {
			if err := b.Put(keys[i], vals[i]); err != nil {
				return err
			}
		}
	}
	m, err := bucket(tx, bucketMeta)
	if err != nil {
		return err
	}
	return m.Put(keyManifestPending, []byte{1})
}
