package i18n

// en is the English catalogue.
var en = map[string]string{
	// Command line.
	"cli.usage": `kring: map a family's network together with the family.

Usage:
  kring                      open the program
  kring list                 list all sessions (number, name, last change)
  kring export ID [--format FORMAT] [--out FILE] [--pseudonymise]
                             write out a session (json to the screen by default)
                             FORMAT: md, html or pdf (report), svg (map), csv,
                             dot, graphml, json, case (encrypted file),
                             plan, plan-md, plan-pdf (family group plan),
                             invitation, invitation-pdf (meeting invitation)
                             with --lang nl, csv is for Dutch Excel (; and
                             BOM); --csv-comma gives commas for scripts
                             --notes puts the coach's notes into the report
                             --visit N writes visit N (the latest by default);
                             --compare adds what changed since the visit before
  kring import FILE          read a kring/v1 or case file as a new session
  kring delete ID            delete a session
  kring backup FILE          back up the whole store
  kring check                check that the store is intact
  kring demo                 practise on made-up families (not kept)
                             --present: a calmer screen for a projector
  kring version              show the version
  kring help                 show this help

Options:
  --data-dir DIR             folder of the store (or KRING_DATA_DIR)
  --lang nl|en               language (or KRING_LANG)
  --lock-after 10m           lock after this long idle (or KRING_LOCK_AFTER; off = never)

Passphrase: kring asks for it. For scripts: KRING_PASSPHRASE_FILE or KRING_PASSPHRASE.
A case file gets a passphrase of its own: kring asks for it, or KRING_EXPORT_PASSPHRASE.`,
	"cli.unknown_command":  "Unknown command %q. Type 'kring help' for the list.",
	"cli.missing_arg":      "'%s' needs %s. Type 'kring help'.",
	"cli.too_many_args":    "Too many words after '%s'. Type 'kring help'.",
	"cli.unknown_flag":     "Unknown option %s. Type 'kring help'.",
	"cli.flag_needs_value": "The option %s needs a value. Type 'kring help'.",
	"cli.bad_flag":         "%s. Type 'kring help'.",
	"cli.unknown_format":   "Unknown format %q. Choose from: %s.",
	"cli.bad_lock_after":   "--lock-after (or KRING_LOCK_AFTER) must be a time such as 5m or 1h (at least 1m), or off.",
	"cli.unknown_lang":     "Unknown language %q. Choose nl or en.",
	"cli.arg.id":           "a session number",
	"cli.arg.file":         "a file name",
	"cli.version":          "kring %s",
	"cli.deleted":          "Session %s was deleted.",
	"cli.backup_done":      "The backup is in %s.",
	"cli.check_ok":         "The store is intact (%d sessions).",
	"cli.new_store":        "New store in %s.\nNote: nobody can recover a forgotten passphrase.",

	"pass.prompt":       "Passphrase: ",
	"pass.prompt_new":   "Choose a passphrase: ",
	"pass.prompt_again": "Type it once more: ",

	// Errors, one line each.
	"err.locked":            "Another kring window has this store open. Close that one first.",
	"err.wrong_passphrase":  "That passphrase is not right. Nothing was changed.",
	"err.newer_version":     "This store was made by a newer version of kring. Update kring; the file was not touched.",
	"err.corrupt":           "The store file %s is damaged. Restore a backup.",
	"err.not_found":         "There is no session with number %s.",
	"err.no_passphrase":     "No passphrase. Run kring in a terminal, or set KRING_PASSPHRASE_FILE.",
	"err.passphrase_file":   "Cannot read the passphrase file: %s",
	"err.passphrase_short":  "Choose a passphrase of at least %d characters.",
	"err.passphrase_differ": "The two passphrases are not the same.",
	"err.read_file":         "Cannot read %s: %s",
	"err.write_file":        "Cannot write %s: %s",
	"err.not_kring":         "%s is not a kring/v1 file.",
	"err.newer_format":      "%s was made by a newer version of kring (%s).",
	"err.syntax_nopos":      "%s is not valid JSON.",
	"err.syntax":            "%s, line %d, column %d: this is not valid JSON.",
	"err.field":             "%s, field %s: %s",
	"err.field.type":        "wrong kind of value",
	"err.field.unknown":     "unknown field",
	"err.problems":          "%s was not imported: %d problem(s). First: field %s: %s",
	"err.export_over_store": "That is the store file itself. Choose another file name for the export.",
	"err.file":              "Something went wrong with a file: %s",
	"err.os.not_exist":      "the folder or file %s does not exist",
	"err.os.permission":     "no permission for %s",
	"err.os.disk_full":      "the disk is full",
	"err.other":             "Something went wrong: %s",

	// What is wrong with a field (model.ProblemCode).
	"problem.required":      "must not be empty",
	"problem.unknown_code":  "unknown value %q",
	"problem.out_of_range":  "value %s is out of range",
	"problem.dangling_id":   "points to %q, which does not exist",
	"problem.duplicate_id":  "number %q occurs twice",
	"problem.bad_date":      "%q is not a date (YYYY-MM-DD)",
	"problem.too_long":      "is too long",
	"problem.self_relation": "a relation of someone with themselves is not possible",
	"cli.check_ok.one":      "The store is intact (%d session).",
}
