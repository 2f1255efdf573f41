package ui

import (
	"fmt"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"kring/model"
	"kring/ui/i18n"
)

// benchSummaries invents n list entries, newest first.
func benchSummaries(n int) []model.Summary {
	out := make([]model.Summary, n)
	for i := range out {
		at := testNow.Add(-time.Duration(i) * time.Minute)
		out[i] = model.Summary{
			ID:      fmt.Sprint(i + 1),
			Label:   fmt.Sprintf("Familie %05d", i+1),
			Youths:  []string{"Noor", "Sem"},
			Created: at, Updated: at,
		}
	}
	return out
}

// BenchmarkListKeystroke10000 is one keystroke on a list of 10,000
// sessions: Update with "down" and the View that follows. The budget is
// 2 ms.
func BenchmarkListKeystroke10000(b *testing.B) {
	for _, size := range [][2]int{{80, 24}, {120, 40}} {
		b.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(b *testing.B) {
			app := New(Options{Store: newFakeStore(testPass), Lang: i18n.NL, Unlocked: true, Initialized: true,
				NoColor: true, Now: func() time.Time { return testNow }, Loc: time.UTC})
			app.Update(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
			app.Update(sessionsLoadedMsg{items: benchSummaries(10000)})
			down := keyMsg("down")
			_ = app.View()
			b.ReportAllocs()
			for b.Loop() {
				if l := &app.sessions.list; l.Index() == len(l.Items())-1 {
					l.Select(0)
				}
				app.Update(down)
				_ = app.View()
			}
		})
	}
}
