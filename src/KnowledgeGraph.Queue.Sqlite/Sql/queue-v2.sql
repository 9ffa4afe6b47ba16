-- Acknowledgements and dead letters per minute (Unix minutes), for the rates `kg queue stats` shows.
CREATE TABLE IF NOT EXISTS minutes (
    minute         INTEGER PRIMARY KEY,
    acknowledged   INTEGER NOT NULL DEFAULT 0,
    dead_lettered  INTEGER NOT NULL DEFAULT 0
);
