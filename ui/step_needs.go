package ui

import "kring/model"

// newNeedsStep builds step 3, the needs and the network-first check.
func newNeedsStep(c *Common, sess *model.Session) step { return newPendingStep(c, 3) }
