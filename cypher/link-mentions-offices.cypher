UNWIND $rows AS row
MATCH (a:Article {id: row.article})
MATCH (o:Office {key: row.key})
MERGE (a)-[r:MENTIONS]->(o)
ON CREATE SET r.spanStart = row.start, r.spanEnd = row.end
