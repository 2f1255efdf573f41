package store

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"

	bolt "go.etcd.io/bbolt"
)

var (
	adDataKey  = assoc(bucketMeta, string(keyDataKey))
	adKeyCheck = assoc(bucketMeta, string(keyKeyCheck))
)

// Initialized reports whether the store has a wrapped data key, that is
// whether Unlock (rather than Init) is the way in.
func (s *Store) Initialized() bool {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.db == nil {
		return false
	}
	found := false
	_ = s.db.View(func(tx *bolt.Tx) error {
		if m := tx.Bucket(bucketMeta); m != nil {
			found = m.Get(keyDataKey) != nil
		}
		return nil
	})
	return found
}

// Init gives a new store its passphrase, which must pass CheckPassphrase: it draws a random salt and a
// random 32-byte data key, wraps the data key under the argon2id key of
// the passphrase, stores the parameters and a key-check value, and leaves
// the store unlocked. It takes as long as an Unlock: run it off the UI
// goroutine. The caller may wipe passphrase afterwards.
func (s *Store) Init(passphrase []byte) error {
	if err := CheckPassphrase(passphrase); err != nil {
		return err
	}
	if s.Initialized() {
		return ErrAlreadyInitialized
	}
	rec, err := newKDFRecord(s.opts.KDF)
	if err != nil {
		return err
	}
	dataKey, err := randomKey()
	if err != nil {
		return err
	}
	sl, err := newSealer(dataKey)
	if err != nil {
		return err
	}
	wrapped, err := wrapKey(rec, passphrase, dataKey)
	if err != nil {
		return err
	}
	check, err := sl.seal(adKeyCheck, keyCheck)
	if err != nil {
		return err
	}
	kdf, err := json.Marshal(rec)
	if err != nil {
		return err
	}

	s.mu.Lock()
	defer s.mu.Unlock()
	if s.db == nil {
		sl.wipe()
		return ErrClosed
	}
	err = s.db.Update(func(tx *bolt.Tx) error {
		m, err := bucket(tx, bucketMeta)
		if err != nil {
			return err
		}
		// A second window cannot be here (the file is locked), but
		// two goroutines of this one can.
		if m.Get(keyDataKey) != nil {
			return ErrAlreadyInitialized
		}
		if err := putAll(m, keyKDF, kdf, keyDataKey, wrapped, keyKeyCheck, check); err != nil {
			return err
		}
		// The first manifest lists what is there (nothing, unless
		// sessions were put in a store that had no key yet).
		old := s.key
		s.key = sl
		defer func() { s.key = old }()
		man, err := s.readManifest(tx)
		if err != nil {
			return err
		}
		return s.writeManifest(tx, man)
	})
	if err != nil {
		sl.wipe()
		return writeError(err)
	}
	s.dropKey()
	s.key = sl
	return nil
}

// Unlock derives the key from the passphrase with the parameters stored in
// the file and unwraps the data key. A wrong passphrase gives
// ErrWrongPassphrase and writes nothing. It takes about as long as the
// KDF (DefaultKDF: a third of a second): run it off the UI goroutine.
func (s *Store) Unlock(passphrase []byte) error {
	rec, wrapped, check, err := s.readKeys()
	if err != nil {
		return err
	}
	dataKey, err := unwrapKey(rec, passphrase, wrapped)
	if err != nil {
		return err
	}
	sl, err := newSealer(dataKey)
	if err != nil {
		return err
	}
	if pt, err := sl.open(adKeyCheck, check); err != nil || !bytes.Equal(pt, keyCheck) {
		sl.wipe()
		return fmt.Errorf("%w: the data key does not match the key check", ErrCorrupt)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.db == nil {
		sl.wipe()
		return ErrClosed
	}
	s.dropKey()
	s.key = sl
	s.sealPendingManifest()
	s.resealPendingSummaries()
	return nil
}

// sealPendingManifest writes the manifest that the migration to schema 2
// left owed. If the file cannot be written (a read-only disk), the store
// still opens: readManifest builds the same list from the records.
func (s *Store) sealPendingManifest() {
	if !s.pending(keyManifestPending) {
		return
	}
	_ = s.update(func(tx *bolt.Tx) error {
		m, err := bucket(tx, bucketMeta)
		if err != nil || m.Get(keyManifestPending) == nil {
			return err
		}
		man, err := s.readManifest(tx)
		if err != nil {
			return err
		}
		return s.writeManifest(tx, man)
	})
}

// ChangePassphrase rewraps the data key under a new passphrase (with a new
// salt and the current Options.KDF); no session is rewritten. It does not
// change whether the store is unlocked. It runs the KDF twice.
func (s *Store) ChangePassphrase(old, new []byte) error {
	if err := CheckPassphrase(new); err != nil {
		return err
	}
	rec, wrapped, _, err := s.readKeys()
	if err != nil {
		return err
	}
	dataKey, err := unwrapKey(rec, old, wrapped)
	if err != nil {
		return err
	}
	defer wipe(dataKey)
	newRec, err := newKDFRecord(s.opts.KDF)
	if err != nil {
		return err
	}
	newWrapped, err := wrapKey(newRec, new, dataKey)
	if err != nil {
		return err
	}
	kdf, err := json.Marshal(newRec)
	if err != nil {
		return err
	}

	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.db == nil {
		return ErrClosed
	}
	return s.db.Update(func(tx *bolt.Tx) error {
		m, err := bucket(tx, bucketMeta)
		if err != nil {
			return err
		}
		// The KDF ran outside the transaction so that saves were not
		// held up; make sure nobody rewrapped the key meanwhile.
		if !bytes.Equal(m.Get(keyDataKey), wrapped) {
			return errors.New("the passphrase was changed meanwhile; try again")
		}
		return putAll(m, keyKDF, kdf, keyDataKey, newWrapped)
	})
}

// readKeys copies the key records out of the file.
func (s *Store) readKeys() (rec kdfRecord, wrapped, check []byte, err error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.db == nil {
		return rec, nil, nil, ErrClosed
	}
	var kdf []byte
	err = s.db.View(func(tx *bolt.Tx) error {
		m, err := bucket(tx, bucketMeta)
		if err != nil {
			return err
		}
		kdf = bytes.Clone(m.Get(keyKDF))
		wrapped = bytes.Clone(m.Get(keyDataKey))
		check = bytes.Clone(m.Get(keyKeyCheck))
		return nil
	})
	switch {
	case err != nil:
		return rec, nil, nil, err
	case wrapped == nil:
		return rec, nil, nil, ErrNotInitialized
	case kdf == nil || check == nil:
		return rec, nil, nil, fmt.Errorf("%w: key records incomplete", ErrCorrupt)
	}
	rec, err = parseKDFRecord(kdf)
	return rec, wrapped, check, err
}

func wrapKey(rec kdfRecord, passphrase, dataKey []byte) ([]byte, error) {
	kek := rec.kek(passphrase)
	defer wipe(kek)
	sl, err := newSealer(kek)
	if err != nil {
		return nil, err
	}
	return sl.seal(adDataKey, dataKey)
}

// unwrapKey fails with ErrWrongPassphrase when the AEAD does not open: a
// wrong passphrase and a damaged wrapper look the same, and the wrong
// passphrase is by far the likelier.
func unwrapKey(rec kdfRecord, passphrase, wrapped []byte) ([]byte, error) {
	kek := rec.kek(passphrase)
	defer wipe(kek)
	sl, err := newSealer(kek)
	if err != nil {
		return nil, err
	}
	dataKey, err := sl.open(adDataKey, wrapped)
	if err != nil {
		return nil, ErrWrongPassphrase
	}
	if len(dataKey) != keySize {
		wipe(dataKey)
		return nil, fmt.Errorf("%w: data key of %d bytes", ErrCorrupt, len(dataKey))
	}
	return dataKey, nil
}

func putAll(b *bolt.Bucket, kv ...[]byte) error {
	for i := 0; i+1 < len(kv); i += 2 {
		if err := b.Put(kv[i], kv[i+1]); err != nil {
			return err
		}
	}
	return nil
}
