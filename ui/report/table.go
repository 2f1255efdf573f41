package report

import (
	"bytes"
	"encoding/csv"
	"strconv"

	"kring/model"
	"kring/ui/i18n"
)

// csvHeader names the columns of the network grid. Columns and values are
// the stable codes of kring/v1, the same in every language, so that a
// sheet or a script reads every export alike.
var csvHeader = []string{
	"id", "name", "role", "sector", "ring", "frequency", "known_for",
	"practical_level", "practical_direction", "company_level", "company_direction",
	"advice_level", "advice_direction", "emotional_level", "emotional_direction",
	"quality", "willing", "able", "household", "adult", "parent", "deceased",
	"family", "map_date", "demo",
}

// utf8BOM starts a Dutch CSV: without it Excel reads the file as
// Windows-1252 and "Çelik" becomes "Ã‡elik".
const utf8BOM = "\ufeff"

// CSV returns the Social Network Map grid (Tracy & Whittaker): a header
// row and one row per person with sector, ring, contact frequency, how
// long known, the level and direction of each P/G/A/E support kind, tie
// quality, willing, able and the household, adult, parent and deceased
// flags, then the family's label, the map's date and whether the session
// is a made-up demo, so that a sheet that travels alone still says whose
// map it is and whether it is real.
//
// In Dutch the file is what Dutch Excel opens by a double click: a UTF-8
// byte order mark and ";" between cells (Dutch Excel takes "," as the
// decimal sign). Options.CSVComma, or English, gives the plain RFC 4180
// form with commas and no mark. Quoting follows RFC 4180 (encoding/csv,
// CRLF line ends). A cell
// that starts with =, +, -, @, a tab or a carriage return gets a leading
// apostrophe, so that a spreadsheet shows it as text and never runs it
// as a formula. Notes are not exported.
func CSV(s *model.Session, o Options) []byte {
	s = prepare(s, o)
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	w.UseCRLF = true
	if o.Lang == i18n.NL && !o.CSVComma {
		buf.WriteString(utf8BOM)
		w.Comma = ';'
	}
	family, date, demo := cell(line(s.Label)), mapDate(s, o), flag(s.Demo)
	_ = w.Write(csvHeader)
	row := make([]string, len(csvHeader))
	for i := range s.People {
		p := &s.People[i]
		row = row[:0]
		row = append(row, cell(p.ID), cell(line(p.Name)), cell(line(p.Role)), cell(string(p.Sector)), strconv.Itoa(int(p.Ring)),
			cell(string(p.Frequency)), cell(string(p.KnownFor)))
		for _, k := range model.SupportKinds {
			v := p.Support.Get(k)
			row = append(row, cell(string(v.Level)), cell(string(v.Direction)))
		}
		row = append(row, cell(string(p.Quality)), cell(string(p.Willing)), cell(string(p.Able)),
			flag(p.Household), flag(p.Adult), flag(p.Parent), flag(p.Deceased),
			family, date, demo)
		_ = w.Write(row)
	}
	w.Flush()
	return buf.Bytes()
}

func flag(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

// cell neutralises a value that a spreadsheet would read as a formula
// (OWASP's advice: a leading apostrophe).
func cell(s string) string {
	if s == "" {
		return s
	}
	switch s[0] {
	case '=', '+', '-', '@', '\t', '\r':
		return "'" + s
	}
	return s
}
