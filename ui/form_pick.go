package ui

import (
	"strings"
	"unicode/utf8"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// A person picker in a form ("met wie", "wie", "wie precies") is a
// choice the coach can also type in: each letter narrows the options to
// those whose label holds what was typed, accents and case aside, as "/"
// does on the map, and the first of them is chosen at once. ←/→ go
// through the options that match (all of them while nothing is typed),
// backspace takes a letter back and ctrl+u clears what was typed. With
// 40 people the name is found in two or three letters instead of twenty
// presses of →.

// pickState is what a picker field keeps of its find.
type pickState struct {
	query string
	// folded are the options' labels folded for the find, made on the
	// first letter typed.
	folded []string
	// runes caches how fold writes each letter beyond ASCII, so that
	// folding 300 labels costs one fold per distinct letter, not one
	// (with its Unicode transformer) per label.
	runes map[rune]string
	// matches are the indexes of the options the query matches.
	matches []int
}

// pickKeys name the picker's keys for the help line.
type pickKeys struct {
	Find key.Binding
}

func newPickKeys(c *Common) pickKeys {
	return pickKeys{Find: key.NewBinding(key.WithKeys("a"), key.WithHelp(c.T("pick.key_find_keys"), c.T("pick.key_find")))}
}

// filterable makes the last field added a picker the coach can type in.
func (f *form) filterable() *form {
	f.fields[len(f.fields)-1].pick = &pickState{}
	return f
}

// updatePick handles a key or paste on a focused picker; handled is
// false for the keys the form itself handles (tab, enter, esc...).
func (f *form) updatePick(fl *field, msg tea.Msg) (handled bool) {
	ps := fl.pick
	switch m := msg.(type) {
	case tea.PasteMsg:
		m = cleanInput(m).(tea.PasteMsg)
		f.setQuery(fl, ps.query+m.Content)
		return true
	case tea.KeyPressMsg:
		switch k := m.Key(); {
		case k.String() == "backspace":
			if ps.query != "" {
				_, n := utf8.DecodeLastRuneInString(ps.query)
				f.setQuery(fl, ps.query[:len(ps.query)-n])
			}
			return true
		case k.String() == "ctrl+u":
			f.setQuery(fl, "")
			return true
		case (k.String() == "left" || k.String() == "right") && ps.query != "":
			f.stepMatch(fl, k.String() == "right")
			return true
		case k.Text != "" && k.Mod&^tea.ModShift == 0:
			if m, ok := cleanInput(m).(tea.KeyPressMsg); ok && m.Key().Text != "" {
				f.setQuery(fl, ps.query+m.Key().Text)
			}
			return true
		}
	}
	return false
}

// setQuery filters the picker's options by q and chooses the first match.
func (f *form) setQuery(fl *field, q string) {
	ps := fl.pick
	if len(q) > 60 {
		return
	}
	ps.query = q
	ps.matches = pickMatches(fl, q)
	if len(ps.matches) > 0 {
		f.choose(fl, ps.matches[0])
	}
}

// pickMatches lists the indexes of the options whose label holds q.
func pickMatches(fl *field, q string) []int {
	ps := fl.pick
	fq := fold(strings.TrimSpace(q))
	if fq == "" {
		return nil
	}
	if ps.folded == nil {
		ps.folded = make([]string, len(fl.options))
		for i, o := range fl.options {
			ps.folded[i] = ps.fold(o.label)
		}
	}
	var out []int
	for i, l := range ps.folded {
		if strings.Contains(l, fq) {
			out = append(out, i)
		}
	}
	return out
}

// fold is fold (find.go) letter by letter: ASCII is lowered, every other
// letter is folded once and remembered. A letter's fold does not depend
// on its neighbours, except for accents typed as separate marks, which
// fold removes all the same.
func (ps *pickState) fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf:
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			b.WriteRune(r)
		default:
			f, ok := ps.runes[r]
			if !ok {
				if ps.runes == nil {
					ps.runes = map[rune]string{}
				}
				f = fold(string(r))
				ps.runes[r] = f
			}
			b.WriteString(f)
		}
	}
	return b.String()
}

// stepMatch chooses the next (or previous) option that matches the query.
func (f *form) stepMatch(fl *field, forward bool) {
	ms := fl.pick.matches
	if len(ms) == 0 {
		return
	}
	at := 0
	for i, m := range ms {
		if m == fl.idx {
			at = i
		}
	}
	if forward {
		at = (at + 1) % len(ms)
	} else {
		at = (at + len(ms) - 1) % len(ms)
	}
	f.choose(fl, ms[at])
}

// choose sets a choice as the coach's own.
func (f *form) choose(fl *field, i int) {
	fl.idx = i
	fl.err = ""
	fl.touched = true
	if f.onChange != nil {
		f.onChange(fl.key)
	}
}

// pickSuffix is what a picker shows after its choice: what was typed and
// how many it matches, or a hint that typing finds.
func (f *form) pickSuffix(fl *field, focused bool) string {
	ps := fl.pick
	if ps == nil || !focused {
		return ""
	}
	st := f.c.Styles
	if ps.query == "" {
		return "  " + st.Subtle.Render(f.c.T("pick.hint"))
	}
	count := f.c.T("map.find_none")
	if n := len(ps.matches); n > 0 {
		at := 0
		for i, m := range ps.matches {
			if m == fl.idx {
				at = i
			}
		}
		count = f.c.T("map.find_count", at+1, n)
	}
	q := ps.query
	if f.c.Privacy {
		q = f.c.Note(q)
	}
	return "  " + st.Heading.Render("/"+q) + " " + st.Subtle.Render(count)
}
