MATCH (p:Person)-[h:HOLDS]->(o:Office)
WHERE p.key IN $keys
OPTIONAL MATCH (o)-[:OF]->(c:Country)
RETURN o.key AS office, o.title AS title, o.titleAr AS titleAr, c.code AS country, p.key AS person, h.firstSeen AS firstSeen, h.lastSeen AS lastSeen
ORDER BY firstSeen, office
