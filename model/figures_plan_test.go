package model

import (
	"reflect"
	"testing"
)

// TestBurdenCountsPlanTasks: on figuresNetwork Kees carries one place
// (agreement a2) and the mentor none. The plan gives Kees two tasks of
// his own (3 places: now a burden) and one that carries out a2, made with
// him (already counted: still 3); the mentor gets a task carrying out
// a1, which was made with Ria, so it is his own place (1, no burden);
// a task for the family as a whole names nobody. Ria stays at 4 and
// Gerda at 3.
func TestBurdenCountsPlanTasks(t *testing.T) {
	s := figuresNetwork()
	g, err := s.AddGoal("Noor is na school niet alleen.")
	if err != nil {
		t.Fatal(err)
	}
	for _, task := range []PlanTask{
		{PersonID: "p3", What: "voetbal brengen"},
		{PersonID: "p3", What: "huiswerk op woensdag"},
		{PersonID: "p3", What: "sporten", AgreementID: "a2"},
		{PersonID: "p8", What: "ophalen", AgreementID: "a1"},
		{What: "samen eten"},
	} {
		if _, err := s.AddTask(g, task); err != nil {
			t.Fatal(err)
		}
	}
	ref := func(id, name string, r Ring) PersonRef { return PersonRef{ID: id, Name: name, Ring: r} }
	want := []Burden{{ref("p2", "Oma Ria", 1), 4}, {ref("p3", "Kees", 2), 3}, {ref("p4", "Gerda", 2), 3}}
	if got := s.Figures().Burden; !reflect.DeepEqual(got, want) {
		t.Errorf("burden = %v, want %v", got, want)
	}
}
