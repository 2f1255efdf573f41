package ui

import (
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"kring/model"
)

// stepCount is the number of steps of the workspace.
const stepCount = 6

// step is one page of the workspace. Steps share the session the
// workspace holds and ask for a save through requestSave.
type step interface {
	Update(msg tea.Msg) tea.Cmd
	View() string
	SetSize(w, h int)
	Typing() bool
	ShortHelp() []key.Binding
	FullHelp() [][]key.Binding
}

// backer is a step with a view of its own to leave on esc (a grid or a
// zoom) before esc leaves the workspace.
type backer interface{ Back() bool }

// workspace walks the coach through the steps of one session: tab and
// shift+tab, the number keys and a click on the step bar move between them.
type workspace struct {
	c      *Common
	sess   *model.Session
	steps  [stepCount]step
	active int
	width  int
	height int
	keys   workspaceKeys
}

type workspaceKeys struct {
	Next   key.Binding
	Prev   key.Binding
	Number key.Binding
	Back   key.Binding
}

func newWorkspace(c *Common, sess *model.Session) *workspace {
	w := &workspace{c: c, sess: sess}
	w.keys = workspaceKeys{
		Next:   key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", c.T("key.next_step"))),
		Prev:   key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", c.T("key.prev_step"))),
		Number: key.NewBinding(key.WithKeys("1", "2", "3", "4", "5", "6"), key.WithHelp("1-6", c.T("key.goto_step"))),
		Back:   key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", c.T("key.to_list"))),
	}
	w.steps[0] = newFamilyStep(c, sess)
	w.steps[1] = newMapStep(c, sess)
	w.steps[2] = newNeedsStep(c, sess)
	w.steps[3] = newJimStep(c, sess)
	w.steps[4] = newAgreementsStep(c, sess)
	w.steps[5] = newReportStep(c, sess)
	return w
}

// headerHeight is the rows above the step's content: the family label,
// the step bar and a rule.
const headerHeight = 3

func (w *workspace) SetSize(width, height int) {
	w.width, w.height = width, height
	for _, s := range w.steps {
		s.SetSize(width, max(height-headerHeight, 1))
	}
}

func (w *workspace) Typing() bool { return w.steps[w.active].Typing() }

func (w *workspace) goTo(i int) {
	w.active = (i + stepCount) % stepCount
	w.prepare()
}

// preparer is a step that makes its drawing ahead, in Update, so that
// View only shows what is ready (the report is rendered here, not in View).
type preparer interface{ prepare() }

// prepare lets the active step make its drawing for the current state.
func (w *workspace) prepare() {
	if p, ok := w.steps[w.active].(preparer); ok {
		p.prepare()
	}
}

// startSweepMsg asks to start the family sweep, which runs on the map so
// that the family sees each answer appear.
type startSweepMsg struct{}

func (w *workspace) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case startSweepMsg:
		if ms, ok := w.steps[1].(*mapStep); ok {
			w.goTo(1)
			ms.startSweep()
		}
		return nil
	case tea.KeyPressMsg:
		if w.Typing() {
			return w.steps[w.active].Update(msg)
		}
		switch {
		case key.Matches(msg, w.keys.Next):
			w.goTo(w.active + 1)
			return nil
		case key.Matches(msg, w.keys.Prev):
			w.goTo(w.active - 1)
			return nil
		case key.Matches(msg, w.keys.Number):
			n, _ := strconv.Atoi(msg.String())
			w.goTo(n - 1)
			return nil
		case key.Matches(msg, w.keys.Back):
			if b, ok := w.steps[w.active].(backer); ok && b.Back() {
				return nil
			}
			return send(closeSessionMsg{})
		}
	case tea.MouseClickMsg:
		m := msg.Mouse()
		if m.Y == 1 && m.Button == tea.MouseLeft {
			for i, sp := range stepBarSpans(w.c, w.width, w.active) {
				if m.X >= sp.from && m.X < sp.to {
					w.goTo(i)
					return nil
				}
			}
		}
	}
	return w.steps[w.active].Update(msg)
}

func (w *workspace) View() string {
	st := w.c.Styles
	head := st.Title.Render(clip(w.c.Name(w.sess.Label), max(w.width-12, 4)))
	if w.sess.Demo {
		head += " " + st.Demo.Render(w.c.T("demo.tag"))
	}
	bar := renderStepBar(w.c, w.width, w.active)
	rule := st.Subtle.Render(strings.Repeat("─", max(w.width, 0)))
	return head + "\n" + bar + "\n" + rule + "\n" + w.steps[w.active].View()
}

func (w *workspace) ShortHelp() []key.Binding {
	if w.Typing() {
		return w.steps[w.active].ShortHelp()
	}
	return append(w.steps[w.active].ShortHelp(), w.keys.Next, w.keys.Back, w.c.Keys.Help)
}

func (w *workspace) FullHelp() [][]key.Binding {
	return append(w.steps[w.active].FullHelp(),
		[]key.Binding{w.keys.Next, w.keys.Prev, w.keys.Number, w.keys.Back},
		[]key.Binding{w.c.Keys.Privacy, w.c.Keys.Help, w.c.Keys.Quit, w.c.Keys.ForceQuit})
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

// apply carries out a confirmed removal on the session and tells the
// steps that show it.
func (w *workspace) apply(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case removeMemberMsg:
		fs := w.steps[0].(*familyStep)
		cmd := fs.remove(msg)
		if ms, ok := w.steps[1].(*mapStep); ok && msg.kind == "person" {
			ms.removed(msg.id)
		}
		return cmd
	case removeRelationMsg:
		if w.sess.RemoveRelation(msg.id) {
			return requestSave(w.c, w.sess)
		}
	}
	return nil
}
