// Package i18n is kring's message catalogue: every text a user reads, in
// Dutch (the default) and English. Keys are dotted English identifiers;
// a test fails when a key exists in one language only or when code asks
// for a key that does not exist.
//
//	nl_ui.go, nl_map.go, nl_check.go, ... ─┐ merge (at start-up; a key
//	en_ui.go, en_map.go, en_check.go, ... ─┘ defined twice is refused)
//	                      │
//	                      ▼
//	   Catalog{lang}.T(key, args...) ──► the screen (ui), the report
//	                  .N(key, n, ...)     (ui/report), cmd/kring's messages
//	                  .FieldLabel(field, step) ◄── a path of the check, as
//	                                               model.Finding names it
//
// A new text is a key in both languages' file of its area; codes from
// model (sector, ring, answer...) are labelled under "<kind>.<code>".
package i18n
