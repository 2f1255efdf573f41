package model

// Codes are stored and exported as stable lowercase English strings. Labels
// for people to read live in the UI catalogue, never here, so that a change
// of wording never changes a file.

// Sector is the slice of the circle map a person belongs to.
type Sector string

// The sectors of the map, in the order they are drawn.
const (
	SectorHousehold     Sector = "household"
	SectorFamily        Sector = "family"
	SectorFriends       Sector = "friends"
	SectorCommunity     Sector = "community"
	SectorSchoolWork    Sector = "school_work"
	SectorProfessionals Sector = "professionals"
)

// Sectors lists every sector in map order.
var Sectors = []Sector{SectorHousehold, SectorFamily, SectorFriends, SectorCommunity, SectorSchoolWork, SectorProfessionals}

// Valid reports whether s is a known sector code.
func (s Sector) Valid() bool { return oneOf(s, Sectors) }

// Ring is the distance from the youths: 1 closest to 3 furthest, and 4 for
// people with no contact now who played or could play a role (Sonestra).
type Ring int

// The rings of the map.
const (
	RingVeryClose Ring = 1
	RingClose     Ring = 2
	RingFurther   Ring = 3
	RingNoContact Ring = 4
)

// Rings lists every ring from the centre outwards.
var Rings = []Ring{RingVeryClose, RingClose, RingFurther, RingNoContact}

// Valid reports whether r is between 1 and 4.
func (r Ring) Valid() bool { return r >= RingVeryClose && r <= RingNoContact }

// Frequency is how often the person and the family are in contact.
type Frequency string

// Contact frequencies, after the Social Network Map.
const (
	FrequencyUnknown Frequency = ""
	FrequencyDaily   Frequency = "daily"
	FrequencyWeekly  Frequency = "weekly"
	FrequencyMonthly Frequency = "monthly"
	FrequencyYearly  Frequency = "yearly" // a few times a year
	FrequencyNone    Frequency = "none"
)

// Frequencies lists every frequency, unknown first.
var Frequencies = []Frequency{FrequencyUnknown, FrequencyDaily, FrequencyWeekly, FrequencyMonthly, FrequencyYearly, FrequencyNone}

// Valid reports whether f is a known frequency code (empty means unknown).
func (f Frequency) Valid() bool { return oneOf(f, Frequencies) }

// KnownFor is how long the family has known the person.
type KnownFor string

// Durations of acquaintance, after the Social Network Map.
const (
	KnownUnknown KnownFor = ""
	KnownUnder1  KnownFor = "under_1"
	Known1To5    KnownFor = "1_to_5"
	KnownOver5   KnownFor = "over_5"
)

// KnownFors lists every duration, unknown first.
var KnownFors = []KnownFor{KnownUnknown, KnownUnder1, Known1To5, KnownOver5}

// Valid reports whether k is a known code (empty means unknown).
func (k KnownFor) Valid() bool { return oneOf(k, KnownFors) }

// Level is how much of one kind of support flows in a tie.
type Level string

// Support levels: none, sometimes, often.
const (
	LevelNone      Level = "none"
	LevelSometimes Level = "sometimes"
	LevelOften     Level = "often"
)

// Levels lists every level from none upwards.
var Levels = []Level{LevelNone, LevelSometimes, LevelOften}

// Valid reports whether l is a known level code.
func (l Level) Valid() bool { return oneOf(l, Levels) }

// Direction says who helps whom in a tie.
type Direction string

// Directions of help, seen from the family.
const (
	DirectionNone     Direction = ""
	DirectionGives    Direction = "gives"    // the person helps the family
	DirectionReceives Direction = "receives" // the family helps the person
	DirectionMutual   Direction = "mutual"
)

// Directions lists every direction, unset first.
var Directions = []Direction{DirectionNone, DirectionGives, DirectionReceives, DirectionMutual}

// Valid reports whether d is a known code (empty means not set).
func (d Direction) Valid() bool { return oneOf(d, Directions) }

// SupportKind is one of the four ecogram support kinds.
type SupportKind string

// The ecogram support kinds P, G, A, E.
const (
	SupportPractical SupportKind = "practical" // P, praktische steun
	SupportCompany   SupportKind = "company"   // G, gezelschap
	SupportAdvice    SupportKind = "advice"    // A, advies en informatie
	SupportEmotional SupportKind = "emotional" // E, emotionele steun
)

// SupportKinds lists the kinds in P, G, A, E order.
var SupportKinds = []SupportKind{SupportPractical, SupportCompany, SupportAdvice, SupportEmotional}

// Letter is the ecogram letter of the kind. The letters are the Dutch
// instrument's own and stay the same in every language.
func (k SupportKind) Letter() string {
	switch k {
	case SupportPractical:
		return "P"
	case SupportCompany:
		return "G"
	case SupportAdvice:
		return "A"
	case SupportEmotional:
		return "E"
	}
	return "?"
}

// Quality is the kind of tie, after Hartman's eco-map.
type Quality string

// Tie qualities.
const (
	QualityStrong    Quality = "strong"
	QualityNormal    Quality = "normal"
	QualityWeak      Quality = "weak"
	QualityStressful Quality = "stressful"
)

// Qualities lists every tie quality.
var Qualities = []Quality{QualityStrong, QualityNormal, QualityWeak, QualityStressful}

// Valid reports whether q is a known code.
func (q Quality) Valid() bool { return oneOf(q, Qualities) }

// Willing records whether a person is willing to help; what counts is the
// answer of the person, not their existence (CRvB 2017:17). On a
// contribution it is the member's answer to what was asked: only yes and
// partly count as help; no is recorded evidence, not an error.
type Willing string

// Willingness answers.
const (
	WillingYes      Willing = "yes"
	WillingMaybe    Willing = "maybe"
	WillingPartly   Willing = "partly" // yes to part of what was asked
	WillingNo       Willing = "no"
	WillingNotAsked Willing = "not_asked"
)

// Willings lists every answer. Maybe stays next to yes, where a form
// offering them one step apart has always had it.
var Willings = []Willing{WillingNotAsked, WillingYes, WillingMaybe, WillingPartly, WillingNo}

// Helps reports whether the answer counts as help: yes or partly.
func (w Willing) Helps() bool { return w == WillingYes || w == WillingPartly }

// NotAskedReason says why a member of the network was not asked for a
// need: with it, "not enough" can rest on the members who could not be
// asked (CRvB 2017:17).
type NotAskedReason string

// Reasons a member was not asked; empty means none recorded.
const (
	NotAskedNone      NotAskedReason = ""
	NotAskedNoContact NotAskedReason = "no_contact"
	NotAskedUnsafe    NotAskedReason = "unsafe"
	NotAskedAbroad    NotAskedReason = "abroad"
	NotAskedUnable    NotAskedReason = "unable" // too ill, too old, too young
	NotAskedOther     NotAskedReason = "other"  // the why_not text says what
)

// NotAskedReasons lists every reason, none first.
var NotAskedReasons = []NotAskedReason{NotAskedNone, NotAskedNoContact, NotAskedUnsafe, NotAskedAbroad, NotAskedUnable, NotAskedOther}

// Valid reports whether r is a known code (empty means none).
func (r NotAskedReason) Valid() bool { return oneOf(r, NotAskedReasons) }

// Valid reports whether w is a known code.
func (w Willing) Valid() bool { return oneOf(w, Willings) }

// Answer is a yes / no / not yet known answer.
type Answer string

// Answers.
const (
	AnswerUnknown Answer = "unknown"
	AnswerYes     Answer = "yes"
	AnswerNo      Answer = "no"
)

// Answers lists every answer, unknown first.
var Answers = []Answer{AnswerUnknown, AnswerYes, AnswerNo}

// Valid reports whether a is a known code.
func (a Answer) Valid() bool { return oneOf(a, Answers) }

// RelationKind is the kind of a tie between two people on the map.
type RelationKind string

// Relation kinds, after the genogram and the eco-map.
const (
	RelationPartners  RelationKind = "partners"
	RelationSeparated RelationKind = "separated"
	RelationConflict  RelationKind = "conflict"
	RelationSupport   RelationKind = "support" // these two help each other
	RelationClose     RelationKind = "close"
	RelationCutOff    RelationKind = "cut_off" // no contact any more
)

// RelationKinds lists every relation kind.
var RelationKinds = []RelationKind{RelationPartners, RelationSeparated, RelationConflict, RelationSupport, RelationClose, RelationCutOff}

// Valid reports whether k is a known code.
func (k RelationKind) Valid() bool { return oneOf(k, RelationKinds) }

func oneOf[T comparable](v T, all []T) bool {
	for _, a := range all {
		if a == v {
			return true
		}
	}
	return false
}
