MATCH (:Article {id: $id})-[r:MENTIONS]->(p:Person)
RETURN p.key AS key, r.spanStart AS spanStart, r.spanEnd AS spanEnd
ORDER BY r.spanStart
