package i18n

// The catalogue is kept in one file per language and area; merge puts the
// areas together at start-up and refuses a key defined twice, which any
// test run would then show at once.
func init() {
	merge(nl, nlUI)
	merge(nl, nlMap)
	merge(nl, nlCheck)
	merge(nl, nlJim)
	merge(nl, nlAgree)
	merge(nl, nlReport)
	merge(nl, nlStore)
	merge(nl, nlGuide)
	merge(nl, nlMeeting)
	merge(nl, nlPlan)
	merge(nl, nlVisits)
	merge(nl, nlDates)
	merge(nl, nlPlanDates)
	merge(en, enUI)
	merge(en, enMap)
	merge(en, enCheck)
	merge(en, enJim)
	merge(en, enAgree)
	merge(en, enReport)
	merge(en, enStore)
	merge(en, enGuide)
	merge(en, enMeeting)
	merge(en, enPlan)
	merge(en, enVisits)
	merge(en, enDates)
	merge(en, enPlanDates)
}

func merge(dst, src map[string]string) {
	for k, v := range src {
		if _, dup := dst[k]; dup {
			panic("i18n: key defined twice: " + k)
		}
		dst[k] = v
	}
}
