package ui

// overflowNote says where the selected person is when the circle had no
// room to name them: "not drawn: in the +3 of family". The detail line
// and the side panel show it, so that the map always shows who is
// selected (issue 11). Empty when the person is drawn or the map is not
// the circle.
func (m *mapStep) overflowNote(id string) string {
	if m.mode != modeCircle {
		return ""
	}
	p := m.sess.Person(id)
	if p == nil {
		return ""
	}
	for _, o := range m.layout().Overflows {
		for _, x := range o.IDs {
			if x == id {
				return m.c.T("map.selected_in_overflow", len(o.IDs), m.c.T("sector_short."+string(p.Sector)))
			}
		}
	}
	return ""
}
