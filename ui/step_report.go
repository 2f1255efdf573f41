package ui

import "kring/model"

// newReportStep builds step 6, the report and the exports.
func newReportStep(c *Common, sess *model.Session) step { return newPendingStep(c, 6) }
