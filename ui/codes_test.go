package ui

import (
	"testing"

	"kring/model"
	"kring/ui/i18n"
)

// Keys built from model codes cannot be found by the catalogue's own test,
// which looks for literal keys: this test builds every one of them.
func TestEveryCodeHasALabel(t *testing.T) {
	var keys []string
	for _, s := range model.Sectors {
		keys = append(keys, "sector."+string(s), "sector_short."+string(s))
	}
	for _, r := range model.Rings {
		keys = append(keys, "ring."+string(rune('0'+r)))
	}
	for _, f := range model.Frequencies {
		keys = append(keys, "frequency."+orUnknown(string(f)))
	}
	for _, k := range model.KnownFors {
		keys = append(keys, "known."+orUnknown(string(k)), "known_short."+orUnknown(string(k)))
	}
	for _, k := range model.SupportKinds {
		keys = append(keys, "support."+string(k))
	}
	for _, l := range model.Levels {
		keys = append(keys, "level."+string(l))
		if l != model.LevelNone {
			keys = append(keys, "grid.level."+string(l))
		}
	}
	for _, d := range model.Directions {
		keys = append(keys, "direction."+orUnknown(string(d)))
	}
	for _, q := range model.Qualities {
		keys = append(keys, "quality."+string(q))
	}
	for _, w := range model.Willings {
		keys = append(keys, "willing."+string(w))
	}
	for _, a := range model.Answers {
		keys = append(keys, "answer."+string(a))
	}
	for _, k := range model.RelationKinds {
		keys = append(keys, "relation."+string(k))
	}
	for _, col := range gridColumns() {
		if len([]rune(col.title)) > 1 {
			keys = append(keys, col.title)
		}
	}
	for i := 1; i <= stepCount; i++ {
		n := string(rune('0' + i))
		keys = append(keys, "step."+n+".title", "step."+n+".short")
	}
	for _, l := range []i18n.Lang{i18n.NL, i18n.EN} {
		cat := i18n.New(l)
		for _, k := range keys {
			if !cat.Has(k) {
				t.Errorf("%s: no label for %q", l, k)
			}
		}
	}
}
