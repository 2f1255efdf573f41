package model

import (
	"bytes"
	"encoding/json"
	"reflect"
	"testing"
)

// FuzzEvaluate checks every need of a decoded session: the check never
// panics, is deterministic, and Session.Evaluate agrees with Evaluate need
// by need. Data that Decode rejects is also fed to the check raw (plain
// json.Unmarshal, neither normalised nor validated), for the odd codes and
// dangling ids a caller might hand it. The seeds are those of FuzzDecode
// and the example case with its needs pushed down other paths.
func FuzzEvaluate(f *testing.F) {
	ex, err := readExample()
	if err != nil {
		f.Fatal(err)
	}
	// The seeds of FuzzDecode.
	f.Add(ex)
	f.Add(ex[:len(ex)/2])
	f.Add(bytes.Replace(ex, []byte(`"kring/v1"`), []byte(`"kring/v2"`), 1))
	f.Add(bytes.Replace(ex, []byte(`"ring": 4`), []byte(`"ring": 0`), 1))
	f.Add(bytes.Replace(ex, []byte(`"demo": true`), []byte(`"demo": true, "extra": 1`), 1))
	f.Add(bytes.Replace(ex, []byte(`"Noor"`), []byte(`"\u001b[31mNoor\u202e\u0000"`), -1))
	f.Add([]byte(`{"format": "kring/v1", "session": {"label": "x", "people": [{"id": "p1", "name": "Ria", "sector": "family", "ring": 2}]}}`))
	f.Add([]byte(`{"format": "kring/v1", "session": {"label": "x", "created": "2026-10-05T09:30:00.5+02:00", "jim_candidates": []}}`))
	f.Add([]byte(`{"format": "kring/v1", "session": {"label": "x"}} {}`))
	f.Add([]byte(`[1, 2]`))
	f.Add([]byte(``))
	// The example's needs down other paths.
	for _, r := range [][2]string{
		{`"outcome": ""`, `"outcome": "enough"`},
		{`"outcome": "partly"`, `"outcome": "enough"`},
		{`"resident": "yes"`, `"resident": "no"`},
		{`"person_id": "p11"`, `"person_id": "p99"`},
		{`"asked": "no"`, `"asked": "yes"`},
		{`"offer": "in_preparation"`, `"offer": ""`},
	} {
		f.Add(bytes.ReplaceAll(ex, []byte(r[0]), []byte(r[1])))
	}
	f.Add([]byte(`{"format": "kring/v1", "session": {"label": "x", "needs": [{"id": "n1", "title": "t",
		"network": {"outcome": "enough", "contributions": [{"person_id": "p1", "what": "x"}]},
		"gap": {"conclusion": "youth_care"}, "preceding": {"decision": "refer"}}]}}`))
	f.Add([]byte(`{"format": "kring/v1", "session": {"label": "x", "needs": [{"id": "n1", "title": "t",
		"own_strength": {"outcome": "zeer"}, "general": {"decision": "refer", "adequate": "no"}}, {}]},
		"results": [{"need_id": "n1", "result": "solved"}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := Decode(data)
		if err != nil {
			var doc Document
			if json.Unmarshal(data, &doc) != nil {
				return
			}
			s = &doc.Session
		}
		first := s.Evaluate()
		if len(first) != len(s.Needs) {
			t.Fatalf("%d evaluations for %d needs", len(first), len(s.Needs))
		}
		if again := s.Evaluate(); !reflect.DeepEqual(first, again) {
			t.Fatalf("not deterministic:\n%+v\n%+v", first, again)
		}
		for i := range s.Needs {
			ev := Evaluate(s, &s.Needs[i])
			if !reflect.DeepEqual(ev, first[i]) {
				t.Fatalf("need %d: Evaluate %+v, Session.Evaluate %+v", i, ev, first[i])
			}
			evInvariants(t, ev)
		}
	})
}
