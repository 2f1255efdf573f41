package i18n

// enPrintMap holds the English texts of the printed map's pages.
var enPrintMap = map[string]string{
	"report.map_overview_note": "Overview: each circle is a person. The names would be too small to read here. They are larger in the %d parts on the next pages.",
}

func init() { merge(en, enPrintMap) }
