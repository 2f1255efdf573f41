package store

import (
	"encoding/json"
	"reflect"
	"testing"
	"time"

	"kring/model"
)

func TestSummaryRoundTrip(t *testing.T) {
	ams := time.FixedZone("CEST", 2*3600)
	for _, sum := range []model.Summary{
		{},
		{Label: "Familie Öztürk", Youths: []string{"Yusuf", "Elif"}, Created: time.Date(2025, 3, 1, 9, 30, 0, 5, ams), Updated: time.Date(2026, 1, 2, 3, 4, 5, 6, time.UTC), Demo: true},
		{Label: "Jansen-de Vries", Youths: []string{""}, Updated: time.Date(2024, 2, 29, 23, 59, 59, 0, time.UTC)},
	} {
		b, err := appendSummary(nil, &sum)
		if err != nil {
			t.Fatal(err)
		}
		var got model.Summary
		if err := decodeSummary(b, &got); err != nil {
			t.Fatalf("%+v: %v", sum, err)
		}
		// JSON is what schema 2 stored: the compact form must keep the same.
		want, _ := json.Marshal(sum)
		have, _ := json.Marshal(got)
		if string(want) != string(have) || !got.Created.Equal(sum.Created) {
			t.Errorf("round trip:\n got %s\nwant %s", have, want)
		}
	}
}

// TestSummaryDecodeBad: every cut and every changed byte of a compact
// entry gives an error or an entry, never a panic; a cut one is refused.
func TestSummaryDecodeBad(t *testing.T) {
	sum := model.Summary{Label: "Familie Nguyễn", Youths: []string{"An", "Bảo"}, Updated: time.Now()}
	b, err := appendSummary(nil, &sum)
	if err != nil {
		t.Fatal(err)
	}
	for n := range len(b) {
		var got model.Summary
		if err := decodeSummary(b[:n], &got); err == nil {
			t.Errorf("entry cut to %d of %d bytes decoded: %+v", n, len(b), got)
		}
	}
	for i := range b {
		for _, v := range []byte{0, 1, 0x7f, 0xff} {
			c := append([]byte(nil), b...)
			c[i] = v
			var got model.Summary
			_ = decodeSummary(c, &got)
		}
	}
	var got model.Summary
	if err := decodeSummary(append(b, 0), &got); err == nil {
		t.Error("an entry with a byte too many decoded")
	}
	if err := decodeSummary([]byte(`{"label":"Familie Bakker","youths":["Sem"]}`), &got); err != nil || got.Label != "Familie Bakker" || !reflect.DeepEqual(got.Youths, []string{"Sem"}) {
		t.Errorf("schema 2 JSON entry: %+v, %v", got, err)
	}
}
