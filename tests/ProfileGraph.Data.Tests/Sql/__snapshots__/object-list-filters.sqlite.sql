-- some
EXISTS (SELECT 1 FROM json_each(doc, '$.devices') AS item WHERE (CASE WHEN item.type = 'object' THEN json_extract(item.value, '$.platform') END) = @p0)
-- p0=ios:Text
-- all
((COALESCE(json_array_length(doc, '$.devices'), 0) > 0) AND ((EXISTS (SELECT 1 FROM json_each(doc, '$.devices') AS item WHERE ((CASE WHEN item.type = 'object' THEN json_extract(item.value, '$.lastActive') END) >= @p0) IS NOT TRUE)) IS NOT TRUE))
-- p0=2024-01-01T00:00:00.000Z:Text
-- none
(EXISTS (SELECT 1 FROM json_each(doc, '$.devices') AS item WHERE (CASE WHEN item.type = 'object' THEN json_extract(item.value, '$.beta') END) = @p0)) IS NOT TRUE
-- p0=True:Bool
-- any
COALESCE(json_array_length(doc, '$.devices'), 0) > 0
-- 
-- any false
COALESCE(json_array_length(doc, '$.devices'), 0) = 0
-- 
-- some and/or
EXISTS (SELECT 1 FROM json_each(doc, '$.devices') AS item WHERE (((CASE WHEN item.type = 'object' THEN json_extract(item.value, '$.platform') END) = @p0) AND ((((CASE WHEN item.type = 'object' THEN json_extract(item.value, '$.build') END) > @p1) OR ((CASE WHEN item.type = 'object' THEN json_extract(item.value, '$.platform') END) IS NULL)))))
-- p0=ios:Text, p1=3:Int64
-- some in
EXISTS (SELECT 1 FROM json_each(doc, '$.devices') AS item WHERE (CASE WHEN item.type = 'object' THEN json_extract(item.value, '$.platform') END) IN (SELECT value FROM json_each(@p0)))
-- p0=["ios","android"]:Text
