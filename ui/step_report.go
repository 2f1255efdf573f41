package ui

import (
	"fmt"
	"path/filepath"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"kring/model"
	"kring/ui/report"
)

// reportStep is step 6: the intake report previewed in a viewport, in
// the order of the investigation, and the export of the report and the
// map to files a municipal case system and a printer accept.
type reportStep struct {
	c    *Common
	sess *model.Session
	vp   viewport.Model
	rev  int // c.Rev the preview was made for; -1 forces a new one
	lang string
	// privacy is whether the preview was made pseudonymised.
	privacy bool
	md      string
	// wrapped is the width md was last wrapped for.
	wrapped int
	form    *form
	width   int
	height  int
	keys    reportKeys
}

type reportKeys struct {
	Export, Up, Down, PgUp, PgDown key.Binding
}

// exportDoneMsg reports how an export went.
type exportDoneMsg struct {
	path string
	err  error
}

func newReportStep(c *Common, sess *model.Session) step {
	r := &reportStep{c: c, sess: sess, rev: -1}
	r.vp = viewport.New()
	r.keys = reportKeys{
		Export: key.NewBinding(key.WithKeys("e"), key.WithHelp("e", c.T("key.export"))),
		Up:     key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/↓", c.T("key.scroll"))),
		Down:   key.NewBinding(key.WithKeys("down", "j")),
		PgUp:   key.NewBinding(key.WithKeys("pgup", "b"), key.WithHelp("pgup/pgdn", c.T("key.page"))),
		PgDown: key.NewBinding(key.WithKeys("pgdown", "space", "f")),
	}
	return r
}

func (r *reportStep) SetSize(w, h int) {
	r.width, r.height = w, h
	defer func() {
		if r.rev >= 0 {
			r.content() // rewrap now, in Update, for the new width
		}
	}()
	r.vp.SetWidth(w)
	r.vp.SetHeight(max(h-1, 1))
	if r.form != nil {
		r.form.SetWidth(min(w, 90))
		r.form.SetHeight(h)
	}
}

func (r *reportStep) Typing() bool { return r.form != nil }

// refresh renders the report again when the session changed since the
// last preview; rendering is pure and takes a few milliseconds, so it is
// done here rather than on every frame.
func (r *reportStep) refresh() {
	if r.rev == r.c.Rev && r.lang == string(r.c.Cat.Lang()) && r.privacy == r.c.Privacy {
		return
	}
	r.rev, r.lang, r.privacy = r.c.Rev, string(r.c.Cat.Lang()), r.c.Privacy
	sess := r.sess
	if r.c.Privacy {
		sess = report.Pseudonymise(sess)
	}
	r.md = string(report.Markdown(sess, report.Options{Lang: r.c.Cat.Lang(), Now: r.c.Now().In(r.c.Loc)}))
	r.wrapped = -1
}

// prepare renders and wraps the report if the session, the language, the
// privacy screen or the width changed; workspace calls it from Update.
func (r *reportStep) prepare() { r.content() }

// content wraps the report at word boundaries for the current width; the
// viewport's own soft wrap would cut words in half.
func (r *reportStep) content() {
	r.refresh()
	if r.wrapped == r.width {
		return
	}
	r.wrapped = r.width
	r.vp.SetContent(ansi.Wrap(r.md, max(r.width-1, 10), ""))
}

func (r *reportStep) Update(msg tea.Msg) tea.Cmd {
	if r.form != nil {
		return runForm(&r.form, msg, r.export)
	}
	kp, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil
	}
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
	return nil
}

// exportFormats are the formats offered on screen, the report first.
var exportFormats = []string{"html", "md", "svg", "csv", "dot", "graphml", "json", "case"}

func (r *reportStep) openExport() {
	c := r.c
	opts := make([]option, len(exportFormats))
	for i, f := range exportFormats {
		opts[i] = option{f, c.T("format." + f)}
	}
	r.form = newForm(c, c.T("step6.export_title"))
	r.form.keys.Submit.SetHelp("enter", c.T("key.export"))
	r.form.SetWidth(min(r.width, 90))
	r.form.SetHeight(r.height)
	r.form.choice("format", c.T("field.format"), opts, "html").
		text("path", c.T("field.export_path"), r.defaultPath("html"), true).
		choice("pseudonymise", c.T("field.pseudonymise"), yesNo(c), "no").
		secret("pass", c.T("field.export_pass")).showIf(r.isCase).
		validate(func(string) string {
			if len([]rune(r.form.raw("pass"))) < 8 {
				return "step6.pass_short"
			}
			return ""
		}).
		secret("pass2", c.T("field.export_pass_again")).showIf(r.isCase).
		validate(func(string) string {
			if r.form.raw("pass2") != r.form.raw("pass") {
				return "step6.pass_differ"
			}
			return ""
		})
	r.form.onChange = func(key string) {
		if key == "format" {
			r.form.setText("path", r.defaultPath(r.form.value("format")))
		}
	}
}

// defaultPath proposes a file name that holds no personal data: the
// session number and the date, never the family's name.
func (r *reportStep) defaultPath(format string) string {
	ext := format
	if format == "case" {
		ext = "kring.age"
	}
	name := fmt.Sprintf("kring-%s-%s.%s", r.sess.ID, model.DateOf(r.c.Now().In(r.c.Loc)), ext)
	if r.c.ExportDir != "" {
		return filepath.Join(r.c.ExportDir, name)
	}
	return name
}

// export renders the chosen format now (pure and quick) and writes the
// file in a command; the file is written by the Exporter cmd wires in.
func (r *reportStep) export() tea.Cmd {
	f := r.form
	format, path := f.value("format"), f.value("path")
	pseudo := f.value("pseudonymise") == "yes"
	sess := r.sess.Clone()
	opts := report.Options{Lang: r.c.Cat.Lang(), Pseudonymise: pseudo, Now: r.c.Now().In(r.c.Loc)}
	pass := []byte(f.raw("pass"))
	write := r.c.Export
	return func() tea.Msg {
		defer wipe(pass)
		data, err := render(format, sess, opts, pass)
		if err == nil {
			err = write(path, data)
		}
		return exportDoneMsg{path: path, err: err}
	}
}

func (r *reportStep) View() string {
	if r.form != nil {
		return r.form.View()
	}
	r.content()
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
		return [][]key.Binding{r.form.ShortHelp()}
	}
	return [][]key.Binding{{r.keys.Export}, {r.keys.Up, r.keys.PgUp}}
}

// isCase says whether the export form is set to an encrypted case file,
// the one format that needs a passphrase.
func (r *reportStep) isCase() bool { return r.form != nil && r.form.value("format") == "case" }

// render makes the file of one format; it runs in the export command.
func render(format string, s *model.Session, o report.Options, pass []byte) ([]byte, error) {
	switch format {
	case "md":
		return report.Markdown(s, o), nil
	case "html":
		return report.HTML(s, o), nil
	case "svg":
		return report.SVG(s, o), nil
	case "csv":
		return report.CSV(s, o), nil
	case "dot":
		return report.DOT(s, o), nil
	case "graphml":
		return report.GraphML(s, o), nil
	case "json":
		return report.JSON(s, o)
	case "case":
		if o.Pseudonymise {
			s = report.Pseudonymise(s)
		}
		return report.EncryptCase(s, pass)
	}
	return nil, fmt.Errorf("unknown format %q", format)
}
