//go:build !linux

package store

// populateFlag is 0 where mmap has no MAP_POPULATE: pages fault in as
// verify reads them (see populate_linux.go).
const populateFlag = 0
