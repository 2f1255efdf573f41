package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"kring/model"
)

// A form is a compact editor: one line per field, so that a person with
// all the instrument's fields fits on a 24-line screen next to its title
// and help. (huh lays out fields of several lines each, which does not
// fit 17 fields at 80x24.) Text fields are bubbles text inputs; choices
// cycle with left and right.
type form struct {
	c      *Common
	title  string
	fields []*field
	focus  int
	width  int
	height int
	keys   formKeys
	// state is formEditing until enter (with every field valid) or esc.
	state formState
	// onChange, when set, is told the key of a choice the user changed.
	onChange func(key string)
	// action is what the form does with its values on a valid enter (huh's
	// SubmitCmd): the form carries it, so that no step has to remember
	// what its open form was for. It refuses with refuse.
	action func() reply
	// personalTitle says the title names someone: the privacy screen,
	// switched on after the form was made, hides it (and the choices
	// marked personal). A form made with it on shows roles and initials.
	personalTitle bool
	private       bool
}

type formState int

const (
	formEditing formState = iota
	formSubmitted
	formCancelled
)

type fieldKind int

const (
	fieldText fieldKind = iota
	fieldNotes
	fieldChoice
)

type option struct {
	value string
	label string
}

type field struct {
	key      string
	label    string
	kind     fieldKind
	input    textinput.Model
	options  []option
	idx      int
	required bool
	// check returns a catalogue key when the value is not acceptable.
	check func(string) string
	err   string
	// when hides the field (from view, focus and checks) while it
	// returns false, such as a passphrase that only one choice needs.
	when func() bool
	// personal says a choice lists people by name: the privacy screen
	// hides the chosen one.
	personal bool
	// orig is a note's value as it came in; edited says the coach
	// changed it since.
	orig   string
	edited bool
	// touched says the coach changed a choice, so that a default the
	// form derives (a parent from the role) never overrules them.
	touched bool
	// pick makes a choice a picker the coach can type in (form_pick.go).
	pick *pickState
}

func (fl *field) shown() bool { return fl.when == nil || fl.when() }

type formKeys struct {
	Next   key.Binding
	Prev   key.Binding
	Change key.Binding
	Submit key.Binding
	Cancel key.Binding
	// Clear is the text input's own ctrl+u, named here for the help line.
	Clear key.Binding
	// Pick stands for typing in a picker, for the help line.
	Pick pickKeys
}

func newFormKeys(c *Common) formKeys {
	return formKeys{
		Next:   key.NewBinding(key.WithKeys("tab", "down"), key.WithHelp("tab/↓", c.T("key.next_field"))),
		Prev:   key.NewBinding(key.WithKeys("shift+tab", "up"), key.WithHelp("shift+tab/↑", c.T("key.prev_field"))),
		Change: key.NewBinding(key.WithKeys("left", "right", "space"), key.WithHelp("←/→", c.T("key.change"))),
		Submit: key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", c.T("key.save"))),
		Cancel: key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", c.T("key.cancel"))),
		Clear:  key.NewBinding(key.WithKeys("ctrl+u"), key.WithHelp("ctrl+u", c.T("key.clear"))),
		Pick:   newPickKeys(c),
	}
}

func newForm(c *Common, title string) *form {
	return &form{c: c, title: title, keys: newFormKeys(c), private: c.Privacy}
}

// text adds a one-line text field.
func (f *form) text(key, label, value string, required bool) *form {
	return f.addText(key, label, value, required, fieldText, model.MaxNameLen)
}

// notes adds a text field for a longer note. A one-line input cannot
// hold line breaks, so a note the coach does not touch is given back
// exactly as it came in, breaks and all, rather than flattened.
func (f *form) notes(key, label, value string) *form {
	return f.addText(key, label, value, false, fieldNotes, model.MaxTextLen)
}

func (f *form) addText(key, label, value string, required bool, kind fieldKind, limit int) *form {
	in := textinput.New()
	in.Prompt = ""
	in.CharLimit = limit
	in.SetValue(value)
	in.SetVirtualCursor(true)
	in.SetStyles(f.c.Styles.Input)
	fl := &field{key: key, label: label, kind: kind, input: in, required: required, orig: value}
	f.fields = append(f.fields, fl)
	if len(f.fields) == 1 {
		f.focusField(0)
	}
	return f
}

// choice adds a field that cycles through options; value selects the
// starting option (the first when it matches none).
func (f *form) choice(key, label string, options []option, value string) *form {
	fl := &field{key: key, label: label, kind: fieldChoice, options: options}
	for i, o := range options {
		if o.value == value {
			fl.idx = i
		}
	}
	f.fields = append(f.fields, fl)
	if len(f.fields) == 1 {
		f.focusField(0)
	}
	return f
}

// validate attaches a check to the last field added.
func (f *form) validate(check func(string) string) *form {
	f.fields[len(f.fields)-1].check = check
	return f
}

// value returns a field's cleaned value: text cleaned of escapes and
// control characters, or the chosen option's code.
func (f *form) value(key string) string {
	for _, fl := range f.fields {
		if fl.key != key {
			continue
		}
		switch fl.kind {
		case fieldChoice:
			return fl.options[fl.idx].value
		case fieldNotes:
			if !fl.edited {
				return model.CleanText(fl.orig)
			}
			return model.CleanText(fl.input.Value())
		default:
			return model.CleanLine(fl.input.Value())
		}
	}
	return ""
}

func (f *form) focusField(i int) tea.Cmd {
	return f.focusToward(i, 1)
}

// focusToward focuses field i, or the next shown field in direction dir
// when i is hidden.
func (f *form) focusToward(i, dir int) tea.Cmd {
	if f.focus < len(f.fields) && f.fields[f.focus].kind != fieldChoice {
		f.fields[f.focus].input.Blur()
	}
	if f.focus < len(f.fields) && f.fields[f.focus].pick != nil {
		// What was typed in a picker goes when the focus leaves it; the
		// choice stays.
		f.fields[f.focus].pick.query, f.fields[f.focus].pick.matches = "", nil
	}
	n := len(f.fields)
	f.focus = (i%n + n) % n
	for k := 0; k < n && !f.fields[f.focus].shown(); k++ {
		f.focus = ((f.focus+dir)%n + n) % n
	}
	if fl := f.fields[f.focus]; fl.kind != fieldChoice {
		return fl.input.Focus()
	}
	return nil
}

// focusKey moves the focus to the field with the given key.
func (f *form) focusKey(key string) tea.Cmd {
	for i, fl := range f.fields {
		if fl.key == key {
			return f.focusField(i)
		}
	}
	return nil
}

// submit checks every field; the first field in error gets the focus.
func (f *form) submit() tea.Cmd {
	first := -1
	for i, fl := range f.fields {
		fl.err = ""
		if !fl.shown() {
			continue
		}
		v := f.value(fl.key)
		switch {
		case fl.required && strings.TrimSpace(v) == "":
			fl.err = "problem.required"
		case fl.check != nil:
			fl.err = fl.check(v)
		}
		if fl.err != "" && first < 0 {
			first = i
		}
	}
	if first >= 0 {
		return f.focusField(first)
	}
	f.state = formSubmitted
	return nil
}

// Update handles a key or paste; the form ends in formSubmitted or
// formCancelled, which the owner reads after the call.
func (f *form) Update(msg tea.Msg) tea.Cmd {
	if len(f.fields) == 0 {
		return nil
	}
	fl := f.fields[f.focus]
	if kp, ok := msg.(tea.KeyPressMsg); ok {
		switch {
		case key.Matches(kp, f.keys.Cancel):
			f.state = formCancelled
			return nil
		case key.Matches(kp, f.keys.Submit):
			return f.submit()
		case key.Matches(kp, f.keys.Next):
			return f.focusField(f.focus + 1)
		case key.Matches(kp, f.keys.Prev):
			return f.focusToward(f.focus-1, -1)
		case fl.pick != nil && f.updatePick(fl, kp):
			return nil
		case fl.kind == fieldChoice && key.Matches(kp, f.keys.Change):
			step := 1
			if kp.String() == "left" {
				step = len(fl.options) - 1
			}
			fl.idx = (fl.idx + step) % len(fl.options)
			fl.err = ""
			fl.touched = true
			if f.onChange != nil {
				f.onChange(fl.key)
			}
			return nil
		}
	}
	if fl.kind == fieldChoice {
		if fl.pick != nil {
			f.updatePick(fl, msg)
		} else if kp, ok := msg.(tea.KeyPressMsg); ok {
			f.letterChoice(fl, kp)
		}
		return nil
	}
	msg = cleanInput(msg)
	var cmd tea.Cmd
	before := fl.input.Value()
	fl.input, cmd = fl.input.Update(msg)
	// Only an edit clears the field's error: the cursor's blink
	// messages, which follow every focus change, must not.
	if fl.input.Value() != before {
		fl.err = ""
		fl.edited = true
	}
	return cmd
}

// fieldOf is the field key, nil when the form has none.
func (f *form) fieldOf(key string) *field {
	for _, fl := range f.fields {
		if fl.key == key {
			return fl
		}
	}
	return nil
}

// parentValue is the form's "parent" choice, or yes when the coach typed
// a role that names a parent ("moeder", "stepfather") and left the
// choice alone: a "no" the coach chose, or kept on a role typed before,
// stays.
func (f *form) parentValue() bool {
	if f.value("parent") == "yes" {
		return true
	}
	parent, role := f.fieldOf("parent"), f.fieldOf("role")
	return parent != nil && role != nil && !parent.touched && role.edited && model.ParentRole(f.value("role"))
}

// SetWidth sets the width of the form's block.
func (f *form) SetWidth(w int) { f.width = w }

// SetHeight limits the form to h lines; a longer form scrolls so that the
// focused field stays in view. Zero means no limit.
func (f *form) SetHeight(h int) { f.height = h }

func (f *form) labelWidth() int {
	w := 0
	for _, fl := range f.fields {
		w = max(w, len([]rune(fl.label)))
	}
	return min(w, max(f.width/3, 8))
}

// View draws the title and one line per field, with a line under any
// field in error that says why.
func (f *form) View() string {
	st := f.c.Styles
	lw := f.labelWidth()
	vw := max(f.width-lw-4, 4)
	title := f.title
	if f.c.Privacy && f.personalTitle && !f.private {
		title = f.c.T("privacy.hidden")
	}
	lines := []string{st.Heading.Render(clip(title, f.width))}
	focusLine := 0
	for i, fl := range f.fields {
		if !fl.shown() {
			continue
		}
		marker := "  "
		label := st.Label.Render(pad(fl.label, lw))
		if i == f.focus {
			marker = st.Cursor.Render("› ")
			label = st.FieldFocus.Render(pad(fl.label, lw))
		}
		var val string
		switch fl.kind {
		case fieldChoice:
			o := clip(fl.options[fl.idx].label, vw-4)
			if f.c.Privacy && fl.personal && !f.private {
				o = f.c.T("privacy.hidden")
			}
			if i == f.focus {
				val = st.FieldFocus.Render("‹ "+o+" ›") + f.pickSuffix(fl, true)
			} else {
				val = "  " + o
			}
		default:
			fl.input.SetWidth(vw - 1)
			// The privacy screen hides every text, the field being
			// typed in too: a stranger may be looking at it.
			if f.c.Privacy {
				val = f.c.Note(fl.input.Value())
			} else {
				val = fl.input.View()
			}
		}
		if i == f.focus {
			focusLine = len(lines)
		}
		lines = append(lines, marker+label+"  "+val)
		if fl.err != "" {
			lines = append(lines, strings.Repeat(" ", lw+4)+st.Error.Render(clip("↳ "+f.c.T(fl.err), vw)))
		}
	}
	if f.height > 1 && len(lines) > f.height {
		// Keep the title; scroll the fields so the focused one and its
		// message are in view.
		body := scrollTo(lines[1:], focusLine, f.height-1)
		lines = append([]string{lines[0]}, body...)
	}
	return strings.Join(lines, "\n")
}

// ShortHelp lists the form's keys for the help line.
// On a text field ctrl+u (clear up to the cursor) stands where ←/→
// would, as the arrows move the cursor there.
func (f *form) ShortHelp() []key.Binding {
	change := f.keys.Change
	if len(f.fields) > 0 && f.fields[f.focus].kind != fieldChoice {
		change = f.keys.Clear
	}
	if len(f.fields) > 0 && f.fields[f.focus].pick != nil {
		return []key.Binding{f.keys.Submit, f.keys.Pick.Find, f.keys.Next, change, f.keys.Cancel}
	}
	return []key.Binding{f.keys.Submit, f.keys.Next, change, f.keys.Cancel}
}

// secret adds a text field that echoes dots, for a passphrase; its value
// is read with raw, never cleaned.
func (f *form) secret(key, label string) *form {
	f.addText(key, label, "", false, fieldText, 256)
	in := &f.fields[len(f.fields)-1].input
	in.EchoMode = textinput.EchoPassword
	in.EchoCharacter = '•'
	return f
}

// showIf hides the last field added while show returns false.
func (f *form) showIf(show func() bool) *form {
	f.fields[len(f.fields)-1].when = show
	return f
}

// raw returns a text field's value as typed, for a passphrase.
func (f *form) raw(key string) string {
	for _, fl := range f.fields {
		if fl.key == key && fl.kind != fieldChoice {
			return fl.input.Value()
		}
	}
	return ""
}

// setText replaces a text field's value.
func (f *form) setText(key, value string) {
	for _, fl := range f.fields {
		if fl.key == key && fl.kind != fieldChoice {
			fl.input.SetValue(value)
			fl.orig, fl.edited = value, true
		}
	}
}

// personal marks the last field added as a choice of people by name,
// which the coach finds by typing part of a name (form_pick.go).
func (f *form) personal() *form {
	f.fields[len(f.fields)-1].personal = true
	return f.filterable()
}

// onSubmit sets what the form does with its values on a valid enter.
func (f *form) onSubmit(action func() reply) *form {
	f.action = action
	return f
}

// refuse keeps the form open after a submit that the rules turned down,
// with the reason (a catalogue key) under the field it is about.
func (f *form) refuse(key, msg string) {
	f.state = formEditing
	for _, fl := range f.fields {
		if fl.key == key {
			fl.err = msg
		}
	}
}

// runForm feeds msg to the open form *fp. On esc the form closes; on a
// valid enter the form's action runs and the form closes, unless the
// action refused (the field then says why). Every step with forms goes
// through here.
func runForm(fp **form, msg tea.Msg) reply {
	f := *fp
	cmd := f.Update(msg)
	switch f.state {
	case formCancelled:
		*fp = nil
	case formSubmitted:
		var r reply
		if f.action != nil {
			r = f.action()
		}
		if f.state == formEditing {
			return run(cmd)
		}
		if *fp == f {
			*fp = nil
		}
		return r.then(cmd)
	}
	return run(cmd)
}
