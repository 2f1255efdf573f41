package report

import (
	"encoding/xml"
	"strconv"
	"strings"

	"kring/model"
)

// nodeAttr is one attribute of a node in the DOT and GraphML exports.
type nodeAttr struct {
	name, typ string // typ is a GraphML attr.type
}

// personAttrs are the attributes of every node, youths and people alike;
// a youth leaves the person's empty.
var personAttrs = []nodeAttr{
	{"kind", "string"}, {"label", "string"}, {"name", "string"}, {"role", "string"}, {"birth_year", "int"},
	{"sector", "string"}, {"ring", "int"}, {"frequency", "string"}, {"known_for", "string"},
	{"practical_level", "string"}, {"practical_direction", "string"}, {"company_level", "string"}, {"company_direction", "string"},
	{"advice_level", "string"}, {"advice_direction", "string"}, {"emotional_level", "string"}, {"emotional_direction", "string"},
	{"letters", "string"}, {"quality", "string"}, {"willing", "string"}, {"able", "string"},
	{"household", "boolean"}, {"adult", "boolean"}, {"parent", "boolean"}, {"deceased", "boolean"}, {"jim", "string"},
}

// tieAttrs are the attributes of every edge: a tie between a youth and a
// person, or a relation between two members.
var tieAttrs = []nodeAttr{
	{"kind", "string"}, {"quality", "string"}, {"direction", "string"}, {"letters", "string"}, {"relation", "string"},
}

// kv is an attribute with its value.
type kv struct{ k, v string }

// jimStatus is the status of a person's JIM candidacy that matters most:
// active first, then any still in play, then stopped.
func jimStatus(s *model.Session, id string) string {
	best := ""
	rank := map[model.JimStatus]int{model.JimStopped: 1, model.JimNamed: 2, model.JimAsked: 3, model.JimAgreed: 4, model.JimActive: 5}
	for _, j := range s.Jim {
		if j.PersonID == id && rank[j.Status] > rank[model.JimStatus(best)] {
			best = string(j.Status)
		}
	}
	return best
}

func youthAttrs(y *model.Youth) []kv {
	out := []kv{{"kind", "youth"}, {"label", line(y.Name)}, {"name", line(y.Name)}}
	if y.BirthYear != 0 {
		out = append(out, kv{"birth_year", strconv.Itoa(y.BirthYear)})
	}
	return out
}

func personKV(s *model.Session, p *model.Person) []kv {
	out := []kv{
		{"kind", "person"}, {"label", personName(p)}, {"name", line(p.Name)}, {"role", line(p.Role)},
		{"sector", string(p.Sector)}, {"ring", strconv.Itoa(int(p.Ring))},
		{"frequency", string(p.Frequency)}, {"known_for", string(p.KnownFor)},
	}
	for _, k := range model.SupportKinds {
		v := p.Support.Get(k)
		out = append(out, kv{string(k) + "_level", string(v.Level)}, kv{string(k) + "_direction", string(v.Direction)})
	}
	out = append(out, kv{"letters", p.Support.Letters()}, kv{"quality", string(p.Quality)}, kv{"willing", string(p.Willing)},
		kv{"able", string(p.Able)}, kv{"household", flag(p.Household)}, kv{"adult", flag(p.Adult)},
		kv{"parent", flag(p.Parent)}, kv{"deceased", flag(p.Deceased)}, kv{"jim", jimStatus(s, p.ID)})
	return out
}

func tieKV(p *model.Person) []kv {
	return []kv{{"kind", "tie"}, {"quality", string(p.Quality)}, {"direction", string(direction(p))}, {"letters", p.Support.Letters()}}
}

// dotRoot is the id of the invisible centre of the DOT export's radial
// layout. It cannot collide with a member: members' ids are p<n> and y<n>.
const dotRoot = "kring-centre"

// DOT returns the network for Graphviz: the youths and the people as
// nodes with their attributes (sector, ring, support, quality and so on),
// a tie from every youth to every person with its quality as line style
// and the direction of help as arrowheads, and the relations between
// members as edges, labelled in the report's language. Every id and value
// is a quoted string with quotes, backslashes and line breaks escaped, so
// no name can end a string.
//
// The graph asks for Graphviz's radial layout (layout=twopi), which the
// plain dot command honours too: the youths sit around an invisible
// centre and their network around them, as on the circle map. dot's own
// layered layout drew one strip 4,000 pixels wide for 18 people and
// failed for 300. A size limit keeps a big network on one page.
func DOT(s *model.Session, o Options) []byte {
	s = prepare(s, o)
	t := newTr(o.Lang)
	var b strings.Builder
	b.Grow(4096 + 700*len(s.People)*max(len(s.Youths), 1))
	b.WriteString("// kring network map\n")
	b.WriteString("graph \"kring\" {\n")
	label := line(s.Label) + " · " + mapDate(s, o)
	if s.Demo {
		// The mark is in the visible title too, not only in an attribute.
		label = t.T("report.demo_tag") + " · " + label
	}
	b.WriteString("  graph [label=" + dotQ(label) + ", labelloc=\"t\", fontname=\"Helvetica\", layout=\"twopi\", root=" + dotQ(dotRoot) +
		", ranksep=\"1.2\", overlap=\"false\", splines=" + dotQ(dotSplines(len(s.People))) + ", size=\"28,28\"")
	if s.Demo {
		b.WriteString(", demo=\"true\"")
	}
	b.WriteString("];\n  node [fontname=\"Helvetica\", fontsize=\"10\"];\n  edge [fontname=\"Helvetica\", fontsize=\"9\"];\n")
	b.WriteString("  " + dotQ(dotRoot) + " [kind=\"centre\", label=\"\", shape=\"point\", style=\"invis\"];\n")
	for i := range s.Youths {
		b.WriteString("  " + dotQ(dotRoot) + " -- " + dotQ(s.Youths[i].ID) + " [kind=\"centre\", style=\"invis\"];\n")
	}
	for i := range s.Youths {
		y := &s.Youths[i]
		b.WriteString("  " + dotQ(y.ID) + " [")
		dotAttrs(&b, youthAttrs(y))
		b.WriteString(", shape=\"doublecircle\", style=\"filled\", fillcolor=\"#fff5d6\"];\n")
	}
	for i := range s.People {
		p := &s.People[i]
		b.WriteString("  " + dotQ(p.ID) + " [")
		dotAttrs(&b, personKV(s, p))
		colour, _, _ := tieStyle(p)
		b.WriteString(", shape=\"ellipse\", color=" + dotQ(colour))
		if p.Deceased {
			b.WriteString(", style=\"dashed\"")
		}
		b.WriteString("];\n")
	}
	for i := range s.Youths {
		for j := range s.People {
			p := &s.People[j]
			b.WriteString("  " + dotQ(s.Youths[i].ID) + " -- " + dotQ(p.ID) + " [")
			dotAttrs(&b, tieKV(p))
			colour, width, dash := tieStyle(p)
			style := "solid"
			switch {
			case p.Quality == model.QualityStrong:
				style = "bold"
			case dash != "":
				style = "dashed"
			}
			b.WriteString(", color=" + dotQ(colour) + ", penwidth=" + dotQ(width) + ", style=" + dotQ(style))
			switch direction(p) {
			case model.DirectionGives:
				b.WriteString(", dir=\"back\"")
			case model.DirectionReceives:
				b.WriteString(", dir=\"forward\"")
			case model.DirectionMutual:
				b.WriteString(", dir=\"both\"")
			}
			if p.Quality == model.QualityStressful {
				b.WriteString(", label=\"✕\"")
			}
			b.WriteString("];\n")
		}
	}
	for _, r := range s.Relations {
		colour, width, dash, _ := relationStyle(r.Kind)
		style := "solid"
		if dash != "" {
			style = "dashed"
		}
		b.WriteString("  " + dotQ(r.A) + " -- " + dotQ(r.B) + " [kind=\"relation\", relation=" + dotQ(string(r.Kind)) +
			", label=" + dotQ(t.code("relation", string(r.Kind))) + ", color=" + dotQ(colour) + ", penwidth=" + dotQ(width) + ", style=" + dotQ(style) + "];\n")
	}
	b.WriteString("}\n")
	return []byte(b.String())
}

// dotSplines is how Graphviz draws the edges: curved around the nodes for
// a network a person can read, straight above 60 people, where routing
// curves around hundreds of nodes took Graphviz minutes (300 people: over
// 5 minutes curved, under 2 seconds straight).
func dotSplines(people int) string {
	if people > 60 {
		return "line"
	}
	return "true"
}

func dotAttrs(b *strings.Builder, attrs []kv) {
	for i, a := range attrs {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(a.k + "=" + dotQ(a.v))
	}
}

// dotQ quotes a DOT string: backslashes and quotes are escaped and line
// breaks become \n, so the string always ends where kring ends it.
func dotQ(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '\\':
			b.WriteString(`\\`)
		case '"':
			b.WriteString(`\"`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
		default:
			if r < 0x20 || r == 0x7f {
				continue
			}
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// GraphML returns the same network as DOT in GraphML for Gephi, igraph,
// NetworkX or Network Canvas, with a <key> declaration for every node and
// edge attribute (youths and people share the node keys; a youth leaves
// the person's empty). Every id and value is XML-escaped.
func GraphML(s *model.Session, o Options) []byte {
	s = prepare(s, o)
	var b strings.Builder
	b.Grow(4096 + 1500*len(s.People)*max(len(s.Youths), 1))
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	b.WriteString(`<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">` + "\n")
	for _, g := range []string{"label", "date", "demo"} {
		typ := "string"
		if g == "demo" {
			typ = "boolean"
		}
		b.WriteString(`  <key id="g_` + g + `" for="graph" attr.name="` + g + `" attr.type="` + typ + `"/>` + "\n")
	}
	for _, a := range personAttrs {
		b.WriteString(`  <key id="n_` + a.name + `" for="node" attr.name="` + a.name + `" attr.type="` + a.typ + `"/>` + "\n")
	}
	for _, a := range tieAttrs {
		b.WriteString(`  <key id="e_` + a.name + `" for="edge" attr.name="` + a.name + `" attr.type="` + a.typ + `"/>` + "\n")
	}
	b.WriteString(`  <graph id="kring" edgedefault="undirected">` + "\n")
	data := func(indent, prefix string, attrs []kv) {
		for _, a := range attrs {
			if a.v == "" {
				continue
			}
			b.WriteString(indent + `<data key="` + prefix + a.k + `">` + xmlEsc(a.v) + "</data>\n")
		}
	}
	data("    ", "g_", []kv{{"label", line(s.Label)}, {"date", mapDate(s, o)}, {"demo", flag(s.Demo)}})
	for i := range s.Youths {
		y := &s.Youths[i]
		b.WriteString(`    <node id="` + xmlEsc(y.ID) + `">` + "\n")
		data("      ", "n_", youthAttrs(y))
		b.WriteString("    </node>\n")
	}
	for i := range s.People {
		p := &s.People[i]
		b.WriteString(`    <node id="` + xmlEsc(p.ID) + `">` + "\n")
		data("      ", "n_", personKV(s, p))
		b.WriteString("    </node>\n")
	}
	n := 0
	edge := func(a, bID string, attrs []kv) {
		n++
		b.WriteString(`    <edge id="e` + strconv.Itoa(n) + `" source="` + xmlEsc(a) + `" target="` + xmlEsc(bID) + `">` + "\n")
		data("      ", "e_", attrs)
		b.WriteString("    </edge>\n")
	}
	for i := range s.Youths {
		for j := range s.People {
			edge(s.Youths[i].ID, s.People[j].ID, tieKV(&s.People[j]))
		}
	}
	for _, r := range s.Relations {
		edge(r.A, r.B, []kv{{"kind", "relation"}, {"relation", string(r.Kind)}})
	}
	b.WriteString("  </graph>\n</graphml>\n")
	return []byte(b.String())
}

// xmlEsc escapes a text for XML content and attributes (quotes, tabs and
// line breaks included) and replaces characters XML does not allow.
func xmlEsc(s string) string {
	var b strings.Builder
	_ = xml.EscapeText(&b, []byte(s))
	return b.String()
}
