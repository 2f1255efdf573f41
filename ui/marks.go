package ui

import "kring/model"

// The one-character marks of the screens, by code. (The marks a person is
// written with, on screen and in every export, are model's: initials,
// the quality glyph, the JIM mark.)

// mark is the mark of code k, or none for a code without one.
func mark[K comparable](marks map[K]string, k K, none string) string {
	if m, ok := marks[k]; ok {
		return m
	}
	return none
}

// outcomeMarks mark how an agreement was kept at a review.
var outcomeMarks = map[model.ReviewOutcome]string{
	model.ReviewKept: "✓", model.ReviewPartly: "~", model.ReviewNotKept: "✗",
}

// resultMarks mark the advisory result of a need's check.
var resultMarks = map[model.Result]string{
	model.ResultSolved: "✓", model.ResultRefer: "→", model.ResultYouthCare: "◆", model.ResultContradiction: "✕",
}

// stateMarks mark the state of one step of the checklist.
var stateMarks = map[model.StepState]string{
	"done": "✓", "contradiction": "✕", "not_needed": "–",
}

// arrows show the direction of support in the grid.
var arrows = map[model.Direction]string{
	model.DirectionGives: "→", model.DirectionReceives: "←", model.DirectionMutual: "↔",
}

// candidateMarks mark a JIM candidacy in step 4's list: ★ active,
// – stopped (☆ otherwise, as on the map).
var candidateMarks = map[model.JimStatus]string{
	model.JimActive: "★", model.JimStopped: "–",
}

// answerMarks mark a yes / no / not known yet answer.
var answerMarks = map[model.Answer]string{
	model.AnswerYes: "✓", model.AnswerNo: "✗",
}
