-- Names are also looked up by sound (NameKeys.Sound, prefixed "~") in person_names; the store adds those keys for
-- the names it already holds when it migrates.
CREATE INDEX IF NOT EXISTS ix_person_names_person ON person_names(person_key);
