package ui

import "kring/model"

// Store is what the UI needs of storage. The command wires it to the
// encrypted store; tests hand in a fake. Every method may block (key
// derivation, disk sync) and is only called from a tea.Cmd.
type Store interface {
	Initialized() bool
	Init(passphrase []byte) error
	Unlock(passphrase []byte) error
	Lock()
	List() ([]model.Summary, error)
	Get(id string) (*model.Session, error)
	Create(s *model.Session) (string, error)
	Save(s *model.Session) error
	Delete(id string) error
}
