package ui

import (
	"charm.land/bubbles/v2/key"

	"kring/ui/i18n"
)

// globalKeys work on every screen, unless a text field has the keyboard:
// then only ctrl+c and the privacy key do, so that typing "q" or "?" in a
// name never quits or opens help.
type globalKeys struct {
	Quit      key.Binding
	ForceQuit key.Binding
	Help      key.Binding
	Back      key.Binding
	Privacy   key.Binding
}

func newGlobalKeys(cat i18n.Catalog) globalKeys {
	tr := func(k string) string { return cat.T(k) }
	return globalKeys{
		Quit:      key.NewBinding(key.WithKeys("q"), key.WithHelp("q", tr("key.quit"))),
		ForceQuit: key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", tr("key.quit"))),
		Help:      key.NewBinding(key.WithKeys("?"), key.WithHelp("?", tr("key.help"))),
		Back:      key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", tr("key.back"))),
		Privacy:   key.NewBinding(key.WithKeys("ctrl+p"), key.WithHelp("ctrl+p", tr("key.privacy"))),
	}
}
