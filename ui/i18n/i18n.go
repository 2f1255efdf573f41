package i18n

import (
	"fmt"
	"strings"
)

// Lang is a catalogue language.
type Lang string

// The languages kring speaks.
const (
	NL Lang = "nl"
	EN Lang = "en"
)

// Default is the language used when nothing else decides.
const Default = NL

// Parse turns a flag or environment value such as "en", "EN" or
// "en_GB.UTF-8" into a Lang; ok is false when it names neither language.
func Parse(s string) (l Lang, ok bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	switch {
	case s == "nl" || strings.HasPrefix(s, "nl_") || strings.HasPrefix(s, "nl-"):
		return NL, true
	case s == "en" || strings.HasPrefix(s, "en_") || strings.HasPrefix(s, "en-"):
		return EN, true
	}
	return Default, false
}

// Resolve picks the language: the flag, then KRING_LANG, then LANG, then
// Dutch. An unknown flag value is an error so that a typo is not silently
// Dutch; unknown environment values are passed over.
func Resolve(flag, kringLang, lang string) (Lang, error) {
	if flag != "" {
		l, ok := Parse(flag)
		if !ok {
			return Default, fmt.Errorf("unknown language %q", flag)
		}
		return l, nil
	}
	for _, v := range []string{kringLang, lang} {
		if l, ok := Parse(v); ok {
			return l, nil
		}
	}
	return Default, nil
}

// Catalog translates keys into one language.
type Catalog struct{ lang Lang }

// New returns the catalogue for l (Dutch for an unknown l).
func New(l Lang) Catalog {
	if l != EN {
		l = NL
	}
	return Catalog{lang: l}
}

// Lang returns the catalogue's language.
func (c Catalog) Lang() Lang { return c.lang }

// T returns the message for key, formatted with args as fmt.Sprintf does.
// A missing key shows as "!key" so that it stands out in a review, never
// as an empty line.
func (c Catalog) T(key string, args ...any) string {
	m := messages(c.lang)[key]
	if m == "" {
		return "!" + key
	}
	if len(args) == 0 {
		return m
	}
	return fmt.Sprintf(m, args...)
}

// N is T for a count: with n == 1 it uses the key's singular form,
// key + ".one", where the catalogue has one ("1 persoon", not "1
// personen"). n is also the first argument of the message.
func (c Catalog) N(key string, n int, args ...any) string {
	if n == 1 && c.Has(key+".one") {
		key += ".one"
	}
	return c.T(key, append([]any{n}, args...)...)
}

// Has reports whether key exists in the catalogue's language.
func (c Catalog) Has(key string) bool {
	_, ok := messages(c.lang)[key]
	return ok
}

func messages(l Lang) map[string]string {
	if l == EN {
		return en
	}
	return nl
}
