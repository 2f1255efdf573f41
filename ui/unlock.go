package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
)

// unlockScreen asks for the passphrase; for a new store it asks twice and
// says that a forgotten passphrase cannot be recovered.
type unlockScreen struct {
	c      *Common
	create bool
	inputs []textinput.Model
	focus  int
	busy   bool
	err    string
	minLen int
	width  int
	height int
	keys   unlockKeys
}

type unlockKeys struct {
	Submit key.Binding
	Switch key.Binding
}

func newUnlockScreen(c *Common, create bool, minLen int) *unlockScreen {
	u := &unlockScreen{c: c, create: create, minLen: minLen}
	n := 1
	if create {
		n = 2
	}
	for i := 0; i < n; i++ {
		in := textinput.New()
		in.EchoMode = textinput.EchoPassword
		in.EchoCharacter = '•'
		in.Prompt = ""
		in.CharLimit = 256
		in.SetVirtualCursor(true)
		in.SetStyles(c.Styles.Input)
		u.inputs = append(u.inputs, in)
	}
	// Focus in the constructor: Init has a value receiver in v2 and
	// loses what it sets.
	u.inputs[0].Focus()
	submit := c.T("key.unlock")
	if create {
		submit = c.T("key.create_store")
	}
	u.keys = unlockKeys{
		Submit: key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", submit)),
		Switch: key.NewBinding(key.WithKeys("tab", "shift+tab", "up", "down"), key.WithHelp("tab", c.T("key.next_field"))),
	}
	return u
}

func (u *unlockScreen) Typing() bool { return true }

// restyle follows a change of background or colour setting.
func (u *unlockScreen) restyle() {
	for i := range u.inputs {
		u.inputs[i].SetStyles(u.c.Styles.Input)
	}
}

func (u *unlockScreen) SetSize(w, h int) { u.width, u.height = w, h }

func (u *unlockScreen) Update(msg tea.Msg) reply { return run(u.update(msg)) }

func (u *unlockScreen) update(msg tea.Msg) tea.Cmd {
	if u.busy {
		return nil
	}
	if kp, ok := msg.(tea.KeyPressMsg); ok {
		switch {
		case key.Matches(kp, u.keys.Submit):
			return u.submit()
		case u.create && key.Matches(kp, u.keys.Switch):
			u.setFocus(1 - u.focus)
			return nil
		}
	}
	var cmd tea.Cmd
	u.inputs[u.focus], cmd = u.inputs[u.focus].Update(msg)
	if _, ok := msg.(tea.KeyPressMsg); ok {
		u.err = ""
	}
	return cmd
}

func (u *unlockScreen) setFocus(i int) {
	u.inputs[u.focus].Blur()
	u.focus = i
	u.inputs[i].Focus()
}

func (u *unlockScreen) submit() tea.Cmd {
	first := u.inputs[0].Value()
	if !u.create {
		if first == "" {
			return nil
		}
		u.busy = true
		return send(unlockRequestMsg{pass: []byte(first)})
	}
	if len([]rune(first)) < u.minLen {
		u.err = u.c.T("unlock.too_short", u.minLen)
		u.setFocus(0)
		return nil
	}
	if u.focus == 0 {
		u.setFocus(1)
		return nil
	}
	if u.inputs[1].Value() != first {
		u.err = u.c.T("unlock.differ")
		u.inputs[1].Reset()
		u.setFocus(1)
		return nil
	}
	u.busy = true
	return send(unlockRequestMsg{pass: []byte(first), create: true})
}

// failed shows why unlocking did not work and clears the fields, so the
// coach can simply type again.
func (u *unlockScreen) failed(msg string) {
	u.busy = false
	u.err = msg
	for i := range u.inputs {
		u.inputs[i].Reset()
	}
	u.setFocus(0)
}

func (u *unlockScreen) View() string {
	st := u.c.Styles
	w := max(min(u.width-4, 64), 10)
	var b []string
	b = append(b, st.Title.Render("kring"), "")
	if u.create {
		b = append(b, wrap(u.c.T("unlock.new_intro"), w)...)
		b = append(b, "", st.Warning.Render(strings.Join(wrap(u.c.T("unlock.no_recovery"), w), "\n")), "")
	} else {
		b = append(b, wrap(u.c.T("unlock.intro"), w)...)
		b = append(b, "")
	}
	labels := []string{u.c.T("unlock.passphrase"), u.c.T("unlock.again")}
	lw := max(cells(labels[0]), cells(labels[1]))
	for i := range u.inputs {
		u.inputs[i].SetWidth(max(w-lw-3, 4))
		label := st.Label.Render(pad(labels[i], lw))
		if i == u.focus {
			label = st.FieldFocus.Render(pad(labels[i], lw))
		}
		b = append(b, label+"  "+u.inputs[i].View())
	}
	b = append(b, "")
	switch {
	case u.busy:
		b = append(b, st.Subtle.Render(u.c.T("unlock.busy")))
	case u.err != "":
		b = append(b, st.Error.Render(strings.Join(wrap(u.err, w), "\n")))
	}
	// The blank rows above and below go first when the window is low,
	// so that a message under the fields is never cut off.
	text := strings.Join(b, "\n")
	v := 1
	if strings.Count(text, "\n")+3 > u.height {
		v = 0
	}
	return lipgloss.NewStyle().Padding(v, 2).Render(text)
}

func (u *unlockScreen) ShortHelp() []key.Binding {
	if u.create {
		return []key.Binding{u.keys.Submit, u.keys.Switch, u.c.Keys.ForceQuit}
	}
	return []key.Binding{u.keys.Submit, u.c.Keys.ForceQuit}
}

func (u *unlockScreen) FullHelp() [][]key.Binding { return [][]key.Binding{u.ShortHelp()} }
