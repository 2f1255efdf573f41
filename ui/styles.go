package ui

import (
	"image/color"

	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
)

// Styles holds every style of the interface, built once per theme. With
// NO_COLOR every colour is left out and emphasis uses bold and reverse
// only, so that the screen holds no colour codes at all.
type Styles struct {
	App        lipgloss.Style
	Title      lipgloss.Style
	Subtle     lipgloss.Style
	Heading    lipgloss.Style
	Selected   lipgloss.Style
	Cursor     lipgloss.Style
	Label      lipgloss.Style
	Value      lipgloss.Style
	Error      lipgloss.Style
	Warning    lipgloss.Style
	OK         lipgloss.Style
	Demo       lipgloss.Style
	StepActive lipgloss.Style
	StepIdle   lipgloss.Style
	StatusBar  lipgloss.Style
	Dialog     lipgloss.Style
	Field      lipgloss.Style
	FieldFocus lipgloss.Style
	// Input styles every text input, so that NO_COLOR reaches them too.
	Input textinput.Styles

	IsDark  bool
	NoColor bool
	accent  color.Color
	subtle  color.Color
}

// NewStyles builds the styles for a dark or light background.
func NewStyles(isDark, noColor bool) *Styles {
	ld := lipgloss.LightDark(isDark)
	c := func(light, dark string) color.Color {
		if noColor {
			return lipgloss.NoColor{}
		}
		return ld(lipgloss.Color(light), lipgloss.Color(dark))
	}
	accent := c("#0B6E4F", "#5FD7A7")
	subtle := c("#6C6C6C", "#9E9E9E")
	errc := c("#B00020", "#FF6B6B")
	warn := c("#8A5A00", "#FFCB6B")
	ok := c("#2E7D32", "#8BD17C")
	border := c("#B0B0B0", "#5A5A5A")
	selBg := c("#DDF3EA", "#1F4D3E")
	selFg := c("#0A2A1F", "#FFFFFF")

	s := &Styles{IsDark: isDark, NoColor: noColor, accent: accent, subtle: subtle}
	base := lipgloss.NewStyle()
	s.App = base
	s.Title = base.Bold(true).Foreground(accent)
	s.Subtle = base.Foreground(subtle)
	s.Heading = base.Bold(true)
	s.Selected = base.Bold(true).Foreground(selFg).Background(selBg)
	if noColor {
		s.Selected = base.Reverse(true)
	}
	s.Cursor = base.Foreground(accent).Bold(true)
	s.Label = base.Foreground(subtle)
	s.Value = base
	s.Error = base.Foreground(errc).Bold(true)
	s.Warning = base.Foreground(warn)
	s.OK = base.Foreground(ok)
	s.Demo = base.Bold(true).Foreground(warn)
	s.StepActive = base.Bold(true).Foreground(selFg).Background(selBg).Padding(0, 1)
	if noColor {
		s.StepActive = base.Reverse(true).Padding(0, 1)
	}
	s.StepIdle = base.Foreground(subtle).Padding(0, 1)
	s.StatusBar = base.Foreground(subtle)
	s.Dialog = base.Border(lipgloss.RoundedBorder()).BorderForeground(border).Padding(0, 1)
	s.Field = base
	s.FieldFocus = base.Bold(true).Foreground(accent)
	s.Input = textinput.DefaultStyles(isDark)
	if noColor {
		// Faint tells a placeholder from a typed value without colour.
		st := textinput.StyleState{Text: base, Placeholder: base.Faint(true), Suggestion: base.Faint(true), Prompt: base}
		s.Input = textinput.Styles{
			Focused: st, Blurred: st,
			Cursor: textinput.CursorStyle{Color: lipgloss.NoColor{}, Shape: tea.CursorBlock, Blink: true},
		}
	}
	return s
}
