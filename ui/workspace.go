package ui

import (
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"kring/model"
)

// stepCount is the number of steps of the workspace, and of names on its
// step bar (the catalogue's step.1 to step.6).
const stepCount = 6

// workspace walks the coach through the steps of one session: tab and
// shift+tab, the number keys and a click on the step bar move between
// them. It owns the open session: a step that changed it says so in its
// reply, and the workspace hands the App one snapshot to save (commit).
type workspace struct {
	c    *Common
	sess *model.Session
	save func(*model.Session) tea.Cmd
	// The steps by name, for the workspace's own calls to one of them.
	family     *familyStep
	network    *mapStep
	needs      *needsStep
	jim        *jimStep
	agreements *agreementsStep
	report     *reportStep
	// steps are the same in the order of the step bar.
	steps  []step
	active int
	width  int
	height int
	keys   workspaceKeys
	guide  workspaceGuide
	vs     visitState // follow-up visits (visits.go)
}

// workspaceOptions is what the App gives the workspace of a session.
type workspaceOptions struct {
	// save saves a snapshot of the session, after the saves before it.
	save func(*model.Session) tea.Cmd
	// export writes an exported file; exportDir is where files go by default.
	export    func(path string, data []byte) error
	exportDir string
	// caseWorkFactor is the scrypt work factor of a case file (0: age's).
	caseWorkFactor int
	// guide shows the conversation guide from the start (kring demo);
	// present is the trainer's presentation mode (workspace_guide.go).
	guide, present bool
}

type workspaceKeys struct {
	Next   key.Binding
	Prev   key.Binding
	Number key.Binding
	Back   key.Binding
	// List is q: the App takes it back to the list; it is here for the help.
	List key.Binding
}

func newWorkspace(c *Common, sess *model.Session, o workspaceOptions) *workspace {
	w := &workspace{c: c, sess: sess, save: o.save}
	w.keys = workspaceKeys{
		Next:   key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", c.T("key.next_step"))),
		Prev:   key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", c.T("key.prev_step"))),
		Number: key.NewBinding(key.WithKeys("1", "2", "3", "4", "5", "6"), key.WithHelp("1-6", c.T("key.goto_step"))),
		Back:   key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", c.T("key.to_list"))),
		List:   key.NewBinding(key.WithKeys("q"), key.WithHelp("q", c.T("key.to_list"))),
	}
	w.guide = newWorkspaceGuide(c, o.guide, o.present)
	w.vs = visitState{opts: o, keys: newVisitKeys(c)}
	w.network = newMapStep(c, sess)
	w.family = newFamilyStep(c, sess, w.startSweep)
	w.needs = newNeedsStep(c, sess)
	w.jim = newJimStep(c, sess)
	w.agreements = newAgreementsStep(c, sess)
	w.agreements.hideCoach = w.guide.hidesCoach
	w.report = newReportStep(c, sess, o)
	w.steps = []step{w.family, w.network, w.needs, w.jim, w.agreements, w.report}
	return w
}

// current is the step on screen.
func (w *workspace) current() step { return w.steps[w.active] }

// headerHeight is the rows above the step's content: the family label,
// the step bar and a rule.
const headerHeight = 3

func (w *workspace) SetSize(width, height int) {
	w.width, w.height = width, height
	sw, sh := w.guide.stepSize(width, max(height-headerHeight, 1), w.needsRoom())
	for _, s := range w.steps {
		s.SetSize(sw, sh)
	}
	if w.vs.past != nil {
		w.vs.past.SetSize(width, height)
	}
}

func (w *workspace) Typing() bool {
	if w.vs.past != nil && w.vs.panel == nil {
		return w.vs.past.Typing()
	}
	return w.current().Typing()
}

func (w *workspace) goTo(i int) {
	n := len(w.steps)
	w.active = (i%n + n) % n
	w.SetSize(w.width, w.height) // the guide gives the map more room (guide_fit.go)
	w.prepare()
}

// show puts a step on screen.
func (w *workspace) show(s step) {
	for i, x := range w.steps {
		if x == s {
			w.goTo(i)
		}
	}
}

// prepare lets the active step make its drawing for the current state.
func (w *workspace) prepare() { w.current().prepare() }

// startSweep starts the family sweep, which step 1 asks for: it runs on
// the map, so that the family sees each answer appear.
func (w *workspace) startSweep() {
	w.show(w.network)
	w.network.startSweep()
}

func (w *workspace) Update(msg tea.Msg) reply {
	if r, ok := w.updateVisits(msg); ok {
		return r
	}
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		if w.Typing() {
			return w.settle(w.current().Update(msg))
		}
		if w.guide.update(msg, w.shortNow()) {
			w.SetSize(w.width, w.height)
			return reply{}
		}
		switch {
		case key.Matches(msg, w.keys.Next):
			w.goTo(w.active + 1)
			return reply{}
		case key.Matches(msg, w.keys.Prev):
			w.goTo(w.active - 1)
			return reply{}
		case key.Matches(msg, w.keys.Number):
			n, _ := strconv.Atoi(msg.String())
			w.goTo(n - 1)
			return reply{}
		case key.Matches(msg, w.keys.Back):
			if w.current().Back() {
				return reply{}
			}
			return run(send(closeSessionMsg{}))
		}
	case tea.MouseWheelMsg:
		// The map has its own wheel (map_mouse.go); a list or the
		// report scrolls as with ↑/↓, unless a form is open.
		if kp, ok := wheelKey(msg); ok && !w.Typing() && w.current() != step(w.network) {
			return w.settle(w.current().Update(kp))
		}
	case tea.MouseClickMsg:
		m := msg.Mouse()
		if m.Y == 1 && m.Button == tea.MouseLeft {
			for i, sp := range stepBarSpans(w.c, w.width, w.active) {
				if m.X >= sp.from && m.X < sp.to {
					w.goTo(i)
					return reply{}
				}
			}
		}
	}
	return w.settle(w.current().Update(msg))
}

// settle finishes a step's reply: an edit is saved, and a dialog the step
// opens answers through the workspace too, so that what it confirms is
// saved like any other edit.
func (w *workspace) settle(r reply) reply {
	if r.dialog != nil {
		r.dialog = stepDialog{dialog: r.dialog, w: w}
	}
	if r.edited {
		r.edited = false
		r.cmd = tea.Batch(r.cmd, w.commit())
	}
	return r
}

// commit stamps the edit and hands a snapshot of the session to the App
// to save. The snapshot is taken now, in Update, so that no command ever
// reads state that Update goes on changing. The steps that keep a drawing
// of the session are told that it changed.
func (w *workspace) commit() tea.Cmd {
	w.sess.Updated = w.c.Now()
	w.network.sessionChanged()
	w.report.sessionChanged()
	return w.save(w.sess.Clone())
}

// stepDialog is a dialog opened by a step: its reply goes through the
// workspace as the step's own would.
type stepDialog struct {
	dialog
	w *workspace
}

func (d stepDialog) Update(msg tea.KeyPressMsg) (reply, bool) {
	r, done := d.dialog.Update(msg)
	return d.w.settle(r), done
}

func (w *workspace) View() string {
	if w.vs.past != nil && w.vs.panel == nil {
		return w.vs.past.View()
	}
	st := w.c.Styles
	tag := w.visitTag()
	head := st.Title.Render(clip(w.c.Name(w.sess.Label), max(w.width-12-cells(tag), 4)))
	if w.sess.Demo {
		head += " " + st.Demo.Render(w.c.T("demo.tag"))
	}
	head += tag
	bar := renderStepBar(w.c, w.width, w.active)
	rule := st.Subtle.Render(strings.Repeat("─", max(w.width, 0)))
	if w.guide.present {
		head += " " + st.Demo.Render(w.c.T("present.tag"))
	}
	body, ok := w.visitBody(max(w.height-headerHeight, 1))
	if !ok {
		body = w.guide.around(w, w.current().View())
	}
	return head + "\n" + bar + "\n" + rule + "\n" + body
}

func (w *workspace) ShortHelp() []key.Binding {
	if h, ok := w.visitHelp(); ok {
		return h
	}
	if w.Typing() {
		return w.current().ShortHelp()
	}
	return append(w.current().ShortHelp(), w.keys.Next, w.keys.Back, w.c.Keys.Help)
}

func (w *workspace) FullHelp() [][]key.Binding {
	return append(w.current().FullHelp(),
		[]key.Binding{w.keys.Next, w.keys.Prev, w.keys.Number, w.keys.Back, w.keys.List},
		w.guide.keys(),
		w.visitFullHelp(),
		[]key.Binding{w.c.Keys.Privacy, w.c.Keys.Help, w.c.Keys.ForceQuit})
}

// span is the columns [from, to) a step's name takes on the step bar.
type span struct{ from, to int }

// stepNames returns the step names that fit the width: the full names
// when they do, else the short ones.
func stepNames(c *Common, width int) []string {
	for _, kind := range []string{"title", "short"} {
		names := make([]string, stepCount)
		total := 0
		for i := range names {
			names[i] = strconv.Itoa(i+1) + " " + c.T("step."+strconv.Itoa(i+1)+"."+kind)
			total += cells(names[i]) + 2
		}
		if total <= width || kind == "short" {
			return names
		}
	}
	return nil
}

// stepBarSpans is the pure layout of the step bar, used both to draw it
// and to find which step a mouse click hit.
func stepBarSpans(c *Common, width, _ int) []span {
	names := stepNames(c, width)
	spans := make([]span, len(names))
	x := 0
	for i, n := range names {
		w := cells(n) + 2 // one cell of padding on each side
		spans[i] = span{from: x, to: x + w}
		x += w
	}
	return spans
}

func renderStepBar(c *Common, width, active int) string {
	var b strings.Builder
	for i, n := range stepNames(c, width) {
		if i == active {
			b.WriteString(c.Styles.StepActive.Render(n))
		} else {
			b.WriteString(c.Styles.StepIdle.Render(n))
		}
	}
	return b.String()
}
