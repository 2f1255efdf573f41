package ui

import (
	"strings"

	"kring/model"
	"kring/ui/circle"
)

// On a follow-up visit the map itself shows what changed since the visit
// before: a mark before each name (↑ came closer, ↓ moved out, + joined),
// and the people who left named under the counts, since they are no
// longer on the map to carry a mark.

// visitMarkCache is the diff against the visit before, as of an edit
// count: it is made again on an edit, never per frame, so that moving
// the selection stays as cheap as before.
type visitMarkCache struct {
	edits int
	sess  *model.Session
	made  bool
	// marks holds each marked person's mark by id; left and since are
	// the people no longer on the map and the date of the visit before.
	marks map[string]string
	left  []model.PersonRef
	since model.Date
}

// visitChanges returns the changes since the visit before the open one,
// made once per edit; with no earlier visit there are none.
func (m *mapStep) visitChanges() *visitMarkCache {
	c := &m.visitMarks
	if c.made && c.edits == m.edits && c.sess == m.sess {
		return c
	}
	*c = visitMarkCache{edits: m.edits, sess: m.sess, made: true}
	if len(m.sess.Visits) == 0 {
		return c
	}
	// The visit before, read in place: DiffVisits only reads it, so the
	// copy that VisitSession makes (all of its people) is not needed.
	v := &m.sess.Visits[len(m.sess.Visits)-1]
	prev := &model.Session{VisitDate: v.Date, People: v.State.People, Jim: v.State.Jim, Agreements: v.State.Agreements}
	d := model.DiffVisits(prev, m.sess)
	c.marks = make(map[string]string, len(d.Joined)+len(d.Moved))
	for _, p := range d.Joined {
		c.marks[p.ID] = "+"
	}
	for _, mv := range d.Moved {
		c.marks[mv.ID] = "↓"
		if mv.Closer() {
			c.marks[mv.ID] = "↑"
		}
	}
	c.left, c.since = d.Left, d.FromDate
	return c
}

// markVisitChanges puts each changed person's mark before the name in
// every label text of the layout's items (after the tie's glyph and the
// JIM mark, so the glyph keeps its place at the label's start).
func (m *mapStep) markVisitChanges(items []circle.Item) {
	c := m.visitChanges()
	if len(c.marks) == 0 {
		return
	}
	for i := range items {
		mark, ok := c.marks[items[i].ID]
		if !ok {
			continue
		}
		p := &m.sess.People[i] // the items are the session's people, in order
		glyph := m.glyph(p)
		labels := make([]string, len(items[i].Labels))
		for j, l := range items[i].Labels {
			labels[j] = glyph + mark + strings.TrimPrefix(l, glyph)
		}
		items[i].Labels = labels
	}
}

// leftLine names the people who left since the visit before, for the
// counts in the side panel; "" when nobody did.
func (m *mapStep) leftLine() string {
	c := m.visitChanges()
	if len(c.left) == 0 {
		return ""
	}
	names := make([]string, len(c.left))
	for i, p := range c.left {
		names[i] = m.c.Person(&model.Person{Name: p.Name, Role: p.Role})
	}
	return m.c.T("map.left_since", string(c.since), strings.Join(names, ", "))
}

// visitPanelLines are the side panel's lines on a follow-up visit: who
// left, and what the marks on the map mean; none when nothing is marked.
func (m *mapStep) visitPanelLines(w int) []string {
	c := m.visitChanges()
	var lines []string
	if l := m.leftLine(); l != "" {
		lines = append(lines, wrap(l, w)...)
	}
	if len(c.marks) > 0 || len(c.left) > 0 {
		for _, l := range wrap(m.c.T("compare.marks"), w) {
			lines = append(lines, m.c.Styles.Subtle.Render(l))
		}
	}
	return lines
}
