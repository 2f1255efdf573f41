package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"kring/model"
)

// quickKeys change one thing of the selected person on the map with one
// key, saved as any edit: what a family says at the table ("she helps
// with advice too", "we are not close any more") lands at once, without
// the 18-field form. None of them is a key the map had already.
type quickKeys struct {
	// Summary stands for all of them on the help line.
	Summary               key.Binding
	Practical, Company    key.Binding
	Advice, Emotional     key.Binding
	Quality, In, Out      key.Binding
	Sector, Willing, Able key.Binding
}

func newQuickKeys(c *Common) quickKeys {
	return quickKeys{
		Summary:   key.NewBinding(key.WithKeys("P", "G", "A", "E", "t", "s", "<", ">", "w", "c"), key.WithHelp("PGAE t s <> w c", c.T("key.quick"))),
		Practical: keyFor(c, "P", "key.quick_practical"),
		Company:   keyFor(c, "G", "key.quick_company"),
		Advice:    keyFor(c, "A", "key.quick_advice"),
		Emotional: keyFor(c, "E", "key.quick_emotional"),
		Quality:   keyFor(c, "t", "key.quick_quality"),
		In:        keyFor(c, "<", "key.quick_in"),
		Out:       keyFor(c, ">", "key.quick_out"),
		Sector:    keyFor(c, "s", "key.quick_sector"),
		Willing:   keyFor(c, "w", "key.quick_willing"),
		Able:      keyFor(c, "c", "key.quick_able"),
	}
}

// quickEdit applies a quick key to the selected person; ok is false when
// kp is none of them (or nobody is selected), so the map's own keys run.
func (m *mapStep) quickEdit(kp tea.KeyPressMsg) (r reply, ok bool) {
	p := m.sess.Person(m.selected)
	if p == nil {
		return reply{}, false
	}
	q := m.quick
	support := map[*key.Binding]model.SupportKind{
		&q.Practical: model.SupportPractical, &q.Company: model.SupportCompany,
		&q.Advice: model.SupportAdvice, &q.Emotional: model.SupportEmotional,
	}
	for b, k := range support {
		if key.Matches(kp, *b) {
			p.ToggleSupport(k)
			return edited(), true
		}
	}
	switch {
	case key.Matches(kp, q.Quality):
		p.CycleQuality()
	case key.Matches(kp, q.In), key.Matches(kp, q.Out):
		delta := 1
		if key.Matches(kp, q.In) {
			delta = -1
		}
		if !p.MoveRing(delta) {
			return reply{}, true // already at the edge: nothing to save
		}
	case key.Matches(kp, q.Sector):
		p.NextSector()
		if m.mode == modeZoom {
			// The zoom follows the person into their new sector.
			m.zoom = p.Sector.Index()
		}
	case key.Matches(kp, q.Willing):
		p.CycleWilling()
	case key.Matches(kp, q.Able):
		p.CycleAble()
	default:
		return reply{}, false
	}
	return edited(), true
}

// quickHelp is the quick keys for the full help, one by one.
func (q quickKeys) quickHelp() [][]key.Binding {
	return [][]key.Binding{
		{q.Practical, q.Company, q.Advice, q.Emotional},
		{q.Quality, q.In, q.Out, q.Sector, q.Willing, q.Able},
	}
}
