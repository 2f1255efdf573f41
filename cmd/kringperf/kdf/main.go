// Command kdf is the key derivation alone as a whole process: argon2id
// with store.DefaultKDF, as kring runs it for every unlock, and nothing
// else. cmd/kringperf times it to compare a kring command with the KDF
// runs it cannot avoid, measured the same way (a fresh process that must
// fault in the KDF's memory), rather than with a KDF timed inside the
// harness's own warm process.
package main

import (
	"fmt"

	"golang.org/x/crypto/argon2"

	"kring/store"
)

func main() {
	p := store.DefaultKDF
	k := argon2.IDKey([]byte("kringperf"), make([]byte, 16), p.Time, p.MemoryKiB, p.Threads, 32)
	fmt.Printf("%x\n", k[:4])
}
