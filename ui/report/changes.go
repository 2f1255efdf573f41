package report

import (
	"kring/model"
	"kring/ui/i18n"
)

// Change is one line of "what changed since": a mark (+ joined or
// gained, − left or lost, ↑ closer, ↓ further away, ~ otherwise) and a
// plain sentence for the family, such as "Oma Ria is dichterbij gekomen".
// The compare view on screen and the report's section both use them, so
// that the family reads the same words in both.
type Change struct {
	Mark, Text string
}

// Namer shows a person of a visit: the report names them, the screen
// hides names behind roles with the privacy screen on.
type Namer func(model.PersonRef) string

// ChangeLines turns a diff into sentences in the catalogue's language, in
// the order: people who joined and left, rings, support, ties, JIM,
// agreements. youth names a youth by id. An empty diff is one line that
// says nothing changed.
func ChangeLines(cat i18n.Catalog, d model.VisitDiff, name Namer, youth func(string) string) []Change {
	var out []Change
	add := func(mark, key string, args ...any) { out = append(out, Change{Mark: mark, Text: cat.T(key, args...)}) }
	for _, p := range d.Joined {
		add("+", "change.joined", name(p), int(p.Ring))
	}
	for _, p := range d.Left {
		add("−", "change.left", name(p))
	}
	for _, m := range d.Moved {
		if m.Closer() {
			add("↑", "change.closer", name(m.PersonRef), int(m.From), int(m.To))
		} else {
			add("↓", "change.further", name(m.PersonRef), int(m.From), int(m.To))
		}
	}
	for _, s := range d.Support {
		kind := cat.T("change.support."+string(s.Kind)) + " (" + s.Kind.Letter() + ")"
		if s.Gained {
			add("+", "change.support_gained", name(s.PersonRef), kind)
		} else {
			add("−", "change.support_lost", name(s.PersonRef), kind)
		}
	}
	for _, q := range d.Quality {
		switch q.To {
		case model.QualityStressful:
			add("−", "change.tie_stressful", name(q.PersonRef))
		case model.QualityStrong:
			add("+", "change.tie_strong", name(q.PersonRef))
		default:
			add("~", "change.tie_other", name(q.PersonRef), cat.T("quality."+string(q.To)))
		}
	}
	for _, j := range d.Jim {
		switch {
		case j.From == "":
			add("+", "change.jim_new", name(j.PersonRef), youth(j.YouthID))
		case j.To == model.JimActive:
			add("+", "change.jim_active", name(j.PersonRef), youth(j.YouthID))
		case j.To == model.JimStopped:
			add("−", "change.jim_stopped", name(j.PersonRef), youth(j.YouthID))
		default:
			add("~", "change.jim_status", name(j.PersonRef), cat.T("jim.status."+string(j.To)))
		}
	}
	for _, a := range d.Agreements {
		what := model.CleanLine(a.What)
		switch {
		case a.Outcome == model.ReviewKept:
			add("+", "change.agreement_kept", what)
		case a.Outcome == model.ReviewPartly:
			add("~", "change.agreement_partly", what)
		case a.Outcome == model.ReviewNotKept:
			add("−", "change.agreement_not_kept", what)
		default:
			add("+", "change.agreement_new", what)
		}
	}
	if len(out) == 0 {
		add("", "change.none")
	}
	return out
}
