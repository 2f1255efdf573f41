package i18n

// The compare view, the change lines and the network figures of the
// follow-up visits (issue 16) are read with the family ("Oma Ria is
// dichterbij gekomen"), so they are held to the same plain register as
// the rest of what the family reads.
func init() {
	familyFacing = append(familyFacing, "change.", "compare.", "fig.")
}
