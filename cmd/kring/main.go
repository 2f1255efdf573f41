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
