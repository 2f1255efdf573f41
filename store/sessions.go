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
// opened (damage), List returns the others together with an error
// wrapping ErrCorrupt that names the ids, so the rest stays reachable.
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
		c := b.Cursor()
		for k, v := c.First(); k != nil; k, v = c.Next() {
			id, ok := idString(k)
			if !ok {
				bad = append(bad, fmt.Sprintf("key %x", k))
				continue
			}
			var sum model.Summary
			if err := s.openJSON(bucketSummaries, id, v, &sum); err != nil {
				bad = append(bad, id)
				continue
			}
			sum.ID = id
			out = append(out, sum)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	slices.SortFunc(out, func(a, b model.Summary) int {
		if c := b.Updated.Compare(a.Updated); c != 0 {
			return c
		}
		// Canonical decimal ids sort by number as (length, text).
		if c := cmp.Compare(len(a.ID), len(b.ID)); c != 0 {
			return c
		}
		return strings.Compare(a.ID, b.ID)
	})
	if len(bad) > 0 {
		return out, fmt.Errorf("%w: cannot open the list entries of sessions %s", ErrCorrupt, strings.Join(bad, ", "))
	}
	return out, nil
}

// Get returns the session with the given id, or ErrNotFound.
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
		v := b.Get(key)
		if v == nil {
			return fmt.Errorf("%w: %s", ErrNotFound, id)
		}
		// openJSON copies out of v: bbolt's bytes die with the tx.
		return s.openJSON(bucketSessions, id, v, &sess)
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
	if err := s.createAll([]*model.Session{sess}); err != nil {
		return "", err
	}
	return sess.ID, nil
}

// createAll creates many sessions in one transaction (one fsync), which is
// how tests build large stores quickly.
func (s *Store) createAll(sessions []*model.Session) error {
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
	err := s.db.Update(func(tx *bolt.Tx) error {
		b, err := bucket(tx, bucketSessions)
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
			val, sumVal, err := s.sealSession(&c)
			if err != nil {
				return err
			}
			if err := putSession(tx, seqKey(seq), val, sumVal); err != nil {
				return err
			}
			made[i] = c
		}
		return nil
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
// model.Problems and nothing is written. Session and list entry are
// written in one transaction, so after a crash both are wholly old or
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
	// Seal before the transaction: bbolt's single writer is held only
	// for the puts and the commit.
	val, sumVal, err := s.sealSession(sess)
	if err != nil {
		return err
	}
	return s.db.Update(func(tx *bolt.Tx) error {
		b, err := bucket(tx, bucketSessions)
		if err != nil {
			return err
		}
		if b.Get(key) == nil {
			return fmt.Errorf("%w: %s", ErrNotFound, sess.ID)
		}
		return putSession(tx, key, val, sumVal)
	})
}

// Delete removes the session and its list entry, then compacts the file so
// that the deleted ciphertext does not linger in free pages. If the
// compaction fails the session is still deleted and the error says so.
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
	err := s.db.Update(func(tx *bolt.Tx) error {
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
		if err := b.Delete(key); err != nil {
			return err
		}
		return sb.Delete(key)
	})
	if err != nil {
		return err
	}
	if err := s.compact(); err != nil {
		return fmt.Errorf("session %s deleted, but compacting the file failed: %w", id, err)
	}
	return nil
}

// sealSession seals a session and its summary under its id; the caller
// holds mu.
func (s *Store) sealSession(sess *model.Session) (val, sumVal []byte, err error) {
	val, err = s.sealJSON(bucketSessions, sess.ID, sess)
	if err != nil {
		return nil, nil, err
	}
	sum := sess.Summary()
	sumVal, err = s.sealJSON(bucketSummaries, sess.ID, &sum)
	return val, sumVal, err
}

func putSession(tx *bolt.Tx, key, val, sumVal []byte) error {
	b, err := bucket(tx, bucketSessions)
	if err != nil {
		return err
	}
	sb, err := bucket(tx, bucketSummaries)
	if err != nil {
		return err
	}
	if err := b.Put(key, val); err != nil {
		return err
	}
	return sb.Put(key, sumVal)
}

func (s *Store) sealJSON(bucket []byte, id string, v any) ([]byte, error) {
	pt, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	defer wipe(pt)
	return s.key.seal(assoc(bucket, id), pt)
}

func (s *Store) openJSON(bucket []byte, id string, sealed []byte, v any) error {
	pt, err := s.key.open(assoc(bucket, id), sealed)
	if err != nil {
		return fmt.Errorf("%w: %s %s: %v", ErrCorrupt, bucket, id, err)
	}
	defer wipe(pt)
	if err := json.Unmarshal(pt, v); err != nil {
		return fmt.Errorf("%w: %s %s: %v", ErrCorrupt, bucket, id, err)
	}
	return nil
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
