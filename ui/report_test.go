package ui

import (
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/charmbracelet/x/exp/golden"

	"kring/ui/i18n"
	"kring/ui/report"
)

// exports records what the App asked to write. Like the fake store's
// saves, a write can be held until the test lets it go.
type exports struct {
	mu    sync.Mutex
	files map[string][]byte
	fail  error
	gate  chan struct{}
}

// hold makes every later write wait until release.
func (e *exports) hold() {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.gate = make(chan struct{})
}

// release lets the held writes go on.
func (e *exports) release() {
	e.mu.Lock()
	defer e.mu.Unlock()
	close(e.gate)
	e.gate = nil
}

func (e *exports) write(path string, data []byte) error {
	e.mu.Lock()
	gate := e.gate
	e.mu.Unlock()
	if gate != nil {
		<-gate
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.fail != nil {
		return e.fail
	}
	if e.files == nil {
		e.files = map[string][]byte{}
	}
	e.files[path] = data
	return nil
}

func (e *exports) get(path string) []byte {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.files[path]
}

// withExports opens the example on step 6 with a recording exporter.
func withExports(d *driver, e *exports) {
	d.app.opts.Export = e.write
	d.app.opts.ExportDir = "/out"
	// A low work factor keeps case files quick to make; the format is
	// the same.
	d.app.caseWorkFactor = 10
	openExample(d)
	d.press("6")
}

func TestGoldenReport(t *testing.T) {
	t.Parallel()
	for _, lang := range []i18n.Lang{i18n.NL, i18n.EN} {
		for _, sc := range []struct {
			name string
			w, h int
			keys []string
		}{
			{"report_80x24", 80, 24, nil},
			{"report_120x40", 120, 40, nil},
			{"report_scrolled_80x24", 80, 24, []string{"space", "space"}},
			{"export_form_80x24", 80, 24, []string{"e"}},
			{"export_form_case_80x24", 80, 24, []string{"e", "left"}},
		} {
			t.Run(fmt.Sprintf("%s/%s", sc.name, lang), func(t *testing.T) {
				t.Parallel()
				runApp(t, setup{store: listStore(t), lang: lang, width: sc.w, height: sc.h}, func(t *testing.T, d *driver) {
					withExports(d, &exports{})
					d.press(sc.keys...)
					golden.RequireEqual(t, []byte(d.view()))
				})
			})
		}
	}
}

func TestReportFollowsTheSession(t *testing.T) {
	t.Parallel()
	runApp(t, setup{store: listStore(t), lang: i18n.EN, width: 120, height: 40}, func(t *testing.T, d *driver) {
		withExports(d, &exports{})
		d.requireView("Network investigation report")
		d.requireNoView("Zonnebloem")
		// A change on step 1 shows in the preview.
		d.press("1", "e")
		for i := 0; i < 40; i++ {
			d.press("backspace")
		}
		d.typ("Familie Zonnebloem")
		d.press("enter", "6")
		d.requireView("Zonnebloem")
		// The privacy screen pseudonymises the preview.
		d.press("ctrl+p")
		d.requireNoView("Zonnebloem")
		d.requireNoView("Sanne")
	})
}

func TestExportHTMLFromStepSix(t *testing.T) {
	t.Parallel()
	runApp(t, setup{store: listStore(t), lang: i18n.NL, width: 80, height: 24}, func(t *testing.T, d *driver) {
		e := &exports{}
		withExports(d, e)
		d.press("e")
		d.requireView("/out/kring-1-2026-")
		d.press("enter")
		path := ""
		for p := range e.files {
			path = p
		}
		if !strings.HasSuffix(path, ".html") || !strings.Contains(string(e.get(path)), "<html") {
			t.Fatalf("exported %q: %d bytes", path, len(e.get(path)))
		}
		if !strings.Contains(string(e.get(path)), "Familie Veldkamp") {
			t.Fatal("the HTML report does not name the family")
		}
		d.requireView("Geëxporteerd naar " + path)
		// No family name in the proposed file name.
		if strings.Contains(path, "Veldkamp") {
			t.Fatalf("file name holds personal data: %s", path)
		}
	})
}

// TestExportNotesByChoice: the export dialog leaves the coach's notes out
// unless the coach chooses them, and the report says which.
func TestExportNotesByChoice(t *testing.T) {
	t.Parallel()
	runApp(t, setup{store: listStore(t), lang: i18n.NL, width: 80, height: 24}, func(t *testing.T, d *driver) {
		e := &exports{}
		withExports(d, e)
		html := func() string {
			for p, data := range e.files {
				if strings.HasSuffix(p, ".html") {
					return string(data)
				}
			}
			return ""
		}
		d.press("e")
		d.requireView("Notities van de coach erin")
		d.press("enter")
		if got := html(); !strings.Contains(got, "Notities van de coach staan niet in dit verslag.") || strings.Contains(got, "Bijlage B.") {
			t.Fatalf("default export: notes not left out (%d bytes)", len(got))
		}
		// format, path, names replaced, notes: yes.
		d.press("e", "tab", "tab", "tab", "right", "enter")
		if got := html(); !strings.Contains(got, "Notities van de coach staan in bijlage B.") || !strings.Contains(got, "Bijlage B. Notities van de coach") {
			t.Fatalf("notes chosen but not in the report (%d bytes)", len(got))
		}
		// With names replaced the choice is gone.
		d.press("e", "tab", "tab", "right")
		d.requireNoView("Notities van de coach erin")
	})
}

func TestExportPseudonymisedAndCase(t *testing.T) {
	t.Parallel()
	runApp(t, setup{store: listStore(t), lang: i18n.EN, width: 80, height: 24}, func(t *testing.T, d *driver) {
		e := &exports{}
		withExports(d, e)
		// Markdown, names replaced.
		d.press("e", "right", "tab", "tab", "right", "enter")
		var md []byte
		for p, data := range e.files {
			if strings.HasSuffix(p, ".md") {
				md = data
			}
		}
		if len(md) == 0 || strings.Contains(string(md), "Sanne") || strings.Contains(string(md), "Veldkamp") {
			t.Fatalf("pseudonymised markdown: %d bytes, holds a name: %v", len(md), strings.Contains(string(md), "Sanne"))
		}
		// A case file needs the passphrase twice.
		d.press("e", "left", "tab", "tab", "tab")
		d.typ("short")
		d.press("enter")
		d.requireView("at least 8 characters")
		d.typ("-zin-1") // "short-zin-1"
		d.press("tab")
		d.typ("short-zin-2")
		d.press("enter")
		d.requireView("not the same as the first")
		d.press("backspace")
		d.typ("1")
		d.press("enter")
		var sealed []byte
		for p, data := range e.files {
			if strings.HasSuffix(p, ".kring.age") {
				sealed = data
			}
		}
		s, err := report.DecryptCase(sealed, []byte("short-zin-1"))
		if err != nil || s.Label != "Familie Veldkamp (fictief voorbeeld)" {
			t.Fatalf("case file: %v", err)
		}
	})
}

func TestExportFailureShowsAndKeepsWorking(t *testing.T) {
	t.Parallel()
	runApp(t, setup{store: listStore(t), lang: i18n.EN, width: 80, height: 24}, func(t *testing.T, d *driver) {
		e := &exports{fail: fmt.Errorf("disk full")}
		withExports(d, e)
		d.press("e", "enter")
		d.requireView("Export failed: disk full")
		d.press("down")
		d.requireView("Report (preview)")
	})
}

// TestReportLaidOutInUpdate: step 6 lays the report out in Update (on
// entering the step, on a resize, on the privacy screen), never in View:
// a change that no Update has seen does not show, and the next resize
// shows it at the new width.
func TestReportLaidOutInUpdate(t *testing.T) {
	t.Parallel()
	runApp(t, setup{store: listStore(t), lang: i18n.EN, width: 80, height: 24}, func(t *testing.T, d *driver) {
		withExports(d, &exports{})
		d.requireView("Veldkamp")
		d.app.work.sess.Coach = "Coach Zonnebloem"
		d.app.work.report.sessionChanged()
		d.requireNoView("Zonnebloem")
		d.resize(100, 30)
		d.requireView("Zonnebloem")
		// The privacy screen lays out the pseudonymised report at once.
		d.press("ctrl+p")
		d.requireNoView("Zonnebloem")
	})
}
