-- Devices of a profile. The key is the registration id, so one device belongs to one profile at a time.
CREATE TABLE IF NOT EXISTS devices (
    project         text COLLATE "C" NOT NULL,
    registration_id text COLLATE "C" NOT NULL,
    profile_id      text COLLATE "C" NOT NULL,
    platform        text,
    app_version     text,
    os              text,
    last_active     timestamptz NOT NULL,
    properties      jsonb NOT NULL DEFAULT '{}',
    PRIMARY KEY (project, registration_id)
);

CREATE INDEX IF NOT EXISTS devices_profile ON devices (project, profile_id, last_active DESC);
