package ui

import (
	"strconv"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"kring/model"
	"kring/ui/i18n"
)

// hostileNames are names that try to reach the terminal: colour and
// clipboard escapes, a screen clear, C1 and bidi controls, a name of
// 10,000 characters, and wide characters with a ZWJ emoji sequence.
var hostileNames = []string{
	"\x1b[31mRood\x1b[0m",
	"Klip\x1b]52;c;aGFjaw==\abord",
	"\x1b[2J\x1b[HLeeg\x1b[?1049l",
	"Dcs\x1bPq#0;2;0;0;0\x1b\\",
	"C1\u009b31mcsi",
	"Bidi\u202eesrever\u202c",
	"Tab\there\r\nnieuwe regel\bterug",
	strings.Repeat("Lang", 2500),
	"李👩‍👧",
	"李小龍 👩‍👧‍👦 Familie 🇳🇱",
}

// hostileSession is a session whose every text is hostile, as a damaged
// or crafted store or import could hand it over.
func hostileSession() *model.Session {
	s := &model.Session{
		ID:      "h1",
		Label:   "Familie " + strings.Join(hostileNames, " "),
		Coach:   hostileNames[1],
		Date:    "2026-10-08",
		Created: testNow, Updated: testNow,
		Present: hostileNames,
	}
	for i, n := range hostileNames {
		s.Youths = append(s.Youths, model.Youth{ID: "y" + strconv.Itoa(i), Name: n, BirthYear: 2012, Notes: n})
		s.People = append(s.People, model.Person{
			ID: "p" + strconv.Itoa(i), Name: n, Role: hostileNames[(i+3)%len(hostileNames)], Notes: n,
			Sector: model.SectorHousehold, Ring: model.RingVeryClose, Household: true, Adult: i%2 == 0, Parent: i%3 == 0,
		})
	}
	return s
}

func TestHostileNamesFromTheStore(t *testing.T) {
	t.Parallel()
	for _, color := range []bool{false, true} {
		for _, lang := range []i18n.Lang{i18n.NL, i18n.EN} {
			name := string(lang) + "/nocolor"
			if color {
				name = string(lang) + "/color"
			}
			t.Run(name, func(t *testing.T) {
				t.Parallel()
				st := newFakeStore(testPass, hostileSession())
				for _, n := range hostileNames {
					s := &model.Session{Label: n, Created: testNow, Updated: testNow}
					s.Youths = []model.Youth{{ID: "y1", Name: n}}
					st.seq++
					s.ID = "x" + strconv.Itoa(st.seq)
					st.sessions[s.ID] = s
				}
				runApp(t, setup{store: st, lang: lang, color: color}, func(t *testing.T, d *driver) {
					check := func(what string) {
						t.Helper()
						if t.Failed() {
							return
						}
						checkFrame(t, d.raw(), 80, 24, !color)
						checkNotInjected(t, d.raw())
						if t.Failed() {
							t.Logf("on %s", what)
						}
					}
					check("the list")
					for range hostileNames {
						d.press("down")
						check("the list, further down")
						d.press("d")
						check("the delete dialog")
						d.press("n")
					}
					d.press("ctrl+p")
					check("the list with the privacy screen")
					d.press("ctrl+p")
					// The hostile session is the newest: first in the list.
					for d.app.sessions.list.Index() > 0 {
						d.press("up")
					}
					d.press("enter")
					d.requireScreen(screenWorkspace)
					check("step 1")
					for range len(hostileNames) * 2 {
						d.press("down")
						check("step 1, further down")
						d.press("enter")
						check("a form")
						d.press("tab", "tab", "tab")
						check("a form, further down")
						d.press("esc", "x")
						check("the remove dialog")
						d.press("n")
					}
					d.press("ctrl+p")
					check("step 1 with the privacy screen")
					d.press("enter")
					check("a form with the privacy screen")
					d.press("esc", "e")
					check("the details form")
					d.press("esc", "?")
					check("the help")
				})
			})
		}
	}
}

// checkNotInjected asserts that none of the sequences of hostileNames
// is on screen; in colour the styling check alone would let a name's
// own colour escape pass.
func checkNotInjected(t *testing.T, raw string) {
	t.Helper()
	for _, seq := range []string{"\x1b[31m", "\x1b[0m", "\x1b[2J", "\x1b[H", "\x1b[?1049l", "\x1bP", "\x1b]", "\x1b\\", "\u009b"} {
		if strings.Contains(raw, seq) {
			t.Errorf("a name's %q reached the screen", seq)
		}
	}
}

func TestHostileNamesTypedAndPasted(t *testing.T) {
	t.Parallel()
	for _, color := range []bool{false, true} {
		t.Run(map[bool]string{false: "nocolor", true: "color"}[color], func(t *testing.T) {
			t.Parallel()
			runApp(t, setup{store: listStore(t), color: color}, func(t *testing.T, d *driver) {
				// A new session whose label is pasted.
				d.press("n")
				d.paste(hostileNames[1] + " " + hostileNames[8])
				checkFrame(t, d.raw(), 80, 24, !color)
				checkNotInjected(t, d.raw())
				d.press("enter")
				d.requireScreen(screenWorkspace)
				created := d.store.createdSessions()[0]
				if strings.ContainsRune(created.Label, 0x1b) || strings.ContainsRune(created.Label, '\a') {
					t.Fatalf("label stored with escapes: %q", created.Label)
				}
				for _, n := range hostileNames {
					d.press("a")
					d.paste(n)
					checkFrame(t, d.raw(), 80, 24, !color)
					checkNotInjected(t, d.raw())
					d.press("tab")
					d.typ("李👩‍👧")
					d.press("tab", "tab", "tab")
					d.paste(n)
					checkFrame(t, d.raw(), 80, 24, !color)
					checkNotInjected(t, d.raw())
					d.press("enter")
					checkFrame(t, d.raw(), 80, 24, !color)
					checkNotInjected(t, d.raw())
				}
				saved := d.store.session(created.ID)
				if len(saved.People) != len(hostileNames) {
					t.Fatalf("saved %d people, want %d", len(saved.People), len(hostileNames))
				}
				for _, p := range saved.People {
					for _, s := range []string{p.Name, p.Role, p.Notes} {
						if s != model.CleanText(s) || strings.ContainsAny(s, "\x1b\a\r\t") {
							t.Fatalf("stored unclean text %q", s)
						}
					}
					if p.Role != "李👩‍👧" {
						t.Fatalf("typed role stored as %q", p.Role)
					}
				}
				d.press("ctrl+p")
				checkFrame(t, d.raw(), 80, 24, !color)
				checkNotInjected(t, d.raw())
				d.press("ctrl+p", "esc")
				checkFrame(t, d.raw(), 80, 24, !color)
				checkNotInjected(t, d.raw())
			})
		})
	}
}

func TestCleanInput(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in, want tea.Msg
	}{
		{tea.PasteMsg{Content: "Jan\x1b[31m de\tVries\r\n\u202eoma\a"}, tea.PasteMsg{Content: "Jan de Vries  oma"}},
		{tea.PasteMsg{Content: " de Vries"}, tea.PasteMsg{Content: " de Vries"}},
		{tea.PasteMsg{Content: "x\x1b]52;c;aGk=\ay"}, tea.PasteMsg{Content: "xy"}},
		{tea.PasteMsg{Content: "bad\xffutf8"}, tea.PasteMsg{Content: "bad\uFFFDutf8"}},
		{keyMsg("a"), keyMsg("a")},
		{keyMsg("space"), keyMsg("space")},
		{keyMsg("enter"), keyMsg("enter")},
		{tea.KeyPressMsg{Code: '李', Text: "李👩‍👧"}, tea.KeyPressMsg{Code: '李', Text: "李👩‍👧"}},
		{tea.KeyPressMsg{Code: 0x202e, Text: "\u202e"}, tea.KeyPressMsg{Code: 0x202e}},
		{tea.KeyPressMsg{Code: 'a', Text: "a\u200f"}, tea.KeyPressMsg{Code: 'a', Text: "a"}},
		{tea.MouseClickMsg{X: 1}, tea.MouseClickMsg{X: 1}},
	}
	for _, tt := range tests {
		if got := cleanInput(tt.in); got != tt.want {
			t.Errorf("cleanInput(%#v) = %#v, want %#v", tt.in, got, tt.want)
		}
	}
}
