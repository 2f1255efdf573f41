package ui

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"

	"kring/model"
)

// errWrongPassphrase is what the fake store answers to a wrong passphrase.
var errWrongPassphrase = errors.New("wrong passphrase")

// errLocked is what the fake store answers while it is locked.
var errLocked = errors.New("store is locked")

// fakeStore is an in-memory Store for the UI tests. It records every
// call, can be told to fail Save or Unlock, and can hold Save until the
// test lets it go, to test what the UI does while a save is in flight.
// Every method is safe for concurrent use: the UI calls them from
// commands, which run on their own goroutines.
type fakeStore struct {
	mu          sync.Mutex
	initialized bool
	pass        string
	open        bool
	sessions    map[string]*model.Session
	seq         int
	calls       []string
	saved       []*model.Session
	created     []*model.Session
	deleted     []string
	locks       int

	saveErr   error
	unlockErr error
	// saveGate, when set, makes Save wait for a value (or a close)
	// before it does its work.
	saveGate chan struct{}
}

// newFakeStore returns an initialized, unlocked store with passphrase
// pass holding copies of the sessions given.
func newFakeStore(pass string, sessions ...*model.Session) *fakeStore {
	f := &fakeStore{initialized: pass != "", pass: pass, open: true, sessions: map[string]*model.Session{}}
	for _, s := range sessions {
		c := s.Clone()
		if c.ID == "" {
			f.seq++
			c.ID = "s" + strconv.Itoa(f.seq)
		}
		f.sessions[c.ID] = c
	}
	return f
}

func (f *fakeStore) record(format string, args ...any) {
	f.calls = append(f.calls, fmt.Sprintf(format, args...))
}

func (f *fakeStore) Initialized() bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.record("Initialized")
	return f.initialized
}

func (f *fakeStore) Init(pass []byte) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.record("Init")
	if f.initialized {
		return errors.New("already initialized")
	}
	f.initialized, f.pass, f.open = true, string(pass), true
	return nil
}

func (f *fakeStore) Unlock(pass []byte) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.record("Unlock")
	switch {
	case f.unlockErr != nil:
		return f.unlockErr
	case !f.initialized:
		return errors.New("not initialized")
	case string(pass) != f.pass:
		return errWrongPassphrase
	}
	f.open = true
	return nil
}

func (f *fakeStore) Lock() {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.record("Lock")
	f.locks++
	f.open = false
}

func (f *fakeStore) List() ([]model.Summary, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.record("List")
	if !f.open {
		return nil, errLocked
	}
	out := make([]model.Summary, 0, len(f.sessions))
	for _, s := range f.sessions {
		out = append(out, s.Summary())
	}
	// Newest first, as the real store gives them.
	slices.SortFunc(out, func(a, b model.Summary) int {
		if c := b.Updated.Compare(a.Updated); c != 0 {
			return c
		}
		return strings.Compare(a.ID, b.ID)
	})
	return out, nil
}

func (f *fakeStore) Get(id string) (*model.Session, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.record("Get %s", id)
	if !f.open {
		return nil, errLocked
	}
	s, ok := f.sessions[id]
	if !ok {
		return nil, fmt.Errorf("no session %q", id)
	}
	return s.Clone(), nil
}

func (f *fakeStore) Create(s *model.Session) (string, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.record("Create %s", s.Label)
	if !f.open {
		return "", errLocked
	}
	f.seq++
	// Like the real store, only a created session gets its id.
	s.ID = "new" + strconv.Itoa(f.seq)
	f.sessions[s.ID] = s.Clone()
	f.created = append(f.created, s.Clone())
	return s.ID, nil
}

func (f *fakeStore) Save(s *model.Session) error {
	f.mu.Lock()
	f.record("Save %s", s.ID)
	gate := f.saveGate
	f.mu.Unlock()
	if gate != nil {
		<-gate
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.saveErr != nil {
		return f.saveErr
	}
	if !f.open {
		return errLocked
	}
	if _, ok := f.sessions[s.ID]; !ok {
		return fmt.Errorf("no session %q", s.ID)
	}
	f.sessions[s.ID] = s.Clone()
	f.saved = append(f.saved, s.Clone())
	return nil
}

func (f *fakeStore) Delete(id string) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.record("Delete %s", id)
	if !f.open {
		return errLocked
	}
	if _, ok := f.sessions[id]; !ok {
		return fmt.Errorf("no session %q", id)
	}
	delete(f.sessions, id)
	f.deleted = append(f.deleted, id)
	return nil
}

// failSave makes every later Save return err (nil: succeed again).
func (f *fakeStore) failSave(err error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.saveErr = err
}

// failUnlock makes every later Unlock return err (nil: check the
// passphrase again).
func (f *fakeStore) failUnlock(err error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.unlockErr = err
}

// holdSaves makes Save wait until release is called once per save.
func (f *fakeStore) holdSaves() {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.saveGate = make(chan struct{})
}

// releaseSave lets one waiting Save go on.
func (f *fakeStore) releaseSave() {
	f.mu.Lock()
	gate := f.saveGate
	f.mu.Unlock()
	gate <- struct{}{}
}

// releaseAll stops holding saves and lets every waiting one go.
func (f *fakeStore) releaseAll() {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.saveGate != nil {
		close(f.saveGate)
		f.saveGate = nil
	}
}

// callsOf returns the recorded calls that start with prefix.
func (f *fakeStore) callsOf(prefix string) []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []string
	for _, c := range f.calls {
		if strings.HasPrefix(c, prefix) {
			out = append(out, c)
		}
	}
	return out
}

// savedSessions returns copies of what Save wrote, in order.
func (f *fakeStore) savedSessions() []*model.Session {
	f.mu.Lock()
	defer f.mu.Unlock()
	return slices.Clone(f.saved)
}

func (f *fakeStore) createdSessions() []*model.Session {
	f.mu.Lock()
	defer f.mu.Unlock()
	return slices.Clone(f.created)
}

func (f *fakeStore) deletedIDs() []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return slices.Clone(f.deleted)
}

func (f *fakeStore) lockCount() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.locks
}

func (f *fakeStore) session(id string) *model.Session {
	f.mu.Lock()
	defer f.mu.Unlock()
	if s, ok := f.sessions[id]; ok {
		return s.Clone()
	}
	return nil
}

var _ Store = (*fakeStore)(nil)
