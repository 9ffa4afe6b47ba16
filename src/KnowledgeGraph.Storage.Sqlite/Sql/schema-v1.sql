-- The embedded graph: one table per node kind, one per relationship; every fact keeps the articles that report it.
CREATE TABLE IF NOT EXISTS articles (
    id            TEXT PRIMARY KEY,
    url           TEXT,
    title         TEXT,
    published     TEXT NOT NULL,
    language      TEXT,
    content_hash  TEXT NOT NULL,
    ingested_at   TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_articles_hash ON articles(content_hash);
CREATE TABLE IF NOT EXISTS countries (
    code     TEXT PRIMARY KEY,
    name     TEXT NOT NULL,
    name_ar  TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS persons (
    key      TEXT PRIMARY KEY,
    name     TEXT NOT NULL,
    name_en  TEXT
);
CREATE TABLE IF NOT EXISTS person_aliases (
    person_key  TEXT NOT NULL REFERENCES persons(key),
    alias       TEXT NOT NULL,
    PRIMARY KEY (person_key, alias)
);
CREATE TABLE IF NOT EXISTS person_countries (
    person_key    TEXT NOT NULL REFERENCES persons(key),
    country_code  TEXT NOT NULL REFERENCES countries(code),
    PRIMARY KEY (person_key, country_code)
);
CREATE TABLE IF NOT EXISTS offices (
    key           TEXT PRIMARY KEY,
    title         TEXT NOT NULL,
    title_ar      TEXT,
    country_code  TEXT REFERENCES countries(code)
);
CREATE TABLE IF NOT EXISTS office_terms (
    person_key  TEXT NOT NULL REFERENCES persons(key),
    office_key  TEXT NOT NULL REFERENCES offices(key),
    first_seen  TEXT NOT NULL,
    last_seen   TEXT NOT NULL,
    PRIMARY KEY (person_key, office_key)
);
CREATE TABLE IF NOT EXISTS meetings (
    key             TEXT PRIMARY KEY,
    kind            TEXT NOT NULL,
    date            TEXT,
    date_precision  TEXT,
    city            TEXT,
    country_code    TEXT REFERENCES countries(code)
);
CREATE TABLE IF NOT EXISTS meeting_participants (
    meeting_key  TEXT NOT NULL REFERENCES meetings(key),
    person_key   TEXT NOT NULL REFERENCES persons(key),
    PRIMARY KEY (meeting_key, person_key)
);
CREATE INDEX IF NOT EXISTS ix_meeting_participants_person ON meeting_participants(person_key);
CREATE TABLE IF NOT EXISTS meeting_delegations (
    meeting_key   TEXT NOT NULL REFERENCES meetings(key),
    country_code  TEXT NOT NULL REFERENCES countries(code),
    PRIMARY KEY (meeting_key, country_code)
);
CREATE TABLE IF NOT EXISTS article_meetings (
    article_id      TEXT NOT NULL REFERENCES articles(id),
    meeting_key     TEXT NOT NULL REFERENCES meetings(key),
    evidence_start  INTEGER NOT NULL,
    evidence_end    INTEGER NOT NULL,
    PRIMARY KEY (article_id, meeting_key)
);
CREATE TABLE IF NOT EXISTS article_mentions (
    article_id  TEXT NOT NULL REFERENCES articles(id),
    kind        TEXT NOT NULL CHECK (kind IN ('person', 'country', 'office')),
    target_key  TEXT NOT NULL,
    span_start  INTEGER,
    span_end    INTEGER,
    PRIMARY KEY (article_id, kind, target_key)
);
CREATE INDEX IF NOT EXISTS ix_article_mentions_target ON article_mentions(kind, target_key);
-- The change feed: every committed ingest appends its events in order, for subscribers in any process.
CREATE TABLE IF NOT EXISTS changes (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,
    kind        TEXT NOT NULL,
    key         TEXT NOT NULL,
    article_id  TEXT NOT NULL,
    at          TEXT NOT NULL
);
