package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"kring/model"
)

// sweepHeight is the rows the family sweep takes under the map.
const sweepHeight = 7

// sweepQuestion is one question of the family sweep with what a new
// person of that question gets by default.
type sweepQuestion struct {
	// text is made when drawn, so that the privacy screen can hide the
	// parent's name in it at any moment.
	text   func() string
	role   string
	sector model.Sector
	ring   model.Ring
	// hint stands greyed in an empty role field where a role would be
	// a guess ("buurvrouw" for "Buurman Piet"): the role stays empty
	// unless the coach types one or the name starts with a role word.
	hint string
	// side names the parent whose side a question is about ("moeder"),
	// kept in a role the name says (sweep_role.go).
	side string
}

// sweep walks the generations, one question at a time, as the council
// asked (familie, not only gezin): each parent's parents and brothers and
// sisters, the youths' brothers and sisters, older cousins; then friends,
// neighbours, school and work, clubs and faith, professionals. Each name
// typed and confirmed with enter is a person on the map at once.
type sweep struct {
	c         *Common
	sess      *model.Session
	questions []sweepQuestion
	at        int
	form      *form
	added     []string
	width     int
	keys      sweepKeys

	// autoRole is what the sweep put in the role field; while the field
	// still holds it the coach has not changed it (sweep_role.go).
	autoRole string
}

type sweepKeys struct {
	Add, Skip, Next, Stop key.Binding
}

func newSweep(c *Common, sess *model.Session) *sweep {
	s := &sweep{c: c, sess: sess, questions: sweepQuestions(c, sess)}
	s.keys = sweepKeys{
		Add:  key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", c.T("sweep.key_add"))),
		Skip: key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", c.T("sweep.key_skip"))),
		Next: key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", c.T("key.next_field"))),
		Stop: key.NewBinding(key.WithKeys("ctrl+x"), key.WithHelp("ctrl+x", c.T("sweep.key_stop"))),
	}
	s.newForm()
	return s
}

// sweepQuestions builds the questions, naming the parents the map knows.
// A suggested role names the parent by their role ("kant van moeder"),
// not their name, so that no name is stored in someone else's role.
func sweepQuestions(c *Common, sess *model.Session) []sweepQuestion {
	type parent struct {
		shown func() string
		side  string
	}
	var parents []parent
	for i := range sess.People {
		if p := &sess.People[i]; p.Parent {
			side := p.Role
			if side == "" {
				side = p.Name
			}
			parents = append(parents, parent{func() string { return c.Person(p) }, side})
		}
	}
	if len(parents) == 0 {
		mother, father := c.T("sweep.mother"), c.T("sweep.father")
		parents = []parent{{func() string { return mother }, mother}, {func() string { return father }, father}}
	}
	fixed := func(s string) func() string { return func() string { return s } }
	var qs []sweepQuestion
	for _, p := range parents {
		qs = append(qs,
			sweepQuestion{func() string { return c.T("sweep.q.parents_of", p.shown()) }, c.T("sweep.role.grandparent", p.side), model.SectorFamily, model.RingClose, "", p.side},
			sweepQuestion{func() string { return c.T("sweep.q.siblings_of", p.shown()) }, c.T("sweep.role.aunt_uncle", p.side), model.SectorFamily, model.RingFurther, "", p.side})
	}
	youths := func() string {
		names := make([]string, len(sess.Youths))
		for i, y := range sess.Youths {
			names[i] = c.Name(y.Name)
		}
		if len(names) == 0 {
			return c.T("sweep.the_youths")
		}
		return strings.Join(names, ", ")
	}
	return append(qs,
		sweepQuestion{func() string { return c.T("sweep.q.siblings", youths()) }, c.T("sweep.role.sibling"), model.SectorFamily, model.RingClose, "", ""},
		sweepQuestion{fixed(c.T("sweep.q.cousins")), c.T("sweep.role.cousin"), model.SectorFamily, model.RingFurther, "", ""},
		sweepQuestion{fixed(c.T("sweep.q.friends")), "", model.SectorFriends, model.RingClose, c.T("sweep.hint.friend"), ""},
		sweepQuestion{fixed(c.T("sweep.q.neighbours")), "", model.SectorCommunity, model.RingClose, c.T("sweep.hint.neighbour"), ""},
		sweepQuestion{fixed(c.T("sweep.q.school_work")), "", model.SectorSchoolWork, model.RingFurther, c.T("sweep.hint.school_work"), ""},
		sweepQuestion{fixed(c.T("sweep.q.clubs")), "", model.SectorCommunity, model.RingFurther, c.T("sweep.hint.club"), ""},
		sweepQuestion{fixed(c.T("sweep.q.professionals")), "", model.SectorProfessionals, model.RingFurther, c.T("sweep.hint.professional"), ""},
	)
}

func (s *sweep) newForm() {
	q := s.questions[s.at]
	s.form = newForm(s.c, "")
	s.form.SetWidth(s.width)
	s.form.text("name", s.c.T("field.name"), "", true).
		text("role", s.c.T("field.role"), q.role, false).
		choice("deceased", s.c.T("field.deceased"), yesNo(s.c), "no")
	s.form.fieldOf("role").input.Placeholder = q.hint
	s.autoRole = q.role
}

func (s *sweep) SetWidth(w int) {
	s.width = w
	s.form.SetWidth(w)
}

// Update handles a key; done is true when the sweep ends. A name added
// is an edit of the session (reply.edited).
func (s *sweep) Update(msg tea.Msg) (reply, bool) {
	if kp, ok := msg.(tea.KeyPressMsg); ok {
		switch {
		case key.Matches(kp, s.keys.Stop):
			return reply{}, true
		case key.Matches(kp, s.keys.Skip):
			return reply{}, s.next()
		case key.Matches(kp, s.keys.Add) && strings.TrimSpace(s.form.value("name")) == "":
			// enter on an empty name moves on, like esc.
			return reply{}, s.next()
		}
	}
	cmd := s.form.Update(msg)
	s.followName()
	if s.form.state == formSubmitted {
		q := s.questions[s.at]
		p := model.Person{
			Name: s.form.value("name"), Role: s.roleOf(),
			Sector: q.sector, Ring: q.ring, Adult: q.sector != model.SectorFriends,
			Deceased: s.form.value("deceased") == "yes",
		}
		if p.Deceased {
			p.Ring = model.RingNoContact
		}
		s.sess.AddPerson(p)
		s.added = append(s.added, p.Name)
		s.newForm()
		return edited().then(cmd), false
	}
	if s.form.state == formCancelled {
		return reply{}, s.next()
	}
	return run(cmd), false
}

// next goes to the next question; it reports the end of the sweep.
func (s *sweep) next() bool {
	if s.at+1 >= len(s.questions) {
		return true
	}
	s.at++
	s.added = nil
	s.newForm()
	return false
}

func (s *sweep) View() string {
	st := s.c.Styles
	q := s.questions[s.at]
	head := st.Title.Render(s.c.T("sweep.title", s.at+1, len(s.questions))) + "  " + st.Heading.Render(q.text())
	lines := []string{strings.Repeat("─", max(s.width, 0)), clip(head, s.width)}
	body := strings.Split(s.form.View(), "\n")
	if len(body) > 1 {
		body = body[1:] // the form's empty title line
	}
	lines = append(lines, body...)
	added := st.Subtle.Render(s.c.T("sweep.none_yet"))
	if len(s.added) > 0 {
		names := make([]string, len(s.added))
		for i, n := range s.added {
			names[i] = s.c.Name(n)
		}
		added = s.c.T("sweep.added", strings.Join(names, ", "))
	}
	lines = append(lines, clip(added, s.width))
	for len(lines) < sweepHeight {
		lines = append(lines, "")
	}
	return strings.Join(lines[:sweepHeight], "\n")
}

func (s *sweep) ShortHelp() []key.Binding {
	return []key.Binding{s.keys.Add, s.keys.Skip, s.keys.Next, s.form.keys.Clear, s.keys.Stop}
}
