package model

import (
	"reflect"
	"sync"
)

// Normalize makes a session safe and complete on the way in: every text
// field is cleaned (CleanText for fields tagged `clean:"text"`, CleanLine
// for the rest) and unset codes get their default, so that a minimal file
// and a full export of the same session compare equal.
func (s *Session) Normalize() {
	cleanStrings(reflect.ValueOf(s).Elem(), false)
	s.normalizeState()
	s.normalizeVisits()
}

// normalizeState gives unset codes their default in the session's live
// state; the earlier visits get the same through normalizeVisits, without
// a second pass of cleaning (cleanStrings above walks them too).
func (s *Session) normalizeState() {
	if s.Youths == nil {
		s.Youths = []Youth{}
	}
	if s.People == nil {
		s.People = []Person{}
	}
	for i := range s.People {
		s.People[i].normalize()
	}
	for i := range s.Needs {
		s.Needs[i].normalize()
	}
	s.Meeting.normalize()
	for i := range s.Jim {
		j := &s.Jim[i]
		if j.Status == "" {
			j.Status = JimNamed
		}
		if len(j.Criteria) == 0 {
			j.Criteria = nil
		}
		for k, a := range j.Criteria {
			a.Value = defaultAnswer(a.Value)
			j.Criteria[k] = a
		}
	}
}

func (p *Person) normalize() {
	if p.Quality == "" {
		p.Quality = QualityNormal
	}
	if p.Willing == "" {
		p.Willing = WillingNotAsked
	}
	p.Able = defaultAnswer(p.Able)
	for _, k := range SupportKinds {
		sup := p.Support.Get(k)
		if sup.Level == "" {
			sup.Level = LevelNone
		}
		p.Support.Set(k, sup)
	}
}

func (n *Need) normalize() {
	n.Applicability.Jeugdwet = defaultAnswer(n.Applicability.Jeugdwet)
	n.Applicability.Resident = defaultAnswer(n.Applicability.Resident)
	n.FamilyPlan.JimPresent = defaultAnswer(n.FamilyPlan.JimPresent)
	n.Own.PaysSelf = defaultAnswer(n.Own.PaysSelf)
	for i := range n.Problems.Expertise {
		e := &n.Problems.Expertise[i]
		e.Checked = defaultAnswer(e.Checked)
	}
	n.Preceding.Adequate = defaultAnswer(n.Preceding.Adequate)
	n.General.Adequate = defaultAnswer(n.General.Adequate)
	for i := range n.Network.Contributions {
		c := &n.Network.Contributions[i]
		c.Asked = defaultAnswer(c.Asked)
		c.Able = defaultAnswer(c.Able)
		c.Lasting = defaultAnswer(c.Lasting)
		if c.Willing == "" {
			c.Willing = WillingNotAsked
		}
	}
}

func defaultAnswer(a Answer) Answer {
	if a == "" {
		return AnswerUnknown
	}
	return a
}

var stringType = reflect.TypeOf("")

// cleanStrings walks structs, slices and maps and cleans every field of
// the plain string type; named code types (Sector, Date, ...) are left to
// Validate, which rejects what is not a known code.
func cleanStrings(v reflect.Value, multiline bool) {
	switch v.Kind() {
	case reflect.String:
		if v.Type() == stringType && v.CanSet() {
			if multiline {
				v.SetString(CleanText(v.String()))
			} else {
				v.SetString(CleanLine(v.String()))
			}
		}
	case reflect.Struct:
		for _, f := range stringFields(v.Type()) {
			cleanStrings(v.Field(f.index), f.multiline)
		}
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			cleanStrings(v.Index(i), multiline)
		}
	case reflect.Pointer:
		if !v.IsNil() {
			cleanStrings(v.Elem(), multiline)
		}
	case reflect.Map:
		// Map values are not addressable: clean a copy and put it back.
		iter := v.MapRange()
		for iter.Next() {
			val := reflect.New(iter.Value().Type()).Elem()
			val.Set(iter.Value())
			cleanStrings(val, multiline)
			v.SetMapIndex(iter.Key(), val)
		}
	}
}

// stringField is an exported field of a struct that holds strings
// somewhere, and whether its text keeps line breaks.
type stringField struct {
	index     int
	multiline bool
}

// stringFieldsOf caches stringFields per type: reading a struct's fields
// and tags through reflect on every value was most of Normalize, which
// runs on every session opened (ten visits of 300 people: tens of ms).
var stringFieldsOf sync.Map // reflect.Type -> []stringField

// stringFields returns the fields of struct type t that cleanStrings must
// visit: exported, and holding a string type at some depth.
func stringFields(t reflect.Type) []stringField {
	if fs, ok := stringFieldsOf.Load(t); ok {
		return fs.([]stringField)
	}
	var fs []stringField
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if f.IsExported() && holdsString(f.Type, map[reflect.Type]bool{}) {
			fs = append(fs, stringField{index: i, multiline: f.Tag.Get("clean") == "text"})
		}
	}
	stringFieldsOf.Store(t, fs)
	return fs
}

// holdsString reports whether a value of type t can hold a string field
// that cleanStrings cleans (of the plain string type) at any depth.
func holdsString(t reflect.Type, seen map[reflect.Type]bool) bool {
	if seen[t] {
		return false
	}
	seen[t] = true
	switch t.Kind() {
	case reflect.String:
		return t == stringType
	case reflect.Slice, reflect.Pointer, reflect.Array:
		return holdsString(t.Elem(), seen)
	case reflect.Map:
		return holdsString(t.Elem(), seen)
	case reflect.Struct:
		for i := 0; i < t.NumField(); i++ {
			if t.Field(i).IsExported() && holdsString(t.Field(i).Type, seen) {
				return true
			}
		}
	}
	return false
}
