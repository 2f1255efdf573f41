package ui

import (
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"kring/model"
	"kring/ui/cellwidth"
	"kring/ui/circle"
)

// mapNameWidth is the most of a name the map shows: on a wide map a name
// of about 24 columns is shown whole.
const mapNameWidth = 24

// mapItems turns the session's people into layout items with label texts
// from long to short: glyph, name and support letters, then glyph and
// name (which the layout cuts to its place when even that is too long).
func mapItems(c *Common, s *model.Session) []circle.Item {
	items := make([]circle.Item, len(s.People))
	for i := range s.People {
		p := &s.People[i]
		name := c.Person(p)
		if cellwidth.Of(name) > mapNameWidth {
			name = ansi.Truncate(name, mapNameWidth, "…")
		}
		full := p.QualityGlyph() + s.JimMark(p.ID) + name
		labels := []string{full}
		if letters := p.Support.Letters(); letters != "" {
			labels = []string{full + " " + letters, full}
		}
		items[i] = circle.Item{ID: p.ID, Sector: p.Sector.Index(), Ring: int(p.Ring), Labels: labels}
	}
	return items
}

// mapConfig builds the layout's configuration for a canvas.
func mapConfig(c *Common, s *model.Session, w, h int) circle.Config {
	cfg := circle.Config{Width: w, Height: h}
	names := make([]string, len(s.Youths))
	for i, y := range s.Youths {
		names[i] = c.Name(y.Name)
	}
	cfg.Center = strings.Join(names, " · ")
	if cfg.Center == "" {
		cfg.Center = c.T("map.no_youths")
	}
	for i, sec := range model.Sectors {
		cfg.SectorLabels[i] = c.T("sector." + string(sec))
	}
	return cfg
}

// ink is a style reduced to the escape sequences before and after its
// text. The map draws hundreds of short runs; lipgloss would measure each
// one, and these styles (colour, bold, reverse) need no measuring.
type ink struct{ pre, post string }

func inkOf(s lipgloss.Style) ink {
	const mark = "\uE000"
	r := s.Render(mark)
	pre, post, ok := strings.Cut(r, mark)
	if !ok {
		return ink{}
	}
	return ink{pre, post}
}

func (i ink) wrap(text string) string { return i.pre + text + i.post }

// mapInks are the inks of the map, made once per set of styles.
type mapInks struct {
	dots, center, sector, warn, selected ink
	// related and conflict mark the selected person's relations.
	related, conflict ink
	quality           map[string]ink
	styles            *Styles // what they were made from
}

// inksFor returns the map's inks for a set of styles, made once.
func (m *mapStep) inksFor(st *Styles) *mapInks {
	if m.inks == nil || m.inks.styles != st {
		m.inks = newMapInks(st)
	}
	return m.inks
}

func newMapInks(st *Styles) *mapInks {
	return &mapInks{styles: st,
		dots: inkOf(st.Subtle), center: inkOf(st.Heading), sector: inkOf(st.Title),
		warn: inkOf(st.Warning), selected: inkOf(st.Selected),
		related: inkOf(st.Heading.Underline(true)), conflict: inkOf(st.Error.Underline(true)),
		quality: map[string]ink{
			"deceased": inkOf(st.Subtle), "strong": inkOf(st.OK), "stressful": inkOf(st.Error),
			"weak": inkOf(st.Subtle), "normal": inkOf(st.Value),
		},
	}
}

func (k *mapInks) person(p *model.Person) ink {
	if p.Deceased {
		return k.quality["deceased"]
	}
	if i, ok := k.quality[string(p.Quality)]; ok {
		return i
	}
	return k.quality["normal"]
}

// canvasFor is the map's canvas for a size, made anew only when the size
// or its fixed texts (the youths' names, the sector names) change.
func (m *mapStep) canvasFor(w, h int) *circle.Canvas {
	cfg := mapConfig(m.c, m.sess, w, h)
	if m.canvas == nil || m.canvas.Config() != cfg {
		m.canvas = circle.NewCanvas(cfg)
	}
	return m.canvas
}

// mapSpan is one text on a row of the map, with its ink; id is the
// person's, for a label.
type mapSpan struct {
	x, w     int
	text, id string
	ink      ink
}

// mapSpans sorts a layout's texts into rows, left to right, each with its
// ink: done once per layout, so that a selection move redraws a row
// without looking anyone up.
func mapSpans(inks *mapInks, s *model.Session, l circle.Layout) [][]mapSpan {
	rows := make([][]mapSpan, l.Height)
	add := func(p circle.Placed, id string, i ink) {
		if p.Text != "" && p.Y >= 0 && p.Y < l.Height {
			rows[p.Y] = append(rows[p.Y], mapSpan{p.X, p.W, p.Text, id, i})
		}
	}
	add(l.Center, "", inks.center)
	for _, p := range l.Sectors {
		add(p, "", inks.sector)
	}
	for _, p := range l.Rings {
		add(p, "", inks.dots)
	}
	for _, p := range l.Labels {
		i := inks.quality["normal"]
		// The layout's items are the session's people, in order.
		if p.Item < len(s.People) && s.People[p.Item].ID == p.ID {
			i = inks.person(&s.People[p.Item])
		}
		add(p, p.ID, i)
	}
	for _, o := range l.Overflows {
		if o.Placed {
			add(o.Marker, "", inks.warn)
		}
	}
	for _, r := range rows {
		// Spans never overlap (the layout's promise); draw them in order.
		sortSpans(r, func(a, b mapSpan) bool { return a.x < b.x })
	}
	return rows
}

// renderMapRow draws row y of a layout: rings subtle, sector names bold,
// labels coloured by tie quality, and the people in marked in their
// mark's ink (the selected person reversed). A row is always exactly
// l.Width cells wide.
func renderMapRow(inks *mapInks, l circle.Layout, y int, spans []mapSpan, marked map[string]ink) string {
	var b strings.Builder
	text, offs := l.GridText[y], l.GridOffsets[y]
	b.Grow(len(text) + len(spans)*32)
	grid := func(from, to int) {
		if from < to {
			b.WriteString(inks.dots.pre)
			b.WriteString(text[offs[from]:offs[to]])
			b.WriteString(inks.dots.post)
		}
	}
	x := 0
	for _, sp := range spans {
		grid(x, sp.x)
		i := sp.ink
		if mi, ok := marked[sp.id]; ok && sp.id != "" {
			i = mi
		}
		b.WriteString(i.wrap(sp.text))
		x = sp.x + sp.w
	}
	grid(x, l.Width)
	return b.String()
}

// mapView draws the map with the selection from the cached rows. Only
// the rows of the selected person and of the people they have a relation
// with are drawn again: the selected person reversed, the others
// underlined (a conflict in the error colour), so that the selected
// person's relations show on the map itself.
func (m *mapStep) mapView() string {
	l := m.layout()
	if m.rows == nil {
		m.rows = make([]string, l.Height)
		for y := range m.rows {
			m.rows[y] = renderMapRow(m.inks, l, y, m.spans[y], nil)
		}
	}
	if m.selected == "" {
		return strings.Join(m.rows, "\n")
	}
	marked := map[string]ink{m.selected: m.inks.selected}
	for _, r := range m.sess.RelationsOf(m.selected) {
		other := r.B
		if other == m.selected {
			other = r.A
		}
		marked[other] = m.inks.related
		if r.Kind == model.RelationConflict {
			marked[other] = m.inks.conflict
		}
	}
	rows := m.rows
	copied := false
	for _, p := range l.Labels {
		if _, ok := marked[p.ID]; !ok {
			continue
		}
		if !copied {
			rows, copied = append([]string(nil), m.rows...), true
		}
		rows[p.Y] = renderMapRow(m.inks, l, p.Y, m.spans[p.Y], marked)
	}
	return strings.Join(rows, "\n")
}

func qualityStyle(st *Styles, p *model.Person) lipgloss.Style {
	switch {
	case p.Deceased:
		return st.Subtle
	case p.Quality == model.QualityStrong:
		return st.OK
	case p.Quality == model.QualityStressful:
		return st.Error
	case p.Quality == model.QualityWeak:
		return st.Subtle
	}
	return st.Value
}

// sortSpans is an insertion sort: a row holds a handful of spans.
func sortSpans[T any](s []T, less func(a, b T) bool) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && less(s[j], s[j-1]); j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

// panelCache is the side panel as last drawn, with what it was drawn for.
type panelCache struct {
	key   panelKey
	lines []string
}

type panelKey struct {
	selected        string
	edits, w, h     int
	privacy, circle bool
	styles          *Styles
}

// withSidePanel puts the side panel right of the map. The map's own rows
// are exactly as wide as its canvas and are not measured again; the
// panel is drawn again only when the selection, the session or the size
// changes (always while the find is open, as it shows the typing).
func (m *mapStep) withSidePanel(main string) string {
	lw, rw := m.width-m.sidePanelWidth()-1, m.sidePanelWidth()
	k := panelKey{m.selected, m.edits, m.width, m.height, m.c.Privacy, m.mode == modeCircle, m.c.Styles}
	if m.find != nil || k != m.panel.key || m.panel.lines == nil {
		lines := strings.Split(m.sidePanel(), "\n")
		for i, l := range lines {
			lines[i] = clip(l, rw)
		}
		m.panel = panelCache{k, lines}
		if m.find != nil {
			m.panel.key = panelKey{}
		}
	}
	if m.mode != modeCircle {
		return joinColumns(main, strings.Join(m.panel.lines, "\n"), lw, rw)
	}
	left := strings.Split(main, "\n")
	var b strings.Builder
	b.Grow(len(main) + len(left)*(rw+2))
	for i := range max(len(left), len(m.panel.lines)) {
		if i > 0 {
			b.WriteByte('\n')
		}
		if i < len(left) {
			b.WriteString(left[i])
		} else {
			b.WriteString(strings.Repeat(" ", lw))
		}
		b.WriteByte(' ')
		if i < len(m.panel.lines) {
			b.WriteString(m.panel.lines[i])
		}
	}
	return b.String()
}
