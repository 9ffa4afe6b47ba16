UNWIND $keys AS key
MATCH (p:Person {key: key})
OPTIONAL MATCH (p)-[:REPRESENTS]->(c:Country)
WITH p, c ORDER BY c.code
RETURN p.key AS key, p.name AS name, p.nameEn AS nameEn, p.aliases AS aliases, collect(c.code) AS countries
