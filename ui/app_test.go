package ui

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"kring/model"
	"kring/ui/i18n"
)

// The keymaps match on msg.String(): the driver's key presses must give
// exactly the names they bind.
func TestKeyMsgStrings(t *testing.T) {
	t.Parallel()
	for _, name := range []string{"enter", "esc", "tab", "shift+tab", "up", "down", "left", "right", "backspace", "space", "ctrl+p", "ctrl+c", "q", "?", "/", "a", "A", "1", "é"} {
		if got := keyMsg(name).String(); got != name {
			t.Errorf("keyMsg(%q).String() = %q", name, got)
		}
	}
}

// openExample starts on the list of example sessions and opens the
// example case, which is the newest.
func openExample(d *driver) {
	d.t.Helper()
	d.openSelected()
	d.requireView("Familie Veldkamp")
}

func TestWorkspaceKeysMoveBetweenSteps(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		keys []string
		want int
	}{
		{"tab goes to the next step", []string{"tab"}, 1},
		{"tab wraps after the last step", []string{"tab", "tab", "tab", "tab", "tab", "tab"}, 0},
		{"shift+tab wraps to the last step", []string{"shift+tab"}, 5},
		{"shift+tab goes back", []string{"tab", "tab", "shift+tab"}, 1},
		{"a number goes to its step", []string{"3"}, 2},
		{"6 is the last step", []string{"6"}, 5},
		{"1 goes back to the first", []string{"4", "1"}, 0},
		{"7 is no step", []string{"2", "7"}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			runApp(t, setup{store: listStore(t)}, func(t *testing.T, d *driver) {
				openExample(d)
				d.press(tt.keys...)
				if got := d.app.work.active; got != tt.want {
					t.Fatalf("active step = %d, want %d", got, tt.want)
				}
				// The step shown is the active one.
				n := string(rune('1' + tt.want))
				if tt.want > 0 {
					d.requireView(d.app.c.T("step." + n + ".title"))
				} else {
					d.requireView(d.app.c.T("family.household"))
				}
			})
		})
	}
}

func TestStepBarClickCyclesSteps(t *testing.T) {
	t.Parallel()
	for _, size := range [][2]int{{80, 24}, {120, 40}, {60, 16}} {
		for _, lang := range []i18n.Lang{i18n.NL, i18n.EN} {
			t.Run(fmt.Sprintf("%s/%dx%d", lang, size[0], size[1]), func(t *testing.T) {
				t.Parallel()
				runApp(t, setup{store: listStore(t), lang: lang, width: size[0], height: size[1]}, func(t *testing.T, d *driver) {
					openExample(d)
					spans := stepBarSpans(d.app.c, size[0], 0)
					if len(spans) != stepCount || spans[stepCount-1].to > size[0] {
						t.Fatalf("step bar %v does not fit %d columns", spans, size[0])
					}
					bar := strings.Split(d.view(), "\n")[1]
					for _, i := range []int{3, 1, 5, 0, 2, 4} {
						sp := spans[i]
						// The name of the step is drawn where a click finds it.
						if got := ansi.Cut(bar, sp.from, sp.to); !strings.Contains(got, strconv.Itoa(i+1)) {
							t.Fatalf("step %d is drawn as %q at [%d,%d)", i+1, got, sp.from, sp.to)
						}
						for _, x := range []int{sp.from, sp.to - 1} {
							d.send(tea.MouseClickMsg{X: x, Y: 1, Button: tea.MouseLeft})
							if d.app.work.active != i {
								t.Fatalf("click at x=%d: step %d active, want %d", x, d.app.work.active, i)
							}
						}
					}
					// Clicks off the bar, or with another button, change nothing.
					d.press("2")
					for _, m := range []tea.MouseClickMsg{
						{X: spans[0].from, Y: 0, Button: tea.MouseLeft},
						{X: spans[0].from, Y: 2, Button: tea.MouseLeft},
						{X: spans[0].from, Y: 1, Button: tea.MouseRight},
						{X: spans[stepCount-1].to + 1, Y: 1, Button: tea.MouseLeft},
					} {
						d.send(m)
						if d.app.work.active != 1 {
							t.Fatalf("%v moved to step %d", m, d.app.work.active+1)
						}
					}
				})
			})
		}
	}
}

func TestEscReturnsToList(t *testing.T) {
	t.Parallel()
	runApp(t, setup{store: listStore(t)}, func(t *testing.T, d *driver) {
		openExample(d)
		lists := len(d.store.callsOf("List"))
		d.press("3", "esc")
		d.requireScreen(screenSessions)
		if d.app.work != nil {
			t.Fatal("workspace kept after esc")
		}
		if got := len(d.store.callsOf("List")); got != lists+1 {
			t.Fatalf("List called %d times after esc, want once", got-lists)
		}
		d.requireView("Familie Bakker")
	})
}

func TestNewSession(t *testing.T) {
	t.Parallel()
	runApp(t, setup{store: listStore(t)}, func(t *testing.T, d *driver) {
		d.press("n")
		if !d.app.sessions.adding || !d.app.active().Typing() {
			t.Fatal("n does not open the label field")
		}
		d.requireView("Family name:")
		// Enter on an empty label creates nothing.
		d.press("enter")
		if len(d.store.callsOf("Create")) != 0 || !d.app.sessions.adding {
			t.Fatal("an empty label was created or closed the field")
		}
		d.typ("Familie Qadir")
		d.press("enter")
		if got := d.store.callsOf("Create"); !slices.Equal(got, []string{"Create Familie Qadir"}) {
			t.Fatalf("store calls %v, want one Create with the label", got)
		}
		d.requireScreen(screenWorkspace)
		c := d.store.createdSessions()[0]
		if c.Date != "2026-10-08" || !c.Created.Equal(testNow) || !c.Updated.Equal(testNow) {
			t.Fatalf("created %+v, want date and times of the clock", c)
		}
		if d.app.work.sess.ID != c.ID {
			t.Fatalf("workspace holds id %q, store gave %q", d.app.work.sess.ID, c.ID)
		}
		d.requireView("Familie Qadir")
		d.requireView(d.app.c.T("family.no_members"))
		// The new session is in the list on return.
		d.press("esc")
		d.requireView("Familie Qadir")
	})
}

func TestNewSessionEscCancels(t *testing.T) {
	t.Parallel()
	runApp(t, setup{store: listStore(t)}, func(t *testing.T, d *driver) {
		d.press("n")
		d.typ("Familie Nooit")
		d.press("esc")
		if d.app.sessions.adding {
			t.Fatal("esc left the label field open")
		}
		if got := d.store.callsOf("Create"); len(got) != 0 {
			t.Fatalf("esc created %v", got)
		}
		d.requireScreen(screenSessions)
		d.requireNoView("Familie Nooit")
		// A second n starts with an empty field.
		d.press("n")
		if v := d.app.sessions.label.Value(); v != "" {
			t.Fatalf("label field starts with %q", v)
		}
	})
}

func TestOpenSession(t *testing.T) {
	t.Parallel()
	runApp(t, setup{store: listStore(t)}, func(t *testing.T, d *driver) {
		d.press("down", "enter")
		d.requireScreen(screenWorkspace)
		if got := d.store.callsOf("Get"); !slices.Equal(got, []string{"Get 2"}) {
			t.Fatalf("store calls %v, want Get 2", got)
		}
		if d.app.work.sess.Label != "Familie Bakker" || d.app.work.active != 0 {
			t.Fatalf("opened %q on step %d", d.app.work.sess.Label, d.app.work.active)
		}
		d.requireView("Jesse")
	})
}

func TestOpenFailureShowsError(t *testing.T) {
	t.Parallel()
	runApp(t, setup{store: listStore(t)}, func(t *testing.T, d *driver) {
		d.store.mu.Lock()
		delete(d.store.sessions, "1")
		d.store.mu.Unlock()
		d.press("enter")
		d.requireScreen(screenSessions)
		d.requireView(`no session "1"`)
	})
}

func TestDeleteSession(t *testing.T) {
	t.Parallel()
	tests := []struct {
		key     string
		deleted bool
	}{
		{"y", true},
		{"j", true}, // ja
		{"n", false},
		{"esc", false},
	}
	for _, tt := range tests {
		t.Run(tt.key, func(t *testing.T) {
			t.Parallel()
			runApp(t, setup{store: listStore(t)}, func(t *testing.T, d *driver) {
				d.press("down", "d")
				if len(d.app.dialogs.stack) != 1 {
					t.Fatal("d opens no dialog")
				}
				d.requireView("Delete session “Familie Bakker”")
				// Keys go to the dialog, not to the list behind it.
				d.press("down", "enter", "q")
				if d.quit || len(d.app.dialogs.stack) != 1 || d.app.screen != screenSessions {
					t.Fatal("keys went past the dialog")
				}
				d.press(tt.key)
				if len(d.app.dialogs.stack) != 0 {
					t.Fatalf("%s does not close the dialog", tt.key)
				}
				got := d.store.deletedIDs()
				if tt.deleted {
					if !slices.Equal(got, []string{"2"}) {
						t.Fatalf("deleted %v, want [2]", got)
					}
					d.requireNoView("Familie Bakker")
					d.requireView(d.app.c.T("status.deleted"))
				} else {
					if len(got) != 0 {
						t.Fatalf("deleted %v", got)
					}
					d.requireView("Familie Bakker")
				}
				d.requireView("Familie Veldkamp")
			})
		})
	}
}

func TestDeleteDialogKeepsPrivacy(t *testing.T) {
	t.Parallel()
	runApp(t, setup{store: listStore(t)}, func(t *testing.T, d *driver) {
		d.press("ctrl+p", "d")
		d.requireNoView("Veldkamp")
		d.requireView("“F.V.f.v.”")
	})
}

func TestUnlockNewStore(t *testing.T) {
	t.Parallel()
	runApp(t, setup{fresh: true, store: listStore(t)}, func(t *testing.T, d *driver) {
		d.requireScreen(screenUnlock)
		d.requireView(d.app.c.T("unlock.no_recovery")[:20])
		d.typ("kort")
		d.press("enter")
		d.requireView(d.app.c.T("unlock.too_short", 8))
		if d.app.unlock.focus != 0 {
			t.Fatal("too short: focus left the first field")
		}
		d.press("backspace", "backspace", "backspace", "backspace")
		d.typ("lang genoeg")
		d.press("enter")
		if d.app.unlock.focus != 1 {
			t.Fatal("enter on the first field does not move to the second")
		}
		d.typ("lang genoeg!")
		d.press("enter")
		d.requireView(d.app.c.T("unlock.differ"))
		if v := d.app.unlock.inputs[1].Value(); v != "" {
			t.Fatalf("second field keeps %q after a mismatch", v)
		}
		// Tab moves between the two fields.
		d.press("tab")
		if d.app.unlock.focus != 0 {
			t.Fatal("tab does not switch fields")
		}
		d.press("tab")
		if got := d.store.callsOf("Init"); len(got) != 0 {
			t.Fatalf("Init called before the passphrases agree: %v", got)
		}
		d.typ("lang genoeg")
		d.press("enter")
		if got := d.store.callsOf("Init"); len(got) != 1 {
			t.Fatalf("Init calls %v, want one", got)
		}
		d.store.mu.Lock()
		pass := d.store.pass
		d.store.mu.Unlock()
		if pass != "lang genoeg" {
			t.Fatalf("store got passphrase %q", pass)
		}
		d.requireScreen(screenSessions)
		d.requireView("Familie Bakker")
	})
}

func TestUnlockExistingStore(t *testing.T) {
	t.Parallel()
	runApp(t, setup{locked: true, store: listStore(t)}, func(t *testing.T, d *driver) {
		d.requireScreen(screenUnlock)
		d.requireNoView(d.app.c.T("unlock.again"))
		// Enter on an empty field asks nothing of the store.
		d.press("enter")
		if got := d.store.callsOf("Unlock"); len(got) != 0 {
			t.Fatalf("empty passphrase reached the store: %v", got)
		}
		d.typ("not it")
		d.press("enter")
		if got := d.store.callsOf("Unlock"); len(got) != 1 {
			t.Fatalf("Unlock calls %v, want one", got)
		}
		d.requireScreen(screenUnlock)
		d.requireView(errWrongPassphrase.Error())
		d.requireNoView("Familie")
		if v := d.app.unlock.inputs[0].Value(); v != "" {
			t.Fatalf("field keeps %q after a wrong passphrase", v)
		}
		// Typing again clears the message.
		d.typ("c")
		d.requireNoView(errWrongPassphrase.Error())
		d.press("backspace")
		d.typ(testPass)
		d.press("enter")
		d.requireScreen(screenSessions)
		d.requireView("Familie Veldkamp")
		d.requireView("Familie Bakker")
	})
}

func TestUnlockStoreErrorIsExplained(t *testing.T) {
	t.Parallel()
	runApp(t, setup{locked: true, store: listStore(t)}, func(t *testing.T, d *driver) {
		d.store.failUnlock(errors.New("the file is damaged"))
		d.typ(testPass)
		d.press("enter")
		d.requireScreen(screenUnlock)
		d.requireView("the file is damaged")
		if d.app.unlock.busy {
			t.Fatal("unlock screen stays busy after an error")
		}
	})
}

// addMember adds a household member through step 1's form.
func addMember(d *driver, name, role string) {
	d.t.Helper()
	d.press("a")
	if d.app.work.family.form == nil {
		d.t.Fatal("a opens no form")
	}
	d.typ(name)
	if role != "" {
		d.press("tab")
		d.typ(role)
	}
	d.press("enter")
}

func TestAddHouseholdMember(t *testing.T) {
	t.Parallel()
	runApp(t, setup{store: listStore(t)}, func(t *testing.T, d *driver) {
		openExample(d)
		addMember(d, "Anna", "oma")
		if got := d.store.callsOf("Save"); !slices.Equal(got, []string{"Save 1"}) {
			t.Fatalf("store calls %v, want one Save of session 1", got)
		}
		saved := d.store.savedSessions()[0]
		var anna *model.Person
		for i := range saved.People {
			if saved.People[i].Name == "Anna" {
				anna = &saved.People[i]
			}
		}
		switch {
		case anna == nil:
			t.Fatalf("saved people %+v hold no Anna", saved.People)
		case anna.Role != "oma" || !anna.Household || !anna.Adult || anna.Parent || anna.Sector != model.SectorHousehold:
			t.Fatalf("saved %+v", *anna)
		case !saved.Updated.Equal(testNow):
			t.Fatalf("saved with Updated %v, want the clock's time", saved.Updated)
		case len(saved.People) != 19:
			t.Fatalf("saved %d people, want 19", len(saved.People))
		}
		d.requireView("Anna · oma")
		d.requireView(d.app.c.T("status.saved", "09:00:00"))
		if f := d.app.work.family; f.form != nil {
			t.Fatal("form stays open after a save")
		}
	})
}

func TestFormRequiresName(t *testing.T) {
	t.Parallel()
	runApp(t, setup{store: listStore(t)}, func(t *testing.T, d *driver) {
		openExample(d)
		d.press("a", "tab")
		d.typ("oma")
		d.press("enter")
		if len(d.store.callsOf("Save")) != 0 {
			t.Fatal("a member without a name was saved")
		}
		d.requireView(d.app.c.T("problem.required"))
		f := d.app.work.family
		if f.form == nil || f.form.focus != 0 {
			t.Fatal("the form does not point at the empty name")
		}
		d.press("esc")
		if f.form != nil || len(d.store.callsOf("Save")) != 0 {
			t.Fatal("esc does not cancel the form")
		}
	})
}

func TestSaveFailureKeepsEdit(t *testing.T) {
	t.Parallel()
	runApp(t, setup{store: listStore(t)}, func(t *testing.T, d *driver) {
		openExample(d)
		d.store.failSave(errors.New("the disk is full."))
		addMember(d, "Anna", "")
		if len(d.store.callsOf("Save")) != 1 {
			t.Fatal("no Save attempted")
		}
		d.requireView(d.app.c.T("status.save_failed", "the disk is full."))
		if !d.app.statusErr {
			t.Fatal("a failed save is not shown as an error")
		}
		// The edit stays on screen and in the session.
		d.requireView("Anna")
		if len(d.app.work.sess.People) != 19 {
			t.Fatal("the failed edit is gone from the session")
		}
		// The next edit saves everything.
		d.store.failSave(nil)
		addMember(d, "Bert", "")
		saved := d.store.savedSessions()
		if len(saved) != 1 || len(saved[0].People) != 20 {
			t.Fatalf("after a failure the next save holds %d people, want 20", len(saved[0].People))
		}
		d.requireView(d.app.c.T("status.saved", "09:00:00"))
	})
}

func TestSavesAreSerialized(t *testing.T) {
	t.Parallel()
	runApp(t, setup{store: listStore(t)}, func(t *testing.T, d *driver) {
		openExample(d)
		d.store.holdSaves()
		addMember(d, "Anna", "")
		if !d.app.saving || len(d.store.callsOf("Save")) != 1 {
			t.Fatal("the first save is not in flight")
		}
		addMember(d, "Bert", "")
		addMember(d, "Cor", "")
		if got := len(d.store.callsOf("Save")); got != 1 {
			t.Fatalf("%d saves started while the first was in flight", got)
		}
		d.store.releaseSave()
		d.settle()
		if got := len(d.store.callsOf("Save")); got != 2 {
			t.Fatalf("%d saves after the first finished, want 2", got)
		}
		d.store.releaseSave()
		d.settle()
		if d.app.saving || d.app.pending != nil {
			t.Fatal("saving does not end")
		}
		saved := d.store.savedSessions()
		if len(saved) != 2 {
			t.Fatalf("%d saves, want 2", len(saved))
		}
		names := func(s *model.Session) string {
			var out []string
			for _, p := range s.People[18:] {
				out = append(out, p.Name)
			}
			return strings.Join(out, ",")
		}
		// The second save is the newest snapshot, with every edit.
		if a, b := names(saved[0]), names(saved[1]); a != "Anna" || b != "Anna,Bert,Cor" {
			t.Fatalf("saved %q then %q, want Anna then Anna,Bert,Cor", a, b)
		}
		if got := d.store.session("1"); len(got.People) != 21 {
			t.Fatalf("stored session has %d people, want 21", len(got.People))
		}
	})
}

func TestPrivacyScreen(t *testing.T) {
	t.Parallel()
	runApp(t, setup{store: listStore(t)}, func(t *testing.T, d *driver) {
		names := []string{"Veldkamp", "Noor", "Sem", "Bakker", "Jesse", "Amrani", "Sara"}
		d.press("ctrl+p")
		if !d.app.c.Privacy {
			t.Fatal("ctrl+p does not switch the privacy screen on")
		}
		for _, n := range names {
			d.requireNoView(n)
		}
		d.requireView("F.V.f.v.")
		d.requireView("N., S.")
		d.requireView(d.app.c.T("status.privacy"))
		d.press("ctrl+p")
		for _, n := range names {
			d.requireView(n)
		}
		d.requireNoView(d.app.c.T("status.privacy"))

		openExample(d)
		d.press("ctrl+p")
		for _, n := range []string{"Veldkamp", "Sanne", "Yusuf", "Noor", "Sem", "Demi"} {
			d.requireNoView(n)
		}
		// Household members show their role.
		d.requireView("moeder · parent")
		d.requireView("partner van moeder")
		d.requireView("N. (2012)")
		d.press("ctrl+p")
		for _, n := range []string{"Veldkamp", "Sanne", "Yusuf", "Noor", "Sem", "Coach Demi"} {
			d.requireView(n)
		}
	})
}

func TestPrivacyKeyWorksWhileTyping(t *testing.T) {
	t.Parallel()
	runApp(t, setup{store: listStore(t)}, func(t *testing.T, d *driver) {
		openExample(d)
		d.press("a")
		d.typ("Anna")
		d.press("ctrl+p")
		if !d.app.c.Privacy {
			t.Fatal("ctrl+p does not work in a form")
		}
		if v := d.app.work.family.form.value("name"); v != "Anna" {
			t.Fatalf("ctrl+p changed the field to %q", v)
		}
	})
}

func TestAutoLock(t *testing.T) {
	t.Parallel()
	runApp(t, setup{store: listStore(t)}, func(t *testing.T, d *driver) {
		openExample(d)
		d.clock.Advance(9 * time.Minute)
		d.send(idleTickMsg{})
		d.requireScreen(screenWorkspace)
		// A key resets the idle time.
		d.press("down")
		d.clock.Advance(9 * time.Minute)
		d.send(idleTickMsg{})
		if d.store.lockCount() != 0 {
			t.Fatal("locked before the idle time")
		}
		d.requireScreen(screenWorkspace)
		d.clock.Advance(time.Minute + time.Second)
		d.send(idleTickMsg{})
		d.requireScreen(screenUnlock)
		if d.store.lockCount() != 1 {
			t.Fatalf("Store.Lock called %d times, want once", d.store.lockCount())
		}
		if d.app.work != nil || len(d.app.sessions.list.Items()) != 0 {
			t.Fatal("session data kept in memory after locking")
		}
		for _, n := range []string{"Veldkamp", "Sanne", "Noor", "Bakker"} {
			d.requireNoView(n)
		}
		d.requireView(d.app.c.T("status.locked"))
		// A tick on the lock screen does nothing more.
		d.clock.Advance(time.Hour)
		d.send(idleTickMsg{})
		if d.store.lockCount() != 1 {
			t.Fatal("locked twice")
		}
		d.typ(testPass)
		d.press("enter")
		d.requireScreen(screenSessions)
		d.requireView("Familie Bakker")
	})
}

func TestAutoLockFromListAndDialog(t *testing.T) {
	t.Parallel()
	runApp(t, setup{store: listStore(t)}, func(t *testing.T, d *driver) {
		d.press("d", "ctrl+p")
		d.clock.Advance(DefaultIdleLock + time.Second)
		d.send(idleTickMsg{})
		d.requireScreen(screenUnlock)
		if len(d.app.dialogs.stack) != 0 {
			t.Fatal("the dialog survives the lock")
		}
		d.requireNoView("Veldkamp")
	})
}

func TestAutoLockWaitsForSave(t *testing.T) {
	t.Parallel()
	runApp(t, setup{store: listStore(t)}, func(t *testing.T, d *driver) {
		openExample(d)
		d.store.holdSaves()
		addMember(d, "Anna", "")
		d.clock.Advance(11 * time.Minute)
		d.send(idleTickMsg{})
		if d.store.lockCount() != 0 {
			t.Fatal("locked while a save was in flight")
		}
		d.requireScreen(screenWorkspace)
		d.store.releaseSave()
		d.settle()
		d.requireScreen(screenUnlock)
		if d.store.lockCount() != 1 {
			t.Fatal("not locked after the save")
		}
		if got := d.store.session("1"); len(got.People) != 19 {
			t.Fatal("the save before the lock was lost")
		}
		// Lock came after Save in the store.
		calls := d.store.callsOf("")
		if i, j := slices.Index(calls, "Save 1"), slices.Index(calls, "Lock"); i < 0 || j < i {
			t.Fatalf("store calls %v: Lock before Save", calls)
		}
	})
}

func TestQuitKey(t *testing.T) {
	t.Parallel()
	t.Run("q returns tea.Quit on the list", func(t *testing.T) {
		t.Parallel()
		runApp(t, setup{store: listStore(t)}, func(t *testing.T, d *driver) {
			_, cmd := d.app.Update(keyMsg("q"))
			if cmd == nil {
				t.Fatal("q returns no command")
			}
			if _, ok := cmd().(tea.QuitMsg); !ok {
				t.Fatal("q does not return tea.Quit")
			}
		})
	})
	typing := []struct {
		name  string
		setup setup
		to    func(d *driver)
		field func(d *driver) string
	}{
		{"new label", setup{store: listStore(t)}, func(d *driver) { d.press("n") }, func(d *driver) string { return d.app.sessions.label.Value() }},
		{"filter", setup{store: listStore(t)}, func(d *driver) { d.press("/") }, func(d *driver) string { return d.app.sessions.list.FilterValue() }},
		{"passphrase", setup{locked: true}, func(d *driver) {}, func(d *driver) string { return d.app.unlock.inputs[0].Value() }},
		{"member form", setup{store: listStore(t)}, func(d *driver) { openExample(d); d.press("a") }, func(d *driver) string {
			return d.app.work.family.form.value("name")
		}},
	}
	for _, tt := range typing {
		t.Run("q types into the "+tt.name, func(t *testing.T) {
			t.Parallel()
			runApp(t, tt.setup, func(t *testing.T, d *driver) {
				tt.to(d)
				d.typ("q?")
				if d.quit {
					t.Fatal("typing q quit")
				}
				if d.app.showHelp {
					t.Fatal("typing ? opened help")
				}
				if got := tt.field(d); got != "q?" {
					t.Fatalf("field holds %q, want %q", got, "q?")
				}
			})
		})
	}
	t.Run("q in the workspace goes back to the list", func(t *testing.T) {
		t.Parallel()
		runApp(t, setup{store: listStore(t)}, func(t *testing.T, d *driver) {
			openExample(d)
			d.press("q")
			if d.quit {
				t.Fatal("q in the workspace quit")
			}
			d.requireScreen(screenSessions)
			d.press("q")
			if !d.quit {
				t.Fatal("q on the list does not quit")
			}
		})
	})
	t.Run("q in a zoomed map goes back to the list too", func(t *testing.T) {
		t.Parallel()
		runApp(t, setup{store: listStore(t)}, func(t *testing.T, d *driver) {
			openExample(d)
			d.press("2", "z", "q")
			d.requireScreen(screenSessions)
		})
	})
	t.Run("ctrl+c in the workspace quits", func(t *testing.T) {
		t.Parallel()
		runApp(t, setup{store: listStore(t)}, func(t *testing.T, d *driver) {
			openExample(d)
			d.press("ctrl+c")
			if !d.quit {
				t.Fatal("ctrl+c does not quit")
			}
		})
	})
	for _, k := range []string{"q", "ctrl+c"} {
		t.Run(k+" in a demo asks first", func(t *testing.T) {
			t.Parallel()
			runApp(t, setup{store: listStore(t), demo: true}, func(t *testing.T, d *driver) {
				d.press(k)
				if d.quit {
					t.Fatal("quit the demo without asking")
				}
				d.requireView(d.app.c.T("demo.quit_confirm"))
				d.press("n")
				if d.quit || d.app.dialogs.active() {
					t.Fatal("n did not keep the demo open")
				}
				d.press(k, "y")
				if !d.quit {
					t.Fatal("y did not quit the demo")
				}
			})
		})
	}
	t.Run("ctrl+c twice quits a demo", func(t *testing.T) {
		t.Parallel()
		runApp(t, setup{store: listStore(t), demo: true}, func(t *testing.T, d *driver) {
			openExample(d)
			d.press("ctrl+c")
			if d.quit {
				t.Fatal("the first ctrl+c quit the demo")
			}
			d.press("ctrl+c")
			if !d.quit {
				t.Fatal("the second ctrl+c did not quit")
			}
		})
	})
	t.Run("ctrl+c quits while typing", func(t *testing.T) {
		t.Parallel()
		runApp(t, setup{locked: true}, func(t *testing.T, d *driver) {
			d.press("ctrl+c")
			if !d.quit {
				t.Fatal("ctrl+c does not quit")
			}
		})
	})
	t.Run("quit waits for a save", func(t *testing.T) {
		t.Parallel()
		runApp(t, setup{store: listStore(t)}, func(t *testing.T, d *driver) {
			openExample(d)
			d.store.holdSaves()
			addMember(d, "Anna", "")
			d.press("ctrl+c")
			if d.quit {
				t.Fatal("quit before the save ended")
			}
			d.store.releaseSave()
			d.settle()
			if !d.quit {
				t.Fatal("no quit after the save")
			}
			if len(d.store.savedSessions()) != 1 {
				t.Fatal("the save was lost")
			}
		})
	})
}

func TestHelpOverlay(t *testing.T) {
	t.Parallel()
	for _, close := range []string{"?", "esc", "q"} {
		t.Run(close, func(t *testing.T) {
			t.Parallel()
			runApp(t, setup{store: listStore(t)}, func(t *testing.T, d *driver) {
				d.press("?")
				if !d.app.showHelp {
					t.Fatal("? does not open help")
				}
				d.requireView(d.app.c.T("help.title"))
				d.requireView(d.app.c.T("key.privacy"))
				// Keys do not reach the list while help is open.
				d.press("enter", "d")
				if d.app.screen != screenSessions || len(d.app.dialogs.stack) != 0 {
					t.Fatal("keys went past the help")
				}
				d.press(close)
				if d.app.showHelp || d.quit {
					t.Fatalf("%s: help open %v, quit %v", close, d.app.showHelp, d.quit)
				}
				d.requireView("Familie Bakker")
			})
		})
	}
	t.Run("workspace help names every key", func(t *testing.T) {
		t.Parallel()
		runApp(t, setup{store: listStore(t)}, func(t *testing.T, d *driver) {
			openExample(d)
			d.press("?")
			for _, k := range []string{"key.add_member", "key.next_step", "key.to_list", "key.privacy", "key.quit"} {
				d.requireView(d.app.c.T(k))
			}
		})
	})
}

// Init loads the list and arms the idle check, which fires every 15 s
// of (the bubble's fake) time and locks once the injected clock says
// the idle time has passed.
func TestInitArmsIdleCheck(t *testing.T) {
	t.Parallel()
	runApp(t, setup{store: listStore(t)}, func(t *testing.T, d *driver) {
		lists := len(d.store.callsOf("List"))
		d.run(d.app.Init())
		if got := len(d.store.callsOf("List")); got != lists+1 {
			t.Fatalf("Init listed %d times, want once", got-lists)
		}
		openExample(d)
		for range 3 {
			time.Sleep(idleCheckEvery)
			d.settle()
		}
		d.requireScreen(screenWorkspace)
		d.clock.Advance(DefaultIdleLock)
		time.Sleep(idleCheckEvery)
		d.settle()
		d.requireScreen(screenUnlock)
		if d.store.lockCount() != 1 {
			t.Fatal("the idle check did not lock")
		}
		// The check goes on while locked, without locking again.
		d.clock.Advance(time.Hour)
		time.Sleep(3 * idleCheckEvery)
		d.settle()
		if d.store.lockCount() != 1 {
			t.Fatal("locked again")
		}
	})
}
