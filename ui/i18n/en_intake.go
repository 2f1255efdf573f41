package i18n

// enIntake holds the English texts of issue 11's speed at the table: the
// person pickers that find by typing, the mouse on the map, editing a
// relation and undoing the last edit on the map.
var enIntake = map[string]string{
	"pick.hint":            "type a name to find",
	"pick.key_find_keys":   "abc",
	"pick.key_find":        "find",
	"mouse.click":          "click",
	"mouse.click_does":     "select someone",
	"mouse.double":         "double click",
	"mouse.double_does":    "edit",
	"mouse.wheel":          "wheel",
	"mouse.wheel_does":     "round the ring",
	"relation.edit_title":  "Edit the relation of %s and %s",
	"jim.field.note_of":    "note %s",
	"sweep.role.word_side": "%s (side of %s)",
	"undo.key":             "undo",
}

func init() { merge(en, enIntake) }
