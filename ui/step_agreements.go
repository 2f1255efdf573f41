package ui

import "kring/model"

// newAgreementsStep builds step 5, the agreements and their reviews.
func newAgreementsStep(c *Common, sess *model.Session) step { return newPendingStep(c, 5) }
