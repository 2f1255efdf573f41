package i18n

// enJim holds the English texts of step 4: the JIM candidates.
var enJim = map[string]string{}
