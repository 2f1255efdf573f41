package store

import "runtime/debug"

// releaseFromKiB is the KDF memory from which kring hands the KDF's memory
// back at once. argon2id allocates MemoryKiB in one slice that is garbage
// the moment the key is derived, but Go's scavenger returns freed pages
// to the operating system only slowly, so without this a process that
// unlocked once keeps the KDF's 192 MiB as resident memory for minutes.
// Below 16 MiB (the tests' KDF) the forced collection costs more than it
// returns.
const releaseFromKiB = 16 << 10

// releaseKDFMemory collects the KDF's buffer and returns its pages to the
// operating system, in the background: debug.FreeOSMemory runs a full
// collection and hands 192 MiB back page by page, which took 34-172 ms on
// the loaded 2-core machine of README's Performance section, and unlock
// need not wait for it.
func releaseKDFMemory(memoryKiB uint32) {
	if memoryKiB >= releaseFromKiB {
		go debug.FreeOSMemory()
	}
}
