UNWIND $keys AS owner
MATCH (:Person {key: owner})-[:ATTENDED]->(m:Meeting)
WHERE ($from IS NULL OR (m.date IS NOT NULL AND m.date >= substring($from, 0, size(m.date))))
  AND ($to IS NULL OR (m.date IS NOT NULL AND substring(m.date, 0, size($to)) <= $to))
WITH owner, coalesce(m.date, '') AS date, m.key AS key ORDER BY owner, date, key
WITH owner, collect([date, key]) AS meetings
RETURN owner, size(meetings) AS total,
       [x IN meetings WHERE $afterDate IS NULL OR x[0] > $afterDate OR (x[0] = $afterDate AND x[1] > $afterKey) | x[1]][..$limit] AS page
