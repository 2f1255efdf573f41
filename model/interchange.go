package model

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// Format is the name and version of the interchange format.
const Format = "kring/v1"

// Document is the top level of a kring/v1 file.
type Document struct {
	Format  string  `json:"format"`
	Session Session `json:"session"`
	// Results is the network-first check of every need, in the order of
	// the needs (Session.Evaluate). Encode writes it for the reader of the
	// file; it is derived, so Decode ignores it.
	Results []Evaluation `json:"results,omitempty"`
}

// Decoding errors that are not about one field.
var (
	// ErrNotKring means the data is not a kring file at all.
	ErrNotKring = errors.New("not a kring/v1 file")
	// ErrNewerFormat means the file was written by a newer kring.
	ErrNewerFormat = errors.New("file written by a newer version of kring")
)

// SyntaxError is malformed JSON, with the line and column where it broke.
type SyntaxError struct {
	Line, Column int
	Msg          string
}

func (e *SyntaxError) Error() string {
	if e.Line == 0 {
		// The position is not known (a bad time value, say).
		return e.Msg
	}
	return fmt.Sprintf("line %d, column %d: %s", e.Line, e.Column, e.Msg)
}

// Encode writes the session as an indented kring/v1 document, with the
// check of every need (Session.Evaluate) as its results.
func Encode(s *Session) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	// Names such as "Anne & Bas" stay readable in the file.
	enc.SetEscapeHTML(false)
	if err := enc.Encode(Document{Format: s.formatName(), Session: *s, Results: s.Evaluate()}); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// Decode reads a kring/v1 document, cleans and completes it (Normalize)
// and validates it. A file with any problem is rejected whole: the error
// is ErrNotKring, ErrNewerFormat, a *SyntaxError, a *FieldError or Problems.
// The results of the document are derived from the session: any JSON
// value is accepted there and ignored, so that the session read is the
// session written and a file whose results a newer kring extended still
// reads.
func Decode(data []byte) (*Session, error) {
	var head struct {
		Format string `json:"format"`
	}
	if err := json.Unmarshal(data, &head); err != nil {
		var se *json.SyntaxError
		if errors.As(err, &se) {
			return nil, syntaxError(data, err)
		}
		// Valid JSON of another shape: an array, or a format that is no string.
		return nil, ErrNotKring
	}
	switch {
	case head.Format == Format, head.Format == FormatVisits:
	case strings.HasPrefix(head.Format, "kring/"):
		return nil, fmt.Errorf("%w: %s", ErrNewerFormat, head.Format)
	default:
		return nil, ErrNotKring
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	// A misspelt field would otherwise vanish without a word.
	dec.DisallowUnknownFields()
	var doc struct {
		Format  string          `json:"format"`
		Session Session         `json:"session"`
		Results json.RawMessage `json:"results"`
	}
	if err := dec.Decode(&doc); err != nil {
		return nil, syntaxError(data, err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, &SyntaxError{Line: 0, Column: 0, Msg: "data after the end of the document"}
	}
	s := &doc.Session
	s.Normalize()
	if ps := s.Validate(); len(ps) > 0 {
		return nil, ps
	}
	return s, nil
}

// FieldError is a value of the wrong type or an unknown field.
type FieldError struct {
	Field string
	Msg   string
}

func (e *FieldError) Error() string { return e.Field + ": " + e.Msg }

func syntaxError(data []byte, err error) error {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		// Offset counts the offending byte itself, except at the end of input.
		off := se.Offset
		if off > 0 && !strings.HasSuffix(se.Error(), "end of JSON input") {
			off--
		}
		line, col := position(data, off)
		return &SyntaxError{Line: line, Column: col, Msg: se.Error()}
	case errors.As(err, &te):
		return &FieldError{Field: te.Field, Msg: "expected " + te.Type.String() + ", found " + te.Value}
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		line, col := position(data, int64(len(data)))
		return &SyntaxError{Line: line, Column: col, Msg: "unexpected end of file"}
	case strings.HasPrefix(err.Error(), "json: unknown field "):
		return &FieldError{Field: strings.Trim(strings.TrimPrefix(err.Error(), "json: unknown field "), `"`), Msg: "unknown field"}
	}
	return &SyntaxError{Msg: err.Error()}
}

// position turns a byte offset into a line and a column, both from 1; the
// column counts characters, as an editor does.
func position(data []byte, offset int64) (line, col int) {
	if offset > int64(len(data)) {
		offset = int64(len(data))
	}
	before := data[:offset]
	line = bytes.Count(before, []byte("\n")) + 1
	col = utf8.RuneCount(before[bytes.LastIndexByte(before, '\n')+1:]) + 1
	return line, col
}
