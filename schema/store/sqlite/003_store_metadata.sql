-- Store-wide settings that every instance on this database must share, such as the cursor signing key.
CREATE TABLE IF NOT EXISTS store_metadata (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
