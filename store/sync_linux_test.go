package store_test

import (
	"os"
	"syscall"
)

// datasync is what bbolt calls on Linux.
func datasync(f *os.File) error { return syscall.Fdatasync(int(f.Fd())) }
