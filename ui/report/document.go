package report

import (
	"fmt"
	"strings"

	"kring/model"
)

// The report is built once as a small document of blocks holding plain
// text, and then written as Markdown or HTML. The writers escape every
// text they are given; nothing from the session reaches them as markup.

type blockKind int

const (
	bHeading blockKind = iota
	bPara
	bQuote
	bList
	bTable
	bFacts
	bMap
	bBanner
	// bPageBreak starts a new printed page: after the summary, around the
	// map. Markdown shows it as a rule.
	bPageBreak
)

// run is a piece of text, strong or not.
type run struct {
	text   string
	strong bool
}

// para is a line of runs; a run's text may hold line breaks.
type para []run

func plain(s string) para        { return para{{text: s}} }
func strong(s string) run        { return run{text: s, strong: true} }
func labelled(l, v string) para  { return para{strong(l + ":"), {text: " " + v}} }
func (p para) and(s string) para { return append(p, run{text: s}) }

// fact is one labelled value.
type fact struct {
	label string
	value para
}

type block struct {
	kind    blockKind
	level   int    // heading level 1..4
	text    para   // heading, paragraph, quote, banner
	items   []para // list
	head    []string
	rows    [][]string
	compact bool // a wide table in a smaller type
	sign    bool // a table of signature lines, with room to sign
	facts   []fact
}

type document struct {
	title  string
	blocks []block
	// family marks a paper for the family (the plan, the invitation):
	// its running header dates the session in words, like its text.
	family bool
}

func (d *document) h(level int, s string) {
	d.blocks = append(d.blocks, block{kind: bHeading, level: level, text: plain(s)})
}
func (d *document) p(p para)       { d.blocks = append(d.blocks, block{kind: bPara, text: p}) }
func (d *document) quote(s string) { d.blocks = append(d.blocks, block{kind: bQuote, text: plain(s)}) }
func (d *document) list(items []para) {
	if len(items) > 0 {
		d.blocks = append(d.blocks, block{kind: bList, items: items})
	}
}
func (d *document) table(head []string, rows [][]string) {
	d.blocks = append(d.blocks, block{kind: bTable, head: head, rows: rows})
}
func (d *document) facts(fs []fact) {
	if len(fs) > 0 {
		d.blocks = append(d.blocks, block{kind: bFacts, facts: fs})
	}
}

// build lays out the report in the order of the investigation.
func build(s *model.Session, o Options) *document {
	t := newTr(o.Lang)
	b := &builder{s: s, o: o, t: t, evals: s.Evaluate(), d: &document{}}
	b.d.title = t.T("report.title", line(s.Label))
	b.header()
	b.summary()
	b.present()
	b.requests()
	b.networkMap()
	b.counts()
	b.visits()
	b.checks()
	b.jim()
	b.agreements()
	b.views()
	b.grounds()
	b.consent()
	b.d.p(plain(t.T("report.footer")))
	b.grid()
	b.notes()
	return b.d
}

func (d *document) pageBreak() { d.blocks = append(d.blocks, block{kind: bPageBreak}) }

type builder struct {
	s     *model.Session
	o     Options
	t     tr
	evals []model.Evaluation
	d     *document
}

func (b *builder) header() {
	t, d := b.t, b.d
	d.h(1, d.title)
	if b.s.Demo {
		d.blocks = append(d.blocks, block{kind: bBanner, text: plain(t.T("report.demo"))})
	}
	if b.o.Pseudonymise {
		d.blocks = append(d.blocks, block{kind: bBanner, text: plain(t.T("report.pseudonymised"))})
	}
	d.p(plain(t.T("report.made", dateOf(b.o.Now)) + " " + t.T("report.advice")))
}

// 1. Who was there and when.
func (b *builder) present() {
	t, s := b.t, b.s
	b.d.h(2, t.T("report.s.present"))
	b.d.facts([]fact{
		{t.T("field.date"), plain(t.or(line(string(s.Date))))},
		{t.T("field.present"), plain(t.or(joinLines(s.Present)))},
		{t.T("field.coach"), plain(t.or(line(s.Coach)))},
		{t.T("report.youths"), plain(t.or(b.youthNames()))},
	})
}

func joinLines(xs []string) string {
	out := make([]string, 0, len(xs))
	for _, x := range xs {
		if x = line(x); x != "" {
			out = append(out, x)
		}
	}
	return strings.Join(out, ", ")
}

// needTitle is "Need 1: title".
func (b *builder) needTitle(i int) string {
	return b.t.T("report.need", i+1, line(b.s.Needs[i].Title))
}

func (b *builder) needYouth(n *model.Need) string {
	if y := b.s.Youth(n.YouthID); y != nil {
		return line(y.Name)
	}
	return b.t.T("needs.whole_family")
}

// 2. The request for help in the family's own words, per need.
func (b *builder) requests() {
	t, d := b.t, b.d
	d.h(2, t.T("report.s.request"))
	if len(b.s.Needs) == 0 {
		d.p(plain(t.T("report.no_needs")))
		return
	}
	for i := range b.s.Needs {
		n := &b.s.Needs[i]
		d.h(3, b.needTitle(i))
		d.facts([]fact{{t.T("field.need_youth"), plain(b.needYouth(n))}})
		d.p(para{strong(t.T("field.request_words") + ":")})
		if w := text(n.Request.Words); w != "" {
			d.quote(w)
		} else {
			d.p(plain(t.T("report.empty")))
		}
		d.p(para{strong(t.T("field.youth_view") + ":")})
		if w := text(n.Request.YouthView); w != "" {
			d.quote(w)
		} else {
			d.p(plain(t.T("report.empty")))
		}
		present := joinLines(n.Request.Present)
		if present == "" && len(b.s.Present) > 0 {
			present = joinLines(b.s.Present)
		}
		d.facts([]fact{
			{t.T("field.present"), plain(t.or(present))},
			{t.T("field.date"), plain(t.or(line(string(n.Request.Date))))},
		})
	}
}

// 3. The map: the picture (HTML), the people and their ties.
func (b *builder) networkMap() {
	t, d, s := b.t, b.d, b.s
	d.pageBreak()
	d.h(2, t.T("report.s.map"))
	d.blocks = append(d.blocks, block{kind: bMap})
	if len(s.People) == 0 {
		d.p(plain(t.T("report.no_people")))
		return
	}
	d.p(plain(t.T("report.grid_below")))
	var rings []string
	for _, r := range model.Rings {
		rings = append(rings, itoa(int(r))+" "+t.code("ring", itoa(int(r))))
	}
	d.p(plain(t.T("report.map_legend") + " · " + t.T("report.legend.rings", strings.Join(rings, " · "))))
	if len(s.Relations) > 0 {
		d.p(para{strong(t.T("report.relations") + ":")})
		var items []para
		for _, r := range s.Relations {
			items = append(items, plain(memberName(s, r.A)+" – "+memberName(s, r.B)+": "+t.code("relation", string(r.Kind))))
		}
		d.list(items)
	}
}

// Appendix A: the Social Network Map grid, everyone on the map with
// their support, tie and willingness, by sector. It fills pages for a
// large network, so it comes after what the municipality decides on.
func (b *builder) grid() {
	t, d, s := b.t, b.d, b.s
	if len(s.People) == 0 {
		return
	}
	d.pageBreak()
	d.h(2, t.T("report.s.grid"))
	head := []string{t.T("grid.name"), t.T("grid.sector"), t.T("grid.ring"), t.T("grid.frequency"), t.T("grid.known_for"),
		t.T("report.col.support"), t.T("report.col.direction"), t.T("grid.quality"), t.T("grid.willing"), t.T("field.able")}
	rows := make([][]string, 0, len(s.People))
	for _, si := range model.Sectors {
		for i := range s.People {
			p := &s.People[i]
			if p.Sector != si && !(si == model.SectorProfessionals && !p.Sector.Valid()) {
				continue
			}
			name := p.QualityGlyph() + " " + personName(p)
			if m := s.JimMark(p.ID); m != "" {
				name += " " + m
			}
			dir := "–"
			if dr := direction(p); dr != model.DirectionNone {
				dir = t.code("direction", string(dr))
			}
			rows = append(rows, []string{
				name, t.code("sector", string(p.Sector)), itoa(ringOf(p.Ring)),
				t.code("frequency", string(p.Frequency)), t.code("known_short", string(p.KnownFor)),
				supportText(t, p.Support), dir, t.code("quality", string(p.Quality)), t.code("willing", string(p.Willing)), t.answer(p.Able),
			})
		}
	}
	d.blocks = append(d.blocks, block{kind: bTable, head: head, rows: rows, compact: true})
}

// supportText is the support kinds given, with their level: "P often, E sometimes".
func supportText(t tr, sup model.Supports) string {
	var parts []string
	for _, k := range model.SupportKinds {
		v := sup.Get(k)
		if v.Level == model.LevelSometimes || v.Level == model.LevelOften {
			parts = append(parts, k.Letter()+" "+t.code("level", string(v.Level)))
		}
	}
	if len(parts) == 0 {
		return "–"
	}
	return strings.Join(parts, ", ")
}

// 4. The counts under the map.
func (b *builder) counts() {
	t, d, s := b.t, b.d, b.s
	d.h(2, t.T("report.s.counts"))
	c := s.Count()
	head := []string{t.T("grid.sector")}
	for _, r := range model.Rings {
		head = append(head, t.T("map.ring_n", int(r)))
	}
	head = append(head, t.T("report.total"))
	byCell := map[[2]int]int{}
	for i := range s.People {
		p := &s.People[i]
		byCell[[2]int{sectorIndex(p.Sector), ringOf(p.Ring)}]++
	}
	var rows [][]string
	ringTotals := make([]int, len(model.Rings))
	for si, sec := range model.Sectors {
		row := []string{t.code("sector", string(sec))}
		total := 0
		for ri := range model.Rings {
			n := byCell[[2]int{si, ri + 1}]
			ringTotals[ri] += n
			total += n
			row = append(row, itoa(n))
		}
		rows = append(rows, append(row, itoa(total)))
	}
	last := []string{t.T("report.total")}
	for _, n := range ringTotals {
		last = append(last, itoa(n))
	}
	rows = append(rows, append(last, itoa(c.People)))
	d.table(head, rows)
	var sup []string
	for _, k := range model.SupportKinds {
		sup = append(sup, fmt.Sprintf("%s %s %d", k.Letter(), t.code("support", string(k)), c.BySupport[k]))
	}
	d.facts([]fact{
		{t.T("report.count.people"), plain(itoa(c.People))},
		{t.T("report.count.support"), plain(strings.Join(sup, " · "))},
		{t.T("report.count.stressful"), plain(itoa(c.Stressful))},
		{t.T("report.count.not_asked"), plain(itoa(c.NotAsked))},
		{t.T("report.count.deceased"), plain(itoa(c.Deceased))},
	})
}

// 5. The network-first check per need: the answers in step order, the
// result and its reasons.
func (b *builder) checks() {
	t, d := b.t, b.d
	d.h(2, t.T("report.s.check"))
	if len(b.s.Needs) == 0 {
		d.p(plain(t.T("report.no_needs")))
		return
	}
	d.p(plain(t.T("report.check_intro")))
	for i := range b.s.Needs {
		n := &b.s.Needs[i]
		ev := b.evals[i]
		d.h(3, b.needTitle(i))
		d.p(para{strong(t.T("needs.result", t.code("result", string(ev.Result))))})
		d.facts([]fact{{t.T("report.grounds"), plain(b.shortGrounds(ev.Grounds))}})
		d.p(plain(t.T("report.decides." + string(ev.Result))))
		if len(ev.Findings) == 0 {
			d.p(plain(t.T("report.no_findings")))
		} else {
			d.p(para{strong(t.T("report.reasons") + ":")})
			var items []para
			for _, f := range ev.Findings {
				items = append(items, plain(b.finding(f)))
			}
			d.list(items)
		}
		for step := 1; step <= model.NeedSteps; step++ {
			title := t.T("check.step", step, t.T(fmt.Sprintf("check.%d.title", step)))
			d.h(4, title+" — "+t.code("report.state", string(ev.Steps[step-1])))
			b.stepAnswers(n, step)
		}
	}
}

// shortGrounds are the grounds of a result in their short form, as the
// text cites them; the full form is in the list of grounds.
func (b *builder) shortGrounds(rs []model.Rule) string {
	out := make([]string, len(rs))
	for i, r := range rs {
		out[i] = b.t.code("rule", string(r))
	}
	return b.t.or(strings.Join(out, "; "))
}

// 9. The grounds: every rule a result of this report rests on, in full
// citation form, once, in the order of model.Rules.
func (b *builder) grounds() {
	t, d := b.t, b.d
	d.h(2, t.T("report.s.grounds"))
	cited := map[model.Rule]bool{}
	for _, ev := range b.evals {
		for _, r := range ev.Grounds {
			cited[r] = true
		}
	}
	var items []fact
	for _, r := range model.Rules {
		if cited[r] {
			items = append(items, fact{t.code("rule", string(r)), plain(t.code("rule_full", string(r)))})
		}
	}
	if len(items) == 0 {
		d.p(plain(t.T("report.no_needs")))
		return
	}
	d.p(plain(t.T("report.grounds_intro")))
	d.facts(items)
}

// finding is one reason: "Step 6: … (CRvB 2017:17)".
func (b *builder) finding(f model.Finding) string {
	t := b.t
	name := ""
	if p := b.s.Person(f.PersonID); p != nil {
		name = personName(p)
	} else if f.PersonID != "" {
		name = "[" + line(f.PersonID) + "]"
	}
	if f.Code == model.FindingStepOpen {
		label := t.cat.FieldLabel(f.Field, f.Step)
		if name != "" {
			label = name + ": " + label
		}
		name = label
	}
	key := "finding." + string(f.Code)
	msg := t.T(key)
	if strings.Contains(msg, "%s") {
		msg = t.T(key, name)
	}
	return t.T("needs.finding", f.Step, msg, t.code("rule", string(f.Rule)))
}

// tf is a fact with a text that may hold line breaks.
func (b *builder) tf(key, value string) fact {
	return fact{b.t.T(key), plain(b.t.or(text(value)))}
}

// stepAnswers writes what was recorded for one step.
func (b *builder) stepAnswers(n *model.Need, step int) {
	t, d := b.t, b.d
	switch step {
	case 1:
		d.p(plain(t.T("report.see_request")))
	case 2:
		a := n.Applicability
		d.facts([]fact{
			{t.T("field.jeugdwet"), plain(t.answer(a.Jeugdwet))},
			{t.T("field.resident"), plain(t.answer(a.Resident))},
			b.tf("field.basis", a.Basis),
		})
	case 3:
		var who []string
		for _, e := range n.Problems.Expertise {
			w := t.or(line(e.Who))
			if disc := line(e.Discipline); disc != "" {
				w += " (" + disc + ")"
			}
			who = append(who, w+", "+strings.ToLower(t.T("field.expertise_checked_short"))+": "+t.answer(e.Checked))
		}
		d.facts([]fact{
			b.tf("field.problems", n.Problems.Text),
			{t.T("report.expertise"), plain(t.or(strings.Join(who, "; ")))},
		})
	case 4:
		h := n.Help
		d.facts([]fact{
			b.tf("field.help_kind", h.Kind), b.tf("field.help_frequency", h.Frequency),
			b.tf("field.help_duration", h.Duration), b.tf("field.help_goals", h.Goals),
		})
	case 5:
		o := n.Own
		d.facts([]fact{
			{t.T("field.own_outcome"), plain(t.code("sufficiency", string(o.Outcome)))},
			b.tf("field.own_standard", o.Standard), b.tf("field.own_capacity", o.Capacity),
			b.tf("field.own_load", o.Load), b.tf("field.reason", o.Reason),
			{t.T("field.own_pays_self"), plain(t.answer(o.PaysSelf))},
		})
	case 6:
		nw := n.Network
		d.facts([]fact{
			{t.T("field.network_outcome"), plain(t.code("sufficiency", string(nw.Outcome)))},
			b.tf("field.reason", nw.Reason),
		})
		if len(nw.Contributions) == 0 {
			d.p(plain(t.T("report.no_contributions")))
			return
		}
		head := []string{t.T("field.contrib_person"), t.T("field.contrib_what"), t.T("field.contrib_how_often"),
			t.T("field.contrib_asked"), t.T("field.contrib_answer"), t.T("field.able"), t.T("field.contrib_lasting"), t.T("field.contrib_why_not")}
		var rows [][]string
		for _, c := range nw.Contributions {
			why := line(c.WhyNot)
			if c.NotAsked != model.NotAskedNone {
				why = strings.TrimSuffix(t.T("field.contrib_not_asked")+" "+t.code("notasked", string(c.NotAsked))+"; "+why, "; ")
			}
			rows = append(rows, []string{
				memberName(b.s, c.PersonID), t.or(line(c.What)), t.or(line(c.HowOften)), t.answer(c.Asked),
				t.code("willing", string(c.Willing)), t.answer(c.Able), t.answer(c.Lasting), why,
			})
		}
		d.table(head, rows)
	case 7:
		f := n.FamilyPlan
		offer := t.code("plan", string(f.Offer))
		if st := b.s.PlanState(); st != model.PlanNotOffered {
			offer = t.T("plan.from_plan", t.code("plan", string(st)))
		}
		d.facts([]fact{
			{t.T("field.plan_offer"), plain(offer)},
			b.tf("field.plan_answer", f.Answer),
			{t.T("field.jim_present"), plain(t.answer(f.JimPresent))},
		})
	case 8, 9:
		p := n.Preceding
		if step == 9 {
			p = n.General
		}
		fs := []fact{
			{t.T("field.decision"), plain(t.code("decision", string(p.Decision)))},
			b.tf("field.provision_which", p.Which),
		}
		if step == 9 || p.Adequate == model.AnswerYes || p.Adequate == model.AnswerNo {
			fs = append(fs, fact{t.T("field.provision_adequate"), plain(t.answer(p.Adequate))})
		}
		d.facts(fs)
	case 10:
		g := n.Gap
		d.facts([]fact{
			{t.T("field.gap_conclusion"), plain(t.code("conclusion", string(g.Conclusion)))},
			{t.T("field.gap_form"), plain(t.code("careform", string(g.Form)))},
			b.tf("field.gap_reasoning", g.Reasoning),
		})
	case 11:
		d.p(plain(t.T("report.see_view")))
	}
}

// 6. The JIM per youth: candidates, status, dates, criteria.
func (b *builder) jim() {
	t, d, s := b.t, b.d, b.s
	d.h(2, t.T("report.s.jim"))
	d.p(plain(t.T("jim.intro")))
	b.jimRuleWarnings()
	if len(s.Youths) == 0 {
		d.p(plain(t.T("report.no_youths")))
		return
	}
	for _, y := range s.Youths {
		d.h(3, t.T("jim.youth_title", line(y.Name)))
		if a := s.ActiveJim(y.ID); a != nil {
			name := memberName(s, a.PersonID)
			if since := a.Since(); since != "" {
				d.p(para{strong("★ " + t.T("jim.active_since", name, line(string(since))))})
			} else {
				d.p(para{strong("★ " + t.T("jim.active", name))})
			}
		} else {
			d.p(plain(t.T("jim.no_active")))
		}
		cands := s.JimCandidatesOf(y.ID)
		if len(cands) == 0 {
			d.p(plain(t.T("report.no_candidates")))
			continue
		}
		for _, j := range cands {
			status := t.code("jim.status", string(j.Status))
			if since := j.Since(); since != "" {
				status = t.T("jim.status_since", status, line(string(since)))
			}
			d.h(4, memberName(s, j.PersonID)+" — "+status)
			if w := text(j.Why); w != "" {
				d.p(para{strong(t.T("jim.field.why") + ":")})
				d.quote(w)
			}
			if j.Status == model.JimStopped && strings.TrimSpace(j.StopReason) != "" {
				d.p(plain(t.T("jim.stopped_because", line(j.StopReason))))
			}
			var rows [][]string
			for _, c := range model.Criteria {
				// As the facts allow: never met where the record says otherwise.
				a := s.JimAnswer(j, c)
				note := line(a.Note)
				if s.JimContradicted(j, c) {
					note = strings.TrimSuffix(t.T("report.jim_overridden")+"; "+note, "; ")
				}
				rows = append(rows, []string{t.code("jim.criterion", string(c)), t.answer(a.Value), note})
			}
			d.table([]string{t.T("report.col.criterion"), t.T("report.col.answer"), t.T("report.col.note")}, rows)
			if len(j.History) > 0 {
				d.p(para{strong(t.T("jim.history") + ":")})
				var items []para
				for _, h := range j.History {
					it := t.or(line(string(h.Date))) + ": " + t.code("jim.status", string(h.Status))
					if note := line(h.Note); note != "" {
						it += " — " + note
					}
					items = append(items, plain(it))
				}
				d.list(items)
			}
		}
	}
}

// jimRuleWarnings lists the JIM rules the session breaks (a file can hold
// what the screens refuse): a parent or someone who died as JIM, an active
// JIM without child safety checked, two active JIMs for a youth.
func (b *builder) jimRuleWarnings() {
	t, s := b.t, b.s
	ws := s.JimRuleWarnings()
	if len(ws) == 0 {
		return
	}
	var items []para
	for _, w := range ws {
		name := memberName(s, w.PersonID)
		if w.Code == model.JimRuleTwoActive {
			name = memberName(s, w.YouthID)
		}
		items = append(items, plain(t.T("jimrule."+string(w.Code), name)))
	}
	b.d.p(para{strong(t.T("report.jim_warnings") + ":")})
	b.d.list(items)
}

// 7. The agreements with their reviews, and the participation summary.
func (b *builder) agreements() {
	t, d, s := b.t, b.d, b.s
	d.h(2, t.T("report.s.agreements"))
	if len(s.Agreements) == 0 {
		d.p(plain(t.T("report.no_agreements")))
	} else {
		head := []string{"#", t.T("report.col.who"), t.T("report.col.what"), t.T("report.col.due"), t.T("report.col.reviews")}
		var rows [][]string
		for i, a := range s.Agreements {
			who := t.code("report.party", string(a.Who))
			if a.PersonID != "" {
				who += ": " + memberName(s, a.PersonID)
			}
			var reviews []string
			for _, r := range a.Reviews {
				rv := t.or(line(string(r.Date))) + " " + t.code("report.review", string(r.Outcome))
				if note := line(r.Note); note != "" {
					rv += " (" + note + ")"
				}
				reviews = append(reviews, rv)
			}
			rows = append(rows, []string{itoa(i + 1), who, t.or(line(a.What)), t.or(line(string(a.Due))), t.or(strings.Join(reviews, "; "))})
		}
		d.table(head, rows)
	}
	p := s.Participation()
	d.p(plain(t.T("report.participation", p.Agreements, p.Reviews, p.Kept, p.Partly, p.NotKept)))
	if len(p.Flagged) > 0 {
		var nums []string
		for _, id := range p.Flagged {
			for i, a := range s.Agreements {
				if a.ID == id {
					nums = append(nums, "#"+itoa(i+1))
				}
			}
		}
		d.p(para{strong(t.T("report.flagged", strings.Join(nums, ", ")))})
	}
	d.p(plain(t.T("report.never_scales_down")))
}

// 8. The family's view of the report, per need.
func (b *builder) views() {
	t, d := b.t, b.d
	d.h(2, t.T("report.s.view"))
	if len(b.s.Needs) == 0 {
		d.p(plain(t.T("report.no_needs")))
		return
	}
	for i := range b.s.Needs {
		v := b.s.Needs[i].View
		d.h(3, b.needTitle(i))
		d.facts([]fact{
			{t.T("field.family_view"), plain(t.code("view", string(v.View)))},
			b.tf("field.family_comments", v.Comments),
			{t.T("field.date"), plain(t.or(line(string(v.Date))))},
		})
	}
}
