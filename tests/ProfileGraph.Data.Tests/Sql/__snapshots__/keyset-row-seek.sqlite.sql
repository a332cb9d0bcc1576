SELECT id, version, created_at, updated_at, doc, json_extract(doc, '$.age'), id FROM documents WHERE ((project = @p0) AND (((json_extract(doc, '$.age') >= @p3) AND ((json_extract(doc, '$.age'), id) > (@p1, @p2))))) ORDER BY json_extract(doc, '$.age'), id LIMIT @p4
-- p0=project-1:Text, p1=40:Int64, p2=id-9:Text, p3=40:Int64, p4=21:Int64
