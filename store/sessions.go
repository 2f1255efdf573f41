package store

import (
	"cmp"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"

	"kring/model"
)

// List returns the list entries of all sessions, newest Updated first,
// ties by id, read from the summaries alone. If some entries cannot be
// opened (damage), or do not match the manifest (an old copy put back, a
// deleted session returned), List returns the others together with an
// error wrapping ErrCorrupt that names the ids, so the rest stays reachable.
func (s *Store) List() ([]model.Summary, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if err := s.unsealed(); err != nil {
		return nil, err
	}
	var out []model.Summary
	var bad []string
	err := s.db.View(func(tx *bolt.Tx) error {
		b, err := bucket(tx, bucketSummaries)
		if err != nil {
			return err
		}
		m, err := s.readManifest(tx)
		if err != nil {
			return err
		}
		var live int
		out, live, bad = s.openEntries(b, m)
		if live < len(m.gens) {
			bad = append(bad, missingIDs(b, m)...)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	out = sortSummaries(out)
	if len(bad) > 0 {
		slices.SortFunc(bad, compareIDs)
		return out, &DamagedError{IDs: bad}
	}
	return out, nil
}

// compareIDs orders canonical decimal ids by number, as (length, text).
func compareIDs(a, b string) int {
	if c := cmp.Compare(len(a), len(b)); c != 0 {
		return c
	}
	return strings.Compare(a, b)
}

// Get returns the session with the given id, or ErrNotFound. A record
// that fails to open or does not match the manifest is ErrCorrupt.
func (s *Store) Get(id string) (*model.Session, error) {
	key, ok := idKey(id)
	if !ok {
		return nil, fmt.Errorf("%w: %q", ErrNotFound, id)
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	if err := s.unsealed(); err != nil {
		return nil, err
	}
	var sess model.Session
	err := s.db.View(func(tx *bolt.Tx) error {
		b, err := bucket(tx, bucketSessions)
		if err != nil {
			return err
		}
		m, err := s.readManifest(tx)
		if err != nil {
			return err
		}
		v := b.Get(key)
		if v == nil {
			if _, live := m.gens[mustID(id)]; live {
				return fmt.Errorf("%w: session %s is missing from the file", ErrCorrupt, id)
			}
			return fmt.Errorf("%w: %s", ErrNotFound, id)
		}
		// openRecord copies out of v: bbolt's bytes die with the tx.
		return s.openRecord(m, bucketSessions, id, v, &sess)
	})
	if err != nil {
		return nil, err
	}
	sess.ID = id
	return &sess, nil
}

// Create stores a new session under a fresh id, which it writes into
// sess.ID; Created and Updated are set to now where they are zero. A
// session that fails sess.Validate is refused with the model.Problems and
// sess is left as it was. Session and list entry are written in one
// transaction.
func (s *Store) Create(sess *model.Session) (string, error) {
	if err := s.CreateAll([]*model.Session{sess}); err != nil {
		return "", err
	}
	return sess.ID, nil
}

// CreateAll creates many sessions in one transaction (one fsync): how the
// tests and the performance harness (cmd/kringperf) build large stores
// quickly. Like Create, it refuses the lot if one fails Validate.
func (s *Store) CreateAll(sessions []*model.Session) error {
	for _, sess := range sessions {
		if ps := sess.Validate(); len(ps) > 0 {
			return ps
		}
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	if err := s.unsealed(); err != nil {
		return err
	}
	now := time.Now().UTC()
	made := make([]model.Session, len(sessions))
	err := s.update(func(tx *bolt.Tx) error {
		b, err := bucket(tx, bucketSessions)
		if err != nil {
			return err
		}
		m, err := s.readManifest(tx)
		if err != nil {
			return err
		}
		for i, sess := range sessions {
			seq, err := b.NextSequence()
			if err != nil {
				return err
			}
			c := *sess
			c.ID = strconv.FormatUint(seq, 10)
			if c.Created.IsZero() {
				c.Created = now
			}
			if c.Updated.IsZero() {
				c.Updated = now
			}
			// The id is part of the associated data, so sealing waits
			// for NextSequence.
			if err := s.putSession(tx, m, seq, &c); err != nil {
				return err
			}
			made[i] = c
		}
		return s.writeManifest(tx, m)
	})
	if err != nil {
		return err
	}
	// Only a committed session gets its id.
	for i, sess := range sessions {
		sess.ID, sess.Created, sess.Updated = made[i].ID, made[i].Created, made[i].Updated
	}
	return nil
}

// Save replaces the stored session with the same id, or returns
// ErrNotFound. A session that fails sess.Validate is refused with the
// model.Problems and nothing is written. Session, list entry and manifest
// are written in one transaction, so after a crash all are wholly old or
// wholly new. Save stores sess as given: the caller sets Updated, by which
// List orders.
func (s *Store) Save(sess *model.Session) error {
	key, ok := idKey(sess.ID)
	if !ok {
		return fmt.Errorf("%w: %q", ErrNotFound, sess.ID)
	}
	if ps := sess.Validate(); len(ps) > 0 {
		return ps
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	if err := s.unsealed(); err != nil {
		return err
	}
	return s.update(func(tx *bolt.Tx) error {
		b, err := bucket(tx, bucketSessions)
		if err != nil {
			return err
		}
		if b.Get(key) == nil {
			return fmt.Errorf("%w: %s", ErrNotFound, sess.ID)
		}
		m, err := s.readManifest(tx)
		if err != nil {
			return err
		}
		if err := s.putSession(tx, m, mustID(sess.ID), sess); err != nil {
			return err
		}
		return s.writeManifest(tx, m)
	})
}

// Delete removes the session, its list entry and its line in the
// manifest, then compacts the file so that the deleted ciphertext does not
// linger in free pages. If the compaction fails the session is still
// deleted, the error wraps ErrNotCompacted, and the next Open compacts.
func (s *Store) Delete(id string) error {
	key, ok := idKey(id)
	if !ok {
		return fmt.Errorf("%w: %q", ErrNotFound, id)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.unsealed(); err != nil {
		return err
	}
	err := s.update(func(tx *bolt.Tx) error {
		b, err := bucket(tx, bucketSessions)
		if err != nil {
			return err
		}
		sb, err := bucket(tx, bucketSummaries)
		if err != nil {
			return err
		}
		if b.Get(key) == nil {
			return fmt.Errorf("%w: %s", ErrNotFound, id)
		}
		m, err := s.readManifest(tx)
		if err != nil {
			return err
		}
		delete(m.gens, mustID(id))
		if err := b.Delete(key); err != nil {
			return err
		}
		if err := sb.Delete(key); err != nil {
			return err
		}
		if err := s.writeManifest(tx, m); err != nil {
			return err
		}
		return markCompactPending(tx)
	})
	if err != nil {
		return err
	}
	if err := s.compact(); err != nil {
		return &NotCompactedError{ID: id, Err: err}
	}
	return nil
}

// putSession seals a session and its summary under the manifest's next
// generation and records it there; the caller writes the manifest.
func (s *Store) putSession(tx *bolt.Tx, m *manifest, n uint64, sess *model.Session) error {
	b, err := bucket(tx, bucketSessions)
	if err != nil {
		return err
	}
	sb, err := bucket(tx, bucketSummaries)
	if err != nil {
		return err
	}
	gen := m.next
	m.next++
	m.gens[n] = gen
	pt, err := json.Marshal(sess)
	if err != nil {
		return err
	}
	val, err := s.sealRecord(bucketSessions, sess.ID, gen, pt)
	if err != nil {
		return err
	}
	sum := sess.Summary()
	if pt, err = appendSummary(nil, &sum); err != nil {
		return err
	}
	sumVal, err := s.sealRecord(bucketSummaries, sess.ID, gen, pt)
	if err != nil {
		return err
	}
	key := seqKey(n)
	if err := b.Put(key, val); err != nil {
		return err
	}
	return sb.Put(key, sumVal)
}

// sealRecord returns generation || sealed pt, and wipes pt.
func (s *Store) sealRecord(bucket []byte, id string, gen uint64, pt []byte) ([]byte, error) {
	defer wipe(pt)
	sealed, err := s.key.seal(recordAD(bucket, id, gen), pt)
	if err != nil {
		return nil, err
	}
	return append(binary.BigEndian.AppendUint64(make([]byte, 0, genSize+len(sealed)), gen), sealed...), nil
}

// openRecord checks a stored session's generation against the manifest
// and opens its JSON into v.
func (s *Store) openRecord(m *manifest, bucket []byte, id string, stored []byte, v any) error {
	pt, err := s.openPlain(m, bucket, id, stored)
	if err != nil {
		return err
	}
	defer wipe(pt)
	if err := json.Unmarshal(pt, v); err != nil {
		return fmt.Errorf("%w: %s %s: %v", ErrCorrupt, bucket, id, err)
	}
	return nil
}

// openSummary checks a stored list entry's generation against the
// manifest and decodes it into sum (summary.go).
func (s *Store) openSummary(m *manifest, id string, stored []byte, sum *model.Summary) error {
	return s.openSummaryBuf(m, id, stored, sum, &openBuf{})
}

// openBuf holds the buffers of one goroutine opening many records: the
// plaintext (wiped after each record) and the associated data.
type openBuf struct{ pt, ad []byte }

// openSummaryBuf is openSummary opening with the buffers of buf.
func (s *Store) openSummaryBuf(m *manifest, id string, stored []byte, sum *model.Summary, buf *openBuf) error {
	pt, err := s.openPlainBuf(m, bucketSummaries, id, stored, buf)
	if err != nil {
		return err
	}
	defer wipe(pt)
	if err := decodeSummary(pt, sum); err != nil {
		return fmt.Errorf("%w: %s %s: %v", ErrCorrupt, bucketSummaries, id, err)
	}
	return nil
}

// openPlain checks a stored value's generation against the manifest and
// returns its plaintext, which the caller wipes.
func (s *Store) openPlain(m *manifest, bucket []byte, id string, stored []byte) ([]byte, error) {
	return s.openPlainBuf(m, bucket, id, stored, &openBuf{})
}

// openPlainBuf is openPlain with the buffers of buf; the plaintext it
// returns is buf's, until the next record.
func (s *Store) openPlainBuf(m *manifest, bucket []byte, id string, stored []byte, buf *openBuf) ([]byte, error) {
	gen, sealed, ok := splitGen(stored)
	if !ok {
		return nil, fmt.Errorf("%w: %s %s: record of %d bytes", ErrCorrupt, bucket, id, len(stored))
	}
	if want, live := m.gens[mustID(id)]; !live || want != gen {
		return nil, staleError(id, gen, m)
	}
	buf.ad = appendRecordAD(buf.ad[:0], bucket, id, gen)
	pt, err := s.key.openTo(buf.pt[:0], buf.ad, sealed)
	if err != nil {
		return nil, fmt.Errorf("%w: %s %s: %v", ErrCorrupt, bucket, id, err)
	}
	buf.pt = pt[:0]
	return pt, nil
}

// seqKey is the bbolt key of a session: its sequence number, 8 bytes
// big-endian, so that keys sort by id.
func seqKey(n uint64) []byte { return binary.BigEndian.AppendUint64(nil, n) }

// idKey parses a session id, accepting only the canonical decimal form so
// that "007" and "7" cannot name the same record.
func idKey(id string) ([]byte, bool) {
	n, err := strconv.ParseUint(id, 10, 64)
	if err != nil || n == 0 || strconv.FormatUint(n, 10) != id {
		return nil, false
	}
	return seqKey(n), true
}

func idString(key []byte) (string, bool) {
	if len(key) != 8 {
		return "", false
	}
	return strconv.FormatUint(binary.BigEndian.Uint64(key), 10), true
}
