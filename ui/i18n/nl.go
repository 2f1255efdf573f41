package i18n

// nl is the Dutch catalogue: plain language (B1), short sentences.
var nl = map[string]string{
	// Command line.
	"cli.usage": `kring: samen met het gezin het netwerk in kaart brengen.

Gebruik:
  kring                      open het programma
  kring list                 toon alle sessies (nummer, naam, laatste wijziging)
  kring export NR [--format FORMAAT] [--out BESTAND] [--pseudonymise]
                             schrijf een sessie weg (standaard json, naar het scherm)
                             FORMAAT: md, html of pdf (verslag), svg (kaart), csv,
                             dot, graphml, json, case (versleuteld bestand),
                             plan, plan-md, plan-pdf (familiegroepsplan),
                             invitation, invitation-pdf (uitnodiging beraad)
                             csv is voor Nederlandse Excel (; en BOM);
                             --csv-comma geeft komma's voor scripts
                             --notes zet de notities van de coach in het verslag
                             --visit N schrijft bezoek N weg (standaard het laatste);
                             --compare zet erbij wat er veranderd is sinds het bezoek ervoor
  kring import BESTAND       lees een kring/v1- of case-bestand in als nieuwe sessie
  kring delete NR            verwijder een sessie
  kring backup BESTAND       maak een reservekopie van de hele opslag
  kring check                controleer of de opslag heel is
  kring demo                 oefen met verzonnen gezinnen (wordt niet bewaard)
                             --present: rustig scherm voor een beamer
  kring version              toon de versie
  kring help                 toon deze hulp

Opties:
  --data-dir MAP             map van de opslag (of KRING_DATA_DIR)
  --lang nl|en               taal (of KRING_LANG)
  --lock-after 10m           vergrendel na zo lang niets doen (of KRING_LOCK_AFTER; off = nooit)

Wachtwoordzin: kring vraagt erom. Voor scripts: KRING_PASSPHRASE_FILE of KRING_PASSPHRASE.
Een case-bestand krijgt een eigen wachtwoordzin: kring vraagt erom, of KRING_EXPORT_PASSPHRASE.`,
	"cli.unknown_command":  "Onbekende opdracht %q. Typ 'kring help' voor de lijst.",
	"cli.missing_arg":      "Bij '%s' hoort %s. Typ 'kring help'.",
	"cli.too_many_args":    "Te veel woorden bij '%s'. Typ 'kring help'.",
	"cli.unknown_flag":     "Onbekende optie %s. Typ 'kring help'.",
	"cli.flag_needs_value": "Bij de optie %s hoort een waarde. Typ 'kring help'.",
	"cli.bad_flag":         "%s. Typ 'kring help'.",
	"cli.unknown_format":   "Onbekend formaat %q. Kies uit: %s.",
	"cli.bad_lock_after":   "--lock-after (of KRING_LOCK_AFTER) moet een tijd zijn zoals 5m of 1h (minstens 1m), of off.",
	"cli.unknown_lang":     "Onbekende taal %q. Kies nl of en.",
	"cli.arg.id":           "een sessienummer",
	"cli.arg.file":         "een bestandsnaam",
	"cli.version":          "kring %s",
	"cli.deleted":          "Sessie %s is verwijderd.",
	"cli.backup_done":      "Reservekopie staat in %s.",
	"cli.check_ok":         "De opslag is in orde (%d sessies).",
	"cli.new_store":        "Nieuwe opslag in %s.\nLet op: een vergeten wachtwoordzin kan niemand herstellen.",

	"pass.prompt":       "Wachtwoordzin: ",
	"pass.prompt_new":   "Kies een wachtwoordzin: ",
	"pass.prompt_again": "Typ hem nog een keer: ",

	// Errors, one line each.
	"err.locked":            "Een ander kring-venster heeft deze opslag al open. Sluit dat eerst.",
	"err.wrong_passphrase":  "Deze wachtwoordzin klopt niet. Er is niets veranderd.",
	"err.newer_version":     "Deze opslag is gemaakt met een nieuwere versie van kring. Werk kring bij; het bestand is niet aangeraakt.",
	"err.corrupt":           "Het opslagbestand %s is beschadigd. Zet een reservekopie terug.",
	"err.not_found":         "Er is geen sessie met nummer %s.",
	"err.no_passphrase":     "Geen wachtwoordzin. Typ kring in een terminal, of zet KRING_PASSPHRASE_FILE.",
	"err.passphrase_file":   "Kan het wachtwoordbestand niet lezen: %s",
	"err.passphrase_short":  "Kies een wachtwoordzin van minstens %d tekens.",
	"err.passphrase_differ": "De twee wachtwoordzinnen zijn niet gelijk.",
	"err.read_file":         "Kan %s niet lezen: %s",
	"err.write_file":        "Kan %s niet schrijven: %s",
	"err.not_kring":         "%s is geen kring/v1-bestand.",
	"err.newer_format":      "%s is gemaakt met een nieuwere versie van kring (%s).",
	"err.syntax_nopos":      "%s is geen geldige JSON.",
	"err.syntax":            "%s, regel %d, kolom %d: dit is geen geldige JSON.",
	"err.field":             "%s, veld %s: %s",
	"err.field.type":        "verkeerd soort waarde",
	"err.field.unknown":     "onbekend veld",
	"err.problems":          "%s is niet ingelezen: %d fout(en). Eerste: veld %s: %s",
	"err.export_over_store": "Zo heet het opslagbestand zelf. Kies een andere bestandsnaam voor de export.",
	"err.file":              "Er ging iets mis met een bestand: %s",
	"err.os.not_exist":      "de map of het bestand %s bestaat niet",
	"err.os.permission":     "geen toestemming voor %s",
	"err.os.disk_full":      "de schijf is vol",
	"err.other":             "Er ging iets mis: %s",

	// What is wrong with a field (model.ProblemCode).
	"problem.required":      "mag niet leeg zijn",
	"problem.unknown_code":  "onbekende waarde %q",
	"problem.out_of_range":  "waarde %s valt buiten de grenzen",
	"problem.dangling_id":   "verwijst naar %q, maar die bestaat niet",
	"problem.duplicate_id":  "nummer %q komt twee keer voor",
	"problem.bad_date":      "%q is geen datum (JJJJ-MM-DD)",
	"problem.too_long":      "is te lang",
	"problem.self_relation": "een relatie van iemand met zichzelf kan niet",
	"cli.check_ok.one":      "De opslag is in orde (%d sessie).",
}
