SELECT id, version, created_at, updated_at, doc, f_age_3126feb3, id FROM documents WHERE ((project = @p0) AND (((f_age_3126feb3 >= @p3) AND ((f_age_3126feb3, id) > (@p1, @p2))))) ORDER BY f_age_3126feb3 NULLS FIRST, id LIMIT @p4
-- p0=project-1:Text, p1=40:Number, p2=id-9:Text, p3=40:Number, p4=21:Int64
