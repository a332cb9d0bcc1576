SELECT id, version, created_at, updated_at, doc, f_age_3126feb3, id FROM documents WHERE ((project = $1) AND (((f_age_3126feb3 >= $4) AND ((f_age_3126feb3, id) > ($2, $3))))) ORDER BY f_age_3126feb3 NULLS FIRST, id LIMIT $5
-- p0=project-1:Text, p1=40:Number, p2=id-9:Text, p3=40:Number, p4=21:Int64
