package store

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"kring/model"
)

// A list entry (model.Summary) is stored in a compact binary form, decoded
// without reflection, because List opens every entry on each start-up:
// json.Unmarshal of 10,000 summaries was most of a list's time. Schema 2
// stored JSON; decodeSummary still reads it, for the entries of a file
// migrated to schema 3 that the first Unlock has not yet rewritten.
//
// The form, after the version byte summaryFormat (JSON starts with '{'):
//
//	created  uvarint length, time.Time's binary form (keeps the offset)
//	updated  the same
//	label    uvarint length, UTF-8
//	youths   uvarint count, then each as uvarint length, UTF-8
//	demo     one byte, 0 or 1
//
// The id is not stored: it is the record's key.
const summaryFormat = 1

// appendSummary appends the compact form of sum to b.
func appendSummary(b []byte, sum *model.Summary) ([]byte, error) {
	b = append(b, summaryFormat)
	for _, t := range []time.Time{sum.Created, sum.Updated} {
		tb, err := t.MarshalBinary()
		if err != nil {
			return nil, err
		}
		b = appendBytes(b, tb)
	}
	b = appendBytes(b, []byte(sum.Label))
	b = binary.AppendUvarint(b, uint64(len(sum.Youths)))
	for _, y := range sum.Youths {
		b = appendBytes(b, []byte(y))
	}
	if sum.Demo {
		return append(b, 1), nil
	}
	return append(b, 0), nil
}

func appendBytes(b, v []byte) []byte {
	return append(binary.AppendUvarint(b, uint64(len(v))), v...)
}

var errSummaryShort = errors.New("list entry cut short")

// decodeSummary fills sum from a compact or (schema 2) JSON list entry.
func decodeSummary(pt []byte, sum *model.Summary) error {
	if len(pt) > 0 && pt[0] == '{' {
		return json.Unmarshal(pt, sum)
	}
	if len(pt) == 0 || pt[0] != summaryFormat {
		return fmt.Errorf("list entry of unknown form")
	}
	d := summaryDecoder{b: pt[1:]}
	for _, t := range []*time.Time{&sum.Created, &sum.Updated} {
		if err := t.UnmarshalBinary(d.bytes()); d.err == nil && err != nil {
			d.err = err
		}
	}
	sum.Label = string(d.bytes())
	if n := d.uvarint(); n > 0 && n <= uint64(len(d.b)) {
		sum.Youths = make([]string, n)
		for i := range sum.Youths {
			sum.Youths[i] = string(d.bytes())
		}
	} else if n > 0 {
		d.fail()
	}
	if len(d.b) != 1 || d.b[0] > 1 {
		d.fail()
	}
	if d.err != nil {
		return d.err
	}
	sum.Demo = d.b[0] == 1
	return nil
}

// summaryDecoder reads the fields in order; after the first error every
// read returns nothing and err stays.
type summaryDecoder struct {
	b   []byte
	err error
}

func (d *summaryDecoder) fail() {
	if d.err == nil {
		d.err = errSummaryShort
	}
	d.b = nil
}

func (d *summaryDecoder) uvarint() uint64 {
	v, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.fail()
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *summaryDecoder) bytes() []byte {
	n := d.uvarint()
	if n > uint64(len(d.b)) {
		d.fail()
		return nil
	}
	v := d.b[:n]
	d.b = d.b[n:]
	return v
}

// openAny opens a record of either bucket as check does: whole, and
// decoded as far as its form goes (a session as JSON, an entry compact).
func (s *Store) openAny(m *manifest, bucket []byte, id string, stored []byte) error {
	if string(bucket) == string(bucketSummaries) {
		var sum model.Summary
		return s.openSummary(m, id, stored, &sum)
	}
	var into json.RawMessage
	return s.openRecord(m, bucket, id, stored, &into)
}
