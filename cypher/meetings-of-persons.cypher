MATCH (p:Person)-[:ATTENDED]->(m:Meeting)
WHERE p.key IN $keys
WITH DISTINCT m
RETURN m.key AS key
ORDER BY coalesce(m.date, ''), key
