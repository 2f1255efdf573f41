package model

import "strings"

// roleWords are the words that, leading a name, say the person's role
// ("Oma Ria", "Buurman Piet", "Juf Anne", "Coach Esther"), in Dutch and
// English. Titles that say no role (meneer, mevrouw, mr) and the parent
// words are not among them: a parent is named in step 1, not in the
// family sweep.
var roleWords = map[string]bool{
	"oma": true, "opa": true, "oom": true, "tante": true, "neef": true, "nicht": true,
	"broer": true, "zus": true, "zuster": true,
	"buurman": true, "buurvrouw": true, "buurjongen": true, "buurmeisje": true,
	"juf": true, "meester": true, "leraar": true, "lerares": true, "docent": true, "mentor": true,
	"trainer": true, "trainster": true, "coach": true, "collega": true,
	"vriend": true, "vriendin": true,
	"dokter": true, "huisarts": true, "tandarts": true, "wijkagent": true,
	"imam": true, "dominee": true, "pastoor": true,
	"grandma": true, "grandpa": true, "granny": true, "grandmother": true, "grandfather": true,
	"uncle": true, "aunt": true, "auntie": true, "cousin": true, "brother": true, "sister": true,
	"neighbour": true, "neighbor": true, "teacher": true, "colleague": true, "friend": true,
	"doctor": true, "dentist": true, "pastor": true,
}

// RoleFromName is the role a name's first word says ("Buurman Piet" is
// "buurman", "Oom Kerem" is "oom"), in lower case; "" when the first
// word is no known role word. Only the first word is read, and only a
// whole known word: kring never guesses a role from anything else, so
// "Piet Buurman" and "Buurmanstraat" say nothing.
func RoleFromName(name string) string {
	words := strings.Fields(strings.ToLower(name))
	if len(words) < 2 {
		// A single word is a name, or a role with no name: no role to take.
		return ""
	}
	w := strings.TrimRight(words[0], ".:,")
	if roleWords[w] {
		return w
	}
	return ""
}
