package report

import (
	"math"
	"testing"

	"kring/internal/benchcpu"
	"kring/model"
	"kring/ui/i18n"
)

// bigSession is a case with n people spread over the sectors and rings
// the way a long family sweep fills them (most in family and ring 2-3),
// with support, JIM candidates, relations and two needs.
func bigSession(n int) *model.Session {
	s := &model.Session{ID: "big", Label: "Familie Groot", Coach: "Coach", Date: "2026-10-05",
		Present: []string{"moeder", "vader"},
		Youths:  []model.Youth{{ID: "y1", Name: "Anna", BirthYear: 2011}, {ID: "y2", Name: "Bas", BirthYear: 2014}}}
	names := []string{"Anouk", "Bert", "Chantal", "Dirk", "Els", "Fenna", "Gijs", "Hanneke", "Ivo", "Joke", "Kevin", "Lisa", "Maarten", "Nina"}
	sectors := []model.Sector{model.SectorFamily, model.SectorFamily, model.SectorFamily, model.SectorFriends, model.SectorCommunity,
		model.SectorSchoolWork, model.SectorProfessionals, model.SectorFriends, model.SectorFamily, model.SectorHousehold}
	for i := 0; i < n; i++ {
		p := model.Person{
			ID: "p" + itoa(i+1), Name: names[i%len(names)] + " " + itoa(i+1), Role: "rol " + itoa(i%7),
			Sector: sectors[i%len(sectors)], Ring: model.Ring(2 + i%3), Quality: model.Qualities[i%4],
			Willing: model.Willings[i%4], Able: model.Answers[i%3], Adult: true, Frequency: model.FrequencyWeekly,
		}
		if p.Sector == model.SectorHousehold {
			p.Ring, p.Household = 1, true
			if i > 60 {
				p.Sector, p.Household = model.SectorFamily, false
			}
		}
		p.Support.Set(model.SupportKinds[i%4], model.Support{Level: model.LevelOften, Direction: model.DirectionGives})
		p.Support.Set(model.SupportKinds[(i+1)%4], model.Support{Level: model.LevelSometimes, Direction: model.DirectionMutual})
		s.People = append(s.People, p)
	}
	for i := 0; i+7 < n && i < 40; i += 7 {
		s.Relations = append(s.Relations, model.Relation{ID: "r" + itoa(i+1), A: s.People[i].ID, B: s.People[i+7].ID, Kind: model.RelationKinds[i%6]})
	}
	s.Jim = []model.JimCandidate{{ID: "j1", YouthID: "y1", PersonID: "p2", Status: model.JimNamed}}
	s.Needs = []model.Need{{ID: "n1", Title: "Vervoer naar school", YouthID: "y2",
		Request: model.RequestStep{Words: "Wie brengt Bas?", Date: "2026-10-05"},
		Network: model.NetworkStep{Contributions: []model.Contribution{{PersonID: "p3", What: "brengen", Asked: model.AnswerYes, Willing: model.WillingYes}}}},
		{ID: "n2", Title: "Rust voor moeder"}}
	s.Agreements = []model.Agreement{{ID: "a1", Who: model.PartyNetwork, PersonID: "p3", What: "Brengen op maandag"}}
	return s
}

// crowded puts n people into one slice of ring 1, the smallest room.
func crowded(n int) *model.Session {
	s := &model.Session{ID: "c", Label: "Vol", Youths: []model.Youth{{ID: "y1", Name: "Kim"}}}
	for i := 0; i < n; i++ {
		s.People = append(s.People, model.Person{ID: "p" + itoa(i+1), Name: "Huisgenoot nummer " + itoa(i+1),
			Sector: model.SectorHousehold, Ring: 1, Quality: model.QualityNormal})
	}
	return s
}

func dist(dx, dy float64) float64 { return math.Hypot(dx, dy) }

// sectorAt is the sector a point lies in.
func sectorAt(g geom, x, y float64) int {
	a := math.Atan2(x-g.cx, g.cy-y)
	for i := 0; i < 6; i++ {
		d := math.Remainder(a-g.mid[i], 2*math.Pi)
		if math.Abs(d) <= g.half[i] {
			return i
		}
	}
	return -1
}

func BenchmarkSVG300(b *testing.B) {
	s := bigSession(300)
	o := Options{Lang: i18n.NL, Now: testNow}
	b.ReportAllocs()
	for b.Loop() {
		SVG(s, o)
	}
}

func BenchmarkHTML300(b *testing.B) {
	s := bigSession(300)
	o := Options{Lang: i18n.NL, Now: testNow}
	b.ReportAllocs()
	start := benchcpu.Start()
	for b.Loop() {
		HTML(s, o)
	}
	benchcpu.Report(b, start)
}
