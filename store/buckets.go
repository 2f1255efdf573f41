package store

import (
	"fmt"

	bolt "go.etcd.io/bbolt"
)

// bucket returns one of the top-level buckets. The first migration makes
// all of them, so one that is missing was removed by damage, never by
// kring: that is ErrCorrupt, said in one place for every reader and writer.
func bucket(tx *bolt.Tx, name []byte) (*bolt.Bucket, error) {
	b := tx.Bucket(name)
	if b == nil {
		return nil, fmt.Errorf("%w: no %s bucket", ErrCorrupt, name)
	}
	return b, nil
}
