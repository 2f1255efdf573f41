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

// groupWords start or end the name of an entry that stands for several
// people at once ("Familie Yilmaz", "de buren"): such an entry is on the
// map as a whole, but one person has to be the JIM.
var groupWords = map[string]bool{
	"familie": true, "fam": true, "fam.": true, "gezin": true, "buren": true, "vrienden": true,
	"family": true, "neighbours": true, "neighbors": true, "friends": true,
}

// IsGroup says the entry names a group rather than one person: its name
// starts or ends with a group word, an article aside ("Familie Yilmaz",
// "De buren", "the Jansen family"). The role is not read: "vriendin van
// de familie" is one person.
func (p *Person) IsGroup() bool {
	words := strings.Fields(strings.ToLower(p.Name))
	if len(words) > 1 && (words[0] == "de" || words[0] == "het" || words[0] == "the") {
		words = words[1:]
	}
	return len(words) > 0 && (groupWords[words[0]] || groupWords[words[len(words)-1]])
}
