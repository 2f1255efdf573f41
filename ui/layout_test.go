package ui

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"kring/model"
	"kring/ui/i18n"
)

// state is one screen in one state, reached from a fresh App.
type state struct {
	name  string
	setup setup
	to    func(d *driver)
}

// allStates lists every screen and state of the shell.
func allStates(t *testing.T, lang i18n.Lang, w, h int) []state {
	list := func() setup { return setup{store: listStore(t), lang: lang, width: w, height: h} }
	many := func() setup {
		st := newFakeStore(testPass, manySessions(60)...)
		return setup{store: st, lang: lang, width: w, height: h}
	}
	nothing := func(*driver) {}
	ws := func(keys ...string) func(d *driver) {
		return func(d *driver) { openExample(d); d.press(keys...) }
	}
	states := []state{
		{"unlock new", setup{fresh: true, lang: lang, width: w, height: h}, nothing},
		{"unlock new too short", setup{fresh: true, lang: lang, width: w, height: h}, func(d *driver) { d.typ("abc"); d.press("enter") }},
		{"unlock new mismatch", setup{fresh: true, lang: lang, width: w, height: h}, func(d *driver) {
			d.typ("abcdefghij")
			d.press("enter")
			d.typ("abcdefghiX")
			d.press("enter")
		}},
		{"unlock existing", setup{locked: true, lang: lang, width: w, height: h}, nothing},
		{"unlock wrong passphrase", setup{locked: true, lang: lang, width: w, height: h}, func(d *driver) { d.typ("nope"); d.press("enter") }},
		{"unlock busy", setup{locked: true, lang: lang, width: w, height: h}, func(d *driver) {
			d.typ(testPass)
			_, _ = d.app.Update(keyMsg("enter")) // the answer is not fed back
		}},
		{"empty list", setup{lang: lang, width: w, height: h}, nothing},
		{"list loading", list(), func(d *driver) { d.app.sessions.clear() }},
		{"list", list(), nothing},
		{"list second selected", list(), func(d *driver) { d.press("down") }},
		{"list many pages", many(), func(d *driver) { d.press("down", "down") }},
		{"list 10000", setup{store: newFakeStore(testPass, manySessions(10000)...), lang: lang, width: w, height: h}, func(d *driver) {
			d.press("down", "right", "right")
		}},
		{"filter typing", list(), func(d *driver) { d.press("/"); d.typ("bak") }},
		{"filter applied", list(), func(d *driver) { d.press("/"); d.typ("bak"); d.press("enter") }},
		{"filter no match", list(), func(d *driver) { d.press("/"); d.typ("zzz") }},
		{"new label empty", list(), func(d *driver) { d.press("n") }},
		{"new label typed", list(), func(d *driver) { d.press("n"); d.typ("Familie Qadir") }},
		{"new label many", many(), func(d *driver) { d.press("n"); d.typ("Familie Qadir") }},
		{"delete dialog", list(), func(d *driver) { d.press("d") }},
		{"help list", list(), func(d *driver) { d.press("?") }},
		{"help workspace", list(), ws("?")},
		{"help form", list(), ws("a", "?")},
		{"deleted status", list(), func(d *driver) { d.press("d", "y") }},
		{"step 1", list(), ws()},
		{"step 1 cursor on member", list(), ws("down", "down", "down", "down")},
		{"step 2", list(), ws("2")},
		{"map grid", list(), ws("2", "g")},
		{"map grid sorted", list(), ws("2", "g", "s", "s", "S", "down")},
		{"map zoom", list(), ws("2", "z")},
		{"map zoom next sector", list(), ws("2", "z", "right", "down")},
		{"map moved", list(), ws("2", "right", "down", "down", "left")},
		{"map sweep", list(), ws("2", "f", "esc", "esc", "esc", "esc", "esc")},
		{"map sweep typing", list(), func(d *driver) { openExample(d); d.press("2", "f"); d.typ("Wim") }},
		{"map new person", list(), ws("2", "a")},
		{"map edit person", list(), ws("2", "enter")},
		{"map edit person scrolled", list(), ws("2", "enter", "up", "up", "up")},
		{"map relation form", list(), ws("2", "r")},
		{"map relations dialog", list(), ws("2", "R")},
		{"map remove dialog", list(), ws("2", "x")},
		{"privacy map", list(), ws("2", "ctrl+p")},
		{"step 3", list(), ws("3")},
		{"needs second", list(), ws("3", "right", "down", "down")},
		{"needs reasons", list(), ws("3", "r")},
		{"needs network", list(), ws("3", "down", "down", "down", "down", "down", "enter")},
		{"needs contribution form", list(), ws("3", "down", "down", "down", "down", "down", "enter", "enter")},
		{"needs new contribution", list(), ws("3", "down", "down", "down", "down", "down", "enter", "a")},
		{"needs add form", list(), ws("3", "a")},
		{"needs remove dialog", list(), ws("3", "x")},
		{"needs privacy", list(), ws("3", "ctrl+p")},
		{"needs form step 1", list(), ws("3", "enter")},
		{"needs form step 2", list(), ws("3", "down", "enter")},
		{"needs form step 3", list(), ws("3", "down", "down", "enter")},
		{"needs form step 4", list(), ws("3", "down", "down", "down", "enter")},
		{"needs form step 5", list(), ws("3", "down", "down", "down", "down", "enter")},
		{"needs form step 7", list(), ws("3", "down", "down", "down", "down", "down", "down", "enter")},
		{"needs form step 8", list(), ws("3", "down", "down", "down", "down", "down", "down", "down", "enter")},
		{"needs form step 9", list(), ws("3", "down", "down", "down", "down", "down", "down", "down", "down", "enter")},
		{"needs form step 10", list(), ws("3", "down", "down", "down", "down", "down", "down", "down", "down", "down", "enter")},
		{"needs form step 11", list(), ws("3", "down", "down", "down", "down", "down", "down", "down", "down", "down", "down", "enter")},
		{"step 4", list(), ws("4")},
		{"jim second youth", list(), ws("4", "right")},
		{"jim on a suggestion", list(), ws("4", "down", "down")},
		{"jim criteria form", list(), ws("4", "enter")},
		{"jim criteria form scrolled", list(), ws("4", "enter", "up", "up")},
		{"jim criteria not parent no", list(), ws("4", "enter", "shift+tab", "shift+tab", "right", "enter")},
		{"jim status form", list(), ws("4", "s")},
		{"jim stop needs reason", list(), ws("4", "s", "right", "enter")},
		{"jim safety unchecked", list(), ws("4", "s", "enter", "s", "enter", "s", "enter")},
		{"jim add form", list(), ws("4", "a")},
		{"jim add parent", list(), ws("4", "a", "right", "right", "right", "right", "enter")},
		{"jim add suggestion", list(), ws("4", "down", "enter")},
		{"jim added", list(), func(d *driver) { openExample(d); d.press("4", "down", "enter"); d.typ("Oma."); d.press("enter") }},
		{"jim remove dialog", list(), ws("4", "x")},
		{"jim stopped notice", list(), ws("4", "s", "right", "tab", "x", "enter", "s")},
		{"map jim parent notice", list(), ws("2", "m")},
		{"privacy jim", list(), ws("4", "ctrl+p")},
		{"help jim", list(), ws("4", "?")},
		{"step 4 empty session", list(), func(d *driver) { d.press("n"); d.typ("Familie Qadir"); d.press("enter", "4") }},
		{"step 5", list(), ws("5")},
		{"agree form", list(), ws("5", "a")},
		{"agree form network person", list(), ws("5", "a", "right", "tab", "right")},
		{"agree form bad date", list(), func(d *driver) {
			openExample(d)
			d.press("5", "a", "tab", "tab")
			d.typ("Sanne belt school.")
			d.press("tab")
			d.typ("2026-02-30")
			d.press("enter")
		}},
		{"agree review form", list(), ws("5", "r")},
		{"agree flagged", list(), ws("5", "r", "left", "enter", "r", "left", "enter")},
		{"agree remove dialog", list(), ws("5", "x")},
		{"agree remove review dialog", list(), ws("5", "r", "enter", "x")},
		{"privacy agree", list(), func(d *driver) {
			openExample(d)
			d.press("5", "r", "left", "tab")
			d.typ("Ria was ziek.")
			d.press("enter", "ctrl+p")
		}},
		{"help agree", list(), ws("5", "?")},
		{"step 5 empty session", list(), func(d *driver) { d.press("n"); d.typ("Familie Qadir"); d.press("enter", "5") }},
		{"step 6", list(), ws("6")},
		{"report scrolled", list(), ws("6", "space", "space", "down")},
		{"export form", list(), ws("6", "e")},
		{"export form case", list(), ws("6", "e", "left")},
		{"export form case short", list(), ws("6", "e", "left", "tab", "tab", "tab", "a", "enter")},
		{"step 1 empty session", list(), func(d *driver) { d.press("n"); d.typ("Familie Qadir"); d.press("enter") }},
		{"form details", list(), ws("e")},
		{"form details bad date", list(), ws("e", "tab", "tab", "backspace", "enter")},
		{"form new youth", list(), ws("y")},
		{"form new youth bad year", list(), ws("y", "tab", "1", "enter")},
		{"form edit youth", list(), ws("down", "enter")},
		{"form new member", list(), ws("a")},
		{"form new member required", list(), ws("a", "enter")},
		{"form edit member", list(), ws("down", "down", "down", "enter")},
		{"form member on a choice", list(), ws("a", "tab", "tab", "right")},
		{"remove dialog", list(), ws("down", "x")},
		{"saved status", list(), func(d *driver) { openExample(d); addMember(d, "Anna", "oma") }},
		{"save failed status", list(), func(d *driver) {
			openExample(d)
			d.store.failSave(fmt.Errorf("the disk is full and this message is long enough to need more than one line at eighty columns."))
			addMember(d, "Anna", "oma")
		}},
		{"privacy list", list(), func(d *driver) { d.press("ctrl+p") }},
		{"privacy step 1", list(), ws("ctrl+p")},
		{"privacy form", list(), ws("ctrl+p", "down", "down", "down", "enter", "tab")},
		{"privacy help", list(), ws("ctrl+p", "?")},
		{"locked", list(), func(d *driver) {
			openExample(d)
			d.clock.Advance(time.Hour)
			d.send(idleTickMsg{})
		}},
	}
	for i := range states {
		states[i].name = fmt.Sprintf("%s/%dx%d/%s", lang, w, h, states[i].name)
	}
	return states
}

// manySessions invents n sessions, newest first by id.
func manySessions(n int) []*model.Session {
	out := make([]*model.Session, n)
	for i := range out {
		at := testNow.Add(-time.Duration(i) * time.Hour)
		s := &model.Session{ID: fmt.Sprint(i + 1), Label: fmt.Sprintf("Familie %04d", i+1), Created: at, Updated: at}
		s.AddYouth(model.Youth{Name: fmt.Sprintf("Kind %d", i+1)})
		s.Normalize()
		out[i] = s
	}
	return out
}

var missingKey = regexp.MustCompile(`![a-z0-9_]+\.[a-z0-9_.]+`)

// checkFrame asserts that a frame fits w x h and holds no missing
// catalogue key, and, with NO_COLOR, no escape sequence but bold,
// faint, reverse and the like: no colour.
func checkFrame(t *testing.T, raw string, w, h int, noColor bool) {
	t.Helper()
	plain := ansi.Strip(raw)
	if h <= 0 || w <= 0 {
		if raw != "" {
			t.Errorf("a %dx%d window shows %q", w, h, raw)
		}
		return
	}
	lines := strings.Split(raw, "\n")
	if len(lines) > h {
		t.Errorf("%d lines, more than %d:\n%s", len(lines), h, plain)
	}
	for i, l := range lines {
		if cw := ansi.StringWidth(l); cw > w {
			t.Errorf("line %d is %d cells wide, more than %d: %q", i, cw, w, ansi.Strip(l))
		}
	}
	if m := missingKey.FindString(plain); m != "" {
		t.Errorf("missing catalogue key %s on screen:\n%s", m, plain)
	}
	checkEscapes(t, raw, noColor)
}

var sgr = regexp.MustCompile(`\x1b\[([0-9;:]*)m`)

// checkEscapes asserts that every escape sequence in raw is SGR styling,
// without colour when noColor, and that no other control character (C0
// but the newline, C1, bidi controls) reaches the terminal.
func checkEscapes(t *testing.T, raw string, noColor bool) {
	t.Helper()
	for _, m := range sgr.FindAllStringSubmatch(raw, -1) {
		if !noColor {
			continue
		}
		for _, p := range strings.FieldsFunc(m[1], func(r rune) bool { return r == ';' || r == ':' }) {
			var n int
			fmt.Sscan(p, &n)
			if (n >= 30 && n <= 49) || (n >= 90 && n <= 107) {
				t.Errorf("colour %q on screen with NO_COLOR", m[0])
				break
			}
		}
	}
	rest := sgr.ReplaceAllString(raw, "")
	for i, r := range rest {
		switch {
		case r == '\n':
		case r == 0x1b:
			end := min(i+20, len(rest))
			t.Errorf("escape sequence other than styling on screen: %q", rest[i:end])
			return
		case unicode.IsControl(r), r >= 0x202A && r <= 0x202E, r >= 0x2066 && r <= 0x2069, r == 0x200E, r == 0x200F, r == 0x061C:
			t.Errorf("control character %U on screen", r)
			return
		}
	}
}

func TestEveryScreenFits(t *testing.T) {
	t.Parallel()
	for _, lang := range []i18n.Lang{i18n.NL, i18n.EN} {
		for _, size := range [][2]int{{80, 24}, {MinWidth, MinHeight}, {120, 40}} {
			for _, st := range allStates(t, lang, size[0], size[1]) {
				t.Run(st.name, func(t *testing.T) {
					t.Parallel()
					runApp(t, st.setup, func(t *testing.T, d *driver) {
						st.to(d)
						checkFrame(t, d.raw(), size[0], size[1], true)
					})
				})
			}
		}
	}
}

// With colour on, the screen holds styling and nothing else.
func TestEveryScreenColourIsStylingOnly(t *testing.T) {
	t.Parallel()
	for _, st := range allStates(t, i18n.NL, 80, 24) {
		t.Run(st.name, func(t *testing.T) {
			t.Parallel()
			st.setup.color = true
			runApp(t, st.setup, func(t *testing.T, d *driver) {
				d.send(tea.BackgroundColorMsg{})
				st.to(d)
				checkFrame(t, d.raw(), 80, 24, false)
			})
		})
	}
}

// The states reach what their names promise; a typo in a key list
// would otherwise test the wrong screen.
func TestStatesReachTheirScreens(t *testing.T) {
	t.Parallel()
	want := map[string]string{
		"unlock new":               "unlock.no_recovery",
		"unlock new too short":     "unlock.too_short",
		"unlock new mismatch":      "unlock.differ",
		"unlock busy":              "unlock.busy",
		"empty list":               "sessions.empty",
		"list loading":             "sessions.loading",
		"filter no match":          "sessions.no_match",
		"new label empty":          "sessions.label_prompt",
		"help workspace":           "key.next_step",
		"step 2":                   "sector.professionals",
		"map grid":                 "grid.title",
		"map zoom":                 "sector.family",
		"map sweep":                "sweep.q.cousins",
		"map new person":           "map.new_person",
		"map edit person":          "map.edit_person",
		"map remove dialog":        "confirm.hint",
		"step 6":                   "step6.title",
		"step 1 empty session":     "family.no_members",
		"form details":             "family.details",
		"form details bad date":    "field.date_invalid",
		"form new youth":           "family.new_youth",
		"form new youth bad year":  "field.birth_year_invalid",
		"form edit youth":          "family.edit_youth",
		"form new member":          "family.new_member",
		"form new member required": "problem.required",
		"form edit member":         "family.edit_member",
		"privacy list":             "status.privacy",
		"locked":                   "status.locked",
		"deleted status":           "status.deleted",

		// Step 4, the JIM.
		"step 4":                     "jim.suggested",
		"jim second youth":           "jim.no_candidates",
		"jim criteria form":          "jim.field.why",
		"jim criteria not parent no": "jim.err.parent",
		"jim stop needs reason":      "jim.err.stop_reason",
		"jim safety unchecked":       "jim.err.safety_unchecked",
		"jim add form":               "jim.field.why",
		"jim add parent":             "jim.err.parent",
		"jim remove dialog":          "confirm.hint",
		"jim stopped notice":         "jim.notice.hint",
		"map jim parent notice":      "jim.notice.hint",
		"step 4 empty session":       "jim.no_youths",

		// Step 5, the agreements.
		"step 5":                     "agree.title",
		"agree form":                 "agree.form_new",
		"agree form bad date":        "field.date_invalid",
		"agree flagged":              "agree.flag_rule",
		"agree remove dialog":        "confirm.hint",
		"agree remove review dialog": "confirm.hint",
		"step 5 empty session":       "agree.empty",
	}
	var states []state
	for _, lang := range []i18n.Lang{i18n.NL, i18n.EN} {
		states = append(states, allStates(t, lang, 80, 24)...)
		states = append(states, allStates(t, lang, MinWidth, MinHeight)...)
	}
	for _, st := range states {
		parts := strings.SplitN(st.name, "/", 3)
		k, ok := want[parts[2]]
		if !ok {
			continue
		}
		t.Run(st.name, func(t *testing.T) {
			t.Parallel()
			runApp(t, st.setup, func(t *testing.T, d *driver) {
				st.to(d)
				// The start of the message and its last word are on
				// screen: a message may wrap but is never cut off.
				text, _, _ := strings.Cut(d.app.c.T(k), "%")
				words := strings.Fields(text)
				d.requireView(words[0])
				d.requireView(words[len(words)-1])
				if v := strings.Join(strings.Fields(d.view()), " "); !strings.Contains(v, strings.Join(words, " ")) {
					t.Fatalf("message %q is not on screen whole:\n%s", text, d.view())
				}
			})
		})
	}
}

func TestTinyWindow(t *testing.T) {
	t.Parallel()
	for _, size := range [][2]int{{20, 6}, {0, 0}, {1, 1}, {MinWidth - 1, 24}, {80, MinHeight - 1}} {
		for _, st := range []setup{
			{store: listStore(t)},
			{locked: true},
			{fresh: true},
		} {
			t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
				t.Parallel()
				st.width, st.height = size[0], size[1]
				if size[0] == 0 {
					st.width, st.height = 80, 24
				}
				runApp(t, st, func(t *testing.T, d *driver) {
					d.resize(size[0], size[1])
					// Keys, a click and a resize in the small window do not panic.
					d.press("down", "enter", "tab", "a", "?", "ctrl+p")
					d.send(tea.MouseClickMsg{X: 3, Y: 1, Button: tea.MouseLeft})
					checkFrame(t, d.raw(), size[0], size[1], true)
					if size[0] >= 20 {
						d.requireView("q")
					}
					d.press("q")
					if !d.quit {
						t.Fatal("q does not quit in a small window")
					}
				})
			})
		}
	}
}

// Growing back from a small window shows the full screen again.
func TestWindowGrowsBack(t *testing.T) {
	t.Parallel()
	runApp(t, setup{store: listStore(t)}, func(t *testing.T, d *driver) {
		openExample(d)
		d.resize(20, 6)
		d.requireNoView("Household")
		d.resize(80, 24)
		d.requireView("Household")
		checkFrame(t, d.raw(), 80, 24, true)
	})
}

// A resize lays every screen out again: a screen reached in one size and
// then resized looks the same as one reached in the new size, and a
// second WindowSizeMsg of the same size (Bubble Tea may send two at
// start) changes nothing.
func TestResizeRelaysOut(t *testing.T) {
	t.Parallel()
	for _, st := range allStates(t, i18n.NL, 80, 24) {
		// Moving on the map goes by where labels are, which depends on
		// the size the moves were made at; so does a scroll position in a report that rewraps.
		if strings.Contains(st.name, "10000") || strings.Contains(st.name, "map moved") || strings.Contains(st.name, "report scrolled") {
			continue
		}
		t.Run(st.name, func(t *testing.T) {
			t.Parallel()
			var want string
			fresh := st.setup
			if fresh.store != nil {
				fresh.store = cloneStore(fresh.store)
			}
			runApp(t, fresh, func(t *testing.T, d *driver) {
				st.to(d)
				want = d.view()
				d.resize(80, 24)
				if got := d.view(); got != want {
					t.Fatalf("a second size message changed the screen:\n%s\nwant:\n%s", got, want)
				}
			})
			other := st.setup
			other.width, other.height = 120, 40
			runApp(t, other, func(t *testing.T, d *driver) {
				st.to(d)
				d.resize(80, 24)
				if got := d.view(); got != want {
					t.Fatalf("reached at 120x40 and resized to 80x24:\n%s\nwant:\n%s", got, want)
				}
			})
		})
	}
}

// cloneStore copies a fake store's sessions into a new one.
func cloneStore(f *fakeStore) *fakeStore {
	f.mu.Lock()
	defer f.mu.Unlock()
	c := newFakeStore(f.pass)
	c.initialized, c.open = f.initialized, f.open
	for id, s := range f.sessions {
		c.sessions[id] = s.Clone()
	}
	c.seq = f.seq
	return c
}
