package i18n

// enAgree holds the English texts of step 5: the agreements and reviews.
var enAgree = map[string]string{}
