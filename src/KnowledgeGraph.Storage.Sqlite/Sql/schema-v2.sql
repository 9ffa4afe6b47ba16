-- Every form a person's names take once normalised (Orthography.NameForm), for lookups by name in either script.
CREATE TABLE IF NOT EXISTS person_names (
    form        TEXT NOT NULL,
    person_key  TEXT NOT NULL REFERENCES persons(key),
    PRIMARY KEY (form, person_key)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS ix_person_names_person ON person_names(person_key);
