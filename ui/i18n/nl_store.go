package i18n

// nlStore holds the Dutch texts about the store file itself: what the
// disk refused, damage found in some sessions, a weak new passphrase, the
// size limits of a session, the backup from the session list and a change
// that was not saved when the screen locked.
var nlStore = map[string]string{
	"err.save.write":        "kring kon niet in het opslagbestand schrijven (%s). Er is niets in veranderd; uw laatste wijziging is nog niet bewaard.",
	"err.save.sync":         "De schijf heeft het bewaren niet bevestigd (%s). Er is niets in het opslagbestand veranderd; uw laatste wijziging is nog niet bewaard. De schijf gaat misschien stuk: maak snel een reservekopie.",
	"err.save.disk_full":    "De schijf is vol. Er is niets in het opslagbestand veranderd; uw laatste wijziging is nog niet bewaard. Maak ruimte op de schijf, dan bewaart kring hem.",
	"err.save.read_only":    "De map of schijf van de opslag is alleen-lezen (%s): uw laatste wijziging is nog niet bewaard. De opslag is niet beschadigd: zet er geen reservekopie overheen.",
	"err.read_only":         "De opslag %s staat op een alleen-lezen schijf of in een alleen-lezen map. Hij is niet beschadigd: zet er geen reservekopie overheen. Maak de map schrijfbaar, of kopieer de opslag naar een map waarin u kunt schrijven.",
	"err.os.read_only":      "de schijf of map is alleen-lezen",
	"err.not_compacted":     "Sessie %s is verwijderd, maar de versleutelde gegevens blijven in het opslagbestand tot kring het bestand kan opruimen (%s). kring probeert het opnieuw bij de volgende start.",
	"err.damaged_sessions":  "Het opslagbestand %s is beschadigd bij sessie %s; de andere sessies zijn in orde. Exporteer wat u nodig hebt en zet daarna een reservekopie terug.",
	"err.passphrase_weak":   "Deze wachtwoordzin is te makkelijk te raden. Neem vier of meer woorden die niet bij elkaar horen, of een lange zin die alleen u kent.",
	"err.kdf_too_costly":    "Het opslagbestand %s vraagt sleutelinstellingen die ver boven die van kring liggen. kring probeert ze niet: het bestand is niet door kring gemaakt of is veranderd.",
	"problem.too_many":      "heeft meer dan %s regels, het meeste dat kring bewaart",
	"problem.too_large":     "is groter dan %s bytes als kring/v1-JSON, het meeste dat kring bewaart",
	"err.file_too_large":    "%s is groter dan de %d MB die kring inleest.",
	"key.backup":            "reservekopie van de opslag",
	"sessions.backup_done":  "Reservekopie bewaard: %s",
	"sessions.backup_error": "Geen reservekopie gemaakt: %s",
	"lock.unsaved":          "Een wijziging is nog niet opgeslagen: hij blijft bewaard en wordt opgeslagen als u het slot opent.",
}
