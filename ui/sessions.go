package ui

import (
	"fmt"
	"io"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/list"
	"charm.land/bubbles/v2/paginator"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"kring/model"
)

// sessionsScreen lists the intake sessions: "/" filters, n starts a new
// one (asking the family label first), enter opens, d deletes after a
// confirmation that names the session.
type sessionsScreen struct {
	c      *Common
	list   list.Model
	loaded bool
	adding bool
	label  textinput.Model
	width  int
	height int
	keys   sessionKeys
}

type sessionKeys struct {
	New    key.Binding
	Open   key.Binding
	Delete key.Binding
	Filter key.Binding
	Up     key.Binding
	Down   key.Binding
	Create key.Binding
	Cancel key.Binding
	Backup key.Binding // handled by the App (backup.go)
}

// sessionItem is one row of the list.
type sessionItem struct{ sum model.Summary }

// FilterValue lets "/" find a session by family label or a youth's name.
func (i sessionItem) FilterValue() string {
	return i.sum.Label + " " + strings.Join(i.sum.Youths, " ")
}

func newSessionsScreen(c *Common) *sessionsScreen {
	s := &sessionsScreen{c: c}
	s.keys = sessionKeys{
		New:    key.NewBinding(key.WithKeys("n"), key.WithHelp("n", c.T("key.new_session"))),
		Open:   key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", c.T("key.open"))),
		Delete: key.NewBinding(key.WithKeys("d"), key.WithHelp("d", c.T("key.delete"))),
		Filter: key.NewBinding(key.WithKeys("/"), key.WithHelp("/", c.T("key.filter"))),
		Up:     key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", c.T("key.up"))),
		Down:   key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", c.T("key.down"))),
		Create: key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", c.T("key.create"))),
		Cancel: key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", c.T("key.cancel"))),
		Backup: newBackupKey(c),
	}
	l := list.New(nil, sessionDelegate{c: c}, 0, 0)
	l.SetShowTitle(false)
	l.SetShowStatusBar(false)
	l.SetShowHelp(false)
	l.DisableQuitKeybindings()
	l.FilterInput.Prompt = c.T("sessions.filter_prompt")
	s.list = l

	in := textinput.New()
	in.Prompt = ""
	in.CharLimit = model.MaxNameLen
	in.SetVirtualCursor(true)
	in.Placeholder = c.T("sessions.label_placeholder")
	s.label = in
	s.restyle()
	return s
}

// restyle follows a change of background or colour setting. With
// NO_COLOR the list keeps its layout (padding) but loses every colour.
func (s *sessionsScreen) restyle() {
	st := s.c.Styles
	ls := list.DefaultStyles(st.IsDark)
	ls.Filter = st.Input
	// The title bar only shows an applied filter.
	ls.Title = st.Subtle
	if st.NoColor {
		plain := func(x lipgloss.Style) lipgloss.Style { return x.UnsetForeground().UnsetBackground() }
		ls.Title, ls.Spinner, ls.StatusBar = plain(ls.Title), plain(ls.Spinner), plain(ls.StatusBar)
		ls.StatusEmpty, ls.StatusBarActiveFilter = plain(ls.StatusEmpty), plain(ls.StatusBarActiveFilter)
		ls.StatusBarFilterCount, ls.NoItems = plain(ls.StatusBarFilterCount), plain(ls.NoItems)
		ls.ArabicPagination, ls.DividerDot = plain(ls.ArabicPagination), plain(ls.DividerDot)
		ls.ActivePaginationDot = lipgloss.NewStyle().SetString("•")
		ls.InactivePaginationDot = lipgloss.NewStyle().SetString("·")
	}
	s.list.Styles = ls
	s.list.Paginator.ActiveDot = ls.ActivePaginationDot.String()
	s.list.Paginator.InactiveDot = ls.InactivePaginationDot.String()
	s.list.FilterInput.SetStyles(st.Input)
	s.label.SetStyles(st.Input)
}

// setItems replaces the list's sessions; the store gives them newest first.
func (s *sessionsScreen) setItems(sums []model.Summary) tea.Cmd {
	items := make([]list.Item, len(sums))
	for i, sum := range sums {
		items[i] = sessionItem{sum: sum}
	}
	s.loaded = true
	cmd := s.list.SetItems(items)
	s.syncTitle()
	return cmd
}

// clear forgets every session, for the lock screen.
func (s *sessionsScreen) clear() {
	s.list.ResetFilter()
	s.list.SetItems(nil)
	s.loaded = false
	s.adding = false
	s.label.Reset()
	s.syncTitle()
	s.layout()
}

func (s *sessionsScreen) SetSize(w, h int) {
	s.width, s.height = w, h
	s.layout()
}

// layout gives the list the rows under the title, and under the label
// field while that is open.
func (s *sessionsScreen) layout() {
	h := s.height - 1
	if s.adding {
		h -= 2
	}
	s.list.SetSize(s.width, max(h, 1))
	s.fitPagination()
}

// syncTitle shows an applied filter on the list's title bar, where the
// filter was typed, so that a shortened list never looks like all of them.
func (s *sessionsScreen) syncTitle() {
	applied := s.list.IsFiltered()
	if applied {
		s.list.Title = s.c.T("sessions.filtered", s.c.Note(s.list.FilterValue()))
	}
	// SetShowTitle lays out the pages again: only when it changes.
	if applied != s.list.ShowTitle() {
		s.list.SetShowTitle(applied)
	}
	s.fitPagination()
}

// fitPagination shows the page as "3/1667" rather than a row of dots
// when the dots would not fit. The list would otherwise build the row of
// dots, one string per page, on every keystroke and every layout, only
// to find it too wide.
func (s *sessionsScreen) fitPagination() {
	t := paginator.Dots
	if s.list.Paginator.TotalPages > max(s.width-4, 1) {
		t = paginator.Arabic
	}
	s.list.Paginator.Type = t
}

// Typing reports that a text field has the keyboard: the new-label field
// or the filter.
func (s *sessionsScreen) Typing() bool {
	return s.adding || s.list.FilterState() == list.Filtering
}

func (s *sessionsScreen) Update(msg tea.Msg) reply {
	if s.adding {
		return run(s.updateAdding(msg))
	}
	kp, isKey := msg.(tea.KeyPressMsg)
	if isKey && s.list.FilterState() != list.Filtering {
		switch {
		case key.Matches(kp, s.keys.New):
			s.adding = true
			s.layout()
			s.label.Reset()
			return run(s.label.Focus())
		case key.Matches(kp, s.keys.Open):
			if it, ok := s.list.SelectedItem().(sessionItem); ok {
				return run(send(openSessionMsg{id: it.sum.ID}))
			}
			return reply{}
		case key.Matches(kp, s.keys.Delete):
			if it, ok := s.list.SelectedItem().(sessionItem); ok {
				text := s.c.T("sessions.confirm_delete", s.c.Name(it.sum.Label))
				del := deleteSessionMsg{id: it.sum.ID, label: it.sum.Label}
				return show(newConfirm(s.c, text, func() reply { return run(send(del)) }))
			}
			return reply{}
		}
	}
	if s.list.SettingFilter() {
		msg = cleanInput(msg)
	}
	var cmd tea.Cmd
	s.list, cmd = s.list.Update(msg)
	s.syncTitle()
	return run(cmd)
}

func (s *sessionsScreen) updateAdding(msg tea.Msg) tea.Cmd {
	if kp, ok := msg.(tea.KeyPressMsg); ok {
		switch {
		case key.Matches(kp, s.keys.Cancel):
			s.adding = false
			s.layout()
			s.label.Blur()
			return nil
		case key.Matches(kp, s.keys.Create):
			label := model.CleanLine(s.label.Value())
			if label == "" {
				return nil
			}
			s.adding = false
			s.layout()
			s.label.Blur()
			return send(newSessionMsg{label: label})
		}
	}
	msg = cleanInput(msg)
	var cmd tea.Cmd
	s.label, cmd = s.label.Update(msg)
	return cmd
}

func (s *sessionsScreen) View() string {
	st := s.c.Styles
	var b strings.Builder
	title := st.Title.Render(s.c.T("sessions.title"))
	if n := len(s.list.Items()); n > 0 {
		title += st.Subtle.Render("  " + s.c.T("sessions.count", n))
	}
	b.WriteString(title + "\n")
	if s.adding {
		prompt := st.FieldFocus.Render(s.c.T("sessions.label_prompt")) + " "
		s.label.SetWidth(max(s.width-cells(s.c.T("sessions.label_prompt"))-2, 4))
		b.WriteString("\n" + prompt + s.label.View() + "\n")
	}
	// The list's own title bar is the blank line under the title, or
	// the filter while one is typed or applied.
	body := s.list.View()
	msg := func(text string) string {
		return "\n" + strings.Join(wrap(text, max(s.width-2, 10)), "\n")
	}
	switch {
	case !s.loaded:
		body = msg(st.Subtle.Render(s.c.T("sessions.loading")))
	case len(s.list.Items()) == 0:
		body = msg(s.c.T("sessions.empty"))
	case len(s.list.VisibleItems()) == 0 && s.list.SettingFilter():
		body = s.list.Styles.TitleBar.Render(s.list.FilterInput.View()) + "\n" +
			st.Subtle.Render(strings.Join(wrap(s.c.T("sessions.no_match"), max(s.width-2, 10)), "\n"))
	case len(s.list.VisibleItems()) == 0:
		body = msg(st.Subtle.Render(s.c.T("sessions.no_match")))
	}
	b.WriteString(body)
	return b.String()
}

func (s *sessionsScreen) ShortHelp() []key.Binding {
	if s.adding {
		return []key.Binding{s.keys.Create, s.keys.Cancel}
	}
	if s.list.FilterState() == list.Filtering {
		apply := key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", s.c.T("key.apply_filter")))
		return []key.Binding{apply, s.keys.Cancel}
	}
	if s.loaded && len(s.list.Items()) == 0 {
		return []key.Binding{s.keys.New, s.c.Keys.Help, s.c.Keys.Quit}
	}
	return []key.Binding{s.keys.Open, s.keys.New, s.keys.Delete, s.keys.Filter, s.c.Keys.Help, s.c.Keys.Quit}
}

func (s *sessionsScreen) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{s.keys.Up, s.keys.Down, s.keys.Open},
		{s.keys.New, s.keys.Delete, s.keys.Filter, s.keys.Backup},
		{s.c.Keys.Privacy, s.c.Keys.Help, s.c.Keys.Quit, s.c.Keys.ForceQuit},
	}
}

// sessionDelegate draws a session as two lines: the family label, then
// the youths and the time of the last change.
type sessionDelegate struct{ c *Common }

func (d sessionDelegate) Height() int                             { return 2 }
func (d sessionDelegate) Spacing() int                            { return 1 }
func (d sessionDelegate) Update(_ tea.Msg, _ *list.Model) tea.Cmd { return nil }

func (d sessionDelegate) Render(w io.Writer, m list.Model, index int, item list.Item) {
	it, ok := item.(sessionItem)
	if !ok {
		return
	}
	st := d.c.Styles
	width := max(m.Width()-2, 4)
	label := d.c.Name(it.sum.Label)
	if it.sum.Demo {
		label = st.Demo.Render(d.c.T("demo.tag")) + " " + label
	}
	youths := make([]string, len(it.sum.Youths))
	for i, y := range it.sum.Youths {
		youths[i] = d.c.Name(y)
	}
	second := d.c.T("sessions.changed", d.c.Time(it.sum.Updated))
	if len(youths) > 0 {
		second = strings.Join(youths, ", ") + " · " + second
	}
	line1, line2 := clip(label, width), st.Subtle.Render(clip(second, width))
	if index == m.Index() {
		fmt.Fprint(w, st.Cursor.Render("▌ ")+st.Heading.Render(line1)+"\n"+st.Cursor.Render("▌ ")+line2)
		return
	}
	fmt.Fprint(w, "  "+line1+"\n  "+line2)
}
