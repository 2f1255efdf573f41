package ui

import "kring/model"

// The family sweep takes a role from a leading role word of the typed
// name ("Oma Ria" is oma, "Buurman Piet" buurman, "Juf Anne" juf), as
// the coach sees it typed: only a known word at the start
// (model.RoleFromName), never a guess from anything else. The coach can
// still tab to the role and type another.

// nameRole is the role the typed name says for the current question, or
// "" when its first word is no role word. On a question about one
// parent's side ("Broers en zussen van Ayşe") the side is kept: "Oom
// Kerem" is "oom (kant van moeder)".
func (s *sweep) nameRole() string {
	word := model.RoleFromName(s.form.value("name"))
	if word == "" {
		return ""
	}
	if side := s.questions[s.at].side; side != "" {
		return s.c.T("sweep.role.word_side", word, side)
	}
	return word
}

// followName shows the role the name says while the coach types it. A
// question with a role of its own (the family questions) has it in the
// field: the name's role takes its place for as long as the coach has
// not changed the field. A question without one shows the name's role
// greyed in the empty field, in place of the example, and takes it when
// the field is left empty (roleOf).
func (s *sweep) followName() {
	q := s.questions[s.at]
	fl := s.form.fieldOf("role")
	role := s.nameRole()
	if q.role == "" {
		fl.input.Placeholder = q.hint
		if role != "" {
			fl.input.Placeholder = role
		}
		return
	}
	if role == "" {
		role = q.role
	}
	if fl.input.Value() == s.autoRole && role != s.autoRole {
		fl.input.SetValue(role)
		s.autoRole = role
	}
}

// roleOf is the role a person added by the sweep gets: what the role
// field says, or else the role the name says.
func (s *sweep) roleOf() string {
	if r := s.form.value("role"); r != "" {
		return r
	}
	return s.nameRole()
}
