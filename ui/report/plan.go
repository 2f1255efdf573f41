package report

import (
	"strconv"
	"strings"

	"kring/model"
)

// The family's own papers (issue 17): the family group plan, which the
// family keeps, and the invitation to the network meeting with its list,
// to print or read out. Both are built as documents like the report and
// written as HTML in a large, plain type (planCSS) or as Markdown. Their
// texts are the family-facing B1 lines of the catalogue.

// PlanHTML is the family group plan as one page for print, in large type.
func PlanHTML(s *model.Session, o Options) []byte {
	s = prepare(s, o)
	return htmlDocument(s, o, buildPlan(s, o), planCSS, 16384)
}

// PlanMarkdown is the family group plan as Markdown.
func PlanMarkdown(s *model.Session, o Options) []byte {
	s = prepare(s, o)
	return mdDocument(o, buildPlan(s, o), 8192)
}

// InvitationHTML is the one-page invitation to the network meeting, and
// after it, on a page of its own, the list of who is invited.
func InvitationHTML(s *model.Session, o Options) []byte {
	s = prepare(s, o)
	return htmlDocument(s, o, buildInvitation(s, o), planCSS, 8192)
}

// planCSS is the printed page of the family's papers: the report's page
// rules in a larger type with more room between lines, for readers who
// find small print hard.
const planCSS = css + `body { font-size: 15pt; line-height: 1.6; }
main { max-width: none; padding: 4mm 0; }
p { margin: .5em 0; }
table { table-layout: fixed; }
table th:last-child, table td:last-child { width: 24%; }
table.sign th:first-child { width: 30%; }
h1 { font-size: 26pt; }
h2 { font-size: 19pt; border-bottom: 2px solid #444; }
h3 { font-size: 16pt; }
table { font-size: 14pt; }
th, td { padding: 5px 8px; }
table.sign td { height: 20mm; }
li { margin: .2em 0; }
`

// planPerson is a person's name with the role (memberName), or "the
// family" for a task of the family as a whole.
func planPerson(s *model.Session, t tr, id string) string {
	if id == "" {
		return t.T("plan.family")
	}
	return planName(s, id)
}

// buildPlan lays out the family group plan: whose it is, its state, each
// goal with who does what by when, the Actieteam, the JIM's part,
// safety, when and how it is looked at again, the ask of the
// municipality, the meeting it came from, and lines to sign.
func buildPlan(s *model.Session, o Options) *document {
	t := newTr(o.Lang)
	d := &document{title: t.T("plan.print_for", line(s.Label)), family: true}
	if s.Demo {
		d.blocks = append(d.blocks, block{kind: bBanner, text: plain(t.T("report.demo"))})
	}
	d.h(1, t.T("plan.print_for", line(s.Label)))
	d.p(plain(t.T("plan.intro")))
	d.p(plain(t.T("plan.state", t.code("plan", string(s.PlanState())))))
	pl := &s.Plan
	if pl.Declined {
		d.p(plain(t.T("plan.declined_line")))
		if r := text(pl.DeclinedReason); r != "" {
			d.quote(r)
		}
	}
	d.h(2, t.T("plan.print_goals"))
	if len(pl.Goals) == 0 {
		d.p(plain(t.T("plan.empty_field")))
	}
	for i, g := range pl.Goals {
		d.h(3, t.T("plan.goal", i+1, text(g.Words)))
		if len(g.Tasks) == 0 {
			d.p(plain(t.T("plan.empty_field")))
			continue
		}
		var rows [][]string
		for _, task := range g.Tasks {
			what := line(task.What)
			for k, a := range s.Agreements {
				if a.ID == task.AgreementID && a.ID != "" {
					what += " (" + t.T("plan.agreement", strconv.Itoa(k+1)) + ")"
				}
			}
			rows = append(rows, []string{planPerson(s, t, task.PersonID), what, wordDate(t.cat, task.Due)})
		}
		d.table([]string{t.T("plan.col.who"), t.T("plan.col.what"), t.T("plan.col.when")}, rows)
	}
	d.h(2, t.T("plan.print_team"))
	var team []para
	for _, id := range s.Actieteam() {
		team = append(team, plain(planPerson(s, t, id)))
	}
	if len(team) == 0 {
		d.p(plain(t.T("plan.nobody")))
	}
	d.list(team)
	for _, part := range []struct{ key, v string }{
		{"plan.jim", pl.JimPart}, {"plan.safety", pl.Safety},
		{"plan.review", strings.TrimSpace(wordDate(t.cat, pl.ReviewDate) + "\n" + pl.ReviewHow)},
		{"plan.ask", pl.AskMunicipality},
	} {
		d.h(2, t.T(part.key))
		if v := text(part.v); v != "" {
			d.p(plain(v))
		} else {
			d.p(plain(t.T("plan.empty_field")))
		}
	}
	if m := &s.Meeting; m.Started() {
		d.h(2, t.T("meeting.title"))
		d.p(plain(t.T("meeting.when", t.or(wordDate(t.cat, m.Date)), t.or(line(m.Place)))))
		if v := text(m.Outcome); v != "" {
			d.p(plain(v))
		}
	}
	d.h(2, t.T("plan.print_sign"))
	year := o.Now.Year()
	if tm, ok := s.Date.Time(); ok {
		year = tm.Year()
	}
	var rows [][]string
	for _, id := range s.Signers(year) {
		role := t.T("plan.role.youth")
		if s.Person(id) != nil {
			role = t.T("plan.role.parent")
		}
		rows = append(rows, []string{planName(s, id), role, "", wordDate(t.cat, s.Plan.Signed(id))})
	}
	d.blocks = append(d.blocks, block{kind: bTable, sign: true, rows: rows,
		head: []string{t.T("report.col.name"), t.T("report.col.role"), t.T("plan.col.sign"), t.T("plan.col.date")}})
	return d
}

// buildInvitation lays out the invitation in plain B1 language, then the
// list of whom the family invites, who asks them and how to reach them.
func buildInvitation(s *model.Session, o Options) *document {
	t := newTr(o.Lang)
	m := &s.Meeting
	d := &document{title: t.T("invite.title"), family: true}
	if s.Demo {
		d.blocks = append(d.blocks, block{kind: bBanner, text: plain(t.T("report.demo"))})
	}
	d.h(1, t.T("invite.title"))
	d.p(plain(t.T("invite.hello")))
	for _, k := range []string{"invite.p1", "invite.p2", "invite.p3"} {
		d.p(plain(t.T(k)))
	}
	d.p(para{strong(t.T("invite.when", t.or(wordDate(t.cat, m.Date))))})
	d.p(para{strong(t.T("invite.where", t.or(line(m.Place))))})
	d.p(plain(t.T("invite.p4")))
	d.p(plain(t.T("invite.reply")))
	d.p(plain(t.T("invite.bye", line(s.Label))))
	d.pageBreak()
	d.h(2, t.T("invite.list_title"))
	var rows [][]string
	for _, v := range m.Invitees {
		rows = append(rows, []string{planPerson(s, t, v.PersonID), t.or(line(v.InvitedBy)), t.or(line(v.Reach)),
			t.code("meeting.state", string(v.State))})
	}
	d.table([]string{t.T("meeting.col.name"), t.T("invite.col.by"), t.T("invite.col.reach"), t.T("meeting.col.state")}, rows)
	return d
}

// Extension is the file name ending of an export format: the format's
// name, but the family's papers end in what opens them (".plan.html").
func Extension(format string) string {
	switch format {
	case "plan":
		return "plan.html"
	case "plan-md":
		return "plan.md"
	case "invitation":
		return "invitation.html"
	case "plan-pdf":
		return "plan.pdf"
	case "invitation-pdf":
		return "invitation.pdf"
	}
	return format
}
