package report

import (
	"kring/model"
)

// atVisit returns the visit of s that o asks for: the open one for 0,
// else earlier visit o.Visit as a session of its own, holding the visits
// before it so that its report can compare too.
func atVisit(s *model.Session, o Options) (*model.Session, error) {
	if s == nil || o.Visit == 0 || o.Visit == s.VisitCount() {
		return s, nil
	}
	return s.VisitSession(o.Visit)
}

// visits is the report's part of the follow-up visits, after the
// counts: "what changed since" the visit before, and the network figures
// with their values then. It is there when the session has an earlier
// visit or the export asked to compare (Options.Compare); a session seen
// once gets its report as before.
func (b *builder) visits() {
	s, t, d := b.s, b.t, b.d
	n := s.VisitCount()
	if n < 2 && !b.o.Compare {
		return
	}
	name := func(r model.PersonRef) string { return personName(&model.Person{Name: r.Name, Role: r.Role}) }
	var prev *model.Session
	if n >= 2 {
		prev, _ = s.VisitSession(n - 1)
	}
	if prev == nil {
		d.h(2, t.T("compare.title", line(string(s.OpenVisitDate()))))
		d.p(plain(t.T("change.report_first_visit")))
	} else {
		diff := model.DiffVisits(prev, s)
		d.h(2, t.T("compare.title", line(string(diff.FromDate))))
		d.p(plain(t.T("change.report_visits_intro", n, line(string(diff.ToDate)), n-1, line(string(diff.FromDate)))))
		var items []para
		youth := func(id string) string { return memberName(s, id) }
		for _, c := range ChangeLines(t.cat, diff, name, youth) {
			items = append(items, plain(c.Mark+" "+c.Text))
		}
		d.list(items)
	}
	cur := s.Figures()
	var before *model.Figures
	if prev != nil {
		f := prev.Figures()
		before = &f
	}
	d.h(3, t.T("fig.report_title"))
	var facts []fact
	for _, f := range FigureLines(t.cat, &cur, before, name) {
		value := f.Value
		if before != nil {
			if f.Before == f.Value {
				value += " (" + t.T("fig.same") + ")"
			} else {
				value += " (" + t.T("fig.before", f.Before) + ")"
			}
		}
		facts = append(facts, fact{f.Label, plain(value + ". " + f.Explain)})
	}
	d.facts(facts)
}
