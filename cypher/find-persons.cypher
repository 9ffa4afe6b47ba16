MATCH (p:Person)
WHERE ($name IS NULL OR (p)-[:NAMED]->(:Name {form: $name}))
  AND ($search IS NULL OR any(form IN [(p)-[:NAMED]->(x:Name) | x.form] WHERE form CONTAINS $search AND NOT form STARTS WITH $sound))
  AND ($country IS NULL OR (p)-[:REPRESENTS]->(:Country {code: $country}))
WITH p.key AS key ORDER BY key
WITH collect(key) AS keys
RETURN size(keys) AS total, [k IN keys WHERE $after IS NULL OR k > $after][..$limit] AS page
