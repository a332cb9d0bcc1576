-- some
(doc->'devices') @> $1
-- p0=[{"platform":"ios"}]:Json
-- all
((COALESCE((CASE WHEN jsonb_typeof((doc->'devices')) = 'array' THEN jsonb_array_length((doc->'devices')) END), 0) > 0) AND ((EXISTS (SELECT 1 FROM jsonb_array_elements(CASE WHEN jsonb_typeof((doc->'devices')) = 'array' THEN (doc->'devices') ELSE '[]'::jsonb END) AS item(value) WHERE (((item.value->>'lastActive') COLLATE "C") >= $1) IS NOT TRUE)) IS NOT TRUE))
-- p0=2024-01-01T00:00:00.000Z:Text
-- none
((doc->'devices') @> $1) IS NOT TRUE
-- p0=[{"beta":true}]:Json
-- any
COALESCE((CASE WHEN jsonb_typeof((doc->'devices')) = 'array' THEN jsonb_array_length((doc->'devices')) END), 0) > 0
-- 
-- any false
COALESCE((CASE WHEN jsonb_typeof((doc->'devices')) = 'array' THEN jsonb_array_length((doc->'devices')) END), 0) = 0
-- 
-- some and/or
EXISTS (SELECT 1 FROM jsonb_array_elements(CASE WHEN jsonb_typeof((doc->'devices')) = 'array' THEN (doc->'devices') ELSE '[]'::jsonb END) AS item(value) WHERE ((((item.value->>'platform') COLLATE "C") = $1) AND (((((item.value->>'build')::numeric) > $2) OR (((item.value->>'platform') COLLATE "C") IS NULL)))))
-- p0=ios:Text, p1=3:Number
-- some in
EXISTS (SELECT 1 FROM jsonb_array_elements(CASE WHEN jsonb_typeof((doc->'devices')) = 'array' THEN (doc->'devices') ELSE '[]'::jsonb END) AS item(value) WHERE ((item.value->>'platform') COLLATE "C") = ANY($1))
-- p0=[ios android]:TextArray
