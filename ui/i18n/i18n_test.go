package i18n

import (
	"io/fs"
	"kring/model"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

func TestEveryKeyInBothLanguages(t *testing.T) {
	t.Parallel()
	for k := range nl {
		if _, ok := en[k]; !ok {
			t.Errorf("key %q is Dutch only", k)
		}
	}
	for k := range en {
		if _, ok := nl[k]; !ok {
			t.Errorf("key %q is English only", k)
		}
	}
}

var verb = regexp.MustCompile(`%[-+# 0]*[0-9]*(\.[0-9]+)?[a-zA-Z%]`)

func TestSameFormatVerbs(t *testing.T) {
	t.Parallel()
	for k, n := range nl {
		e, ok := en[k]
		if !ok {
			continue
		}
		if nv, ev := verb.FindAllString(n, -1), verb.FindAllString(e, -1); strings.Join(nv, " ") != strings.Join(ev, " ") {
			t.Errorf("key %q: Dutch has %v, English %v", k, nv, ev)
		}
	}
}

func TestNoEmptyMessages(t *testing.T) {
	t.Parallel()
	for _, m := range []map[string]string{nl, en} {
		for k, v := range m {
			if strings.TrimSpace(v) == "" {
				t.Errorf("key %q has an empty message", k)
			}
		}
	}
}

// usedKey finds literal keys handed to the catalogue, such as T("err.locked"
// or tr("cli.usage": calls through any method named T or through a helper
// whose name ends in T or tr.
var usedKey = regexp.MustCompile(`\b(?:T|tr|Tf|N)\("([a-z_]+(?:\.[a-z0-9_]+)+)"`)

func TestEveryUsedKeyExists(t *testing.T) {
	t.Parallel()
	root := filepath.Join("..", "..")
	found := 0
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".")) && path != root {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") {
			return nil
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for _, m := range usedKey.FindAllStringSubmatch(string(src), -1) {
			found++
			if _, ok := nl[m[1]]; !ok {
				t.Errorf("%s asks for key %q, which the catalogue lacks", path, m[1])
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if found == 0 {
		t.Fatal("found no catalogue calls at all: the pattern is broken")
	}
}

func TestResolve(t *testing.T) {
	t.Parallel()
	cases := []struct {
		flag, kring, lang string
		want              Lang
		err               bool
	}{
		{"", "", "", NL, false},
		{"en", "", "", EN, false},
		{"", "en", "nl_NL.UTF-8", EN, false},
		{"", "", "en_GB.UTF-8", EN, false},
		{"", "fr", "en_US.UTF-8", EN, false},
		{"nl", "en", "en_US", NL, false},
		{"", "", "C.UTF-8", NL, false},
		{"de", "", "", NL, true},
	}
	for _, c := range cases {
		got, err := Resolve(c.flag, c.kring, c.lang)
		if got != c.want || (err != nil) != c.err {
			t.Errorf("Resolve(%q,%q,%q) = %v, %v; want %v, err %v", c.flag, c.kring, c.lang, got, err, c.want, c.err)
		}
	}
}

func TestMissingKeyIsVisible(t *testing.T) {
	t.Parallel()
	missing := "no.such.key"
	if got := New(EN).T(missing); got != "!no.such.key" {
		t.Fatalf("got %q", got)
	}
	if got := New(NL).T("err.not_found", "7"); !strings.Contains(got, "7") {
		t.Fatalf("args not applied: %q", got)
	}
}

func TestEveryProblemCodeHasAMessage(t *testing.T) {
	t.Parallel()
	for _, code := range model.ProblemCodes {
		for _, l := range []Lang{NL, EN} {
			got := New(l).Problem(model.Problem{Field: "people[0].name", Code: code, Value: "x"})
			if strings.HasPrefix(got, "people[0]") || strings.Contains(got, "%!") {
				t.Errorf("%s: code %q has no proper message: %q", l, code, got)
			}
		}
	}
}
