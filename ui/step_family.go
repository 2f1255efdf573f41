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
	page
	cursor int
	// sweep starts the family sweep, which runs on the map.
	sweep func()
	keys  familyKeys
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

func newFamilyStep(c *Common, sess *model.Session, sweep func()) *familyStep {
	f := &familyStep{page: newPage(c, sess), sweep: sweep}
	f.keys = familyKeys{
		Details:   keyFor(c, "e", "key.edit_details"),
		AddYouth:  keyFor(c, "y", "key.add_youth"),
		AddMember: keyFor(c, "a", "key.add_member"),
		Delete:    keyFor(c, "x", "key.remove"),
		Sweep:     keyFor(c, "f", "key.sweep"),
	}
	f.keys.Up, f.keys.Down, f.keys.Edit = listKeys(c, "key.edit")
	return f
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

func (f *familyStep) Update(msg tea.Msg) reply { return f.handle(msg, f.onKey) }

// onKey handles a key while no form is open.
func (f *familyStep) onKey(kp tea.KeyPressMsg) reply {
	rows := f.rows()
	f.cursor = min(f.cursor, len(rows)-1)
	switch {
	case moveCursor(kp, f.keys.Up, f.keys.Down, &f.cursor, len(rows)):
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
		f.sweep()
	}
	return reply{}
}

func (f *familyStep) openDetails() {
	s := f.sess
	fm := newForm(f.c, f.c.T("family.details")).
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
		fm.fields[2].input.Placeholder = f.c.T("field.date_placeholder")
	}
	f.open(fm.onSubmit(func() reply {
		s.Label = fm.value("label")
		s.Coach = fm.value("coach")
		s.Date = model.Date(fm.value("date"))
		s.Present = splitList(fm.value("present"))
		return edited()
	}))
}

// openYouth opens the form of a youth, or of a new one (y nil).
func (f *familyStep) openYouth(y *model.Youth) {
	title, name, year, notes, id := f.c.T("family.new_youth"), "", "", "", ""
	if y != nil {
		id = y.ID
		title, name, notes = f.c.T("family.edit_youth"), y.Name, y.Notes
		if y.BirthYear != 0 {
			year = strconv.Itoa(y.BirthYear)
		}
	}
	thisYear := f.c.Now().Year()
	fm := newForm(f.c, title).
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
	f.open(fm.onSubmit(func() reply {
		s := f.sess
		y := model.Youth{Name: fm.value("name"), Notes: fm.value("notes")}
		y.BirthYear, _ = strconv.Atoi(fm.value("year"))
		if id == "" {
			s.AddYouth(y)
			f.cursor = len(s.Youths)
		} else if old := s.Youth(id); old != nil {
			y.ID = old.ID
			*old = y
		}
		return edited()
	}))
}

// openPerson opens the form of a household member, or of a new one (p nil).
func (f *familyStep) openPerson(p *model.Person) {
	title, id := f.c.T("family.new_member"), ""
	cur := model.Person{Adult: true}
	if p != nil {
		id = p.ID
		title = f.c.T("family.edit_member")
		cur = *p
	}
	fm := newForm(f.c, title).
		text("name", f.c.T("field.name"), cur.Name, true).
		text("role", f.c.T("field.role"), cur.Role, false).
		choice("adult", f.c.T("field.adult"), yesNo(f.c), boolCode(cur.Adult)).
		choice("parent", f.c.T("field.parent"), yesNo(f.c), boolCode(cur.Parent)).
		notes("notes", f.c.T("field.notes"), cur.Notes)
	fm.fields[1].input.Placeholder = f.c.T("field.role_placeholder")
	f.open(fm.onSubmit(func() reply {
		s := f.sess
		old := s.Person(id)
		var p model.Person
		if old != nil && id != "" {
			p = *old
		} else {
			p = model.Person{Sector: model.SectorHousehold, Ring: model.RingVeryClose, Household: true, Frequency: model.FrequencyDaily}
		}
		p.Name, p.Role, p.Notes = fm.value("name"), fm.value("role"), fm.value("notes")
		p.Adult, p.Parent = fm.value("adult") == "yes", fm.parentValue()
		if id == "" {
			s.AddPerson(p)
			f.cursor = len(f.rows()) - 1
		} else if old != nil {
			*old = p
		}
		return edited()
	}))
}

// confirmDelete asks before a youth or household member goes, with what
// points at them.
func (f *familyStep) confirmDelete(r row) reply {
	var name string
	switch r.kind {
	case "youth":
		name = f.c.Name(f.sess.Youth(r.id).Name)
	case "person":
		name = f.c.Person(f.sess.Person(r.id))
	default:
		return reply{}
	}
	text := f.c.T("family.confirm_remove", name)
	if r.kind == "person" {
		return confirmRemovePerson(f.c, f.sess, r.id, text, func() {
			f.cursor = max(min(f.cursor, len(f.rows())-1), 0)
		})
	}
	return show(newConfirm(f.c, text, func() reply {
		switch r.kind {
		case "youth":
			f.sess.RemoveYouth(r.id)
		case "person":
			f.sess.RemovePerson(r.id)
		}
		f.cursor = max(min(f.cursor, len(f.rows())-1), 0)
		return edited()
	}))
}

func (f *familyStep) View() string { return f.view(f.draw) }

// draw draws the step's own page, when no form is open over it.
func (f *familyStep) draw() string {
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

func (f *familyStep) ShortHelp() []key.Binding {
	if f.form != nil {
		return f.form.ShortHelp()
	}
	return []key.Binding{f.keys.Edit, f.keys.AddMember, f.keys.AddYouth, f.keys.Delete}
}

func (f *familyStep) FullHelp() [][]key.Binding {
	if f.form != nil {
		return f.formHelp()
	}
	return [][]key.Binding{{f.keys.Up, f.keys.Down, f.keys.Edit, f.keys.Details}, {f.keys.AddYouth, f.keys.AddMember, f.keys.Delete, f.keys.Sweep}}
}
