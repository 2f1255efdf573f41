package ui

import (
	"errors"
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"kring/model"
	"kring/ui/circle"
)

// mapStep is step 2: the circle map drawn live, with the grid view, the
// zoom into one sector, the family sweep and the person and relation
// editors.
type mapStep struct {
	page
	selected string
	mode     mapMode
	zoom     int // sector shown in zoom mode
	sweep    *sweep
	grid     *gridView
	keys     mapKeys
	quick    quickKeys
	// find is open while the coach types a name after "/".
	find *mapFind
	// findEntries are the people folded for the find, as of findEdits.
	findEntries []findEntry
	findEdits   int
	// edits counts the changes to the session, for the cache.
	edits int
	// cache holds the last layout: it only changes when the session, the
	// size or the privacy screen does, not when the selection moves.
	cache    circle.Layout
	cacheKey mapCacheKey
	// rows are the map's rows drawn without a selection, for cacheKey;
	// moving the selection redraws only the rows it leaves and enters.
	rows []string
	inks *mapInks
	// places keeps everyone's place on the map while others come and go.
	places circle.Places
	// canvas is the map without people, kept while its size and texts
	// stay; spans are the cached layout's texts, row by row.
	canvas *circle.Canvas
	spans  [][]mapSpan
	panel  panelCache
	nav    navCache
	// click is the last mouse click on a person (map_mouse.go).
	click mapClick
	// undone is the change u takes back, undoKey its key (map_undo.go).
	undone  mapUndo
	undoKey key.Binding
	// visitMarks is what changed since the visit before (map_visit_marks.go).
	visitMarks visitMarkCache
}

type mapMode int

const (
	modeCircle mapMode = iota
	modeZoom
	modeGrid
)

type mapCacheKey struct {
	edits, w, h int
	privacy     bool
	styles      *Styles
}

type mapKeys struct {
	Left, Right, Up, Down key.Binding
	Edit, Add, Delete     key.Binding
	Zoom, Grid, Sweep     key.Binding
	Relation, Relations   key.Binding
	Jim, Find             key.Binding
}

func newMapStep(c *Common, sess *model.Session) *mapStep {
	m := &mapStep{page: newPage(c, sess)}
	m.keys = mapKeys{
		Left:      key.NewBinding(key.WithKeys("left", "h"), key.WithHelp("←↑↓→/hjkl", c.T("key.move"))),
		Right:     key.NewBinding(key.WithKeys("right", "l")),
		Up:        key.NewBinding(key.WithKeys("up", "k")),
		Down:      key.NewBinding(key.WithKeys("down", "j")),
		Edit:      keyFor(c, "enter", "key.edit"),
		Add:       keyFor(c, "a", "key.add_person"),
		Delete:    keyFor(c, "x", "key.remove"),
		Zoom:      keyFor(c, "z", "key.zoom"),
		Grid:      keyFor(c, "g", "key.grid"),
		Sweep:     keyFor(c, "f", "key.sweep"),
		Relation:  keyFor(c, "r", "key.relation"),
		Relations: keyFor(c, "R", "key.relations"),
		Jim:       keyFor(c, "m", "jim.key.map"),
		Find:      keyFor(c, "/", "key.find"),
	}
	m.quick = newQuickKeys(c)
	m.undoKey = newUndoKey(c)
	if len(sess.People) > 0 {
		m.selected = sess.People[0].ID
	}
	return m
}

func (m *mapStep) SetSize(w, h int) {
	m.page.SetSize(w, h)
	if m.grid != nil {
		m.grid.SetSize(w, h)
	}
}

func (m *mapStep) Typing() bool { return m.form != nil || m.sweep != nil || m.find != nil }

// Back leaves the grid or zoom view for the map; it reports whether esc
// was used so, rather than leaving the workspace.
func (m *mapStep) Back() bool {
	if m.mode == modeCircle {
		return false
	}
	m.mode = modeCircle
	return true
}

// wide says whether a side panel fits next to the map.
func (m *mapStep) wide() bool { return m.width >= 110 }

// sidePanelWidth is the width of the column right of the map: wider on a
// big screen, where the map has room to spare.
func (m *mapStep) sidePanelWidth() int {
	if m.width >= 170 {
		return 40
	}
	return 36
}

// canvasSize is the map's drawing area for the current window.
func (m *mapStep) canvasSize() (int, int) {
	if m.wide() {
		h := m.height
		if m.sweep != nil {
			h -= sweepHeight
		}
		return m.width - m.sidePanelWidth() - 1, max(h, 3)
	}
	h := m.height - 4 // details, legend and two lines of counts
	if m.sweep != nil {
		// The sweep's questions take the place of those four lines.
		h = m.height - sweepHeight
	}
	return m.width, max(h, 3)
}

func (m *mapStep) layout() circle.Layout {
	w, h := m.canvasSize()
	k := mapCacheKey{edits: m.edits, w: w, h: h, privacy: m.c.Privacy, styles: m.c.Styles}
	if k != m.cacheKey {
		items := mapItems(m.c, m.sess)
		m.markVisitChanges(items)
		m.places.Assign(items)
		m.cache = m.canvasFor(w, h).Layout(items)
		m.cacheKey = k
		m.rows = nil
		m.inks = m.inksFor(m.c.Styles)
		m.spans = mapSpans(m.inks, m.sess, m.cache)
	}
	return m.cache
}

// notDrawn counts the people the circle has no room to name: those in a
// "+N" marker and those whose marker found no room either. The zoom and
// the grid show everyone, so there it is zero.
func (m *mapStep) notDrawn() int {
	if m.mode != modeCircle {
		return 0
	}
	n := 0
	for _, o := range m.layout().Overflows {
		n += len(o.IDs)
	}
	return n
}

// glyph is a person's mark on the map: the tie's quality and the JIM mark.
func (m *mapStep) glyph(p *model.Person) string {
	return p.QualityGlyph() + m.sess.JimMark(p.ID)
}

// sessionChanged follows an edit of the session, on this step or another:
// the map is laid out again, and a selection of someone removed moves to
// the first person.
func (m *mapStep) sessionChanged() {
	m.edits++
	if m.sess.Person(m.selected) == nil {
		// Also when nobody was selected: the first names of a sweep on an
		// empty map select the first of them.
		m.selected = ""
		if len(m.sess.People) > 0 {
			m.selected = m.sess.People[0].ID
		}
	}
	if m.grid != nil && m.mode == modeGrid {
		// Every edit, not only a removal: an edit from the grid shows in
		// its row at once.
		m.grid.refresh(m.selected)
	}
}

// nobodyText is what stands where the selected person would: the way to
// start on an empty map, else how to pick someone.
func (m *mapStep) nobodyText() string {
	if len(m.sess.People) == 0 {
		return m.c.T("map.empty")
	}
	return m.c.T("map.none_selected")
}

func (m *mapStep) update(msg tea.Msg) reply {
	switch {
	case m.form != nil:
		return m.updateForm(msg)
	case m.sweep != nil:
		r, done := m.sweep.Update(msg)
		if done {
			m.sweep = nil
		}
		return r
	case m.find != nil:
		return m.updateFind(msg)
	}
	if r, ok := m.mouse(msg); ok {
		return r
	}
	kp, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return reply{}
	}
	if m.mode == modeGrid {
		switch {
		case key.Matches(kp, m.keys.Grid):
			m.mode = modeCircle
			return reply{}
		case key.Matches(kp, m.keys.Edit):
			if id := m.grid.SelectedID(); id != "" {
				m.selected = id
				m.openPerson(m.sess.Person(id))
			}
			return reply{}
		case key.Matches(kp, m.keys.Add), key.Matches(kp, m.keys.Delete), key.Matches(kp, m.keys.Jim):
		default:
			m.grid.Update(kp)
			m.selected = m.grid.SelectedID()
			return reply{}
		}
	}
	if r, ok := m.quickEdit(kp); ok {
		return r
	}
	switch {
	case key.Matches(kp, m.keys.Find):
		if len(m.sess.People) > 0 {
			m.find = newMapFind(m.c, m.selected)
		}
	case key.Matches(kp, m.keys.Left):
		m.move(-1, 0)
	case key.Matches(kp, m.keys.Right):
		m.move(1, 0)
	case key.Matches(kp, m.keys.Up):
		m.move(0, -1)
	case key.Matches(kp, m.keys.Down):
		m.move(0, 1)
	case key.Matches(kp, m.keys.Edit):
		if p := m.sess.Person(m.selected); p != nil {
			m.openPerson(p)
		}
	case key.Matches(kp, m.keys.Add):
		m.openPerson(nil)
	case key.Matches(kp, m.keys.Delete):
		if p := m.sess.Person(m.selected); p != nil {
			return confirmRemovePerson(m.c, m.sess, p.ID, m.c.T("map.confirm_remove", m.c.Person(p)), func() {})
		}
	case key.Matches(kp, m.keys.Zoom):
		if m.mode == modeZoom {
			m.mode = modeCircle
		} else {
			m.mode = modeZoom
			m.zoom = 0
			if p := m.sess.Person(m.selected); p != nil {
				m.zoom = p.Sector.Index()
			}
		}
	case key.Matches(kp, m.keys.Grid):
		m.mode = modeGrid
		m.grid = newGridView(m.c, m.sess, m.selected)
		m.grid.SetSize(m.width, m.height)
	case key.Matches(kp, m.keys.Sweep):
		m.startSweep()
	case key.Matches(kp, m.keys.Relation):
		if p := m.sess.Person(m.selected); p != nil {
			m.openRelation(p)
		}
	case key.Matches(kp, m.keys.Relations):
		if p := m.sess.Person(m.selected); p != nil && len(m.sess.RelationsOf(p.ID)) > 0 {
			d := newRelationsDialog(m.c, m.sess, p.ID)
			d.edit = m.editRelation
			return show(d)
		}
	case key.Matches(kp, m.keys.Jim):
		if p := m.sess.Person(m.selected); p != nil {
			return m.openJim(p)
		}
	}
	return reply{}
}

// startSweep starts the family sweep from its first question.
func (m *mapStep) startSweep() {
	m.form = nil
	m.mode = modeCircle
	m.sweep = newSweep(m.c, m.sess)
	m.sweep.SetWidth(m.width)
}

// move selects another person: on the map by the rule of map_nav.go
// (round the ring, one ring in or out), in zoom mode through the
// sector's list.
func (m *mapStep) move(dx, dy int) {
	if m.mode == modeZoom {
		if dx != 0 {
			m.zoom = (m.zoom + dx + circle.SectorCount) % circle.SectorCount
			if ids := m.zoomIDs(); len(ids) > 0 {
				m.selected = ids[0]
			}
			return
		}
		ids := m.zoomIDs()
		for i, id := range ids {
			if id == m.selected {
				m.selected = ids[max(min(i+dy, len(ids)-1), 0)]
				return
			}
		}
		if len(ids) > 0 {
			m.selected = ids[0]
		}
		return
	}
	m.selected = m.navigate(dx, dy)
}

// zoomIDs lists the people of the zoomed sector, ring by ring.
func (m *mapStep) zoomIDs() []string {
	var ids []string
	for _, r := range model.Rings {
		for _, p := range m.sess.People {
			if p.Sector.Index() == m.zoom && p.Ring == r {
				ids = append(ids, p.ID)
			}
		}
	}
	return ids
}

// openPerson opens the editor of a person, or of a new one (p nil) in
// the selected person's sector.
func (m *mapStep) openPerson(p *model.Person) {
	if p == nil {
		np := model.Person{Sector: model.SectorFamily, Ring: model.RingClose, Adult: true, Quality: model.QualityNormal, Willing: model.WillingNotAsked, Able: model.AnswerUnknown}
		if sel := m.sess.Person(m.selected); sel != nil {
			np.Sector = sel.Sector
		}
		if m.mode == modeZoom {
			np.Sector = model.Sectors[m.zoom]
		}
		np.Household = np.Sector == model.SectorHousehold
		f := personForm(m.c, m.c.T("map.new_person"), np)
		m.open(f.onSubmit(func() reply {
			var p model.Person
			applyPerson(f, &p)
			m.selected = m.sess.AddPerson(p)
			return edited()
		}))
		return
	}
	id := p.ID
	f := personForm(m.c, m.c.T("map.edit_person"), *p)
	m.open(f.onSubmit(func() reply {
		if p := m.sess.Person(id); p != nil {
			applyPerson(f, p)
		}
		return edited()
	}))
}

func (m *mapStep) openRelation(p *model.Person) {
	var others []option
	for _, y := range m.sess.Youths {
		others = append(others, option{y.ID, m.c.Name(y.Name)})
	}
	for i := range m.sess.People {
		if o := &m.sess.People[i]; o.ID != p.ID {
			others = append(others, option{o.ID, m.c.Person(o)})
		}
	}
	if len(others) == 0 {
		return
	}
	id := p.ID
	f := newForm(m.c, m.c.T("map.new_relation", m.c.Person(p)))
	f.personalTitle = true
	f.choice("other", m.c.T("field.relation_with"), others, "").personal().
		choice("kind", m.c.T("field.relation_kind"), codeOptions(m.c, "relation.", model.RelationKinds), string(model.RelationConflict)).
		notes("notes", m.c.T("field.notes"), "")
	m.open(f.onSubmit(func() reply {
		if _, err := m.sess.AddRelation(id, f.value("other"), model.RelationKind(f.value("kind")), f.value("notes")); err != nil {
			f.refuse("other", "map.relation_exists")
			return reply{}
		}
		return edited()
	}))
}

// openJim is the map's key for "this person as JIM candidate": a parent,
// someone who died or someone already named for every youth gets a
// notice and nothing changes; otherwise a form asks for the youth (when
// there are several) and the youth's own words.
func (m *mapStep) openJim(p *model.Person) reply {
	s := m.sess
	notice := func(key string, args ...any) reply {
		return show(newNotice(m.c, m.c.T(key, args...)))
	}
	if len(s.Youths) == 0 {
		return notice("jim.notice.no_youths")
	}
	var open []string
	for _, y := range s.Youths {
		switch err := s.CanBeJim(y.ID, p.ID); {
		case errors.Is(err, model.ErrJimParent):
			return notice("jim.notice.parent", m.c.Person(p))
		case errors.Is(err, model.ErrJimDeceased):
			return notice("jim.notice.deceased", m.c.Person(p))
		case err == nil:
			open = append(open, y.ID)
		}
	}
	if len(open) == 0 {
		names := make([]string, len(s.Youths))
		for i, y := range s.Youths {
			names[i] = m.c.Name(y.Name)
		}
		return notice("jim.notice.duplicate", m.c.Person(p), strings.Join(names, ", "))
	}
	youth := ""
	if len(s.Youths) == 1 {
		youth = s.Youths[0].ID
	}
	id := p.ID
	f := jimAddForm(m.c, s, youth, id)
	m.open(f.onSubmit(func() reply {
		if _, ok := addJimFromForm(m.c, m.sess, f, youth, id); !ok {
			return reply{}
		}
		return edited()
	}))
	return reply{}
}

func (m *mapStep) View() string {
	switch {
	case m.form != nil:
		return m.form.View()
	case m.mode == modeGrid:
		return m.grid.View()
	}
	var main string
	if m.mode == modeZoom {
		w, h := m.canvasSize()
		main = m.zoomView(w, h)
	} else {
		main = m.mapView()
	}
	if m.wide() {
		main = m.withSidePanel(main)
	} else if m.sweep == nil {
		legend := clip(m.legend(), m.width)
		if m.find != nil {
			// The find takes the legend's line while it is open.
			legend = m.findLine(m.width)
		}
		main += "\n" + clip(m.detailLine(), m.width) + "\n" + legend + "\n" + strings.Join(m.countLines(m.width), "\n")
	}
	if m.sweep != nil {
		main += "\n" + m.sweep.View()
	}
	return main
}

func (m *mapStep) zoomView(w, h int) string {
	st := m.c.Styles
	sec := model.Sectors[m.zoom]
	lines := []string{st.Title.Render(m.c.T("map.zoom_title", m.c.T("sector."+string(sec))))}
	for _, r := range model.Rings {
		n := string(rune('0' + r))
		lines = append(lines, st.Heading.Render(n+" "+m.c.T("ring."+n)))
		any := false
		for i := range m.sess.People {
			p := &m.sess.People[i]
			if p.Sector != sec || p.Ring != r {
				continue
			}
			any = true
			text := m.glyph(p) + " " + m.c.Person(p)
			if l := p.Support.Letters(); l != "" {
				text += "  " + l
			}
			if p.Role != "" && !m.c.Privacy {
				text += st.Subtle.Render("  " + p.Role)
			}
			if p.ID == m.selected {
				lines = append(lines, st.Cursor.Render("› ")+st.Selected.Render(clip(text, w-2)))
			} else {
				lines = append(lines, "  "+qualityStyle(st, p).Render(clip(text, w-2)))
			}
		}
		if !any {
			lines = append(lines, "  "+st.Subtle.Render("—"))
		}
	}
	at := 0
	for i, l := range lines {
		if strings.HasPrefix(l, st.Cursor.Render("› ")) {
			at = i
		}
	}
	out := scrollTo(lines, at, h)
	for len(out) < h {
		out = append(out, "")
	}
	return strings.Join(out, "\n")
}

// detailLine describes the selected person in one line.
func (m *mapStep) detailLine() string {
	p := m.sess.Person(m.selected)
	if p == nil {
		return m.c.Styles.Subtle.Render(m.nobodyText())
	}
	parts := []string{m.glyph(p) + " " + m.c.Person(p)}
	if note := m.overflowNote(p.ID); note != "" {
		parts = append(parts, note) // early, so that a narrow window keeps it
	}
	warn := ""
	if len(m.jimWarnings(p)) > 0 {
		// The full text is on step 4 and in the side panel; here a mark
		// where the eye is.
		warn = " " + m.c.Styles.Error.Render("⚠ "+m.c.T("map.jim_rule_broken"))
	}
	if p.Role != "" && !m.c.Privacy {
		parts = append(parts, p.Role)
	}
	parts = append(parts, m.c.T("sector."+string(p.Sector)), m.c.T("map.ring_n", int(p.Ring)), m.c.T("willing."+string(p.Willing)))
	if p.Able != model.AnswerUnknown && p.Able != "" {
		// Shown once known, so that the quick key c shows on a narrow map too.
		parts = append(parts, m.c.T("field.able")+": "+m.c.T("answer."+string(p.Able)))
	}
	if l := p.Support.Letters(); l != "" {
		parts = append(parts, l)
	}
	return m.c.Styles.Heading.Render(parts[0]) + warn + " · " + strings.Join(parts[1:], " · ")
}

// legend dates the map: a session seen more than once by the day of the
// visit shown (an earlier visit opened read-only carries its own day, not
// the day the session was last saved), else by its last change.
func (m *mapStep) legend() string {
	if m.sess.VisitDate != "" {
		return m.c.T("map.legend", string(m.sess.VisitDate))
	}
	return m.c.T("map.legend", m.sess.Updated.In(m.c.Loc).Format("2006-01-02"))
}

// countLines are the counts under the map: sectors and rings, then the
// support kinds, stressful ties and people not yet asked.
func (m *mapStep) countLines(w int) []string {
	cnt := m.sess.Count()
	var secs []string
	for _, s := range model.Sectors {
		secs = append(secs, fmt.Sprintf("%s %d", m.c.T("sector_short."+string(s)), cnt.BySector[s]))
	}
	rings := fmt.Sprintf("%s 1:%d 2:%d 3:%d 4:%d", m.c.T("map.rings"), cnt.ByRing[1], cnt.ByRing[2], cnt.ByRing[3], cnt.ByRing[4])
	sup := fmt.Sprintf("P %d · G %d · A %d · E %d", cnt.BySupport[model.SupportPractical], cnt.BySupport[model.SupportCompany], cnt.BySupport[model.SupportAdvice], cnt.BySupport[model.SupportEmotional])
	line1 := strings.Join(secs, " · ") + " | " + rings
	if l := m.leftLine(); l != "" && w < 110 {
		// Without a side panel who left is named here (map_visit_marks.go).
		line1 = l + " · " + line1
	}
	line2 := m.c.Cat.N("map.counts", cnt.People, sup, cnt.Stressful, cnt.NotAsked)
	if n := m.notDrawn(); n > 0 {
		// First on the line, so that a narrow window does not clip it:
		// nobody is hidden without a word, and the key that shows them.
		line2 = m.c.Cat.N("map.not_drawn", n) + " · " + line2
	}
	if w >= 110 {
		return []string{line1, line2}
	}
	return []string{clip(line1, w), clip(line2, w)}
}

// sidePanel is the column right of the map on a wide window: the
// selected person, their relations, the legend and the counts.
func (m *mapStep) sidePanel() string {
	st := m.c.Styles
	w := m.sidePanelWidth()
	var lines []string
	if m.find != nil {
		lines = append(lines, m.findLine(w), "")
	}
	if p := m.sess.Person(m.selected); p != nil {
		lines = append(lines, st.Heading.Render(clip(m.glyph(p)+" "+m.c.Person(p), w)))
		if note := m.overflowNote(p.ID); note != "" {
			lines = append(lines, st.Warning.Render(clip(note, w)))
		}
		if p.Role != "" && !m.c.Privacy {
			lines = append(lines, clip(p.Role, w))
		}
		lines = append(lines,
			clip(m.c.T("sector."+string(p.Sector))+" · "+m.c.T("map.ring_n", int(p.Ring)), w),
			clip(m.c.T("quality."+string(p.Quality))+" · "+m.c.T("frequency."+orUnknown(string(p.Frequency))), w),
			clip(m.c.T("willing."+string(p.Willing)), w),
			clip(m.c.T("field.able")+": "+m.c.T("answer."+string(p.Able)), w))
		for _, k := range model.SupportKinds {
			if sup := p.Support.Get(k); sup.Level != model.LevelNone {
				lines = append(lines, clip(k.Letter()+" "+m.c.T("level."+string(sup.Level))+" · "+m.c.T("direction."+orUnknown(string(sup.Direction))), w))
			}
		}
		for _, r := range m.sess.RelationsOf(p.ID) {
			other := r.B
			if other == p.ID {
				other = r.A
			}
			name := m.sess.MemberName(other)
			if op := m.sess.Person(other); op != nil {
				name = m.c.Person(op)
			} else {
				name = m.c.Name(name)
			}
			lines = append(lines, clip("↔ "+m.c.T("relation."+string(r.Kind))+": "+name, w))
		}
		for _, warning := range m.jimWarnings(p) {
			for _, l := range wrap("⚠ "+warning, w) {
				lines = append(lines, st.Error.Render(l))
			}
		}
		if p.Notes != "" {
			lines = append(lines, st.Subtle.Render(clip(m.c.Note(strings.ReplaceAll(p.Notes, "\n", " ")), w)))
		}
	} else {
		lines = append(lines, wrap(m.nobodyText(), w)...)
	}
	lines = append(lines, "", st.Heading.Render(m.c.T("map.legend_title")))
	lines = append(lines, wrap(m.legend(), w)...)
	lines = append(lines, "", st.Heading.Render(m.c.T("map.counts_title")))
	for _, l := range m.countLines(1000) {
		lines = append(lines, wrap(strings.ReplaceAll(l, " | ", " · "), w)...)
	}
	lines = append(lines, m.visitPanelLines(w)...)
	return strings.Join(lines, "\n")
}

func (m *mapStep) ShortHelp() []key.Binding {
	switch {
	case m.form != nil:
		return m.form.ShortHelp()
	case m.sweep != nil:
		return m.sweep.ShortHelp()
	case m.find != nil:
		return m.find.ShortHelp()
	case m.mode == modeGrid:
		return append(m.grid.ShortHelp(), m.keys.Edit, m.keys.Grid)
	}
	if m.sess.Person(m.selected) == nil {
		// Nobody to edit: the keys to start with.
		return []key.Binding{m.keys.Add, m.keys.Sweep}
	}
	return m.withUndo([]key.Binding{m.keys.Left, m.keys.Edit, m.quick.Summary, m.keys.Find, m.keys.Add, m.keys.Sweep, m.keys.Jim, m.keys.Zoom, m.keys.Grid})
}

func (m *mapStep) FullHelp() [][]key.Binding {
	if m.form != nil {
		return m.formHelp()
	}
	return append([][]key.Binding{
		{m.keys.Left, m.keys.Edit, m.keys.Add, m.keys.Delete},
		{m.keys.Sweep, m.keys.Relation, m.keys.Relations, m.keys.Jim},
		{m.keys.Zoom, m.keys.Grid, m.keys.Find},
	}, append(m.quick.quickHelp(), []key.Binding{m.undoKey}, mouseHelp(m.c))...)
}
