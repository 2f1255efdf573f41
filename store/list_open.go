package store

import (
	"encoding/binary"
	"fmt"
	"runtime"
	"sync"

	bolt "go.etcd.io/bbolt"

	"kring/model"
)

// listWorkers is the most goroutines that open list entries at once.
const listWorkers = 4

// openEntries opens and decodes every list entry of the bucket b: the
// AEAD and the decoding of 10,000 entries are most of List's time, and
// each entry opens on its own, so they are shared among the cores, each
// worker with one plaintext buffer (wiped after each entry) instead of
// one allocation per entry. The values are bbolt's memory, valid for the
// read transaction the caller holds until this returns.
//
// It returns the entries that opened (newest id first: sessions made
// later are mostly changed later, so they come out nearly in List's
// order, see sortSummaries), how many entries the manifest knows that
// were found (live), and the ids or keys of the entries that did not open.
func (s *Store) openEntries(b *bolt.Bucket, m *manifest) (out []model.Summary, live int, bad []string) {
	type entry struct {
		k, v []byte
		id   string
		err  error
	}
	entries := make([]entry, 0, len(m.gens))
	c := b.Cursor()
	for k, v := c.Last(); k != nil; k, v = c.Prev() {
		entries = append(entries, entry{k: k, v: v})
	}
	sums := make([]model.Summary, len(entries))
	work := func(lo, hi int) {
		var buf openBuf
		for i := lo; i < hi; i++ {
			e := &entries[i]
			id, ok := idString(e.k)
			if !ok {
				e.err = errBadKey
				continue
			}
			e.id = id
			e.err = s.openSummaryBuf(m, id, e.v, &sums[i], &buf)
			sums[i].ID = id
		}
	}
	n := min(runtime.GOMAXPROCS(0), listWorkers, max(len(entries)/500, 1))
	var wg sync.WaitGroup
	for w := 1; w < n; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			work(len(entries)*w/n, len(entries)*(w+1)/n)
		}()
	}
	work(0, len(entries)/n)
	wg.Wait()

	out = sums[:0]
	for i := range entries {
		e := &entries[i]
		switch {
		case e.err == errBadKey:
			bad = append(bad, fmt.Sprintf("key %x", e.k))
		case e.err != nil:
			if _, ok := m.gens[binary.BigEndian.Uint64(e.k)]; ok {
				live++
			}
			bad = append(bad, e.id)
		default:
			live++ // openSummaryBuf checked it against the manifest
			out = append(out, sums[i])
		}
	}
	// What did not open leaves nothing behind in the slots after out.
	clear(sums[len(out):])
	return out, live, bad
}

// errBadKey marks a list entry whose key is not a session id.
var errBadKey = fmt.Errorf("%w: a list entry's key is not a session id", ErrCorrupt)
