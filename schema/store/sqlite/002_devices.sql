-- Devices of a profile. The key is the registration id, so one device belongs to one profile at a time.
CREATE TABLE IF NOT EXISTS devices (
    project         TEXT NOT NULL,
    registration_id TEXT NOT NULL,
    profile_id      TEXT NOT NULL,
    platform        TEXT,
    app_version     TEXT,
    os              TEXT,
    last_active     TEXT NOT NULL,   -- UTC ISO-8601, millisecond precision
    properties      TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(properties)),
    PRIMARY KEY (project, registration_id)
) WITHOUT ROWID;

CREATE INDEX IF NOT EXISTS devices_profile ON devices (project, profile_id, last_active DESC);
