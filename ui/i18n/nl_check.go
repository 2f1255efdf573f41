package i18n

// nlCheck holds the Dutch texts of step 3: the needs and the network-first check.
var nlCheck = map[string]string{}
