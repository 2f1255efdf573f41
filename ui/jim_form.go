package ui

import (
	"errors"

	"kring/model"
)

// The form that names a JIM candidate, and how the JIM rules' refusals
// show on a form: step 4 and the map's m key (step 2) both use them.

// refuseJim keeps the form open with the JIM rules' reason under the
// field it is about, and the focus on that field.
func refuseJim(f *form, field string, err error) {
	f.refuse(field, jimErrKey(err))
	f.focusKey(field)
}

// jimErrKey is the catalogue key of a refusal by the JIM rules.
func jimErrKey(err error) string {
	for _, e := range []struct {
		err error
		key string
	}{
		{model.ErrJimParent, "jim.err.parent"},
		{model.ErrJimDeceased, "jim.err.deceased"},
		{model.ErrJimDuplicate, "jim.err.duplicate"},
		{model.ErrJimOrder, "jim.err.order"},
		{model.ErrJimStopReason, "jim.err.stop_reason"},
		{model.ErrJimSafety, "jim.err.safety"},
		{model.ErrJimSafetyUnchecked, "jim.err.safety_unchecked"},
		{model.ErrJimOneActive, "jim.err.one_active"},
		{model.ErrJimTooLong, "jim.err.too_long"},
	} {
		if errors.Is(err, e.err) {
			return e.key
		}
	}
	return "jim.err.unknown"
}

// jimAddForm builds the form that names a JIM candidate: the youth (when
// not given), the person (when not given: anyone on the map, kring's
// suggestions first) and the youth's own words.
func jimAddForm(c *Common, sess *model.Session, youthID, personID string) *form {
	var title string
	switch {
	case youthID != "" && personID != "":
		title = c.T("jim.form.add_both_title", c.Person(sess.Person(personID)), c.Name(sess.Youth(youthID).Name))
	case personID != "":
		title = c.T("jim.form.add_person_title", c.Person(sess.Person(personID)))
	default:
		title = c.T("jim.form.add_title", c.Name(sess.Youth(youthID).Name))
	}
	f := newForm(c, title)
	f.personalTitle = true
	if youthID == "" {
		var youths []option
		for _, y := range sess.Youths {
			// The first youth this person may still be named for comes first.
			if sess.CanBeJim(y.ID, personID) == nil {
				youths = append(youths, option{y.ID, c.Name(y.Name)})
			}
		}
		for _, y := range sess.Youths {
			if sess.CanBeJim(y.ID, personID) != nil {
				youths = append(youths, option{y.ID, c.Name(y.Name)})
			}
		}
		f.choice("youth", c.T("jim.field.youth"), youths, "").personal()
	}
	if personID == "" {
		var people []option
		seen := map[string]bool{}
		add := func(p *model.Person) {
			if seen[p.ID] {
				return
			}
			seen[p.ID] = true
			label := c.Person(p)
			if p.Role != "" && !c.Privacy {
				label += " · " + p.Role
			}
			people = append(people, option{p.ID, label})
		}
		for _, id := range sess.JimSuggestions(youthID) {
			add(sess.Person(id))
		}
		for i := range sess.People {
			add(&sess.People[i])
		}
		f.choice("who", c.T("jim.field.who"), people, "").personal()
	}
	f.notes("why", c.T("jim.field.why"), "")
	f.fields[len(f.fields)-1].input.Placeholder = c.T("jim.field.why_placeholder")
	if personID != "" {
		// The person is chosen: the youth's words are what is left to type.
		f.focusKey("why")
	}
	return f
}

// addJimFromForm adds the candidate a jimAddForm describes and returns
// its id; on a refusal the reason is shown on the field it is about.
func addJimFromForm(c *Common, sess *model.Session, f *form, youthID, personID string) (string, bool) {
	if youthID == "" {
		youthID = f.value("youth")
	}
	field := "why"
	if personID == "" {
		personID, field = f.value("who"), "who"
	} else if f.value("youth") != "" {
		field = "youth"
	}
	id, err := sess.AddJimCandidate(youthID, personID, f.value("why"), today(c))
	if err != nil {
		if errors.Is(err, model.ErrJimTooLong) {
			field = "why"
		}
		refuseJim(f, field, err)
		return "", false
	}
	return id, true
}
