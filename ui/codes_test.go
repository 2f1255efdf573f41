package ui

import (
	"strconv"
	"testing"

	"kring/model"
	"kring/ui/i18n"
)

// Keys built from model codes cannot be found by the catalogue's own test,
// which looks for literal keys: this test builds every one of them.
func TestEveryCodeHasALabel(t *testing.T) {
	t.Parallel()
	var keys []string
	for _, s := range model.Sectors {
		keys = append(keys, "sector."+string(s), "sector_short."+string(s))
	}
	for _, r := range model.Rings {
		keys = append(keys, "ring."+string(rune('0'+r)))
	}
	for _, f := range model.Frequencies {
		keys = append(keys, "frequency."+orUnknown(string(f)))
	}
	for _, k := range model.KnownFors {
		keys = append(keys, "known."+orUnknown(string(k)), "known_short."+orUnknown(string(k)))
	}
	for _, k := range model.SupportKinds {
		keys = append(keys, "support."+string(k))
	}
	for _, l := range model.Levels {
		keys = append(keys, "level."+string(l))
		if l != model.LevelNone {
			keys = append(keys, "grid.level."+string(l))
		}
	}
	for _, d := range model.Directions {
		keys = append(keys, "direction."+orUnknown(string(d)))
	}
	for _, q := range model.Qualities {
		keys = append(keys, "quality."+string(q))
	}
	for _, w := range model.Willings {
		keys = append(keys, "willing."+string(w))
	}
	for _, a := range model.Answers {
		keys = append(keys, "answer."+string(a))
	}
	for _, k := range model.RelationKinds {
		keys = append(keys, "relation."+string(k))
	}
	for _, col := range gridColumns() {
		if len([]rune(col.title)) > 1 {
			keys = append(keys, col.title)
		}
	}
	for i := 1; i <= stepCount; i++ {
		n := string(rune('0' + i))
		keys = append(keys, "step."+n+".title", "step."+n+".short")
	}
	for _, l := range []i18n.Lang{i18n.NL, i18n.EN} {
		cat := i18n.New(l)
		for _, k := range keys {
			if !cat.Has(k) {
				t.Errorf("%s: no label for %q", l, k)
			}
		}
	}
}

// Every result, finding and rule of the check has words in both languages.
func TestEveryCheckCodeHasALabel(t *testing.T) {
	t.Parallel()
	var keys []string
	for _, r := range model.Results {
		keys = append(keys, "result."+string(r), "result_short."+string(r))
	}
	for _, f := range model.FindingCodes {
		keys = append(keys, "finding."+string(f))
	}
	for _, r := range model.Rules {
		keys = append(keys, "rule."+string(r), "rule_full."+string(r))
	}
	for _, r := range model.Results {
		keys = append(keys, "report.decides."+string(r))
	}
	for _, c := range model.JimRuleCodes {
		keys = append(keys, "jimrule."+string(c))
	}
	for _, r := range model.NotAskedReasons {
		keys = append(keys, "notasked."+orUnknown(string(r)))
	}
	for _, w := range model.Willings {
		keys = append(keys, "willing."+string(w))
	}
	for i := 1; i <= model.NeedSteps; i++ {
		keys = append(keys, "check."+strconv.Itoa(i)+".title")
	}
	for _, s := range model.Sufficiencies {
		keys = append(keys, "sufficiency."+orUnknown(string(s)))
	}
	for _, p := range model.PlanOffers {
		keys = append(keys, "plan."+orUnknown(string(p)))
	}
	for _, d := range model.Decisions {
		keys = append(keys, "decision."+orUnknown(string(d)))
	}
	for _, c := range model.Conclusions {
		keys = append(keys, "conclusion."+orUnknown(string(c)))
	}
	for _, f := range model.CareForms {
		keys = append(keys, "careform."+orUnknown(string(f)))
	}
	for _, v := range model.AgreementViews {
		keys = append(keys, "view."+orUnknown(string(v)))
	}
	for field := range i18n.FieldLabels {
		keys = append(keys, i18n.FieldLabels[field])
	}
	for _, l := range []i18n.Lang{i18n.NL, i18n.EN} {
		cat := i18n.New(l)
		for _, k := range keys {
			if !cat.Has(k) {
				t.Errorf("%s: no label for %q", l, k)
			}
		}
	}
}
