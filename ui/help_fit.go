package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
)

// helpBody is the full help with its title in h lines when it can be:
// the groups of keys are set apart by blank lines, and when that is too
// tall (the map's help at 80x24) the blank lines go first, so that the
// last groups (the visit keys, privacy, help) are not cut off at the
// bottom.
func (a *App) helpBody(groups [][]key.Binding, h int) string {
	title := a.c.Styles.Heading.Render(a.c.T("help.title"))
	body := title + "\n\n" + a.fullHelp(groups)
	if strings.Count(body, "\n")+1 <= h {
		return body
	}
	var lines []string
	for _, l := range strings.Split(a.fullHelp(groups), "\n") {
		if strings.TrimSpace(l) != "" {
			lines = append(lines, l)
		}
	}
	return title + "\n" + strings.Join(lines, "\n")
}
