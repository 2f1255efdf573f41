package ui

import (
	"fmt"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"kring/model"
	"kring/store"
	"kring/ui/i18n"
)

// visitsSession is bigSession with n visits in all: each new visit
// moves a tenth of the people a ring, so the visits differ.
func visitsSession(b *testing.B, people, visits int) *model.Session {
	s := bigSession(people)
	s.Date = "2026-01-05"
	for v := 1; v < visits; v++ {
		if err := s.StartVisit(model.Date(fmt.Sprintf("2026-%02d-05", v+1)), ""); err != nil {
			b.Fatal(err)
		}
		for i := v % 10; i < len(s.People); i += 10 {
			s.People[i].Ring = model.Ring(1 + (int(s.People[i].Ring))%4)
		}
	}
	return s
}

// benchOpen is opening a session as enter on the session list does, up
// to the map on screen: the real store's Get (open the sealed record,
// decode the JSON) and Normalize, the workspace, the key 2 and the View
// of the map at 200x60.
func benchOpen(b *testing.B, visits int) {
	st, err := store.Open(b.TempDir(), store.Options{KDF: store.KDFParams{Time: 1, MemoryKiB: 8 << 10, Threads: 1}})
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	if err := st.Init([]byte("Kapstok-Regenjas-Vijver-91")); err != nil {
		b.Fatal(err)
	}
	if _, err := st.Create(visitsSession(b, 300, visits)); err != nil {
		b.Fatal(err)
	}
	app := New(Options{Store: st, Lang: i18n.NL, Unlocked: true, Initialized: true,
		Now: func() time.Time { return testNow }, Loc: time.UTC})
	app.Update(tea.WindowSizeMsg{Width: 200, Height: 60})
	b.ReportAllocs()
	for b.Loop() {
		_, cmd := app.Update(openSessionMsg{id: "1"})
		app.Update(cmd())
		app.Update(keyMsg("2"))
		if v := app.View(); app.work == nil || app.work.active != 1 || len(v.Content) == 0 {
			b.Fatal("the map is not on screen")
		}
	}
}

// BenchmarkOpenTenVisits300: a session with 10 visits of 300 people,
// from enter to the map on screen. Target: under 50 ms.
func BenchmarkOpenTenVisits300(b *testing.B) { benchOpen(b, 10) }

// BenchmarkOpenOneVisit300 is the same session seen once, the baseline.
func BenchmarkOpenOneVisit300(b *testing.B) { benchOpen(b, 1) }
