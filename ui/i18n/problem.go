package i18n

import (
	"strings"

	"kring/model"
)

// Problem says in the catalogue's language what is wrong with a field.
func (c Catalog) Problem(p model.Problem) string {
	key := "problem." + string(p.Code)
	m := messages(c.lang)[key]
	switch {
	case m == "":
		return p.Error()
	case strings.Contains(m, "%"):
		return c.T(key, p.Value)
	}
	return m
}
