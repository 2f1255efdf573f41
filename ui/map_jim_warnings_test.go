package ui

import (
	"os"
	"testing"

	"kring/model"
	"kring/ui/i18n"
)

// TestMapSaysBrokenJimRules: a file with a father as active JIM and an
// aunt active with an open safety concern (model/testdata/jim-broken.json,
// accepted on import so the coach can fix it) shows the broken rule at
// the person on the map: a mark in the line under the map on a narrow
// window, the full text in the side panel on a wide one; someone with no
// broken rule gets neither (issue 12: the JIM rules as warnings on step 4,
// on the map and in the report).
func TestMapSaysBrokenJimRules(t *testing.T) {
	t.Parallel()
	data, err := os.ReadFile("../model/testdata/jim-broken.json")
	if err != nil {
		t.Fatal(err)
	}
	sess, err := model.Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	cat := i18n.New(i18n.EN)
	for _, size := range [][2]int{{80, 24}, {160, 40}} {
		runApp(t, setup{store: newFakeStore(testPass, sess), lang: i18n.EN, width: size[0], height: size[1]}, func(t *testing.T, d *driver) {
			d.openSelected()
			d.press("2")
			m := mapOf(d)
			wide := m.wide()
			if wide != (size[0] > 100) {
				t.Fatalf("%dx%d: side panel %v", size[0], size[1], wide)
			}
			for _, c := range []struct {
				id, want string
			}{
				{"p2", cat.T("jimrule.jim_parent", "Mehmet")},
				{"p3", cat.T("jimrule.jim_active_unsafe", "Zeynep")},
			} {
				m.selected = c.id
				if wide {
					// The side panel wraps; its first words are enough.
					d.requireView(c.want[:20])
				} else {
					d.requireView("⚠ " + cat.T("map.jim_rule_broken"))
				}
			}
			m.selected = "p4" // Hans, the neighbour: no JIM at all
			d.requireNoView("⚠")
		})
	}
}
