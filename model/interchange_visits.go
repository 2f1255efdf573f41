package model

import "reflect"

// FormatVisits is the format name of a kring/v1 file whose session holds
// visits (VisitDate, VisitNote, Visits): kring/v1 with the visit fields
// added. It has its own name because a kring from before visits rejects
// unknown fields with "field visit_date: unknown field", which does not
// tell a coach what to do, while a format name it does not know starts
// with kring/ and so reads as "made by a newer version of kring". A
// session without visits is written as plain kring/v1, which every kring
// reads. The network meeting and the family group plan (issue 17) came
// in the same release, so a session that writes them is kring/v1.1 too:
// an older kring then says "newer version" instead of "field meeting:
// unknown field".
const FormatVisits = "kring/v1.1"

// formatName is the format a session is written in.
func (s *Session) formatName() string {
	// reflect's IsZero is the test encoding/json's omitzero applies, so
	// the name says kring/v1.1 exactly when a meeting or plan is written.
	if s.VisitDate != "" || s.VisitNote != "" || len(s.Visits) > 0 ||
		!reflect.ValueOf(s.Meeting).IsZero() || !reflect.ValueOf(s.Plan).IsZero() {
		return FormatVisits
	}
	return Format
}
