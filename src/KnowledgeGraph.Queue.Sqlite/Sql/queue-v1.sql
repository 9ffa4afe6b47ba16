-- Messages waiting or leased. available_at (Unix ms) is when a message may next be leased: now for new ones, the
-- lease's end while leased, the backoff's end after a failure.
CREATE TABLE IF NOT EXISTS messages (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    body          TEXT NOT NULL,
    enqueued_at   INTEGER NOT NULL,
    available_at  INTEGER NOT NULL,
    attempts      INTEGER NOT NULL DEFAULT 0,
    lease_token   TEXT,
    last_error    TEXT
);
CREATE INDEX IF NOT EXISTS ix_messages_available ON messages(available_at, id);
CREATE TABLE IF NOT EXISTS dead_letters (
    id           INTEGER PRIMARY KEY,
    body         TEXT NOT NULL,
    enqueued_at  INTEGER NOT NULL,
    attempts     INTEGER NOT NULL,
    reason       TEXT NOT NULL,
    failed_at    INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS counters (
    name   TEXT PRIMARY KEY,
    value  INTEGER NOT NULL
);
INSERT OR IGNORE INTO counters(name, value) VALUES ('acknowledged', 0), ('dead_lettered', 0);
