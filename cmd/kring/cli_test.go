package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"kring/model"
	"kring/store"
)

const testPass = "correct horse battery"

// testKDF is cheap enough for tests and gives no protection; the store
// keeps no such setting in its production code.
var testKDF = store.KDFParams{Time: 1, MemoryKiB: 8 << 10, Threads: 1}

type result struct {
	code           int
	stdout, stderr string
}

// kring runs the command line in-process against dir with the given
// extra environment, using the fast test KDF.
func kring(t *testing.T, dir string, env map[string]string, args ...string) result {
	t.Helper()
	vars := map[string]string{"KRING_DATA_DIR": dir, "KRING_PASSPHRASE": testPass, "KRING_LANG": "en"}
	for k, v := range env {
		vars[k] = v
	}
	var out, errb bytes.Buffer
	// A low work factor keeps case files quick to make; the format is
	// the same.
	cfg := config{kdf: testKDF, tui: nil, caseWorkFactor: 10}
	code := run(args, environ{getenv: func(k string) string { return vars[k] }}, stdio{in: strings.NewReader(""), out: &out, err: &errb}, cfg)
	return result{code: code, stdout: out.String(), stderr: errb.String()}
}

func example(t *testing.T) string {
	t.Helper()
	p, err := filepath.Abs(filepath.Join("..", "..", "model", "testdata", "example-case.json"))
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// oneLine asserts an error message is exactly one line and no stack trace.
func oneLine(t *testing.T, s string) {
	t.Helper()
	if strings.Count(s, "\n") != 1 || strings.Contains(s, "goroutine") || strings.Contains(s, "panic") {
		t.Fatalf("want one line on stderr, got %q", s)
	}
}

func TestUsageErrorsExitTwo(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	cases := [][]string{
		{"frobnicate"},
		{"export"},
		{"export", "1", "2"},
		{"export", "1", "--format", "docx"},
		{"import"},
		{"delete"},
		{"list", "extra"},
		{"--lang", "de", "list"},
		{"--no-such-flag"},
		{"list", "--out", "x.json"},
		{"--lock-after", "soon"},
	}
	for _, args := range cases {
		r := kring(t, dir, nil, args...)
		if r.code != exitUsage {
			t.Errorf("%v: exit %d, want 2 (stderr %q)", args, r.code, r.stderr)
			continue
		}
		oneLine(t, r.stderr)
	}
	// A usage error must not create a store: nothing was asked for.
	if _, err := os.Stat(filepath.Join(dir, store.FileName)); !os.IsNotExist(err) {
		t.Errorf("a usage error created the store file")
	}
}

func TestHelpAndVersion(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	for _, args := range [][]string{{"help"}, {"--help"}, {"-h"}} {
		r := kring(t, dir, nil, args...)
		if r.code != 0 || !strings.Contains(r.stdout, "kring export ID") {
			t.Errorf("%v: exit %d, stdout %q", args, r.code, r.stdout)
		}
	}
	r := kring(t, dir, map[string]string{"KRING_LANG": ""}, "help")
	if !strings.Contains(r.stdout, "Gebruik:") {
		t.Errorf("Dutch is not the default: %q", r.stdout)
	}
	if r := kring(t, dir, nil, "version"); r.code != 0 || !strings.HasPrefix(r.stdout, "kring ") {
		t.Errorf("version: %+v", r)
	}
}

func TestImportListExportRoundTrip(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	r := kring(t, dir, nil, "import", example(t))
	if r.code != 0 {
		t.Fatalf("import: %+v", r)
	}
	id := strings.TrimSpace(r.stdout)
	r2 := kring(t, dir, nil, "import", example(t))
	id2 := strings.TrimSpace(r2.stdout)
	if r2.code != 0 || id2 == id || id2 == "" {
		t.Fatalf("second import must make a second session with a new id: %q, %q", id, id2)
	}

	list := kring(t, dir, nil, "list")
	lines := strings.Split(strings.TrimSpace(list.stdout), "\n")
	if list.code != 0 || len(lines) != 2 {
		t.Fatalf("list: %+v", list)
	}
	for _, l := range lines {
		f := strings.Split(l, "\t")
		if len(f) != 3 || f[1] != "Familie Veldkamp (fictief voorbeeld)" || !strings.HasSuffix(f[2], "Z") {
			t.Errorf("list line %q is not id<TAB>label<TAB>RFC 3339", l)
		}
	}

	exp := kring(t, dir, nil, "export", id)
	if exp.code != 0 {
		t.Fatalf("export: %+v", exp)
	}
	got, err := model.Decode([]byte(exp.stdout))
	if err != nil {
		t.Fatalf("export does not decode: %v", err)
	}
	src, _ := os.ReadFile(example(t))
	want, _ := model.Decode(src)
	if got.ID != id {
		t.Errorf("exported id %q, want %q", got.ID, id)
	}
	got.ID, want.ID = "", ""
	a, _ := model.Encode(got)
	b, _ := model.Encode(want)
	if !bytes.Equal(a, b) {
		t.Errorf("export differs from the imported file apart from the id")
	}

	out := filepath.Join(t.TempDir(), "case.json")
	if r := kring(t, dir, nil, "export", id, "--out", out, "--format", "json"); r.code != 0 {
		t.Fatalf("export --out: %+v", r)
	}
	if fi, err := os.Stat(out); err != nil || fi.Mode().Perm() != 0o600 {
		t.Errorf("export file: %v, mode %v", err, fi.Mode().Perm())
	}
}

func TestBadImportIsRejectedWhole(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	src, _ := os.ReadFile(example(t))
	cases := map[string]struct {
		data string
		want string
	}{
		"syntax":       {`{"format": "kring/v1", "session": {`, "line 1"},
		"not kring":    {`{"hello": 1}`, "not a kring/v1 file"},
		"newer":        {`{"format": "kring/v9", "session": {}}`, "newer version"},
		"unknown code": {strings.Replace(string(src), `"sector": "friends"`, `"sector": "pals"`, 1), "people[8].sector"},
		"dangling":     {strings.Replace(string(src), `"a": "p1", "b": "p2"`, `"a": "p1", "b": "p99"`, 1), "relations[0].b"},
		"wrong type":   {strings.Replace(string(src), `"ring": 1,`, `"ring": "one",`, 1), "ring"},
	}
	for name, c := range cases {
		path := filepath.Join(t.TempDir(), "bad.json")
		os.WriteFile(path, []byte(c.data), 0o600)
		r := kring(t, dir, nil, "import", path)
		if r.code != exitError || !strings.Contains(r.stderr, c.want) {
			t.Errorf("%s: exit %d, stderr %q, want %q in it", name, r.code, r.stderr, c.want)
			continue
		}
		oneLine(t, r.stderr)
	}
	if r := kring(t, dir, nil, "list"); r.stdout != "" {
		t.Errorf("a rejected import left a session: %q", r.stdout)
	}
}

func TestWrongAndMissingPassphrase(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	if r := kring(t, dir, nil, "import", example(t)); r.code != 0 {
		t.Fatal(r)
	}
	path := filepath.Join(dir, store.FileName)
	before, _ := os.ReadFile(path)
	r := kring(t, dir, map[string]string{"KRING_PASSPHRASE": "not the one"}, "list")
	if r.code != exitError || !strings.Contains(r.stderr, "passphrase is not right") {
		t.Fatalf("wrong passphrase: %+v", r)
	}
	oneLine(t, r.stderr)
	after, _ := os.ReadFile(path)
	if !bytes.Equal(before, after) {
		t.Error("a wrong passphrase changed the file")
	}
	r = kring(t, dir, map[string]string{"KRING_PASSPHRASE": ""}, "list")
	if r.code != exitError || !strings.Contains(r.stderr, "No passphrase") {
		t.Fatalf("no passphrase without a terminal: %+v", r)
	}
	pf := filepath.Join(t.TempDir(), "pass")
	os.WriteFile(pf, []byte(testPass+"\n"), 0o600)
	if r := kring(t, dir, map[string]string{"KRING_PASSPHRASE": "", "KRING_PASSPHRASE_FILE": pf}, "list"); r.code != 0 {
		t.Fatalf("passphrase file with a trailing newline: %+v", r)
	}
	if r := kring(t, t.TempDir(), map[string]string{"KRING_PASSPHRASE": "short"}, "list"); r.code != exitError || !strings.Contains(r.stderr, "at least 8") {
		t.Fatalf("a new store with a short passphrase: %+v", r)
	}
}

func TestDeleteBackupCheck(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	id := strings.TrimSpace(kring(t, dir, nil, "import", example(t)).stdout)
	backup := filepath.Join(t.TempDir(), "backup.db")
	if r := kring(t, dir, nil, "backup", backup); r.code != 0 {
		t.Fatalf("backup: %+v", r)
	}
	if fi, err := os.Stat(backup); err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("backup file: %v", err)
	}
	if r := kring(t, dir, nil, "check"); r.code != 0 || !strings.Contains(r.stdout, "1 session)") {
		t.Fatalf("check: %+v", r)
	}
	if r := kring(t, dir, nil, "delete", id); r.code != 0 {
		t.Fatalf("delete: %+v", r)
	}
	if r := kring(t, dir, nil, "export", id); r.code != exitError || !strings.Contains(r.stderr, "number "+id) {
		t.Fatalf("export after delete: %+v", r)
	}
	if r := kring(t, dir, nil, "list"); r.stdout != "" {
		t.Fatalf("list after delete: %q", r.stdout)
	}
	// The backup still holds the session.
	bdir := t.TempDir()
	data, _ := os.ReadFile(backup)
	os.WriteFile(filepath.Join(bdir, store.FileName), data, 0o600)
	if r := kring(t, bdir, nil, "list"); !strings.Contains(r.stdout, "Familie Veldkamp") {
		t.Fatalf("backup does not list the session: %+v", r)
	}
}

func TestCorruptStoreIsAClearError(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, store.FileName), bytes.Repeat([]byte("not a database "), 2000), 0o600)
	r := kring(t, dir, nil, "list")
	if r.code != exitError || !strings.Contains(r.stderr, "damaged") {
		t.Fatalf("garbage store: %+v", r)
	}
	oneLine(t, r.stderr)
}

func TestExportNeverReplacesTheStore(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	id := strings.TrimSpace(kring(t, dir, nil, "import", example(t)).stdout)
	storeFile := filepath.Join(dir, store.FileName)
	before, _ := os.ReadFile(storeFile)
	for _, out := range []string{storeFile, filepath.Join(dir, ".", store.FileName)} {
		r := kring(t, dir, nil, "export", id, "--format", "md", "--out", out)
		if r.code != exitError || !strings.Contains(r.stderr, "store file itself") {
			t.Fatalf("export over the store: %+v", r)
		}
	}
	after, _ := os.ReadFile(storeFile)
	if !bytes.Equal(before, after) {
		t.Fatal("the store file changed")
	}
	if r := kring(t, dir, nil, "list"); !strings.Contains(r.stdout, "Veldkamp") {
		t.Fatalf("store unreadable after the refused export: %+v", r)
	}
}

func TestUsageNamesTheMissingArgumentInWords(t *testing.T) {
	t.Parallel()
	r := kring(t, t.TempDir(), map[string]string{"KRING_LANG": "nl"}, "export")
	if r.code != exitUsage || strings.Contains(r.stderr, "cli.arg") || !strings.Contains(r.stderr, "een sessienummer") {
		t.Fatalf("usage message: %q", r.stderr)
	}
}

func TestFlagErrorsInTheUsersLanguage(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	nl := map[string]string{"KRING_LANG": "nl"}
	if r := kring(t, dir, nl, "--bogus", "list"); r.code != exitUsage || !strings.Contains(r.stderr, "Onbekende optie -bogus") {
		t.Fatalf("unknown flag: %+v", r)
	}
	if r := kring(t, dir, nl, "export", "1", "--out"); r.code != exitUsage || !strings.Contains(r.stderr, "hoort een waarde") {
		t.Fatalf("flag without value: %+v", r)
	}
}

func TestFileErrorsInTheUsersLanguage(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	nl := map[string]string{"KRING_LANG": "nl"}
	id := strings.TrimSpace(kring(t, dir, nl, "import", example(t)).stdout)
	missing := filepath.Join(t.TempDir(), "nope", "verslag.md")
	r := kring(t, dir, nl, "export", id, "--format", "md", "--out", missing)
	if r.code != exitError || !strings.Contains(r.stderr, "bestaat niet") || strings.Contains(r.stderr, "no such file") {
		t.Fatalf("export into a missing folder: %+v", r)
	}
	r = kring(t, dir, nl, "import", filepath.Join(t.TempDir(), "weg.json"))
	if r.code != exitError || !strings.Contains(r.stderr, "bestaat niet") {
		t.Fatalf("import of a missing file: %+v", r)
	}
}
