package model

import (
	"fmt"
	"os"
	"reflect"
	"strings"
	"testing"
)

// TestFormatDocCoversModel keeps docs/FORMAT.md in step with the code: every
// JSON field and every code must appear in it, in backquotes.
func TestFormatDocCoversModel(t *testing.T) {
	data, err := os.ReadFile("../docs/FORMAT.md")
	if err != nil {
		t.Skipf("no docs/FORMAT.md: %v", err)
	}
	doc := string(data)
	want := map[string]bool{}
	var fields func(reflect.Type)
	seen := map[reflect.Type]bool{}
	fields = func(tp reflect.Type) {
		switch tp.Kind() {
		case reflect.Slice, reflect.Map, reflect.Pointer:
			fields(tp.Elem())
			return
		case reflect.Struct:
		default:
			return
		}
		if seen[tp] || tp.PkgPath() != reflect.TypeOf(Session{}).PkgPath() {
			return
		}
		seen[tp] = true
		for i := 0; i < tp.NumField(); i++ {
			f := tp.Field(i)
			if name := strings.Split(f.Tag.Get("json"), ",")[0]; name != "" && name != "-" {
				want[name] = true
			}
			fields(f.Type)
		}
	}
	fields(reflect.TypeOf(Document{}))

	add := func(codes ...any) {
		for _, c := range codes {
			v := reflect.ValueOf(c)
			for i := 0; i < v.Len(); i++ {
				if s := fmt.Sprint(v.Index(i).Interface()); s != "" {
					want[s] = true
				}
			}
		}
	}
	add(Sectors, Rings, Frequencies, KnownFors, Levels, Directions, SupportKinds, Qualities, Willings, Answers,
		RelationKinds, JimStatuses, Criteria, Parties, ReviewOutcomes, Sufficiencies, PlanOffers, Decisions,
		Conclusions, CareForms, AgreementViews, ProblemCodes)
	want[Format] = true
	want["MaxNameLen"], want["MaxTextLen"] = true, true

	for w := range want {
		if !strings.Contains(doc, "`"+w+"`") && !strings.Contains(doc, "`\""+w+"\"`") {
			t.Errorf("docs/FORMAT.md does not mention `%s`", w)
		}
	}
	if len(want) < 150 {
		t.Errorf("only %d names checked", len(want))
	}
	for _, n := range []int{MaxNameLen, MaxTextLen} {
		if !strings.Contains(strings.ReplaceAll(doc, " ", ""), fmt.Sprint(n)) {
			t.Errorf("docs/FORMAT.md does not give the limit %d", n)
		}
	}
}
