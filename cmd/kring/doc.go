// Command kring is a terminal app with which a wijkcoach and a family map
// the family's network together: who is around the child, who helps with
// what, who could become the child's JIM, and whether the network-first
// condition was examined before youth care is granted.
//
// Without arguments kring opens the program; the subcommands (list,
// export, import, delete, backup, check, version, help) are for scripts
// and tests. Run "kring help" for the list.
//
//	argv, environment ──► parseArgs, check (args.go) ── usage error: exit 2
//	        │
//	        ▼
//	store.Open (KRING_DATA_DIR, --data-dir) ── passphrase (passphrase.go)
//	        │
//	        ├─ no command ──► runTUI (tui.go): ui.New with the store,
//	        │                 the export writer and the idle lock
//	        ├─ list, delete, backup, check ──► store (commands.go)
//	        ├─ export ──► store.Get ──► report.Render ──► stdout or a
//	        │             0600 file (never over the store itself)
//	        ├─ import ──► model.Decode or report.DecryptCase ──► store.Create
//	        └─ demo ──► a store of its own in a temporary folder (demo.go)
//
// Every error is one line on stderr in the user's language (errors.go),
// exit status 1; never a stack trace.
package main
