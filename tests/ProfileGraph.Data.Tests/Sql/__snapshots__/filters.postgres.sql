-- eq
((doc->>'email') COLLATE "C") = @p0
-- p0=a:Text
-- eq null
((doc->>'email') COLLATE "C") IS NULL
-- 
-- neq
((((doc->>'age')::numeric) IS NULL) OR (((doc->>'age')::numeric) <> @p0))
-- p0=3:Number
-- neq null
((doc->>'age')::numeric) IS NOT NULL
-- 
-- gt
((doc->>'age')::numeric) > @p0
-- p0=1:Number
-- gte
((doc->>'score')::numeric) >= @p0
-- p0=1.5:Number
-- lt
((doc->>'birth') COLLATE "C") < @p0
-- p0=2000-01-01T00:00:00.000Z:Text
-- lte
created_at <= @p0
-- p0=2000-01-01T00:00:00.0000000Z:Timestamp
-- in
((((doc->>'age')::numeric) = ANY(@p0)) OR (((doc->>'age')::numeric) IS NULL))
-- p0=[1 2]:NumberArray
-- nin
(((doc->>'email') COLLATE "C") = ANY(@p0)) IS NOT TRUE
-- p0=[a b]:TextArray
-- contains
strpos(((doc->>'email') COLLATE "C"), @p0) > 0
-- p0=x:Text
-- ncontains
(strpos(((doc->>'email') COLLATE "C"), @p0) > 0) IS NOT TRUE
-- p0=x:Text
-- startsWith
starts_with(((doc->>'email') COLLATE "C"), @p0)
-- p0=x:Text
-- nStartsWith
(starts_with(((doc->>'email') COLLATE "C"), @p0)) IS NOT TRUE
-- p0=x:Text
-- endsWith
right(((doc->>'email') COLLATE "C"), length(@p0)) = @p0
-- p0=x:Text
-- nEndsWith
(right(((doc->>'email') COLLATE "C"), length(@p0)) = @p0) IS NOT TRUE
-- p0=x:Text
-- exists
((doc->'properties'->>'vipLevel')::numeric) IS NOT NULL
-- 
-- exists object
(doc->'properties') IS NULL
-- 
-- some
(doc->'tags') @> @p0
-- p0=["a"]:Json
-- some contains
EXISTS (SELECT 1 FROM jsonb_array_elements(CASE WHEN jsonb_typeof((doc->'tags')) = 'array' THEN (doc->'tags') ELSE '[]'::jsonb END) AS item(value) WHERE strpos(((item.value #>> '{}') COLLATE "C"), @p0) > 0)
-- p0=a:Text
-- all
((COALESCE((CASE WHEN jsonb_typeof((doc->'scores')) = 'array' THEN jsonb_array_length((doc->'scores')) END), 0) > 0) AND ((EXISTS (SELECT 1 FROM jsonb_array_elements(CASE WHEN jsonb_typeof((doc->'scores')) = 'array' THEN (doc->'scores') ELSE '[]'::jsonb END) AS item(value) WHERE (((item.value #>> '{}')::numeric) > @p0) IS NOT TRUE)) IS NOT TRUE))
-- p0=1:Number
-- none
((doc->'tags') @> @p0) IS NOT TRUE
-- p0=["a"]:Json
-- any
COALESCE((CASE WHEN jsonb_typeof((doc->'tags')) = 'array' THEN jsonb_array_length((doc->'tags')) END), 0) > 0
-- 
-- any false
COALESCE((CASE WHEN jsonb_typeof((doc->'tags')) = 'array' THEN jsonb_array_length((doc->'tags')) END), 0) = 0
-- 
-- and/or/not
((((doc->>'active')::boolean) = @p0) AND (((((doc->>'age')::numeric) = @p1) OR ((((doc->>'lastName') COLLATE "C") = @p2) IS NOT TRUE))))
-- p0=True:Bool, p1=1:Number, p2=x:Text
