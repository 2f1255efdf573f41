package report

import (
	"strings"

	"kring/model"
)

// The parts of the report that a municipality reads first and last: the
// summary on page 1, the signatures at the end, and the coach's notes
// when the coach chose to include them.

// summary is page 1: who, when, and per need the outcome with its grounds
// and what the network and the JIM contribute, in one table; then how
// agreements were kept and whether notes are in the report. The details
// follow in the order of the investigation.
func (b *builder) summary() {
	t, d, s := b.t, b.d, b.s
	d.h(2, t.T("report.s.summary"))
	facts := []fact{
		{t.T("field.date"), plain(t.or(line(string(s.Date))))},
		{t.T("field.coach"), plain(t.or(line(s.Coach)))},
		{t.T("report.youths"), plain(t.or(b.youthNames()))},
	}
	if dn := line(s.Dossier); dn != "" {
		facts = append([]fact{{t.T("field.dossier"), plain(dn)}}, facts...)
	}
	d.facts(facts)
	if len(s.Needs) == 0 {
		d.p(plain(t.T("report.no_needs")))
	} else {
		head := []string{t.T("report.col.need"), t.T("report.col.outcome"), t.T("report.grounds"),
			t.T("report.col.network"), t.T("report.col.jim")}
		rows := make([][]string, 0, len(s.Needs))
		for i := range s.Needs {
			n, ev := &s.Needs[i], b.evals[i]
			title := b.needTitle(i)
			if w := line(n.Request.Words); w != "" {
				title += ": “" + truncate(w, 160) + "”"
			}
			rows = append(rows, []string{title, t.code("result", string(ev.Result)), b.shortGrounds(ev.Grounds),
				b.networkHelp(n), b.jimFor(n.YouthID)})
		}
		d.table(head, rows)
	}
	p := s.Participation()
	d.p(plain(t.T("report.participation", p.Agreements, p.Reviews, p.Kept, p.Partly, p.NotKept)))
	if b.o.Notes && !b.o.Pseudonymise {
		d.p(plain(t.T("report.notes_in")))
	} else {
		d.p(plain(t.T("report.notes_out")))
	}
	d.pageBreak()
}

// youthNames lists the youths with their year of birth.
func (b *builder) youthNames() string {
	var out []string
	for _, y := range b.s.Youths {
		name := line(y.Name)
		if y.BirthYear != 0 {
			name += " (" + b.t.T("report.born", y.BirthYear) + ")"
		}
		out = append(out, name)
	}
	return strings.Join(out, ", ")
}

// networkHelp is who in the network helps with a need, as the check
// counts it: the members who said yes or partly, with what they do.
func (b *builder) networkHelp(n *model.Need) string {
	var out []string
	for _, c := range n.Network.Contributions {
		if !c.Counts() {
			continue
		}
		who := memberName(b.s, c.PersonID)
		if w := line(c.What); w != "" {
			who += ": " + w
		}
		out = append(out, who)
	}
	if len(out) == 0 {
		return b.t.T("report.nobody")
	}
	return strings.Join(out, "; ")
}

// jimFor is the youth's active JIM, or how many candidates there are.
func (b *builder) jimFor(youthID string) string {
	candidates := 0
	for _, j := range b.s.Jim {
		if youthID != "" && j.YouthID != youthID {
			continue
		}
		switch j.Status {
		case model.JimActive:
			return memberName(b.s, j.PersonID) + " ★"
		case model.JimStopped:
		default:
			candidates++
		}
	}
	if candidates > 0 {
		return b.t.cat.N("report.jim_candidates", candidates)
	}
	return b.t.T("report.no_jim")
}

// consent is the block the family signs: with whom and when the report
// was discussed, and a line to sign for each parent in the household,
// each youth of 12 or older (the age from which a youth's own view
// weighs in youth care) and the coach.
func (b *builder) consent() {
	t, d, s := b.t, b.d, b.s
	d.h(2, t.T("report.s.consent"))
	when := line(string(s.Date))
	for _, n := range s.Needs {
		if v := line(string(n.View.Date)); v > when {
			when = v
		}
	}
	d.p(plain(t.T("report.consent_intro", t.or(joinLines(s.Present)), t.or(when))))
	d.p(plain(t.T("report.consent_sign")))
	var rows [][]string
	for i := range s.People {
		if p := &s.People[i]; p.Parent && p.Household {
			rows = append(rows, []string{personName(p), t.T("report.sign.parent"), "", ""})
		}
	}
	year := b.o.Now.Year()
	if tm, ok := s.Date.Time(); ok {
		year = tm.Year()
	}
	for _, y := range s.Youths {
		if y.BirthYear == 0 || year-y.BirthYear >= 12 {
			rows = append(rows, []string{line(y.Name), t.T("report.sign.youth"), "", ""})
		}
	}
	rows = append(rows, []string{line(s.Coach), t.T("report.sign.coach"), "", ""})
	d.blocks = append(d.blocks, block{kind: bTable, sign: true, rows: rows,
		head: []string{t.T("report.col.name"), t.T("report.col.role"), t.T("report.col.signature"), t.T("report.col.date")}})
}

// notes is appendix B, only when the coach chose it at export: the notes
// on the youths, the people and the relations, so that a coach who
// deletes the session after exporting keeps them in the file of record.
func (b *builder) notes() {
	if !b.o.Notes || b.o.Pseudonymise {
		return
	}
	t, d, s := b.t, b.d, b.s
	var fs []fact
	for _, y := range s.Youths {
		if n := text(y.Notes); n != "" {
			fs = append(fs, fact{line(y.Name) + " (" + t.T("report.notes.youth") + ")", plain(n)})
		}
	}
	for i := range s.People {
		if n := text(s.People[i].Notes); n != "" {
			fs = append(fs, fact{personName(&s.People[i]), plain(n)})
		}
	}
	for _, r := range s.Relations {
		if n := text(r.Notes); n != "" {
			fs = append(fs, fact{memberName(s, r.A) + " – " + memberName(s, r.B) + " (" + t.T("report.notes.relation") + ")", plain(n)})
		}
	}
	d.h(2, t.T("report.s.notes"))
	if len(fs) == 0 {
		d.p(plain(t.T("report.empty")))
		return
	}
	d.facts(fs)
}
