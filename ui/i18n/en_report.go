package i18n

// enReport holds the English texts of step 6 and of the exported report.
var enReport = map[string]string{}
