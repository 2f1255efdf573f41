package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"kring/store"
	"kring/ui/i18n"
)

func TestDemoOpensFictionalFamiliesAndKeepsNothing(t *testing.T) {
	t.Parallel()
	data := t.TempDir()
	var seen []string
	var demoDir string
	cfg := config{kdf: testKDF, tui: func(st *store.Store, _ i18n.Catalog, _ environ, _ stdio, o tuiOptions) error {
		if !o.demo || o.idle >= 0 {
			t.Errorf("demo options %+v: want demo on and no idle lock", o)
		}
		demoDir = filepath.Dir(st.Path())
		sums, err := st.List()
		if err != nil {
			return err
		}
		for _, s := range sums {
			if !s.Demo {
				t.Errorf("%q is not marked as demo", s.Label)
			}
			seen = append(seen, s.Label)
		}
		return nil
	}}
	var out, errb bytes.Buffer
	env := map[string]string{"KRING_DATA_DIR": data}
	code := run([]string{"demo"}, environ{getenv: func(k string) string { return env[k] }}, stdio{in: strings.NewReader(""), out: &out, err: &errb}, cfg)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	if len(seen) != 3 {
		t.Fatalf("demo families: %v", seen)
	}
	for _, l := range seen {
		if !strings.Contains(l, "fictief") {
			t.Errorf("%q does not say it is fictional", l)
		}
	}
	if _, err := os.Stat(demoDir); !os.IsNotExist(err) {
		t.Errorf("the demo store %s is still there", demoDir)
	}
	if entries, _ := os.ReadDir(data); len(entries) != 0 {
		t.Errorf("demo touched the coach's data folder: %v", entries)
	}
}

func TestE2EDemo(t *testing.T) {
	t.Parallel()
	tm := startTerm(t, 80, 24, map[string]string{"KRING_LANG": "nl"}, "demo")
	tm.waitFor("Familie Bakker")
	tm.waitFor("[DEMO: verzonnen gezinnen")
	screen := tm.screen()
	for _, want := range []string{"Familie Veldkamp", "Familie Mulder"} {
		if !strings.Contains(screen, want) {
			t.Errorf("demo list lacks %q:\n%s", want, screen)
		}
	}
	tm.keys("q")
	tm.waitFor("Stoppen met de demo?")
	tm.keys("y")
	if code := tm.exitCode(); code != 0 {
		t.Fatalf("exit status %d", code)
	}
}
