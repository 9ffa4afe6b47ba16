MATCH (:Article {id: $id})-[r:REPORTS]->(m:Meeting)
RETURN m.key AS key, r.evidenceStart AS evidenceStart, r.evidenceEnd AS evidenceEnd
ORDER BY evidenceStart, key
