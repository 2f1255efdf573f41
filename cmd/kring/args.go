package main

import (
	"flag"
	"io"
	"strings"
)

// globals are the options every command takes.
type globals struct {
	dataDir string
	lang    string
}

// command is a parsed command line: the command word, its positional
// arguments and its own options.
type command struct {
	name   string
	args   []string
	format string
	out    string
	// pseudo asks export for a pseudonymised copy (--pseudonymise).
	pseudo bool
	// csvComma asks for CSV with commas and no byte order mark
	// (--csv-comma) instead of the Dutch Excel form.
	csvComma bool
	// notes asks export to put the coach's notes into the report (--notes).
	notes bool
	// visit is the visit export writes (--visit N, 0 the latest); compare
	// adds what changed since the visit before (--compare).
	visit   int
	compare bool
	// lockAfter is the idle time before the TUI locks, such as "5m".
	lockAfter string
	// present is the trainer's presentation mode of kring demo (--present).
	present bool
	g       globals
}

// errUsage carries a catalogue key and its arguments for a usage error,
// so that the message is given in the user's language once the language
// is known.
type errUsage struct {
	key  string
	args []any
}

func (e *errUsage) Error() string { return e.key }

// parseArgs reads the command line. Options may stand before or after the
// command word and its arguments ("kring export 3 --format json"), which
// the flag package alone does not allow.
func parseArgs(argv []string) (command, error) {
	var c command
	fs := flag.NewFlagSet("kring", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.StringVar(&c.g.dataDir, "data-dir", "", "")
	fs.StringVar(&c.g.lang, "lang", "", "")
	fs.StringVar(&c.format, "format", "", "")
	fs.StringVar(&c.out, "out", "", "")
	fs.BoolVar(&c.pseudo, "pseudonymise", false, "")
	fs.BoolVar(&c.pseudo, "pseudonymize", false, "")
	fs.BoolVar(&c.csvComma, "csv-comma", false, "")
	fs.BoolVar(&c.notes, "notes", false, "")
	fs.IntVar(&c.visit, "visit", 0, "")
	fs.BoolVar(&c.compare, "compare", false, "")
	fs.StringVar(&c.lockAfter, "lock-after", "", "")
	fs.BoolVar(&c.present, "present", false, "")
	var words []string
	rest := argv
	for {
		if err := fs.Parse(rest); err != nil {
			if err == flag.ErrHelp {
				return command{name: "help", g: c.g}, nil
			}
			return c, flagError(err)
		}
		rest = fs.Args()
		if len(rest) == 0 {
			break
		}
		if rest[0] == "--" {
			words = append(words, rest[1:]...)
			break
		}
		words = append(words, rest[0])
		rest = rest[1:]
	}
	if len(words) == 0 {
		c.name = "tui"
		return c, nil
	}
	c.name, c.args = words[0], words[1:]
	switch c.name {
	case "-h", "--help":
		c.name = "help"
	}
	return c, nil
}

// want checks the number of positional arguments of a command.
func (c command) want(n int, what string) error {
	switch {
	case len(c.args) < n:
		return &errUsage{key: "cli.missing_arg", args: []any{c.name, what}}
	case len(c.args) > n:
		return &errUsage{key: "cli.too_many_args", args: []any{c.name}}
	}
	return nil
}

// flagError says in the user's language what the flag package found: an
// unknown option or one without its value. Anything else keeps the
// package's own words.
func flagError(err error) error {
	msg := strings.TrimSpace(err.Error())
	if name, ok := strings.CutPrefix(msg, "flag provided but not defined: "); ok {
		return &errUsage{key: "cli.unknown_flag", args: []any{name}}
	}
	if name, ok := strings.CutPrefix(msg, "flag needs an argument: "); ok {
		return &errUsage{key: "cli.flag_needs_value", args: []any{name}}
	}
	return &errUsage{key: "cli.bad_flag", args: []any{msg}}
}
