package ui

import (
	"errors"
	"strings"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"kring/model"
	"kring/ui/i18n"
)

// Minimum window size for the full layout; below it a short note asks for
// a bigger window instead of drawing a broken screen.
const (
	MinWidth  = 60
	MinHeight = 16
)

// errNoExport is the answer of an App built without an Export function.
var errNoExport = errors.New("exporting is not available here")

// DefaultIdleLock is how long kring waits without a key before it locks.
const DefaultIdleLock = 10 * time.Minute

// idleCheckEvery is how often the idle time is checked.
const idleCheckEvery = 15 * time.Second

// Options configure the App.
type Options struct {
	Store Store
	Lang  i18n.Lang
	// Unlocked says the store was unlocked before the program started
	// (passphrase from the environment): the unlock screen is skipped.
	Unlocked bool
	// Initialized says the store has a passphrase already; otherwise the
	// unlock screen asks for a new one, twice.
	Initialized bool
	// IdleLock locks the screen after this long without input; zero
	// means DefaultIdleLock, negative never.
	IdleLock time.Duration
	// MinPassphrase is the shortest passphrase accepted for a new store.
	MinPassphrase int
	NoColor       bool
	// Explain turns a store error into one line in the user's language.
	Explain func(error) string
	// Export writes an exported file (mode 0600, whole or not at all);
	// ExportDir is the folder proposed for it.
	Export    func(path string, data []byte) error
	ExportDir string
	// Demo says the store holds only fictional training families and is
	// thrown away at the end: the status line says so throughout, and a
	// new session is marked as demo too.
	Demo bool
	// Present is the trainer's presentation mode (kring demo --present):
	// a calmer screen with the guide's principle at every step.
	Present bool
	Now     func() time.Time
	Loc     *time.Location
}

type screenID int

const (
	screenUnlock screenID = iota
	screenSessions
	screenWorkspace
)

// App is the root model.
type App struct {
	c        *Common
	opts     Options
	store    Store
	screen   screenID
	unlock   *unlockScreen
	sessions *sessionsScreen
	work     *workspace
	// dialogs lie over the screen; the top one has the keyboard.
	dialogs  overlay
	help     help.Model
	showHelp bool

	status    string
	statusErr bool
	lastSaved time.Time
	lastInput time.Time

	saving  bool
	pending *model.Session
	// unsaved is the newest snapshot whose save failed; it is tried
	// again before the coach leaves the session or quits.
	unsaved *model.Session
	// aside keeps unsaved through a lock (lock_unsaved.go).
	aside        *unsavedAside
	lockWhenIdle bool
	// afterSave is what to do once the save under way lands: "quit" or
	// "close" (back to the list); if that save fails, the coach is asked.
	afterSave string
	// quitQuestion is the demo's "quit and throw it away?" while it is
	// asked, so that ctrl+c twice still quits.
	quitQuestion *confirmDialog
	isDark       bool
	// caseWorkFactor is the scrypt work factor of an exported case file;
	// zero is age's default. Only the package's own tests lower it.
	caseWorkFactor int
}

// New builds the App. Everything the first screen needs is set here, not
// in Init, which has a value receiver in Bubble Tea v2.
func New(o Options) *App {
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Loc == nil {
		o.Loc = time.Local
	}
	if o.IdleLock == 0 {
		o.IdleLock = DefaultIdleLock
	}
	if o.Explain == nil {
		o.Explain = func(err error) string { return err.Error() }
	}
	if o.MinPassphrase == 0 {
		o.MinPassphrase = 8
	}
	cat := i18n.New(o.Lang)
	if o.Export == nil {
		o.Export = func(string, []byte) error { return errNoExport }
	}
	c := &Common{Cat: cat, Now: o.Now, Loc: o.Loc, Styles: NewStyles(true, o.NoColor)}
	c.Keys = newGlobalKeys(cat)
	a := &App{c: c, opts: o, store: o.Store, isDark: true}
	a.help = help.New()
	a.unlock = newUnlockScreen(c, !o.Initialized, o.MinPassphrase)
	a.sessions = newSessionsScreen(c)
	// Apply the theme now, so that NO_COLOR holds from the first frame
	// and not only once the terminal has told its background.
	a.setTheme(true)
	a.lastInput = o.Now()
	if o.Unlocked {
		a.screen = screenSessions
	}
	return a
}

// Init asks for the background colour (for the theme), loads the session
// list when the store is open, and starts the idle clock.
func (a *App) Init() tea.Cmd {
	cmds := []tea.Cmd{tea.RequestBackgroundColor, a.idleTick()}
	if a.screen == screenSessions {
		cmds = append(cmds, a.loadSessions())
	}
	return tea.Batch(cmds...)
}

func (a *App) idleTick() tea.Cmd {
	if a.opts.IdleLock < 0 {
		return nil
	}
	return tea.Tick(idleCheckEvery, func(time.Time) tea.Msg { return idleTickMsg{} })
}

// screen is one of the App's full screens: unlock, the session list or
// the workspace.
type screen interface {
	// Update handles a message; a dialog in the reply is laid over it.
	Update(tea.Msg) reply
	View() string
	SetSize(int, int)
	// Typing says a text field has the keyboard: q and ? are text then.
	Typing() bool
	ShortHelp() []key.Binding
	FullHelp() [][]key.Binding
}

func (a *App) active() screen {
	switch a.screen {
	case screenSessions:
		return a.sessions
	case screenWorkspace:
		if a.work != nil {
			return a.work
		}
		return a.sessions
	}
	return a.unlock
}

// bodyHeight is the height left for a screen under the status and help lines.
func (a *App) bodyHeight() int { return max(a.c.Height-2, 1) }

func (a *App) resize() {
	h := a.bodyHeight()
	a.unlock.SetSize(a.c.Width, h)
	a.sessions.SetSize(a.c.Width, h)
	if a.work != nil {
		a.work.SetSize(a.c.Width, h)
	}
	a.help.SetWidth(a.c.Width)
}

func (a *App) tooSmall() bool { return a.c.Width < MinWidth || a.c.Height < MinHeight }

// Update routes a message: window size to every screen, keys first to the
// dialog on top, storage results to the App itself, the rest to the
// active screen.
func (a *App) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	return a, a.update(msg)
}

func (a *App) update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		a.c.Width, a.c.Height = msg.Width, msg.Height
		a.resize()
		return nil
	case tea.BackgroundColorMsg:
		a.setTheme(msg.IsDark())
		return nil
	case tea.KeyPressMsg:
		return a.handleKey(msg)
	case tea.PasteMsg:
		a.lastInput = a.c.Now()
	case tea.MouseClickMsg, tea.MouseWheelMsg:
		a.lastInput = a.c.Now()
		if a.dialogs.active() || a.showHelp || a.tooSmall() {
			return nil
		}
	case idleTickMsg:
		return a.checkIdle()
	}
	if cmd, handled := a.handleResult(msg); handled {
		return cmd
	}
	return a.take(a.active().Update(msg))
}

// take finishes a screen's reply: its dialog is laid over the screen and
// its command is run.
func (a *App) take(r reply) tea.Cmd {
	a.dialogs.open(r.dialog)
	return r.cmd
}

func (a *App) setTheme(isDark bool) {
	a.isDark = isDark
	a.c.Styles = NewStyles(isDark, a.opts.NoColor)
	a.help.Styles = help.DefaultStyles(isDark)
	if a.opts.NoColor {
		a.help.Styles = help.Styles{}
	}
	a.sessions.restyle()
	a.unlock.restyle()
}

func (a *App) handleKey(msg tea.KeyPressMsg) tea.Cmd {
	a.lastInput = a.c.Now()
	k := a.c.Keys
	switch {
	case key.Matches(msg, k.ForceQuit):
		return a.askQuit()
	case key.Matches(msg, k.Privacy):
		a.c.Privacy = !a.c.Privacy
		if a.work != nil {
			a.work.prepare()
		}
		return nil
	}
	if a.tooSmall() {
		// q quits a window too small to work in, but not while a form
		// holds what the coach typed: that typing would be lost. (The
		// unlock screen's field holds nothing worth keeping.)
		if key.Matches(msg, k.Quit) && (a.screen == screenUnlock || !a.active().Typing()) {
			return a.quit()
		}
		return nil
	}
	if a.dialogs.active() {
		return a.dialogs.Update(msg)
	}
	if a.showHelp {
		if key.Matches(msg, k.Help, k.Back, k.Quit) {
			a.showHelp = false
		}
		return nil
	}
	scr := a.active()
	if a.screen == screenSessions && !scr.Typing() && key.Matches(msg, a.sessions.keys.Backup) {
		return a.backupFromList()
	}
	if !scr.Typing() && a.screen != screenUnlock {
		switch {
		case key.Matches(msg, k.Quit) && a.screen == screenWorkspace:
			// q in a session goes back to the list; quitting is for the
			// list or ctrl+c, so that one q never ends a demo.
			return a.leave("close")
		case key.Matches(msg, k.Quit):
			return a.askQuit()
		case key.Matches(msg, k.Help):
			a.showHelp = true
			return nil
		}
	}
	return a.take(scr.Update(msg))
}

// quit ends the program once no save is under way, so that the last edit
// is on disk before the window closes.
func (a *App) quit() tea.Cmd { return a.leave("quit") }

// askQuit quits, but in a demo it asks first, as everything typed in a
// demo is thrown away at the end; the same key again while the question
// is open quits.
func (a *App) askQuit() tea.Cmd {
	if !a.opts.Demo || a.tooSmall() || (a.quitQuestion != nil && a.dialogs.top() == dialog(a.quitQuestion)) {
		return a.quit()
	}
	d := newConfirm(a.c, a.c.T("demo.quit_confirm"), func() reply { return run(a.quit()) })
	d.plain = true
	a.quitQuestion = d
	a.dialogs.open(d)
	return nil
}

// leave quits or closes the session ("quit", "close") once every edit is
// on disk: it waits for a save under way, tries a failed one again, and
// asks the coach when that fails too.
func (a *App) leave(then string) tea.Cmd {
	switch {
	case a.saving:
		a.afterSave = then
		return nil
	case a.unsaved != nil:
		a.afterSave = then
		return a.save(a.unsaved)
	}
	return a.giveUp(then)
}

// giveUp does what leave waited for.
func (a *App) giveUp(then string) tea.Cmd {
	a.unsaved = nil
	if then == "quit" {
		return tea.Quit
	}
	a.work = nil
	a.screen = screenSessions
	return a.loadSessions()
}

// checkIdle locks the screen after the idle time: the open session and
// the list are dropped from memory and the store forgets its key.
func (a *App) checkIdle() tea.Cmd {
	next := a.idleTick()
	if a.screen == screenUnlock || a.c.Now().Sub(a.lastInput) < a.opts.IdleLock {
		return next
	}
	if a.saving {
		a.lockWhenIdle = true
		return next
	}
	return tea.Batch(next, a.lock())
}

func (a *App) lock() tea.Cmd {
	status := a.c.T("status.locked")
	if a.work != nil && a.work.Typing() {
		status = a.c.T("status.locked_form")
	}
	if a.putUnsavedAside() {
		status = a.c.T("lock.unsaved")
	}
	a.work = nil
	a.dialogs.clear()
	a.showHelp = false
	a.sessions.clear()
	a.unlock = newUnlockScreen(a.c, false, a.opts.MinPassphrase)
	a.unlock.SetSize(a.c.Width, a.bodyHeight())
	a.screen = screenUnlock
	a.status, a.statusErr = status, false
	st := a.store
	return func() tea.Msg {
		st.Lock()
		return lockedMsg{}
	}
}

func (a *App) setError(err error) {
	a.status, a.statusErr = a.opts.Explain(err), true
}

// handleResult deals with requests from screens and answers from
// commands; handled is false for messages meant for the active screen.
func (a *App) handleResult(msg tea.Msg) (tea.Cmd, bool) {
	st := a.store
	switch msg := msg.(type) {
	case unlockRequestMsg:
		return func() tea.Msg {
			defer wipe(msg.pass)
			if msg.create {
				return unlockResultMsg{err: st.Init(msg.pass)}
			}
			return unlockResultMsg{err: st.Unlock(msg.pass)}
		}, true
	case unlockResultMsg:
		if msg.err != nil {
			a.unlock.failed(a.opts.Explain(msg.err))
			return nil, true
		}
		a.screen = screenSessions
		a.status, a.statusErr = "", false
		a.lastInput = a.c.Now()
		return tea.Batch(a.loadSessions(), a.restoreUnsaved()), true
	case unsavedRestoredMsg:
		return a.reopenUnsaved(msg), true
	case backupDoneMsg:
		return a.backupDone(msg), true
	case sessionsLoadedMsg:
		// Damage in some entries is said, and the others are listed.
		if msg.err != nil {
			a.setError(msg.err)
		}
		return a.sessions.setItems(msg.items), true
	case openSessionMsg:
		return func() tea.Msg {
			s, err := st.Get(msg.id)
			if err == nil {
				// Whatever the store holds, no escape or control
				// character reaches the screen.
				s.Normalize()
			}
			return sessionOpenedMsg{sess: s, err: err}
		}, true
	case newSessionMsg:
		now := a.c.Now()
		s := &model.Session{Label: msg.label, Date: model.DateOf(now.In(a.c.Loc)), Created: now, Updated: now, Demo: a.opts.Demo}
		s.Normalize()
		return func() tea.Msg {
			_, err := st.Create(s)
			return sessionOpenedMsg{sess: s, err: err}
		}, true
	case sessionOpenedMsg:
		if msg.err != nil {
			a.setError(msg.err)
			return nil, true
		}
		a.openWorkspace(msg.sess)
		a.status, a.statusErr = "", false
		return nil, true
	case closeSessionMsg:
		return a.leave("close"), true
	case exportDoneMsg:
		// Handled here, not on workspace step 6, so that the result
		// shows even when the coach has moved on before the file was
		// written.
		if msg.err != nil {
			a.status, a.statusErr = a.c.T("step6.export_failed", a.opts.Explain(msg.err)), true
		} else {
			a.status, a.statusErr = a.c.T("step6.exported", msg.path), false
		}
		return nil, true
	case deleteSessionMsg:
		return func() tea.Msg { return sessionDeletedMsg{id: msg.id, err: st.Delete(msg.id)} }, true
	case sessionDeletedMsg:
		if msg.err != nil {
			a.setError(msg.err)
			return nil, true
		}
		a.status, a.statusErr = a.c.T("status.deleted"), false
		return a.loadSessions(), true
	case savedMsg:
		return a.saved(msg), true
	case statusMsg:
		a.status, a.statusErr = msg.text, msg.err
		return nil, true
	case lockedMsg:
		return nil, true
	}
	return nil, false
}

func (a *App) loadSessions() tea.Cmd {
	st := a.store
	return func() tea.Msg {
		items, err := st.List()
		for i := range items {
			cleanSummary(&items[i])
		}
		return sessionsLoadedMsg{items: items, err: err}
	}
}

// openWorkspace puts an opened session on screen in a new workspace.
func (a *App) openWorkspace(sess *model.Session) {
	a.work = newWorkspace(a.c, sess, workspaceOptions{save: a.queueSave, export: a.opts.Export, exportDir: a.opts.ExportDir, caseWorkFactor: a.caseWorkFactor,
		guide: a.opts.Demo, present: a.opts.Present})
	a.work.SetSize(a.c.Width, a.bodyHeight())
	a.screen = screenWorkspace
}

// queueSave is how the workspace hands the App a snapshot of the open
// session after an edit, in the Update of the edit: it is saved now, or
// after the save under way, so that the saves land in the order of the
// edits and before any quit.
func (a *App) queueSave(snap *model.Session) tea.Cmd {
	if a.saving {
		a.pending = snap
		return nil
	}
	return a.save(snap)
}

// save writes one snapshot at a time: a later snapshot waits in pending,
// so that an older save can never land after a newer one.
func (a *App) save(snap *model.Session) tea.Cmd {
	a.saving = true
	st, now := a.store, a.c.Now
	return func() tea.Msg {
		err := st.Save(snap)
		return savedMsg{snap: snap, at: now(), err: err}
	}
}

func (a *App) saved(msg savedMsg) tea.Cmd {
	a.saving = false
	if msg.err != nil {
		// The edit stays on screen and in the workspace; the next edit,
		// or leaving the session, tries again with everything.
		a.unsaved = msg.snap
		a.status, a.statusErr = a.c.T("status.save_failed", a.opts.Explain(msg.err)), true
	} else {
		a.unsaved = nil
		a.lastSaved = msg.at
		a.status, a.statusErr = a.c.T("status.saved", msg.at.In(a.c.Loc).Format("15:04:05")), false
	}
	if a.pending != nil {
		snap := a.pending
		a.pending = nil
		return a.save(snap)
	}
	if then := a.afterSave; then != "" {
		a.afterSave = ""
		if a.unsaved == nil {
			return a.giveUp(then)
		}
		key := "leave.quit_unsaved"
		if then == "close" {
			key = "leave.close_unsaved"
		}
		d := newConfirm(a.c, a.c.T(key, a.opts.Explain(msg.err)), func() reply { return run(a.giveUp(then)) })
		d.plain = true
		a.dialogs.open(d)
		return nil
	}
	switch {
	case a.lockWhenIdle:
		a.lockWhenIdle = false
		return a.lock()
	}
	return nil
}

// View draws the active screen, the dialog on top, the status line and
// the help line; fit clips it to the window as a last guard.
func (a *App) View() tea.View {
	w, h := a.c.Width, a.c.Height
	var body string
	switch {
	case w <= 0 || h <= 0:
		body = ""
	case a.tooSmall():
		body = strings.Join(wrap(a.c.T("app.too_small", w, h, MinWidth, MinHeight), max(w, 1)), "\n")
	default:
		body = a.render()
	}
	v := tea.NewView(fit(body, max(w, 0), max(h, 0)))
	v.AltScreen = true
	v.WindowTitle = "kring"
	if a.screen == screenWorkspace {
		v.MouseMode = tea.MouseModeCellMotion
	}
	return v
}

func (a *App) render() string {
	st := a.c.Styles
	bh := a.bodyHeight()
	var body string
	scr := a.active()
	switch {
	case a.showHelp:
		body = a.helpBody(scr.FullHelp(), bh)
	default:
		body = scr.View()
	}
	body = fit(body, a.c.Width, bh)
	body = a.dialogs.draw(body, a.c.Width, bh)
	if pad := bh - strings.Count(body, "\n") - 1; pad > 0 {
		body += strings.Repeat("\n", pad)
	}
	status := a.status
	switch {
	case status == "":
	case a.statusErr:
		status = st.Error.Render(clip(status, a.c.Width))
	default:
		status = st.StatusBar.Render(clip(status, a.c.Width))
	}
	if a.c.Privacy {
		status = st.Warning.Render(a.c.T("status.privacy")) + "  " + status
	}
	if a.opts.Demo {
		status = st.Demo.Render(a.demoLabel(status)) + "  " + status
	}
	var keys []key.Binding
	switch {
	case a.dialogs.active():
		keys = a.dialogs.ShortHelp()
	case a.showHelp:
		keys = []key.Binding{a.c.Keys.Back}
	default:
		keys = scr.ShortHelp()
	}
	return body + "\n" + status + "\n" + a.shortHelp(keys)
}

// shortHelp draws the help line. When the keys do not fit, keys before
// the last one are left out, marked with an ellipsis: the last key stays,
// as every screen ends with the way out or to the rest ("? help").
func (a *App) shortHelp(keys []key.Binding) string {
	h := a.help
	h.SetWidth(0)
	if line := h.ShortHelpView(keys); cells(line) <= a.c.Width {
		return line
	}
	if len(keys) < 3 {
		return a.help.ShortHelpView(keys)
	}
	sep := h.Styles.ShortSeparator.Inline(true).Render(h.ShortSeparator)
	more := sep + h.Styles.Ellipsis.Inline(true).Render(h.Ellipsis) + sep + h.ShortHelpView(keys[len(keys)-1:])
	for n := len(keys) - 2; n > 0; n-- {
		if line := h.ShortHelpView(keys[:n]) + more; cells(line) <= a.c.Width {
			return line
		}
	}
	return a.help.ShortHelpView(keys)
}

// fullHelp lays the help columns side by side as far as the width allows
// and puts the rest in further rows of columns, so that no key is cut off
// behind an ellipsis.
func (a *App) fullHelp(groups [][]key.Binding) string {
	h := a.help
	h.SetWidth(0)
	var rows []string
	var cur [][]key.Binding
	for _, g := range groups {
		next := append(cur[:len(cur):len(cur)], g)
		if len(cur) > 0 && lipgloss.Width(h.FullHelpView(next)) > a.c.Width {
			rows = append(rows, h.FullHelpView(cur))
			next = [][]key.Binding{g}
		}
		cur = next
	}
	if len(cur) > 0 {
		rows = append(rows, h.FullHelpView(cur))
	}
	return strings.Join(rows, "\n\n")
}
