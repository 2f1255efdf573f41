package ui

import (
	"strings"

	"kring/model"
)

// The person editor has every field of the instruments, in the words a
// coach uses: sector, ring, contact, how long known, the four ecogram
// support kinds (each level and direction in one choice, so that the form
// fits a 24-line screen), tie quality, willing, able and the flags.

func sectorOptions(c *Common) []option {
	out := make([]option, len(model.Sectors))
	for i, s := range model.Sectors {
		out[i] = option{string(s), c.T("sector." + string(s))}
	}
	return out
}

func ringOptions(c *Common) []option {
	out := make([]option, len(model.Rings))
	for i, r := range model.Rings {
		n := string(rune('0' + r))
		out[i] = option{n, n + " " + c.T("ring."+n)}
	}
	return out
}

// supportOptions combine a level and a direction: "none", then
// "sometimes:gives" and so on.
func supportOptions(c *Common) []option {
	out := []option{{"none", c.T("level.none")}}
	for _, lv := range []model.Level{model.LevelSometimes, model.LevelOften} {
		for _, d := range []model.Direction{model.DirectionGives, model.DirectionReceives, model.DirectionMutual} {
			out = append(out, option{string(lv) + ":" + string(d), c.T("level."+string(lv)) + " · " + c.T("direction."+string(d))})
		}
	}
	return out
}

func supportCode(s model.Support) string {
	if s.Level == model.LevelNone || s.Level == "" {
		return "none"
	}
	d := s.Direction
	if d == model.DirectionNone {
		d = model.DirectionGives
	}
	return string(s.Level) + ":" + string(d)
}

func parseSupport(v string) model.Support {
	lv, d, ok := strings.Cut(v, ":")
	if !ok {
		return model.Support{Level: model.LevelNone}
	}
	return model.Support{Level: model.Level(lv), Direction: model.Direction(d)}
}

// personForm builds the editor of every field of p.
func personForm(c *Common, title string, p model.Person) *form {
	f := newForm(c, title)
	f.text("name", c.T("field.name"), p.Name, true).
		text("role", c.T("field.role"), p.Role, false).
		choice("sector", c.T("field.sector"), sectorOptions(c), string(p.Sector)).
		choice("ring", c.T("field.ring"), ringOptions(c), string(rune('0'+p.Ring))).
		choice("frequency", c.T("field.frequency"), codeOptions(c, "frequency.", model.Frequencies), string(p.Frequency)).
		choice("known_for", c.T("field.known_for"), codeOptions(c, "known.", model.KnownFors), string(p.KnownFor))
	for _, k := range model.SupportKinds {
		f.choice("support."+string(k), k.Letter()+" "+c.T("support."+string(k)), supportOptions(c), supportCode(p.Support.Get(k)))
	}
	f.choice("quality", c.T("field.quality"), codeOptions(c, "quality.", model.Qualities), string(p.Quality)).
		choice("willing", c.T("field.willing"), codeOptions(c, "willing.", model.Willings), string(p.Willing)).
		choice("able", c.T("field.able"), codeOptions(c, "answer.", model.Answers), string(p.Able)).
		choice("household", c.T("field.household"), yesNo(c), boolCode(p.Household)).
		choice("adult", c.T("field.adult"), yesNo(c), boolCode(p.Adult)).
		choice("parent", c.T("field.parent"), yesNo(c), boolCode(p.Parent)).
		choice("deceased", c.T("field.deceased"), yesNo(c), boolCode(p.Deceased)).
		notes("notes", c.T("field.notes"), p.Notes).
		// Last, so that the fields before it keep their place: a person
		// there for their work is never the social network (Wmo 2015 art. 1.1.1).
		choice("professional", c.T("field.professional"), yesNo(c), boolCode(p.Professional))
	f.fields[1].input.Placeholder = c.T("field.role_placeholder")
	return f
}

// applyPerson copies the form's values onto p, keeping its id.
func applyPerson(f *form, p *model.Person) {
	p.Name, p.Role, p.Notes = f.value("name"), f.value("role"), f.value("notes")
	p.Sector = model.Sector(f.value("sector"))
	p.Ring = model.Ring(f.value("ring")[0] - '0')
	p.Frequency = model.Frequency(f.value("frequency"))
	p.KnownFor = model.KnownFor(f.value("known_for"))
	for _, k := range model.SupportKinds {
		p.Support.Set(k, parseSupport(f.value("support."+string(k))))
	}
	p.Quality = model.Quality(f.value("quality"))
	p.Willing = model.Willing(f.value("willing"))
	p.Able = model.Answer(f.value("able"))
	p.Household = f.value("household") == "yes"
	p.Adult = f.value("adult") == "yes"
	p.Parent = f.parentValue()
	p.Deceased = f.value("deceased") == "yes"
	p.Professional = f.value("professional") == "yes"
}
