package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// On a terminal, export --format case asks for the export passphrase
// twice and import asks for it once; a wrong one is one clear line.
func TestE2ECaseFilePassphraseOnTheTerminal(t *testing.T) {
	t.Parallel()
	needTmux(t)
	env, id := importExample(t, "en")
	caseFile := filepath.Join(t.TempDir(), "gezin.kring")

	tm := startTerm(t, 100, 20, env, "export", id, "--format", "case", "--out", caseFile)
	tm.waitFor("Passphrase for the export file:")
	tm.typeText("perenboom-77")
	tm.keys("Enter")
	tm.waitFor("Type it once more:")
	tm.typeText("perenboom-77")
	tm.keys("Enter")
	if code := tm.exitCode(); code != 0 {
		t.Fatalf("export case: exit %d\n%s", code, tm.screen())
	}
	if fi, err := os.Stat(caseFile); err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("case file: %v", err)
	}
	if strings.Contains(tm.screen(), "perenboom") {
		t.Fatal("the passphrase was echoed")
	}

	tm = startTerm(t, 100, 20, env, "import", caseFile)
	tm.waitFor("Passphrase of the export file:")
	tm.typeText("perenboom-78")
	tm.keys("Enter")
	tm.waitFor("does not fit")
	if code := tm.exitCode(); code != 1 {
		t.Fatalf("wrong passphrase: exit %d", code)
	}

	tm = startTerm(t, 100, 20, env, "import", caseFile)
	tm.waitFor("Passphrase of the export file:")
	tm.typeText("perenboom-77")
	tm.keys("Enter")
	if code := tm.exitCode(); code != 0 {
		t.Fatalf("import case: exit %d\n%s", code, tm.screen())
	}
	list, _, _ := cli(t, env, "list")
	if strings.Count(list, "Familie Veldkamp") != 2 {
		t.Fatalf("list after import: %q", list)
	}
}
