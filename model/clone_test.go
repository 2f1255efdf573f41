package model

import (
	"reflect"
	"testing"
	"time"
)

// fillAll sets every settable field of v, however deep, to a non-zero
// value: two elements in each slice, one entry in each map. A field added
// to Session or anything in it later is filled too, without this test
// knowing its name.
func fillAll(v reflect.Value, depth int) {
	if depth > 12 {
		return
	}
	switch v.Kind() {
	case reflect.String:
		v.SetString("x")
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		v.SetInt(1)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		v.SetUint(1)
	case reflect.Float32, reflect.Float64:
		v.SetFloat(1)
	case reflect.Struct:
		if v.Type() == reflect.TypeFor[time.Time]() {
			v.Set(reflect.ValueOf(time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)))
			return
		}
		for i := 0; i < v.NumField(); i++ {
			if f := v.Field(i); f.CanSet() {
				fillAll(f, depth+1)
			}
		}
	case reflect.Slice:
		s := reflect.MakeSlice(v.Type(), 2, 2)
		for i := 0; i < 2; i++ {
			fillAll(s.Index(i), depth+1)
		}
		v.Set(s)
	case reflect.Map:
		m := reflect.MakeMap(v.Type())
		k, e := reflect.New(v.Type().Key()).Elem(), reflect.New(v.Type().Elem()).Elem()
		fillAll(k, depth+1)
		fillAll(e, depth+1)
		m.SetMapIndex(k, e)
		v.Set(m)
	case reflect.Pointer:
		p := reflect.New(v.Type().Elem())
		fillAll(p.Elem(), depth+1)
		v.Set(p)
	}
}

// sharedMemory returns the path of the first slice, map or pointer that a
// and b share, or "" when they share none.
func sharedMemory(a, b reflect.Value, path string) string {
	switch a.Kind() {
	case reflect.Struct:
		if a.Type() == reflect.TypeFor[time.Time]() {
			return "" // immutable; its *Location is meant to be shared
		}
		for i := 0; i < a.NumField(); i++ {
			if p := sharedMemory(a.Field(i), b.Field(i), path+"."+a.Type().Field(i).Name); p != "" {
				return p
			}
		}
	case reflect.Slice:
		if a.Len() > 0 && b.Len() > 0 && a.Index(0).Addr().Pointer() == b.Index(0).Addr().Pointer() {
			return path
		}
		for i := 0; i < min(a.Len(), b.Len()); i++ {
			if p := sharedMemory(a.Index(i), b.Index(i), path+"[]"); p != "" {
				return p
			}
		}
	case reflect.Map:
		if !a.IsNil() && a.Pointer() == b.Pointer() {
			return path
		}
		for _, k := range a.MapKeys() {
			if bv := b.MapIndex(k); bv.IsValid() {
				if p := sharedMemory(a.MapIndex(k), bv, path+"[k]"); p != "" {
					return p
				}
			}
		}
	case reflect.Pointer:
		if !a.IsNil() && a.Pointer() == b.Pointer() {
			return path
		}
		if !a.IsNil() && !b.IsNil() {
			return sharedMemory(a.Elem(), b.Elem(), path+"*")
		}
	}
	return ""
}

// TestCloneSharesNothing guards the hand-written Clone: with every field
// of a session filled, the copy must be equal and share no slice, map or
// pointer with the original. A new slice or map field that Clone does not
// copy makes this fail, naming the field.
func TestCloneSharesNothing(t *testing.T) {
	var s Session
	fillAll(reflect.ValueOf(&s).Elem(), 0)
	c := s.Clone()
	if !reflect.DeepEqual(&s, c) {
		t.Fatal("the clone differs from the original")
	}
	if p := sharedMemory(reflect.ValueOf(s), reflect.ValueOf(*c), "Session"); p != "" {
		t.Fatalf("the clone shares %s with the original: copy it in Clone", p)
	}
}

// The filler must reach nested reference fields, or the test above could
// not fail: a shallow copy must be caught.
func TestCloneCheckFindsAShallowCopy(t *testing.T) {
	var s Session
	fillAll(reflect.ValueOf(&s).Elem(), 0)
	shallow := *s.Clone()
	shallow.Needs = append([]Need(nil), s.Needs...)
	if p := sharedMemory(reflect.ValueOf(s), reflect.ValueOf(shallow), "Session"); p != "Session.Needs[].Request.Present" {
		t.Fatalf("a shallow copy of the needs was reported as %q", p)
	}
}

func BenchmarkClone300(b *testing.B) {
	s := &Session{}
	for i := 0; i < 300; i++ {
		s.AddPerson(Person{Name: "Persoon", Sector: SectorFamily, Ring: RingClose})
	}
	b.ReportAllocs()
	for b.Loop() {
		s.Clone()
	}
}
