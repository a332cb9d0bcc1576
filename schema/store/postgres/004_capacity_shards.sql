-- The project capacity split into shards keyed by a hash of the profile id, so concurrent writers of
-- different profiles rarely wait on one row lock. The capacity is the sum of a project's shards.
CREATE TABLE IF NOT EXISTS capacity_shards (
    project        text COLLATE "C" NOT NULL,
    shard          integer NOT NULL,
    property_bytes bigint  NOT NULL,
    PRIMARY KEY (project, shard)
);

INSERT INTO capacity_shards (project, shard, property_bytes)
SELECT project, 0, property_bytes FROM project_capacity
ON CONFLICT (project, shard) DO UPDATE SET property_bytes = capacity_shards.property_bytes + excluded.property_bytes;

DROP TABLE project_capacity;
