package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"kring/model"
	"kring/ui/report"
)

const exportPass = "een geheim voor de gemeente"

// imported makes a store with the example case and returns the store's
// folder and the session's id.
func imported(t *testing.T) (string, string) {
	t.Helper()
	dir := t.TempDir()
	r := kring(t, dir, nil, "import", example(t))
	if r.code != 0 {
		t.Fatalf("import: %+v", r)
	}
	return dir, strings.TrimSpace(r.stdout)
}

func TestExportEveryFormatToFile(t *testing.T) {
	t.Parallel()
	dir, id := imported(t)
	out := t.TempDir()
	starts := map[string]string{
		"md": "# ", "html": "<!DOCTYPE html>", "pdf": "%PDF-", "svg": "<svg ", "csv": "id,name,role,", "dot": "// kring",
		"graphml": "<?xml", "json": "{", "case": "-----BEGIN AGE ENCRYPTED FILE-----",
		"plan": "<!DOCTYPE html>", "plan-pdf": "%PDF-", "invitation": "<!DOCTYPE html>", "invitation-pdf": "%PDF-",
	}
	for _, f := range report.Formats() {
		path := filepath.Join(out, "export."+f)
		r := kring(t, dir, map[string]string{"KRING_EXPORT_PASSPHRASE": exportPass}, "export", id, "--format", f, "--out", path)
		if r.code != 0 || r.stdout != "" {
			t.Errorf("%s: %+v", f, r)
			continue
		}
		fi, err := os.Stat(path)
		if err != nil || fi.Mode().Perm() != 0o600 {
			t.Errorf("%s: %v, mode %v", f, err, fi.Mode().Perm())
			continue
		}
		data, _ := os.ReadFile(path)
		if !strings.HasPrefix(string(data), starts[f]) {
			t.Errorf("%s starts with %.40q", f, data)
		}
		if f != "case" && bytes.Contains(data, []byte("BEGIN AGE")) {
			t.Errorf("%s is encrypted", f)
		}
	}
	// Without --out the export goes to stdout.
	r := kring(t, dir, nil, "export", id, "--format", "md")
	if r.code != 0 || !strings.HasPrefix(r.stdout, "# Network investigation report: Familie Veldkamp") {
		t.Errorf("md to stdout: %.80q", r.stdout)
	}
}

// --lang decides the report's language.
func TestExportLanguage(t *testing.T) {
	t.Parallel()
	dir, id := imported(t)
	nl := kring(t, dir, nil, "--lang", "nl", "export", id, "--format", "html")
	en := kring(t, dir, nil, "export", id, "--format", "html", "--lang", "en")
	if !strings.Contains(nl.stdout, "Verslag netwerkonderzoek") || !strings.Contains(nl.stdout, `lang="nl"`) {
		t.Error("--lang nl does not give a Dutch report")
	}
	if !strings.Contains(en.stdout, "Network investigation report") || !strings.Contains(en.stdout, `lang="en"`) {
		t.Error("--lang en does not give an English report")
	}
}

func TestExportPseudonymised(t *testing.T) {
	t.Parallel()
	dir, id := imported(t)
	env := map[string]string{"KRING_EXPORT_PASSPHRASE": exportPass}
	for _, f := range report.Formats() {
		r := kring(t, dir, env, "export", id, "--format", f, "--pseudonymise")
		if r.code != 0 {
			t.Fatalf("%s: %+v", f, r)
		}
		text := r.stdout
		if f == "case" {
			s, err := report.DecryptCase([]byte(text), []byte(exportPass))
			if err != nil {
				t.Fatal(err)
			}
			b, _ := model.Encode(s)
			text = string(b)
		}
		for _, name := range []string{"Sanne", "Veldkamp", "Yusuf", "Noor", "avonddienst"} {
			if strings.Contains(text, name) {
				t.Errorf("%s --pseudonymise still holds %q", f, name)
			}
		}
	}
	if r := kring(t, dir, nil, "export", id, "--pseudonymize", "--format", "csv"); r.code != 0 || strings.Contains(r.stdout, "Sanne") {
		t.Errorf("--pseudonymize: %+v", r)
	}
}

// TestExportCSVComma: a Dutch export is for Dutch Excel, --csv-comma gives
// the comma form that scripts read, and the option belongs to export.
func TestExportCSVComma(t *testing.T) {
	t.Parallel()
	dir, id := imported(t)
	r := kring(t, dir, nil, "export", id, "--format", "csv", "--lang", "nl")
	if r.code != 0 || !strings.HasPrefix(r.stdout, "\ufeffid;name;role;") {
		t.Errorf("Dutch csv: %d %.40q", r.code, r.stdout)
	}
	r = kring(t, dir, nil, "export", id, "--format", "csv", "--lang", "nl", "--csv-comma")
	if r.code != 0 || !strings.HasPrefix(r.stdout, "id,name,role,") {
		t.Errorf("--csv-comma: %d %.40q", r.code, r.stdout)
	}
	if r := kring(t, dir, nil, "list", "--csv-comma"); r.code != 2 {
		t.Errorf("--csv-comma outside export: %+v", r)
	}
}

// TestExportNotes: the coach's notes reach the report only with --notes.
func TestExportNotes(t *testing.T) {
	t.Parallel()
	dir, id := imported(t)
	if r := kring(t, dir, nil, "export", id, "--format", "md"); r.code != 0 || strings.Contains(r.stdout, "Appendix B") {
		t.Errorf("without --notes: %d, appendix B shown", r.code)
	}
	r := kring(t, dir, nil, "export", id, "--format", "md", "--notes")
	if r.code != 0 || !strings.Contains(r.stdout, "Appendix B") {
		t.Errorf("--notes: %d, no appendix B", r.code)
	}
	if r := kring(t, dir, nil, "list", "--notes"); r.code != 2 {
		t.Errorf("--notes outside export: %+v", r)
	}
}

func TestExportCaseAndImportBack(t *testing.T) {
	t.Parallel()
	dir, id := imported(t)
	env := map[string]string{"KRING_EXPORT_PASSPHRASE": exportPass}
	path := filepath.Join(t.TempDir(), "gezin.kring")
	if r := kring(t, dir, env, "export", id, "--format", "case", "--out", path); r.code != 0 {
		t.Fatalf("export case: %+v", r)
	}
	data, _ := os.ReadFile(path)
	if bytes.Contains(data, []byte("Veldkamp")) {
		t.Fatal("the case file shows the family's name")
	}

	// Into another store, as at the municipality.
	other := t.TempDir()
	r := kring(t, other, env, "import", path)
	if r.code != 0 {
		t.Fatalf("import case: %+v", r)
	}
	id2 := strings.TrimSpace(r.stdout)
	a := kring(t, dir, nil, "export", id)
	b := kring(t, other, nil, "export", id2)
	sa, _ := model.Decode([]byte(a.stdout))
	sb, _ := model.Decode([]byte(b.stdout))
	sa.ID, sb.ID = "", ""
	ja, _ := model.Encode(sa)
	jb, _ := model.Encode(sb)
	if !bytes.Equal(ja, jb) {
		t.Error("the session changed on its way through a case file")
	}

	// The help shows "kring import --format case FILE": it is accepted,
	// and a format import cannot read is a usage error.
	if r := kring(t, other, env, "import", "--format", "case", path); r.code != 0 {
		t.Errorf("import --format case: %+v", r)
	}
	if r := kring(t, other, env, "import", "--format", "svg", path); r.code != 2 {
		t.Errorf("import --format svg: %+v", r)
	}
}

func TestImportCaseErrors(t *testing.T) {
	t.Parallel()
	dir, id := imported(t)
	path := filepath.Join(t.TempDir(), "gezin.kring")
	if r := kring(t, dir, map[string]string{"KRING_EXPORT_PASSPHRASE": exportPass}, "export", id, "--format", "case", "--out", path); r.code != 0 {
		t.Fatalf("export case: %+v", r)
	}
	data, _ := os.ReadFile(path)
	damaged := filepath.Join(t.TempDir(), "kapot.kring")
	os.WriteFile(damaged, data[:len(data)/2], 0o600)

	cases := []struct {
		name, file, pass, want string
	}{
		{"wrong passphrase", path, "niet de goede zin", "does not fit"},
		{"damaged", damaged, exportPass, "damaged or not a kring export file"},
		{"no passphrase", path, "", "No passphrase for the export file"},
	}
	for _, c := range cases {
		r := kring(t, dir, map[string]string{"KRING_EXPORT_PASSPHRASE": c.pass}, "import", c.file)
		if r.code != exitError || !strings.Contains(r.stderr, c.want) {
			t.Errorf("%s: exit %d, stderr %q", c.name, r.code, r.stderr)
			continue
		}
		oneLine(t, r.stderr)
	}
	if r := kring(t, dir, nil, "list"); strings.Count(r.stdout, "\n") != 1 {
		t.Errorf("a failed import left a session: %q", r.stdout)
	}
	// A Dutch message too.
	r := kring(t, dir, map[string]string{"KRING_EXPORT_PASSPHRASE": "fout", "KRING_LANG": "nl"}, "import", path)
	if r.code != exitError || !strings.Contains(r.stderr, "past niet bij") {
		t.Errorf("Dutch wrong passphrase: %+v", r)
	}
}

func TestExportCasePassphrase(t *testing.T) {
	t.Parallel()
	dir, id := imported(t)
	r := kring(t, dir, nil, "export", id, "--format", "case")
	if r.code != exitError || !strings.Contains(r.stderr, "No passphrase for the export file") || r.stdout != "" {
		t.Errorf("no export passphrase: %+v", r)
	}
	oneLine(t, r.stderr)
	r = kring(t, dir, map[string]string{"KRING_EXPORT_PASSPHRASE": "kort"}, "export", id, "--format", "case")
	if r.code != exitError || !strings.Contains(r.stderr, "at least 8") {
		t.Errorf("short export passphrase: %+v", r)
	}
}

func TestExportUsageErrors(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	for _, args := range [][]string{
		{"export", "1", "--format", "xls"},
		{"export", "1", "--format", "PDF"},
		{"list", "--pseudonymise"},
		{"import", "x.json", "--format", "md"},
		{"export", "1", "--pseudonymise=maybe"},
	} {
		r := kring(t, dir, nil, args...)
		if r.code != exitUsage {
			t.Errorf("%v: exit %d (stderr %q)", args, r.code, r.stderr)
			continue
		}
		oneLine(t, r.stderr)
	}
	r := kring(t, dir, nil, "export", "1", "--format", "xls")
	for _, f := range report.Formats() {
		if !strings.Contains(r.stderr, f) {
			t.Errorf("the error does not name %s: %q", f, r.stderr)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "kring.db")); !os.IsNotExist(err) {
		t.Error("a usage error created the store")
	}
}

// The export date is the clock's, so a report says when it was made.
func TestExportDate(t *testing.T) {
	t.Parallel()
	dir, id := imported(t)
	var out, errb bytes.Buffer
	vars := map[string]string{"KRING_DATA_DIR": dir, "KRING_PASSPHRASE": testPass, "KRING_LANG": "en"}
	cfg := defaultConfig()
	cfg.kdf, cfg.tui = testKDF, nil
	cfg.now = func() time.Time { return time.Date(2027, 1, 2, 10, 0, 0, 0, time.UTC) }
	code := run([]string{"export", id, "--format", "md"}, environ{getenv: func(k string) string { return vars[k] }}, stdio{in: strings.NewReader(""), out: &out, err: &errb}, cfg)
	if code != 0 || !strings.Contains(out.String(), "Made with kring on 2027-01-02.") {
		t.Errorf("exit %d, %q", code, errb.String())
	}
}
