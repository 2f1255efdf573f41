// Command kring is a terminal app with which a wijkcoach and a family map
// the family's network together: who is around the child, who helps with
// what, who could become the child's JIM, and whether the network-first
// condition was examined before youth care is granted.
//
// Without arguments kring opens the program; the subcommands (list,
// export, import, delete, backup, check, version, help) are for scripts
// and tests. Run "kring help" for the list.
package main

import (
	"os"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "dev"

func main() {
	env := environ{getenv: os.Getenv}
	os.Exit(run(os.Args[1:], env, stdio{in: os.Stdin, out: os.Stdout, err: os.Stderr}, defaultConfig()))
}
