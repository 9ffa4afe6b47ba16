MATCH (m:Meeting)
WHERE ($participant IS NULL OR (:Person {key: $participant})-[:ATTENDED]->(m))
  AND ($country IS NULL OR (m)-[:HELD_IN]->(:Country {code: $country})
       OR (NOT $heldInOnly AND (:Country {code: $country})-[:SENT_DELEGATION]->(m)))
  AND ($from IS NULL OR (m.date IS NOT NULL AND m.date >= substring($from, 0, size(m.date))))
  AND ($to IS NULL OR (m.date IS NOT NULL AND substring(m.date, 0, size($to)) <= $to))
  AND ($kind IS NULL OR m.kind = $kind)
WITH coalesce(m.date, '') AS date, m.key AS key ORDER BY date, key
WITH collect([date, key]) AS matching
RETURN size(matching) AS total,
       [x IN matching WHERE $afterDate IS NULL OR x[0] > $afterDate OR (x[0] = $afterDate AND x[1] > $afterKey) | x[1]][..$limit] AS page
