package ui

import (
	"testing"

	"kring/model"
	"kring/ui/i18n"
)

// A new contribution's willing and able follow the person picked, not
// the first person offered: the file must not give Lotte Sanne's "yes".
// A value the coach set by hand before picking stays.
func TestNewContributionFollowsThePickedPerson(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name   string
		byHand bool
	}{
		{"map values of the picked person", false},
		{"a value set by hand stays", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			runApp(t, setup{store: listStore(t), lang: i18n.EN, width: 120, height: 40}, func(t *testing.T, d *driver) {
				openNeeds(d)
				d.press("right", "down", "down", "down", "down", "down", "enter")
				d.requireView("Nobody from the network for this need yet")
				d.press("a")
				f := needsOf(d).form
				first := needsOf(d).sess.Person(f.value("person"))
				var handWilling string
				if tc.byHand {
					f.setChoice("willing", string(model.WillingNo))
					handWilling = f.value("willing")
				}
				for i := 0; i < 20 && f.value("person") != "p5"; i++ {
					d.press("right")
				}
				lotte := needsOf(d).sess.Person("p5")
				if f.value("person") != "p5" || lotte == nil || first == nil {
					t.Fatalf("could not pick Lotte (p5); first offered %v", first)
				}
				if first.Willing == lotte.Willing || first.Able == lotte.Able {
					t.Fatalf("the test needs Lotte's answers to differ from %s's", first.Name)
				}
				d.press("tab")
				d.typ("picks Noor up")
				d.press("enter")
				c := lastSaved(t, d).Needs[1].Network.Contributions
				if len(c) != 1 || c[0].PersonID != "p5" {
					t.Fatalf("contributions %+v", c)
				}
				wantWilling := lotte.Willing
				if tc.byHand {
					wantWilling = model.Willing(handWilling)
				}
				if c[0].Willing != wantWilling || c[0].Able != lotte.Able {
					t.Fatalf("contribution willing %q able %q, want %q %q", c[0].Willing, c[0].Able, wantWilling, lotte.Able)
				}
			})
		})
	}
}
