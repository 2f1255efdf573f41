package ui

import (
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"kring/model"
)

// familyStep is step 1: the session's details, the youths at the centre
// of the map and the members of the household. Every change is saved as
// soon as its form is confirmed.
type familyStep struct {
	c      *Common
	sess   *model.Session
	cursor int
	form   *form
	// editing says what the open form edits: "details", "youth:<id>",
	// "person:<id>", "new-youth" or "new-person".
	editing string
	width   int
	height  int
	keys    familyKeys
}

type familyKeys struct {
	Up        key.Binding
	Down      key.Binding
	Edit      key.Binding
	Details   key.Binding
	AddYouth  key.Binding
	AddMember key.Binding
	Delete    key.Binding
	Sweep     key.Binding
}

func newFamilyStep(c *Common, sess *model.Session) *familyStep {
	return &familyStep{c: c, sess: sess, keys: familyKeys{
		Up:        key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", c.T("key.up"))),
		Down:      key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", c.T("key.down"))),
		Edit:      key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", c.T("key.edit"))),
		Details:   key.NewBinding(key.WithKeys("e"), key.WithHelp("e", c.T("key.edit_details"))),
		AddYouth:  key.NewBinding(key.WithKeys("y"), key.WithHelp("y", c.T("key.add_youth"))),
		AddMember: key.NewBinding(key.WithKeys("a"), key.WithHelp("a", c.T("key.add_member"))),
		Delete:    key.NewBinding(key.WithKeys("x"), key.WithHelp("x", c.T("key.remove"))),
		Sweep:     key.NewBinding(key.WithKeys("f"), key.WithHelp("f", c.T("key.sweep"))),
	}}
}

// row is one selectable line: the details, a youth or a household member.
type row struct {
	kind string // "details", "youth", "person"
	id   string
}

func (f *familyStep) rows() []row {
	rows := []row{{kind: "details"}}
	for _, y := range f.sess.Youths {
		rows = append(rows, row{kind: "youth", id: y.ID})
	}
	for _, p := range f.sess.People {
		if p.Household {
			rows = append(rows, row{kind: "person", id: p.ID})
		}
	}
	return rows
}

func (f *familyStep) SetSize(w, h int) {
	f.width, f.height = w, h
	if f.form != nil {
		f.form.SetWidth(min(w, 90))
	}
}

func (f *familyStep) Typing() bool { return f.form != nil }

func (f *familyStep) Update(msg tea.Msg) tea.Cmd {
	if f.form != nil {
		return runForm(&f.form, msg, f.apply)
	}
	kp, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil
	}
	rows := f.rows()
	f.cursor = min(f.cursor, len(rows)-1)
	switch {
	case key.Matches(kp, f.keys.Up):
		f.cursor = max(f.cursor-1, 0)
	case key.Matches(kp, f.keys.Down):
		f.cursor = min(f.cursor+1, len(rows)-1)
	case key.Matches(kp, f.keys.Details):
		f.openDetails()
	case key.Matches(kp, f.keys.AddYouth):
		f.openYouth(nil)
	case key.Matches(kp, f.keys.AddMember):
		f.openPerson(nil)
	case key.Matches(kp, f.keys.Edit):
		switch r := rows[f.cursor]; r.kind {
		case "details":
			f.openDetails()
		case "youth":
			f.openYouth(f.sess.Youth(r.id))
		case "person":
			f.openPerson(f.sess.Person(r.id))
		}
	case key.Matches(kp, f.keys.Delete):
		return f.confirmDelete(rows[f.cursor])
	case key.Matches(kp, f.keys.Sweep):
		return send(startSweepMsg{})
	}
	return nil
}

func (f *familyStep) newForm(title string) *form {
	fm := newForm(f.c, title)
	fm.SetWidth(min(f.width, 90))
	return fm
}

func (f *familyStep) openDetails() {
	s := f.sess
	f.editing = "details"
	f.form = f.newForm(f.c.T("family.details")).
		text("label", f.c.T("field.label"), s.Label, true).
		text("coach", f.c.T("field.coach"), s.Coach, false).
		text("date", f.c.T("field.date"), string(s.Date), false).
		validate(func(v string) string {
			if !model.Date(v).Valid() {
				return "field.date_invalid"
			}
			return ""
		}).
		text("present", f.c.T("field.present"), strings.Join(s.Present, ", "), false)
	if s.Date == "" {
		f.form.fields[2].input.Placeholder = f.c.T("field.date_placeholder")
	}
}

func (f *familyStep) openYouth(y *model.Youth) {
	title, name, year, notes := f.c.T("family.new_youth"), "", "", ""
	f.editing = "new-youth"
	if y != nil {
		f.editing = "youth:" + y.ID
		title, name, notes = f.c.T("family.edit_youth"), y.Name, y.Notes
		if y.BirthYear != 0 {
			year = strconv.Itoa(y.BirthYear)
		}
	}
	thisYear := f.c.Now().Year()
	f.form = f.newForm(title).
		text("name", f.c.T("field.name"), name, true).
		text("year", f.c.T("field.birth_year"), year, false).
		validate(func(v string) string {
			if v == "" {
				return ""
			}
			n, err := strconv.Atoi(v)
			if err != nil || n < 1990 || n > thisYear {
				return "field.birth_year_invalid"
			}
			return ""
		}).
		notes("notes", f.c.T("field.notes"), notes)
}

func yesNo(c *Common) []option {
	return []option{{"no", c.T("answer.no")}, {"yes", c.T("answer.yes")}}
}

func boolCode(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}

func (f *familyStep) openPerson(p *model.Person) {
	title := f.c.T("family.new_member")
	f.editing = "new-person"
	cur := model.Person{Adult: true}
	if p != nil {
		f.editing = "person:" + p.ID
		title = f.c.T("family.edit_member")
		cur = *p
	}
	f.form = f.newForm(title).
		text("name", f.c.T("field.name"), cur.Name, true).
		text("role", f.c.T("field.role"), cur.Role, false).
		choice("adult", f.c.T("field.adult"), yesNo(f.c), boolCode(cur.Adult)).
		choice("parent", f.c.T("field.parent"), yesNo(f.c), boolCode(cur.Parent)).
		notes("notes", f.c.T("field.notes"), cur.Notes)
	f.form.fields[1].input.Placeholder = f.c.T("field.role_placeholder")
}

// apply writes the submitted form into the session and asks for a save.
func (f *familyStep) apply() tea.Cmd {
	fm, s := f.form, f.sess
	switch {
	case f.editing == "details":
		s.Label = fm.value("label")
		s.Coach = fm.value("coach")
		s.Date = model.Date(fm.value("date"))
		s.Present = splitList(fm.value("present"))
	case f.editing == "new-youth" || strings.HasPrefix(f.editing, "youth:"):
		y := model.Youth{Name: fm.value("name"), Notes: fm.value("notes")}
		y.BirthYear, _ = strconv.Atoi(fm.value("year"))
		if f.editing == "new-youth" {
			s.AddYouth(y)
			f.cursor = len(s.Youths)
		} else if old := s.Youth(strings.TrimPrefix(f.editing, "youth:")); old != nil {
			y.ID = old.ID
			*old = y
		}
	default:
		var p model.Person
		if old := s.Person(strings.TrimPrefix(f.editing, "person:")); old != nil && f.editing != "new-person" {
			p = *old
		} else {
			p = model.Person{Sector: model.SectorHousehold, Ring: model.RingVeryClose, Household: true, Frequency: model.FrequencyDaily}
		}
		p.Name, p.Role, p.Notes = fm.value("name"), fm.value("role"), fm.value("notes")
		p.Adult, p.Parent = fm.value("adult") == "yes", fm.value("parent") == "yes"
		if f.editing == "new-person" {
			s.AddPerson(p)
			f.cursor = len(f.rows()) - 1
		} else if old := s.Person(p.ID); old != nil {
			*old = p
		}
	}
	return requestSave(f.c, s)
}

// splitList turns "Sanne, Yusuf" into its names.
func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func (f *familyStep) confirmDelete(r row) tea.Cmd {
	var name string
	switch r.kind {
	case "youth":
		name = f.c.Name(f.sess.Youth(r.id).Name)
	case "person":
		name = f.c.Person(f.sess.Person(r.id))
	default:
		return nil
	}
	text := f.c.T("family.confirm_remove", name)
	return send(pushDialogMsg{d: newConfirm(f.c, text, removeMemberMsg{kind: r.kind, id: r.id})})
}

// removeMemberMsg is sent when the coach confirmed removing a youth or a
// household member.
type removeMemberMsg struct{ kind, id string }

// remove deletes a youth or person after confirmation, with what points
// at them, and asks for a save.
func (f *familyStep) remove(m removeMemberMsg) tea.Cmd {
	s := f.sess
	switch m.kind {
	case "youth":
		s.RemoveYouth(m.id)
	case "person":
		s.RemovePerson(m.id)
	}
	f.cursor = max(min(f.cursor, len(f.rows())-1), 0)
	return requestSave(f.c, s)
}

func (f *familyStep) View() string {
	if f.form != nil {
		return f.form.View()
	}
	st := f.c.Styles
	s := f.sess
	rows := f.rows()
	f.cursor = min(f.cursor, len(rows)-1)
	w := f.width
	var lines []string
	cursorAt := 0
	mark := func(i int, text string) string {
		if i == f.cursor {
			cursorAt = len(lines)
			return st.Cursor.Render("› ") + st.Selected.Render(clip(text, w-2))
		}
		return "  " + clip(text, w-2)
	}
	field := func(label, value string) string {
		if value == "" {
			value = st.Subtle.Render("—")
		}
		return "    " + st.Label.Render(pad(label, 12)) + " " + clip(value, w-17)
	}

	lines = append(lines, st.Heading.Render(f.c.T("family.details")))
	present := make([]string, len(s.Present))
	for i, p := range s.Present {
		present[i] = f.c.Name(p)
	}
	lines = append(lines, mark(0, f.c.Name(s.Label)))
	lines = append(lines,
		field(f.c.T("field.coach"), f.c.Name(s.Coach)),
		field(f.c.T("field.date"), string(s.Date)),
		field(f.c.T("field.present"), strings.Join(present, ", ")),
		"",
		st.Heading.Render(f.c.T("family.youths")))
	i := 1
	if len(s.Youths) == 0 {
		lines = append(lines, "  "+st.Subtle.Render(f.c.T("family.no_youths")))
	}
	for _, y := range s.Youths {
		text := f.c.Name(y.Name)
		if y.BirthYear != 0 {
			text += " (" + strconv.Itoa(y.BirthYear) + ")"
		}
		lines = append(lines, mark(i, text))
		i++
	}
	lines = append(lines, "", st.Heading.Render(f.c.T("family.household")))
	if i == len(rows) {
		lines = append(lines, "  "+st.Subtle.Render(f.c.T("family.no_members")))
	}
	for _, r := range rows[i:] {
		p := s.Person(r.id)
		parts := []string{f.c.Person(p)}
		if p.Role != "" && !f.c.Privacy {
			parts = append(parts, p.Role)
		}
		if p.Parent {
			parts = append(parts, f.c.T("family.is_parent"))
		} else if !p.Adult {
			parts = append(parts, f.c.T("family.is_child"))
		}
		lines = append(lines, mark(i, strings.Join(parts, " · ")))
		i++
	}
	return strings.Join(scrollTo(lines, cursorAt, f.height), "\n")
}

// scrollTo returns at most h lines of lines, keeping line at in view.
func scrollTo(lines []string, at, h int) []string {
	if h <= 0 || len(lines) <= h {
		return lines
	}
	start := max(min(at-h/2, len(lines)-h), 0)
	return lines[start : start+h]
}

func (f *familyStep) ShortHelp() []key.Binding {
	if f.form != nil {
		return f.form.ShortHelp()
	}
	return []key.Binding{f.keys.Edit, f.keys.AddMember, f.keys.AddYouth, f.keys.Delete}
}

func (f *familyStep) FullHelp() [][]key.Binding {
	if f.form != nil {
		return [][]key.Binding{f.form.ShortHelp()}
	}
	return [][]key.Binding{{f.keys.Up, f.keys.Down, f.keys.Edit, f.keys.Details}, {f.keys.AddYouth, f.keys.AddMember, f.keys.Delete, f.keys.Sweep}}
}
