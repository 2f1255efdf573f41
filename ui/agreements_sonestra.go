package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"kring/model"
)

// Step 5 holds the agreements and, from Sonestra (issue 17), the two
// pages that turn them into the family's own plan: m opens the network
// meeting (meeting.go), p the family group plan (plan.go); esc comes
// back to the agreements. A coach looks for them here because the
// meeting and the plan are where "who does what by when" is decided.

// subPage is a page step 5 lays over its list.
type subPage interface {
	Update(msg tea.Msg) reply
	View() string
	SetSize(w, h int)
	Typing() bool
	ShortHelp() []key.Binding
	FullHelp() [][]key.Binding
}

// sonestraKeys are step 5's keys to the meeting and the plan.
func sonestraKeys(c *Common) (meeting, plan key.Binding) {
	return keyFor(c, "m", "agree.key.meeting"), keyFor(c, "p", "agree.key.plan")
}

// SetSize sizes the step and the page over it.
func (a *agreementsStep) SetSize(w, h int) {
	a.page.SetSize(w, h)
	if a.sub != nil {
		a.sub.SetSize(w, h)
	}
}

// Typing says a form of the step or of its page has the keyboard.
func (a *agreementsStep) Typing() bool {
	if a.sub != nil {
		return a.sub.Typing()
	}
	return a.page.Typing()
}

// Back leaves the meeting or the plan for the agreements.
func (a *agreementsStep) Back() bool {
	if a.sub != nil {
		a.sub = nil
		return true
	}
	return false
}

// openSub lays the meeting or the plan over the list.
func (a *agreementsStep) openSub(p subPage) {
	a.sub = p
	p.SetSize(a.width, a.height)
}

// sonestraKey opens the meeting or the plan on m or p; false otherwise.
func (a *agreementsStep) sonestraKey(kp tea.KeyPressMsg) bool {
	switch {
	case key.Matches(kp, a.keys.Meeting):
		a.openSub(newMeetingPage(a.c, a.sess))
	case key.Matches(kp, a.keys.Plan):
		a.openSub(newPlanPage(a.c, a.sess))
	default:
		return false
	}
	return true
}

// sonestraLine says where the meeting and the plan stand, once either
// has begun, so that the agreements screen of a plain intake is as before.
func (a *agreementsStep) sonestraLine() (string, bool) {
	s := a.sess
	if !s.Meeting.Started() && s.PlanState() == model.PlanNotOffered {
		return "", false
	}
	c := a.c
	n := s.Meeting.MeetingCounts()
	meeting := c.T("meeting.counts", len(s.Meeting.Invitees), n[model.InviteComing], n[model.InviteNotComing])
	return c.T("agree.sonestra", meeting, c.T("plan."+planCode(s.PlanState()))), true
}

// coachView says the coach's own flags (an agreement not kept twice) are
// shown: always, except in presentation mode before ctrl+o.
func (a *agreementsStep) coachView() bool { return a.hideCoach == nil || !a.hideCoach() }
