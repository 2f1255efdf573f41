package ui

import (
	"testing"

	tea "charm.land/bubbletea/v2"
)

// BenchmarkMapQuickEdit300 is one quick-key edit (t, the next kind of
// tie) of the selected person on a 300-person map at 200x60: Update,
// which also takes the snapshot to save, and the View after it, laid out
// anew as after any edit. Budget: 2 ms.
func BenchmarkMapQuickEdit300(b *testing.B) {
	app := benchMap(b, 300)
	t := keyMsg("t")
	b.ReportAllocs()
	for b.Loop() {
		app.Update(t)
		_ = app.View()
	}
}

// BenchmarkMapFormEdit300 is the same change made the old way, for a
// before figure: enter opens the person's form, eleven tabs reach the
// tie, right changes it, enter saves; Update and View after each key.
func BenchmarkMapFormEdit300(b *testing.B) {
	app := benchMap(b, 300)
	keys := []tea.KeyPressMsg{keyMsg("enter")}
	for range 10 {
		keys = append(keys, keyMsg("tab"))
	}
	keys = append(keys, keyMsg("right"), keyMsg("enter"))
	b.ReportAllocs()
	for b.Loop() {
		for _, k := range keys {
			app.Update(k)
			_ = app.View()
		}
	}
}

// BenchmarkMapView1000 is the View of the map with 1,000 people at
// 200x60, the layout computed anew each time (as after an edit). Budget:
// 4 ms.
func BenchmarkMapView1000(b *testing.B) { benchMapView(b, 1000) }

// benchMapView draws the map of n people at 200x60 after an edit, so
// that the people are laid out anew each time.
func benchMapView(b *testing.B, n int) {
	app := benchMap(b, n)
	b.ReportAllocs()
	for b.Loop() {
		app.work.network.sessionChanged()
		_ = app.View()
	}
}
