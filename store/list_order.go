package store

import (
	"cmp"
	"encoding/binary"
	"slices"
	"strconv"

	bolt "go.etcd.io/bbolt"

	"kring/model"
)

// sortSummaries puts list entries in List's order, newest Updated first,
// ties by id. Entries are large structs, so it orders small keys and
// moves each entry once; when the entries already are in order (the
// usual case: List reads them newest id first) it only checks.
func sortSummaries(sums []model.Summary) []model.Summary {
	type key struct {
		sec  int64
		nsec int
		id   uint64
		i    int
	}
	keys := make([]key, len(sums))
	for i := range sums {
		u := sums[i].Updated
		keys[i] = key{u.Unix(), u.Nanosecond(), mustID(sums[i].ID), i}
	}
	order := func(a, b key) int {
		if c := cmp.Compare(b.sec, a.sec); c != 0 {
			return c
		}
		if c := cmp.Compare(b.nsec, a.nsec); c != 0 {
			return c
		}
		return cmp.Compare(a.id, b.id)
	}
	if slices.IsSortedFunc(keys, order) {
		return sums
	}
	slices.SortFunc(keys, order)
	out := make([]model.Summary, len(sums))
	for i, k := range keys {
		out[i] = sums[k.i]
	}
	return out
}

// missingIDs names the sessions the manifest lists that have no list
// entry: a deleted session's entry put back is caught by its generation,
// but an entry removed from the file only here.
func missingIDs(b *bolt.Bucket, m *manifest) []string {
	var out []string
	for n := range m.gens {
		if b.Get(binary.BigEndian.AppendUint64(nil, n)) == nil {
			out = append(out, strconv.FormatUint(n, 10))
		}
	}
	return out
}
