package report

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"kring/model"
	"kring/ui/i18n"
)

// testNow is the export date of every test, so that the outputs are
// deterministic.
var testNow = time.Date(2026, 10, 6, 12, 0, 0, 0, time.UTC)

func opts(l i18n.Lang) Options { return Options{Lang: l, Now: testNow} }

// example reads the fictional example case the README points at.
func example(t testing.TB) *model.Session {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", "model", "testdata", "example-case.json"))
	if err != nil {
		t.Fatal(err)
	}
	s, err := model.Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// render runs every text format on the session, and the terminal
// preview, which must keep the same promises.
func render(t testing.TB, s *model.Session, o Options) map[string][]byte {
	t.Helper()
	j, err := JSON(s, o)
	if err != nil {
		t.Fatal(err)
	}
	return map[string][]byte{
		"md": Markdown(s, o), "html": HTML(s, o), "svg": SVG(s, o), "csv": CSV(s, o),
		"dot": DOT(s, o), "graphml": GraphML(s, o), "json": j,
		"plan": PlanHTML(s, o), "plan-md": PlanMarkdown(s, o), "invitation": InvitationHTML(s, o),
		// The terminal preview of step 6, laid out for 80 columns.
		"terminal": []byte(Terminal(s, o, 80, TermStyle{})),
	}
}

// parseXML reads a whole document with encoding/xml in strict mode and
// returns its elements' names, attributes and character data.
type xmlDoc struct {
	elements []xml.StartElement
	text     []string
}

func parseXML(t testing.TB, data []byte) xmlDoc {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(data))
	d.Strict = true
	var doc xmlDoc
	depth := 0
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("not well-formed XML: %v", err)
		}
		switch x := tok.(type) {
		case xml.StartElement:
			depth++
			doc.elements = append(doc.elements, x.Copy())
		case xml.EndElement:
			depth--
		case xml.CharData:
			doc.text = append(doc.text, string(x))
		}
	}
	if depth != 0 {
		t.Fatalf("XML ends with %d open elements", depth)
	}
	return doc
}

// inCI is true on CI, where a missing tool is a failure, not a skip.
func inCI() bool { return os.Getenv("CI") != "" }

// needTool skips without the tool on a developer's machine but fails on
// CI, where .ci/run installs it.
func needTool(t *testing.T, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		if inCI() {
			t.Fatalf("%s is missing on CI", name)
		}
		t.Skipf("%s not installed", name)
	}
	return p
}

// dotTok is a token of the DOT language.
type dotTok struct {
	kind byte // 'i' bare id, 'q' quoted string (unescaped), 'p' punctuation
	val  string
}

// lexDOT splits DOT source into tokens; it fails on anything a quoted
// string could have broken out into.
func lexDOT(src string) ([]dotTok, error) {
	var out []dotTok
	for i := 0; i < len(src); {
		c := src[i]
		switch {
		case c == ' ' || c == '\n' || c == '\t' || c == '\r':
			i++
		case strings.HasPrefix(src[i:], "//"):
			j := strings.IndexByte(src[i:], '\n')
			if j < 0 {
				return out, nil
			}
			i += j + 1
		case strings.HasPrefix(src[i:], "--"):
			out = append(out, dotTok{'p', "--"})
			i += 2
		case strings.ContainsRune("{}[]=;,", rune(c)):
			out = append(out, dotTok{'p', string(c)})
			i++
		case c == '"':
			var b strings.Builder
			j := i + 1
			for ; j < len(src) && src[j] != '"'; j++ {
				if src[j] == '\n' {
					return nil, fmt.Errorf("raw line break in a quoted string at %d", j)
				}
				if src[j] == '\\' && j+1 < len(src) {
					j++
					switch src[j] {
					case 'n':
						b.WriteByte('\n')
					default:
						b.WriteByte(src[j])
					}
					continue
				}
				b.WriteByte(src[j])
			}
			if j >= len(src) {
				return nil, errors.New("unterminated string")
			}
			out = append(out, dotTok{'q', b.String()})
			i = j + 1
		case c == '_' || c == '.' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			j := i
			for j < len(src) && (src[j] == '_' || src[j] == '.' || src[j] >= '0' && src[j] <= '9' || src[j] >= 'a' && src[j] <= 'z' || src[j] >= 'A' && src[j] <= 'Z') {
				j++
			}
			out = append(out, dotTok{'i', src[i:j]})
			i = j
		default:
			return nil, fmt.Errorf("unexpected %q at %d", c, i)
		}
	}
	return out, nil
}

// dotGraph is what parseDOT found: each node's attributes and the edges.
type dotGraph struct {
	nodes map[string]map[string]string
	edges [][2]string
	// centre counts the invisible root of the radial layout and its
	// edges to the youths: scaffolding, not members or ties.
	centre int
}

// parseDOT checks the grammar kring writes: graph "id" { statements },
// each a node or an edge with an attribute list, or graph/node/edge
// defaults.
func parseDOT(t testing.TB, src []byte) dotGraph {
	t.Helper()
	toks, err := lexDOT(string(src))
	if err != nil {
		t.Fatalf("DOT does not lex: %v", err)
	}
	g := dotGraph{nodes: map[string]map[string]string{}}
	i := 0
	next := func() dotTok {
		if i >= len(toks) {
			t.Fatalf("DOT ends early")
		}
		i++
		return toks[i-1]
	}
	expect := func(kind byte, val string) {
		tok := next()
		if tok.kind != kind || (val != "" && tok.val != val) {
			t.Fatalf("DOT: want %c %q at token %d, got %c %q", kind, val, i-1, tok.kind, tok.val)
		}
	}
	id := func() string {
		tok := next()
		if tok.kind != 'q' && tok.kind != 'i' {
			t.Fatalf("DOT: want an id at token %d, got %q", i-1, tok.val)
		}
		return tok.val
	}
	attrs := func() map[string]string {
		m := map[string]string{}
		expect('p', "[")
		for {
			if toks[i].kind == 'p' && toks[i].val == "]" {
				i++
				return m
			}
			k := id()
			expect('p', "=")
			m[k] = id()
			if toks[i].kind == 'p' && toks[i].val == "," {
				i++
			}
		}
	}
	expect('i', "graph")
	id()
	expect('p', "{")
	for {
		tok := next()
		if tok.kind == 'p' && tok.val == "}" {
			break
		}
		if tok.kind == 'i' && (tok.val == "graph" || tok.val == "node" || tok.val == "edge") {
			attrs()
			expect('p', ";")
			continue
		}
		if tok.kind != 'q' {
			t.Fatalf("DOT: a statement must start with a quoted id, got %q", tok.val)
		}
		if toks[i].kind == 'p' && toks[i].val == "--" {
			i++
			b := id()
			if attrs()["kind"] == "centre" {
				g.centre++
			} else {
				g.edges = append(g.edges, [2]string{tok.val, b})
			}
		} else if a := attrs(); a["kind"] == "centre" {
			g.centre++
		} else {
			g.nodes[tok.val] = a
		}
		expect('p', ";")
	}
	if i != len(toks) {
		t.Fatalf("DOT: %d tokens after the graph", len(toks)-i)
	}
	return g
}
