package ui

import (
	"fmt"
	"testing"

	"github.com/charmbracelet/x/exp/golden"

	"kring/ui/i18n"
)

// Golden snapshots of the screens as text (escape sequences stripped),
// with the fixed clock, UTC and NO_COLOR. They live in
// testdata/<TestName>/<subtest>.golden; regenerate them with
//
//	go test ./ui -run TestGolden -update
//
// and read every changed file before committing it.
func TestGolden(t *testing.T) {
	t.Parallel()
	type screen struct {
		name  string
		setup setup
		to    func(d *driver)
	}
	var screens []screen
	for _, lang := range []i18n.Lang{i18n.NL, i18n.EN} {
		for _, size := range [][2]int{{80, 24}, {120, 40}} {
			at := fmt.Sprintf("%s_%dx%d", lang, size[0], size[1])
			s := setup{store: listStore(t), lang: lang, width: size[0], height: size[1]}
			screens = append(screens,
				screen{"list/" + at, s, func(d *driver) {}},
				screen{"step1/" + at, s, openExample},
			)
		}
		at := fmt.Sprintf("%s_80x24", lang)
		screens = append(screens,
			screen{"unlock/" + at, setup{locked: true, lang: lang}, func(d *driver) {}},
			screen{"unlock_new/" + at, setup{fresh: true, lang: lang}, func(d *driver) {}},
			screen{"empty_list/" + at, setup{lang: lang}, func(d *driver) {}},
		)
	}
	for _, sc := range screens {
		t.Run(sc.name, func(t *testing.T) {
			t.Parallel()
			s := sc.setup
			if s.store != nil {
				s.store = listStore(t)
			}
			runApp(t, s, func(t *testing.T, d *driver) {
				sc.to(d)
				golden.RequireEqual(t, []byte(d.view()))
			})
		})
	}
}
