-- eq
f_email_1511cbdc = $1
-- p0=a:Text
-- eq null
f_email_1511cbdc IS NULL
-- 
-- neq
((f_age_3126feb3 IS NULL) OR (f_age_3126feb3 <> $1))
-- p0=3:Number
-- neq null
f_age_3126feb3 IS NOT NULL
-- 
-- gt
f_age_3126feb3 > $1
-- p0=1:Number
-- gte
((doc->>'score')::numeric) >= $1
-- p0=1.5:Number
-- lt
((doc->>'birth') COLLATE "C") < $1
-- p0=2000-01-01T00:00:00.000Z:Text
-- lte
created_at <= $1
-- p0=2000-01-01T00:00:00.0000000Z:Timestamp
-- in
((f_age_3126feb3 = ANY($1)) OR (f_age_3126feb3 IS NULL))
-- p0=[1 2]:NumberArray
-- nin
(f_email_1511cbdc = ANY($1)) IS NOT TRUE
-- p0=[a b]:TextArray
-- contains
strpos(f_email_1511cbdc, $1) > 0
-- p0=x:Text
-- ncontains
(strpos(f_email_1511cbdc, $1) > 0) IS NOT TRUE
-- p0=x:Text
-- startsWith
starts_with(f_email_1511cbdc, $1)
-- p0=x:Text
-- nStartsWith
(starts_with(f_email_1511cbdc, $1)) IS NOT TRUE
-- p0=x:Text
-- endsWith
right(f_email_1511cbdc, length($1)) = $1
-- p0=x:Text
-- nEndsWith
(right(f_email_1511cbdc, length($1)) = $1) IS NOT TRUE
-- p0=x:Text
-- exists
f_properties_viplevel_2ee38b12 IS NOT NULL
-- 
-- exists object
(doc->'properties') IS NULL
-- 
-- some
f_tags_ef3b28cb @> $1
-- p0=["a"]:Json
-- some contains
EXISTS (SELECT 1 FROM jsonb_array_elements(CASE WHEN jsonb_typeof(f_tags_ef3b28cb) = 'array' THEN f_tags_ef3b28cb ELSE '[]'::jsonb END) AS item(value) WHERE strpos(((item.value #>> '{}') COLLATE "C"), $1) > 0)
-- p0=a:Text
-- all
((COALESCE((CASE WHEN jsonb_typeof((doc->'scores')) = 'array' THEN jsonb_array_length((doc->'scores')) END), 0) > 0) AND ((EXISTS (SELECT 1 FROM jsonb_array_elements(CASE WHEN jsonb_typeof((doc->'scores')) = 'array' THEN (doc->'scores') ELSE '[]'::jsonb END) AS item(value) WHERE (((item.value #>> '{}')::numeric) > $1) IS NOT TRUE)) IS NOT TRUE))
-- p0=1:Number
-- none
(f_tags_ef3b28cb @> $1) IS NOT TRUE
-- p0=["a"]:Json
-- any
COALESCE((CASE WHEN jsonb_typeof(f_tags_ef3b28cb) = 'array' THEN jsonb_array_length(f_tags_ef3b28cb) END), 0) > 0
-- 
-- any false
COALESCE((CASE WHEN jsonb_typeof(f_tags_ef3b28cb) = 'array' THEN jsonb_array_length(f_tags_ef3b28cb) END), 0) = 0
-- 
-- and/or/not
((((doc->>'active')::boolean) = $1) AND (((f_age_3126feb3 = $2) OR ((((doc->>'lastName') COLLATE "C") = $3) IS NOT TRUE))))
-- p0=True:Bool, p1=1:Number, p2=x:Text
