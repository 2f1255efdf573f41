package report

import "kring/model"

// planType is the type of the family's papers as PDF: as the HTML plan
// (planCSS), the body in 14 pt with room between the lines, headings
// larger, and the running header and footer large enough to read too.
var planType = pdfType{body: 14, line: 7.5, heads: [5]float64{0, 24, 19, 16, 14}, furniture: 11, keep: 2}

// PlanPDF is the family group plan as an A4 PDF in large, plain type:
// the same contents in the same order as PlanHTML, with the report's page
// furniture (DEMO on every page of a demo session, "pagina N van M").
func PlanPDF(s *model.Session, o Options) ([]byte, error) {
	s = prepare(s, o)
	return pdfDocument(s, o, buildPlan(s, o), planType)
}

// InvitationPDF is the invitation to the network meeting and its list as
// an A4 PDF in the plan's large type.
func InvitationPDF(s *model.Session, o Options) ([]byte, error) {
	s = prepare(s, o)
	return pdfDocument(s, o, buildInvitation(s, o), planType)
}
