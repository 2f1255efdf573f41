package i18n

// nlIntake holds the Dutch texts of issue 11's speed at the table: the
// person pickers that find by typing, the mouse on the map, editing a
// relation and undoing the last edit on the map.
var nlIntake = map[string]string{
	"pick.hint":            "typ een naam om te zoeken",
	"pick.key_find_keys":   "abc",
	"pick.key_find":        "zoeken",
	"mouse.click":          "klik",
	"mouse.click_does":     "iemand kiezen",
	"mouse.double":         "dubbelklik",
	"mouse.double_does":    "wijzigen",
	"mouse.wheel":          "wieltje",
	"mouse.wheel_does":     "rond de ring",
	"relation.edit_title":  "Relatie van %s en %s wijzigen",
	"jim.field.note_of":    "uitleg %s",
	"sweep.role.word_side": "%s (kant van %s)",
	"undo.key":             "ongedaan maken",
}

func init() { merge(nl, nlIntake) }
