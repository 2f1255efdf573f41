package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"kring/model"
)

// meetingPage is the network meeting (Het Beraad), a page of step 5
// opened with m: whom the family invites from its map (anyone, ring 4
// too), who invites them and how to reach them, their answer, the date
// and place, and after the meeting its outcome. esc goes back to the
// agreements.
type meetingPage struct {
	page
	cursor int
	keys   meetingKeys
}

type meetingKeys struct {
	Up, Down, Edit               key.Binding
	Invite, State, When, Outcome key.Binding
	Remove, Back                 key.Binding
}

func newMeetingPage(c *Common, sess *model.Session) *meetingPage {
	m := &meetingPage{page: newPage(c, sess)}
	m.keys = meetingKeys{
		Invite:  keyFor(c, "a", "meeting.key.invite"),
		State:   keyFor(c, "s", "meeting.key.state"),
		When:    keyFor(c, "d", "meeting.key.when"),
		Outcome: keyFor(c, "o", "meeting.key.outcome"),
		Remove:  keyFor(c, "x", "key.remove"),
		Back:    key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", c.T("meeting.key.back"))),
	}
	m.keys.Up, m.keys.Down, m.keys.Edit = listKeys(c, "key.edit")
	return m
}

func (m *meetingPage) Update(msg tea.Msg) reply { return m.handle(msg, m.onKey) }

func (m *meetingPage) onKey(kp tea.KeyPressMsg) reply {
	mt := &m.sess.Meeting
	inv, has := pick(mt.Invitees, &m.cursor)
	switch {
	case moveCursor(kp, m.keys.Up, m.keys.Down, &m.cursor, len(mt.Invitees)):
	case key.Matches(kp, m.keys.Invite):
		return m.openInvite()
	case key.Matches(kp, m.keys.When):
		m.openWhen()
	case key.Matches(kp, m.keys.Outcome):
		m.openOutcome()
	case !has:
	case key.Matches(kp, m.keys.Edit):
		m.openInvitee(inv.PersonID)
	case key.Matches(kp, m.keys.State):
		// The answer cycles in place: invited, coming, not coming.
		v := mt.Invitee(inv.PersonID)
		for i, st := range model.InviteStates {
			if st == v.State {
				v.State = model.InviteStates[(i+1)%len(model.InviteStates)]
				break
			}
		}
		return edited()
	case key.Matches(kp, m.keys.Remove):
		id := inv.PersonID
		return show(newConfirm(m.c, m.c.T("meeting.confirm_remove", m.personName(id)), func() reply {
			if !m.sess.Uninvite(id) {
				return reply{}
			}
			pick(m.sess.Meeting.Invitees, &m.cursor)
			return edited()
		}))
	}
	return reply{}
}

// personName is how an invitee is shown: their name and role.
func (m *meetingPage) personName(id string) string {
	if p := m.sess.Person(id); p != nil {
		return personWithRole(m.c, p)
	}
	return "?"
}

// personWithRole is a person's name with the role, as forms and lists
// of the meeting and the plan show them.
func personWithRole(c *Common, p *model.Person) string {
	label := c.Person(p)
	if p.Role != "" && !c.Privacy {
		label += " · " + p.Role
	}
	return label
}

// openInvite opens the form to invite someone from the map who is not
// invited yet: every ring, also ring 4, as the meeting is where people
// from the past may come back. The household is not offered: it hosts.
func (m *meetingPage) openInvite() reply {
	c := m.c
	var opts []option
	for i := range m.sess.People {
		p := &m.sess.People[i]
		// The household hosts the meeting; the dead cannot come.
		if p.Deceased || p.Household || m.sess.Meeting.Invitee(p.ID) != nil {
			continue
		}
		label := personWithRole(c, p)
		if p.Ring == model.RingNoContact {
			label += " · " + c.T("meeting.ring4")
		}
		opts = append(opts, option{p.ID, label})
	}
	if len(opts) == 0 {
		key := "meeting.no_people"
		if len(m.sess.Meeting.Invitees) > 0 {
			key = "meeting.everyone_invited"
		}
		return show(newNotice(c, c.T(key)))
	}
	f := newForm(c, c.T("meeting.form_invite"))
	f.choice("person", c.T("meeting.field.person"), opts, "").personal()
	m.inviteFields(f, model.Invitee{State: model.InviteInvited})
	m.open(f.onSubmit(func() reply {
		id := f.value("person")
		if err := m.sess.Invite(id, f.value("by"), f.value("reach")); err != nil {
			return reply{}
		}
		m.sess.Meeting.Invitee(id).State = model.InviteState(f.value("state"))
		m.cursor = len(m.sess.Meeting.Invitees) - 1
		return edited()
	}))
	return reply{}
}

// inviteFields adds who invites, how to reach and the answer.
func (m *meetingPage) inviteFields(f *form, v model.Invitee) {
	c := m.c
	f.text("by", c.T("meeting.field.by"), v.InvitedBy, false)
	f.fields[len(f.fields)-1].input.Placeholder = c.T("meeting.field.by_hint")
	f.text("reach", c.T("meeting.field.reach"), v.Reach, false)
	f.fields[len(f.fields)-1].input.Placeholder = c.T("meeting.field.reach_hint")
	f.choice("state", c.T("meeting.field.state"), codeOptions(c, "meeting.state.", model.InviteStates), string(v.State))
}

// openInvitee edits one invitation.
func (m *meetingPage) openInvitee(id string) {
	v := m.sess.Meeting.Invitee(id)
	if v == nil {
		return
	}
	f := newForm(m.c, m.c.T("meeting.form_edit", m.personName(id)))
	f.personalTitle = true
	m.inviteFields(f, *v)
	m.open(f.onSubmit(func() reply {
		v := m.sess.Meeting.Invitee(id)
		if v == nil {
			return reply{}
		}
		v.InvitedBy, v.Reach, v.State = f.value("by"), f.value("reach"), model.InviteState(f.value("state"))
		return edited()
	}))
}

// openWhen edits the date and place.
func (m *meetingPage) openWhen() {
	c, mt := m.c, &m.sess.Meeting
	f := newForm(c, c.T("meeting.form_when"))
	f.text("date", c.T("meeting.field.date"), string(mt.Date), false).validate(checkPlanDate(m.sess))
	f.fields[len(f.fields)-1].input.Placeholder = c.T("field.date_placeholder")
	f.text("place", c.T("meeting.field.place"), mt.Place, false)
	f.fields[len(f.fields)-1].input.Placeholder = c.T("meeting.field.place_hint")
	m.open(f.onSubmit(func() reply {
		mt.Date, mt.Place = model.Date(f.value("date")), f.value("place")
		return edited()
	}))
}

// openOutcome edits what the meeting decided.
func (m *meetingPage) openOutcome() {
	c, mt := m.c, &m.sess.Meeting
	f := newForm(c, c.T("meeting.form_outcome"))
	f.notes("outcome", c.T("meeting.field.outcome"), mt.Outcome)
	m.open(f.onSubmit(func() reply {
		mt.Outcome = f.value("outcome")
		return edited()
	}))
}

func (m *meetingPage) View() string { return m.view(m.draw) }

// draw shows the date and place, the counts, the invitation list as a
// table and the outcome.
func (m *meetingPage) draw() string {
	c, st, mt := m.c, m.c.Styles, &m.sess.Meeting
	w := max(m.width, 20)
	or := func(s string) string {
		if strings.TrimSpace(s) == "" {
			return c.T("meeting.not_set")
		}
		return s
	}
	lines := []string{st.Heading.Render(clip(c.T("meeting.title"), w))}
	lines = append(lines, wrap(c.T("meeting.intro"), w)...)
	lines = append(lines, clip(c.T("meeting.when", or(string(mt.Date)), or(mt.Place)), w))
	n := mt.MeetingCounts()
	lines = append(lines, clip(c.T("meeting.counts", len(mt.Invitees), n[model.InviteComing], n[model.InviteNotComing]), w), "")
	if len(mt.Invitees) == 0 {
		lines = append(lines, wrap(c.T("meeting.empty"), w)...)
	} else {
		// Columns: the name takes what the others leave.
		sw := max(min(14, w/5), 8)
		bw, rw := sw, max(min(24, w/4), 10)
		nw := max(w-2-bw-rw-sw-3, 10)
		head := "  " + pad(c.T("meeting.col.name"), nw) + " " + pad(c.T("meeting.col.by"), bw) + " " +
			pad(c.T("meeting.col.reach"), rw) + " " + c.T("meeting.col.state")
		lines = append(lines, st.Label.Render(clip(head, w)))
		// The list takes what the outcome below leaves: its heading, a
		// blank line and its text, of which at least one line is kept.
		room := max(m.height-len(lines)-2-min(len(m.outcomeLines(w)), 3), 1)
		rows := make([]string, len(mt.Invitees))
		for i, v := range mt.Invitees {
			name := m.personName(v.PersonID)
			if p := m.sess.Person(v.PersonID); p != nil && p.Ring == model.RingNoContact {
				name += " · " + c.T("meeting.ring4")
			}
			row := pad(name, nw) + " " + pad(c.Note(v.InvitedBy), bw) + " " + pad(c.Note(v.Reach), rw) + " " +
				c.T("meeting.state."+string(v.State))
			if i == m.cursor {
				rows[i] = st.Selected.Render(clip("> "+row, w))
			} else {
				rows[i] = clip("  "+row, w)
			}
		}
		lines = append(lines, scrollTo(rows, m.cursor, room)...)
	}
	lines = append(lines, "", st.Label.Render(c.T("meeting.outcome")))
	lines = append(lines, m.outcomeLines(w)...)
	return strings.Join(lines, "\n")
}

// outcomeLines is the outcome under the list, wrapped to w.
func (m *meetingPage) outcomeLines(w int) []string {
	if strings.TrimSpace(m.sess.Meeting.Outcome) == "" {
		return []string{m.c.Styles.Subtle.Render(clip(m.c.T("meeting.no_outcome"), w))}
	}
	return wrap(m.c.Note(m.sess.Meeting.Outcome), w)
}

func (m *meetingPage) ShortHelp() []key.Binding {
	if m.form != nil {
		return m.form.ShortHelp()
	}
	if len(m.sess.Meeting.Invitees) == 0 {
		return []key.Binding{m.keys.Invite, m.keys.When, m.keys.Back}
	}
	return []key.Binding{m.keys.Invite, m.keys.State, m.keys.Edit, m.keys.When, m.keys.Outcome, m.keys.Back}
}

func (m *meetingPage) FullHelp() [][]key.Binding {
	if m.form != nil {
		return m.formHelp()
	}
	return [][]key.Binding{
		{m.keys.Up, m.keys.Down, m.keys.Edit},
		{m.keys.Invite, m.keys.State, m.keys.Remove},
		{m.keys.When, m.keys.Outcome, m.keys.Back},
	}
}
