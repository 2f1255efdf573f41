package model

import "strconv"

// network checks step 6: what the wider family and the social network
// can do.
//
//   - outcome; "partly" or "not enough" needs a reason; an outcome while
//     step 4 is incomplete is out of order;
//   - an answer while nobody of the social network (alive, outside the
//     household, no professional) is on the map: network_not_swept;
//   - per contribution: an unknown person is unknown_person; asked
//     without an answer is open; "no" needs why not. One that counts
//     (yes or partly) from a professional is professional_as_network, from
//     the household household_as_network (customary care, step 5), from
//     someone who died counted_deceased; otherwise it needs the member
//     asked, able and lasting (not "no", and not unknown) and what and
//     how often;
//   - "enough" needs a contribution from the social network that counts;
//   - "not enough" needs every family member asked (with an answer) or a
//     reason why not (family_not_asked), and, when the map has no such
//     family, someone of the network asked (network_nobody_asked)
//     (CRvB 2017:17, a Wmo ruling, applied by analogy).
func (c *evaluator) network(r *evalRun) {
	nw := &r.n.Network
	if !r.touched[5] {
		r.open(6, RuleArt28, "network")
		return
	}
	if nw.Outcome == SufficiencyOpen {
		r.open(6, RuleArt28, "network.outcome")
	} else if !r.helpComplete {
		r.add(6, FindingOrder, RuleCRvB20171477, "network.outcome", "")
	}
	if evShort(nw.Outcome) && evBlank(nw.Reason) {
		r.add(6, FindingNoReason, RuleArt31, "network.reason", "")
	}
	if c.outside == 0 {
		r.add(6, FindingNetworkNotSwept, RuleArt28, "network", "")
	}
	counting := 0
	for i := range nw.Contributions {
		k := &nw.Contributions[i]
		field := "network.contributions[" + strconv.Itoa(i) + "]"
		p := c.person(k.PersonID)
		if p == nil {
			r.add(6, FindingUnknownPerson, RuleCRvB201717, field+".person_id", k.PersonID)
			continue
		}
		if evYes(k.Asked) && (k.Willing == WillingNotAsked || k.Willing == "") {
			r.add(6, FindingStepOpen, RuleCRvB201717, field+".willing", k.PersonID)
		}
		if k.Willing == WillingNo && evBlank(k.WhyNot) {
			r.add(6, FindingUnwillingNoReason, RuleArt31, field+".why_not", k.PersonID)
		}
		if !k.Counts() {
			continue
		}
		switch {
		case p.IsProfessional():
			r.add(6, FindingProfessionalAsNetwork, RuleWmo111, field+".person_id", k.PersonID)
			continue
		case p.Household:
			r.add(6, FindingHouseholdAsNetwork, RuleWmo111, field+".person_id", k.PersonID)
			continue
		case p.Deceased:
			r.add(6, FindingCountedDeceased, RuleArt31, field+".person_id", k.PersonID)
			continue
		}
		counting++
		if !evYes(k.Asked) {
			r.add(6, FindingCountedNotAsked, RuleCRvB201717, field+".asked", k.PersonID)
		}
		switch {
		case evNo(k.Able):
			r.add(6, FindingCountedUnable, RuleArt31, field+".able", k.PersonID)
		case !evYes(k.Able):
			r.add(6, FindingStepOpen, RuleArt31, field+".able", k.PersonID)
		}
		switch {
		case evNo(k.Lasting):
			r.add(6, FindingCountedNotLasting, RuleArt31, field+".lasting", k.PersonID)
		case !evYes(k.Lasting):
			r.add(6, FindingStepOpen, RuleArt31, field+".lasting", k.PersonID)
		}
		if evBlank(k.What) {
			r.add(6, FindingStepOpen, RuleArt31, field+".what", k.PersonID)
		}
		if evBlank(k.HowOften) {
			r.add(6, FindingStepOpen, RuleArt31, field+".how_often", k.PersonID)
		}
	}
	if nw.Outcome == SufficiencyEnough && counting == 0 {
		r.add(6, FindingNetworkEnoughNobody, RuleCRvB201717, "network.outcome", "")
	}
	if nw.Outcome == SufficiencyNotEnough {
		c.notEnoughAsked(r, nw)
	}
}

// notEnoughAsked checks that "not enough" rests on the members' own
// answers, or on why a member could not be asked (CRvB 2017:17).
func (c *evaluator) notEnoughAsked(r *evalRun, nw *NetworkStep) {
	if c.s == nil {
		return
	}
	// Per person: answered when asked, or a reason why not asked, in this
	// need. One pass over the contributions, then one over the map, so a
	// large file stays linear.
	type account struct{ answered, reason bool }
	acc := make(map[string]account, len(nw.Contributions))
	for i := range nw.Contributions {
		k := &nw.Contributions[i]
		a := acc[k.PersonID]
		a.answered = a.answered || (evYes(k.Asked) && k.Willing != WillingNotAsked && k.Willing != "")
		a.reason = a.reason || k.NotAsked != NotAskedNone
		acc[k.PersonID] = a
	}
	anyAnswered, anyOpen, family := false, false, false // family: on the map
	for i := range c.s.People {
		p := &c.s.People[i]
		if !p.SocialNetwork() {
			continue
		}
		a := acc[p.ID]
		answered, reason := a.answered, a.reason
		anyAnswered = anyAnswered || answered
		family = family || p.Sector == SectorFamily
		if answered || reason {
			continue
		}
		anyOpen = true
		if p.Sector == SectorFamily {
			r.add(6, FindingFamilyNotAsked, RuleCRvB201717, "network.asked", p.ID)
		}
	}
	if !anyAnswered && anyOpen && !family {
		r.add(6, FindingNetworkNobodyAsked, RuleCRvB201717, "network.asked", "")
	}
}
