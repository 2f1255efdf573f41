package model

import (
	"bytes"
	"encoding/json"
	"errors"
	"reflect"
	"slices"
	"strings"
	"testing"
)

func TestRoundTripExample(t *testing.T) {
	s1 := exampleSession(t)
	b1, err := Encode(s1)
	if err != nil {
		t.Fatal(err)
	}
	s2, err := Decode(b1)
	if err != nil {
		t.Fatalf("Decode(Encode(example)): %v", err)
	}
	b2, err := Encode(s2)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b1, b2) {
		t.Errorf("encodings differ:\n%s\n---\n%s", b1, b2)
	}
	if !reflect.DeepEqual(s1, s2) {
		t.Errorf("sessions differ after a round trip")
	}
	// Spot checks that the content survived, not only its shape.
	if p := s2.Person("p4"); p == nil || p.Name != "Henk" || !p.Deceased || p.Able != AnswerUnknown || p.Ring != RingNoContact {
		t.Errorf("p4 = %+v", p)
	}
	if a := s2.Jim[0].Criteria[CriterionWilling]; a.Value != AnswerUnknown || a.Note != "Noor vraagt het haar zaterdag." {
		t.Errorf("criterion willing = %+v", a)
	}
	if got := s2.Created.UTC().Format("2006-01-02T15:04:05Z"); got != "2026-10-05T09:30:00Z" {
		t.Errorf("created = %s", got)
	}
	if !s2.Demo || s2.ID != "example" {
		t.Errorf("demo %v id %q", s2.Demo, s2.ID)
	}
}

func TestEncode(t *testing.T) {
	s := validSession()
	s.Label = "Anne & Bas <fam>"
	b, err := Encode(s)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(b, []byte("{\n  \"format\": \"kring/v1\",\n  \"session\": {\n")) {
		t.Errorf("envelope:\n%s", b)
	}
	if !bytes.Contains(b, []byte(`"label": "Anne & Bas <fam>"`)) {
		t.Errorf("label escaped:\n%s", b)
	}
	if !bytes.HasSuffix(b, []byte("}\n")) {
		t.Error("no final newline")
	}
}

func doc(session string) []byte {
	return []byte(`{"format": "kring/v1", "session": ` + session + `}`)
}

func TestDecodeMinimal(t *testing.T) {
	s, err := Decode(doc(`{"label": "Familie X", "people": [{"id": "p1", "name": "Ria", "sector": "family", "ring": 2}]}`))
	if err != nil {
		t.Fatal(err)
	}
	p := s.People[0]
	if p.ID != "p1" || p.Name != "Ria" || p.Sector != SectorFamily || p.Ring != RingClose {
		t.Errorf("person = %+v", p)
	}
	if p.Quality != QualityNormal || p.Willing != WillingNotAsked || p.Able != AnswerUnknown || p.Support.Advice.Level != LevelNone {
		t.Errorf("defaults not applied: %+v", p)
	}
	if s.Youths == nil {
		t.Error("youths nil")
	}
}

func TestDecodeCleansText(t *testing.T) {
	s, err := Decode(doc(`{"label": "\u001b[2J\u001b[HFamilie\u202eX", "youths": [{"id": "y1", "name": "No\u0000or", "notes": "a\r\n\r\n\r\nb\u0007"}]}`))
	if err != nil {
		t.Fatal(err)
	}
	if s.Label != "FamilieX" || s.Youths[0].Name != "Noor" || s.Youths[0].Notes != "a\n\nb" {
		t.Errorf("label %q name %q notes %q", s.Label, s.Youths[0].Name, s.Youths[0].Notes)
	}
}

func TestDecodeNameEmptyAfterCleaning(t *testing.T) {
	_, err := Decode(doc(`{"label": "x", "youths": [{"id": "y1", "name": "\u001b[31m\u001b[0m"}]}`))
	var ps Problems
	if !errors.As(err, &ps) || len(ps) != 1 || ps[0].Field != "youths[0].name" || ps[0].Code != ProblemRequired {
		t.Errorf("err = %v, want youths[0].name required", err)
	}
}

func TestDecodeFormat(t *testing.T) {
	tests := []struct {
		name, in string
		want     error
	}{
		{"newer", `{"format": "kring/v2", "session": {"label": "x"}}`, ErrNewerFormat},
		{"newer with unknown fields", `{"format": "kring/v3", "session": {"label": "x", "colour": "red"}, "extra": 1}`, ErrNewerFormat},
		{"empty object", `{}`, ErrNotKring},
		{"other object", `{"name": "Noor", "age": 14}`, ErrNotKring},
		{"other format", `{"format": "easynwk/1", "session": {}}`, ErrNotKring},
		{"format wrong case", `{"format": "KRING/v1", "session": {"label": "x"}}`, ErrNotKring},
		{"null", `null`, ErrNotKring},
		{"array", `[1, 2]`, ErrNotKring},
		{"string", `"kring/v1"`, ErrNotKring},
		{"number", `42`, ErrNotKring},
		{"format not a string", `{"format": 1, "session": {}}`, ErrNotKring},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := Decode([]byte(tt.in))
			if s != nil || !errors.Is(err, tt.want) {
				t.Errorf("Decode(%s) = %v, %v; want %v", tt.in, s, err, tt.want)
			}
		})
	}
	_, err := Decode([]byte(`{"format": "kring/v2"}`))
	if err == nil || !strings.Contains(err.Error(), "kring/v2") {
		t.Errorf("error %v does not name the format", err)
	}
}

func TestDecodeSyntaxError(t *testing.T) {
	tests := []struct {
		name, in  string
		line, col int
	}{
		{"double comma", "{\n  \"format\": \"kring/v1\",\n  \"session\": {\n    \"label\": \"x\",,\n  }\n}\n", 4, 18},
		{"bad character on line 1", `{"format": kring}`, 1, 12},
		{"column counts characters", "{\"format\": \"kring/v1\",\n\"session\": {\"label\": \"Zoë 李\" \"x\"}}", 2, 30},
		{"unterminated", "{\"format\": \"kring/v1\",\n  \"session\": {", 2, 15},
		{"empty file", "", 1, 1},
		{"trailing data", "{\"format\": \"kring/v1\", \"session\": {\"label\": \"x\"}}\n{}", 2, 1},
		{"trailing garbage", "{\"format\": \"kring/v1\", \"session\": {\"label\": \"x\"}} x", 1, 51},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Decode([]byte(tt.in))
			var se *SyntaxError
			if !errors.As(err, &se) {
				t.Fatalf("err = %T %v, want *SyntaxError", err, err)
			}
			if se.Line != tt.line || se.Column != tt.col {
				t.Errorf("at line %d column %d, want line %d column %d (%v)", se.Line, se.Column, tt.line, tt.col, se)
			}
		})
	}
}

func TestDecodeFieldError(t *testing.T) {
	tests := []struct {
		name, session, field, msg string
	}{
		{"ring as string", `{"label": "x", "people": [{"id": "p1", "name": "a", "sector": "family", "ring": "1"}]}`, "session.people.ring", "expected model.Ring"},
		{"ring as fraction", `{"label": "x", "people": [{"id": "p1", "name": "a", "sector": "family", "ring": 1.5}]}`, "session.people.ring", "expected model.Ring"},
		{"level as number", `{"label": "x", "people": [{"id": "p1", "name": "a", "sector": "family", "ring": 1, "support": {"advice": {"level": 2}}}]}`, "session.people.support.advice.level", "found number"},
		{"youths as object", `{"label": "x", "youths": {}}`, "session.youths", "found object"},
		{"label as number", `{"label": 3}`, "session.label", "expected string"},
		{"demo as string", `{"label": "x", "demo": "yes"}`, "session.demo", "expected bool"},
		{"unknown field in session", `{"label": "x", "surname": "Jansen"}`, "surname", "unknown field"},
		{"unknown field in person", `{"label": "x", "people": [{"id": "p1", "name": "a", "sector": "family", "ring": 1, "bsn": "123"}]}`, "bsn", "unknown field"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := Decode(doc(tt.session))
			var fe *FieldError
			if s != nil || !errors.As(err, &fe) {
				t.Fatalf("Decode = %v, %T %v; want *FieldError", s, err, err)
			}
			if fe.Field != tt.field || !strings.Contains(fe.Msg, tt.msg) {
				t.Errorf("FieldError{%q, %q}, want field %q and %q", fe.Field, fe.Msg, tt.field, tt.msg)
			}
			if !strings.Contains(err.Error(), tt.field) {
				t.Errorf("message %q does not name the field", err)
			}
		})
	}
	_, err := Decode([]byte(`{"format": "kring/v1", "session": {"label": "x"}, "signature": "abc"}`))
	var fe *FieldError
	if !errors.As(err, &fe) || fe.Field != "signature" {
		t.Errorf("unknown envelope field: %v", err)
	}
}

func TestDecodeBadTimeIsNotAtLineZero(t *testing.T) {
	_, err := Decode(doc(`{"label": "x", "created": "gisteren"}`))
	if err == nil {
		t.Fatal("accepted a bad time")
	}
	if strings.Contains(err.Error(), "line 0") {
		t.Errorf("error %q claims a position it does not know", err)
	}
}

func TestDecodeRejectsWholeFile(t *testing.T) {
	data := exampleJSON(t)
	bad := bytes.Replace(data, []byte(`"name": "Henk", "role": "opa (moeders kant)", "sector": "family"`),
		[]byte(`"name": "Henk", "role": "opa (moeders kant)", "sector": "kitchen"`), 1)
	if bytes.Equal(bad, data) {
		t.Fatal("example changed: replacement did not apply")
	}
	s, err := Decode(bad)
	if s != nil {
		t.Error("returned a session for a bad file")
	}
	var ps Problems
	if !errors.As(err, &ps) {
		t.Fatalf("err = %T %v, want Problems", err, err)
	}
	if len(ps) != 1 || ps[0].Field != "people[3].sector" || ps[0].Code != ProblemUnknownCode || ps[0].Value != "kitchen" {
		t.Errorf("problems = %v", ps)
	}

	dangling := bytes.Replace(data, []byte(`"person_id": "p5"`), []byte(`"person_id": "p99"`), 1)
	_, err = Decode(dangling)
	if !errors.As(err, &ps) || len(ps) != 1 || ps[0].Field != "jim_candidates[0].person_id" || ps[0].Code != ProblemDangling {
		t.Errorf("dangling: %v", err)
	}
}

func TestSyntaxErrorMessage(t *testing.T) {
	e := &SyntaxError{Line: 3, Column: 7, Msg: "bad"}
	if e.Error() != "line 3, column 7: bad" {
		t.Errorf("Error() = %q", e.Error())
	}
	fe := &FieldError{Field: "session.label", Msg: "unknown field"}
	if fe.Error() != "session.label: unknown field" {
		t.Errorf("Error() = %q", fe.Error())
	}
}

func TestEncodeWritesResults(t *testing.T) {
	s := exampleSession(t)
	b, err := Encode(s)
	if err != nil {
		t.Fatal(err)
	}
	var file struct {
		Session json.RawMessage `json:"session"`
		Results []Evaluation    `json:"results"`
	}
	if err := json.Unmarshal(b, &file); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(file.Results, s.Evaluate()) || len(file.Results) != 2 || file.Results[1].NeedID != "n2" {
		t.Errorf("results = %+v, want the check of both needs", file.Results)
	}
	if !bytes.Contains(b, []byte("\n  \"results\": [\n    {\n      \"need_id\": \"n1\",\n      \"result\": \"incomplete\",")) {
		t.Errorf("results not written after the session as documented:\n%s", b[bytes.Index(b, []byte(`"results"`))-20:])
	}
	// A session without needs has no results at all.
	empty, _ := Encode(&Session{Label: "x", Youths: []Youth{}, People: []Person{}})
	if bytes.Contains(empty, []byte(`"results"`)) {
		t.Errorf("results written for no needs:\n%s", empty)
	}
}

func TestDecodeIgnoresResults(t *testing.T) {
	ex := exampleJSON(t)
	want, err := Decode(ex)
	if err != nil {
		t.Fatal(err)
	}
	wantBytes, _ := Encode(want)
	end := bytes.LastIndexByte(ex, '}')
	for _, results := range []string{
		`[]`, `null`, `42`, `"solved"`, `{}`,
		// What a newer kring might write: more fields, other codes.
		`[{"need_id": "n1", "result": "solved", "steps": ["done"], "score": 3, "findings": [{"step": 99, "code": "new"}]}]`,
		// A file that claims more than its session shows.
		`[{"need_id": "n1", "result": "youth_care"}, {"need_id": "n2", "result": "solved"}]`,
	} {
		data := append(append(bytes.Clone(ex[:end]), []byte(`, "results": `+results)...), ex[end:]...)
		s, err := Decode(data)
		if err != nil {
			t.Errorf("results %s: %v", results, err)
			continue
		}
		if got, _ := Encode(s); !bytes.Equal(got, wantBytes) {
			t.Errorf("results %s changed what was read", results)
		}
	}
	// Results are still JSON: a syntax error in them rejects the file.
	bad := append(append(bytes.Clone(ex[:end]), []byte(`, "results": [,]`)...), ex[end:]...)
	var se *SyntaxError
	if _, err := Decode(bad); !errors.As(err, &se) {
		t.Errorf("broken results: %v, want a syntax error", err)
	}
	// An exported file reads back to the same session and the same file.
	s2, err := Decode(wantBytes)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(s2, want) {
		t.Error("session differs after reading its own export")
	}
}

// TestDecodeFileFromBeforeTheJudgeReadyCheck reads a file written before
// expertise had "checked", own strength "pays_self", contributions
// "not_asked" and people "professional": it imports, the new answers read
// as unknown (never as yes), and writing it back gives them explicitly.
func TestDecodeFileFromBeforeTheJudgeReadyCheck(t *testing.T) {
	old := []byte(`{"format": "kring/v1", "session": {"id": "s1", "label": "Familie Oud",
		"youths": [{"id": "y1", "name": "Noor", "birth_year": 2014}],
		"people": [{"id": "p1", "name": "Ria", "sector": "family", "ring": 2},
		           {"id": "p2", "name": "Esra", "sector": "professionals", "ring": 3}],
		"needs": [{"id": "n1", "title": "Somber",
			"problems": {"text": "Verzuim.", "expertise": [{"who": "Esra", "discipline": "smw"}]},
			"own_strength": {"outcome": "partly", "standard": "Gebruikelijke hulp bij 12 jaar."},
			"network": {"outcome": "partly", "contributions": [{"person_id": "p1", "what": "praten", "willing": "yes"}]}}]}}`)
	s, err := Decode(old)
	if err != nil {
		t.Fatalf("a file from before the new fields no longer imports: %v", err)
	}
	n := s.Needs[0]
	if n.Problems.Expertise[0].Checked != AnswerUnknown || n.Own.PaysSelf != AnswerUnknown {
		t.Errorf("checked %q, pays_self %q: want unknown", n.Problems.Expertise[0].Checked, n.Own.PaysSelf)
	}
	if c := n.Network.Contributions[0]; c.NotAsked != NotAskedNone || !c.Counts() {
		t.Errorf("contribution %+v: want no not-asked reason, and the yes counting", c)
	}
	if s.People[0].Professional || !s.People[1].IsProfessional() || s.People[0].IsProfessional() {
		t.Error("professional: the flag defaults to false, the professionals sector is professional")
	}
	// Unchecked advice is a finding on an old file too (CRvB 2024:2040).
	if ev := s.Evaluate()[0]; !slices.ContainsFunc(ev.Findings, func(f Finding) bool { return f.Code == FindingAdviceUnchecked }) {
		t.Errorf("old file: advice not recorded as checked gives no finding: %+v", ev.Findings)
	}
	data, err := Encode(s)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"checked": "unknown"`, `"pays_self": "unknown"`} {
		if !strings.Contains(string(data), want) {
			t.Errorf("written back without %s", want)
		}
	}
	again, err := Decode(data)
	if err != nil || !reflect.DeepEqual(again, s) {
		t.Errorf("round trip: %v", err)
	}
}
