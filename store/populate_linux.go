package store

import "syscall"

// populateFlag asks Linux to map the whole file in one go when verify
// opens it: verify reads every page, and faulting them in one by one
// was most of Open's time on a big store (BenchmarkOpen10000). Only the
// verifying open, which is closed again at once, uses it: the store's own
// mapping stays lazy, so the file does not count in kring's memory.
const populateFlag = syscall.MAP_POPULATE
