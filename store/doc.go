// Package store keeps intake sessions on the coach's laptop, encrypted at
// rest, in one bbolt file (FileName) in the user's data directory. It is
// the only package of kring that touches bbolt.
//
// The file is laid out as follows; keys are plaintext, so they never hold
// personal data, and every value except the schema version and the KDF
// parameters is sealed:
//
//	meta
//	├── version  : uint64, 8 bytes big-endian, the schema version
//	├── kdf      : JSON {alg, t, m, p, salt}, argon2id parameters (plaintext:
//	│              they are needed before anything can be opened)
//	├── datakey  : the 32-byte data key sealed under the key derived from
//	│              the passphrase (KEK)
//	├── keycheck : a known constant sealed under the data key
//	├── manifest : sealed: the next generation, then every live session id
//	│              with the generation of its records (manifest.go)
//	├── manifest-pending : set by the migration to schema 2 until the
//	│              first Unlock seals the manifest
//	├── summaries-pending : set by the migration to schema 3 until the
//	│              first Unlock rewrites the list entries compactly
//	└── compact-pending  : set by Delete until the file is compacted
//	sessions
//	└── <id>     : id is 8 bytes big-endian from NextSequence; value is
//	               the generation (8 bytes) and the sealed JSON of a
//	               model.Session (from schema 4 with its earlier visits,
//	               migrate_visits.go)
//	summaries
//	└── <id>     : same keys and generation; value is the sealed
//	               model.Summary that List reads, so a list never opens
//	               whole sessions, in a compact binary form (summary.go;
//	               JSON up to schema 2)
//
// Sealing is XChaCha20-Poly1305 with a random 24-byte nonce in front of the
// ciphertext. The associated data is the bucket name, "/" and the record's
// name (the decimal session id and "/" and its generation, or "datakey",
// "keycheck" and "manifest"), so a record copied to another id or bucket
// fails to open instead of showing the wrong family, and an old copy of a
// record put back does not match the manifest (see manifest.go).
//
// Every write goes through the file layer (files.go), where the package's
// tests inject a failing write or sync, a read-only folder and a full disk. The data key is random and never stored in the clear; changing
// the passphrase rewraps only the data key.
//
// A Store is opened (Open), then either initialised with a new passphrase
// (Init) or unlocked (Unlock). Until then, and after Lock, every method that
// reads or writes sessions returns ErrSealed. Open takes an exclusive lock
// on the file, so a second kring window gets ErrLocked instead of waiting.
//
// Open does not trust the file: it checks the size against what the meta
// page claims, reads every record with faults turned into panics, runs bbolt's
// consistency check and refuses a file from a newer kring (ErrNewerVersion)
// without writing a byte. Schema changes are migrations, each applied with
// its version bump in one transaction.
package store
