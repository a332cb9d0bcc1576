-- Profile documents, one row per (project, id). The body is JSON text; store-maintained fields are columns.
CREATE TABLE IF NOT EXISTS documents (
    project     TEXT    NOT NULL,
    id          TEXT    NOT NULL,
    version     INTEGER NOT NULL,
    created_at  TEXT    NOT NULL,   -- UTC ISO-8601, millisecond precision: text order is time order
    updated_at  TEXT    NOT NULL,
    props_bytes INTEGER NOT NULL DEFAULT 0,
    doc         TEXT    NOT NULL CHECK (json_valid(doc)),
    PRIMARY KEY (project, id)
) WITHOUT ROWID;

CREATE INDEX IF NOT EXISTS documents_created ON documents (project, created_at, id);
CREATE INDEX IF NOT EXISTS documents_updated ON documents (project, updated_at, id);

-- Identity index: one profile per (project, kind, value), enforced by the key.
CREATE TABLE IF NOT EXISTS identities (
    project    TEXT NOT NULL,
    kind       TEXT NOT NULL,
    value      TEXT NOT NULL,
    profile_id TEXT NOT NULL,
    PRIMARY KEY (project, kind, value)
) WITHOUT ROWID;

CREATE INDEX IF NOT EXISTS identities_profile ON identities (project, profile_id);

-- Total bytes of custom properties per project, maintained in the same transaction as every write.
CREATE TABLE IF NOT EXISTS project_capacity (
    project        TEXT    NOT NULL PRIMARY KEY,
    property_bytes INTEGER NOT NULL
) WITHOUT ROWID;
