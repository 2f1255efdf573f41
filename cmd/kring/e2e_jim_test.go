package main

import (
	"reflect"
	"regexp"
	"strings"
	"testing"
	"time"

	"kring/model"
)

// waitChange polls until the screen differs from before, or 2 s pass.
func (tm *tmuxTerm) waitChange(before string) {
	deadline := time.Now().Add(2 * time.Second)
	for time.Now().Before(deadline) && tm.screen() == before {
		time.Sleep(20 * time.Millisecond)
	}
}

// exportJSON exports a session and decodes it.
func exportJSON(t *testing.T, env map[string]string, id string) (string, *model.Session) {
	t.Helper()
	out, stderr, code := cli(t, env, "export", id)
	if code != 0 {
		t.Fatalf("kring export: %d %q", code, stderr)
	}
	s, err := model.Decode([]byte(out))
	if err != nil {
		t.Fatalf("export does not decode: %v\n%s", err, out)
	}
	return out, s
}

// The JIM from the map to active, as a coach does it at 80x24: a parent
// is refused with the reason and nothing changes; Iris is named on the
// map with m, gets her criteria and statuses on step 4, and the map and
// the export show her as Noor's active JIM.
func TestE2EJimFromTheMapToActive(t *testing.T) {
	t.Parallel()
	env, id := importExample(t, "en")
	before, _ := exportJSON(t, env, id)

	// A parent: Sanne, the first person, is selected when the map opens.
	tm := openExample(t, env, 80, 24)
	tm.keys("2")
	tm.waitFor("● Sanne · moeder")
	tm.keys("m")
	tm.waitFor("Sanne is a parent. A parent cannot be the JIM")
	tm.keys("Enter")
	tm.waitFor("● Sanne · moeder")
	tm.keys("C-c") // q would go back to the list
	if code := tm.exitCode(); code != 0 {
		t.Fatalf("exit status %d", code)
	}
	if after, _ := exportJSON(t, env, id); after != before {
		t.Fatalf("refusing a parent changed the session:\n%s", after)
	}

	// Iris, from the map.
	tm = startTerm(t, 80, 24, env)
	tm.waitFor("Veldkamp")
	tm.keys("Enter")
	tm.waitFor("Household")
	tm.keys("2")
	tm.waitFor("● Sanne · moeder")
	// Found by name: "/" selects as you type.
	tm.keys("/")
	tm.typeText("iris")
	tm.keys("Enter")
	tm.waitFor("● Iris · vriendin van moeder")
	tm.keys("m")
	tm.waitFor("Iris as JIM candidate")
	tm.typeText("Iris listens to me.")
	tm.keys("Enter")
	tm.waitFor("saved at")
	tm.waitFor("●☆ Iris · vriendin van moeder")

	// Step 4: the criteria, all yes, safety included.
	tm.keys("4")
	tm.waitFor("JIM for Noor")
	tm.keys("Down")
	tm.waitFor("› ☆ Iris")
	tm.keys("Enter")
	tm.waitFor("Iris, JIM candidate for Noor")
	// The criteria one under the other, the cursor on the first still
	// open: chosen by the youth, not a parent, adult and willing are yes
	// already (her words were given; she is an adult who is not a
	// parent; the map says she is willing to help).
	tm.waitFor("› Easy to approach")
	tm.keys("Right") // approachable
	for range 3 {    // parents agree, safety, reachable
		tm.keys("Tab", "Right")
	}
	tm.keys("Enter")
	tm.waitFor("✓ every point yes")

	// The statuses, one step at a time.
	tm.keys("s")
	tm.waitFor("Status of Iris (now: named)")
	tm.keys("Enter")
	tm.waitFor("Iris · vriendin van moeder · asked on")
	tm.keys("s")
	tm.waitFor("(now: asked)")
	tm.keys("Enter")
	tm.waitFor("Iris · vriendin van moeder · said yes on")
	tm.keys("s")
	tm.waitFor("(now: said yes)")
	tm.keys("Enter")
	tm.waitFor("★ Active JIM: Iris")

	// The map shows the star, on her label and in the detail line.
	tm.keys("2")
	screen := tm.waitFor("●★ Iris · vriendin van moeder")
	if !regexp.MustCompile(`●★I`).MatchString(screen) {
		t.Fatalf("no ★ at Iris's label on the map:\n%s", screen)
	}
	tm.keys("C-c") // q would go back to the list
	if code := tm.exitCode(); code != 0 {
		t.Fatalf("exit status %d", code)
	}

	raw, s := exportJSON(t, env, id)
	a := s.ActiveJim("y1")
	if a == nil || a.PersonID != "p9" || a.Status != model.JimActive || a.Why != "Iris listens to me." {
		t.Fatalf("active JIM in the export: %+v\n%s", a, raw)
	}
	for _, c := range model.Criteria {
		if v := a.Answer(c).Value; v != model.AnswerYes {
			t.Errorf("criterion %s = %s in the export", c, v)
		}
	}
	var statuses []model.JimStatus
	for _, h := range a.History {
		statuses = append(statuses, h.Status)
		if h.Date == "" {
			t.Errorf("status %s without a date", h.Status)
		}
	}
	if want := []model.JimStatus{model.JimNamed, model.JimAsked, model.JimAgreed, model.JimActive}; !reflect.DeepEqual(statuses, want) {
		t.Errorf("history %v, want %v", statuses, want)
	}
	if !strings.Contains(raw, `"status": "active"`) {
		t.Errorf("no active status in the export:\n%s", raw)
	}
	// Lotte is as she was; no parent became a candidate.
	orig, err := model.Decode([]byte(before))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(s.JimCandidate("j1"), orig.JimCandidate("j1")) {
		t.Errorf("Lotte changed: %+v", s.JimCandidate("j1"))
	}
	for _, j := range s.Jim {
		if p := s.Person(j.PersonID); p == nil || p.Parent {
			t.Errorf("a parent or nobody as candidate: %+v", j)
		}
	}
	if len(s.Jim) != 2 {
		t.Errorf("%d candidates, want Lotte and Iris", len(s.Jim))
	}
}
