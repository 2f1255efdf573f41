package model

// The quick edits of the map: one key on the selected person changes one
// thing, so that a family talking fast is followed without the 18-field
// form. Each cycles through the codes in the order the form lists them.

// ToggleSupport switches a support kind on ("sometimes", helping the
// family) when it is off, and off when it is on at any level.
func (p *Person) ToggleSupport(k SupportKind) {
	if p.Support.Get(k).Level == LevelNone || p.Support.Get(k).Level == "" {
		p.Support.Set(k, Support{Level: LevelSometimes, Direction: DirectionGives})
		return
	}
	p.Support.Set(k, Support{Level: LevelNone})
}

// CycleQuality moves the tie to the next quality: strong, normal, weak,
// stressful, and round again.
func (p *Person) CycleQuality() { p.Quality = next(Qualities, p.Quality) }

// CycleWilling moves willingness to the next answer: not asked, yes,
// maybe, partly, no, and round again.
func (p *Person) CycleWilling() { p.Willing = next(Willings, p.Willing) }

// CycleAble moves "able to help" to the next answer: unknown, yes, no.
func (p *Person) CycleAble() { p.Able = next(Answers, p.Able) }

// NextSector moves the person to the next sector of the map, round again
// after the professionals. A move out of or into the household sector
// leaves "lives in the home" as it was: the coach sets that in the form.
func (p *Person) NextSector() { p.Sector = next(Sectors, p.Sector) }

// MoveRing moves the person one ring in (delta -1) or out (+1); it
// reports false, changing nothing, at the innermost or outermost ring.
func (p *Person) MoveRing(delta int) bool {
	r := p.Ring + Ring(delta)
	if !r.Valid() || r == p.Ring {
		return false
	}
	p.Ring = r
	return true
}

// next is the code after v in all, the first when v is the last or not
// in all.
func next[T comparable](all []T, v T) T {
	for i, a := range all {
		if a == v {
			return all[(i+1)%len(all)]
		}
	}
	return all[0]
}
