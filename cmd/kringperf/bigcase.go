package main

import (
	"strconv"

	"kring/model"
)

// bigSession is a fictional case with n people spread over the sectors and
// rings the way a long family sweep fills them (most in family, ring 2-3).
func bigSession(n int) *model.Session {
	s := &model.Session{Label: "Familie Groot", Coach: "Coach", Date: "2026-10-05",
		Present: []string{"moeder", "vader"},
		Youths:  []model.Youth{{ID: "y1", Name: "Anna", BirthYear: 2011}, {ID: "y2", Name: "Bas", BirthYear: 2014}}}
	names := []string{"Anouk", "Bert", "Chantal", "Dirk", "Els", "Fenna", "Gijs", "Hanneke", "Ivo", "Joke", "Kevin", "Lisa", "Maarten", "Nina"}
	sectors := []model.Sector{model.SectorFamily, model.SectorFamily, model.SectorFamily, model.SectorFriends, model.SectorCommunity,
		model.SectorSchoolWork, model.SectorProfessionals, model.SectorFriends, model.SectorFamily, model.SectorHousehold}
	for i := range n {
		id := strconv.Itoa(i + 1)
		p := model.Person{
			ID: "p" + id, Name: names[i%len(names)] + " " + id, Role: "rol " + strconv.Itoa(i%7),
			Sector: sectors[i%len(sectors)], Ring: model.Ring(2 + i%3), Quality: model.Qualities[i%4],
			Willing: model.Willings[i%4], Able: model.Answers[i%3], Adult: true, Frequency: model.FrequencyWeekly,
		}
		if p.Sector == model.SectorHousehold {
			p.Ring, p.Household = 1, true
			if i > 60 {
				p.Sector, p.Household = model.SectorFamily, false
			}
		}
		for j, k := range model.SupportKinds {
			p.Support.Set(k, model.Support{Level: []model.Level{model.LevelNone, model.LevelSometimes, model.LevelOften}[(i+j)%3], Direction: model.DirectionMutual})
		}
		s.People = append(s.People, p)
	}
	return s
}
