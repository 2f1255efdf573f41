package model

import "encoding/json"

// Clone returns a deep copy of the session, for handing a snapshot to a
// background save while the original is edited on. It goes through JSON,
// the one representation every field already round-trips through, so a
// field added later cannot be forgotten here.
func (s *Session) Clone() *Session {
	data, err := json.Marshal(s)
	if err != nil {
		// Only unsupported types fail to marshal, and Session has none.
		panic("model: session cannot be cloned: " + err.Error())
	}
	var out Session
	if err := json.Unmarshal(data, &out); err != nil {
		panic("model: session clone does not decode: " + err.Error())
	}
	return &out
}
