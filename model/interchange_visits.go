package model

// FormatVisits is the format name of a kring/v1 file whose session holds
// visits (VisitDate, VisitNote, Visits): kring/v1 with the visit fields
// added. It has its own name because a kring from before visits rejects
// unknown fields with "field visit_date: unknown field", which does not
// tell a coach what to do, while a format name it does not know starts
// with kring/ and so reads as "made by a newer version of kring". A
// session without visits is written as plain kring/v1, which every kring
// reads.
const FormatVisits = "kring/v1.1"

// formatName is the format a session is written in.
func (s *Session) formatName() string {
	if s.VisitDate != "" || s.VisitNote != "" || len(s.Visits) > 0 {
		return FormatVisits
	}
	return Format
}
