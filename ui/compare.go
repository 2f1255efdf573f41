package ui

import (
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"kring/model"
	"kring/ui/report"
)

// compareView shows what changed between two visits (C in the
// workspace): by default the last two. The list says it in plain words
// for the family, each line with its mark (↑ closer, ↓ further away, +
// joined or more, − gone or less); on a wide window the map of the later
// visit stands beside it, ring by ring, everyone with their mark.
type compareView struct {
	c        *Common
	sess     *model.Session
	from, to int // visit numbers, from < to
	scroll   int
	keys     struct{ From, FromNext, To, ToNext, Up, Down key.Binding }
}

func newCompareView(c *Common, sess *model.Session) *compareView {
	n := sess.VisitCount()
	v := &compareView{c: c, sess: sess, from: max(n-1, 1), to: n}
	v.keys.From = key.NewBinding(key.WithKeys("left", "h"), key.WithHelp("←/→", c.T("compare.key.from")))
	v.keys.FromNext = key.NewBinding(key.WithKeys("right", "l"))
	v.keys.To = key.NewBinding(key.WithKeys("["), key.WithHelp("[/]", c.T("compare.key.to")))
	v.keys.ToNext = key.NewBinding(key.WithKeys("]"))
	v.keys.Up = key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/↓", c.T("key.scroll")))
	v.keys.Down = key.NewBinding(key.WithKeys("down", "j"))
	return v
}

func (v *compareView) Update(kp tea.KeyPressMsg) {
	n := v.sess.VisitCount()
	switch {
	case key.Matches(kp, v.keys.From):
		v.from = max(v.from-1, 1)
	case key.Matches(kp, v.keys.FromNext):
		v.from = min(v.from+1, v.to-1)
	case key.Matches(kp, v.keys.To):
		v.to = max(v.to-1, v.from+1)
	case key.Matches(kp, v.keys.ToNext):
		v.to = min(v.to+1, n)
	case key.Matches(kp, v.keys.Up):
		v.scroll = max(v.scroll-1, 0)
	case key.Matches(kp, v.keys.Down):
		v.scroll++
	}
}

// sessions returns the two visits compared, or false if either is gone.
func (v *compareView) sessions() (a, b *model.Session, ok bool) {
	a, errA := v.sess.VisitSession(v.from)
	b, errB := v.sess.VisitSession(v.to)
	return a, b, errA == nil && errB == nil
}

// namer shows a person as the screen does: a name, or with the privacy
// screen on a role or initials.
func (v *compareView) namer(r model.PersonRef) string {
	return v.c.Person(&model.Person{Name: r.Name, Role: r.Role})
}

func (v *compareView) View(w, h int) string {
	st := v.c.Styles
	a, b, ok := v.sessions()
	if !ok {
		return ""
	}
	d := model.DiffVisits(a, b)
	head := []string{
		st.Title.Render(clip(v.c.T("compare.title", string(d.FromDate)), w)),
		st.Subtle.Render(clip(v.c.T("compare.visits", v.from, string(d.FromDate), v.to, string(d.ToDate)), w)),
		"",
	}
	youth := func(id string) string { return v.c.Name(b.MemberName(id)) }
	var list []string
	for _, ch := range report.ChangeLines(v.c.Cat, d, v.namer, youth) {
		list = append(list, changeLine(st, ch))
	}
	list = append(list, "", st.Subtle.Render(v.c.T("compare.marks")))
	bodyH := max(h-len(head), 1)
	if w < 110 {
		return strings.Join(append(head, v.window(list, w, bodyH)...), "\n")
	}
	side := 40
	left := strings.Join(v.window(list, w-side-1, bodyH), "\n")
	col := v.mapColumn(b, d, side)
	right := strings.Join(col[:min(len(col), bodyH)], "\n")
	return strings.Join(head, "\n") + "\n" + joinColumns(left, right, w-side-1, side)
}

// window clips the lines to the width and shows h of them from the
// scroll position, which it keeps within the list.
func (v *compareView) window(lines []string, w, h int) []string {
	v.scroll = min(v.scroll, max(len(lines)-h, 0))
	out := lines[v.scroll:]
	if len(out) > h {
		out = out[:h]
	}
	clipped := make([]string, len(out))
	for i, l := range out {
		clipped[i] = clip(l, w)
	}
	return clipped
}

// changeLine draws one change with its mark in the colour of its kind.
func changeLine(st *Styles, ch report.Change) string {
	mark := ch.Mark
	switch mark {
	case "+", "↑":
		mark = st.Heading.Render(mark)
	case "−", "↓":
		mark = st.Warning.Render(mark)
	case "":
		mark = " "
	}
	return mark + " " + ch.Text
}

// mapColumn is the later visit's map as a list, ring by ring, each person
// with their mark, and under it who is no longer on the map.
func (v *compareView) mapColumn(b *model.Session, d model.VisitDiff, w int) []string {
	st := v.c.Styles
	marks := map[string]string{}
	for _, p := range d.Joined {
		marks[p.ID] = "+"
	}
	for _, m := range d.Moved {
		if m.Closer() {
			marks[m.ID] = "↑"
		} else {
			marks[m.ID] = "↓"
		}
	}
	lines := []string{st.Heading.Render(clip(v.c.T("compare.map_title"), w))}
	for _, r := range model.Rings {
		n := strconv.Itoa(int(r))
		lines = append(lines, st.Subtle.Render(clip(n+" "+v.c.T("ring."+n), w)))
		for i := range b.People {
			p := &b.People[i]
			if p.Ring != r {
				continue
			}
			mark := marks[p.ID]
			if mark == "" {
				mark = " "
			}
			lines = append(lines, clip(" "+mark+" "+v.c.Person(p), w))
		}
	}
	if len(d.Left) > 0 {
		lines = append(lines, st.Subtle.Render(clip(v.c.T("compare.gone"), w)))
		for _, p := range d.Left {
			lines = append(lines, clip(" − "+v.namer(p), w))
		}
	}
	return lines
}

func (v *compareView) ShortHelp() []key.Binding {
	return []key.Binding{v.keys.From, v.keys.To, v.keys.Up}
}
