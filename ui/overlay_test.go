package ui

import (
	"testing"

	"kring/ui/i18n"
)

// The overlay gives keys to the top dialog only; a confirm dialog runs
// its action on yes, in the same Update, and a dialog its reply opens
// takes its place on top.
func TestOverlayAndConfirm(t *testing.T) {
	t.Parallel()
	c := &Common{Cat: i18n.New(i18n.EN), Styles: NewStyles(true, true)}
	var o overlay
	o.open(nil)
	if o.active() || o.Update(keyMsg("y")) != nil {
		t.Fatal("an empty overlay has a dialog")
	}
	ran := 0
	notice := newNotice(c, "done")
	yes := newConfirm(c, "sure?", func() reply { ran++; return show(notice) })
	under := newConfirm(c, "under", func() reply { t.Fatal("the dialog under the top one got the key"); return reply{} })
	o.open(under)
	o.open(yes)
	o.Update(keyMsg("x"))
	if ran != 0 || len(o.stack) != 2 {
		t.Fatalf("a key that is not yes or no: ran %d, %d dialogs", ran, len(o.stack))
	}
	o.Update(keyMsg("y"))
	if ran != 1 || len(o.stack) != 2 || o.stack[1] != notice {
		t.Fatalf("yes: ran %d, stack %v", ran, o.stack)
	}
	o.Update(keyMsg("enter"))
	if len(o.stack) != 1 || o.stack[0] != under {
		t.Fatal("the notice did not close on enter")
	}
	o.stack[0] = newConfirm(c, "no?", func() reply { ran++; return reply{} })
	o.Update(keyMsg("n"))
	if ran != 1 || o.active() {
		t.Fatalf("no: ran %d, active %v", ran, o.active())
	}
}

// A removal confirmed on the map is carried out in the Update of the key
// and its save is among the commands that Update returns: no message
// travels through the runtime and back first.
func TestConfirmedRemovalInTheSameUpdate(t *testing.T) {
	t.Parallel()
	runApp(t, setup{store: listStore(t), lang: i18n.EN, width: 80, height: 24}, func(t *testing.T, d *driver) {
		openMap(d)
		id := mapOf(d).selected
		d.press("x")
		saves := len(d.store.savedSessions())
		_, cmd := d.app.Update(keyMsg("y"))
		if d.app.work.sess.Person(id) != nil {
			t.Fatal("the person is still there after yes")
		}
		if d.app.dialogs.active() || !d.app.saving || cmd == nil {
			t.Fatalf("after yes: dialog %v, saving %v", d.app.dialogs.active(), d.app.saving)
		}
		d.run(cmd)
		if got := d.store.savedSessions(); len(got) != saves+1 || got[len(got)-1].Person(id) != nil {
			t.Fatal("the removal was not saved once")
		}
		if mapOf(d).selected == id {
			t.Fatal("the map still selects the removed person")
		}
	})
}
