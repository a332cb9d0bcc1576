SELECT id, version, created_at, updated_at, props_bytes, doc FROM documents WHERE project = @p0 AND id = @p1
-- p0=project-1:Text, p1=x:Text
INSERT INTO documents (project, id, version, created_at, updated_at, props_bytes, doc) VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6)
-- p0=project-1:Text, p1=x:Text, p2=1:Int64, p3=2024-01-01T00:00:00.000Z:Timestamp, p4=2024-01-01T00:00:00.000Z:Timestamp, p5=2:Int64, p6={}:Json
UPDATE documents SET version = @p0, updated_at = @p1, props_bytes = @p2, doc = @p3 WHERE project = @p4 AND id = @p5
-- p0=2:Int64, p1=2024-01-01T00:00:00.000Z:Timestamp, p2=2:Int64, p3={}:Json, p4=project-1:Text, p5=x:Text
DELETE FROM documents WHERE project = @p0 AND id = @p1
-- p0=project-1:Text, p1=x:Text
DELETE FROM identities WHERE project = @p0 AND profile_id = @p1
-- p0=project-1:Text, p1=x:Text
INSERT INTO capacity_shards (project, shard, property_bytes) VALUES (@p0, @p1, @p2) ON CONFLICT (project, shard) DO UPDATE SET property_bytes = capacity_shards.property_bytes + excluded.property_bytes
-- p0=project-1:Text, p1=0:Int64, p2=5:Int64
INSERT INTO identities (project, kind, value, profile_id) VALUES (@p0, @p1, @p2, @p3) ON CONFLICT (project, kind, value) DO NOTHING
-- p0=project-1:Text, p1=userId:Text, p2=u:Text, p3=x:Text
DELETE FROM identities WHERE project = @p0 AND kind = @p1 AND value = @p2 AND profile_id = @p3
-- p0=project-1:Text, p1=userId:Text, p2=u:Text, p3=x:Text
UPDATE documents SET version = version + 1, updated_at = @p2, props_bytes = props_bytes + ((length(CAST((CASE json_type(doc, '$.properties.visits') WHEN 'integer' THEN json_extract(doc, '$.properties.visits') END) + @p3 AS TEXT)) - length(CAST((CASE json_type(doc, '$.properties.visits') WHEN 'integer' THEN json_extract(doc, '$.properties.visits') END) AS TEXT)))), doc = json_set(doc, '$.properties.visits', (CASE json_type(doc, '$.properties.visits') WHEN 'integer' THEN json_extract(doc, '$.properties.visits') END) + @p3, '$.propertiesSize', props_bytes + ((length(CAST((CASE json_type(doc, '$.properties.visits') WHEN 'integer' THEN json_extract(doc, '$.properties.visits') END) + @p3 AS TEXT)) - length(CAST((CASE json_type(doc, '$.properties.visits') WHEN 'integer' THEN json_extract(doc, '$.properties.visits') END) AS TEXT))))) WHERE project = @p0 AND id = @p1 AND (CASE json_type(doc, '$.properties.visits') WHEN 'integer' THEN json_extract(doc, '$.properties.visits') END) BETWEEN @p4 AND @p5 AND (doc -> '$.properties.visits') = CAST((CASE json_type(doc, '$.properties.visits') WHEN 'integer' THEN json_extract(doc, '$.properties.visits') END) AS TEXT) AND (CASE json_type(doc, '$.propertiesSize') WHEN 'integer' THEN json_extract(doc, '$.propertiesSize') END) = props_bytes AND props_bytes + ((length(CAST((CASE json_type(doc, '$.properties.visits') WHEN 'integer' THEN json_extract(doc, '$.properties.visits') END) + @p3 AS TEXT)) - length(CAST((CASE json_type(doc, '$.properties.visits') WHEN 'integer' THEN json_extract(doc, '$.properties.visits') END) AS TEXT)))) <= @p6 AND version = @p7 RETURNING id, version, created_at, updated_at, (doc -> '$.properties.visits'), ((length(CAST((CASE json_type(doc, '$.properties.visits') WHEN 'integer' THEN json_extract(doc, '$.properties.visits') END) AS TEXT)) - length(CAST((CASE json_type(doc, '$.properties.visits') WHEN 'integer' THEN json_extract(doc, '$.properties.visits') END) - @p3 AS TEXT)))) AS delta
-- p0=project-1:Text, p1=x:Text, p2=2024-01-01T00:00:00.000Z:Timestamp, p3=1:Int64, p4=-5:Int64, p5=5:Int64, p6=4096:Int64, p7=2:Int64
