-- The project capacity split into shards keyed by a hash of the profile id, so concurrent writers of
-- different profiles rarely wait on one row lock. The capacity is the sum of a project's shards.
CREATE TABLE IF NOT EXISTS capacity_shards (
    project        TEXT    NOT NULL,
    shard          INTEGER NOT NULL,
    property_bytes INTEGER NOT NULL,
    PRIMARY KEY (project, shard)
) WITHOUT ROWID;

INSERT INTO capacity_shards (project, shard, property_bytes)
SELECT project, 0, property_bytes FROM project_capacity WHERE true
ON CONFLICT (project, shard) DO UPDATE SET property_bytes = capacity_shards.property_bytes + excluded.property_bytes;

DROP TABLE project_capacity;
