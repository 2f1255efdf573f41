package ui

import (
	"os"
	"reflect"
	"strings"
	"sync"
	"testing"
	"testing/synctest"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"kring/model"
	"kring/ui/i18n"
)

// The test driver runs an App the way Bubble Tea would, but in the test's
// own goroutine and without a terminal: it calls Update, runs the commands
// it gets back on goroutines, waits until they are done or blocked, and
// feeds their messages back, expanding batches and sequences.
//
// Every test runs inside a testing/synctest bubble. There time is fake,
// so commands built on tea.Tick (the idle check every 15 s, the cursor
// blink) block on their timer and never fire while the test runs; the
// driver simply leaves them waiting. synctest.Wait tells when every
// command that can finish has finished, without sleeping and without a
// timeout. A Save held by the fake store also stays in flight until the
// test lets it go, and its answer is fed back at that moment.

// testNow is the fixed clock of every test: Thursday 8 October 2026,
// 09:00 UTC.
var testNow = time.Date(2026, 10, 8, 9, 0, 0, 0, time.UTC)

// clock is a settable clock, safe to read from commands.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *clock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

type driver struct {
	t     *testing.T
	app   *App
	store *fakeStore
	clock *clock
	// inflight holds the answers of commands still running (or waiting
	// on a timer); each channel has room for one message so that a
	// command can always finish.
	inflight []chan tea.Msg
	quit     bool
}

// setup describes the App a test starts with.
type setup struct {
	lang   i18n.Lang
	width  int
	height int
	// locked starts on the unlock screen; fresh starts on the unlock
	// screen of a new store (no passphrase yet).
	locked bool
	fresh  bool
	store  *fakeStore
	color  bool
	// demo runs the App as `kring demo` does; present as --present.
	demo, present bool
}

const testPass = "correct horse battery"

// runApp runs f inside a synctest bubble with a driver for a new App. f
// gets the bubble's *testing.T: failing the outer one from inside the
// bubble would be failing a test from another goroutine.
func runApp(t *testing.T, s setup, f func(t *testing.T, d *driver)) {
	t.Helper()
	synctest.Test(t, func(t *testing.T) {
		d := newDriver(t, s)
		defer func() {
			// Let held saves and pending ticks finish, so that the
			// bubble ends with no goroutine left blocked.
			d.store.releaseAll()
			time.Sleep(24 * time.Hour)
		}()
		f(t, d)
	})
}

func newDriver(t *testing.T, s setup) *driver {
	if s.lang == "" {
		s.lang = i18n.EN
	}
	if s.width == 0 {
		s.width, s.height = 80, 24
	}
	st := s.store
	if st == nil {
		st = newFakeStore(testPass)
	}
	if s.fresh {
		st.initialized, st.pass, st.open = false, "", false
	}
	if s.locked {
		st.open = false
	}
	clk := &clock{t: testNow}
	app := New(Options{
		Store:       st,
		Lang:        s.lang,
		Unlocked:    !s.locked && !s.fresh,
		Initialized: !s.fresh,
		NoColor:     !s.color,
		Demo:        s.demo,
		Present:     s.present,
		Now:         clk.Now,
		Loc:         time.UTC,
	})
	d := &driver{t: t, app: app, store: st, clock: clk}
	d.send(tea.WindowSizeMsg{Width: s.width, Height: s.height})
	if app.screen == screenSessions {
		d.run(app.loadSessions())
	}
	return d
}

// send hands msg to Update and runs what comes back until it settles.
func (d *driver) send(msg tea.Msg) {
	d.t.Helper()
	_, cmd := d.app.Update(msg)
	d.run(cmd)
}

// run starts cmd and feeds back every message until nothing more is
// ready.
func (d *driver) run(cmd tea.Cmd) {
	d.t.Helper()
	d.start(cmd)
	d.settle()
}

func (d *driver) start(cmd tea.Cmd) {
	if cmd == nil {
		return
	}
	ch := make(chan tea.Msg, 1)
	go func() { ch <- cmd() }()
	d.inflight = append(d.inflight, ch)
}

// settle waits until every command is done or durably blocked (on a
// timer or a held save) and delivers the messages of the finished ones,
// until none finishes any more.
func (d *driver) settle() {
	d.t.Helper()
	for range 10000 {
		synctest.Wait()
		var ready []tea.Msg
		keep := d.inflight[:0]
		for _, ch := range d.inflight {
			select {
			case m := <-ch:
				ready = append(ready, m)
			default:
				keep = append(keep, ch)
			}
		}
		d.inflight = keep
		if len(ready) == 0 {
			return
		}
		for _, m := range ready {
			d.deliver(m)
		}
	}
	d.t.Fatal("the commands never settle")
}

var cmdType = reflect.TypeFor[tea.Cmd]()

func (d *driver) deliver(m tea.Msg) {
	d.t.Helper()
	switch m := m.(type) {
	case nil:
		return
	case tea.BatchMsg:
		for _, c := range m {
			d.start(c)
		}
		return
	case tea.QuitMsg:
		d.quit = true
		return
	}
	// tea.Sequence hides its type; it is a slice of commands run in turn.
	if v := reflect.ValueOf(m); v.Kind() == reflect.Slice && v.Type().Elem() == cmdType {
		for i := range v.Len() {
			d.run(v.Index(i).Interface().(tea.Cmd))
		}
		return
	}
	_, cmd := d.app.Update(m)
	d.start(cmd)
}

// keyMsg builds the key press Bubble Tea sends for a key name as
// msg.String() gives it: "enter", "shift+tab", "ctrl+p", "a", "?".
func keyMsg(name string) tea.KeyPressMsg {
	switch name {
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "esc":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	case "tab":
		return tea.KeyPressMsg{Code: tea.KeyTab}
	case "shift+tab":
		return tea.KeyPressMsg{Code: tea.KeyTab, Mod: tea.ModShift}
	case "up":
		return tea.KeyPressMsg{Code: tea.KeyUp}
	case "down":
		return tea.KeyPressMsg{Code: tea.KeyDown}
	case "left":
		return tea.KeyPressMsg{Code: tea.KeyLeft}
	case "right":
		return tea.KeyPressMsg{Code: tea.KeyRight}
	case "backspace":
		return tea.KeyPressMsg{Code: tea.KeyBackspace}
	case "space":
		return tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}
	}
	if rest, ok := strings.CutPrefix(name, "ctrl+"); ok && len(rest) == 1 {
		return tea.KeyPressMsg{Code: rune(rest[0]), Mod: tea.ModCtrl}
	}
	r := []rune(name)
	if len(r) != 1 {
		panic("keyMsg: unknown key " + name)
	}
	return tea.KeyPressMsg{Code: r[0], Text: name}
}

// press sends keys by name, one after the other.
func (d *driver) press(keys ...string) {
	d.t.Helper()
	for _, k := range keys {
		d.send(keyMsg(k))
	}
}

// typ types text one grapheme at a time, as a terminal reports it.
func (d *driver) typ(text string) {
	d.t.Helper()
	for _, g := range graphemes(text) {
		r := []rune(g)
		d.send(tea.KeyPressMsg{Code: r[0], Text: g})
	}
}

// graphemes splits s into grapheme clusters.
func graphemes(s string) []string {
	var out []string
	for len(s) > 0 {
		g, _ := ansi.FirstGraphemeCluster(s, ansi.GraphemeWidth)
		if g == "" {
			g = s[:1]
		}
		out = append(out, g)
		s = s[len(g):]
	}
	return out
}

// paste sends text as a bracketed paste.
func (d *driver) paste(text string) {
	d.t.Helper()
	d.send(tea.PasteMsg{Content: text})
}

func (d *driver) resize(w, h int) {
	d.t.Helper()
	d.send(tea.WindowSizeMsg{Width: w, Height: h})
}

// raw is the View's content as drawn, with its escape sequences.
func (d *driver) raw() string { return d.app.View().Content }

// view is the View's content without escape sequences.
func (d *driver) view() string { return ansi.Strip(d.raw()) }

func (d *driver) requireView(substr string) {
	d.t.Helper()
	if v := d.view(); !strings.Contains(v, substr) {
		d.t.Fatalf("view does not show %q:\n%s", substr, v)
	}
}

func (d *driver) requireNoView(substr string) {
	d.t.Helper()
	if v := d.view(); strings.Contains(v, substr) {
		d.t.Fatalf("view shows %q but should not:\n%s", substr, v)
	}
}

func (d *driver) requireScreen(want screenID) {
	d.t.Helper()
	if d.app.screen != want {
		d.t.Fatalf("screen = %d, want %d; view:\n%s", d.app.screen, want, d.view())
	}
}

// openFirst opens the selected session of the list.
func (d *driver) openSelected() {
	d.t.Helper()
	d.press("enter")
	d.requireScreen(screenWorkspace)
}

// exampleCase reads the fictional family of model/testdata.
func exampleCase(t testing.TB) *model.Session {
	t.Helper()
	example.Do(func() {
		data, err := os.ReadFile("../model/testdata/example-case.json")
		if err == nil {
			example.s, err = model.Decode(data)
		}
		example.err = err
	})
	if example.err != nil {
		t.Fatal(example.err)
	}
	return example.s.Clone()
}

// example is the example case, read and decoded once for every test:
// hundreds of screens start from it. Each test gets its own deep copy.
var example struct {
	sync.Once
	s   *model.Session
	err error
}

// exampleSessions is the example case and three invented sessions, for
// the list: one without youths and a demo session among them.
func exampleSessions(t testing.TB) []*model.Session {
	t.Helper()
	ex := exampleCase(t)
	ex.ID = "1"
	at := func(day, hour, minute int) time.Time { return time.Date(2026, 10, day, hour, minute, 0, 0, time.UTC) }
	mk := func(id, label string, updated time.Time, youths ...string) *model.Session {
		s := &model.Session{ID: id, Label: label, Date: model.DateOf(updated), Created: updated.Add(-time.Hour), Updated: updated}
		for _, y := range youths {
			s.AddYouth(model.Youth{Name: y})
		}
		s.Normalize()
		return s
	}
	demo := mk("4", "Familie Voorbeeld", at(1, 10, 0), "Mila")
	demo.Demo = true
	return []*model.Session{
		ex,
		mk("2", "Familie Bakker", at(4, 14, 20), "Jesse"),
		mk("3", "Gezin El Amrani", at(3, 16, 45), "Sara", "Adam"),
		demo,
	}
}

// listStore is a store holding the example sessions.
func listStore(t testing.TB) *fakeStore { return newFakeStore(testPass, exampleSessions(t)...) }
