package i18n

// nlJim holds the Dutch texts of step 4: the JIM candidates.
var nlJim = map[string]string{}
