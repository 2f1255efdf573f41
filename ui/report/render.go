package report

import (
	"errors"
	"fmt"

	"kring/model"
)

// format is one kind of file kring exports and the function that makes it.
type format struct {
	name   string
	render func(*model.Session, Options) ([]byte, error)
}

// formats is the one list of export formats, the report first: step 6
// offers them in this order and kring export accepts exactly these.
var formats = []format{
	{"html", pure(HTML)},
	{"md", pure(Markdown)},
	{"pdf", PDF},
	{"svg", pure(SVG)},
	{"csv", pure(CSV)},
	{"dot", pure(DOT)},
	{"graphml", pure(GraphML)},
	// The family's own papers (issue 17): the plan and the invitation.
	{"plan", pure(PlanHTML)},
	{"plan-md", pure(PlanMarkdown)},
	{"plan-pdf", PlanPDF},
	{"invitation", pure(InvitationHTML)},
	{"invitation-pdf", InvitationPDF},
	{"json", JSON},
	{"case", func(s *model.Session, o Options) ([]byte, error) {
		return encryptCase(prepare(s, o), o.Passphrase, o.CaseWorkFactor)
	}},
}

// pure adapts a format that cannot fail.
func pure(f func(*model.Session, Options) []byte) func(*model.Session, Options) ([]byte, error) {
	return func(s *model.Session, o Options) ([]byte, error) { return f(s, o), nil }
}

// Formats names every export format, in the order of the list above.
func Formats() []string {
	out := make([]string, len(formats))
	for i, f := range formats {
		out[i] = f.name
	}
	return out
}

// ErrUnknownFormat is Render's answer to a format not in Formats.
var ErrUnknownFormat = errors.New("unknown export format")

// Render makes the file of one format from a session: the command line
// (kring export) and step 6 both call it, so that a format is the same
// file wherever it is asked for. A case file needs o.Passphrase.
func Render(name string, s *model.Session, o Options) ([]byte, error) {
	s, err := atVisit(s, o)
	if err != nil {
		return nil, err
	}
	for _, f := range formats {
		if f.name == name {
			return f.render(s, o)
		}
	}
	return nil, fmt.Errorf("%w %q", ErrUnknownFormat, name)
}

// NotesFormats names the formats that carry the coach's notes when
// Options.Notes asks for them: the reports. The export dialog offers the
// choice for these only.
func NotesFormats() []string { return []string{"html", "md"} }
