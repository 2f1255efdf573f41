package i18n

// enGuideFit holds the English words of the guide's one-row form (see
// nlGuideFit).
var enGuideFit = map[string]string{
	"guide.short_title": "Guide",
	"guide.short_more":  "ctrl+g more",
}

func init() { merge(en, enGuideFit) }

// enMapSelected: see nlMapSelected.
var enMapSelected = map[string]string{
	"map.selected_in_overflow": "not drawn: in the +%d of %s",
}

func init() { merge(en, enMapSelected) }
