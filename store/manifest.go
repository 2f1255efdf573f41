package store

import (
	"encoding/binary"
	"fmt"
	"slices"
	"strconv"

	bolt "go.etcd.io/bbolt"
)

// The manifest defends against rollback and resurrection: someone who can
// write the file and kept an old copy of a session's record (or of a
// deleted one) could otherwise put it back, and kring would show the old
// version or the deleted family without a word.
//
// Every write gives the records it writes the next number of one counter,
// the generation. The generation is stored in front of the sealed value
// and is part of its associated data, so it cannot be changed without the
// record failing to open. The manifest, one record sealed under the data
// key, lists every live session id with the generation of its records.
// A record whose generation differs from the manifest's was put back; an
// id the manifest does not list was deleted. What the manifest cannot see
// is a whole file replaced by an older copy: the old manifest comes with it.

// manifest is the decoded meta/manifest record.
type manifest struct {
	next uint64            // the generation the next write gets
	gens map[uint64]uint64 // session id -> generation of its records
}

var (
	keyManifest = []byte("manifest")
	// keyManifestPending is set by the migration to version 2, which
	// runs without the key: the first Unlock writes the manifest and
	// removes the mark. Until then every record must be of generation 0.
	keyManifestPending = []byte("manifest-pending")
	adManifest         = assoc(bucketMeta, string(keyManifest))
)

// genSize is the length of the generation in front of a sealed value.
const genSize = 8

// splitGen splits a stored value into its generation and sealed part.
func splitGen(v []byte) (gen uint64, sealed []byte, ok bool) {
	if len(v) < genSize {
		return 0, nil, false
	}
	return binary.BigEndian.Uint64(v), v[genSize:], true
}

// recordAD is the associated data of a session record of a generation.
// Generation 0 is a record from before manifests (schema 1), sealed with
// the plain bucket/id form.
func recordAD(bucket []byte, id string, gen uint64) []byte {
	return appendRecordAD(nil, bucket, id, gen)
}

// appendRecordAD appends recordAD's bytes to dst, which a caller opening
// many records reuses.
func appendRecordAD(dst, bucket []byte, id string, gen uint64) []byte {
	// Room for the generation's 20 digits too: one allocation at most.
	dst = slices.Grow(dst, len(bucket)+len(id)+22)
	dst = append(append(append(dst, bucket...), '/'), id...)
	if gen == 0 {
		return dst
	}
	return strconv.AppendUint(append(dst, '/'), gen, 10)
}

func (m *manifest) encode() []byte {
	out := make([]byte, 0, 8+16*len(m.gens))
	out = binary.BigEndian.AppendUint64(out, m.next)
	for id, gen := range m.gens {
		out = binary.BigEndian.AppendUint64(out, id)
		out = binary.BigEndian.AppendUint64(out, gen)
	}
	return out
}

func decodeManifest(b []byte) (*manifest, error) {
	if len(b) < 8 || (len(b)-8)%16 != 0 {
		return nil, fmt.Errorf("%w: manifest of %d bytes", ErrCorrupt, len(b))
	}
	m := &manifest{next: binary.BigEndian.Uint64(b), gens: make(map[uint64]uint64, (len(b)-8)/16)}
	for i := 8; i < len(b); i += 16 {
		m.gens[binary.BigEndian.Uint64(b[i:])] = binary.BigEndian.Uint64(b[i+8:])
	}
	return m, nil
}

// readManifest opens the manifest; the caller holds mu and the key. On a
// store migrated to version 2 and not yet unlocked since, it is built
// from the records, which must all be of generation 0.
func (s *Store) readManifest(tx *bolt.Tx) (*manifest, error) {
	meta, err := bucket(tx, bucketMeta)
	if err != nil {
		return nil, err
	}
	v := meta.Get(keyManifest)
	if v == nil {
		if meta.Get(keyManifestPending) == nil {
			return nil, fmt.Errorf("%w: the list of sessions (manifest) is missing", ErrCorrupt)
		}
		return legacyManifest(tx)
	}
	pt, err := s.key.open(adManifest, v)
	if err != nil {
		return nil, fmt.Errorf("%w: the list of sessions (manifest) cannot be opened", ErrCorrupt)
	}
	defer wipe(pt)
	return decodeManifest(pt)
}

// legacyManifest lists the sessions of a store that has no manifest yet.
func legacyManifest(tx *bolt.Tx) (*manifest, error) {
	b, err := bucket(tx, bucketSessions)
	if err != nil {
		return nil, err
	}
	m := &manifest{next: 1, gens: map[uint64]uint64{}}
	err = b.ForEach(func(k, v []byte) error {
		gen, _, ok := splitGen(v)
		if len(k) != 8 || !ok || gen != 0 {
			return fmt.Errorf("%w: session %x written after the manifest, which is missing", ErrCorrupt, k)
		}
		m.gens[binary.BigEndian.Uint64(k)] = 0
		return nil
	})
	return m, err
}

// writeManifest seals the manifest into the transaction.
func (s *Store) writeManifest(tx *bolt.Tx, m *manifest) error {
	meta, err := bucket(tx, bucketMeta)
	if err != nil {
		return err
	}
	pt := m.encode()
	defer wipe(pt)
	sealed, err := s.key.seal(adManifest, pt)
	if err != nil {
		return err
	}
	if err := meta.Put(keyManifest, sealed); err != nil {
		return err
	}
	return meta.Delete(keyManifestPending)
}

// staleError says why a record does not match the manifest.
func staleError(id string, gen uint64, m *manifest) error {
	want, live := m.gens[mustID(id)]
	if !live {
		return fmt.Errorf("%w: session %s was deleted, yet its record is in the file (an old copy was put back)", ErrCorrupt, id)
	}
	return fmt.Errorf("%w: session %s is an older version (%d) than the last one saved (%d): an old copy was put back", ErrCorrupt, id, gen, want)
}

// mustID is the number of a canonical id that idKey accepted.
func mustID(id string) uint64 {
	n, _ := strconv.ParseUint(id, 10, 64)
	return n
}
