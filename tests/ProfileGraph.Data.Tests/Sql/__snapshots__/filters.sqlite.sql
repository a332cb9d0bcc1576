-- eq
json_extract(doc, '$.email') = @p0
-- p0=a:Text
-- eq null
json_extract(doc, '$.email') IS NULL
-- 
-- neq
((json_extract(doc, '$.age') IS NULL) OR (json_extract(doc, '$.age') <> @p0))
-- p0=3:Int64
-- neq null
json_extract(doc, '$.age') IS NOT NULL
-- 
-- gt
json_extract(doc, '$.age') > @p0
-- p0=1:Int64
-- gte
json_extract(doc, '$.score') >= @p0
-- p0=1.5:Number
-- lt
json_extract(doc, '$.birth') < @p0
-- p0=2000-01-01T00:00:00.000Z:Text
-- lte
created_at <= @p0
-- p0=2000-01-01T00:00:00.000Z:Text
-- in
((json_extract(doc, '$.age') IN (SELECT value FROM json_each(@p0))) OR (json_extract(doc, '$.age') IS NULL))
-- p0=[1,2]:Text
-- nin
(json_extract(doc, '$.email') IN (SELECT value FROM json_each(@p0))) IS NOT TRUE
-- p0=["a","b"]:Text
-- contains
instr(json_extract(doc, '$.email'), @p0) > 0
-- p0=x:Text
-- ncontains
(instr(json_extract(doc, '$.email'), @p0) > 0) IS NOT TRUE
-- p0=x:Text
-- startsWith
substr(json_extract(doc, '$.email'), 1, length(@p0)) = @p0
-- p0=x:Text
-- nStartsWith
(substr(json_extract(doc, '$.email'), 1, length(@p0)) = @p0) IS NOT TRUE
-- p0=x:Text
-- endsWith
(length(json_extract(doc, '$.email')) >= length(@p0) AND substr(json_extract(doc, '$.email'), length(json_extract(doc, '$.email')) - length(@p0) + 1) = @p0)
-- p0=x:Text
-- nEndsWith
((length(json_extract(doc, '$.email')) >= length(@p0) AND substr(json_extract(doc, '$.email'), length(json_extract(doc, '$.email')) - length(@p0) + 1) = @p0)) IS NOT TRUE
-- p0=x:Text
-- exists
json_extract(doc, '$.properties.vipLevel') IS NOT NULL
-- 
-- exists object
(doc -> '$.properties') IS NULL
-- 
-- some
EXISTS (SELECT 1 FROM json_each(doc, '$.tags') AS item WHERE item.value = @p0)
-- p0=a:Text
-- some contains
EXISTS (SELECT 1 FROM json_each(doc, '$.tags') AS item WHERE instr(item.value, @p0) > 0)
-- p0=a:Text
-- all
((COALESCE(json_array_length(doc, '$.scores'), 0) > 0) AND ((EXISTS (SELECT 1 FROM json_each(doc, '$.scores') AS item WHERE (item.value > @p0) IS NOT TRUE)) IS NOT TRUE))
-- p0=1:Int64
-- none
(EXISTS (SELECT 1 FROM json_each(doc, '$.tags') AS item WHERE item.value = @p0)) IS NOT TRUE
-- p0=a:Text
-- any
COALESCE(json_array_length(doc, '$.tags'), 0) > 0
-- 
-- any false
COALESCE(json_array_length(doc, '$.tags'), 0) = 0
-- 
-- and/or/not
((json_extract(doc, '$.active') = @p0) AND (((json_extract(doc, '$.age') = @p1) OR ((json_extract(doc, '$.lastName') = @p2) IS NOT TRUE))))
-- p0=True:Bool, p1=1:Int64, p2=x:Text
