package report

import (
	"bytes"
	"os/exec"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"

	"kring/model"
	"kring/ui/i18n"
)

// planned is the example with a meeting and a plan: Ria, Lotte and Ruben
// (ring 4) invited, two goals, three tasks, Sanne signed.
func planned(t testing.TB) *model.Session {
	s := example(t)
	s.Demo = true
	s.Meeting.Date, s.Meeting.Place = "2026-10-24", "bij oma Ria thuis"
	for _, id := range []string{"p3", "p5", "p7"} {
		if err := s.Invite(id, "Sanne", "via de app"); err != nil {
			t.Fatal(err)
		}
	}
	s.Meeting.Invitee("p7").State = model.InviteComing
	s.Meeting.Outcome = "Ruben wil Noor weer zien."
	g1, _ := s.AddGoal("Noor en Sem zijn na school niet alleen.")
	g2, _ := s.AddGoal("Noor ziet haar vader weer.")
	for _, x := range []struct {
		g string
		t model.PlanTask
	}{
		{g1, model.PlanTask{PersonID: "p3", What: "Sem ophalen op dinsdag", Due: "2026-11-01", AgreementID: "a1"}},
		{g1, model.PlanTask{PersonID: "p5", What: "Noor ophalen op donderdag"}},
		{g2, model.PlanTask{PersonID: "p7", What: "Noor elke zaterdag bellen", Due: "2026-11-15"}},
	} {
		if _, err := s.AddTask(x.g, x.t); err != nil {
			t.Fatal(err)
		}
	}
	s.Plan.JimPart = "Iris praat met Noor als het thuis moeilijk is."
	s.Plan.Safety = "Ruben ziet Noor eerst bij oma."
	s.Plan.ReviewDate, s.Plan.ReviewHow = "2026-12-01", "samen bij oma"
	s.Plan.AskMunicipality = "Hulp bij de post."
	_ = s.Sign("p1", "2026-10-24")
	return s
}

// planItems is every item of the plan the printed plan must hold, its
// dates in words in the paper's language, and Ria's role "oma (moeders
// kant)" written once, without brackets inside brackets.
var planItems = []string{
	"Noor en Sem zijn na school niet alleen.", "Noor ziet haar vader weer.",
	"Sem ophalen op dinsdag", "Noor ophalen op donderdag", "Noor elke zaterdag bellen",
	"Ria (oma, moeders kant)", "Lotte", "Ruben (vader)",
	"Iris praat met Noor als het thuis moeilijk is.", "Ruben ziet Noor eerst bij oma.",
	"samen bij oma", "Hulp bij de post.", "Ruben wil Noor weer zien.",
}

// planDates are the plan's dates (tasks due 2026-11-01 and 2026-11-15,
// review 2026-12-01, meeting and Sanne's signature 2026-10-24) as each
// language writes them on the family's papers.
var planDates = map[i18n.Lang][]string{
	i18n.NL: {"1 november 2026", "15 november 2026", "1 december 2026", "24 oktober 2026"},
	i18n.EN: {"1 November 2026", "15 November 2026", "1 December 2026", "24 October 2026"},
}

// planWants is what the plan in language l must hold.
func planWants(l i18n.Lang) []string {
	return append(append([]string{}, planItems...), planDates[l]...)
}

func TestPlanDocumentHoldsEveryItem(t *testing.T) {
	t.Parallel()
	s := planned(t)
	for _, l := range []i18n.Lang{i18n.NL, i18n.EN} {
		cat := i18n.New(l)
		html := string(PlanHTML(s, opts(l)))
		md := string(PlanMarkdown(s, opts(l)))
		doc := parseXML(t, []byte(html))
		text := strings.Join(doc.text, "")
		for _, want := range append(planWants(l), cat.T("plan.made"), cat.T("plan.role.parent"), cat.T("plan.role.youth"), "DEMO") {
			if !strings.Contains(text, want) {
				t.Errorf("%s html: %q missing", l, want)
			}
			if !strings.Contains(strings.ReplaceAll(md, `\`, ""), want) {
				t.Errorf("%s md: %q missing", l, want)
			}
		}
		if !strings.Contains(html, "font-size: 15pt") {
			t.Errorf("%s: the plan is not in large type", l)
		}
	}
}

func TestInvitationHoldsEveryInvitee(t *testing.T) {
	t.Parallel()
	s := planned(t)
	for _, l := range []i18n.Lang{i18n.NL, i18n.EN} {
		cat := i18n.New(l)
		text := strings.Join(parseXML(t, InvitationHTML(s, opts(l))).text, "")
		for _, want := range []string{"Ria (oma, moeders kant)", "Lotte (tante, zus van moeder)", "Ruben (vader)", "via de app",
			planDates[l][3], "bij oma Ria thuis", cat.T("meeting.state.coming"), cat.T("invite.p3")} {
			if !strings.Contains(text, want) {
				t.Errorf("%s: %q missing", l, want)
			}
		}
	}
}

// TestPlanPapersAreSafe: hostile texts in the goals, tasks and meeting
// stay text in the plan's HTML and Markdown and the invitation.
func TestPlanPapersAreSafe(t *testing.T) {
	t.Parallel()
	s := planned(t)
	h := hostileTexts
	s.Plan.Goals[0].Words = h[0] + " " + h[6]
	s.Plan.Goals[0].Tasks[0].What = h[7] + " " + h[25]
	s.Meeting.Place = h[0]
	s.Meeting.Invitees[0].Reach = h[6]
	s.Plan.Safety = strings.Join(h, "\n")
	for _, l := range []i18n.Lang{i18n.NL, i18n.EN} {
		checkXMLSafe(t, "plan", parseXML(t, PlanHTML(s, opts(l))))
		checkXMLSafe(t, "invitation", parseXML(t, InvitationHTML(s, opts(l))))
		var out bytes.Buffer
		if err := goldmark.New(goldmark.WithExtensions(extension.GFM)).Convert(PlanMarkdown(s, opts(l)), &out); err != nil {
			t.Fatal(err)
		}
		for _, bad := range []string{"<script", "<img", "<a ", "<b>"} {
			if strings.Contains(out.String(), bad) {
				t.Errorf("%s: the plan's Markdown renders %s", l, bad)
			}
		}
	}
}

// TestPlanPapersPseudonymised: a pseudonymised plan names nobody and
// shows none of the family's words.
func TestPlanPapersPseudonymised(t *testing.T) {
	t.Parallel()
	s := planned(t)
	o := opts(i18n.NL)
	o.Pseudonymise = true
	for name, out := range map[string][]byte{"plan": PlanHTML(s, o), "plan-md": PlanMarkdown(s, o), "invitation": InvitationHTML(s, o)} {
		for _, leak := range []string{"Ruben", "Lotte", "Sem ophalen", "Hulp bij de post", "bij oma Ria thuis", "via de app"} {
			if bytes.Contains(out, []byte(leak)) {
				t.Errorf("%s: %q is left", name, leak)
			}
		}
	}
	if got := Pseudonymise(s).Plan.Goals[0].Tasks[0].AgreementID; got != "a1" {
		t.Errorf("pseudonymising breaks the task's link: %q", got)
	}
}

// TestPlanPrintsInChromium prints the plan in headless Chromium, as a
// family's copy is made, and reads the pages back: every item is there,
// and the large type keeps it to a few pages.
func TestPlanPrintsInChromium(t *testing.T) {
	s := planned(t)
	pdf := printPDF(t, PlanHTML(s, opts(i18n.NL)))
	pages := pdfPages(t, pdf)
	// In reading order (-raw) a table cell's lines follow each other,
	// which the page layout puts side by side with other cells.
	raw, err := exec.Command(needTool(t, "pdftotext"), "-raw", pdf, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	all := strings.Join(strings.Fields(string(raw)), " ")
	for _, want := range planWants(i18n.NL) {
		if !strings.Contains(all, want) {
			t.Errorf("printed plan: %q missing", want)
		}
	}
	if len(pages) > 4 {
		t.Errorf("the plan prints on %d pages", len(pages))
	}
	for i, p := range pages {
		if !strings.Contains(p, "DEMO") {
			t.Errorf("page %d does not say DEMO", i+1)
		}
	}
}
