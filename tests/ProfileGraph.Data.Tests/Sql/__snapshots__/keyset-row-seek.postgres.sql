SELECT id, version, created_at, updated_at, doc, ((doc->>'age')::numeric), id FROM documents WHERE ((project = @p0) AND (((((doc->>'age')::numeric) >= @p3) AND ((((doc->>'age')::numeric), id) > (@p1, @p2))))) ORDER BY ((doc->>'age')::numeric) NULLS FIRST, id LIMIT @p4
-- p0=project-1:Text, p1=40:Number, p2=id-9:Text, p3=40:Number, p4=21:Int64
