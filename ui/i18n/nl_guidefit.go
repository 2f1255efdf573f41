package i18n

// nlGuideFit holds the Dutch words of the guide's one-row form, which it
// takes under the map in a short window.
var nlGuideFit = map[string]string{
	"guide.short_title": "Gids",
	"guide.short_more":  "ctrl+g meer",
}

func init() { merge(nl, nlGuideFit) }

// nlMapSelected says where the selected person is when the circle has
// no room to name them.
var nlMapSelected = map[string]string{
	"map.selected_in_overflow": "niet getekend: in +%d bij %s",
}

func init() { merge(nl, nlMapSelected) }
