package ui

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"kring/model"
	"kring/ui/report"
)

// reportStep is step 6: the intake report previewed in a viewport, in
// the order of the investigation, and the export of the report and the
// map to files a municipal case system and a printer accept.
type reportStep struct {
	page
	vp viewport.Model
	// edits counts the changes to the session; rev is the count the
	// preview was made for, -1 before the first.
	edits, rev int
	lang       string
	// privacy is whether the preview was made pseudonymised.
	privacy bool
	// rendered is the width the preview was last laid out for, -1 when
	// it must be laid out anew.
	rendered int
	keys     reportKeys
	// export writes an exported file; exportDir is where files go by
	// default; caseWorkFactor is the scrypt work factor of a case file.
	export         func(path string, data []byte) error
	exportDir      string
	caseWorkFactor int
}

type reportKeys struct {
	Export, Up, Down, PgUp, PgDown key.Binding
}

func newReportStep(c *Common, sess *model.Session, o workspaceOptions) *reportStep {
	r := &reportStep{page: newPage(c, sess), rev: -1, export: o.export, exportDir: o.exportDir, caseWorkFactor: o.caseWorkFactor}
	r.vp = viewport.New()
	r.keys = reportKeys{
		Export: keyFor(c, "e", "key.export"),
		Up:     key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/↓", c.T("key.scroll"))),
		Down:   key.NewBinding(key.WithKeys("down", "j")),
		PgUp:   key.NewBinding(key.WithKeys("pgup", "b"), key.WithHelp("pgup/pgdn", c.T("key.page"))),
		PgDown: key.NewBinding(key.WithKeys("pgdown", "space", "f")),
	}
	return r
}

func (r *reportStep) SetSize(w, h int) {
	r.page.SetSize(w, h)
	r.vp.SetWidth(w)
	r.vp.SetHeight(max(h-1, 1))
	if r.rev >= 0 {
		r.content() // rewrap now, in Update, for the new width
	}
}

// sessionChanged makes the next preview render the session anew.
func (r *reportStep) sessionChanged() { r.edits++ }

// refresh marks the preview for a new layout when the session, the
// language or the privacy screen changed since the last one.
func (r *reportStep) refresh() {
	if r.rev == r.edits && r.lang == string(r.c.Cat.Lang()) && r.privacy == r.c.Privacy {
		return
	}
	r.rev, r.lang, r.privacy = r.edits, string(r.c.Cat.Lang()), r.c.Privacy
	r.rendered = -1
}

// prepare lays out the report if the session, the language, the privacy
// screen or the width changed; workspace calls it from Update.
func (r *reportStep) prepare() { r.content() }

// content lays out the report for the terminal at the current width
// (report.Terminal: the same document as the exports, without markup
// characters). Laying out is pure and takes a few milliseconds, so it is
// done in Update when something changed, never on every frame. With the
// privacy screen on, the preview is the pseudonymised report.
func (r *reportStep) content() {
	r.refresh()
	if r.rendered == r.width {
		return
	}
	r.rendered = r.width
	st := r.c.Styles
	opts := report.Options{Lang: r.c.Cat.Lang(), Pseudonymise: r.c.Privacy, Now: r.c.Now().In(r.c.Loc)}
	render := func(s lipgloss.Style) func(string) string { return func(t string) string { return s.Render(t) } }
	r.vp.SetContent(report.Terminal(r.sess, opts, max(r.width-1, 20), report.TermStyle{
		Heading: render(st.Title), Strong: render(st.Heading), Subtle: render(st.Subtle), Banner: render(st.Demo),
	}))
}

func (r *reportStep) Update(msg tea.Msg) reply { return r.handle(msg, r.onKey) }

// onKey handles a key while no form is open.
func (r *reportStep) onKey(kp tea.KeyPressMsg) reply {
	r.content()
	switch {
	case key.Matches(kp, r.keys.Export):
		r.openExport()
	case key.Matches(kp, r.keys.Up):
		r.vp.ScrollUp(1)
	case key.Matches(kp, r.keys.Down):
		r.vp.ScrollDown(1)
	case key.Matches(kp, r.keys.PgUp):
		r.vp.PageUp()
	case key.Matches(kp, r.keys.PgDown):
		r.vp.PageDown()
	}
	return reply{}
}

// openExport opens the export form: the kind of file (report.Formats,
// the report first), where it goes, whether to pseudonymise, for a
// report whether the coach's notes go in, and for a
// case file the passphrase twice.
func (r *reportStep) openExport() {
	c := r.c
	var opts []option
	for _, f := range report.Formats() {
		opts = append(opts, option{f, c.T("format." + f)})
	}
	f := newForm(c, c.T("step6.export_title"))
	f.keys.Submit.SetHelp("enter", c.T("key.export"))
	isCase := func() bool { return f.value("format") == "case" }
	// Notes go only into a report, never into a pseudonymised one; off
	// unless the coach chooses them, and the report says either way.
	withNotes := func() bool {
		return f.value("pseudonymise") != "yes" && slices.Contains(report.NotesFormats(), f.value("format"))
	}
	f.choice("format", c.T("field.format"), opts, "html").
		text("path", c.T("field.export_path"), r.defaultPath("html"), true).
		choice("pseudonymise", c.T("field.pseudonymise"), yesNo(c), "no").
		choice("notes", c.T("field.export_notes"), yesNo(c), "no").showIf(withNotes).
		secret("pass", c.T("field.export_pass")).showIf(isCase).
		validate(func(string) string {
			if len([]rune(f.raw("pass"))) < 8 {
				return "step6.pass_short"
			}
			return ""
		}).
		secret("pass2", c.T("field.export_pass_again")).showIf(isCase).
		validate(func(string) string {
			if f.raw("pass2") != f.raw("pass") {
				return "step6.pass_differ"
			}
			return ""
		})
	f.onChange = func(key string) {
		if key == "format" {
			f.setText("path", r.defaultPath(f.value("format")))
		}
	}
	r.open(f.onSubmit(func() reply { return run(r.exportCmd(f)) }))
}

// defaultPath proposes a file name that holds no personal data: the
// session number and the date, never the family's name.
func (r *reportStep) defaultPath(format string) string {
	ext := report.Extension(format)
	if format == "case" {
		ext = "kring.age"
	}
	name := fmt.Sprintf("kring-%s-%s.%s", r.sess.ID, model.DateOf(r.c.Now().In(r.c.Loc)), ext)
	if r.exportDir != "" {
		return filepath.Join(r.exportDir, name)
	}
	return name
}

// exportCmd renders the chosen format and writes the file in a command,
// from a copy of the session taken now; the file is written by the
// function cmd/kring wires in. The App shows how it went (exportDoneMsg).
func (r *reportStep) exportCmd(f *form) tea.Cmd {
	format, path := f.value("format"), f.value("path")
	sess := r.sess.Clone()
	pseudo := f.value("pseudonymise") == "yes"
	opts := report.Options{Lang: r.c.Cat.Lang(), Pseudonymise: pseudo, Notes: !pseudo && f.value("notes") == "yes", Now: r.c.Now().In(r.c.Loc),
		Passphrase: []byte(f.raw("pass")), CaseWorkFactor: r.caseWorkFactor}
	write := r.export
	return func() tea.Msg {
		defer wipe(opts.Passphrase)
		data, err := report.Render(format, sess, opts)
		if err == nil {
			err = write(path, data)
		}
		return exportDoneMsg{path: path, err: err}
	}
}

func (r *reportStep) View() string { return r.view(r.draw) }

// draw draws the step's own page, when no form is open over it. It only
// shows what Update laid out (prepare, SetSize, onKey): View never
// renders the report.
func (r *reportStep) draw() string {
	st := r.c.Styles
	head := st.Heading.Render(r.c.T("step6.title")) + st.Subtle.Render(fmt.Sprintf("  %3.0f%%", r.vp.ScrollPercent()*100))
	return head + "\n" + strings.TrimRight(r.vp.View(), "\n")
}

func (r *reportStep) ShortHelp() []key.Binding {
	if r.form != nil {
		return r.form.ShortHelp()
	}
	return []key.Binding{r.keys.Export, r.keys.Up, r.keys.PgUp}
}

func (r *reportStep) FullHelp() [][]key.Binding {
	if r.form != nil {
		return r.formHelp()
	}
	return [][]key.Binding{{r.keys.Export}, {r.keys.Up, r.keys.PgUp}}
}
