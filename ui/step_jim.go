package ui

import "kring/model"

// newJimStep builds step 4, the JIM candidates and the youth's choice.
func newJimStep(c *Common, sess *model.Session) step { return newPendingStep(c, 4) }
