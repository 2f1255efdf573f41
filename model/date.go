package model

import "time"

// Date is a calendar date as YYYY-MM-DD; empty means not set. A string
// keeps dates free of time zones, which a date at a kitchen table has none of.
type Date string

// DateLayout is the layout of a Date.
const DateLayout = "2006-01-02"

// DateOf returns the calendar date of t in t's location.
func DateOf(t time.Time) Date { return Date(t.Format(DateLayout)) }

// Valid reports whether d is empty or a real calendar date.
func (d Date) Valid() bool {
	if d == "" {
		return true
	}
	_, err := time.Parse(DateLayout, string(d))
	return err == nil
}

// Time returns the date as midnight UTC; ok is false for an empty or bad date.
func (d Date) Time() (t time.Time, ok bool) {
	t, err := time.Parse(DateLayout, string(d))
	return t, err == nil && d != ""
}
