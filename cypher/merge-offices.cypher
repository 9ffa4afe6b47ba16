UNWIND $rows AS row
MERGE (o:Office {key: row.key})
ON CREATE SET o.title = row.title, o.titleAr = row.titleAr
SET o.titleAr = coalesce(o.titleAr, row.titleAr)
WITH o, row
WHERE row.country IS NOT NULL
MATCH (c:Country {code: row.country})
MERGE (o)-[:OF]->(c)
