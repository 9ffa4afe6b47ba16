MATCH (p:Person)-[h:HOLDS]->(o:Office)
OPTIONAL MATCH (o)-[:OF]->(c:Country)
WITH p, h, o, c
WHERE $country IS NULL OR c.code = $country
RETURN o.key AS office, o.title AS title, o.titleAr AS titleAr, c.code AS country, p.key AS person, h.firstSeen AS firstSeen, h.lastSeen AS lastSeen
ORDER BY office, firstSeen, person
