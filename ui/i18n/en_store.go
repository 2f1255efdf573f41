package i18n

// enStore holds the English texts about the store file itself: what the
// disk refused, damage found in some sessions, a weak new passphrase, the
// size limits of a session, the backup from the session list and a change
// that was not saved when the screen locked.
var enStore = map[string]string{
	"err.save.write":        "kring could not write to the store file (%s). Nothing in it was changed; your last change is not saved yet.",
	"err.save.sync":         "The disk did not confirm the save (%s). Nothing in the store file was changed; your last change is not saved yet. The disk may be failing: make a backup soon.",
	"err.save.disk_full":    "The disk is full. Nothing in the store file was changed; your last change is not saved yet. Make room on the disk and kring saves it.",
	"err.save.read_only":    "The store's folder or disk is read-only (%s): your last change is not saved yet. The store is not damaged: do not restore a backup over it.",
	"err.read_only":         "The store %s is on a read-only disk or in a read-only folder. It is not damaged: do not restore a backup over it. Make the folder writable, or copy the store to a writable folder.",
	"err.os.read_only":      "the disk or folder is read-only",
	"err.not_compacted":     "Session %s is deleted, but its encrypted data stays in the store file until kring can tidy the file up (%s). kring tries again the next time it starts.",
	"err.damaged_sessions":  "The store file %s is damaged in session %s; the other sessions are fine. Export what you need, then restore a backup.",
	"err.passphrase_weak":   "This passphrase is too easy to guess. Take four or more words that do not belong together, or a long sentence only you know.",
	"err.kdf_too_costly":    "The store file %s asks for key settings far beyond what kring uses. kring does not try them: the file was not made by kring or was changed.",
	"problem.too_many":      "has more than %s entries, the most kring keeps",
	"problem.too_large":     "is larger than %s bytes as kring/v1 JSON, the most kring keeps",
	"err.file_too_large":    "%s is larger than the %d MB kring reads.",
	"key.backup":            "backup of the store",
	"sessions.backup_done":  "Backup saved: %s",
	"sessions.backup_error": "No backup made: %s",
	"lock.unsaved":          "A change is not saved yet: it is kept, locked, and saved after you unlock.",
}
