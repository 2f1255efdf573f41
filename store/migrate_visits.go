package store

import bolt "go.etcd.io/bbolt"

// markVisits is the migration from schema 3 to 4, which came with
// follow-up visits (model.Visit, issue 16). The visits live inside each
// sealed session, and a session stored before them reads as one visit
// (model.Session.OpenVisitDate: its date, else the day it was made), so no
// record is rewritten: rewriting would give every session an explicit
// visit date and make its kring/v1 export one that older kring versions
// cannot read. The migration is the version bump itself. A kring that
// knows only schema 3 decodes sessions leniently and would drop the earlier
// visits the next time it saved one; at schema 4 it stops with "update
// kring" (ErrNewerVersion) instead, before any session is opened.
func markVisits(*bolt.Tx) error { return nil }
