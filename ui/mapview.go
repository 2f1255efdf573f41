package ui

import (
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"kring/model"
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
		full := p.QualityGlyph() + s.JimMark(p.ID) + ansi.Truncate(c.Person(p), mapNameWidth, "…")
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
	quality                              map[string]ink
}

func newMapInks(st *Styles) *mapInks {
	return &mapInks{
		dots: inkOf(st.Subtle), center: inkOf(st.Heading), sector: inkOf(st.Title),
		warn: inkOf(st.Warning), selected: inkOf(st.Selected),
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

// renderMapRow draws row y of a layout: rings subtle, sector names bold,
// labels coloured by tie quality, the selected person reversed. A row is
// always exactly l.Width cells wide.
func renderMapRow(inks *mapInks, s *model.Session, l circle.Layout, y int, selected string) string {
	type span struct {
		x, w int
		text string
		ink  ink
	}
	var spans []span
	add := func(p circle.Placed, i ink) {
		if p.Text != "" && p.Y == y {
			spans = append(spans, span{p.X, p.W, p.Text, i})
		}
	}
	add(l.Center, inks.center)
	for _, p := range l.Sectors {
		add(p, inks.sector)
	}
	for _, p := range l.Rings {
		add(p, inks.dots)
	}
	for _, p := range l.Labels {
		if p.Y != y {
			continue
		}
		i := inks.quality["normal"]
		if per := s.Person(p.ID); per != nil {
			i = inks.person(per)
		}
		if p.ID == selected {
			i = inks.selected
		}
		add(p, i)
	}
	for _, o := range l.Overflows {
		if o.Placed {
			add(o.Marker, inks.warn)
		}
	}
	// Spans never overlap (the layout's promise); draw them in order.
	sortSpans(spans, func(a, b span) bool { return a.x < b.x })
	var b, dots strings.Builder
	flush := func() {
		if dots.Len() > 0 {
			b.WriteString(inks.dots.wrap(dots.String()))
			dots.Reset()
		}
	}
	grid := func(from, to int) {
		for x := from; x < to; x++ {
			r := l.Grid[y][x]
			if r == 0 {
				r = ' '
			}
			dots.WriteRune(r)
		}
	}
	x := 0
	for _, sp := range spans {
		grid(x, sp.x)
		flush()
		b.WriteString(sp.ink.wrap(sp.text))
		x = sp.x + sp.w
	}
	grid(x, l.Width)
	flush()
	return b.String()
}

// labelRow returns the row of id's label, or -1 when it has none.
func labelRow(l circle.Layout, id string) int {
	for _, p := range l.Labels {
		if p.ID == id {
			return p.Y
		}
	}
	return -1
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
