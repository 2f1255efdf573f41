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
	for _, seed := range decodeSeeds(ex) {
		f.Add(seed)
	}
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
	// The fields of the judge-ready check: a professional and the household
	// booked as network help, not-asked reasons, paying, unchecked advice.
	f.Add([]byte(`{"format": "kring/v1", "session": {"label": "x", "youths": [{"id": "y1", "name": "A"}],
		"people": [{"id": "p1", "name": "B", "sector": "household", "ring": 1, "household": true},
		{"id": "p2", "name": "C", "sector": "community", "ring": 3, "professional": true},
		{"id": "p3", "name": "D", "sector": "family", "ring": 2}],
		"needs": [{"id": "n1", "title": "t", "youth_id": "y1",
		"problems": {"expertise": [{"who": "C", "checked": "no"}]},
		"own_strength": {"outcome": "partly", "pays_self": "yes"},
		"network": {"outcome": "not_enough", "contributions": [{"person_id": "p1", "willing": "yes"},
		{"person_id": "p2", "willing": "partly"}, {"person_id": "p3", "asked": "no", "not_asked": "abroad"}]},
		"preceding": {"decision": "refer", "adequate": "no"}, "gap": {"conclusion": "youth_care"}}]}}`))
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
