package model

// Party is who carries out an agreement.
type Party string

// Parties to an agreement.
const (
	PartyFamily  Party = "family"
	PartyNetwork Party = "network"
	PartyCoach   Party = "coach"
)

// Parties lists every party.
var Parties = []Party{PartyFamily, PartyNetwork, PartyCoach}

// Valid reports whether p is a known code.
func (p Party) Valid() bool { return oneOf(p, Parties) }

// ReviewOutcome is how an agreement was kept at a review.
type ReviewOutcome string

// Review outcomes.
const (
	ReviewKept    ReviewOutcome = "kept"
	ReviewPartly  ReviewOutcome = "partly"
	ReviewNotKept ReviewOutcome = "not_kept"
)

// ReviewOutcomes lists every outcome.
var ReviewOutcomes = []ReviewOutcome{ReviewKept, ReviewPartly, ReviewNotKept}

// Valid reports whether o is a known code.
func (o ReviewOutcome) Valid() bool { return oneOf(o, ReviewOutcomes) }

// Review is one look back at an agreement.
type Review struct {
	Date    Date          `json:"date"`
	Outcome ReviewOutcome `json:"outcome"`
	Note    string        `json:"note,omitempty" clean:"text"`
}

// Agreement is who does what by when. The tool records and reports how
// agreements were kept; it never scales help down by itself.
type Agreement struct {
	ID       string   `json:"id"`
	Who      Party    `json:"who"`
	PersonID string   `json:"person_id,omitempty"`
	What     string   `json:"what"`
	Due      Date     `json:"due,omitempty"`
	Reviews  []Review `json:"reviews,omitempty"`
}
