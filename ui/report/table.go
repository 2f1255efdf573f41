package report

import (
	"bytes"
	"encoding/csv"
	"strconv"

	"kring/model"
)

// csvHeader names the columns of the network grid. Columns and values are
// the stable codes of kring/v1, the same in every language, so that a
// sheet or a script reads every export alike.
var csvHeader = []string{
	"id", "name", "role", "sector", "ring", "frequency", "known_for",
	"practical_level", "practical_direction", "company_level", "company_direction",
	"advice_level", "advice_direction", "emotional_level", "emotional_direction",
	"quality", "willing", "able", "household", "adult", "parent", "deceased",
}

// CSV returns the Social Network Map grid (Tracy & Whittaker): a header
// row and one row per person with sector, ring, contact frequency, how
// long known, the level and direction of each P/G/A/E support kind, tie
// quality, willing, able and the household, adult, parent and deceased
// flags. Quoting follows RFC 4180 (encoding/csv, CRLF line ends). A cell
// that starts with =, +, -, @, a tab or a carriage return gets a leading
// apostrophe, so that a spreadsheet shows it as text and never runs it
// as a formula. Notes are not exported.
func CSV(s *model.Session, o Options) []byte {
	s = prepare(s, o)
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	w.UseCRLF = true
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
			flag(p.Household), flag(p.Adult), flag(p.Parent), flag(p.Deceased))
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
