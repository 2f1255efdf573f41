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
		p.at = make(map[string]place, len(items))
	}
	used := make(map[place]bool, len(items))
	kept := make([]bool, len(items))
	for i := range items {
		it := &items[i]
		if old, ok := p.at[it.ID]; ok && old.sector == it.Sector && old.ring == it.Ring && !used[old] {
			used[old], kept[i] = true, true
			it.Place = old.n
		}
	}
	// The first place that may be free, per slice: places are taken in
	// order, so the search goes on from the last one given.
	var next [SectorCount + 1][RingCount + 2]int
	for i := range items {
		if kept[i] {
			continue
		}
		it := &items[i]
		at := place{it.Sector, it.Ring, 1}
		ns := &next[SectorCount][RingCount+1] // shared by bad sectors and rings
		if it.Sector >= 0 && it.Sector < SectorCount && it.Ring >= 1 && it.Ring <= RingCount {
			ns = &next[it.Sector][it.Ring]
		}
		at.n = max(*ns, 1)
		for used[at] {
			at.n++
		}
		*ns = at.n + 1
		used[at] = true
		p.at[it.ID] = at
		it.Place = at.n
	}
	if len(p.at) > len(items) {
		present := make(map[string]bool, len(items))
		for _, it := range items {
			present[it.ID] = true
		}
		for id := range p.at {
			if !present[id] {
				delete(p.at, id)
			}
		}
	}
}
