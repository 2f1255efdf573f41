package store

import (
	"os"

	bolt "go.etcd.io/bbolt"
)

// fileLayer is how the store reaches the file system. kring always uses
// osFiles; tests inside this package give Open another one (through the
// unexported Options.files) to make a write, a sync, the folder or the
// disk fail, and check that each failure is said clearly and loses nothing.
type fileLayer struct {
	// openFile opens the store file for bbolt.
	openFile func(name string, flag int, perm os.FileMode) (*os.File, error)
	// createTemp makes the temporary files of create, compact and backup.
	createTemp func(dir, pattern string) (*os.File, error)
	// commit runs at the end of every write transaction, where bbolt
	// writes and syncs the pages; an error aborts the transaction as a
	// failed write or sync does. nil in kring itself.
	commit func() error
}

var osFiles = &fileLayer{openFile: os.OpenFile, createTemp: os.CreateTemp}

func (f *fileLayer) boltOptions(o *bolt.Options) *bolt.Options {
	o.OpenFile = f.openFile
	return o
}

// update runs fn in a write transaction through the file layer.
func (s *Store) update(fn func(tx *bolt.Tx) error) error {
	return writeError(s.db.Update(func(tx *bolt.Tx) error {
		if err := fn(tx); err != nil {
			return err
		}
		if c := s.opts.files.commit; c != nil {
			return c()
		}
		return nil
	}))
}
