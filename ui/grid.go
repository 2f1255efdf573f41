package ui

import (
	"cmp"
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"kring/model"
)

// gridView is the Social Network Map grid: one row per person with the
// sector, ring, support levels with direction, contact frequency, how
// long known, tie quality and willingness; sortable by column.
type gridView struct {
	c       *Common
	sess    *model.Session
	rows    [][]string
	ids     []string
	cursor  int
	sortBy  int
	reverse bool
	width   int
	height  int
	keys    gridKeys
}

type gridKeys struct {
	Sort, Reverse          key.Binding
	Up, Down, PgUp, PgDown key.Binding
	Home, End              key.Binding
}

// gridColumn is one column: its title key, its width (0 = the rest) and
// how to read it from a person (text shown, key to sort by).
type gridColumn struct {
	title string
	width int
	cell  func(c *Common, p *model.Person) string
	sort  func(p *model.Person) string
}

func gridColumns() []gridColumn {
	support := func(k model.SupportKind) gridColumn {
		return gridColumn{k.Letter(), 3, func(c *Common, p *model.Person) string {
			s := p.Support.Get(k)
			if s.Level == model.LevelNone {
				return "-"
			}
			return c.T("grid.level."+string(s.Level)) + mark(arrows, s.Direction, "")
		}, func(p *model.Person) string { return rankLevel(p.Support.Get(k).Level) }}
	}
	return []gridColumn{
		{"grid.name", 0, func(c *Common, p *model.Person) string { return c.Person(p) }, func(p *model.Person) string { return strings.ToLower(p.Name) }},
		{"grid.sector", 9, func(c *Common, p *model.Person) string { return c.T("sector_short." + string(p.Sector)) }, func(p *model.Person) string { return string(rune('0' + p.Sector.Index())) }},
		{"grid.ring", 4, func(_ *Common, p *model.Person) string { return string(rune('0' + p.Ring)) }, func(p *model.Person) string { return string(rune('0' + p.Ring)) }},
		support(model.SupportPractical), support(model.SupportCompany), support(model.SupportAdvice), support(model.SupportEmotional),
		{"grid.frequency", 8, func(c *Common, p *model.Person) string { return c.T("frequency." + orUnknown(string(p.Frequency))) }, func(p *model.Person) string { return rankCode(p.Frequency, model.Frequencies) }},
		{"grid.known_for", 6, func(c *Common, p *model.Person) string { return c.T("known_short." + orUnknown(string(p.KnownFor))) }, func(p *model.Person) string { return rankCode(p.KnownFor, model.KnownFors) }},
		{"grid.quality", 8, func(c *Common, p *model.Person) string { return c.T("quality." + string(p.Quality)) }, func(p *model.Person) string { return rankCode(p.Quality, model.Qualities) }},
		{"grid.willing", 9, func(c *Common, p *model.Person) string { return c.T("willing." + string(p.Willing)) }, func(p *model.Person) string { return rankCode(p.Willing, model.Willings) }},
	}
}

func rankLevel(l model.Level) string { return rankCode(l, model.Levels) }

func rankCode[T comparable](v T, all []T) string {
	for i, a := range all {
		if a == v {
			return string(rune('a' + i))
		}
	}
	return "z"
}

func newGridView(c *Common, sess *model.Session, selected string) *gridView {
	g := &gridView{c: c, sess: sess}
	g.keys = gridKeys{
		Sort:    key.NewBinding(key.WithKeys("s"), key.WithHelp("s", c.T("key.sort"))),
		Reverse: key.NewBinding(key.WithKeys("S"), key.WithHelp("S", c.T("key.reverse"))),
		Up:      key.NewBinding(key.WithKeys("up", "k")),
		Down:    key.NewBinding(key.WithKeys("down", "j")),
		PgUp:    key.NewBinding(key.WithKeys("pgup")),
		PgDown:  key.NewBinding(key.WithKeys("pgdown")),
		Home:    key.NewBinding(key.WithKeys("home", "g")),
		End:     key.NewBinding(key.WithKeys("end", "G")),
	}
	g.refresh(selected)
	return g
}

// refresh rebuilds the rows from the session, keeping the selection.
func (g *gridView) refresh(selected string) {
	cols := gridColumns()
	people := make([]*model.Person, len(g.sess.People))
	for i := range g.sess.People {
		people[i] = &g.sess.People[i]
	}
	by := cols[g.sortBy].sort
	slices.SortStableFunc(people, func(a, b *model.Person) int {
		r := cmp.Compare(by(a), by(b))
		if g.reverse {
			r = -r
		}
		return r
	})
	g.rows = make([][]string, len(people))
	g.ids = make([]string, len(people))
	g.cursor = 0
	for i, p := range people {
		row := make([]string, len(cols))
		for j, col := range cols {
			row[j] = col.cell(g.c, p)
		}
		g.rows[i] = row
		g.ids[i] = p.ID
		if p.ID == selected {
			g.cursor = i
		}
	}
}

// widths gives each column its width; the name takes what is left.
func (g *gridView) widths() []int {
	cols := gridColumns()
	fixed := 0
	for _, col := range cols {
		fixed += col.width + 1
	}
	ws := make([]int, len(cols))
	for i, col := range cols {
		ws[i] = col.width
		if ws[i] == 0 {
			ws[i] = max(g.width-fixed-1, 6)
		}
	}
	return ws
}

// SetSize sets the grid's block, title line included.
func (g *gridView) SetSize(w, h int) { g.width, g.height = w, h }

// SelectedID is the person on the selected row.
func (g *gridView) SelectedID() string {
	if g.cursor >= 0 && g.cursor < len(g.ids) {
		return g.ids[g.cursor]
	}
	return ""
}

func (g *gridView) Update(msg tea.KeyPressMsg) {
	page := max(g.height-3, 1)
	switch {
	case key.Matches(msg, g.keys.Sort):
		g.sortBy = (g.sortBy + 1) % len(gridColumns())
		g.refresh(g.SelectedID())
	case key.Matches(msg, g.keys.Reverse):
		g.reverse = !g.reverse
		g.refresh(g.SelectedID())
	case key.Matches(msg, g.keys.Up):
		g.cursor--
	case key.Matches(msg, g.keys.Down):
		g.cursor++
	case key.Matches(msg, g.keys.PgUp):
		g.cursor -= page
	case key.Matches(msg, g.keys.PgDown):
		g.cursor += page
	case key.Matches(msg, g.keys.Home):
		g.cursor = 0
	case key.Matches(msg, g.keys.End):
		g.cursor = len(g.rows) - 1
	}
	g.cursor = max(min(g.cursor, len(g.rows)-1), 0)
}

// View draws the title, the header and the rows that fit, scrolled so
// that the selected row is in view. (The grid draws its own rows: the
// bubbles table keeps a scroll offset that makes the same state look
// different after a resize.)
func (g *gridView) View() string {
	st := g.c.Styles
	cols := gridColumns()
	ws := g.widths()
	head := st.Title.Render(g.c.T("grid.title")) + st.Subtle.Render("  "+g.c.T("grid.sorted", g.c.T(cols[g.sortBy].title)))
	line := func(cells []string) string {
		var b strings.Builder
		for i, c := range cells {
			b.WriteString(pad(c, ws[i]) + " ")
		}
		return b.String()
	}
	titles := make([]string, len(cols))
	for i, col := range cols {
		titles[i] = col.title
		if len([]rune(col.title)) > 1 {
			titles[i] = g.c.T(col.title)
		}
		if i == g.sortBy {
			titles[i] = clip(titles[i], max(ws[i]-1, 1)) + map[bool]string{false: "↑", true: "↓"}[g.reverse]
		}
	}
	rows := make([]string, len(g.rows))
	for i, r := range g.rows {
		if i == g.cursor {
			rows[i] = st.Selected.Render(line(r))
		} else {
			rows[i] = line(r)
		}
	}
	body := scrollTo(rows, g.cursor, max(g.height-2, 1))
	return head + "\n" + st.Heading.Render(line(titles)) + "\n" + strings.Join(body, "\n")
}

func (g *gridView) ShortHelp() []key.Binding { return []key.Binding{g.keys.Sort, g.keys.Reverse} }
