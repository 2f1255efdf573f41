package i18n

// nlPrintMap holds the Dutch texts of the printed map's pages.
var nlPrintMap = map[string]string{
	"report.map_overview_note": "Overzicht: elk rondje is een persoon. De namen zijn hier te klein om te lezen. Ze staan groter in de %d delen op de volgende pagina's.",
}

func init() { merge(nl, nlPrintMap) }
