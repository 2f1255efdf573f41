package report

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"kring/model"
	"kring/ui/i18n"
)

// exampleNames are the names of the example that must never leave in a
// pseudonymised export: every person whose name is not only a role, the
// youths, the coach and the family.
func exampleNames(s *model.Session) []string {
	names := []string{"Demi", "Veldkamp"}
	for _, y := range s.Youths {
		names = append(names, y.Name)
	}
	for _, p := range s.People {
		if !strings.EqualFold(p.Name, p.Role) {
			names = append(names, p.Name)
		}
	}
	return names
}

// exampleNotes are the free texts of the example that must not leave.
func exampleNotes(s *model.Session) []string {
	var out []string
	add := func(xs ...string) {
		for _, x := range xs {
			if strings.TrimSpace(x) != "" {
				out = append(out, x)
			}
		}
	}
	for _, y := range s.Youths {
		add(y.Notes)
	}
	for _, p := range s.People {
		add(p.Notes)
	}
	for _, r := range s.Relations {
		add(r.Notes)
	}
	for _, n := range s.Needs {
		add(n.Title, n.Request.Words, n.Request.YouthView, n.Applicability.Basis, n.Problems.Text, n.Help.Goals,
			n.Own.Standard, n.Own.Capacity, n.Own.Load, n.Own.Reason, n.FamilyPlan.Answer)
		for _, c := range n.Network.Contributions {
			add(c.What)
		}
	}
	for _, j := range s.Jim {
		add(j.Why)
		for _, a := range j.Criteria {
			add(a.Note)
		}
	}
	for _, a := range s.Agreements {
		add(a.What)
	}
	add(s.Label, s.Coach)
	return out
}

func TestPseudonymiseLeavesNoName(t *testing.T) {
	t.Parallel()
	s := example(t)
	// One pattern for every name, a whole word each: one pass over each
	// output instead of one per name.
	var names []string
	for _, n := range exampleNames(s) {
		names = append(names, regexp.QuoteMeta(n))
	}
	pats := []*regexp.Regexp{regexp.MustCompile(`(?i)(^|[^\p{L}\p{N}])(` + strings.Join(names, "|") + `)($|[^\p{L}\p{N}])`)}
	notes := exampleNotes(s)
	for _, l := range []i18n.Lang{i18n.NL, i18n.EN} {
		o := opts(l)
		o.Pseudonymise = true
		outs := render(t, s, o)
		c, err := quickCase(Pseudonymise(s), []byte("test passphrase"))
		if err != nil {
			t.Fatal(err)
		}
		back, err := DecryptCase(c, []byte("test passphrase"))
		if err != nil {
			t.Fatal(err)
		}
		outs["case (decrypted)"], _ = model.Encode(back)
		for f, out := range outs {
			text := string(out)
			for _, p := range pats {
				if loc := p.FindStringIndex(text); loc != nil {
					t.Errorf("%s %s: a name is left: …%s…", l, f, text[max(loc[0]-40, 0):min(loc[1]+40, len(text))])
				}
			}
			for _, n := range notes {
				if strings.Contains(text, n) || strings.Contains(text, esc(n)) {
					t.Errorf("%s %s: a free text is left: %q", l, f, n)
				}
			}
		}
	}
	if !strings.Contains(string(Markdown(s, Options{Lang: i18n.NL, Pseudonymise: true, Now: testNow})), i18n.New(i18n.NL).T("report.pseudonymised")) {
		t.Error("the pseudonymised report does not say so")
	}
}

func TestPseudonymiseKeepsStructure(t *testing.T) {
	t.Parallel()
	s := example(t)
	p := Pseudonymise(s)
	if p == s || s.People[0].Name != "Sanne" {
		t.Fatal("Pseudonymise changed its input")
	}
	if ps := p.Validate(); len(ps) > 0 {
		t.Fatalf("the pseudonymised session does not validate: %v", ps)
	}
	if p.Label != "Gezin V." || p.Coach != "C.D." || p.Youths[0].Name != "J1" || p.Youths[1].Name != "J2" {
		t.Errorf("label %q coach %q youths %q %q", p.Label, p.Coach, p.Youths[0].Name, p.Youths[1].Name)
	}
	want := map[string][2]string{
		"p1": {"S.", "moeder"}, "p3": {"R.", "oma (moeders kant)"}, "p6": {"F.", "moeder van Y."},
		"p8": {"D.", "nicht (dochter van L.)"}, "p10": {"M.", "vriend van J2"}, "p14": {"M.", "mentor van J1 op school"},
		"p17": {"huisarts", "huisarts"},
	}
	for id, w := range want {
		per := p.Person(id)
		if per.Name != w[0] || per.Role != w[1] {
			t.Errorf("%s: %q (%q), want %q (%q)", id, per.Name, per.Role, w[0], w[1])
		}
	}
	if !slices.Equal(p.Present, []string{"S. (moeder)", "Y. (partner van moeder)", "J1", "C.D."}) {
		t.Errorf("present: %q", p.Present)
	}
	if p.People[0].Notes != "" || p.Needs[0].Request.Words != Hidden || p.Agreements[0].What != Hidden || p.Jim[0].Criteria[model.CriterionWilling].Note != "" {
		t.Error("free text is not hidden")
	}
	// The check reads the same: an answered step stays answered.
	a, b := s.Evaluate(), p.Evaluate()
	for i := range a {
		if a[i].Result != b[i].Result || a[i].Steps != b[i].Steps || len(a[i].Findings) != len(b[i].Findings) {
			t.Errorf("need %d: the check changed: %v %v", i, a[i].Result, b[i].Result)
		}
	}
	// Structure stays: sectors, rings, qualities, relations, ids, dates.
	for i := range s.People {
		x, y := s.People[i], p.People[i]
		if x.ID != y.ID || x.Sector != y.Sector || x.Ring != y.Ring || x.Quality != y.Quality || x.Support != y.Support {
			t.Errorf("person %s changed shape", x.ID)
		}
	}
	if !slices.Equal(s.Relations[0:1], []model.Relation{{ID: "r1", A: "p1", B: "p2", Kind: model.RelationPartners}}) || p.Relations[2].Notes != "" {
		t.Error("relations changed")
	}
}

func TestRenamer(t *testing.T) {
	t.Parallel()
	s := &model.Session{Coach: "Anne de Wit", Label: "Familie Jansen",
		Youths: []model.Youth{{ID: "y1", Name: "Sem"}},
		People: []model.Person{{ID: "p1", Name: "Anne-Marie", Role: "tante"}, {ID: "p2", Name: "Bo", Role: "oma"}, {ID: "p3", Name: "opa", Role: "opa"}}}
	r := newRenamer(s)
	cases := map[string]string{
		"moeder van Sem":          "moeder van J1",
		"Semester":                "Semester",
		"vriendin van anne-marie": "vriendin van A.",
		"Anne de Wit (coach)":     "A.d.W. (coach)",
		"Bo en Sem":               "B. en J1",
		"buurman van opa":         "buurman van opa",
		"Sem,Sem":                 "J1,J1",
		"Familie Jansen":          "Gezin J.",
		"oma Jansen":              "oma J.",
		"familie van Sem":         "familie van J1",
		"Wit en de wit":           "A.d.W. en de wit",
	}
	for in, want := range cases {
		if got := r.replace(in); got != want {
			t.Errorf("replace(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestFamilyPseudonym: the label loses "Familie" and any remark in
// brackets, which would otherwise be read as initials ("Gezin F.V.f.v.").
func TestFamilyPseudonym(t *testing.T) {
	for in, want := range map[string]string{
		"Familie Veldkamp (fictief voorbeeld)": "Gezin V.",
		"familie Jansen-de Vries":              "Gezin J.V.",
		"Gezin Öztürk [oefen]":                 "Gezin Ö.",
		"Fam. Nguyễn":                          "Gezin N.",
		"Familie":                              "Gezin",
		"(alleen een opmerking)":               "Gezin",
		"Bakker":                               "Gezin B.",
	} {
		if got := familyPseudonym(in); got != want {
			t.Errorf("familyPseudonym(%q) = %q, want %q", in, got, want)
		}
	}
}

// surnamed is a made-up family whose members are stored with surnames
// and whose first names return inside other people's roles.
func surnamed(t testing.TB) *model.Session {
	s := example(t)
	s.Label = "Familie Öztürk (fictief)"
	s.Coach = "Anne de Wit"
	s.Youths[0].Name = "Noor Öztürk"
	s.Youths[1].Name = "Sem Jansen-de Vries"
	s.People[0].Name = "Sanne Öztürk"
	s.People[1].Name = "Yusuf Nguyễn"
	s.People[5].Name, s.People[5].Role = "Fatma Nguyễn", "moeder van Yusuf"
	s.People[13].Name, s.People[13].Role = "Marieke Bakker", "mentor van Noor op school"
	s.People[8].Role = "vriendin van Sanne, kent oma Öztürk"
	s.Present = []string{"Sanne (moeder)", "Yusuf", "Noor", "Anne de Wit"}
	return s
}

// TestPseudonymiseSurnames: a family stored with surnames leaves none of
// its names, first names or surnames, in any pseudonymised export.
func TestPseudonymiseSurnames(t *testing.T) {
	s := surnamed(t)
	var pats []*regexp.Regexp
	for _, n := range []string{"Öztürk", "Nguyễn", "Jansen", "Vries", "Bakker", "Noor", "Sem", "Sanne", "Yusuf", "Fatma", "Marieke", "Anne", "Wit"} {
		pats = append(pats, regexp.MustCompile(`(^|[^\p{L}\p{N}])`+regexp.QuoteMeta(n)+`($|[^\p{L}\p{N}])`))
	}
	for _, l := range []i18n.Lang{i18n.NL, i18n.EN} {
		o := opts(l)
		o.Pseudonymise = true
		for f, out := range render(t, s, o) {
			text := string(out)
			for _, p := range pats {
				if loc := p.FindStringIndex(text); loc != nil {
					t.Errorf("%s %s: a name is left: …%s…", l, f, text[max(loc[0]-40, 0):min(loc[1]+40, len(text))])
				}
			}
		}
	}
	p := Pseudonymise(s)
	if got := p.Person("p6").Role; got != "moeder van Y.N." {
		t.Errorf("Fatma's role: %q", got)
	}
	if got := p.Person("p9").Role; got != "vriendin van S.Ö., kent oma Ö." {
		t.Errorf("Iris's role: %q", got)
	}
}
