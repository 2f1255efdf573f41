package i18n

// nlAgree holds the Dutch texts of step 5: the agreements and reviews.
var nlAgree = map[string]string{}
