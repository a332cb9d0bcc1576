SELECT id, version, created_at, updated_at, props_bytes, doc FROM documents WHERE project = @p0 AND id = @p1
-- p0=project-1:Text, p1=x:Text
INSERT INTO documents (project, id, version, created_at, updated_at, props_bytes, doc) VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6)
-- p0=project-1:Text, p1=x:Text, p2=1:Int64, p3=2024-01-01T00:00:00.000Z:Timestamp, p4=2024-01-01T00:00:00.000Z:Timestamp, p5=2:Int64, p6={}:Json
UPDATE documents SET version = @p0, updated_at = @p1, props_bytes = @p2, doc = @p3 WHERE project = @p4 AND id = @p5
-- p0=2:Int64, p1=2024-01-01T00:00:00.000Z:Timestamp, p2=2:Int64, p3={}:Json, p4=project-1:Text, p5=x:Text
DELETE FROM documents WHERE project = @p0 AND id = @p1; DELETE FROM identities WHERE project = @p2 AND profile_id = @p3
-- p0=project-1:Text, p1=x:Text, p2=project-1:Text, p3=x:Text
INSERT INTO project_capacity (project, property_bytes) VALUES (@p0, @p1) ON CONFLICT (project) DO UPDATE SET property_bytes = project_capacity.property_bytes + excluded.property_bytes
-- p0=project-1:Text, p1=5:Int64
INSERT INTO identities (project, kind, value, profile_id) VALUES (@p0, @p1, @p2, @p3) ON CONFLICT (project, kind, value) DO NOTHING
-- p0=project-1:Text, p1=userId:Text, p2=u:Text, p3=x:Text
DELETE FROM identities WHERE project = @p0 AND kind = @p1 AND value = @p2 AND profile_id = @p3
-- p0=project-1:Text, p1=userId:Text, p2=u:Text, p3=x:Text
