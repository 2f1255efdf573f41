package report

import (
	"bytes"
	"encoding/xml"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"

	"kring/model"
	"kring/ui/i18n"
)

// hostileTexts are names and texts that try to become markup, links,
// formulas or DOT syntax in one format or another.
var hostileTexts = []string{
	`<script>alert(1)</script>`,
	`a"b,c`,
	`x & y`,
	`-->`,
	`"; DROP`,
	"line one\nline two",
	`=HYPERLINK("http://evil.example","klik")`,
	`[link](http://evil.example)`,
	`![img](http://evil.example/x.png)`,
	`www.evil.example`,
	`mail@evil.example`,
	`**bold** _em_ ~~gone~~`,
	"# heading",
	"1. numbered",
	"- item",
	"> quote",
	"| pipe | cell |",
	"`code`",
	`back\slash\`,
	"&amp; &#x3c; &lt;",
	`]]> <!-- x`,
	`+SUM(1,2)`,
	`@cmd`,
	`-2+3`,
	"tab\there",
	`<img src=x onerror=alert(1)>`,
	`javascript:alert(1)`,
	"\u202Eevil\u202C",
	`\"; } digraph x { "`,
	"---",
	"<b>bold</b>",
	"*",
}

// hostileID is a person id a hand-edited file could carry.
const hostileID = `p"]; "x" -- "y" [label="<script>`

// hostile is a session with hostile texts in every field a format shows:
// people, roles, notes, the label, the need's words, agreements.
func hostile() *model.Session {
	h := hostileTexts
	s := &model.Session{
		ID: "h1", Label: h[0] + " " + h[6], Coach: h[4], Date: "2026-10-05", Demo: true,
		Present: []string{h[0], h[5], h[6]},
		Youths:  []model.Youth{{ID: "y1", Name: h[0], BirthYear: 2012, Notes: h[5]}, {ID: "y2", Name: h[6]}},
	}
	for i, x := range h {
		p := model.Person{
			ID: "p" + itoa(i+1), Name: x, Role: h[(i+7)%len(h)], Sector: model.Sectors[i%6], Ring: model.Ring(i%4 + 1),
			Quality: model.Qualities[i%4], Willing: model.WillingYes, Able: model.AnswerYes, Notes: x, Deceased: i == 9,
		}
		p.Support.Set(model.SupportKinds[i%4], model.Support{Level: model.LevelOften, Direction: model.DirectionGives})
		s.People = append(s.People, p)
	}
	s.People[3].ID = hostileID
	s.Relations = []model.Relation{
		{ID: "r1", A: "p1", B: hostileID, Kind: model.RelationConflict, Notes: h[0]},
		{ID: "r2", A: "y1", B: "p7", Kind: model.RelationClose, Notes: h[6]},
	}
	s.Needs = []model.Need{{
		ID: "n1", Title: h[0], YouthID: "y1",
		Request:       model.RequestStep{Words: h[5] + "\n" + h[0] + "\n" + h[12], YouthView: h[13] + "\n" + h[14], Present: []string{h[6]}, Date: "2026-10-05"},
		Applicability: model.ApplicabilityStep{Jeugdwet: model.AnswerYes, Resident: model.AnswerNo, Basis: h[7]},
		Problems:      model.ProblemsStep{Text: h[8], Expertise: []model.Expertise{{Who: h[0], Discipline: h[2]}}},
		Help:          model.HelpStep{Kind: h[9], Frequency: h[10], Duration: h[11], Goals: h[15]},
		Own:           model.OwnStrengthStep{Outcome: model.SufficiencyPartly, Standard: h[16], Capacity: h[17], Load: h[18], Reason: h[19]},
		Network: model.NetworkStep{Outcome: model.SufficiencyNotEnough, Reason: h[20], Contributions: []model.Contribution{
			{PersonID: "p1", What: h[6], HowOften: h[0], Asked: model.AnswerYes, Willing: model.WillingNo, WhyNot: h[5]},
		}},
		FamilyPlan: model.FamilyPlanStep{Offer: model.PlanDeclined, Answer: h[21]},
		Preceding:  model.ProvisionStep{Decision: model.DecisionRefer, Which: h[22]},
		Gap:        model.GapStep{Conclusion: model.ConclusionYouthCare, Reasoning: h[23]},
		View:       model.FamilyViewStep{View: model.ViewDisagree, Comments: h[24], Date: "2026-10-06"},
	}}
	s.Jim = []model.JimCandidate{{
		ID: "j1", YouthID: "y1", PersonID: "p2", Why: h[0] + "\n" + h[7], Status: model.JimStopped, StopReason: h[6],
		Criteria: map[model.Criterion]model.CriterionAnswer{model.CriterionSafety: {Value: model.AnswerNo, Note: h[0]}},
		History:  []model.StatusChange{{Status: model.JimNamed, Date: "2026-10-01", Note: h[12]}, {Status: model.JimStopped, Date: "2026-10-02", Note: h[0]}},
	}}
	s.Agreements = []model.Agreement{
		{ID: "a1", Who: model.PartyNetwork, PersonID: "p1", What: h[0] + " " + h[6], Due: "2026-10-13",
			Reviews: []model.Review{{Date: "2026-10-14", Outcome: model.ReviewPartly, Note: h[7]}}},
		{ID: "a2", Who: model.PartyFamily, What: h[13] + "\n" + h[14]},
	}
	return s
}

// forbidden are elements no hostile text may create in HTML or SVG.
var forbidden = map[string]bool{"script": true, "img": true, "a": true, "iframe": true, "object": true, "embed": true,
	"foreignObject": true, "image": true, "use": true, "b": true, "link": true, "meta": false}

func checkXMLSafe(t *testing.T, format string, doc xmlDoc) {
	t.Helper()
	for _, e := range doc.elements {
		if forbidden[e.Name.Local] {
			t.Errorf("%s: hostile text made a <%s>", format, e.Name.Local)
		}
		for _, a := range e.Attr {
			if strings.HasPrefix(strings.ToLower(a.Name.Local), "on") || a.Name.Local == "href" || a.Name.Local == "src" {
				t.Errorf("%s: hostile text made an attribute %s", format, a.Name.Local)
			}
		}
	}
	text := strings.Join(doc.text, "")
	for _, want := range []string{"<script>alert(1)</script>", `=HYPERLINK("http://evil.example","klik")`} {
		if !strings.Contains(text, want) {
			t.Errorf("%s: %q is not in the text", format, want)
		}
	}
}

func TestHostileHTML(t *testing.T) {
	t.Parallel()
	for _, l := range []i18n.Lang{i18n.NL, i18n.EN} {
		doc := parseXML(t, HTML(hostile(), opts(l)))
		checkXMLSafe(t, "html", doc)
		var metas int
		for _, e := range doc.elements {
			if e.Name.Local == "meta" {
				metas++
			}
		}
		if metas != 4 {
			t.Errorf("html: %d meta elements", metas)
		}
	}
}

func TestHostileSVG(t *testing.T) {
	t.Parallel()
	doc := parseXML(t, SVG(hostile(), opts(i18n.NL)))
	for _, e := range doc.elements {
		if forbidden[e.Name.Local] {
			t.Errorf("svg: hostile text made a <%s>", e.Name.Local)
		}
		for _, a := range e.Attr {
			if strings.HasPrefix(strings.ToLower(a.Name.Local), "on") || a.Name.Local == "href" {
				t.Errorf("svg: attribute %s", a.Name.Local)
			}
		}
	}
	text := strings.Join(doc.text, "")
	for _, want := range []string{"<script>alert(1)</script>", "x & y", `a"b,c`, "-->", `]]> <!-- x`} {
		if !strings.Contains(text, want) {
			t.Errorf("svg: %q is not in the text", want)
		}
	}
}

func TestHostileGraphML(t *testing.T) {
	t.Parallel()
	s := hostile()
	out := GraphML(s, opts(i18n.NL))
	var g struct {
		Graph struct {
			Nodes []struct {
				ID   string `xml:"id,attr"`
				Data []struct {
					Key   string `xml:"key,attr"`
					Value string `xml:",chardata"`
				} `xml:"data"`
			} `xml:"node"`
			Edges []struct {
				Source string `xml:"source,attr"`
				Target string `xml:"target,attr"`
			} `xml:"edge"`
		} `xml:"graph"`
	}
	parseXML(t, out)
	if err := xml.Unmarshal(out, &g); err != nil {
		t.Fatal(err)
	}
	names := map[string]string{}
	for _, n := range g.Graph.Nodes {
		for _, d := range n.Data {
			if d.Key == "n_name" {
				names[n.ID] = d.Value
			}
		}
	}
	for _, p := range s.People {
		if names[p.ID] != model.CleanLine(p.Name) {
			t.Errorf("node %q: name %q, want %q", p.ID, names[p.ID], model.CleanLine(p.Name))
		}
	}
	last := g.Graph.Edges[len(g.Graph.Edges)-2]
	if last.Source != "p1" || last.Target != hostileID {
		t.Errorf("relation edge %q -- %q", last.Source, last.Target)
	}
}

func TestHostileDOT(t *testing.T) {
	t.Parallel()
	s := hostile()
	g := parseDOT(t, DOT(s, opts(i18n.NL)))
	for _, p := range s.People {
		n, ok := g.nodes[p.ID]
		if !ok {
			t.Fatalf("no node %q", p.ID)
		}
		if n["name"] != model.CleanLine(p.Name) || n["role"] != model.CleanLine(p.Role) {
			t.Errorf("node %q: name %q role %q", p.ID, n["name"], n["role"])
		}
	}
	if len(g.nodes) != len(s.People)+len(s.Youths) || len(g.edges) != len(s.People)*len(s.Youths)+len(s.Relations) {
		t.Errorf("%d nodes, %d edges", len(g.nodes), len(g.edges))
	}
}

func TestHostileCSV(t *testing.T) {
	t.Parallel()
	s := hostile()
	rows := readExcelNL(t, CSV(s, opts(i18n.NL)))
	if len(rows) != len(s.People)+1 {
		t.Fatalf("%d rows", len(rows))
	}
	for i, r := range rows[1:] {
		for _, c := range r {
			if c != "" && strings.ContainsRune("=+-@\t\r", rune(c[0])) {
				t.Errorf("row %d: cell %q would be a formula", i+1, c)
			}
		}
		name := model.CleanLine(s.People[i].Name)
		if strings.ContainsRune("=+-@", rune(name[0])) {
			name = "'" + name
		}
		if r[1] != name {
			t.Errorf("row %d: name %q, want %q", i+1, r[1], name)
		}
	}
}

func TestHostileJSON(t *testing.T) {
	t.Parallel()
	s := hostile()
	s.Needs[0].Network.Contributions[0].WhyNot = "" // JSON keeps the session as it is; this one would fail validation
	j, err := JSON(s, opts(i18n.NL))
	if err != nil {
		t.Fatal(err)
	}
	back, err := model.Decode(j)
	if err != nil {
		t.Fatalf("JSON of a hostile session does not decode: %v", err)
	}
	if back.People[0].Name != hostileTexts[0] || back.Label != s.Label {
		t.Errorf("names do not round-trip: %q", back.People[0].Name)
	}
}

// The Markdown, rendered by a CommonMark and GitHub Markdown renderer
// (goldmark with the GFM extensions, autolinks included), has exactly the
// structure kring wrote: hostile text adds no heading, list, quote,
// table, link, image, emphasis or raw HTML, and removes none.
func TestHostileMarkdown(t *testing.T) {
	t.Parallel()
	md := goldmark.New(goldmark.WithExtensions(extension.GFM))
	for _, sess := range []*model.Session{hostile(), example(t)} {
		for _, l := range []i18n.Lang{i18n.NL, i18n.EN} {
			o := opts(l)
			src := Markdown(sess, o)
			var out bytes.Buffer
			if err := md.Convert(src, &out); err != nil {
				t.Fatal(err)
			}
			html := out.String()
			want := mdStructure(build(prepare(sess, o), o))
			for tag, n := range want {
				if got := strings.Count(html, tag); got != n {
					t.Errorf("%s %s: %d × %s, want %d", sess.ID, l, got, tag, n)
				}
			}
			if sess.ID != "h1" {
				continue
			}
			for _, bad := range []string{"<script", "<img", "<a ", "<b>", "raw HTML omitted", "<code>", "<del>", "<ol", "<pre", "<h5", "<h6"} {
				if strings.Contains(html, bad) {
					t.Errorf("%s: the Markdown renders %s", l, bad)
				}
			}
			for _, text := range []string{"&lt;script&gt;alert(1)&lt;/script&gt;", "=HYPERLINK(&quot;http://evil.example&quot;,&quot;klik&quot;)",
				"[link](http://evil.example)", "www.evil.example", "mail@evil.example", "**bold** _em_ ~~gone~~", `back\slash\`,
				"&amp;amp; &amp;#x3c; &amp;lt;", "1. numbered", "# heading", "- item", "&gt; quote", "| pipe | cell |", "`code`"} {
				if !strings.Contains(html, text) {
					t.Errorf("%s: the text %q does not come through", l, text)
				}
			}
		}
	}
}

// mdStructure counts the tags the document's blocks should become.
func mdStructure(d *document) map[string]int {
	c := map[string]int{"<h1>": 0, "<h2>": 0, "<h3>": 0, "<h4>": 0, "<ul>": 0, "<li>": 0, "<table>": 0, "<blockquote>": 0, "<em>": 0, "<tr>": 0, "<hr": 0}
	for _, b := range d.blocks {
		switch b.kind {
		case bHeading:
			c["<h"+itoa(b.level)+">"]++
		case bList:
			c["<ul>"]++
			c["<li>"] += len(b.items)
		case bFacts:
			c["<ul>"]++
			c["<li>"] += len(b.facts)
		case bTable:
			c["<table>"]++
			c["<tr>"] += len(b.rows) + 1
		case bQuote, bBanner:
			c["<blockquote>"]++
		case bMap:
			c["<em>"]++
		case bPageBreak:
			c["<hr"]++
		}
	}
	return c
}
