UNWIND $rows AS row
MATCH (a:Article {id: row.article})
MATCH (p:Person {key: row.key})
MERGE (a)-[r:MENTIONS]->(p)
ON CREATE SET r.spanStart = row.start, r.spanEnd = row.end
