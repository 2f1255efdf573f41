package ui

import (
	"testing"

	"kring/model"
	"kring/ui/i18n"
)

// TestJimCriteriaFollowEachOther checks the candidate form's order: the
// youth's words, then every criterion one under the other, then their
// notes, so that tab goes from a criterion to the next criterion and a
// coach answers them with a letter and a tab each.
func TestJimCriteriaFollowEachOther(t *testing.T) {
	t.Parallel()
	runApp(t, setup{store: listStore(t), lang: i18n.NL, width: 120, height: 40}, func(t *testing.T, d *driver) {
		openJim(d)
		d.press("enter")
		f := jimOf(d).form
		if f == nil {
			t.Fatal("no candidate form")
		}
		// Lotte's first three criteria are answered: the cursor starts
		// on the first open one.
		if got := f.fields[f.focus].key; got != "crit."+string(model.CriterionWilling) {
			t.Fatalf("the form opens on %s, want the first open criterion, willing", got)
		}
		f.focusKey("crit." + string(model.Criteria[0]))
		for i, cr := range model.Criteria {
			if got := f.fields[f.focus].key; got != "crit."+string(cr) {
				t.Fatalf("criterion %d: focus on %s, want crit.%s", i+1, got, cr)
			}
			d.press("j") // ja
			if got := f.value("crit." + string(cr)); got != string(model.AnswerYes) {
				t.Fatalf("j on %s: %s, want yes", cr, got)
			}
			d.press("tab")
		}
		if got := f.fields[f.focus].key; got != "note."+string(model.Criteria[0]) {
			t.Fatalf("after the criteria the focus is on %s, want the first note", got)
		}
		d.requireView("uitleg gekozen door jongere")
	})
}
