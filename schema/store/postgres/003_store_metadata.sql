-- Store-wide settings that every instance on this database must share, such as the cursor signing key.
CREATE TABLE IF NOT EXISTS store_metadata (
    key   text COLLATE "C" PRIMARY KEY,
    value text NOT NULL
);
