package model

// Need is one request for help (hulpvraag) with the steps of the
// investigation in the order the Centrale Raad van Beroep requires
// (CRvB 1 May 2017, ECLI:NL:CRVB:2017:1477): the request, applicability,
// the problems, the help needed, and only then own strength, the network,
// the family group plan, preceding and general provisions, the remaining
// gap and the family's view. Each step is its own struct so that a step
// left at its zero value reads as "not answered".
type Need struct {
	ID      string `json:"id"`
	Title   string `json:"title"`
	YouthID string `json:"youth_id,omitempty"`

	Request       RequestStep       `json:"request"`
	Applicability ApplicabilityStep `json:"applicability"`
	Problems      ProblemsStep      `json:"problems"`
	Help          HelpStep          `json:"help"`
	Own           OwnStrengthStep   `json:"own_strength"`
	Network       NetworkStep       `json:"network"`
	FamilyPlan    FamilyPlanStep    `json:"family_plan"`
	Preceding     ProvisionStep     `json:"preceding"`
	General       ProvisionStep     `json:"general"`
	Gap           GapStep           `json:"gap"`
	View          FamilyViewStep    `json:"family_view"`
}

// RequestStep is step 1: the request in the family's own words and the
// youth's own view.
type RequestStep struct {
	Words     string   `json:"words,omitempty" clean:"text"`
	YouthView string   `json:"youth_view,omitempty" clean:"text"`
	Present   []string `json:"present,omitempty"`
	Date      Date     `json:"date,omitempty"`
}

// ApplicabilityStep is step 2: does the Jeugdwet apply and is the
// municipality the municipality of residence.
type ApplicabilityStep struct {
	Jeugdwet Answer `json:"jeugdwet"`
	Resident Answer `json:"resident"`
	Basis    string `json:"basis,omitempty"`
}

// ProblemsStep is step 3: the problems and the expertise used.
type ProblemsStep struct {
	Text      string      `json:"text,omitempty" clean:"text"`
	Expertise []Expertise `json:"expertise,omitempty"`
}

// Expertise is a source the coach relied on; it must be identifiable
// (CRvB 2017:1477) and checked before it is relied on (CRvB 2024:2040).
type Expertise struct {
	Who        string `json:"who"`
	Discipline string `json:"discipline,omitempty"`
	// Checked: the coach checked the advice (how it was reached, that it
	// fits this youth) before relying on it; unknown on older files.
	Checked Answer `json:"checked"`
}

// HelpStep is step 4: what help is needed, of what kind and amount.
type HelpStep struct {
	Kind      string `json:"kind,omitempty"`
	Frequency string `json:"frequency,omitempty"`
	Duration  string `json:"duration,omitempty"`
	Goals     string `json:"goals,omitempty" clean:"text"`
}

// Sufficiency is the judgement of a step that weighs own possibilities.
type Sufficiency string

// Sufficiency values; empty means not yet judged.
const (
	SufficiencyOpen      Sufficiency = ""
	SufficiencyEnough    Sufficiency = "enough"
	SufficiencyPartly    Sufficiency = "partly"
	SufficiencyNotEnough Sufficiency = "not_enough"
)

// Sufficiencies lists every value, open first.
var Sufficiencies = []Sufficiency{SufficiencyOpen, SufficiencyEnough, SufficiencyPartly, SufficiencyNotEnough}

// Valid reports whether s is a known code.
func (s Sufficiency) Valid() bool { return oneOf(s, Sufficiencies) }

// OwnStrengthStep is step 5: own strength of youth and parents including
// customary care (gebruikelijke hulp).
//
// Standard is the stated standard of customary care for this youth's age
// and development (CRvB 2024:1095-1097); PaysSelf records that the own
// strength judged rests on the family paying for help, which is not own
// strength (CRvB 2021:1327).
type OwnStrengthStep struct {
	Outcome  Sufficiency `json:"outcome,omitempty"`
	Standard string      `json:"standard,omitempty" clean:"text"`
	Capacity string      `json:"capacity,omitempty" clean:"text"`
	Load     string      `json:"load,omitempty" clean:"text"`
	Reason   string      `json:"reason,omitempty" clean:"text"`
	PaysSelf Answer      `json:"pays_self"`
}

// NetworkStep is step 6: what the wider family and network can do.
type NetworkStep struct {
	Outcome       Sufficiency    `json:"outcome,omitempty"`
	Reason        string         `json:"reason,omitempty" clean:"text"`
	Contributions []Contribution `json:"contributions,omitempty"`
}

// Contribution is one network member's part in a need, through its life:
// not asked (with NotAsked saying why not, when it matters), asked, the
// answer (Willing: yes, partly or no; maybe while they think), the reason
// (WhyNot, for no or partly or not asked), and for a yes what, how often
// and whether it lasts. Only yes and partly count as help (Counts); an
// asked member who said no is evidence the report shows, not an error.
type Contribution struct {
	PersonID string         `json:"person_id"`
	What     string         `json:"what,omitempty"`
	HowOften string         `json:"how_often,omitempty"`
	Asked    Answer         `json:"asked"`
	Willing  Willing        `json:"willing"`
	Able     Answer         `json:"able"`
	Lasting  Answer         `json:"lasting"`
	WhyNot   string         `json:"why_not,omitempty" clean:"text"`
	NotAsked NotAskedReason `json:"not_asked,omitempty"`
}

// PlanOffer is the state of the family group plan offer.
type PlanOffer string

// Family group plan states; empty means not yet offered.
const (
	PlanNotOffered    PlanOffer = ""
	PlanMade          PlanOffer = "made"
	PlanDeclined      PlanOffer = "declined"
	PlanInPreparation PlanOffer = "in_preparation"
)

// PlanOffers lists every state.
var PlanOffers = []PlanOffer{PlanNotOffered, PlanMade, PlanDeclined, PlanInPreparation}

// Valid reports whether p is a known code.
func (p PlanOffer) Valid() bool { return oneOf(p, PlanOffers) }

// FamilyPlanStep is step 7: the family group plan offered (Jeugdwet 4.1.2)
// and whether a JIM is present.
type FamilyPlanStep struct {
	Offer      PlanOffer `json:"offer,omitempty"`
	Answer     string    `json:"answer,omitempty" clean:"text"`
	JimPresent Answer    `json:"jim_present"`
}

// Decision is refer or continue for a provision step.
type Decision string

// Decisions; empty means not yet decided.
const (
	DecisionOpen     Decision = ""
	DecisionRefer    Decision = "refer"
	DecisionContinue Decision = "continue"
)

// Decisions lists every decision, open first.
var Decisions = []Decision{DecisionOpen, DecisionRefer, DecisionContinue}

// Valid reports whether d is a known code.
func (d Decision) Valid() bool { return oneOf(d, Decisions) }

// ProvisionStep is step 8 (voorliggende voorziening under another law) or
// step 9 (algemene voorziening).
//
// Adequate matters for a referral in either step: a referral to a
// provision recorded as not adequate refers nowhere.
type ProvisionStep struct {
	Decision Decision `json:"decision,omitempty"`
	Which    string   `json:"which,omitempty"`
	Adequate Answer   `json:"adequate"`
}

// Conclusion is the coach's conclusion on the remaining gap.
type Conclusion string

// Conclusions; empty means not yet concluded.
const (
	ConclusionOpen      Conclusion = ""
	ConclusionNone      Conclusion = "none"       // no youth care needed
	ConclusionYouthCare Conclusion = "youth_care" // tailored youth care
)

// Conclusions lists every conclusion, open first.
var Conclusions = []Conclusion{ConclusionOpen, ConclusionNone, ConclusionYouthCare}

// Valid reports whether c is a known code.
func (c Conclusion) Valid() bool { return oneOf(c, Conclusions) }

// CareForm is how tailored youth care is provided.
type CareForm string

// Care forms; empty means not chosen.
const (
	CareFormOpen   CareForm = ""
	CareFormInKind CareForm = "in_kind"
	CareFormPGB    CareForm = "pgb"
)

// CareForms lists every form, open first.
var CareForms = []CareForm{CareFormOpen, CareFormInKind, CareFormPGB}

// Valid reports whether f is a known code.
func (f CareForm) Valid() bool { return oneOf(f, CareForms) }

// GapStep is step 10: the remaining gap, the help needed minus what steps
// 5 to 9 cover, with the reasoning.
type GapStep struct {
	Conclusion Conclusion `json:"conclusion,omitempty"`
	Form       CareForm   `json:"form,omitempty"`
	Reasoning  string     `json:"reasoning,omitempty" clean:"text"`
}

// AgreementView is the family's answer to the report.
type AgreementView string

// Family views; empty means not yet asked.
const (
	ViewOpen     AgreementView = ""
	ViewAgree    AgreementView = "agree"
	ViewDisagree AgreementView = "disagree"
)

// AgreementViews lists every view, open first.
var AgreementViews = []AgreementView{ViewOpen, ViewAgree, ViewDisagree}

// Valid reports whether v is a known code.
func (v AgreementView) Valid() bool { return oneOf(v, AgreementViews) }

// FamilyViewStep is step 11: the family's view of the report.
type FamilyViewStep struct {
	View     AgreementView `json:"view,omitempty"`
	Comments string        `json:"comments,omitempty" clean:"text"`
	Date     Date          `json:"date,omitempty"`
}
