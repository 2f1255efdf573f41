package i18n

// nlReport holds the Dutch texts of step 6 and of the exported report.
var nlReport = map[string]string{}
