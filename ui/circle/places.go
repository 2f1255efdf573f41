package circle

// Places remembers each person's place in their slice from one layout to
// the next, so that a person stays where they are while others are
// added, edited or removed: a removed person's place stays empty until
// someone new comes, and only a person whose own sector or ring changes
// goes to the first free place of their new slice. The zero value is
// ready to use; a new Places (as after reopening a session) gives places
// in the order of the items.
type Places struct {
	at map[string]place
}

type place struct{ sector, ring, n int }

// Assign sets Place on every item: the place it had, when its sector and
// ring are the same, else the first place free in its slice. People no
// longer among the items give their places up.
func (p *Places) Assign(items []Item) {
	if p.at == nil {
		p.at = map[string]place{}
	}
	type slice struct{ s, r int }
	used := map[slice]map[int]bool{}
	keep := make(map[string]place, len(items))
	for i := range items {
		it := &items[i]
		if old, ok := p.at[it.ID]; ok && old.sector == it.Sector && old.ring == it.Ring {
			k := slice{it.Sector, it.Ring}
			if used[k] == nil {
				used[k] = map[int]bool{}
			}
			if !used[k][old.n] {
				used[k][old.n] = true
				keep[it.ID] = old
			}
		}
	}
	for i := range items {
		it := &items[i]
		if old, ok := keep[it.ID]; ok {
			it.Place = old.n
			continue
		}
		k := slice{it.Sector, it.Ring}
		if used[k] == nil {
			used[k] = map[int]bool{}
		}
		n := 1
		for used[k][n] {
			n++
		}
		used[k][n] = true
		keep[it.ID] = place{it.Sector, it.Ring, n}
		it.Place = n
	}
	p.at = keep
}
