package circle

import (
	"fmt"
	"testing"
)

func placesOf(items []Item) string {
	s := ""
	for _, it := range items {
		s += fmt.Sprintf("%s:%d/%d/%d ", it.ID, it.Sector, it.Ring, it.Place)
	}
	return s
}

// Places keeps a place through removals and additions elsewhere, gives a
// freed place to the next newcomer, and moves only a person whose slice
// changed.
func TestPlacesKeepPeopleWhereTheyAre(t *testing.T) {
	t.Parallel()
	var p Places
	items := []Item{{ID: "a", Ring: 1}, {ID: "b", Ring: 1}, {ID: "c", Ring: 1}, {ID: "d", Sector: 2, Ring: 3}}
	p.Assign(items)
	if got, want := placesOf(items), "a:0/1/1 b:0/1/2 c:0/1/3 d:2/3/1 "; got != want {
		t.Fatalf("first places %s, want %s", got, want)
	}
	// b leaves: c stays at 3; e comes and takes b's place 2.
	items = []Item{{ID: "a", Ring: 1}, {ID: "c", Ring: 1}, {ID: "d", Sector: 2, Ring: 3}, {ID: "e", Ring: 1}}
	p.Assign(items)
	if got, want := placesOf(items), "a:0/1/1 c:0/1/3 d:2/3/1 e:0/1/2 "; got != want {
		t.Fatalf("after a removal %s, want %s", got, want)
	}
	// a moves to ring 3 of sector 2: the first free place there; nobody
	// else moves.
	items[0].Sector, items[0].Ring = 2, 3
	p.Assign(items)
	if got, want := placesOf(items), "a:2/3/2 c:0/1/3 d:2/3/1 e:0/1/2 "; got != want {
		t.Fatalf("after a move %s, want %s", got, want)
	}
	// A forgotten id coming back is new: it gets the first free place.
	items = append(items, Item{ID: "b", Ring: 1})
	p.Assign(items)
	if got, want := placesOf(items), "a:2/3/2 c:0/1/3 d:2/3/1 e:0/1/2 b:0/1/1 "; got != want {
		t.Fatalf("after b returns %s, want %s", got, want)
	}
}
