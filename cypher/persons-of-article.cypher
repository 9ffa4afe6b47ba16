MATCH (:Article {id: $id})-[r:MENTIONS]->(p:Person)
RETURN p.key AS key
ORDER BY r.spanStart
