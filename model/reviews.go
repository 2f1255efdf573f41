package model

// RemoveReview takes review i off agreement id, but only while it is still
// the review of that date: a screen that asked "remove the review of
// <date>?" never removes another one that took its place. It reports
// whether a review went.
func (s *Session) RemoveReview(id string, i int, date Date) bool {
	a := s.AgreementByID(id)
	if a == nil || i < 0 || i >= len(a.Reviews) || a.Reviews[i].Date != date {
		return false
	}
	a.Reviews = append(a.Reviews[:i:i], a.Reviews[i+1:]...)
	if len(a.Reviews) == 0 {
		a.Reviews = nil
	}
	return true
}
