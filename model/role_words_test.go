package model

import "testing"

func TestRoleFromName(t *testing.T) {
	for name, want := range map[string]string{
		"Buurman Piet":     "buurman", // once guessed as "buurvrouw"
		"Buurvrouw Ans":    "buurvrouw",
		"Oma Ria":          "oma",
		"Oom Kerem":        "oom",
		"Juf Anne":         "juf",
		"juf. Anne":        "juf",
		"Coach Esther":     "coach",
		"Grandma Rose":     "grandma",
		"Neighbour Sam":    "neighbour",
		"  TANTE   Elif  ": "tante",
		"Piet Buurman":     "", // only the first word
		"Buurmanstraat 4":  "", // only a whole word
		"Meneer Dijkstra":  "", // a title, no role
		"Moeder Ayşe":      "", // parents are named in step 1
		"Oma":              "", // one word is a name
		"Lan Nguyễn":       "",
		"":                 "",
	} {
		if got := RoleFromName(name); got != want {
			t.Errorf("RoleFromName(%q) = %q, want %q", name, got, want)
		}
	}
}
