package store

import (
	"crypto/cipher"
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"

	"golang.org/x/crypto/argon2"
	"golang.org/x/crypto/chacha20poly1305"
)

// KDFParams are the argon2id costs that turn a passphrase into the key
// that wraps the data key. They are stored in the file with the salt, so
// they can be raised later without breaking older stores.
type KDFParams struct {
	Time      uint32 // passes over the memory
	MemoryKiB uint32 // memory in KiB
	Threads   uint8  // lanes
}

// DefaultKDF makes unlocking take about a third of a second on a 2-core
// laptop (measured by BenchmarkUnlock): slow enough to make guessing a
// passphrase from a stolen file expensive, quick enough at a kitchen table.
var DefaultKDF = KDFParams{Time: defaultTime, MemoryKiB: defaultMemoryKiB, Threads: defaultThreads}

// The defaults, and the bounds a file's parameters must keep to: at most
// four times each default, and at most four times the default's cost
// (passes times memory). A kring that raises its defaults raises these
// with them. Without them a file could make Unlock run for minutes and
// take gigabytes (t=64, m=1 GiB, p=255 took 248 s) before saying "wrong
// passphrase".
const (
	defaultTime      = 3
	defaultMemoryKiB = 192 << 10
	defaultThreads   = 4

	maxTime      = 4 * defaultTime
	maxMemoryKiB = 4 * defaultMemoryKiB
	maxThreads   = 4 * defaultThreads
	maxCost      = 4 * defaultTime * defaultMemoryKiB
)

// ErrKDFTooCostly means the file asks for key derivation costs beyond the
// bounds above. Unlock refuses it before deriving anything.
var ErrKDFTooCostly = errors.New("key derivation settings beyond kring's bounds")

const (
	keySize  = chacha20poly1305.KeySize
	saltSize = 16
	kdfAlg   = "argon2id"
)

// keyCheck is sealed under the data key at Init; opening it at Unlock
// proves that the unwrapped data key is the one the records were sealed
// with, not merely a key that the stored wrapper yields.
var keyCheck = []byte("kring key check v1")

// kdfRecord is the plaintext meta/kdf value.
type kdfRecord struct {
	Alg       string `json:"alg"`
	Version   int    `json:"v"`
	Time      uint32 `json:"t"`
	MemoryKiB uint32 `json:"m"`
	Threads   uint8  `json:"p"`
	Salt      []byte `json:"salt"`
}

func newKDFRecord(p KDFParams) (kdfRecord, error) {
	r := kdfRecord{Alg: kdfAlg, Version: argon2.Version, Time: p.Time, MemoryKiB: p.MemoryKiB, Threads: p.Threads, Salt: make([]byte, saltSize)}
	if err := r.valid(); err != nil {
		return r, err
	}
	_, err := rand.Read(r.Salt)
	return r, err
}

// valid bounds the parameters: a damaged or hostile file must not make
// Unlock allocate terabytes or spin for hours.
func (r kdfRecord) valid() error {
	switch {
	case r.Alg != kdfAlg || r.Version != argon2.Version:
		return fmt.Errorf("unknown key derivation %q version %d", r.Alg, r.Version)
	case r.Time > maxTime, r.MemoryKiB > maxMemoryKiB, r.Threads > maxThreads,
		uint64(r.Time)*uint64(r.MemoryKiB) > maxCost:
		return fmt.Errorf("%w: argon2id t=%d, m=%d MiB, p=%d; at most t=%d, m=%d MiB, p=%d and %d passes over 1 MiB", ErrKDFTooCostly,
			r.Time, r.MemoryKiB>>10, r.Threads, maxTime, maxMemoryKiB>>10, maxThreads, maxCost>>10)
	case r.Time < 1:
		return fmt.Errorf("argon2id time %d out of range", r.Time)
	case r.MemoryKiB < 8*uint32(r.Threads):
		return fmt.Errorf("argon2id memory %d KiB out of range", r.MemoryKiB)
	case r.Threads < 1:
		return fmt.Errorf("argon2id threads %d out of range", r.Threads)
	case r.Salt != nil && (len(r.Salt) < 8 || len(r.Salt) > 64):
		return fmt.Errorf("salt of %d bytes", len(r.Salt))
	}
	return nil
}

func parseKDFRecord(b []byte) (kdfRecord, error) {
	var r kdfRecord
	if err := json.Unmarshal(b, &r); err != nil {
		return r, fmt.Errorf("%w: key derivation parameters: %v", ErrCorrupt, err)
	}
	if r.Salt == nil {
		return r, fmt.Errorf("%w: key derivation parameters without salt", ErrCorrupt)
	}
	if err := r.valid(); err != nil {
		return r, fmt.Errorf("%w: %w", ErrCorrupt, err)
	}
	return r, nil
}

// kek derives the key-encryption key; the caller wipes it. Every use of
// the KDF (Init, Unlock, ChangePassphrase, each CLI command) passes here,
// so the KDF's memory is handed back in one place.
func (r kdfRecord) kek(passphrase []byte) []byte {
	k := argon2.IDKey(passphrase, r.Salt, r.Time, r.MemoryKiB, r.Threads, keySize)
	releaseKDFMemory(r.MemoryKiB)
	return k
}

// sealer holds the data key while the store is unlocked. The AEAD keeps
// its own copy of the key, which Go gives no way to wipe; dropping it on
// Lock is the best the language allows.
type sealer struct {
	key  []byte
	aead cipher.AEAD
}

func newSealer(key []byte) (*sealer, error) {
	aead, err := chacha20poly1305.NewX(key)
	if err != nil {
		return nil, err
	}
	return &sealer{key: key, aead: aead}, nil
}

func (s *sealer) wipe() {
	wipe(s.key)
	s.aead = nil
}

// seal returns nonce || ciphertext. A random 24-byte nonce never repeats
// in practice, so the same key can seal every record for the store's life.
func (s *sealer) seal(ad, plaintext []byte) ([]byte, error) {
	nonceSize := s.aead.NonceSize()
	out := make([]byte, nonceSize, nonceSize+len(plaintext)+s.aead.Overhead())
	if _, err := rand.Read(out); err != nil {
		return nil, err
	}
	return s.aead.Seal(out, out[:nonceSize], plaintext, ad), nil
}

var errOpen = errors.New("message authentication failed")

func (s *sealer) open(ad, sealed []byte) ([]byte, error) { return s.openTo(nil, ad, sealed) }

// openTo is open appending the plaintext to dst, so that a caller that
// opens many records can reuse one buffer.
func (s *sealer) openTo(dst, ad, sealed []byte) ([]byte, error) {
	nonceSize := s.aead.NonceSize()
	if len(sealed) < nonceSize+s.aead.Overhead() {
		return nil, errOpen
	}
	pt, err := s.aead.Open(dst, sealed[:nonceSize], sealed[nonceSize:], ad)
	if err != nil {
		return nil, errOpen
	}
	return pt, nil
}

// assoc is the associated data of a record: bucket "/" name. It binds a
// ciphertext to its place, so a value moved to another id fails to open.
func assoc(bucket []byte, name string) []byte {
	ad := make([]byte, 0, len(bucket)+1+len(name))
	ad = append(ad, bucket...)
	ad = append(ad, '/')
	return append(ad, name...)
}

func wipe(b []byte) {
	clear(b)
}

func randomKey() ([]byte, error) {
	k := make([]byte, keySize)
	_, err := rand.Read(k)
	return k, err
}
