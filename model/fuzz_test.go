package model

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"
)

func FuzzDecode(f *testing.F) {
	ex, err := readExample()
	if err != nil {
		f.Fatal(err)
	}
	for _, seed := range decodeSeeds(ex) {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := Decode(data)
		if err != nil {
			if s != nil {
				t.Fatalf("Decode returned a session and the error %v", err)
			}
			_ = err.Error()
			return
		}
		if ps := s.Validate(); ps != nil {
			t.Fatalf("decoded session has problems: %v", ps)
		}
		b1, err := Encode(s)
		if err != nil {
			t.Fatalf("Encode: %v", err)
		}
		s2, err := Decode(b1)
		if err != nil {
			t.Fatalf("Decode(Encode(s)): %v\n%s", err, b1)
		}
		b2, err := Encode(s2)
		if err != nil {
			t.Fatalf("Encode again: %v", err)
		}
		if !bytes.Equal(b1, b2) {
			t.Fatalf("round trip changed the file:\n%s\n---\n%s", b1, b2)
		}
	})
}

func FuzzCleanLine(f *testing.F) {
	for _, s := range []string{
		"", "Oma Ria", "Zoë 👩‍👧 李", "\x1b[31mRia\x1b[0m", "\x1b]8;;https://e.example\x07klik\x1b]8;;\x07",
		"\x1b]52;c;aGk=\x07", "a\r\nb\n\n\nc", "a\u0085b\u009b1m", "\u202ea\u2066b\u2069\u200e\u061c\ufeff\u00ad",
		"a\xffb\xc3", "  a \t b  ", "\x1b[李 rest", "\x1bP\x1b\\", "ě›",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		checkClean(t, in, CleanLine(in), false)
		checkClean(t, in, CleanText(in), true)
		if strings.ContainsRune(CleanLine(in), '\n') {
			t.Fatalf("CleanLine(%q) keeps a newline", in)
		}
		if !utf8.ValidString(CleanText(in)) {
			t.Fatal("invalid UTF-8")
		}
	})
}

// FuzzDecodeValues puts fuzzed values into a well-formed document, so that
// the fuzzer spends its time on text, times, dates and numbers that reach
// Normalize and Validate rather than on broken JSON.
func FuzzDecodeValues(f *testing.F) {
	f.Add("Familie \x1b[31mX", "a\r\n\n\nb\u202e", "Ria", "2026-10-05T09:30:00Z", "2026-10-05", 2, 2012, "safety")
	f.Add("", "", "", "", "", 0, 0, "")
	f.Add("Zoë 👩‍👧 李", "\u0085\u009b", "  ", "2026-10-05T09:30:00.000000001+14:00", "2026-02-29", 5, 1899, "Safety")
	f.Fuzz(func(t *testing.T, label, notes, name, created, date string, ring, birth int, criterion string) {
		q := func(s string) string {
			b, err := json.Marshal(s)
			if err != nil {
				t.Fatal(err)
			}
			return string(b)
		}
		data := fmt.Sprintf(`{"format": "kring/v1", "session": {"label": %s, "created": %s, "date": %s,
			"youths": [{"id": "y1", "name": %s, "birth_year": %d, "notes": %s}],
			"people": [{"id": "p1", "name": %s, "sector": "family", "ring": %d, "notes": %s}],
			"relations": [{"id": "r1", "a": "y1", "b": "p1", "kind": "close", "notes": %s}],
			"jim_candidates": [{"id": "j1", "youth_id": "y1", "person_id": "p1", "criteria": {%s: {"value": "yes", "note": %s}}}],
			"agreements": [{"id": "a1", "who": "family", "what": %s, "due": %s}]}}`,
			q(label), q(created), q(date), q(name), birth, q(notes), q(name), ring, q(notes), q(notes), q(criterion), q(notes), q(name), q(date))
		s, err := Decode([]byte(data))
		if err != nil {
			if s != nil {
				t.Fatal("session and error")
			}
			return
		}
		if ps := s.Validate(); ps != nil {
			t.Fatalf("decoded session has problems: %v", ps)
		}
		for _, v := range []string{s.Label, s.Youths[0].Name, s.People[0].Name, s.Agreements[0].What} {
			checkClean(t, "", v, false)
		}
		for _, v := range []string{s.Youths[0].Notes, s.People[0].Notes, s.Relations[0].Notes} {
			checkClean(t, "", v, true)
		}
		b1, err := Encode(s)
		if err != nil {
			t.Fatalf("Encode: %v", err)
		}
		s2, err := Decode(b1)
		if err != nil {
			t.Fatalf("Decode(Encode(s)): %v\n%s", err, b1)
		}
		b2, _ := Encode(s2)
		if !bytes.Equal(b1, b2) {
			t.Fatalf("round trip changed the file:\n%s\n---\n%s", b1, b2)
		}
	})
}

// decodeSeeds are the fuzzers' starting points: the example, broken in
// the ways a file on a laptop gets broken, and a few odd documents.
func decodeSeeds(ex []byte) [][]byte {
	return [][]byte{
		ex,
		ex[:len(ex)/2],
		bytes.Replace(ex, []byte(`"kring/v1"`), []byte(`"kring/v2"`), 1),
		bytes.Replace(ex, []byte(`"ring": 4`), []byte(`"ring": 0`), 1),
		bytes.Replace(ex, []byte(`"demo": true`), []byte(`"demo": true, "extra": 1`), 1),
		bytes.Replace(ex, []byte(`"Noor"`), []byte(`"\u001b[31mNoor\u202e\u0000"`), -1),
		[]byte(`{"format": "kring/v1", "session": {"label": "x", "people": [{"id": "p1", "name": "Ria", "sector": "family", "ring": 2}]}}`),
		[]byte(`{"format": "kring/v1", "session": {"label": "x", "created": "2026-10-05T09:30:00.5+02:00", "jim_candidates": []}}`),
		[]byte(`{"format": "kring/v1", "session": {"label": "x"}} {}`),
		[]byte(`[1, 2]`),
		[]byte(``),
	}
}
