package ui

import (
	"strings"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"

	"kring/model"
)

// The choices and checks that forms of several steps share.

// codeOptions offers a list of codes with their catalogue labels under
// prefix; an empty code is labelled as "unknown".
func codeOptions[T ~string](c *Common, prefix string, codes []T) []option {
	out := make([]option, len(codes))
	for i, v := range codes {
		code := string(v)
		if code == "" {
			code = "unknown"
		}
		out[i] = option{string(v), c.T(prefix + code)}
	}
	return out
}

// answerOptions offers yes, no and not known yet.
func answerOptions(c *Common) []option {
	return codeOptions(c, "answer.", model.Answers)
}

// yesNo offers no and yes, with the codes boolCode gives.
func yesNo(c *Common) []option {
	return []option{{"no", c.T("answer.no")}, {"yes", c.T("answer.yes")}}
}

// boolCode is the yesNo code of b.
func boolCode(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}

// checkDate is a form check: empty or a real YYYY-MM-DD date.
func checkDate(v string) string {
	if !model.Date(v).Valid() {
		return "field.date_invalid"
	}
	return ""
}

// letterChoice is a letter typed on a choice: as in any select box, it
// chooses the next option whose label starts with it, accents and case
// aside ("n" on "nog niet bekend" goes to "nee"), and round again.
func (f *form) letterChoice(fl *field, kp tea.KeyPressMsg) {
	k := kp.Key()
	if k.Mod&^tea.ModShift != 0 || utf8.RuneCountInString(k.Text) != 1 || k.Text == " " {
		return
	}
	letter := fold(k.Text)
	n := len(fl.options)
	for i := 1; i <= n; i++ {
		at := (fl.idx + i) % n
		if strings.HasPrefix(fold(fl.options[at].label), letter) {
			if at != fl.idx {
				f.choose(fl, at)
			}
			return
		}
	}
}

// setChoice selects the option with code value in choice field key, and
// reports whether there was one.
func (f *form) setChoice(key, value string) bool {
	fl := f.fieldOf(key)
	if fl == nil || fl.kind != fieldChoice {
		return false
	}
	for i, o := range fl.options {
		if o.value == value {
			fl.idx = i
			return true
		}
	}
	return false
}
