package store

import (
	"encoding/json"
	"fmt"

	"kring/model"
)

// adAside binds a session sealed aside to its purpose, so that it cannot
// be taken for a stored record.
var adAside = []byte("aside/")

// SealAside seals a session under the data key without writing it
// anywhere. The screen uses it for a change whose save failed (a full
// disk) when it locks: the change is kept in memory as ciphertext while
// the key is gone, and OpenAside gives it back after Unlock, so that the
// lock neither loses the change nor keeps the family's data readable.
func (s *Store) SealAside(sess *model.Session) ([]byte, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if err := s.unsealed(); err != nil {
		return nil, err
	}
	pt, err := json.Marshal(sess)
	if err != nil {
		return nil, err
	}
	defer wipe(pt)
	return s.key.seal(adAside, pt)
}

// OpenAside opens what SealAside sealed; it needs the same data key, so
// call it after Unlock.
func (s *Store) OpenAside(sealed []byte) (*model.Session, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if err := s.unsealed(); err != nil {
		return nil, err
	}
	pt, err := s.key.open(adAside, sealed)
	if err != nil {
		return nil, fmt.Errorf("%w: a change kept aside: %v", ErrCorrupt, err)
	}
	defer wipe(pt)
	var sess model.Session
	if err := json.Unmarshal(pt, &sess); err != nil {
		return nil, fmt.Errorf("%w: a change kept aside: %v", ErrCorrupt, err)
	}
	return &sess, nil
}
