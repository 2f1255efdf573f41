package ui

import (
	"testing"

	"kring/model"
	"kring/ui/i18n"
)

func TestMapRelationIsEditedFromTheList(t *testing.T) {
	t.Parallel()
	runApp(t, setup{store: listStore(t), lang: i18n.EN, width: 120, height: 40}, func(t *testing.T, d *driver) {
		openMap(d)
		m := mapOf(d)
		m.selected = "p1" // Sanne: partners (r1), separated (r2), conflict (r3)
		d.press("R")
		d.requireView("enter edit")
		d.press("down", "down", "enter")
		d.requireView("Edit the relation of Sanne and")
		d.press("right", "tab", "ctrl+u")
		d.typ("They help each other again.")
		d.press("enter")
		s := lastSaved(t, d)
		var r3 model.Relation
		for _, r := range s.Relations {
			if r.ID == "r3" {
				r3 = r
			}
		}
		if r3.Kind != model.RelationSupport || r3.Notes != "They help each other again." || r3.A != "p1" || r3.B != "p6" {
			t.Fatalf("edited relation: %+v", r3)
		}
		d.requireView("↔ help each other: Fatma")
		// A kind the pair has already is refused, with the reason, and
		// nothing changes.
		if _, err := m.sess.AddRelation("p2", "p1", model.RelationConflict, ""); err != nil {
			t.Fatal(err)
		}
		saves := len(d.store.savedSessions())
		d.press("R", "enter", "right", "right", "enter")
		d.requireView("exists already")
		d.press("esc")
		if len(d.store.savedSessions()) != saves || m.sess.Relations[0].Kind != model.RelationPartners {
			t.Fatalf("a refused edit changed r1 to %+v", m.sess.Relations[0])
		}
	})
}
