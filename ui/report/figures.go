package report

import (
	"fmt"
	"strings"

	"kring/model"
	"kring/ui/i18n"
)

// FigureLine is one network figure for the family: what it is, its value
// at this visit and at the one before (empty when there is none), a
// one-line explanation, and Warn when it asks for attention (someone
// carries too much).
type FigureLine struct {
	Label, Value, Before, Explain string
	Warn                          bool
}

// FigureLines gives the figures of cur in the catalogue's language, each
// with its value at prev when prev is not nil.
func FigureLines(cat i18n.Catalog, cur, prev *model.Figures, name Namer) []FigureLine {
	type fig struct {
		key   string
		value func(f *model.Figures) string
		warn  bool
	}
	names := func(refs []model.PersonRef) string {
		if len(refs) == 0 {
			return cat.T("fig.nobody")
		}
		out := make([]string, len(refs))
		for i, r := range refs {
			out[i] = name(r)
		}
		return strings.Join(out, ", ")
	}
	figs := []fig{
		{"size", func(f *model.Figures) string { return cat.N("fig.people", f.People) }, false},
		{"rings", func(f *model.Figures) string {
			return fmt.Sprintf("1: %d · 2: %d · 3: %d · 4: %d", f.ByRing[1], f.ByRing[2], f.ByRing[3], f.ByRing[4])
		}, false},
		{"sectors", func(f *model.Figures) string {
			parts := make([]string, len(model.Sectors))
			for i, s := range model.Sectors {
				parts[i] = fmt.Sprintf("%s %d", cat.T("sector_short."+string(s)), f.BySector[s])
			}
			return strings.Join(parts, " · ")
		}, false},
		{"support", func(f *model.Figures) string {
			return fmt.Sprintf("P %d · G %d · A %d · E %d", f.BySupport[model.SupportPractical], f.BySupport[model.SupportCompany],
				f.BySupport[model.SupportAdvice], f.BySupport[model.SupportEmotional])
		}, false},
		{"burden", func(f *model.Figures) string {
			if len(f.Burden) == 0 {
				return cat.T("fig.nobody")
			}
			out := make([]string, len(f.Burden))
			for i, b := range f.Burden {
				out[i] = cat.T("fig.places", name(b.PersonRef), b.Places)
			}
			return strings.Join(out, ", ")
		}, cur.Overloaded()},
		{"one_way", func(f *model.Figures) string {
			refs := make([]model.PersonRef, len(f.OneWay))
			for i, o := range f.OneWay {
				refs[i] = o.PersonRef
			}
			return names(refs)
		}, false},
		{"come_back", func(f *model.Figures) string { return names(f.ComeBack) }, false},
		{"density", func(f *model.Figures) string {
			return cat.T("fig.density_value", f.Ties, f.Members*(f.Members-1)/2, int(f.Density*100+0.5))
		}, false},
		{"bridges", func(f *model.Figures) string { return names(f.Bridges) }, false},
		{"isolated", func(f *model.Figures) string { return cat.N("fig.people", f.Isolated) }, false},
	}
	out := make([]FigureLine, len(figs))
	for i, g := range figs {
		l := FigureLine{Label: cat.T("fig." + g.key), Value: g.value(cur), Explain: cat.T("fig." + g.key + ".explain"), Warn: g.warn}
		if prev != nil {
			l.Before = g.value(prev)
		}
		if g.warn {
			l.Explain = cat.T("fig.burden.warning")
		}
		out[i] = l
	}
	return out
}
