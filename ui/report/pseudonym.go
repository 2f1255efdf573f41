package report

import (
	"reflect"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"kring/model"
)

// Hidden replaces free text in a pseudonymised session. It is the mark
// the privacy screen uses, the same in every language.
const Hidden = "•••"

// Pseudonymise returns a copy of the session that can leave the laptop
// for supervision, training or research without naming anyone:
//
//   - a network member's name becomes their initials ("R."), and the role
//     stays ("oma", "buurvrouw"); a name that is only a role, such as
//     "huisarts", is kept as it is;
//   - youths become "J1", "J2" in their order; the label becomes "Gezin"
//     and the initials of the family name (familyPseudonym); the coach,
//     the people present and the experts consulted become initials;
//   - in roles and in the list of who was present, every name kring knows
//     (youths, people, the coach, the label) is replaced by its pseudonym,
//     so "moeder van Yusuf" becomes "moeder van Y."; a name stored with a
//     surname is found by each of its capitalised words too, so that
//     "moeder van Yusuf" still becomes "moeder van Y.Ö." when Yusuf is
//     stored as "Yusuf Öztürk";
//   - notes are emptied and every other free text (the family's words,
//     reasons, need titles, agreements) is replaced by Hidden, so that the
//     check reads the same: an answered step stays answered.
//
// Ids, codes, dates and birth years stay, and so the structure of the
// network and the result of the check. A name that kring does not know,
// typed into a role, cannot be found and stays.
func Pseudonymise(s *model.Session) *model.Session {
	if s == nil {
		return &model.Session{}
	}
	c := s.Clone()
	r := newRenamer(c)
	for i := range c.Youths {
		c.Youths[i].Name = youthPseudonym(i)
	}
	for i := range c.People {
		p := &c.People[i]
		role := line(p.Role)
		if !sameWord(line(p.Name), role) {
			p.Name = model.Initials(p.Name)
		}
		p.Role = r.replace(role)
	}
	c.Label = familyPseudonym(c.Label)
	if strings.TrimSpace(c.Coach) != "" {
		c.Coach = model.Initials(c.Coach)
	}
	c.Present = r.list(c.Present)
	for i := range c.Needs {
		n := &c.Needs[i]
		n.Request.Present = r.list(n.Request.Present)
		for j := range n.Problems.Expertise {
			n.Problems.Expertise[j].Who = model.Initials(n.Problems.Expertise[j].Who)
		}
	}
	pseudonymiseVisits(c)
	hideText(reflect.ValueOf(c).Elem())
	return c
}

func youthPseudonym(i int) string { return "J" + itoa(i+1) }

// familyWords are the words a family's label starts with that are not
// part of its name: "Familie Veldkamp" is the Veldkamp family.
var familyWords = map[string]bool{"familie": true, "fam": true, "gezin": true, "family": true, "the": true, "de": true}

// familyName is the name in a family's label: without the leading word
// "Familie" (or "Gezin", "Family") and without text in brackets, such as
// "(fictief voorbeeld)", that is a remark rather than a name.
func familyName(label string) string {
	var b strings.Builder
	depth := 0
	for _, r := range label {
		switch r {
		case '(', '[', '{':
			depth++
		case ')', ']', '}':
			depth = max(depth-1, 0)
		default:
			if depth == 0 {
				b.WriteRune(r)
			}
		}
	}
	ws := strings.Fields(b.String())
	for len(ws) > 0 && familyWords[strings.ToLower(strings.TrimSuffix(ws[0], "."))] {
		ws = ws[1:]
	}
	return strings.Join(ws, " ")
}

// familyPseudonym is the label of a pseudonymised session: "Gezin" and
// the initials of the family name, "Gezin V." for "Familie Veldkamp
// (fictief voorbeeld)"; "Gezin" alone when the label holds no name.
func familyPseudonym(label string) string {
	if n := familyName(label); n != "" {
		return "Gezin " + model.Initials(n)
	}
	return "Gezin"
}

// sameWord reports whether a name is only the person's role.
func sameWord(name, role string) bool {
	return name != "" && strings.EqualFold(name, role)
}

// kept are the plain string fields hideText leaves alone: ids, and the
// names, roles and lists Pseudonymise has already handled.
var kept = map[string]bool{
	"ID": true, "PersonID": true, "YouthID": true, "A": true, "B": true, "NeedID": true,
	"Name": true, "Role": true, "Label": true, "Coach": true, "Who": true, "Present": true,
	"AgreementID": true, "MemberID": true, // the plan's links (issue 17)
}

// hideText walks the session and replaces every plain string field (codes
// have their own types) that is not kept: notes are emptied and other
// free text becomes Hidden. A field added to the model later is hidden by
// default.
func hideText(v reflect.Value) {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			hideText(v.Elem())
		}
	case reflect.Struct:
		t := v.Type()
		for i := 0; i < v.NumField(); i++ {
			f := v.Field(i)
			if !f.CanSet() || kept[t.Field(i).Name] {
				continue
			}
			if f.Kind() == reflect.String && f.Type() == stringType {
				f.SetString(hidden(t.Field(i).Name, f.String()))
				continue
			}
			hideText(f)
		}
	case reflect.Slice, reflect.Array:
		if v.Type().Elem() == stringType {
			for i := 0; i < v.Len(); i++ {
				if v.Index(i).CanSet() {
					v.Index(i).SetString(hidden("", v.Index(i).String()))
				}
			}
			return
		}
		for i := 0; i < v.Len(); i++ {
			hideText(v.Index(i))
		}
	case reflect.Map:
		for _, k := range v.MapKeys() {
			e := reflect.New(v.Type().Elem()).Elem()
			e.Set(v.MapIndex(k))
			hideText(e)
			v.SetMapIndex(k, e)
		}
	}
}

var stringType = reflect.TypeOf("")

func hidden(field, s string) string {
	switch {
	case strings.TrimSpace(s) == "":
		return s
	case field == "Notes" || field == "Note":
		return ""
	}
	return Hidden
}

// renamer replaces the names kring knows by their pseudonyms, whole words
// only and regardless of case.
type renamer struct {
	// byFirst maps a name's first word (lower case) to the names that
	// start with it, longest first.
	byFirst map[string][]alias
}

type alias struct {
	words  []string
	pseudo string
	// capital is set on one word of a longer name ("Öztürk" of "Yusuf
	// Öztürk"): it matches only where the text writes it with a capital,
	// so that a surname such as "de Wit" does not hide the colour wit.
	capital bool
}

func newRenamer(s *model.Session) *renamer {
	r := &renamer{byFirst: map[string][]alias{}}
	type named struct{ name, pseudo string }
	var all []named
	for i, y := range s.Youths {
		all = append(all, named{y.Name, youthPseudonym(i)})
	}
	for _, p := range s.People {
		if !sameWord(line(p.Name), line(p.Role)) {
			all = append(all, named{p.Name, model.Initials(p.Name)})
		}
	}
	all = append(all, named{s.Coach, model.Initials(s.Coach)}, named{s.Label, familyPseudonym(s.Label)})
	add := func(ws []string, pseudo string, capital bool) {
		if len(ws) == 0 || (len(ws) == 1 && len([]rune(ws[0])) < 2) {
			return
		}
		r.byFirst[ws[0]] = append(r.byFirst[ws[0]], alias{ws, pseudo, capital})
	}
	// Whole names first, so that where a first name is both a whole name
	// ("Ria") and part of one ("Ria Bakker"), the whole name wins.
	for _, n := range all {
		add(words(strings.ToLower(n.name)), n.pseudo, false)
	}
	// Then each capitalised word of a longer name, and of the family
	// name in the label ("Veldkamp" becomes "V."). A word that several
	// names share, such as a surname, stands for none of them alone and
	// becomes its own initial.
	partial := map[string]string{}
	var order []string
	for i, n := range all {
		name, pseudo := n.name, n.pseudo
		if label := i == len(all)-1; label {
			name = familyName(name)
			pseudo = model.Initials(name)
		} else if len(words(name)) < 2 {
			continue
		}
		for _, w := range words(name) {
			if first, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(first) {
				continue
			}
			k := strings.ToLower(w)
			if prev, ok := partial[k]; !ok {
				partial[k] = pseudo
				order = append(order, k)
			} else if prev != pseudo {
				partial[k] = model.Initials(w)
			}
		}
	}
	for _, k := range order {
		add([]string{k}, partial[k], true)
	}
	for k := range r.byFirst {
		sort.SliceStable(r.byFirst[k], func(a, b int) bool { return len(r.byFirst[k][a].words) > len(r.byFirst[k][b].words) })
	}
	return r
}

func isWordRune(c rune) bool { return unicode.IsLetter(c) || unicode.IsDigit(c) }

func words(s string) []string {
	return strings.FieldsFunc(s, func(c rune) bool { return !isWordRune(c) })
}

// segment is a run of word or non-word characters.
type segment struct {
	text string
	word bool
}

func segments(s string) []segment {
	var out []segment
	start := 0
	var inWord bool
	for i, c := range s {
		w := isWordRune(c)
		if i == 0 {
			inWord = w
			continue
		}
		if w != inWord {
			out = append(out, segment{s[start:i], inWord})
			start, inWord = i, w
		}
	}
	if start < len(s) {
		out = append(out, segment{s[start:], inWord})
	}
	return out
}

// replace puts pseudonyms for the known names in s.
func (r *renamer) replace(s string) string {
	if s == "" {
		return s
	}
	segs := segments(s)
	var b strings.Builder
	for i := 0; i < len(segs); i++ {
		sg := segs[i]
		if !sg.word {
			b.WriteString(sg.text)
			continue
		}
		matched := false
		for _, a := range r.byFirst[strings.ToLower(sg.text)] {
			// The name's words at segments i, i+2, i+4 … with anything
			// that is not a word between them.
			first, _ := utf8.DecodeRuneInString(sg.text)
			ok := !a.capital || unicode.IsUpper(first)
			for k := 0; ok && k < len(a.words); k++ {
				j := i + 2*k
				ok = j < len(segs) && segs[j].word && strings.ToLower(segs[j].text) == a.words[k]
			}
			if ok {
				b.WriteString(a.pseudo)
				i += 2 * (len(a.words) - 1)
				matched = true
				break
			}
		}
		if !matched {
			b.WriteString(sg.text)
		}
	}
	return b.String()
}

// list pseudonymises a list of who was present: known names are replaced
// ("Sanne (moeder)" becomes "S. (moeder)"); an entry with no known name
// becomes its initials.
func (r *renamer) list(xs []string) []string {
	if xs == nil {
		return nil
	}
	out := make([]string, len(xs))
	for i, x := range xs {
		x = line(x)
		if y := r.replace(x); y != x {
			out[i] = y
		} else {
			out[i] = model.Initials(x)
		}
	}
	return out
}
