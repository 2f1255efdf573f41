package i18n

// enCheck holds the English texts of step 3: the needs and the network-first check.
var enCheck = map[string]string{}
