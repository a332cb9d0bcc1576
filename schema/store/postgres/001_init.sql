-- Profile documents, one row per (project, id). Keys and ids use the "C" collation so ordering is
-- byte order, as on SQLite, and keyset cursors mean the same on both stores.
CREATE TABLE IF NOT EXISTS documents (
    project     text COLLATE "C" NOT NULL,
    id          text COLLATE "C" NOT NULL,
    version     bigint      NOT NULL,
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL,
    props_bytes bigint      NOT NULL DEFAULT 0,
    doc         jsonb       NOT NULL,
    PRIMARY KEY (project, id)
);

CREATE INDEX IF NOT EXISTS documents_created ON documents (project, created_at, id);
CREATE INDEX IF NOT EXISTS documents_updated ON documents (project, updated_at, id);

-- Identity index: one profile per (project, kind, value), enforced by the key.
CREATE TABLE IF NOT EXISTS identities (
    project    text COLLATE "C" NOT NULL,
    kind       text COLLATE "C" NOT NULL,
    value      text COLLATE "C" NOT NULL,
    profile_id text COLLATE "C" NOT NULL,
    PRIMARY KEY (project, kind, value)
);

CREATE INDEX IF NOT EXISTS identities_profile ON identities (project, profile_id);

-- Total bytes of custom properties per project, maintained in the same transaction as every write.
CREATE TABLE IF NOT EXISTS project_capacity (
    project        text COLLATE "C" PRIMARY KEY,
    property_bytes bigint NOT NULL
);
