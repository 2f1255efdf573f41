package model

import "strings"

// parentWords are the roles that name a parent of the youths, in Dutch
// and English: a coach who types "moeder" means "parent of the youth",
// and the parent flag decides who can never be a JIM.
var parentWords = map[string]bool{
	"moeder": true, "vader": true, "stiefmoeder": true, "stiefvader": true,
	"mother": true, "father": true, "stepmother": true, "stepfather": true,
}

// ParentRole says a role names a parent: the whole role or its first
// word ("moeder", "Vader van Sem", "step-mother"), case and hyphens aside.
func ParentRole(role string) bool {
	words := strings.Fields(strings.ToLower(role))
	if len(words) == 0 {
		return false
	}
	return parentWords[strings.ReplaceAll(words[0], "-", "")]
}
