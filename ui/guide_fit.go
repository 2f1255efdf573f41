package ui

import (
	"strconv"

	"kring/model"
)

// The guide gives way to the map in a short window (issue 11). Under the
// map of an 80x24 laptop the full guide took seven rows, and the map
// kept room for two of eighteen people. Where the step needs its room
// the guide then shrinks to one row: the first question of the step and
// the key that opens the whole guide.

const (
	// guideShortHeight is the rows of the guide's one-row form.
	guideShortHeight = 1
	// stepRoomRows is the least a step that needs its room keeps under
	// the full guide; with fewer the guide takes its one-row form. The
	// map step spends four rows on the selected person, the legend and
	// the counts, so this leaves the circle sixteen rows.
	stepRoomRows = 20
)

// short says the guide under the step takes its one-row form in a body h
// rows high: the step needs its room (roomy), the full guide would leave
// it fewer than stepRoomRows, and the coach has not asked for the whole
// guide.
func (g *workspaceGuide) short(h int, roomy bool) bool {
	return g.on && !g.full && roomy && h-guideHeight(h) < stepRoomRows
}

// shortNow says the guide shows its one-row form now.
func (w *workspace) shortNow() bool {
	return !w.guide.side(w.width) && w.guide.short(w.guideBodyHeight(), w.needsRoom())
}

// guideBodyHeight is the rows the guide and the step share.
func (w *workspace) guideBodyHeight() int {
	h := max(w.height-headerHeight, 1)
	if w.guide.present {
		h--
	}
	return h
}

// needsRoom says the step on screen needs its room more than the guide
// does: the map, whose circle draws fewer people in fewer rows.
func (w *workspace) needsRoom() bool { return w.current() == step(w.network) }

// guideShort is the guide in one row of w cells: its title, the step's
// first question (cut to fit) and the key that opens the whole guide.
func guideShort(c *Common, s *model.Session, stepN, w int) string {
	st := c.Styles
	title, more := c.T("guide.short_title"), c.T("guide.short_more")
	q := ""
	if qs := guideQuestions(c, s, stepN); len(qs) > 0 {
		q = qs[0]
	} else {
		q = c.T("guide." + strconv.Itoa(stepN) + ".principle")
	}
	room := w - cells(title) - cells(more) - 5 // " · " and "  "
	if room < 8 {
		return st.Subtle.Render(clip(title+" · "+more, w))
	}
	return st.Heading.Render(title) + st.Subtle.Render(" · ") + clip(q, room) + st.Subtle.Render("  "+more)
}
