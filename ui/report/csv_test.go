package report

import (
	"bytes"
	"encoding/csv"
	"slices"
	"testing"

	"kring/ui/i18n"
)

// readExcelNL reads a CSV the way Dutch Excel opens one by a double
// click: a UTF-8 byte order mark says the encoding (without it Excel
// reads Windows-1252), and ";" separates the cells (the Dutch list
// separator). It fails the test when either is missing.
func readExcelNL(t *testing.T, b []byte) [][]string {
	t.Helper()
	rest, ok := bytes.CutPrefix(b, []byte(utf8BOM))
	if !ok {
		t.Fatalf("Dutch CSV must start with a UTF-8 byte order mark, starts with %q", b[:min(len(b), 8)])
	}
	r := csv.NewReader(bytes.NewReader(rest))
	r.Comma = ';'
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) == 0 || len(rows[0]) != len(csvHeader) {
		t.Fatalf("read with ';' the header has %d cells, want %d", len(rows[0]), len(csvHeader))
	}
	return rows
}

// TestCSVDutchExcel: the names of a Dutch family survive the trip into
// Dutch Excel, and each row says whose map it is, its date and DEMO.
func TestCSVDutchExcel(t *testing.T) {
	s := example(t)
	s.People[0].Name = "Çelik"
	s.People[1].Name = "Nguyễn, Lan"
	s.Demo = true
	rows := readExcelNL(t, CSV(s, opts(i18n.NL)))
	if rows[1][1] != "Çelik" || rows[2][1] != "Nguyễn, Lan" {
		t.Errorf("names after the trip: %q, %q", rows[1][1], rows[2][1])
	}
	last := len(csvHeader) - 1
	for i, r := range rows[1:] {
		if r[last-2] != s.Label || r[last-1] != string(s.Date) || r[last] != "true" {
			t.Errorf("row %d: family %q, date %q, demo %q", i+1, r[last-2], r[last-1], r[last])
		}
	}
}

// TestCSVCommaForm: English, or the comma option in Dutch, is plain RFC
// 4180 for scripts: commas and no byte order mark.
func TestCSVCommaForm(t *testing.T) {
	s := example(t)
	s.Demo = false
	nl := opts(i18n.NL)
	nl.CSVComma = true
	for name, o := range map[string]Options{"en": opts(i18n.EN), "nl comma": nl} {
		out := CSV(s, o)
		if bytes.HasPrefix(out, []byte(utf8BOM)) {
			t.Errorf("%s: byte order mark in the comma form", name)
		}
		rows, err := csv.NewReader(bytes.NewReader(out)).ReadAll()
		if err != nil || !slices.Equal(rows[0], csvHeader) || len(rows) != len(s.People)+1 {
			t.Errorf("%s: %v, header %v", name, err, rows[0])
		}
		if rows[1][len(csvHeader)-1] != "false" {
			t.Errorf("%s: a real session is marked demo", name)
		}
	}
}
