package ui

import (
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// pendingStep stands in for a step that a later part of kring provides,
// and says plainly which part that is.
type pendingStep struct {
	c      *Common
	n      int
	width  int
	height int
}

func newPendingStep(c *Common, n int) *pendingStep { return &pendingStep{c: c, n: n} }

func (p *pendingStep) Update(tea.Msg) tea.Cmd    { return nil }
func (p *pendingStep) SetSize(w, h int)          { p.width, p.height = w, h }
func (p *pendingStep) Typing() bool              { return false }
func (p *pendingStep) ShortHelp() []key.Binding  { return nil }
func (p *pendingStep) FullHelp() [][]key.Binding { return nil }

func (p *pendingStep) View() string {
	n := strconv.Itoa(p.n)
	w := max(min(p.width-2, 72), 10)
	lines := []string{"", p.c.Styles.Heading.Render(clip(p.c.T("step."+n+".title"), w)), ""}
	lines = append(lines, wrap(p.c.T("step."+n+".pending"), w)...)
	return strings.Join(lines, "\n")
}
